"""Contains some shared types for properties"""

import itertools as _itertools
import json as _json
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - orjson is optional
    _orjson = None  # type: ignore[assignment]


class Unset:
    """Marks a field the server did not send, or a parameter the caller did not give."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class AbsentKeyError(KeyError):
    """A documented JSON key that this response does not carry (Binance sends some keys only in some cases).

    A ``KeyError``, so ``model.get(key)`` and ``key in model`` behave as on the dict Binance sent.
    """

    def __init__(self, key: str, model: str) -> None:
        super().__init__(key)
        self.key = key
        """The JSON key asked for."""
        self.model = model
        """The model's class name."""

    def __str__(self) -> str:
        return (
            f"{self.key!r}: a documented key of {self.model} that this response does not carry "
            f"(Binance sends it only in some cases; use .get({self.key!r}))"
        )


__all__ = ["UNSET", "AbsentKeyError", "File", "FileTypes", "RequestFiles", "Response", "Unset"]


# Decimals parsed from strings, shared by every model (Decimal is immutable): Binance repeats the same quantities,
# prices and zeros across orders, and a dict lookup costs a fraction of `Decimal(str)`. Bounded: cleared when full.
_DECIMALS: dict[str, Decimal] = {}
_DECIMALS_MAX = 4096


def _parse_decimal(value: str | int | float) -> Decimal:
    """Reads a Binance decimal (a numeric string, or a JSON number) exactly, without going through float."""
    if value.__class__ is str:
        cached = _DECIMALS.get(value)
        if cached is not None:
            return cached
    try:
        parsed = Decimal(value if isinstance(value, (str, int)) else repr(value))
    except InvalidOperation:
        raise ValueError(f"not a decimal number: {value!r}") from None
    if value.__class__ is str:
        if len(_DECIMALS) >= _DECIMALS_MAX:
            _DECIMALS.clear()
        _DECIMALS[value] = parsed
    return parsed


def _format_decimal(value: Decimal) -> str:
    """Writes a decimal the way Binance accepts it: plain digits, never an exponent (`1E-8` is rejected)."""
    return format(value, "f")


def _json_loads(content: bytes) -> Any:
    """Decodes a response body: orjson when installed (about twice as fast), else the standard library.

    orjson refuses what the standard library accepts (integers beyond 64 bits, NaN): those bodies go to `json`.
    """
    if _orjson is not None:
        try:
            return _orjson.loads(content)
        except ValueError:
            pass
    return _json.loads(content)


# Spec drift (binance_margin._drift): every place a parse meets something the spec does not know (a key that goes
# to additional_properties, an enum value that becomes a pseudo-member) stores a fresh number here. The runtime
# reads it before and after a parse and looks closer only when it moved: the hot path pays one list read on each
# side. Each store is a new value from a counter (`next` and a list item store are atomic), so a parse that met
# something always sees a value other than the one it read first, whichever threads store in between.
_DRIFT_SEQ = _itertools.count(1)
_DRIFT: list[int] = [0]


def _drift_seen() -> None:
    """Signal that a parse met a key or an enum value the spec does not know."""
    _DRIFT[0] = next(_DRIFT_SEQ)


def _unknown_keys(d: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The keys of `d` outside `known`, as sent (signals drift when there is any)."""
    extra = {key: value for key, value in d.items() if key not in known}
    if extra:
        _DRIFT[0] = next(_DRIFT_SEQ)
    return extra
