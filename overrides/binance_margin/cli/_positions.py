"""``position`` (the risk table), ``position close``, ``position resume`` and ``repay-all``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from ._app import ExitCode, app
from ._format import _d, _num_col
from ._options import AssetArg, BaseUrlOpt, IsolatedOpt, JsonOpt, SandboxOpt
from ._session import Session, _margin, _margin_label, session

if TYPE_CHECKING:
    from ..positions import CloseReport, PositionSnapshot, RepayAllResult, ResumeOutcome, StepReport

position_app: typer.Typer = typer.Typer(
    help="A margin account as a position: balances, debt, margin level, liquidation price; close it; resume.",
    invoke_without_command=True,
)
app.add_typer(position_app, name="position")

JournalOpt = Annotated[
    Path | None,
    typer.Option(
        "--journal",
        metavar="FILE",
        help="The journal file of close/repay-all (default: journal.sqlite3 in the user's state directory).",
    ),
]
TransferToOpt = Annotated[
    str | None,
    typer.Option("--to", metavar="spot|cross", help="Move every remaining asset out after closing: spot or cross."),
]
YesOpt = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]


def _journal(path: Path | None) -> Any:
    from ..positions._ops import DEFAULT_JOURNAL

    return DEFAULT_JOURNAL if path is None else path


def _pct(target: Decimal | None, price: Decimal | None) -> str:
    if target is None or not price:
        return "-"
    return f"{(target - price) / price * 100:+.2f}%"


def _level(value: Decimal | None) -> str:
    return "-" if value is None else f"{value:.4f}"


def _snapshot_data(snap: PositionSnapshot) -> dict[str, Any]:
    return {
        "account": "CROSS" if snap.symbol is None else f"ISOLATED {snap.symbol}",
        "valuation_asset": snap.valuation_asset,
        "assets": {
            a.asset: {"free": a.free, "locked": a.locked, "borrowed": a.borrowed, "interest": a.interest, "net": a.net}
            for a in snap.assets.values()
        },
        "prices": dict(snap.prices),
        "margin_level": snap.margin_level,
        "reported_margin_level": snap.reported_margin_level,
        "status": snap.status,
        "bars": {
            "normal": snap.bars.normal,
            "margin_call": snap.bars.margin_call,
            "force_liquidation": snap.bars.force_liquidation,
        },
        "liquidation_prices": dict(snap.liquidation_prices),
        "margin_call_prices": dict(snap.margin_call_prices),
    }


def _render_snapshot(s: Session, snap: PositionSnapshot, label: str) -> None:
    table = Table(title=f"Position: {label} margin (values in {snap.valuation_asset})", title_justify="left")
    table.add_column("Asset")
    for name in ("Free", "Locked", "Borrowed", "Interest", "Net", "Price"):
        _num_col(table, name)
    for a in snap.assets.values():
        table.add_row(
            a.asset, _d(a.free), _d(a.locked), _d(a.borrowed), _d(a.interest), _d(a.net), _d(snap.prices.get(a.asset))
        )
    s.out.print(table)
    risk = Table(title="Margin level and the prices that matter", title_justify="left")
    risk.add_column("What")
    _num_col(risk, "Value")
    risk.add_column("Note")
    risk.add_row("Margin level (computed)", _level(snap.margin_level), f"status {snap.status}")
    risk.add_row("Margin level (Binance)", _level(snap.reported_margin_level), "as reported")
    bars = snap.bars
    risk.add_row(
        "Bars", "", f"normal {bars.normal}, margin call {bars.margin_call}, liquidation {bars.force_liquidation}"
    )
    calls, liqs = snap.margin_call_prices, snap.liquidation_prices
    for asset in sorted(set(calls) | set(liqs)):
        price = snap.prices.get(asset)
        unit = snap.valuation_asset
        for name, found in (("Margin call", calls.get(asset)), ("Liquidation", liqs.get(asset))):
            if found is not None:
                risk.add_row(f"{name} price of {asset}", _d(found), f"{unit}; {_pct(found, price)} from {_d(price)}")
    if not calls and not liqs:
        risk.add_row("Liquidation price", "-", "none: nothing owed, or no price reaches the bar")
    s.out.print(risk)


@position_app.callback()
def position(
    ctx: typer.Context,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Show the cross (or --isolated) account as a position: balances, debt, interest, margin level against its
    bars, margin-call and liquidation prices and how far the price is from each."""
    if ctx.invoked_subcommand is not None:
        return
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        snap = s.client.positions.snapshot(margin=_margin(isolated))
        s.emit(_snapshot_data(snap), lambda: _render_snapshot(s, snap, _margin_label(isolated)))


