"""``transfer`` and ``transfer-history``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .._errors import BinanceError, UnknownExecutionStatus, ValidationError
from ..models import MarginTransferDirection, UniversalTransferType
from ._app import app
from ._format import _d, _num_col, _ts
from ._history import history_range, progress_display
from ._options import (
    AmountArg,
    AssetArg,
    BaseUrlOpt,
    Direction,
    EndOpt,
    IsolatedOpt,
    JsonOpt,
    SandboxOpt,
    StartOpt,
    Wallet,
    _upper,
)
from ._session import _margin, _margin_label, fail, session

if TYPE_CHECKING:
    from ..models import (
        TransferHistoryRow,
    )

# ----------------------------------------------------------------------------------------------------------------
# transfers
# ----------------------------------------------------------------------------------------------------------------


@dataclass
class _Leg:
    type: UniversalTransferType
    source: str
    target: str
    from_symbol: str | None = None
    to_symbol: str | None = None
    status: str = "not sent"
    tran_id: int | None = None
    error: str | None = None

    def to_dict(self, asset: str, amount: Decimal) -> dict[str, Any]:
        data: dict[str, Any] = {
            "type": self.type.value,
            "from": self.source,
            "to": self.target,
            "asset": asset,
            "amount": format(amount, "f"),
            "status": self.status,
            "tranId": self.tran_id,
        }
        if self.error is not None:
            data["error"] = self.error
        return data


def _plan_transfer(source: Wallet, target: Wallet, symbol: str | None, via_cross: bool = False) -> list[_Leg]:
    """The universal-transfer legs that move funds from ``source`` to ``target``.

    Spot <-> isolated is one transfer (MAIN_ISOLATED_MARGIN with toSymbol, ISOLATED_MARGIN_MAIN with fromSymbol;
    see UniversalTransferType in spec/margin.yaml), or with ``via_cross`` two legs through cross margin
    (MAIN_MARGIN + MARGIN_ISOLATEDMARGIN, or back).
    """
    if source is target:
        raise ValidationError(f"--from and --to are both {source.value}: nothing to transfer")
    if Wallet.ISOLATED in (source, target) and not symbol:
        raise ValidationError("a transfer to or from isolated margin needs the pair: --isolated SYMBOL")
    if Wallet.ISOLATED not in (source, target) and symbol:
        raise ValidationError("--isolated is only for transfers to or from isolated margin")
    if via_cross and {source, target} != {Wallet.SPOT, Wallet.ISOLATED}:
        raise ValidationError("--via-cross is only for transfers between spot and isolated margin")
    iso = f"isolated {symbol}"
    spot_to_cross = _Leg(UniversalTransferType.MAIN_MARGIN, "spot", "cross")
    cross_to_spot = _Leg(UniversalTransferType.MARGIN_MAIN, "cross", "spot")
    cross_to_iso = _Leg(UniversalTransferType.MARGIN_ISOLATEDMARGIN, "cross", iso, to_symbol=symbol)
    iso_to_cross = _Leg(UniversalTransferType.ISOLATEDMARGIN_MARGIN, iso, "cross", from_symbol=symbol)
    plans = {
        (Wallet.SPOT, Wallet.CROSS): [spot_to_cross],
        (Wallet.CROSS, Wallet.SPOT): [cross_to_spot],
        (Wallet.CROSS, Wallet.ISOLATED): [cross_to_iso],
        (Wallet.ISOLATED, Wallet.CROSS): [iso_to_cross],
        (Wallet.SPOT, Wallet.ISOLATED): [
            _Leg(UniversalTransferType.MAIN_ISOLATED_MARGIN, "spot", iso, to_symbol=symbol)
        ],
        (Wallet.ISOLATED, Wallet.SPOT): [
            _Leg(UniversalTransferType.ISOLATED_MARGIN_MAIN, iso, "spot", from_symbol=symbol)
        ],
    }
    if via_cross:
        plans[(Wallet.SPOT, Wallet.ISOLATED)] = [spot_to_cross, cross_to_iso]
        plans[(Wallet.ISOLATED, Wallet.SPOT)] = [iso_to_cross, cross_to_spot]
    return plans[(source, target)]


@app.command("transfer")
def transfer(
    ctx: typer.Context,
    asset: AssetArg,
    amount: AmountArg,
    source: Annotated[Wallet, typer.Option("--from", case_sensitive=False, help="Source wallet.")],
    target: Annotated[Wallet, typer.Option("--to", case_sensitive=False, help="Target wallet.")],
    isolated: IsolatedOpt = None,
    via_cross: Annotated[
        bool,
        typer.Option("--via-cross", help="Spot <-> isolated as two transfers through cross margin (default: one)."),
    ] = False,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Move AMOUNT of ASSET between spot, cross margin and an isolated pair (--isolated SYMBOL).

    Spot <-> isolated is one transfer (MAIN_ISOLATED_MARGIN / ISOLATED_MARGIN_MAIN). With --via-cross it runs as
    two transfers through cross margin; each leg is reported, and if the second leg fails the first has already
    happened: the funds are in cross margin, and the message says how to finish or undo. Transfers are sent
    once, never retried.
    """
    with session(ctx, as_json, sandbox, base_url) as s:
        legs = _plan_transfer(source, target, isolated, via_cross)
        s.require_credentials()
        failure: BinanceError | None = None
        for leg in legs:
            try:
                result = s.client.transfer.universal_transfer(
                    type=leg.type, asset=asset, amount=amount, from_symbol=leg.from_symbol, to_symbol=leg.to_symbol
                )
            except BinanceError as exc:
                leg.status = "unknown" if isinstance(exc, UnknownExecutionStatus) else "failed"
                leg.error = str(exc)
                failure = exc
                break
            leg.status = "done"
            leg.tran_id = result.tran_id
        s.emit(
            {"legs": [leg.to_dict(asset, amount) for leg in legs]},
            lambda: _render_legs(s.out, legs, asset, amount),
        )
        if failure is not None:
            done = [leg for leg in legs if leg.status == "done"]
            if done:
                failed = next(leg for leg in legs if leg.status != "done")
                s.err.print(
                    f"[yellow]Leg 1 ({escape(done[-1].source)} -> {escape(done[-1].target)}) is done: "
                    f"{format(amount, 'f')} {escape(asset)} is now in {escape(done[-1].target)} margin.[/]"
                )
                redo = f"binance-margin transfer {asset} {format(amount, 'f')} --from cross --to "
                redo += f"{target.value} --isolated {isolated}" if target is Wallet.ISOLATED else target.value
                undo = f"binance-margin transfer {asset} {format(amount, 'f')} --from cross --to {source.value}"
                undo += f" --isolated {isolated}" if source is Wallet.ISOLATED else ""
                if failed.status == "unknown":
                    s.err.print("Leg 2's outcome is unknown: check the balances (account ...) before doing anything.")
                else:
                    s.err.print(f"To finish: {escape(redo)}\nTo undo:   {escape(undo)}")
            fail(s.err, failure, s)


