"""Request-weight limits per minute, 429 with Retry-After past them, 418 bans after repeated 429s.

Windows are fixed minutes of the sandbox clock (``clock.advance(minutes=1)`` starts a new one). Three
budgets, as Binance documents them: /sapi IP weight (12,000 per minute), /sapi UID weight (180,000 per
minute) and /api IP weight (6,000 per minute).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

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

    def reset(self) -> None:
        """Forget all usage, violations and bans."""
        with self._lock:
            self._used.clear()
            self._violations.clear()
            self._bans.clear()
            self._ban_levels.clear()

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
            return used
