"""Request parameters: parsing the query string and form body, and Binance's parameter errors.

Binance reads parameters from the query string and an ``application/x-www-form-urlencoded`` body (the query
wins when a name is in both). Malformed values get ``-1100`` (illegal characters) or ``-1130`` (invalid
data), missing mandatory ones ``-1102``, repeated names ``-1101``, enum values outside the list the
specific codes (``-1115`` timeInForce, ``-1116`` order type, ``-1117`` side) or ``-1130``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any
from urllib.parse import parse_qsl

from ._errors import ApiError

__all__ = ["DECIMAL_PATTERN", "INT_PATTERN", "ParamSpec", "Params", "enum_values", "parse_pairs"]

DECIMAL_PATTERN = r"^([0-9]{1,20})(\.[0-9]{1,20})?$"
INT_PATTERN = r"^[0-9]{1,20}$"
_DECIMAL = re.compile(DECIMAL_PATTERN)
_INT = re.compile(r"^[0-9]{1,20}$")
"""Binance's LONG parameters: digits only, so a negative limit, id or time is -1100 like any other junk."""
_RECV_WINDOW = re.compile(r"^[0-9]{1,20}(\.[0-9]{1,3})?$")
_CLIENT_ID = re.compile(r"^[\.A-Z\:/a-z0-9_-]{1,36}$")
CLIENT_ID_PATTERN = r"^[\.A-Z\:/a-z0-9_-]{1,36}$"

_ENUM_CODES: dict[str, tuple[int, str]] = {
    "side": (-1117, "Invalid side."),
    "type": (-1116, "Invalid orderType."),
    "timeInForce": (-1115, "Invalid timeInForce."),
}

ParamSpec = tuple[str, str, bool, tuple[str, ...] | None, int | None, int | None, int | None, str | None]
"""(name, kind, required, enum values, max items, maximum, minimum, pattern) - what the operations table says of a
parameter (the pattern of a list applies to each item)."""


def enum_values(enum_class: str | None) -> tuple[str, ...] | None:
    """The values of a generated request enum, by class name (None when unknown)."""
    if not enum_class:
        return None
    try:
        from binance_margin_generated import models
    except ImportError:  # pragma: no cover - the generated package ships with the SDK
        return None
    cls: Any = getattr(models, enum_class, None)
    if cls is None or not isinstance(cls, type) or not issubclass(cls, Enum):
        return None
    return tuple(str(m.value) for m in cls)


def parse_pairs(raw: str) -> list[tuple[str, str]]:
    """``a=1&b=2`` -> ``[("a", "1"), ("b", "2")]``, percent- and plus-decoded, blanks kept."""
    if not raw:
        return []
    return parse_qsl(raw, keep_blank_values=True, errors="replace")


def _enum_error(name: str, legal: Sequence[str]) -> ApiError:
    base = name
    for prefix in ("working", "pendingAbove", "pendingBelow", "pending", "stopLimit"):
        if name.startswith(prefix) and len(name) > len(prefix):
            base = name[len(prefix)].lower() + name[len(prefix) + 1 :]
            break
    if base in _ENUM_CODES:
        code, msg = _ENUM_CODES[base]
        return ApiError(code, msg)
    return ApiError(-1130, f"Data sent for parameter '{name}' is not valid.")


