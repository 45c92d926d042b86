"""The in-process budget: rolling windows, locks and pacing in one dictionary per process, behind one lock.

Every client of the process uses :data:`PROCESS_STORE`, so clients with the same host and API key share one
budget (and one 418/429 lock-out) without any configuration. The Redis store mirrors into it, which is the local
view the governor falls back to when Redis is unreachable.
"""

from __future__ import annotations

import threading
import time
from typing import Final

from ._model import Demand, LimitSpec

__all__ = ["PROCESS_STORE", "LocalStore", "Outcome"]

Outcome = tuple[float, str]
"""(seconds to wait, what is full): ``(0.0, "")`` means granted and charged."""


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _mono_ms() -> int:
    """Locks and pacing run on the monotonic clock (windows on the wall clock, aligned like Binance's)."""
    return int(time.monotonic() * 1000)


def rolling_used(buckets: dict[int, int], spec: LimitSpec, now_ms: int) -> int:
    """Sum of the buckets still in the rolling window (one bucket more than the window, see ``LimitSpec``)."""
    oldest = now_ms // spec.bucket_ms - spec.buckets
    return sum(v for b, v in buckets.items() if b >= oldest)


def wait_ms_for(buckets: dict[int, int], spec: LimitSpec, cost: int, now_ms: int) -> int:
    """Milliseconds until ``cost`` fits in ``spec``'s window (0 if it fits now)."""
    excess = rolling_used(buckets, spec, now_ms) + cost - spec.capacity
    if excess <= 0:
        return 0
    oldest = now_ms // spec.bucket_ms - spec.buckets
    for b, v in sorted((b, v) for b, v in buckets.items() if b >= oldest):
        excess -= v
        if excess <= 0:
            return max(1, (b + spec.buckets + 1) * spec.bucket_ms - now_ms)
    return (now_ms // spec.bucket_ms + spec.buckets + 1) * spec.bucket_ms - now_ms  # pragma: no cover - cost > cap


class LocalStore:
    """Rolling windows, locks and pacing of this process (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._buckets: dict[str, dict[int, int]] = {}
        self._locks: dict[str, int] = {}
        self._next_ms: dict[str, int] = {}

    def clear(self) -> None:
        """Forget everything (tests)."""
        with self._lock:
            self._buckets.clear()
            self._locks.clear()
            self._next_ms.clear()

    def _prune(self, key: str, spec: LimitSpec, now_ms: int) -> dict[int, int]:
        buckets = self._buckets.setdefault(key, {})
        oldest = now_ms // spec.bucket_ms - spec.buckets
        if buckets and min(buckets) < oldest:  # min() in C: the common case (nothing expired) builds no list
            for b in [b for b in buckets if b < oldest]:
                del buckets[b]
        return buckets

    def acquire(self, demand: Demand, *, force: bool = False) -> Outcome:
        """Charge ``demand`` if every limit has room, no lock is set and the pacing allows; else say how long to wait.

        ``force`` charges without checking (mirroring what the shared budget granted).
        """
        now = _now_ms()
        mono = _mono_ms()
        with self._lock:
            if not force:
                wait, reason = 0, ""
                for key in demand.locks:
                    until = self._locks.get(key, 0)
                    if until - mono > wait:
                        wait, reason = until - mono, "lock"
                if demand.spacing_key is not None:
                    nxt = self._next_ms.get(demand.spacing_key, 0)
                    if nxt - mono > wait:
                        wait, reason = nxt - mono, "spacing"
                for key, spec, cost in demand.charges:
                    buckets = self._prune(key, spec, now)
                    # Pruned: every bucket left is in the window, so their plain sum is the rolling count.
                    if sum(buckets.values()) + cost <= spec.capacity:
                        continue
                    w = wait_ms_for(buckets, spec, cost, now)
                    if w > wait:
                        wait, reason = w, spec.name
                if wait > 0:
                    return wait / 1000, reason
            for key, spec, cost in demand.charges:
                buckets = self._prune(key, spec, now)
                b = now // spec.bucket_ms
                buckets[b] = buckets.get(b, 0) + cost
            if demand.spacing_key is not None:
                self._next_ms[demand.spacing_key] = mono + demand.spacing_ms
        return 0.0, ""

    def resync(self, key: str, spec: LimitSpec, reported: int, elapsed_ms: float) -> None:
        """Raise the count of Binance's current fixed window to ``reported`` (never lower it).

        Skipped when the request was sent in the previous window: the number may belong to either.
        """
        now = _now_ms()
        start = now - now % spec.window_ms
        if now - elapsed_ms < start:
            return
        with self._lock:
            buckets = self._prune(key, spec, now)
            first = start // spec.bucket_ms
            counted = sum(v for b, v in buckets.items() if b >= first)
            if reported > counted:
                b = now // spec.bucket_ms
                buckets[b] = buckets.get(b, 0) + reported - counted

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
            return [rolling_used(self._buckets.get(key, {}), spec, now) for key, spec in items]

    def locked_for(self, keys: tuple[str, ...]) -> float:
        """Seconds until the longest of these locks ends (0 when none is set)."""
        now = _mono_ms()
        with self._lock:
            return max([0, *(self._locks.get(k, 0) - now for k in keys)]) / 1000


PROCESS_STORE: Final = LocalStore()
"""The budget every client of this process shares unless a Redis budget is configured."""
