"""Request-weight limits per minute, 429 with Retry-After past them, 418 bans after repeated 429s.

Windows are fixed minutes of the sandbox clock (``clock.advance(minutes=1)`` starts a new one). Three
budgets, as Binance documents them: /sapi IP weight (12,000 per minute), /sapi UID weight (180,000 per
minute) and /api IP weight (6,000 per minute).

For tests of clients' rate limiting it also counts what it answered: 429s and 418s per IP and per API key
(:meth:`RateLimiter.stats`), bans issued, and the weight charged per budget over its lifetime.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ._clock import Clock
from ._config import RateLimitConfig
from ._errors import ApiError

__all__ = ["RateLimiter"]

MINUTE_MS = 60_000
MAX_BAN_MS = 3 * 86_400_000


@dataclass
class _Ban:
    until_ms: int
    level: int


class RateLimiter:
    """Counts request weight and answers 429 / 418 like Binance."""

    def __init__(self, limits: RateLimitConfig, clock: Clock) -> None:
        self.limits = limits
        self.clock = clock
        self._lock = threading.Lock()
        self._used: dict[tuple[str, str], tuple[int, int]] = {}
        self._violations: dict[str, tuple[int, int]] = {}
        self._bans: dict[str, _Ban] = {}
        self._ban_levels: dict[str, int] = {}
        self._rejections: Counter[tuple[int, str, str]] = Counter()
        self._bans_issued: Counter[str] = Counter()
        self._charged: Counter[tuple[str, str]] = Counter()

    def reset(self) -> None:
        """Forget all usage, violations and bans (and the counts of :meth:`stats`)."""
        with self._lock:
            self._used.clear()
            self._violations.clear()
            self._bans.clear()
            self._ban_levels.clear()
            self._rejections.clear()
            self._bans_issued.clear()
            self._charged.clear()

    def record_rejection(self, status: int, ip: str, api_key: str) -> None:
        """Count one 429 or 418 answered to ``ip`` for ``api_key`` (empty without a key)."""
        with self._lock:
            self._rejections[(status, ip, api_key)] += 1

    def ban(self, ip: str, seconds: float) -> int:
        """Ban ``ip`` now for ``seconds`` (tests: a 418 on demand); returns the ban's end in sandbox ms."""
        now = self.clock.now_ms()
        with self._lock:
            until = now + int(seconds * 1000)
            self._bans[ip] = _Ban(until_ms=until, level=self._ban_levels.get(ip, 0))
            self._bans_issued[ip] += 1
            return until

    def banned_until(self, ip: str) -> int | None:
        """The end of ``ip``'s ban in sandbox ms, if it is banned."""
        with self._lock:
            ban = self._bans.get(ip)
            return ban.until_ms if ban is not None and ban.until_ms > self.clock.now_ms() else None

    def stats(self) -> dict[str, Any]:
        """What the sandbox answered since it started (or since :meth:`reset`).

        ``{"429": n, "418": n, "by_ip": {ip: {"429": n, "418": n}}, "by_key": {api_key: {...}}, "bans": {ip: n},
        "charged": {"sapi_ip:<ip>" | "sapi_uid:<uid>" | "api:<ip>": weight}}``.
        """
        with self._lock:
            out: dict[str, Any] = {"429": 0, "418": 0, "by_ip": {}, "by_key": {}}
            for (status, ip, key), n in self._rejections.items():
                out[str(status)] += n
                for group, name in (("by_ip", ip), ("by_key", key)):
                    counts = out[group].setdefault(name, {"429": 0, "418": 0})
                    counts[str(status)] += n
            out["bans"] = dict(self._bans_issued)
            out["charged"] = {f"{scope}:{ident}": w for (scope, ident), w in self._charged.items()}
            return out

    def _limit(self, scope: str) -> int:
        if scope == "sapi_ip":
            return self.limits.sapi_ip_weight_per_minute
        if scope == "sapi_uid":
            return self.limits.sapi_uid_weight_per_minute
        return self.limits.api_weight_per_minute

    def used(self, scope: str, ident: str) -> int:
        """Weight used in the current minute by ``ident`` (an IP or a UID) in ``scope``."""
        window = self.clock.now_ms() // MINUTE_MS
        with self._lock:
            w, used = self._used.get((scope, ident), (window, 0))
            return used if w == window else 0

    def check_ban(self, ip: str) -> None:
        """418 while ``ip`` is banned."""
        now = self.clock.now_ms()
        with self._lock:
            ban = self._bans.get(ip)
            if ban is None:
                return
            if now >= ban.until_ms:
                del self._bans[ip]
                return
            until = ban.until_ms
        raise ApiError(
            -1003,
            f"Way too much request weight used; IP banned until {until}. "
            "Please use WebSocket Streams for live updates to avoid bans.",
            418,
            retry_after=max(1, (until - now + 999) // 1000),
        )

    def charge(self, scope: str, ident: str, weight: int, ip: str) -> int:
        """Add ``weight`` to ``ident``'s minute; 429 (then 418 for ``ip``) past the limit. Returns the usage."""
        now = self.clock.now_ms()
        window = now // MINUTE_MS
        limit = self._limit(scope)
        retry_after = max(1, (MINUTE_MS - now % MINUTE_MS + 999) // 1000)
        with self._lock:
            w, used = self._used.get((scope, ident), (window, 0))
            if w != window:
                used = 0
            if used + weight > limit:
                vw, count = self._violations.get(ip, (window, 0))
                count = count + 1 if vw == window else 1
                self._violations[ip] = (window, count)
                self._used[(scope, ident)] = (window, used)
                if count > self.limits.violations_before_ban:
                    level = self._ban_levels.get(ip, 0)
                    length = min(MAX_BAN_MS, self.limits.ban_seconds * 1000 * (2**level))
                    self._ban_levels[ip] = level + 1
                    self._bans[ip] = _Ban(until_ms=now + length, level=level)
                    self._bans_issued[ip] += 1
                    self._violations.pop(ip, None)
                    raise ApiError(
                        -1003,
                        f"Way too much request weight used; IP banned until {now + length}. "
                        "Please use WebSocket Streams for live updates to avoid bans.",
                        418,
                        retry_after=max(1, (length + 999) // 1000),
                    )
                raise ApiError(
                    -1003,
                    f"Too much request weight used; current limit is {limit} request weight per 1 MINUTE. "
                    "Please use WebSocket Streams for live updates to avoid polling the API.",
                    429,
                    retry_after=retry_after,
                )
            used += weight
            self._used[(scope, ident)] = (window, used)
            self._charged[(scope, ident)] += weight
            return used
