"""Exact decimal helpers behind ``binance_margin.filters``: parsing, grid rounding and the wire format.

Everything here works on ``Decimal`` in a private context wide enough for Binance's 20+20 digit numbers, so
no result depends on the caller's ``decimal`` context and nothing goes through ``float``.
"""

from __future__ import annotations

import decimal
import re
from decimal import (
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Decimal,
    localcontext,
)
from typing import Literal, TypeAlias

__all__ = [
    "ZERO",
    "DecimalLike",
    "Rounding",
    "format_decimal",
    "grid_round",
    "on_grid",
    "parse_exchange_decimal",
    "to_decimal",
    "wide_context",
]

ZERO = Decimal(0)

DecimalLike: TypeAlias = Decimal | str | int
"""What the public API accepts for prices and quantities: ``Decimal``, a numeric string or an ``int``.

``float`` is refused: most decimal prices have no exact binary value and ``str(1e-05)`` is ``'1e-05'``,
which Binance rejects (-1100).
"""

Rounding: TypeAlias = Literal[
    "down",
    "up",
    "nearest",
    "ROUND_DOWN",
    "ROUND_UP",
    "ROUND_FLOOR",
    "ROUND_CEILING",
    "ROUND_HALF_UP",
    "ROUND_HALF_DOWN",
    "ROUND_HALF_EVEN",
]
"""A rounding direction: ``"down"``, ``"up"``, ``"nearest"`` or one of the ``decimal.ROUND_*`` constants.

Prices and quantities are positive, so ``"down"`` = ``ROUND_DOWN`` = ``ROUND_FLOOR`` (never increases the value),
``"up"`` = ``ROUND_UP`` = ``ROUND_CEILING`` (never decreases it) and ``"nearest"`` = ``ROUND_HALF_UP`` (a value
exactly half-way goes up). ``ROUND_HALF_DOWN`` and ``ROUND_HALF_EVEN`` settle ties down / on an even multiple.
``ROUND_05UP`` has no meaning on a grid and is refused.
"""

_FLOOR, _CEILING, _HALF_UP, _HALF_DOWN, _HALF_EVEN = "floor", "ceiling", "half_up", "half_down", "half_even"
_MODES: dict[str, str] = {
    "down": _FLOOR,
    ROUND_DOWN: _FLOOR,
    ROUND_FLOOR: _FLOOR,
    "up": _CEILING,
    ROUND_UP: _CEILING,
    ROUND_CEILING: _CEILING,
    "nearest": _HALF_UP,
    ROUND_HALF_UP: _HALF_UP,
    ROUND_HALF_DOWN: _HALF_DOWN,
    ROUND_HALF_EVEN: _HALF_EVEN,
}

_WIRE = re.compile(r"^([0-9]{1,20})(\.[0-9]{1,20})?$")
_PREC = 120


def wide_context() -> decimal.Context:
    """A decimal context wide enough that no arithmetic on exchange numbers rounds, with errors trapped."""
    return decimal.Context(
        prec=_PREC,
        rounding=ROUND_HALF_EVEN,
        Emin=-999999,
        Emax=999999,
        traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
    )


def to_decimal(value: object, name: str = "value") -> Decimal:
    """``value`` as a finite ``Decimal``; ``float``, ``bool``, NaN, infinities and junk strings are refused.

    Raises:
        TypeError: ``value`` is a ``float``, a ``bool`` or not a number type at all.
        ValueError: a string that is not a decimal number, or a non-finite ``Decimal``.
    """
    if isinstance(value, bool):
        raise TypeError(f"{name} must be a Decimal, str or int, got bool {value!r}")
    if isinstance(value, float):
        raise TypeError(
            f"{name} must be a Decimal, str or int, not float ({value!r}): a float cannot hold most decimal "
            f"prices exactly; pass Decimal({str(value)!r}) or the string {str(value)!r} instead"
        )
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except decimal.InvalidOperation:
            raise ValueError(f"{name} is not a decimal number: {value!r}") from None
    else:
        raise TypeError(f"{name} must be a Decimal, str or int, got {type(value).__name__} {value!r}")
    if not result.is_finite():
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return result


def parse_exchange_decimal(value: object, name: str) -> Decimal:
    """A decimal sent by Binance (a numeric string, or a JSON number: a JSON float is read through ``repr``)."""
    if isinstance(value, float) and not isinstance(value, bool):
        value = repr(value)
    return to_decimal(value, name)


def _exponent(value: Decimal) -> int:
    exponent = value.normalize(wide_context()).as_tuple().exponent
    assert isinstance(exponent, int)  # finite numbers only
    return exponent


