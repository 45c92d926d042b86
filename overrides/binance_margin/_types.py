"""Small public types shared by the generated surface and the hand-written runtime.

This module must not import the generated package (the generated surface imports it).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final, Generic, TypeAlias, TypeVar

import httpx

T_co = TypeVar("T_co", covariant=True)

__all__ = ["CROSS", "ApiResponse", "Cross", "Isolated", "MarginMode", "RateLimitUsage"]

MAX_RECV_WINDOW: Final = 60000
"""Binance refuses a ``recvWindow`` above 60000 ms (-1131). (Here rather than in _config: no pydantic import.)"""


@dataclass(frozen=True, slots=True)
class Cross:
    """The cross margin account (the default for every margin operation)."""

    def __repr__(self) -> str:
        return "CROSS"


CROSS: Final = Cross()
"""The cross margin account; pass ``margin=CROSS`` or leave ``margin`` out."""


@dataclass(frozen=True, slots=True)
class Isolated:
    """An isolated margin account, one per trading pair.

    ``Isolated("BTCUSDT")`` names the pair. On order endpoints, where ``symbol`` is already an argument,
    ``Isolated()`` means "the isolated account of that symbol"; a pair that differs from ``symbol`` is refused.
    """

    symbol: str | None = None

    def __post_init__(self) -> None:
        if self.symbol is not None and (not isinstance(self.symbol, str) or not self.symbol.strip()):
            raise ValueError(f"Isolated() needs a trading pair such as 'BTCUSDT', got {self.symbol!r}")


MarginMode: TypeAlias = Cross | Isolated
"""Which margin account an operation targets: ``CROSS`` or ``Isolated("PAIR")``."""


@dataclass(frozen=True, slots=True)
class RateLimitUsage:
    """Request weight and order counts Binance reported on the last response (``None`` when not sent).

    Keys are the interval as Binance writes it in the header name (``1m``, ``10s``, ``1d`` ...).
    """

    used_ip_weight: dict[str, int] = field(default_factory=dict)
    """``X-SAPI-USED-IP-WEIGHT-*`` (sapi endpoints)."""
    used_uid_weight: dict[str, int] = field(default_factory=dict)
    """``X-SAPI-USED-UID-WEIGHT-*`` (sapi endpoints)."""
    used_weight: dict[str, int] = field(default_factory=dict)
    """``X-MBX-USED-WEIGHT-*`` (spot api endpoints)."""
    order_count: dict[str, int] = field(default_factory=dict)
    """``X-MBX-ORDER-COUNT-*``."""

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimitUsage:
        """Parse Binance's rate-limit headers; unknown or malformed ones are ignored."""
        return cls.from_raw_headers(headers.raw)

    @classmethod
    def from_raw_headers(cls, raw_headers: Iterable[tuple[bytes, bytes]]) -> RateLimitUsage:
        """``from_headers`` on raw ``(name, value)`` byte pairs (as httpx's ``Headers.raw`` and aiohttp give them)."""
        ip: dict[str, int] = {}
        uid: dict[str, int] = {}
        used: dict[str, int] = {}
        orders: dict[str, int] = {}
        targets = {b"x-sapi-used-ip-weight-": ip, b"x-sapi-used-uid-weight-": uid}
        for raw_name, raw_value in raw_headers:  # bytes: no decoding of the headers that are not rate limits
            if raw_name[:2] not in (b"x-", b"X-"):
                continue
            lname = raw_name.lower()
            if lname.startswith(b"x-sapi-used-"):
                target = targets.get(lname[: 22 if lname[12:14] == b"ip" else 23])
                interval = lname[22:] if lname[12:14] == b"ip" else lname[23:]
            elif lname.startswith(b"x-mbx-used-weight-"):
                target, interval = used, lname[18:]
            elif lname.startswith(b"x-mbx-order-count-"):
                target, interval = orders, lname[18:]
            else:
                continue
            if target is not None and interval:
                with contextlib.suppress(ValueError):
                    target[interval.decode("latin-1")] = int(raw_value)
        return cls(used_ip_weight=ip, used_uid_weight=uid, used_weight=used, order_count=orders)


@dataclass(frozen=True, slots=True)
class ApiResponse(Generic[T_co]):
    """A parsed response together with what came with it on the wire."""

    status_code: int
    headers: httpx.Headers
    rate_limits: RateLimitUsage
    parsed: T_co
    elapsed_ms: float
    request_method: str
    request_path: str
