"""Option parsing: exact amounts, times, and the option types shared by the commands."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from ._app import SANDBOX_URL

if TYPE_CHECKING:
    pass

# ----------------------------------------------------------------------------------------------------------------
# option parsing
# ----------------------------------------------------------------------------------------------------------------

_PLAIN_DECIMAL = re.compile(r"\d+(\.\d+)?|\.\d+")


def parse_amount(text: str) -> Decimal:
    """An amount or price as typed: plain positive decimal notation only (``0.001``), parsed exactly as ``Decimal``.

    Exponents (``1e-05``, what a float prints), ``nan``/``inf``, signs, commas and zero are refused with a message
    that says what to type instead.
    """
    value = text.strip()
    if not _PLAIN_DECIMAL.fullmatch(value):
        hint = ""
        try:
            exact = Decimal(value.replace(",", ""))
        except InvalidOperation:
            exact = None
        if exact is not None and exact.is_finite() and exact > 0:
            hint = f"; write it as {format(exact, 'f')}"
        raise typer.BadParameter(
            f"{text!r} is not a plain decimal number: amounts are exact decimals written out in full "
            f"(like 0.001), without exponent, sign or separators{hint}"
        )
    amount = Decimal(value)
    if amount <= 0:
        raise typer.BadParameter(f"{text!r}: must be greater than zero")
    return amount


def parse_time(text: str) -> int:
    """A point in time: milliseconds since the epoch, or an ISO date/datetime (UTC unless it names a zone)."""
    value = text.strip()
    if value.isdigit():
        return int(value)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{text!r} is not a time: give milliseconds since the epoch or an ISO date such as 2025-01-31 "
            "or 2025-01-31T12:00"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def _upper(value: str | None) -> str | None:
    return value.strip().upper() if value is not None else None


class Wallet(StrEnum):
    """A wallet a transfer moves between."""

    SPOT = "spot"
    CROSS = "cross"
    ISOLATED = "isolated"


class RecordType(StrEnum):
    """Borrow or repay records."""

    BORROW = "borrow"
    REPAY = "repay"


class Direction(StrEnum):
    """Transfer direction seen from the margin account."""

    IN = "in"
    OUT = "out"


JsonOpt = Annotated[
    bool, typer.Option("--json", help="Print the result as JSON (the model's to_dict(), decimals as strings).")
]
SandboxOpt = Annotated[
    bool, typer.Option("--sandbox", help=f"Talk to a local sandbox ({SANDBOX_URL} unless --base-url is given).")
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option("--base-url", metavar="URL", help="API host (default: BINANCE_BASE_URL or https://api.binance.com)."),
]
IsolatedOpt = Annotated[
    str | None,
    typer.Option(
        "--isolated",
        metavar="SYMBOL",
        callback=_upper,
        help="Isolated margin pair (e.g. BTCUSDT): use its isolated account instead of cross margin.",
    ),
]
SymbolArg = Annotated[str, typer.Argument(metavar="SYMBOL", callback=_upper, help="Trading pair, e.g. BTCUSDT.")]
AssetArg = Annotated[str, typer.Argument(metavar="ASSET", callback=_upper, help="Asset, e.g. USDT.")]
AmountArg = Annotated[
    Decimal, typer.Argument(metavar="AMOUNT", parser=parse_amount, help="Exact decimal amount, e.g. 0.001.")
]
StartOpt = Annotated[
    int | None,
    typer.Option("--start", metavar="TIME", parser=parse_time, help="From this time (ms since epoch or ISO date)."),
]
EndOpt = Annotated[
    int | None,
    typer.Option("--end", metavar="TIME", parser=parse_time, help="Up to this time (default: now)."),
]
