"""Small public types shared by the generated surface and the hand-written runtime.

This module must not import the generated package (the generated surface imports it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Final, Generic, TypeAlias, TypeVar

from ._error_base import MarginModeError, ValidationError

if TYPE_CHECKING:
    import httpx

T_co = TypeVar("T_co", covariant=True)

__all__ = [
    "CROSS",
    "ApiResponse",
    "Cross",
    "ExtraParams",
    "Isolated",
    "MarginMode",
    "RateLimitUsage",
    "Unlisted",
    "UnlistedValueWarning",
]

_SYMBOL: Final = re.compile("[^\x00-\x2f\x3a-\x40\x5b-\x7f\U00010000-\U0010ffff]{1,32}")
"""A trading pair as Binance spells it: the spec's symbol pattern ``[A-Z0-9\\u0080-\\uFFFF]{1,32}`` written as the
complement of what it excludes, which compiles in a tenth of the time (the positive range makes ``re`` build a
65,536-entry table: ~3 ms of every import)."""

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
        if self.symbol is None:
            return
        if not isinstance(self.symbol, str) or not _SYMBOL.fullmatch(self.symbol):
            hint = ""
            if isinstance(self.symbol, str) and _SYMBOL.fullmatch(self.symbol.strip().upper()):
                hint = f" (did you mean Isolated({self.symbol.strip().upper()!r})?)"
            raise MarginModeError(
                "Isolated() needs a trading pair in upper-case letters and digits such as 'BTCUSDT', "
                f"got {self.symbol!r}{hint}"
            )


MarginMode: TypeAlias = Cross | Isolated
"""Which margin account an operation targets: ``CROSS`` or ``Isolated("PAIR")``."""


class Unlisted:
    """An enum value that ``spec/margin.yaml`` does not list yet, to be sent to Binance as is.

    Every enum argument of the client accepts it, e.g. ``type=Unlisted("MAIN_NEW_WALLET")``. Binance sometimes
    accepts a value before the spec (and this SDK) know it; a plain unknown string stays a ``ValidationError``,
    so a typo is still caught. Each value warns once per process (``UnlistedValueWarning``): add it to the spec
    and regenerate (docs/regenerating.md), then use the member.
    """

    __slots__ = ("value",)

    value: str
    """The value exactly as it goes on the wire."""

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value or value != value.strip():
            raise ValidationError(f"Unlisted() needs the value as a non-empty string without spaces, got {value!r}")
        object.__setattr__(self, "value", value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Unlisted is immutable")

    def __repr__(self) -> str:
        return f"Unlisted({self.value!r})"

    def __str__(self) -> str:
        return self.value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Unlisted) and other.value == self.value

    def __hash__(self) -> int:
        return hash((Unlisted, self.value))


class UnlistedValueWarning(UserWarning):
    """Issued once per enum and value when an ``Unlisted`` value is sent: the spec should learn it.

    Silence it with ``warnings.filterwarnings("ignore", category=UnlistedValueWarning)``, or make it an error in
    CI with ``-W error::binance_margin.UnlistedValueWarning``.
    """


ExtraValue: TypeAlias = str | int | Decimal | bool | Enum | Unlisted | Sequence[str]
"""What an ``extra_params`` value may be: encoded like the spec's parameters (``Decimal`` without exponent,
``bool`` as ``true``/``false``, an enum member or ``Unlisted`` as its value, a sequence comma-joined)."""

ExtraParams: TypeAlias = Mapping[str, ExtraValue]
"""``extra_params=``: wire parameters the spec does not know yet, by their wire name."""


_RATE_LIMIT_PREFIXES: Final = (
    (b"x-sapi-used-ip-weight-", 0),
    (b"x-sapi-used-uid-weight-", 1),
    (b"x-mbx-used-weight-", 2),
    (b"x-mbx-order-count-", 3),
)


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
        found = scan_rate_limit_headers(raw_headers)
        return cls() if found is None else cls(*found)


RateLimitDicts: TypeAlias = tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, int]]
"""IP weight, UID weight, spot weight and order counts, by interval, in ``RateLimitUsage``'s field order."""


_NOT_A_LIMIT: Final = (-1, "")
_HEADER_KINDS: dict[bytes, tuple[int, str]] = {}
"""Raw header name -> (index in ``RateLimitDicts``, interval), or ``_NOT_A_LIMIT``: each name classified once."""


def _header_kind(raw_name: bytes) -> tuple[int, str]:
    lname = raw_name.lower()
    for prefix, index in _RATE_LIMIT_PREFIXES:
        if lname.startswith(prefix):
            interval = lname[len(prefix) :]
            return (index, interval.decode("latin-1")) if interval else _NOT_A_LIMIT
    return _NOT_A_LIMIT


def scan_rate_limit_headers(raw_headers: Iterable[tuple[bytes, bytes]]) -> RateLimitDicts | None:
    """The rate-limit headers among raw ``(name, value)`` pairs; ``None`` when there are none (malformed: skipped)."""
    found: RateLimitDicts | None = None
    kinds = _HEADER_KINDS
    for raw_name, raw_value in raw_headers:  # bytes: no decoding of the headers that are not rate limits
        kind = kinds.get(raw_name)
        if kind is None:
            kind = _header_kind(raw_name)
            if len(kinds) < 256:  # a server sends a few dozen names; a bound for any other
                kinds[raw_name] = kind
        index, interval = kind
        if index < 0:
            continue
        try:
            value = int(raw_value)
        except ValueError:
            continue
        if found is None:
            found = ({}, {}, {}, {})
        found[index][interval] = value
    return found


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
