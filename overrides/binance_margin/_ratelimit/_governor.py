"""The rate-limit governor: consulted before every request, told about every response.

``GovernorCore`` holds the logic (what a call costs, whether it may wait, what a response says, the usage
snapshot); ``SyncGovernor`` and ``AsyncGovernor`` are its twins and only differ in how they sleep and talk to
Redis. The runtime calls ``grant`` (async: ``grant_nowait`` first) before sending and ``record`` after each
response (async: then ``push`` when a Redis budget needs it), nothing else.
"""

from __future__ import annotations

import logging
import random
import re
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias

from .._errors import RateLimitedError
from .._types import RateLimitDicts
from ._local import PROCESS_STORE, LocalStore, Outcome
from ._model import Demand, LimitSpec, LimitUsage, RateLimitStatus, Scopes, build_demand, limit_specs

if TYPE_CHECKING:
    from binance_margin_generated.operations import Operation

    from .._config import ClientConfig
    from ._redis import AsyncRedisStore, RedisStore

__all__ = ["AsyncGovernor", "GovernorCore", "SyncGovernor", "rate_limit_wait"]

logger = logging.getLogger("binance_margin")

REDIS_RETRY_AFTER: Final = 5.0
"""Seconds the governor keeps to its local view after Redis failed, before trying Redis again."""
DEFAULT_418_WAIT: Final = 120.0
"""Lock-out after a 418 without ``Retry-After`` nor a ban end: Binance's first ban lasts two minutes."""
_BANNED_UNTIL = re.compile(rb"banned until (\d{10,16})")
_INTERVAL = re.compile(r"^(\d+)([smhd])$")
_UNIT_MS: Final = {"s": 1000, "m": 60_000, "h": 3_600_000, "d": 86_400_000}
_INTERVALS: dict[str, int] = {}
"""Rate-limit header interval (``1m``) -> window length in ms, parsed once per interval."""


def _interval_ms(interval: str) -> int:
    m = _INTERVAL.match(interval)
    return int(m.group(1)) * _UNIT_MS[m.group(2)] if m else 60_000


_REPORTED: Final = (
    ("x-sapi-used-ip-weight-", "used_ip_weight"),
    ("x-sapi-used-uid-weight-", "used_uid_weight"),
    ("x-mbx-used-weight-", "used_weight"),
    ("x-mbx-order-count-", "order_count"),
)
"""Header prefix and ``RateLimitUsage`` field, in the order of ``RateLimitDicts`` (what the header scan returns)."""

Resyncs: TypeAlias = list[tuple[str, LimitSpec, int, float]]
Pending: TypeAlias = tuple[Resyncs, tuple[tuple[str, ...], float] | None]
"""What a response still asks of the shared (Redis) budget: (key, limit, reported, elapsed ms) to resync, and the
lock (keys, seconds) if any."""

RawHeaders = Iterable[tuple[bytes, bytes]]
"""A response's headers as raw ``(name, value)`` byte pairs (httpx's ``headers.raw``, aiohttp's ``raw_headers``)."""


_MAX_WAIT: ContextVar[float | None] = ContextVar("binance_margin_rate_limit_max_wait", default=None)


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


@contextmanager
def rate_limit_wait(seconds: float) -> Iterator[None]:
    """Within this block, requests wait at most ``seconds`` for rate-limit budget (instead of each client's
    ``rate_limit_max_wait``); ``0`` refuses at once. Applies to every client used in the block (thread or task).

    ::

        with rate_limit_wait(0.5):
            client.account.get_cross_account()  # RateLimitedError rather than a long wait
    """
    if seconds < 0:
        raise ValueError("rate_limit_wait() needs seconds >= 0")
    token = _MAX_WAIT.set(seconds)
    try:
        yield
    finally:
        _MAX_WAIT.reset(token)


