"""``binance-margin stream``: live account events until Ctrl-C."""

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .._types import CROSS, Isolated, MarginMode
from ._app import SANDBOX_URL, app
from ._options import BaseUrlOpt, JsonOpt, SandboxOpt
from ._session import _globals, session

if TYPE_CHECKING:
    from ..streams import StreamItem

__all__ = ["format_item", "item_to_json"]


def _account(account: MarginMode) -> str:
    return f"ISOLATED {account.symbol}" if isinstance(account, Isolated) else "CROSS"


def _num(value: Any) -> str:
    text = format(value, "f") if hasattr(value, "as_tuple") else str(value)
    return text.rstrip("0").rstrip(".") if "." in text else text


def _time(ms: Any) -> str:
    if not isinstance(ms, int) or isinstance(ms, bool):
        return "--:--:--.---"
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%H:%M:%S.%f")[:-3]


def format_item(item: "StreamItem") -> str:
    """One readable line for an event or a marker."""
    from ..streams import (
        BalanceUpdate,
        ExecutionReport,
        ListStatus,
        MarginLevelStatusChange,
        OutboundAccountPosition,
        Resync,
        StreamReconnected,
        UnknownEvent,
        UserLiabilityChange,
    )

    match item:
        case StreamReconnected(blind_seconds=blind, reason=reason, attempts=attempts):
            return f"-- reconnected after {blind:.2f} s blind ({reason}, {attempts} attempt(s)); resync follows"
        case Resync(snapshots=snaps):
            parts = [f"{_account(acc)}: {len(s.open_orders)} open order(s)" for acc, s in snaps.items()]
            return "-- resync: " + "; ".join(parts)
        case ExecutionReport() as e:
            fill = f" last {_num(e.last_executed_quantity)}@{_num(e.last_executed_price)}" if e.trade_id >= 0 else ""
            return (
                f"{_time(e.event_time)} {_account(e.account)} order {e.order_id} {e.symbol} {e.side} {e.order_type}"
                f" {e.execution_type}/{e.order_status} filled {_num(e.cumulative_filled_quantity)}/{_num(e.quantity)}"
                f" @ {_num(e.price)}{fill}"
            )
        case OutboundAccountPosition() as e:
            rows = ", ".join(f"{b.asset} free {_num(b.free)} locked {_num(b.locked)}" for b in e.balances)
            return f"{_time(e.event_time)} {_account(e.account)} balances: {rows}"
        case BalanceUpdate() as e:
            return f"{_time(e.event_time)} {_account(e.account)} balance {e.asset} {_num(e.balance_delta):+}"
        case ListStatus() as e:
            where = f"{_time(e.event_time)} {_account(e.account)}"
            return f"{where} order list {e.order_list_id} {e.symbol} {e.list_order_status}"
        case MarginLevelStatusChange() as e:
            return f"{_time(e.event_time)} CROSS margin level {_num(e.margin_level)}: {e.margin_level_status}"
        case UserLiabilityChange() as e:
            return (
                f"{_time(e.event_time)} CROSS liability {e.liability_type} {e.asset} principal {_num(e.principal)}"
                f" interest {_num(e.interest)}"
            )
        case UnknownEvent() as e:
            return f"{_time(e.event_time)} {_account(e.account)} {e.event_type}: {json.dumps(e.payload)}"
        case _:
            event_time = getattr(item, "event_time", None)
            account = getattr(item, "account", CROSS)
            return f"{_time(event_time)} {_account(account)} {type(item).__name__}"


def item_to_json(item: "StreamItem") -> dict[str, Any]:
    """One JSON line: ``{"account": ..., "event": <Binance's payload>}`` or a marker."""
    from ..streams import Resync, StreamReconnected

    if isinstance(item, StreamReconnected):
        return {"marker": "reconnected", "blind_seconds": round(item.blind_seconds, 3), "reason": item.reason}
    if isinstance(item, Resync):
        return {
            "marker": "resync",
            "accounts": {
                _account(acc): {"open_orders": [o.to_dict() for o in snap.open_orders]}
                for acc, snap in item.snapshots.items()
            },
        }
    return {"account": _account(item.account), "event": item.to_dict()}


@app.command("stream")
def stream(
    ctx: typer.Context,
    isolated: Annotated[
        list[str] | None,
        typer.Option("--isolated", metavar="SYMBOL", help="Also follow this isolated pair (repeatable)."),
    ] = None,
    risk: Annotated[
        bool, typer.Option("--risk", help="Follow the risk data stream (margin level, liabilities) instead.")
    ] = False,
    cross: Annotated[
        bool, typer.Option("--cross/--no-cross", help="Follow the cross account too (default: yes).")
    ] = True,
    count: Annotated[
        int | None, typer.Option("--count", metavar="N", min=1, help="Stop after N events (default: Ctrl-C).")
    ] = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Print live account events (orders, fills, balances; or margin level and liabilities with --risk).

    One readable line per event, or JSON lines with --json, until Ctrl-C. Says when it reconnects (then
    prints what REST says now). Listen tokens are renewed on their own.
    """
    accounts: list[MarginMode] = [CROSS] if cross else []
    accounts += [Isolated(symbol.upper()) for symbol in isolated or []]
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        glob = _globals(ctx)
        client = s.client
        if sandbox or glob.sandbox:  # the sandbox serves both streams on its REST port
            host = (base_url or glob.base_url or SANDBOX_URL).replace("http://", "ws://", 1)
            from .. import MarginClient

            update = {"ws_api_url": f"{host}/ws-api/v3", "risk_stream_url": host}
            client = MarginClient(config=client.config.replace(**update))
        live = client.risk_stream() if risk else client.user_stream(*accounts)
        seen = 0
        try:
            with live:
                if not s.as_json:
                    followed = "risk stream (cross)" if risk else ", ".join(_account(a) for a in live.accounts)
                    s.err.print(f"[dim]Following {followed}; Ctrl-C to stop.[/]")
                for item in live:
                    if s.as_json:
                        typer.echo(json.dumps(item_to_json(item), default=str))
                    else:
                        s.out.print(format_item(item), markup=False, highlight=False)
                    seen += 1
                    if count is not None and seen >= count:
                        break
        except KeyboardInterrupt:
            s.err.print("[dim]Stopped.[/]")
        finally:
            if client is not s.client:
                client.close()