def grid_exponent(step: Decimal, base: Decimal = ZERO) -> int:
    """The exponent (negative number of decimals) that every point ``base + k * step`` can be written with."""
    exponent = min(_exponent(step), 0)
    if base:
        exponent = min(exponent, _exponent(base))
    return exponent


def _index(offset: Decimal, step: Decimal, mode: str, parity: Decimal = ZERO) -> Decimal:
    """``k`` such that ``k * step`` is ``offset`` rounded to a multiple of ``step`` in direction ``mode``.

    ``parity`` is added to ``k`` when deciding which neighbour is "even" (``ROUND_HALF_EVEN``).
    """
    k, r = divmod(offset, step)  # k truncated toward zero, r has the sign of offset
    if r < 0:
        k -= 1
        r += step  # now offset == k * step + r with 0 <= r < step
    if r == 0 or mode == _FLOOR:
        return k
    if mode == _CEILING:
        return k + 1
    twice = r * 2
    if twice < step:
        return k
    if twice > step:
        return k + 1
    if mode == _HALF_UP:
        return k + 1
    if mode == _HALF_DOWN:
        return k
    return k if (k + parity) % 2 == 0 else k + 1


def rounding_mode(rounding: str) -> str:
    """The grid mode for a public rounding name; ``ValueError`` for anything else."""
    try:
        return _MODES[rounding]
    except (KeyError, TypeError):
        allowed = ", ".join(repr(name) for name in _MODES)
        raise ValueError(f"unknown rounding {rounding!r}; use one of {allowed}") from None


def grid_round(value: Decimal, step: Decimal, rounding: str, base: Decimal = ZERO) -> Decimal:
    """``value`` moved onto the grid ``base + k * step`` (``k`` an integer) in the given direction.

    The result carries exactly the decimals of the grid (``step`` 0.00001000 gives 5 decimals), so it formats
    without exponent or superfluous digits. ``step`` must be positive.
    """
    mode = rounding_mode(rounding)
    if step <= 0:
        raise ValueError(f"step must be positive, got {step}")
    with localcontext(wide_context()):
        shift = base / step
        # ties to even count multiples of step from 0 when the grid contains 0's multiples, else from base
        parity = shift if shift == shift.to_integral_value() else ZERO
        k = _index(value - base, step, mode, parity)
        result = base + k * step
        return result.quantize(Decimal(1).scaleb(grid_exponent(step, base)))


def on_grid(value: Decimal, step: Decimal, base: Decimal = ZERO) -> bool:
    """Whether ``(value - base) % step == 0`` (always true when ``step`` is 0, i.e. the rule is disabled)."""
    if step <= 0:
        return True
    with localcontext(wide_context()):
        return (value - base) % step == 0


def format_decimal(value: DecimalLike, step: DecimalLike | None = None) -> str:
    """The exact string Binance accepts for a decimal parameter: plain digits, never an exponent.

    Without ``step`` trailing zeros are stripped (``Decimal("1.50000000")`` gives ``"1.5"``, ``Decimal("1E+2")``
    gives ``"100"``). With ``step`` (a ``tickSize``/``stepSize``) the string has exactly the step's decimals once
    the step's own trailing zeros are stripped (``step`` ``"0.00100000"`` gives ``"1.500"``), which is never more
    than the asset precision Binance checks (-1111).

    Raises:
        TypeError: ``value`` is a float (see ``DecimalLike``).
        ValueError: ``value`` is negative or not finite, has more than 20 integer or 20 fractional digits (the
            ``^([0-9]{1,20})(\\.[0-9]{1,20})?$`` pattern Binance enforces), or has more decimals than ``step``
            allows (quantize it first with ``quantize_price``/``quantize_quantity``).
    """
    number = to_decimal(value)
    if number < 0:
        raise ValueError(f"Binance takes no sign: {number} is negative")
    ctx = wide_context()
    if step is None:
        number = number.normalize(ctx)
    else:
        step_number = to_decimal(step, "step")
        if step_number <= 0:
            raise ValueError(f"step must be positive, got {step_number}")
        places = Decimal(1).scaleb(min(_exponent(step_number), 0))
        try:
            rounded = number.quantize(places, context=ctx)
        except decimal.InvalidOperation:
            raise ValueError(f"{number} is too large for Binance's decimal format") from None
        if rounded != number:
            raise ValueError(
                f"{number} has more decimals than step {format_decimal(step_number)} allows; quantize it first"
            )
        number = rounded
    text = format(number, "f")
    if text.startswith("-"):  # negative zero
        text = text[1:]
    if not _WIRE.match(text):
        raise ValueError(f"{text} does not fit Binance's decimal format (at most 20 integer and 20 fraction digits)")
    return text