class GovernorCore:
    """The governor's state and decisions, shared by the sync and async twins."""

    def __init__(self, config: ClientConfig, local: LocalStore | None = None) -> None:
        from binance_margin_generated.weights import WEIGHTS

        self.enabled = config.rate_limit
        self.specs = limit_specs(config)
        self.scopes = Scopes.of(config)
        self.local = local if local is not None else PROCESS_STORE
        self.max_wait = config.rate_limit_max_wait
        self.refuse_orders = config.rate_limit_orders == "refuse"
        self.symbol_count = config.rate_limit_symbol_count
        url = config.rate_limit_redis_url
        self.redis_url = url.get_secret_value() if url is not None else None
        self.redis_down_until = 0.0
        self._weights = WEIGHTS
        self._lock = threading.Lock()
        self._reported: tuple[dict[str, tuple[int, int]], ...] = tuple({} for _ in _REPORTED)
        """Per header family (``RateLimitDicts`` order): interval -> (window, highest value Binance reported in it)."""
        self._shown: dict[str, tuple[int, int]] = {}
        self._shared_seen: dict[str, tuple[int, int]] = {}
        # Demands of operations whose weight does not depend on the parameters, built once per operation.
        self._fixed_demands: dict[str, Demand] = {}
        self.status_items = [(self.scopes.key(s), s) for s in self.specs.values()]
        self.status_locks = (self.scopes.ip_lock, self.scopes.account_lock, self.scopes.orders_lock)
        # Per header family (RateLimitDicts order): interval -> (limit, store key) the reported count resyncs.
        self._resync_targets: tuple[dict[str, tuple[LimitSpec, str]], ...] = tuple({} for _ in _REPORTED)
        for spec in self.specs.values():
            for index, (prefix, _field) in enumerate(_REPORTED):
                if spec.header.startswith(prefix):
                    self._resync_targets[index][spec.header[len(prefix) :]] = (spec, self.scopes.key(spec))

    # -- before sending -------------------------------------------------------------------------------------

    def demand(self, op: Operation, wire: dict[str, Any]) -> Demand | None:
        """What ``op`` with these parameters needs (``None`` when the governor is off).

        Raises:
            RateLimitedError: the request alone is larger than the usable share of a limit: it can never be sent.
        """
        if not self.enabled:
            return None
        demand = self._fixed_demands.get(op.operation_id)
        if demand is not None:
            return demand
        weight = self._weights.get(op.operation_id)
        if weight is None:  # pragma: no cover - every operation of the spec has an entry
            return None
        demand = build_demand(op, weight, wire, self.specs, self.scopes, self.symbol_count)
        too_big = demand.too_big()
        if too_big is not None:
            spec, cost = too_big
            raise RateLimitedError(
                429,
                None,
                f"refused locally before sending: {op.operation_id} costs {cost} against {spec.name}, more than the "
                f"usable {spec.capacity} of Binance's {spec.limit}",
                method=op.method,
                path=op.path,
                retry_after=None,
            )
        if not weight.rules:
            self._fixed_demands[op.operation_id] = demand
        return demand

    def deadline(self) -> float:
        """``time.monotonic()`` past which a request stops waiting (``rate_limit_wait`` or the configuration)."""
        override = _MAX_WAIT.get()
        return time.monotonic() + (self.max_wait if override is None else override)

    def check_wait(self, op: Operation, wait: float, reason: str, deadline: float) -> None:
        """Return if the caller may sleep ``wait`` seconds and try again; else raise.

        Raises:
            RateLimitedError: the wait passes the deadline, or the request changes state and the governor is set
                to refuse those rather than wait (pacing between borrow/repay calls is always waited for).
        """
        if op.state_changing and self.refuse_orders and reason != "spacing":
            why = "a 429/418 lock-out is in force" if reason == "lock" else f"{reason} is used up"
            raise self._refusal(op, wait, f"{why} (rate_limit_orders='refuse')")
        if time.monotonic() + wait > deadline:
            why = "a 429/418 lock-out is in force" if reason == "lock" else f"{reason} is used up"
            raise self._refusal(op, wait, f"{why}; it frees in {wait:.2f} s, after the deadline")

    @staticmethod
    def _refusal(op: Operation, wait: float, why: str) -> RateLimitedError:
        return RateLimitedError(
            429,
            None,
            f"refused locally before sending: {why}",
            method=op.method,
            path=op.path,
            retry_after=round(wait, 3),
        )

    @staticmethod
    def jitter(wait: float) -> float:
        """``wait`` plus up to 5 ms, so that waiting clients do not all retry in the same millisecond."""
        return wait + random.uniform(0, 0.005)

    def redis_usable(self) -> bool:
        """Whether to ask Redis now (configured, and not within the back-off after a failure)."""
        return self.redis_url is not None and time.monotonic() >= self.redis_down_until

    def redis_failed(self, exc: BaseException) -> None:
        """Fall back to the local view for a while, with a warning once per outage."""
        first = self.redis_down_until == 0.0
        self.redis_down_until = time.monotonic() + REDIS_RETRY_AFTER
        if first:
            logger.warning(
                "rate-limit budget: Redis is unreachable (%s); using this process's local view of the limits",
                type(exc).__name__,
            )

    def redis_ok(self) -> None:
        """Redis answered: the shared budget is back (logged once after an outage)."""
        if self.redis_down_until != 0.0:
            self.redis_down_until = 0.0
            logger.warning("rate-limit budget: Redis is reachable again; using the shared budget")

    def observe_shared(self, demand: Demand, used: list[int]) -> None:
        """Remember the fleet's counts Redis returned with a grant (for ``status``)."""
        now = _now_ms()
        with self._lock:
            for (_key, spec, _cost), value in zip(demand.charges, used, strict=False):
                window = now // spec.window_ms
                seen = self._shared_seen.get(spec.name)
                if seen is None or seen[0] != window or seen[1] < value:
                    self._shared_seen[spec.name] = (window, value)

    # -- after a response -----------------------------------------------------------------------------------

    def record(
        self,
        demand: Demand | None,
        elapsed_ms: float,
        status: int,
        raw_headers: RawHeaders,
        content: bytes,
        found: RateLimitDicts | None,
    ) -> Pending | None:
        """Read a response: note what Binance reported, resync the local view, lock after a 429/418.

        ``found`` is the response's rate-limit headers, already scanned (shared with the runtime's ``rate_limits``);
        ``elapsed_ms`` the time since the grant, measured by the caller. Returns what to apply to the shared budget
        too ((key, limit, reported, elapsed ms) to resync, and the lock (keys, seconds) if any), ``None`` when it
        needs nothing.
        """
        resyncs: Resyncs | None = None
        if found is not None:
            now = _now_ms()
            shared = self.redis_url is not None
            local = self.local
            with self._lock:
                for values, reported, targets in zip(found, self._reported, self._resync_targets, strict=True):
                    if not values:
                        continue
                    for interval, value in values.items():
                        # What Binance reported: the highest value per window, for ``status``.
                        length = _INTERVALS.get(interval)
                        if length is None:
                            length = _interval_ms(interval)
                            if len(_INTERVALS) < 64:  # Binance sends a handful; a bound for any other server
                                _INTERVALS[interval] = length
                        window = now // length
                        prev = reported.get(interval)
                        if prev is None or prev[0] != window or prev[1] < value:
                            reported[interval] = (window, value)
                        if demand is None:
                            continue
                        target = targets.get(interval)
                        if target is None:
                            continue
                        spec, key = target
                        local.resync(key, spec, value, elapsed_ms)
                        if not shared:
                            continue
                        seen = self._shared_seen.get(spec.name)
                        if seen is None or seen[0] != now // spec.window_ms or value > seen[1]:
                            # Binance counted more than the fleet's last known count: someone outside the fleet
                            # (or a clock edge) used budget. Otherwise the shared count already covers it.
                            if resyncs is None:
                                resyncs = []
                            resyncs.append((key, spec, value, elapsed_ms))
        lock = self._lock_for(status, raw_headers, content) if status == 418 or status == 429 else None
        # A 429 without Retry-After (Binance's order-count 429s on /sapi may come so) locks nothing: the counts
        # Binance reports, the retry policy's backoff and the order-count window decide.
        if lock is not None:
            keys, seconds = lock
            self.local.lock(keys, seconds)
            logger.warning("Binance answered %d; every client sharing this budget waits %.1f s", status, seconds)
        elif resyncs is None:
            return None
        return resyncs or [], lock

    def _lock_for(self, status: int, raw_headers: RawHeaders, content: bytes) -> tuple[tuple[str, ...], float] | None:
        seconds: float | None = None
        retry_after = next(
            (value.decode("latin-1") for name, value in raw_headers if name.lower() == b"retry-after"), None
        )
        if retry_after is not None:
            try:
                seconds = float(retry_after)
            except ValueError:
                seconds = None
        scopes = self.scopes
        if status == 418:
            if seconds is None:
                m = _BANNED_UNTIL.search(content)
                seconds = max(1.0, (int(m.group(1)) - _now_ms()) / 1000) if m else DEFAULT_418_WAIT
            return (scopes.ip_lock,), seconds
        if seconds is None:
            return None
        if b"-1015" in content:
            return (scopes.orders_lock,), seconds
        return (scopes.ip_lock, scopes.account_lock), seconds

    # -- what the client shows ------------------------------------------------------------------------------

    def status(
        self, used: list[int] | None = None, locked_for: float | None = None, shared: bool = False
    ) -> RateLimitStatus:
        """The usage snapshot: Binance's reported counts and the budget per limit, never lower than an earlier
        snapshot within the same window. ``used``/``locked_for`` come from Redis when read there."""
        if used is None:
            used = self.local.used(self.status_items)
        if locked_for is None:
            locked_for = self.local.locked_for(self.status_locks)
        now = _now_ms()
        limits: list[LimitUsage] = []
        reported: dict[str, dict[str, int]] = {field: {} for _, field in _REPORTED}
        with self._lock:
            for (_key, spec), value in zip(self.status_items, used, strict=True):
                window = now // spec.window_ms
                seen = self._shared_seen.get(spec.name)
                if seen is not None and seen[0] == window:
                    value = max(value, seen[1])
                shown = self._shown.get(spec.name)
                if shown is not None and shown[0] == window:
                    value = max(value, shown[1])
                self._shown[spec.name] = (window, value)
                limits.append(
                    LimitUsage(
                        name=spec.name,
                        limit=spec.limit,
                        usable=spec.capacity,
                        used=value,
                        remaining=max(0, spec.capacity - value),
                        window_s=spec.window_ms // 1000,
                    )
                )
            for (_prefix, field_name), values in zip(_REPORTED, self._reported, strict=True):
                for interval, (_window, value) in values.items():
                    reported[field_name][interval] = value
        return RateLimitStatus(
            used_ip_weight=reported["used_ip_weight"],
            used_uid_weight=reported["used_uid_weight"],
            used_weight=reported["used_weight"],
            order_count=reported["order_count"],
            limits=tuple(limits),
            shared=shared,
            locked_for=locked_for,
        )


