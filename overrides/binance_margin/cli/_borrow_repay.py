"""``borrow``, ``repay``, ``max-borrowable`` and ``borrow-repay-history``."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from ..models import BorrowRepayType
from ._app import app
from ._format import _d, _num_col, _ts
from ._history import history_range, progress_display
from ._options import (
    AmountArg,
    AssetArg,
    BaseUrlOpt,
    EndOpt,
    IsolatedOpt,
    JsonOpt,
    RecordType,
    SandboxOpt,
    StartOpt,
    _upper,
)
from ._session import _margin, _margin_label, session

if TYPE_CHECKING:
    from ..models import (
        BorrowRepayRecord,
    )

# ----------------------------------------------------------------------------------------------------------------
# borrow, repay, max borrowable, history
# ----------------------------------------------------------------------------------------------------------------


def _borrow_or_repay(
    ctx: typer.Context,
    kind: BorrowRepayType,
    asset: str,
    amount: Decimal,
    isolated: str | None,
    as_json: bool,
    sandbox: bool,
    base_url: str | None,
) -> None:
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        result = s.client.borrow_repay.borrow_repay(asset=asset, amount=amount, type=kind, margin=_margin(isolated))
        verb = "Borrowed" if kind is BorrowRepayType.BORROW else "Repaid"
        data = {
            **result.to_dict(),
            "type": kind.value,
            "asset": asset,
            "amount": format(amount, "f"),
            "account": _margin_label(isolated),
        }
        s.emit(
            data,
            lambda: s.out.print(
                f"{verb} {format(amount, 'f')} {asset} ({_margin_label(isolated)} margin), transaction id "
                f"{result.tran_id}"
            ),
        )


@app.command("borrow")
def borrow(
    ctx: typer.Context,
    asset: AssetArg,
    amount: AmountArg,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Borrow AMOUNT of ASSET in the cross margin account (or the isolated one of --isolated).

    Sent once, never retried: on exit code 5 check `borrow-repay-history borrow` before borrowing again.
    """
    _borrow_or_repay(ctx, BorrowRepayType.BORROW, asset, amount, isolated, as_json, sandbox, base_url)


@app.command("repay")
def repay(
    ctx: typer.Context,
    asset: AssetArg,
    amount: AmountArg,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Repay AMOUNT of ASSET (interest first, then principal) in the cross or --isolated margin account.

    Sent once, never retried: on exit code 5 check `borrow-repay-history repay` before repaying again.
    """
    _borrow_or_repay(ctx, BorrowRepayType.REPAY, asset, amount, isolated, as_json, sandbox, base_url)


@app.command("max-borrowable")
def max_borrowable(
    ctx: typer.Context,
    asset: AssetArg,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Show how much of ASSET the cross (or --isolated) account can borrow now, and its borrow limit."""
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        result = s.client.borrow_repay.get_max_borrowable(asset=asset, margin=_margin(isolated))

        def render() -> None:
            table = Table(title=f"Max borrowable {asset} ({_margin_label(isolated)})", title_justify="left")
            _num_col(table, "Amount")
            _num_col(table, "Borrow limit")
            table.add_row(_d(result.amount), _d(result.borrow_limit))
            s.out.print(table)

        s.emit(result.to_dict(), render)


@app.command("borrow-repay-history")
def borrow_repay_history(
    ctx: typer.Context,
    record_type: Annotated[RecordType, typer.Argument(metavar="borrow|repay", case_sensitive=False)],
    asset: Annotated[str | None, typer.Option("--asset", callback=_upper, help="Only this asset.")] = None,
    days: Annotated[int | None, typer.Option("--days", min=1, help="The last N days (default 30).")] = None,
    start: StartOpt = None,
    end: EndOpt = None,
    tx_id: Annotated[int | None, typer.Option("--tx-id", help="Only the record of this transaction id.")] = None,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Download borrow or repay records, page by page, with a progress display (newest first).

    Binance answers at most 30 days per query with --asset and 7 days without, 100 records per page: the SDK's
    iter_borrow_repay_records walks the range window by window and each window page by page.
    """
    kind = BorrowRepayType.BORROW if record_type is RecordType.BORROW else BorrowRepayType.REPAY
    margin = _margin(isolated)
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        rows: list[BorrowRepayRecord] = []
        if tx_id is not None:
            rows = s.client.borrow_repay.get_borrow_repay_records(
                type=kind, asset=asset, tx_id=tx_id, margin=margin
            ).rows
        else:
            lo, hi = history_range(start, end, days, 30)
            with progress_display(s.err, f"{kind.value.lower()} records") as progress:
                walk = s.client.borrow_repay.iter_borrow_repay_records(
                    type=kind, asset=asset, start=lo, end=hi, margin=margin, progress=progress
                )
                rows = list(walk)[::-1]  # newest first, as Binance lists them

        def render() -> None:
            title = f"{kind.value.capitalize()} records ({_margin_label(isolated)}): {len(rows)}"
            if not rows:
                s.out.print(f"{title}.")
                return
            table = Table(title=title, title_justify="left")
            table.add_column("Time (UTC)", overflow="fold")
            table.add_column("Transaction id", justify="right", overflow="fold")
            table.add_column("Asset", overflow="fold")
            _num_col(table, "Principal")
            _num_col(table, "Interest")
            _num_col(table, "Amount")
            table.add_column("Status", overflow="fold")
            table.add_column("Pair", overflow="fold")
            for r in rows:
                table.add_row(
                    _ts(r.timestamp),
                    str(r.tx_id),
                    r.asset,
                    _d(r.principal),
                    _d(r.interest),
                    _d(r.amount),
                    str(r.status),
                    _d(r.isolated_symbol),
                )
            s.out.print(table)

        s.emit([r.to_dict() for r in rows], render)
