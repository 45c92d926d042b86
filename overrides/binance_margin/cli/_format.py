"""Formatting for tables: decimals, times, rate limits, orders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from binance_margin_generated.types import Unset
from rich.console import Console
from rich.table import Table

from .._types import RateLimitUsage

if TYPE_CHECKING:
    from ..models import (
        MarginOrder,
    )


# ----------------------------------------------------------------------------------------------------------------
# formatting
# ----------------------------------------------------------------------------------------------------------------


def _d(value: Decimal | Any) -> str:
    """For tables: a decimal as plain digits without trailing zeros (never ``1E-8``); ``-`` when absent.

    ``--json`` keeps Binance's exact strings.
    """
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if value is None or isinstance(value, Unset) or value == "":
        return "-"
    return str(value)


def _ts(ms: int | Any) -> str:
    if not isinstance(ms, int) or isinstance(ms, bool):
        return "-"
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S")


def _num_col(table: Table, name: str) -> None:
    table.add_column(name, justify="right", overflow="fold")


def _yes(value: bool | Any) -> str:
    return "yes" if value is True else "no" if value is False else "-"


def _print_rate_limits(console: Console, usage: RateLimitUsage, *, title: str) -> None:
    table = Table(title=title, title_justify="left")
    table.add_column("Counter", overflow="fold")
    table.add_column("Interval", overflow="fold")
    _num_col(table, "Used")
    labels = {
        "used_ip_weight": "sapi IP weight",
        "used_uid_weight": "sapi UID weight",
        "used_weight": "api weight",
        "order_count": "orders",
    }
    for key, values in asdict(usage).items():
        for interval, used in sorted(values.items()) if isinstance(values, dict) else ():
            table.add_row(labels.get(key, key), interval, str(used))
    if table.row_count:
        console.print(table)
    else:
        console.print("No rate-limit headers were received.")
    limits = getattr(usage, "limits", ())  # the governor's budget (RateLimitStatus)
    if limits:
        where = "shared through Redis" if getattr(usage, "shared", False) else "this process"
        budget = Table(title=f"Budget ({where})", title_justify="left")
        budget.add_column("Limit", overflow="fold")
        for name in ("Window (s)", "Usable", "Used", "Remaining"):
            _num_col(budget, name)
        for lim in limits:
            budget.add_row(lim.name, str(lim.window_s), str(lim.usable), str(lim.used), str(lim.remaining))
        console.print(budget)


def _order_table(title: str, orders: Sequence[MarginOrder]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("Order id", justify="right", overflow="fold")
    table.add_column("Client order id", overflow="fold")
    table.add_column("Time (UTC)", overflow="fold")
    table.add_column("Side", overflow="fold")
    table.add_column("Type", overflow="fold")
    table.add_column("Status", overflow="fold")
    _num_col(table, "Price")
    _num_col(table, "Quantity")
    _num_col(table, "Executed")
    table.add_column("TIF", overflow="fold")
    for o in orders:
        table.add_row(
            str(o.order_id),
            o.client_order_id,
            _ts(o.time),
            str(o.side),
            str(o.type_),
            str(o.status),
            _d(o.price),
            _d(o.orig_qty),
            _d(o.executed_qty),
            str(o.time_in_force),
        )
    return table