class SyncGovernor:
    """The governor of ``MarginClient``: sleeps while waiting, talks to Redis synchronously."""

    def __init__(
        self, config: ClientConfig, *, sleep: Callable[[float], None] = time.sleep, local: LocalStore | None = None
    ) -> None:
        self.core = GovernorCore(config, local)
        self._redis: RedisStore | None = None
        self.sleep = sleep

    def _store(self) -> RedisStore | None:
        core = self.core
        if not core.redis_usable():
            return None
        if self._redis is None:
            from ._redis import RedisStore

            assert core.redis_url is not None
            self._redis = RedisStore(core.redis_url)
        return self._redis

    def grant(self, op: Operation, wire: dict[str, Any]) -> Demand | None:
        """Wait until ``op`` fits in the budget and charge it (sleeping up to ``rate_limit_max_wait``); return the
        demand charged (``None`` when the governor is off). The caller measures the elapsed time it hands to
        ``record``.

        Raises:
            RateLimitedError: refused locally, nothing was sent.
        """
        core = self.core
        demand = core.demand(op, wire)
        if demand is not None:
            wait, reason = self._try(demand)
            if wait > 0:
                deadline = core.deadline()
                while True:
                    core.check_wait(op, wait, reason, deadline)
                    self.sleep(core.jitter(wait))
                    wait, reason = self._try(demand)
                    if wait <= 0:
                        break
        return demand

    def _try(self, demand: Demand) -> Outcome:
        if self.core.redis_url is None:
            return self.core.local.acquire(demand)
        store = self._store()
        if store is not None:
            try:
                wait, reason, used = store.acquire(demand)
            except Exception as exc:  # any Redis failure: the local view decides, the request is not harmed
                self.core.redis_failed(exc)
            else:
                self.core.redis_ok()
                if wait <= 0:
                    self.core.local.acquire(demand, force=True)
                    self.core.observe_shared(demand, used)
                return wait, reason
        return self.core.local.acquire(demand)

    def record(
        self,
        demand: Demand | None,
        elapsed_ms: float,
        status: int,
        raw_headers: RawHeaders,
        content: bytes,
        found: RateLimitDicts | None,
    ) -> None:
        """Learn from the response to what ``grant`` returned (reported counts, 429/418), with the rate-limit
        headers already scanned (``found``) and the time since the grant measured by the caller. Never raises: a
        budget problem never changes a request's outcome."""
        try:
            pending = self.core.record(demand, elapsed_ms, status, raw_headers, content, found)
            if pending is None:
                return
            resyncs, lock = pending
            store = self._store()
            if store is None:
                return
            try:
                for key, spec, value, elapsed in resyncs:
                    store.resync(key, spec, value, elapsed)
                if lock is not None:
                    store.lock(*lock)
            except Exception as exc:
                self.core.redis_failed(exc)
        except Exception:  # pragma: no cover - defensive: never let the governor fail a request
            logger.exception("rate-limit governor: could not record a response")

    def status(self, *, refresh: bool = False) -> RateLimitStatus:
        """The usage snapshot; ``refresh`` reads the fleet's counts from Redis when it is configured."""
        core = self.core
        store = self._store() if refresh else None
        if store is not None:
            try:
                used, locked = store.usage(core.status_items, core.status_locks)
            except Exception as exc:
                core.redis_failed(exc)
            else:
                return core.status(used, locked, shared=True)
        return core.status(shared=core.redis_usable() and self._redis is not None)

    def close(self) -> None:
        """Close the Redis connections, if any."""
        if self._redis is not None:
            self._redis.close()
            self._redis = None