def _render_legs(out: Console, legs: Sequence[_Leg], asset: str, amount: Decimal) -> None:
    table = Table(title=f"Transfer of {format(amount, 'f')} {asset}", title_justify="left")
    table.add_column("Leg", justify="right", overflow="fold")
    table.add_column("Type", overflow="fold")
    table.add_column("From", overflow="fold")
    table.add_column("To", overflow="fold")
    table.add_column("Status", overflow="fold")
    table.add_column("Transaction id", justify="right", overflow="fold")
    for i, leg in enumerate(legs, 1):
        style = {"done": "green", "failed": "red", "unknown": "yellow"}.get(leg.status, "dim")
        table.add_row(
            f"{i}/{len(legs)}",
            leg.type.value,
            leg.source,
            leg.target,
            f"[{style}]{leg.status}[/]",
            str(leg.tran_id) if leg.tran_id is not None else "-",
        )
    out.print(table)


@app.command("transfer-history")
def transfer_history(
    ctx: typer.Context,
    asset: Annotated[str | None, typer.Option("--asset", callback=_upper, help="Only this asset.")] = None,
    direction: Annotated[
        Direction | None,
        typer.Option("--direction", case_sensitive=False, help="in (ROLL_IN) or out (ROLL_OUT) of margin; both."),
    ] = None,
    days: Annotated[int | None, typer.Option("--days", min=1, help="The last N days (default 30).")] = None,
    start: StartOpt = None,
    end: EndOpt = None,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Download transfers into and out of the cross (or --isolated) margin account, with a progress display.

    The SDK's iter_transfer_history walks 30-day windows (Binance's maximum) of 100-row pages; newest first.
    """
    kind = None
    if direction is not None:
        kind = MarginTransferDirection.ROLL_IN if direction is Direction.IN else MarginTransferDirection.ROLL_OUT
    margin = _margin(isolated)
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        lo, hi = history_range(start, end, days, 30)
        with progress_display(s.err, "transfers") as progress:
            walk = s.client.transfer.iter_transfer_history(
                asset=asset, type=kind, start=lo, end=hi, margin=margin, progress=progress
            )
            rows: list[TransferHistoryRow] = list(walk)[::-1]  # newest first, as Binance lists them

        def render() -> None:
            title = f"Transfers ({_margin_label(isolated)}): {len(rows)}"
            if not rows:
                s.out.print(f"{title}.")
                return
            table = Table(title=title, title_justify="left")
            table.add_column("Time (UTC)", overflow="fold")
            table.add_column("Transaction id", justify="right", overflow="fold")
            table.add_column("Direction", overflow="fold")
            table.add_column("Asset", overflow="fold")
            _num_col(table, "Amount")
            table.add_column("From", overflow="fold")
            table.add_column("To", overflow="fold")
            table.add_column("Status", overflow="fold")
            for r in rows:
                table.add_row(
                    _ts(r.timestamp),
                    str(r.tx_id),
                    str(r.type_),
                    r.asset,
                    _d(r.amount),
                    " ".join(str(x) for x in (r.trans_from, r.from_symbol) if x),
                    " ".join(str(x) for x in (r.trans_to, r.to_symbol) if x),
                    str(r.status),
                )
            s.out.print(table)

        s.emit([r.to_dict() for r in rows], render)
