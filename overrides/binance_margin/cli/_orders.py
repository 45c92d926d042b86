"""``orders new|cancel|open|history``."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .._errors import BinanceError, UnknownExecutionStatus, ValidationError
from .._types import CROSS
from ..models import NewOrderRespType, OrderSide, OrderType, SelfTradePreventionMode, SideEffectType, TimeInForce
from ._app import orders_app
from ._format import _d, _num_col, _order_table, _ts
from ._history import history_range, progress_display
from ._options import BaseUrlOpt, EndOpt, IsolatedOpt, JsonOpt, SandboxOpt, StartOpt, SymbolArg, _upper, parse_amount
from ._session import Session, _margin, _margin_label, session

if TYPE_CHECKING:
    from ..models import (
        CancelledOrder,
        MarginOrder,
        NewOrderResult,
    )

# ----------------------------------------------------------------------------------------------------------------
# orders
# ----------------------------------------------------------------------------------------------------------------

_NEEDS_TIME_IN_FORCE = frozenset({OrderType.LIMIT, OrderType.STOP_LOSS_LIMIT, OrderType.TAKE_PROFIT_LIMIT})


@orders_app.command("new")
def orders_new(
    ctx: typer.Context,
    symbol: SymbolArg,
    side: Annotated[OrderSide, typer.Argument(metavar="SIDE", case_sensitive=False, help="BUY or SELL.")],
    order_type: Annotated[OrderType, typer.Argument(metavar="TYPE", case_sensitive=False, help="Order type.")],
    quantity: Annotated[
        Decimal | None,
        typer.Option("--quantity", "-q", metavar="AMOUNT", parser=parse_amount, help="Quantity in the base asset."),
    ] = None,
    quote_qty: Annotated[
        Decimal | None,
        typer.Option(
            "--quote-qty", metavar="AMOUNT", parser=parse_amount, help="MARKET: amount of the quote asset instead."
        ),
    ] = None,
    price: Annotated[
        Decimal | None, typer.Option("--price", "-p", metavar="PRICE", parser=parse_amount, help="Limit price.")
    ] = None,
    stop_price: Annotated[
        Decimal | None,
        typer.Option("--stop-price", metavar="PRICE", parser=parse_amount, help="Trigger price of stop orders."),
    ] = None,
    time_in_force: Annotated[
        TimeInForce | None,
        typer.Option("--time-in-force", "--tif", case_sensitive=False, help="Default GTC for limit orders."),
    ] = None,
    side_effect: Annotated[
        SideEffectType | None,
        typer.Option(
            "--side-effect",
            case_sensitive=False,
            help="MARGIN_BUY borrows what the order needs, AUTO_REPAY repays from the proceeds.",
        ),
    ] = None,
    client_order_id: Annotated[
        str | None, typer.Option("--client-order-id", help="Your id for the order (generated if left out).")
    ] = None,
    response_type: Annotated[
        NewOrderRespType | None, typer.Option("--response", case_sensitive=False, help="ACK, RESULT or FULL.")
    ] = None,
    stp_mode: Annotated[
        SelfTradePreventionMode | None,
        typer.Option("--stp", case_sensitive=False, help="Self-trade prevention mode."),
    ] = None,
    auto_repay_at_cancel: Annotated[
        bool | None,
        typer.Option(
            "--auto-repay-at-cancel/--no-auto-repay-at-cancel",
            help="With MARGIN_BUY/AUTO_BORROW_REPAY: repay the order's debt when it is cancelled (Binance: yes).",
        ),
    ] = None,
    reconcile_wait: Annotated[
        float,
        typer.Option(
            "--reconcile-wait",
            metavar="SECONDS",
            min=0,
            help="After an unknown outcome, how long to keep looking the order up.",
        ),
    ] = 3.0,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Place an order, e.g. binance-margin orders new BTCUSDT BUY LIMIT -q 0.001 -p 60000.

    The order is sent once and never retried. If the outcome is unknown (timeout, 5xx), the command looks the order
    up by its client order id and reports what it found; exit code 5 means it could not tell.
    """
    tif = time_in_force
    if tif is None and order_type in _NEEDS_TIME_IN_FORCE:
        tif = TimeInForce.GTC
    margin = _margin(isolated)
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        try:
            result = s.client.trade.new_order(
                symbol=symbol,
                side=side,
                type=order_type,
                quantity=quantity,
                quote_order_qty=quote_qty,
                price=price,
                stop_price=stop_price,
                time_in_force=tif,
                side_effect_type=side_effect,
                new_client_order_id=client_order_id,
                new_order_resp_type=response_type,
                self_trade_prevention_mode=stp_mode,
                auto_repay_at_cancel=auto_repay_at_cancel,
                margin=margin,
            )
        except UnknownExecutionStatus as exc:
            _reconcile_new_order(s, exc, reconcile_wait)
            return
        s.emit(result.to_dict(), lambda: _render_new_order(s.out, result))


