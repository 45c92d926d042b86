"""Argument conversion and validation, one converter per parameter, built once per operation.

Converters take the raw value a user passed to a generated surface method and return what the generated
``build_request`` expects (``Decimal`` for decimals, an enum member for enums, a list for lists), or raise a
``ValidationError`` that names the argument and says how to fix it.
"""

from __future__ import annotations

import re
import sys
import threading
import warnings
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, Final

import binance_margin_generated.models as _models
from binance_margin_generated.operations import Param
from binance_margin_generated.types import _format_decimal

from ._errors import ValidationError
from ._types import MAX_RECV_WINDOW, Unlisted, UnlistedValueWarning

__all__ = ["Converter", "encode_extra_params", "make_converter", "user_name"]

Converter = Callable[[Any], Any]

_DECIMAL_TEXT = re.compile(r"(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_MAX_DIGITS = 20
"""Binance's decimal pattern: at most 20 digits before and 20 after the point."""
_RENAMED = ("type_", "id_", "filter_")


def user_name(param: Param) -> str:
    """The argument name a user sees on the surface (``type`` for the generated ``type_``)."""
    name = param.python_name
    return name[:-1] if name in _RENAMED else name


def make_converter(param: Param) -> Converter:
    """The converter for one parameter of the operations table."""
    name = user_name(param)
    if param.name == "recvWindow":
        return _recv_window_converter(name)
    if param.kind == "decimal":
        return _decimal_converter(name)
    if param.kind == "enum":
        if param.enum_class is None:  # pragma: no cover - the generator always names the class
            raise LookupError(f"parameter {param.name} is an enum without an enum class")
        return enum_converter(name, getattr(_models, param.enum_class), param.enum_spec)
    if param.kind == "int":
        return _int_converter(name, param.maximum, param.minimum)
    if param.kind == "bool":
        return _bool_converter(name)
    if param.kind == "list":
        return _list_converter(name, param.max_items, _pattern_check(name, param.pattern))
    return _str_converter(name, _pattern_check(name, param.pattern))


_CLIENT_ID_PATTERN = "^[.A-Z:/a-z0-9_-]{1,36}$"


def _pattern_check(name: str, pattern: str | None) -> Callable[[str], None] | None:
    """A check of Binance's documented pattern, with a message that says what the value should look like."""
    if pattern is None:
        return None
    compiled = re.compile(pattern)

    def check(value: str) -> None:
        if compiled.fullmatch(value):
            return
        if pattern == _CLIENT_ID_PATTERN:
            raise ValidationError(
                f"{name}={value!r} is not a valid client order id: Binance takes 1 to 36 characters from "
                "A-Z a-z 0-9 and . : / _ -"
            )
        if "A-Z0-9" in pattern:
            hint = f" (did you mean {value.upper()!r}?)" if compiled.fullmatch(value.upper()) else ""
            raise ValidationError(
                f"{name}={value!r} is not a symbol: Binance symbols are upper-case letters and digits, "
                f"e.g. 'BTCUSDT'{hint}"
            )
        raise ValidationError(f"{name}={value!r} does not match Binance's pattern {pattern}")  # pragma: no cover

    return check


def _type_error(name: str, expected: str, value: Any) -> ValidationError:
    return ValidationError(f"{name} must be {expected}, got {type(value).__name__} {value!r}")


def _str_converter(name: str, check: Callable[[str], None] | None = None) -> Converter:
    def convert(value: Any) -> str:
        if type(value) is str or isinstance(value, str):
            if not value:
                raise ValidationError(f"{name} must not be empty")
            if check is not None:
                check(value)
            return str(value)
        raise _type_error(name, "a string", value)

    return convert


def _int_converter(name: str, maximum: int | None, minimum: int | None = None) -> Converter:
    def convert(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _type_error(name, "an int", value)
        number = int(value)
        if maximum is not None and number > maximum:
            raise ValidationError(f"{name} must be at most {maximum}, got {number}")
        if minimum is not None and number < minimum:
            if minimum == 0:
                raise ValidationError(f"{name} must not be negative, got {number}")
            raise ValidationError(f"{name} must be at least {minimum}, got {number}")
        return number

    return convert


def _recv_window_converter(name: str) -> Converter:
    def convert(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _type_error(name, "an int number of milliseconds", value)
        number = int(value)
        if not 0 < number <= MAX_RECV_WINDOW:
            raise ValidationError(
                f"{name} must be between 1 and {MAX_RECV_WINDOW} ms (Binance refuses more), got {number}"
            )
        return number

    return convert


def _bool_converter(name: str) -> Converter:
    def convert(value: Any) -> bool:
        if value is True or value is False:
            return bool(value)
        raise _type_error(name, "True or False", value)

    return convert


def _float_message(name: str, value: float) -> str:
    try:
        hint = format(Decimal(repr(value)), "f")
    except InvalidOperation:
        hint = "0.001"
    return (
        f"{name}={value!r} is a float, which is refused: floats are inexact and turn into text like 1e-05 that "
        f'Binance rejects. Pass Decimal("{hint}") or the string "{hint}" instead'
    )


def to_decimal(name: str, value: Any) -> Decimal:
    """Check and convert one decimal argument (``Decimal``, numeric ``str`` or ``int``; never ``float``)."""
    if type(value) is Decimal or isinstance(value, Decimal):
        number = value
    elif isinstance(value, str):
        text = value.strip()
        if not _DECIMAL_TEXT.fullmatch(text):
            raise ValidationError(
                f'{name}={value!r} is not a plain decimal number such as "0.001" (no sign, no thousands '
                "separators, no NaN or infinity)"
            )
        number = Decimal(text)
    elif isinstance(value, bool):
        raise _type_error(name, 'a Decimal, a numeric string or an int (e.g. Decimal("0.001"))', value)
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        raise ValidationError(_float_message(name, value))
    else:
        raise _type_error(name, 'a Decimal, a numeric string or an int (e.g. Decimal("0.001"))', value)
    if not number.is_finite():
        raise ValidationError(f"{name} must be a finite number, got {value!r}")
    if number.is_signed():
        if number:
            raise ValidationError(f"{name} must not be negative, got {value!r}")
        number = abs(number)
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    if exponent < -_MAX_DIGITS or number.adjusted() >= _MAX_DIGITS:
        raise ValidationError(
            f"{name}={value!r} has more than {_MAX_DIGITS} digits before or after the decimal point, "
            "which Binance rejects; round it to the symbol's tick or step size"
        )
    return number


def _decimal_converter(name: str) -> Converter:
    def convert(value: Any) -> Decimal:
        return to_decimal(name, value)

    return convert


def enum_converter(name: str, enum_class: type[Enum], place: str | None = None) -> Converter:
    """Accept a member of ``enum_class``, one of its values as a string, or ``Unlisted``; refuse anything else.

    ``place`` is where the enum is written in spec/margin.yaml (``components.schemas.X``, or the parameter's
    path for an inline enum); the refusal of an unknown value names it.
    """
    known: dict[str, Enum] = {str(member.value): member for member in enum_class}
    listing = ", ".join(repr(v) for v in known)
    where = place or f"the {enum_class.__name__} enum"

    def unknown(value: Any, hint: str = "") -> ValidationError:
        return ValidationError(
            f"{name}={value!r} is not one of {listing}{hint}. The values come from {where} in spec/margin.yaml; "
            f"if Binance accepts a value the spec does not list yet, pass binance_margin.Unlisted({str(value)!r}) "
            "to send it as is (and add it to the spec: docs/regenerating.md)"
        )

    def convert(value: Any) -> Enum | Unlisted:
        if isinstance(value, str):  # plain strings and StrEnum members of any class
            member = known.get(value)
            if member is not None:
                return member
            hint = f" (did you mean {value.upper()!r}?)" if value.upper() in known else ""
            raise unknown(value, hint)
        if isinstance(value, Enum):
            member = known.get(str(value.value))
            if member is not None:
                return member
            raise unknown(value.value)
        if type(value) is Unlisted:
            member = known.get(value.value)
            if member is not None:  # the spec has learnt it since: send the member, no warning
                return member
            note_unlisted(name, where, value.value)
            return value
        raise _type_error(name, f"one of {listing} (or binance_margin.Unlisted('NEW_VALUE'))", value)

    return convert


_WARNED: Final[set[tuple[str, str]]] = set()
_WARNED_LOCK: Final = threading.Lock()
_PACKAGES: Final = ("binance_margin", "binance_margin_generated")


def note_unlisted(name: str, place: str, value: str) -> None:
    """Warn (``UnlistedValueWarning``) the first time this process sends ``value`` for the enum at ``place``.

    A warning rather than a log record: like a deprecation, it is about the caller's code (the value should come
    from the spec after a regeneration), it points at the line that passed it, tests and CI can turn it into an
    error, and it needs no logging setup to be seen.
    """
    key = (place, value)
    with _WARNED_LOCK:
        if key in _WARNED:
            return
        _WARNED.add(key)
    warnings.warn(
        f"{name}=Unlisted({value!r}) is sent as is: {place} in spec/margin.yaml does not list {value!r}. Add it "
        "there and run `make generate` (docs/regenerating.md) to get a typed member.",
        UnlistedValueWarning,
        stacklevel=_caller_stacklevel(),
    )


def _caller_stacklevel() -> int:
    """The ``stacklevel`` of the first frame outside this SDK (the user's call), for ``warnings.warn`` in
    ``note_unlisted``."""
    frame = sys._getframe(1)  # note_unlisted: stacklevel 1
    level = 1
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if not module.startswith(_PACKAGES) and not module.startswith("asyncio"):
            return level
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return 1


def _list_converter(name: str, max_items: int | None, check: Callable[[str], None] | None = None) -> Converter:
    def convert(value: Any) -> list[str]:
        if isinstance(value, str):
            items = [part.strip() for part in value.split(",")]
        elif isinstance(value, (Sequence, set, frozenset)):
            items = list(value)
        else:
            raise _type_error(name, "a sequence of strings", value)
        if not items:
            raise ValidationError(f"{name} must not be empty")
        for item in items:
            if not isinstance(item, str) or not item or "," in item:
                raise ValidationError(f"{name} items must be non-empty strings without commas, got {item!r}")
            if check is not None:
                check(item)
        if max_items is not None and len(items) > max_items:
            raise ValidationError(f"{name} takes at most {max_items} items, got {len(items)}")
        return items

    return convert


_RESERVED: Final = frozenset({"timestamp", "signature"})
"""Parameters the signer writes; never taken from ``extra_params``."""


def encode_extra_params(operation_id: str, taken: Mapping[str, str], extra: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """Check ``extra_params`` and return its ``(wire name, wire value)`` pairs, in the mapping's order.

    ``taken`` maps every name the operation already has (wire name and Python name) to the argument to use
    instead. Values are encoded like the spec's parameters: ``Decimal``/``int``/numeric ``str`` as given (a
    ``Decimal`` without exponent), ``bool`` as ``true``/``false``, an enum member or ``Unlisted`` as its value,
    a sequence of strings comma-joined; ``None`` leaves the parameter out.

    Raises:
        ValidationError: a name the operation already has, ``timestamp``/``signature``, or a value of another type
            (nothing is sent).
    """
    if not isinstance(extra, Mapping):
        raise _type_error("extra_params", "a mapping of wire parameter names to values", extra)
    out: list[tuple[str, Any]] = []
    for key, value in extra.items():
        if not isinstance(key, str) or not key:
            raise ValidationError(f"extra_params keys must be non-empty wire parameter names, got {key!r}")
        if key in _RESERVED:
            raise ValidationError(f"extra_params[{key!r}] is refused: the SDK signs every request with {key}")
        instead = taken.get(key)
        if instead is not None:
            raise ValidationError(
                f"extra_params[{key!r}] is refused: {operation_id}() already has that parameter; use the argument "
                f"{instead}= instead"
            )
        if value is None:
            continue
        out.append((key, _extra_value(key, value)))
    return out


def _extra_value(key: str, value: Any) -> Any:
    kind = type(value)
    if kind is str and value:  # the common cases first, by exact type
        return value
    if kind is int or kind is bool:
        return value
    name = f"extra_params[{key!r}]"
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError(f"{name} must be a finite number, got {value!r}")
        return _format_decimal(value)
    if isinstance(value, Enum):
        return str(value.value)
    if type(value) is Unlisted:
        return value.value
    if isinstance(value, str):
        if not value:
            raise ValidationError(f"{name} must not be empty (leave the key out, or pass None)")
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise ValidationError(_float_message(name, value))
    if isinstance(value, Sequence):
        items = list(value)
        for item in items:
            if not isinstance(item, str) or not item or "," in item:
                raise ValidationError(f"{name} items must be non-empty strings without commas, got {item!r}")
        if not items:
            raise ValidationError(f"{name} must not be empty")
        return ",".join(items)
    raise _type_error(name, "a str, int, Decimal, bool, enum member, Unlisted or a sequence of strings", value)