class Params:
    """The parameters of one request, with typed accessors that answer Binance's errors."""

    def __init__(self, query: Iterable[tuple[str, str]], body: Iterable[tuple[str, str]] = ()) -> None:
        self.values: dict[str, str] = {}
        seen: set[str] = set()
        for name, value in query:
            if name in seen:
                raise ApiError.duplicate_param(name)
            seen.add(name)
            self.values[name] = value
        body_seen: set[str] = set()
        for name, value in body:
            if name in body_seen:
                raise ApiError.duplicate_param(name)
            body_seen.add(name)
            self.values.setdefault(name, value)

    def __contains__(self, name: str) -> bool:
        return bool(self.values.get(name, ""))

    def names(self) -> set[str]:
        """Every parameter name sent."""
        return set(self.values)

    def validate(self, specs: Sequence[ParamSpec]) -> None:
        """Check the declared parameters: mandatory ones present, values well formed."""
        for name, kind, required, enum, max_items, maximum, minimum, pattern in specs:
            raw = self.values.get(name, "")
            if raw == "":
                if required:
                    raise ApiError.mandatory(name)
                continue
            if name == "recvWindow":
                continue
            if kind == "int":
                self.integer(name, maximum=maximum, minimum=minimum)
            elif kind == "decimal":
                self.decimal(name)
            elif kind == "bool":
                self.boolean(name)
            elif kind == "enum" and enum is not None:
                if raw not in enum:
                    raise _enum_error(name, enum)
            elif kind == "list":
                items = self.csv(name)
                if max_items is not None and len(items) > max_items:
                    raise ApiError(-1130, f"Data sent for parameter '{name}' is not valid.")
                if pattern is not None and not all(re.match(pattern, item) for item in items):
                    raise ApiError.illegal(name, pattern)
            elif kind == "str" and pattern is not None and not re.match(pattern, raw):
                raise ApiError.illegal(name, pattern)

    # -- accessors -------------------------------------------------------------------------------------------

    def text(self, name: str, *, required: bool = False) -> str | None:
        """A string parameter (``None`` when absent or empty)."""
        raw = self.values.get(name, "")
        if raw == "":
            if required:
                raise ApiError.mandatory(name)
            return None
        return raw

    def req(self, name: str) -> str:
        """A mandatory string parameter."""
        value = self.text(name, required=True)
        assert value is not None
        return value

    def integer(
        self, name: str, *, required: bool = False, maximum: int | None = None, minimum: int | None = None
    ) -> int | None:
        """An integer parameter (``-1100`` when not digits)."""
        raw = self.text(name, required=required)
        if raw is None:
            return None
        if not _INT.match(raw):
            raise ApiError.illegal(name, INT_PATTERN)
        value = int(raw)
        if value > 2**63 - 1 or value < -(2**63):
            raise ApiError.illegal(name, INT_PATTERN)
        if maximum is not None and value > maximum:
            raise ApiError(-1130, f"Data sent for parameter '{name}' is not valid.")
        if minimum is not None and value < minimum:
            raise ApiError(-1130, f"Data sent for parameter '{name}' is not valid.")
        return value

    def decimal(self, name: str, *, required: bool = False) -> Decimal | None:
        """A decimal parameter: plain digits with an optional fraction (``-1100`` otherwise)."""
        raw = self.text(name, required=required)
        if raw is None:
            return None
        if not _DECIMAL.match(raw):
            raise ApiError.illegal(name, DECIMAL_PATTERN)
        try:
            return Decimal(raw)
        except InvalidOperation:  # pragma: no cover - the pattern already excludes it
            raise ApiError.illegal(name, DECIMAL_PATTERN) from None

    def req_decimal(self, name: str) -> Decimal:
        """A mandatory decimal parameter."""
        value = self.decimal(name, required=True)
        assert value is not None
        return value

    def enum(
        self, name: str, values: Sequence[str], *, required: bool = False, default: str | None = None
    ) -> str | None:
        """An enum parameter (case-sensitive, as Binance)."""
        raw = self.text(name, required=required)
        if raw is None:
            return default
        if raw not in values:
            raise _enum_error(name, values)
        return raw

    def boolean(self, name: str, *, default: bool | None = None) -> bool | None:
        """``true`` / ``false`` in any case (``-1130`` otherwise)."""
        raw = self.text(name)
        if raw is None:
            return default
        low = raw.lower()
        if low not in ("true", "false"):
            raise ApiError(-1130, f"Data sent for parameter '{name}' is not valid.")
        return low == "true"

    def is_isolated(self, name: str = "isIsolated", *, required: bool = False) -> bool:
        """``isIsolated``: the string ``TRUE`` or ``FALSE`` (default FALSE)."""
        raw = self.text(name, required=required)
        if raw is None:
            return False
        if raw.upper() not in ("TRUE", "FALSE"):
            raise ApiError(-1130, f"Data sent for parameter '{name}' is not valid.")
        return raw.upper() == "TRUE"

    def csv(self, name: str, *, required: bool = False) -> list[str]:
        """A comma-separated list parameter."""
        raw = self.text(name, required=required)
        if raw is None:
            return []
        items = [x.strip() for x in raw.split(",")]
        if any(not x for x in items):
            raise ApiError.illegal(name, "comma-separated values")
        return items

    def client_id(self, name: str) -> str | None:
        """A client order id (``-1100`` outside Binance's pattern)."""
        raw = self.text(name)
        if raw is not None and not _CLIENT_ID.match(raw):
            raise ApiError.illegal(name, CLIENT_ID_PATTERN)
        return raw

    def recv_window(self) -> Decimal:
        """``recvWindow`` in ms (default 5000; up to three decimals; ``-1131`` above 60000)."""
        raw = self.values.get("recvWindow", "")
        if raw == "":
            return Decimal(5000)
        if not _RECV_WINDOW.match(raw):
            raise ApiError.illegal("recvWindow", INT_PATTERN)
        value = Decimal(raw)
        if value > 60000:
            raise ApiError.bad_recv_window()
        return value