def _reconcile_new_order(s: Session, exc: UnknownExecutionStatus, wait: float) -> None:
    """After an unknown outcome, look the order up (for up to ``wait`` seconds); exit 5 when still unknown."""
    if not (exc.client_order_id and exc.symbol):
        raise exc
    s.err.print(f"[yellow]Outcome unknown[/]; looking up client order id {escape(exc.client_order_id)} ...")
    try:
        found = s.client.reconcile_order(
            symbol=exc.symbol, client_order_id=exc.client_order_id, margin=exc.margin or CROSS, wait=wait
        )
    except BinanceError as lookup_error:
        s.err.print(f"The lookup failed too: {escape(str(lookup_error))}")
        raise exc from None
    if found is None:
        s.err.print(
            "Binance does not know this order (yet): it was most likely not placed. Check `orders open` before "
            "placing it again."
        )
        raise exc
    s.err.print("[green]The order was placed.[/]")
    s.emit(found.to_dict(), lambda: s.out.print(_order_table("Order (found after an unknown outcome)", [found])))


def _render_new_order(out: Console, r: NewOrderResult) -> None:
    table = Table(title="Order placed", title_justify="left", show_header=False)
    table.add_column("Field", overflow="fold")
    table.add_column("Value", overflow="fold")
    table.add_row("Symbol", r.symbol + (" (isolated)" if r.is_isolated is True else ""))
    table.add_row("Order id", str(r.order_id))
    table.add_row("Client order id", r.client_order_id)
    table.add_row("Time (UTC)", _ts(r.transact_time))
    table.add_row("Side / type", f"{_d(r.side)} / {_d(r.type_)}")
    table.add_row("Status", _d(r.status))
    table.add_row("Price", _d(r.price))
    table.add_row("Quantity", _d(r.orig_qty))
    table.add_row("Executed", _d(r.executed_qty))
    table.add_row("Quote executed", _d(r.cummulative_quote_qty))
    if r.margin_buy_borrow_asset:
        table.add_row("Borrowed", f"{r.margin_buy_borrow_amount} {r.margin_buy_borrow_asset}")
    out.print(table)
    if r.fills:
        fills = Table(title="Fills", title_justify="left")
        for name in ("Price", "Quantity", "Commission"):
            _num_col(fills, name)
        fills.add_column("Commission asset", overflow="fold")
        for f in r.fills:
            fills.add_row(_d(f.price), _d(f.qty), _d(f.commission), f.commission_asset)
        out.print(fills)


