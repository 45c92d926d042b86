"""The sandbox clock: wall time plus an offset tests can advance (hourly interest, rate-limit windows)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

__all__ = ["Clock"]

_MS_PER = {"days": 86_400_000, "hours": 3_600_000, "minutes": 60_000, "seconds": 1000, "milliseconds": 1}


class Clock:
    """Milliseconds since the epoch, as the exchange sees them.

    The clock follows the wall clock plus an offset. :meth:`advance` moves it forward (never back): the
    exchange then charges the hourly interest of every full hour crossed, rate-limit windows roll over, and
    liquidations run. ``freeze()`` stops it (handy for exact timestamps in tests).

    A request's ``timestamp`` is accepted when it is within ``recvWindow`` of either this clock or the wall
    clock: advancing the clock models elapsed exchange time, not a skewed client.
    """

    def __init__(self, *, start_ms: int | None = None) -> None:
        self._lock = threading.Lock()
        self._offset_ms = 0 if start_ms is None else start_ms - self.wall_ms()
        self._frozen_at: int | None = None
        self._listeners: list[Callable[[int], None]] = []

    @staticmethod
    def wall_ms() -> int:
        """The real time in milliseconds."""
        return time.time_ns() // 1_000_000

    def now_ms(self) -> int:
        """The exchange time in milliseconds."""
        with self._lock:
            if self._frozen_at is not None:
                return self._frozen_at
            return self.wall_ms() + self._offset_ms

    @property
    def offset_ms(self) -> int:
        """How far the exchange clock is ahead of the wall clock."""
        with self._lock:
            if self._frozen_at is not None:
                return self._frozen_at - self.wall_ms()
            return self._offset_ms

    def advance(
        self, *, days: float = 0, hours: float = 0, minutes: float = 0, seconds: float = 0, milliseconds: float = 0
    ) -> int:
        """Move the clock forward, run what became due (interest, liquidations), and return the new time."""
        delta = int(
            days * _MS_PER["days"]
            + hours * _MS_PER["hours"]
            + minutes * _MS_PER["minutes"]
            + seconds * _MS_PER["seconds"]
            + milliseconds
        )
        if delta < 0:
            raise ValueError("the sandbox clock only moves forward")
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at += delta
            else:
                self._offset_ms += delta
        now = self.now_ms()
        for listener in list(self._listeners):
            listener(now)
        return now

    def freeze(self) -> int:
        """Stop the clock at the current exchange time (``advance`` still moves it)."""
        with self._lock:
            if self._frozen_at is None:
                self._frozen_at = self.wall_ms() + self._offset_ms
            return self._frozen_at

    def unfreeze(self) -> None:
        """Let the clock run again from where it stands."""
        with self._lock:
            if self._frozen_at is not None:
                self._offset_ms = self._frozen_at - self.wall_ms()
                self._frozen_at = None

    def on_advance(self, listener: Callable[[int], None]) -> None:
        """Call ``listener(now_ms)`` after every :meth:`advance`."""
        self._listeners.append(listener)