def _step_row(step: StepReport) -> tuple[str, ...]:
    sent = step.sent
    if step.kind == "order":
        what = f"{sent.get('side')} {sent.get('quantity')} {sent.get('symbol')} MARKET {sent.get('sideEffectType')}"
    elif step.kind == "repay":
        what = f"repay {sent.get('amount')} {sent.get('asset')}"
    elif step.kind == "transfer":
        what = f"{sent.get('type')} {sent.get('amount')} {sent.get('asset')}"
    else:
        what = f"cancel open orders {sent.get('symbol')}"
    out = step.outcome or {}
    ids = ", ".join(f"{k} {out[k]}" for k in ("orderId", "tranId") if k in out)
    if "message" in out:
        ids = str(out["message"])
    return str(step.seq), step.kind, what, step.status, ids or "-"


def _steps_table(title: str, steps: tuple[StepReport, ...]) -> Table:
    table = Table(title=title, title_justify="left")
    _num_col(table, "#")
    for name in ("Step", "Sent", "Status", "Binance ids"):
        table.add_column(name, overflow="fold")
    for step in steps:
        table.add_row(*(escape(c) for c in _step_row(step)))
    return table


def _step_data(step: StepReport) -> dict[str, Any]:
    return {"seq": step.seq, "kind": step.kind, "sent": step.sent, "status": step.status, "outcome": step.outcome}


def _close_data(report: CloseReport) -> dict[str, Any]:
    return {
        "operation_id": report.operation_id,
        "closed": report.closed,
        "steps": [_step_data(s) for s in report.steps],
        "liabilities": report.liabilities,
        "balances": report.balances,
        "transferred": report.transferred,
        "transfer_to": report.transfer_to,
        "dust": [{"asset": d.asset, "amount": d.amount, "reason": d.reason} for d in report.dust],
    }


def _render_close(s: Session, report: CloseReport) -> None:
    s.out.print(_steps_table(f"Close, operation {report.operation_id}", report.steps))
    owed = ", ".join(f"{_d(v)} {a}" for a, v in report.liabilities.items() if v) or "nothing"
    s.out.print(f"{'Closed' if report.closed else 'NOT closed'}: owed {owed}.")
    if report.transferred:
        moved = ", ".join(f"{_d(v)} {a}" for a, v in report.transferred.items())
        s.out.print(f"Moved to {report.transfer_to}: {moved}.")
    for dust in report.dust:
        s.out.print(f"Dust: {_d(dust.amount)} {dust.asset}: {escape(dust.reason)}")


def _interrupted(s: Session, error: Exception) -> None:
    s.err.print(f"[bold red]Error:[/] {escape(str(error))}")
    s.err.print("[dim]Hint:[/] nothing was guessed or sent again: run `binance-margin position resume` to finish")
    raise typer.Exit(int(ExitCode.UNKNOWN_STATUS))