@orders_app.command("cancel")
def orders_cancel(
    ctx: typer.Context,
    symbol: SymbolArg,
    order_id: Annotated[int | None, typer.Option("--order-id", help="Binance's order id.")] = None,
    client_order_id: Annotated[str | None, typer.Option("--client-order-id", help="Your client order id.")] = None,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Cancel an open order by --order-id or --client-order-id."""
    with session(ctx, as_json, sandbox, base_url) as s:
        if (order_id is None) == (client_order_id is None):
            raise ValidationError("give exactly one of --order-id and --client-order-id")
        s.require_credentials()
        result = s.client.trade.cancel_order(
            symbol=symbol, order_id=order_id, orig_client_order_id=client_order_id, margin=_margin(isolated)
        )
        s.emit(result.to_dict(), lambda: _render_cancelled(s.out, result))


def _render_cancelled(out: Console, r: CancelledOrder) -> None:
    table = Table(title="Order cancelled", title_justify="left", show_header=False)
    table.add_column("Field", overflow="fold")
    table.add_column("Value", overflow="fold")
    table.add_row("Symbol", r.symbol + (" (isolated)" if r.is_isolated is True else ""))
    table.add_row("Order id", str(r.order_id))
    table.add_row("Client order id", r.orig_client_order_id)
    table.add_row("Side / type", f"{r.side} / {r.type_}")
    table.add_row("Status", str(r.status))
    table.add_row("Price", _d(r.price))
    table.add_row("Quantity", _d(r.orig_qty))
    table.add_row("Executed", _d(r.executed_qty))
    out.print(table)


@orders_app.command("open")
def orders_open(
    ctx: typer.Context,
    symbol: Annotated[
        str | None,
        typer.Argument(metavar="[SYMBOL]", callback=_upper, help="Only this pair (cross: all pairs if left out)."),
    ] = None,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """List open orders (cross margin: all pairs unless SYMBOL is given; isolated: the pair of --isolated)."""
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        orders = s.client.trade.get_open_orders(symbol=symbol or isolated, margin=_margin(isolated))
        title = f"Open orders ({_margin_label(isolated)}{', ' + symbol if symbol and not isolated else ''})"
        s.emit([o.to_dict() for o in orders], lambda: _render_orders(s.out, title, orders))


def _render_orders(out: Console, title: str, orders: Sequence[MarginOrder]) -> None:
    if orders:
        out.print(_order_table(title, orders))
    else:
        out.print(f"{title}: none.")


@orders_app.command("history")
def orders_history(
    ctx: typer.Context,
    symbol: SymbolArg,
    days: Annotated[
        int | None, typer.Option("--days", min=1, help="The last N days (default 1), walked a day at a time.")
    ] = None,
    start: StartOpt = None,
    end: EndOpt = None,
    from_id: Annotated[
        int | None,
        typer.Option("--from-id", min=0, help="Page by order id instead: every order with id >= this (0: all)."),
    ] = None,
    max_orders: Annotated[int | None, typer.Option("--max", min=1, help="Stop after this many orders.")] = None,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Download every order on a pair, page by page, with a progress display.

    By time (default: the last day; --days, --start/--end) or from an order id with --from-id (0 for the whole
    history); the SDK's iter_all_orders walks Binance's windows of under 24 hours and pages of 500, continuing by
    order id past empty days. Oldest first.
    """
    margin = _margin(isolated)
    with session(ctx, as_json, sandbox, base_url) as s:
        if from_id is not None and (start is not None or end is not None or days is not None):
            raise ValidationError("--from-id pages by order id: it cannot be combined with --days, --start or --end")
        s.require_credentials()
        orders: list[MarginOrder] = []
        lo: int | None
        hi: int | None
        if from_id is not None:
            # the order with the smallest id >= from_id gives the time to start from; the iterator then walks by id
            first = s.client.trade.get_all_orders(symbol=symbol, order_id=from_id, limit=1, margin=margin)
            lo, hi = (first[0].time, None) if first else (None, None)
        else:
            lo, hi = history_range(start, end, days, 1)
        if lo is not None:
            with progress_display(s.err, f"{symbol} orders") as progress:
                rows = s.client.trade.iter_all_orders(symbol=symbol, start=lo, end=hi, margin=margin, progress=progress)
                wanted = (o for o in rows if from_id is None or o.order_id >= from_id)
                orders = list(itertools.islice(wanted, max_orders))
        title = f"Orders on {symbol} ({_margin_label(isolated)}): {len(orders)}"
        s.emit([o.to_dict() for o in orders], lambda: _render_orders(s.out, title, orders))
