"""The in-process budget: rolling windows, locks and pacing in one dictionary per process, behind one lock.

Every client of the process uses :data:`PROCESS_STORE`, so clients with the same host and API key share one
budget (and one 418/429 lock-out) without any configuration. The Redis store mirrors into it, which is the local
view the governor falls back to when Redis is unreachable.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Final

from ._model import Demand, LimitSpec

__all__ = ["PROCESS_STORE", "LocalStore", "Outcome"]

Outcome = tuple[float, str]
"""(seconds to wait, what is full): ``(0.0, "")`` means granted and charged."""

_GRANTED: Final[Outcome] = (0.0, "")


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _mono_ms() -> int:
    """Locks and pacing run on the monotonic clock (windows on the wall clock, aligned like Binance's)."""
    return int(time.monotonic() * 1000)


class _Window:
    """The buckets of one limit's rolling window, oldest first, with their running total.

    ``total`` is the sum of ``counts`` (kept as the buckets are charged and pruned, so that checking room costs
    no sum); ``fixed``/``fixed_count`` count what was charged in Binance's current fixed window (for ``resync``).
    """

    __slots__ = ("bucket_ms", "buckets", "counts", "fixed", "fixed_count", "span", "total", "window_ms")

    def __init__(self, spec: LimitSpec) -> None:
        self.bucket_ms = spec.bucket_ms
        self.window_ms = spec.window_ms
        self.span = spec.buckets
        """Buckets kept: the window's and one more (see ``LimitSpec.buckets``)."""
        self.buckets: deque[int] = deque()
        self.counts: deque[int] = deque()
        self.total = 0
        self.fixed = -1
        self.fixed_count = 0

    def prune(self, now_ms: int) -> None:
        """Drop the buckets that left the rolling window."""
        buckets = self.buckets
        oldest = now_ms // self.bucket_ms - self.span
        while buckets and buckets[0] < oldest:
            buckets.popleft()
            self.total -= self.counts.popleft()

    def add(self, now_ms: int, cost: int) -> None:
        """Charge ``cost`` at ``now_ms``."""
        bucket = now_ms // self.bucket_ms
        buckets = self.buckets
        if buckets and buckets[-1] == bucket:
            self.counts[-1] += cost
        elif not buckets or buckets[-1] < bucket:
            buckets.append(bucket)
            self.counts.append(cost)
        else:  # the wall clock went back: keep the buckets in order
            for i, b in enumerate(buckets):
                if b == bucket:
                    self.counts[i] += cost
                    break
                if b > bucket:
                    buckets.insert(i, bucket)
                    self.counts.insert(i, cost)
                    break
        self.total += cost
        fixed = now_ms // self.window_ms
        if fixed == self.fixed:
            self.fixed_count += cost
        elif fixed > self.fixed:
            self.fixed, self.fixed_count = fixed, cost

    def since(self, first: int) -> int:
        """The sum of the buckets from ``first`` on."""
        return sum(v for b, v in zip(self.buckets, self.counts, strict=True) if b >= first)

    def wait_ms(self, spec: LimitSpec, cost: int, now_ms: int) -> int:
        """Milliseconds until ``cost`` fits in ``spec``'s window (0 if it fits now); the window is pruned."""
        excess = self.total + cost - spec.capacity
        if excess <= 0:
            return 0
        for b, v in zip(self.buckets, self.counts, strict=True):
            excess -= v
            if excess <= 0:
                return max(1, (b + self.span + 1) * self.bucket_ms - now_ms)
        return (now_ms // self.bucket_ms + self.span + 1) * self.bucket_ms - now_ms  # pragma: no cover


class LocalStore:
    """Rolling windows, locks and pacing of this process (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._windows: dict[str, _Window] = {}
        self._locks: dict[str, int] = {}
        self._next_ms: dict[str, int] = {}

    def clear(self) -> None:
        """Forget everything (tests)."""
        with self._lock:
            self._windows.clear()
            self._locks.clear()
            self._next_ms.clear()

    def _window(self, key: str, spec: LimitSpec, now_ms: int) -> _Window:
        """The window of ``key``, pruned (call with the lock held)."""
        window = self._windows.get(key)
        if window is None:
            window = self._windows[key] = _Window(spec)
        elif window.buckets and window.buckets[0] < now_ms // window.bucket_ms - window.span:
            window.prune(now_ms)
        return window

    def acquire(self, demand: Demand, *, force: bool = False) -> Outcome:
        """Charge ``demand`` if every limit has room, no lock is set and the pacing allows; else say how long to wait.

        ``force`` charges without checking (mirroring what the shared budget granted).
        """
        now = _now_ms()
        spacing_key = demand.spacing_key
        with self._lock:
            # The monotonic clock only when a lock was ever set or the demand is paced (read under the lock).
            mono = _mono_ms() if self._locks or spacing_key is not None else 0
            if not force:
                wait, reason = 0, ""
                if self._locks:
                    for key in demand.locks:
                        until = self._locks.get(key, 0)
                        if until - mono > wait:
                            wait, reason = until - mono, "lock"
                if spacing_key is not None:
                    nxt = self._next_ms.get(spacing_key, 0)
                    if nxt - mono > wait:
                        wait, reason = nxt - mono, "spacing"
                for key, spec, cost in demand.charges:
                    window = self._window(key, spec, now)
                    if window.total + cost <= spec.capacity:
                        continue
                    w = window.wait_ms(spec, cost, now)
                    if w > wait:
                        wait, reason = w, spec.name
                if wait > 0:
                    return wait / 1000, reason
                windows = self._windows  # every window exists and is pruned now
                for key, _spec, cost in demand.charges:
                    windows[key].add(now, cost)
            else:
                for key, spec, cost in demand.charges:
                    self._window(key, spec, now).add(now, cost)
            if spacing_key is not None:
                self._next_ms[spacing_key] = mono + demand.spacing_ms
        return _GRANTED

    def resync(self, key: str, spec: LimitSpec, reported: int, elapsed_ms: float) -> None:
        """Raise the count of Binance's current fixed window to ``reported`` (never lower it).

        Skipped when the request was sent in the previous window: the number may belong to either.
        """
        now = _now_ms()
        window_ms = spec.window_ms
        start = now - now % window_ms
        if now - elapsed_ms < start:
            return
        fixed = now // window_ms
        with self._lock:
            window = self._windows.get(key)
            if window is None:
                window = self._windows[key] = _Window(spec)
            elif window.fixed == fixed and reported <= window.fixed_count:
                return  # the common case: this process already counted as much
            window.prune(now)
            if window.fixed == fixed:
                counted = window.fixed_count
            elif window.fixed < fixed:
                counted = 0
            else:  # the wall clock went back past charges of a later window
                counted = window.since(start // window.bucket_ms)
            if reported > counted:
                window.add(now, reported - counted)

    def lock(self, keys: tuple[str, ...], seconds: float) -> None:
        """Refuse demands naming any of ``keys`` for ``seconds`` (an existing longer lock stays)."""
        until = _mono_ms() + int(seconds * 1000)
        with self._lock:
            for key in keys:
                self._locks[key] = max(self._locks.get(key, 0), until)

    def used(self, items: list[tuple[str, LimitSpec]]) -> list[int]:
        """The rolling count of each (key, limit)."""
        now = _now_ms()
        with self._lock:
            out: list[int] = []
            for key, spec in items:
                window = self._windows.get(key)
                out.append(0 if window is None else window.since(now // spec.bucket_ms - spec.buckets))
            return out

    def locked_for(self, keys: tuple[str, ...]) -> float:
        """Seconds until the longest of these locks ends (0 when none is set)."""
        now = _mono_ms()
        with self._lock:
            return max([0, *(self._locks.get(k, 0) - now for k in keys)]) / 1000


PROCESS_STORE: Final = LocalStore()
"""The budget every client of this process shares unless a Redis budget is configured."""