@position_app.command("close")
def close(
    ctx: typer.Context,
    isolated: IsolatedOpt = None,
    to: TransferToOpt = None,
    yes: YesOpt = False,
    journal: JournalOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Close the cross (or --isolated) position: cancel open orders, buy back or sell, repay every debt to zero,
    and with --to move what remains to spot (or cross). Asks first unless --yes; prints every step.

    Each step is journaled before it is sent: if the command is interrupted, `binance-margin position resume`
    finishes it without sending any step twice.
    """
    from ..positions import OperationInterrupted

    target = (to or "").strip().lower() or None
    if target not in (None, "spot", "cross"):
        raise typer.BadParameter("--to must be spot or cross", param_hint="--to")
    label = _margin_label(isolated)
    if not yes:
        where = f" and move the funds to {target}" if target else ""
        typer.confirm(f"Close the {label} margin position{where}?", abort=True, err=True)
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        try:
            report = s.client.positions.close(
                _margin(isolated),
                transfer_to=target,  # type: ignore[arg-type]
                journal=_journal(journal),
            )
        except OperationInterrupted as error:
            _interrupted(s, error)
        s.emit(_close_data(report), lambda: _render_close(s, report))
        if not report.closed:
            raise typer.Exit(int(ExitCode.ERROR))


def _resume_data(outcome: ResumeOutcome) -> dict[str, Any]:
    result = outcome.result
    data: dict[str, Any] = {
        "operation_id": outcome.operation_id,
        "kind": outcome.kind,
        "status": outcome.status,
        "reconciled": [_step_data(s) for s in outcome.reconciled],
        "error": outcome.error,
    }
    if result is not None and hasattr(result, "closed"):
        data["result"] = _close_data(result)  # type: ignore[arg-type]
    elif result is not None:
        data["result"] = _repay_data(result)
    return data


@position_app.command("resume")
def resume(
    ctx: typer.Context,
    journal: JournalOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Finish every interrupted close / repay-all of the journal: reconcile each step left in doubt (never send it
    again), then continue."""
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        outcomes = s.client.positions.resume(journal=_journal(journal))

        def render() -> None:
            if not outcomes:
                s.out.print("Nothing to resume.")
            for o in outcomes:
                s.out.print(f"{o.kind} {o.operation_id}: {o.status}" + (f" ({escape(o.error)})" if o.error else ""))
                if o.reconciled:
                    s.out.print(_steps_table("Reconciled", o.reconciled))
                if o.result is not None and hasattr(o.result, "closed"):
                    _render_close(s, o.result)  # type: ignore[arg-type]
                elif o.result is not None:
                    _render_repay(s, o.result)

        s.emit([_resume_data(o) for o in outcomes], render)
        if any(o.status in ("failed", "interrupted") for o in outcomes):
            raise typer.Exit(int(ExitCode.ERROR))


def _repay_data(result: RepayAllResult) -> dict[str, Any]:
    return {
        "operation_id": result.operation_id,
        "asset": result.asset,
        "principal_repaid": result.principal_repaid,
        "interest_repaid": result.interest_repaid,
        "left": result.left,
        "reason": result.reason,
        "interest_bnb_burn": result.interest_bnb_burn,
        "steps": [_step_data(s) for s in result.steps],
    }


def _render_repay(s: Session, result: RepayAllResult) -> None:
    s.out.print(_steps_table(f"Repay all {result.asset}, operation {result.operation_id}", result.steps))
    s.out.print(
        f"Repaid {_d(result.principal_repaid)} {result.asset} principal and {_d(result.interest_repaid)} interest; "
        f"left {_d(result.left)}" + (f" ({escape(result.reason)})" if result.reason else "") + "."
    )


@app.command("repay-all")
def repay_all(
    ctx: typer.Context,
    asset: AssetArg,
    isolated: IsolatedOpt = None,
    journal: JournalOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Repay all of ASSET's debt (principal and the interest up to now) in the cross or --isolated account, from its
    free balance; a residual posted at the top of the hour meanwhile is repaid too. Refuses (exit code 2) when the
    free balance is short, naming the shortfall."""
    from ..positions import OperationInterrupted

    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        try:
            result = s.client.positions.repay_all(asset, margin=_margin(isolated), journal=_journal(journal))
        except OperationInterrupted as error:
            _interrupted(s, error)
        s.emit(_repay_data(result), lambda: _render_repay(s, result))
