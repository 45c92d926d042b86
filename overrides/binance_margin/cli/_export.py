"""``export``: a whole history to CSV or JSON lines, streamed row by row through the SDK's iterators."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from .._client import MarginClient
from .._errors import ValidationError
from .._pagination import HistoryProgress
from .._types import MarginMode
from ..models import BorrowRepayType
from ._app import app
from ._format import _ts
from ._history import history_range, progress_display
from ._options import BaseUrlOpt, EndOpt, IsolatedOpt, SandboxOpt, StartOpt, _upper
from ._session import _margin, session


class ExportKind(StrEnum):
    """What ``export`` can write."""

    ORDERS = "orders"
    TRADES = "trades"
    BORROWS = "borrows"
    REPAYS = "repays"
    INTEREST = "interest"
    TRANSFERS = "transfers"
    LIQUIDATIONS = "liquidations"


class ExportFormat(StrEnum):
    """The file format of ``export``."""

    CSV = "csv"
    JSONL = "jsonl"


@dataclass(frozen=True)
class _Query:
    """What an export asks for."""

    client: MarginClient
    symbol: str
    asset: str | None
    margin: MarginMode
    start: int
    end: int
    progress: Callable[[HistoryProgress], None]


Walk = Callable[[_Query], Iterator[Any]]


@dataclass(frozen=True)
class _Spec:
    walk: Walk
    columns: tuple[str, ...]
    """The CSV columns (Binance's field names); JSON lines carry every field of the row."""
    needs_symbol: bool = False
    default_days: int = 30


TIME_FIELDS = frozenset({"time", "updateTime", "timestamp", "interestAccuredTime", "updatedTime", "transactionTime"})
"""Fields holding epoch milliseconds: written as ISO 8601 UTC with milliseconds."""


def _records(kind: BorrowRepayType) -> Walk:
    def walk(q: _Query) -> Iterator[Any]:
        return q.client.borrow_repay.iter_borrow_repay_records(
            type=kind, asset=q.asset, start=q.start, end=q.end, margin=q.margin, progress=q.progress
        )

    return walk


SPECS: dict[ExportKind, _Spec] = {
    ExportKind.ORDERS: _Spec(
        lambda q: q.client.trade.iter_all_orders(
            symbol=q.symbol, start=q.start, end=q.end, margin=q.margin, progress=q.progress
        ),
        (
            "time",
            "orderId",
            "clientOrderId",
            "symbol",
            "side",
            "type",
            "status",
            "price",
            "origQty",
            "executedQty",
            "cummulativeQuoteQty",
            "timeInForce",
            "stopPrice",
            "isIsolated",
            "updateTime",
        ),
        needs_symbol=True,
        default_days=1,
    ),
    ExportKind.TRADES: _Spec(
        lambda q: q.client.trade.iter_my_trades(
            symbol=q.symbol, start=q.start, end=q.end, margin=q.margin, progress=q.progress
        ),
        ("time", "id", "orderId", "symbol", "price", "qty", "commission", "commissionAsset", "isBuyer", "isMaker"),
        needs_symbol=True,
        default_days=1,
    ),
    ExportKind.BORROWS: _Spec(
        _records(BorrowRepayType.BORROW),
        ("timestamp", "txId", "asset", "principal", "interest", "amount", "status", "type", "isolatedSymbol"),
    ),
    ExportKind.REPAYS: _Spec(
        _records(BorrowRepayType.REPAY),
        ("timestamp", "txId", "asset", "principal", "interest", "amount", "status", "type", "isolatedSymbol"),
    ),
    ExportKind.INTEREST: _Spec(
        lambda q: q.client.borrow_repay.iter_interest_history(
            asset=q.asset, start=q.start, end=q.end, margin=q.margin, progress=q.progress
        ),
        ("interestAccuredTime", "txId", "asset", "principal", "interest", "interestRate", "type", "isolatedSymbol"),
    ),
    ExportKind.TRANSFERS: _Spec(
        lambda q: q.client.transfer.iter_transfer_history(
            asset=q.asset, start=q.start, end=q.end, margin=q.margin, progress=q.progress
        ),
        ("timestamp", "txId", "type", "asset", "amount", "status", "transFrom", "transTo", "fromSymbol", "toSymbol"),
    ),
    ExportKind.LIQUIDATIONS: _Spec(
        lambda q: q.client.risk.iter_force_liquidation_records(
            start=q.start, end=q.end, margin=q.margin, progress=q.progress
        ),
        (
            "updatedTime",
            "orderId",
            "symbol",
            "side",
            "price",
            "qty",
            "avgPrice",
            "executedQty",
            "timeInForce",
            "isIsolated",
        ),
    ),
}


def iso_ms(ms: int) -> str:
    """Epoch milliseconds as ISO 8601 UTC with milliseconds: ``2025-01-31T12:00:00.123Z``."""
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _plain(key: str, value: Any) -> Any:
    """A field as written: exact decimals as plain digits, times as ISO 8601, enums as their value."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if key in TIME_FIELDS and isinstance(value, int) and not isinstance(value, bool):
        return iso_ms(value)
    if isinstance(value, StrEnum):
        return value.value
    return value


def row_fields(row: Any) -> dict[str, Any]:
    """A typed row as Binance's field names -> written values."""
    return {key: _plain(key, value) for key, value in row.to_dict().items()}


@contextmanager
def _open(output: Path | None) -> Iterator[IO[str]]:
    if output is None:
        yield sys.stdout
        return
    with output.open("w", encoding="utf-8", newline="") as fh:
        yield fh


@app.command("export")
def export(
    ctx: typer.Context,
    kind: Annotated[ExportKind, typer.Argument(case_sensitive=False, help="The history to export.")],
    start: StartOpt = None,
    end: EndOpt = None,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", case_sensitive=False, help="csv or jsonl.")
    ] = ExportFormat.CSV,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write here (default: standard output).")
    ] = None,
    symbol: Annotated[
        str | None, typer.Option("--symbol", callback=_upper, help="The pair (orders and trades; default --isolated).")
    ] = None,
    asset: Annotated[
        str | None, typer.Option("--asset", callback=_upper, help="Only this asset (borrows, repays, interest).")
    ] = None,
    days: Annotated[
        int | None, typer.Option("--days", min=1, help="The last N days when --start is not given.")
    ] = None,
    isolated: IsolatedOpt = None,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Export a whole history (orders, trades, borrows, repays, interest, transfers, liquidations) to CSV or JSONL.

    Rows are streamed oldest first as the SDK's iterators walk Binance's windows and pages (nothing is held in
    memory); decimals are written exactly as Binance sent them and times as ISO 8601 UTC with milliseconds. A
    progress bar runs on the terminal (stderr).
    """
    spec = SPECS[kind]
    with session(ctx, False, sandbox, base_url) as s:
        pair = symbol or isolated
        if spec.needs_symbol and not pair:
            raise ValidationError(f"export {kind.value} needs the pair: --symbol SYMBOL (or --isolated SYMBOL)")
        s.require_credentials()
        lo, hi = history_range(start, end, days, spec.default_days)
        count = 0
        with _open(output) as fh, progress_display(s.err, f"export {kind.value}") as progress:
            rows = spec.walk(_Query(s.client, pair or "", asset, _margin(isolated), lo, hi, progress))
            if fmt is ExportFormat.CSV:
                writer = csv.DictWriter(fh, fieldnames=spec.columns, extrasaction="ignore", lineterminator="\n")
                writer.writeheader()
                for row in rows:
                    writer.writerow(row_fields(row))
                    count += 1
            else:
                for row in rows:
                    fh.write(json.dumps(row_fields(row), separators=(",", ":")) + "\n")
                    count += 1
        where = f" to {output}" if output is not None else ""
        s.err.print(f"[dim]Exported {count} {kind.value} ({_ts(lo)} .. {_ts(hi)} UTC){where}.[/]")