class AsyncGovernor:
    """The governor of ``AsyncMarginClient``: awaits while waiting, talks to Redis with ``redis.asyncio``."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        sleep: Callable[[float], Awaitable[Any]] | None = None,
        local: LocalStore | None = None,
    ) -> None:
        self.core = GovernorCore(config, local)
        self._redis: AsyncRedisStore | None = None
        if sleep is None:
            import asyncio

            sleep = asyncio.sleep
        self.sleep = sleep

    def _store(self) -> AsyncRedisStore | None:
        core = self.core
        if not core.redis_usable():
            return None
        if self._redis is None:
            from ._redis import AsyncRedisStore

            assert core.redis_url is not None
            self._redis = AsyncRedisStore(core.redis_url)
        return self._redis

    def grant_nowait(self, op: Operation, wire: dict[str, Any]) -> Demand | Literal[False] | None:
        """The demand charged at once from the local budget (``None`` when the governor is off), or ``False``
        when the caller must ``await grant()`` (no room now, or a Redis budget is configured). No coroutine on the
        common path.

        Raises:
            RateLimitedError: the request can never fit, nothing was sent.
        """
        core = self.core
        demand = core.demand(op, wire)
        if demand is None:
            return None
        if core.redis_url is None and core.local.acquire(demand)[0] <= 0:
            return demand
        return False

    async def grant(self, op: Operation, wire: dict[str, Any]) -> Demand | None:
        """Wait until ``op`` fits in the budget and charge it (awaiting up to ``rate_limit_max_wait``); return the
        demand charged (``None`` when the governor is off).

        Raises:
            RateLimitedError: refused locally, nothing was sent.
        """
        core = self.core
        demand = core.demand(op, wire)
        if demand is not None:
            wait, reason = await self._try(demand)
            if wait > 0:
                deadline = core.deadline()
                while True:
                    core.check_wait(op, wait, reason, deadline)
                    await self.sleep(core.jitter(wait))
                    wait, reason = await self._try(demand)
                    if wait <= 0:
                        break
        return demand

    async def _try(self, demand: Demand) -> Outcome:
        store = self._store()
        if store is not None:
            try:
                wait, reason, used = await store.acquire(demand)
            except Exception as exc:  # any Redis failure: the local view decides, the request is not harmed
                self.core.redis_failed(exc)
            else:
                self.core.redis_ok()
                if wait <= 0:
                    self.core.local.acquire(demand, force=True)
                    self.core.observe_shared(demand, used)
                return wait, reason
        return self.core.local.acquire(demand)

    def record(
        self,
        demand: Demand | None,
        elapsed_ms: float,
        status: int,
        raw_headers: RawHeaders,
        content: bytes,
        found: RateLimitDicts | None,
    ) -> Pending | None:
        """Learn from the response to what ``grant`` returned (reported counts, 429/418; the local part), with
        the rate-limit headers already scanned (``found``) and the time since the grant measured by the caller;
        returns what the caller must still ``await push()`` to the shared budget (``None``: nothing). Never
        raises."""
        try:
            pending = self.core.record(demand, elapsed_ms, status, raw_headers, content, found)
        except Exception:  # pragma: no cover - defensive: never let the governor fail a request
            logger.exception("rate-limit governor: could not record a response")
            return None
        if pending is None or not self.core.redis_usable():
            return None
        return pending

    async def push(self, pending: Pending) -> None:
        """Apply what ``record`` returned to the shared budget. Never raises."""
        resyncs, lock = pending
        try:
            store = self._store()
            if store is None:
                return
            try:
                for key, spec, value, elapsed in resyncs:
                    await store.resync(key, spec, value, elapsed)
                if lock is not None:
                    await store.lock(*lock)
            except Exception as exc:
                self.core.redis_failed(exc)
        except Exception:  # pragma: no cover - defensive: never let the governor fail a request
            logger.exception("rate-limit governor: could not record a response")

    async def read_status(self) -> RateLimitStatus:
        """The usage snapshot with the fleet's counts read from Redis when it is configured."""
        core = self.core
        store = self._store()
        if store is not None:
            try:
                used, locked = await store.usage(core.status_items, core.status_locks)
            except Exception as exc:
                core.redis_failed(exc)
            else:
                return core.status(used, locked, shared=True)
        return core.status()

    def status(self) -> RateLimitStatus:
        """The usage snapshot without I/O (the fleet's counts as of this client's latest grant)."""
        return self.core.status(shared=self.core.redis_usable() and self._redis is not None)

    async def aclose(self) -> None:
        """Close the Redis connections, if any."""
        if self._redis is not None:
            await self._redis.aclose()
            self._redis = None
