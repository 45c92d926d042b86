"""Trade: orders, order lists, trades, rate-limit order counts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .._errors import ApiError
from .._exchange import CROSS_KEY, DAY_MS
from .._orders import Fill, OrderRequest, Placed
from .._state import AccountKey, Order, OrderList, UserState
from ._common import (
    ORDER_TYPES,
    RESP_TYPES,
    SIDE_EFFECTS,
    SIDES,
    STP_MODES,
    TIFS,
    Ctx,
    Json,
    borrow_fields,
    cancel_report,
    fill_json,
    list_json,
    order_json,
    random_token,
    route,
    s8,
)


def _order_account(ctx: Ctx, symbol: str) -> AccountKey:
    iso = ctx.p.is_isolated()
    pair = ctx.ex.pair(symbol)
    if iso:
        acc = ctx.ex.isolated_account(ctx.user, symbol)
        return acc.key
    if not pair.cross:
        raise ApiError.margin(-3021)
    return CROSS_KEY


def _query_account(ctx: Ctx, symbol: str) -> AccountKey:
    """Like :func:`_order_account`, but a disabled isolated account can still be queried."""
    iso = ctx.p.is_isolated()
    ctx.ex.pair(symbol)
    if iso:
        return ctx.ex.isolated_account(ctx.user, symbol, must_be_enabled=False).key
    return CROSS_KEY


def _side_effect(ctx: Ctx, allowed: Sequence[str] = SIDE_EFFECTS) -> str:
    value = ctx.p.enum("sideEffectType", allowed, default="NO_SIDE_EFFECT")
    assert value is not None
    return value


def _req(ctx: Ctx, symbol: str, prefix: str = "", **fixed: Any) -> OrderRequest:
    def _name(n: str) -> str:
        return prefix + n[0].upper() + n[1:] if prefix else n

    p = ctx.p
    readers: dict[str, Callable[[], Any]] = {
        "side": lambda: p.enum(_name("side"), SIDES, required=True),
        "type": lambda: p.enum(_name("type"), ORDER_TYPES, required=True),
        "quantity": lambda: p.decimal(_name("quantity")),
        "price": lambda: p.decimal(_name("price")),
        "stop_price": lambda: p.decimal(_name("stopPrice")),
        "time_in_force": lambda: p.enum(_name("timeInForce"), TIFS),
        "client_order_id": lambda: p.client_id(_name("clientOrderId") if prefix else "newClientOrderId"),
        "iceberg_qty": lambda: p.decimal(_name("icebergQty")),
        "trailing_delta": lambda: p.integer(_name("trailingDelta")),
        "self_trade_prevention_mode": lambda: p.enum("selfTradePreventionMode", STP_MODES),
    }
    values: dict[str, Any] = {k: (fixed[k] if k in fixed else read()) for k, read in readers.items()}
    values.update({k: v for k, v in fixed.items() if k not in readers})
    return OrderRequest(symbol=symbol, prefix=prefix, **values)


def _order_result(o: Order, fills: list[Fill], placed: Placed, resp_type: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "symbol": o.symbol,
        "orderId": o.order_id,
        "clientOrderId": o.client_order_id,
        "isIsolated": o.isolated,
        "transactTime": o.time,
    }
    if resp_type in ("RESULT", "FULL"):
        out.update(
            {
                "price": s8(o.price),
                "origQty": s8(o.orig_qty),
                "executedQty": s8(o.executed_qty),
                "cummulativeQuoteQty": s8(o.cummulative_quote_qty),
                "status": o.status,
                "timeInForce": o.time_in_force,
                "type": o.type,
                "side": o.side,
                "selfTradePreventionMode": o.self_trade_prevention_mode,
            }
        )
    if resp_type == "FULL":
        out["fills"] = [fill_json(f) for f in fills]
    out.update(borrow_fields(placed, as_number=True))
    return out


def _count_orders(ctx: Ctx, n: int) -> None:
    ctx.ex.orders.check_order_limit(ctx.user, n)


@route("POST", "/sapi/v1/margin/order")
def new_order(ctx: Ctx) -> Json:
    """Place an order (``sideEffectType`` borrows / repays; ``autoRepayAtCancel`` for MARGIN_BUY orders)."""
    symbol = ctx.p.req("symbol")
    req = _req(ctx, symbol, quote_order_qty=ctx.p.decimal("quoteOrderQty"))
    side_effect = _side_effect(ctx)
    resp_type = ctx.p.enum("newOrderRespType", RESP_TYPES, default="FULL" if req.type in ("MARKET", "LIMIT") else "ACK")
    auto_repay = ctx.p.boolean("autoRepayAtCancel", default=True)
    key = _order_account(ctx, symbol)
    _count_orders(ctx, 1)
    placed = ctx.ex.orders.place(ctx.user, key, req, side_effect=side_effect, auto_repay_at_cancel=bool(auto_repay))
    ctx.ex.orders.add_orders(ctx.user, 1)
    o = placed.orders[0]
    return _order_result(o, placed.fills.get(o.order_id, []), placed, resp_type or "ACK")


def _list_result(ctx: Ctx, placed: Placed) -> dict[str, Any]:
    assert placed.order_list is not None
    out = list_json(ctx.user, placed.order_list, reports=True)
    out.update(borrow_fields(placed))
    return out


@route("POST", "/sapi/v1/margin/order/oco")
def new_oco(ctx: Ctx) -> Json:
    """Place an OCO: a LIMIT_MAKER leg and a STOP_LOSS(_LIMIT) leg."""
    p = ctx.p
    symbol = p.req("symbol")
    side = p.enum("side", SIDES, required=True)
    qty = p.req_decimal("quantity")
    stop_limit_price = p.decimal("stopLimitPrice")
    stop_tif = p.enum("stopLimitTimeInForce", TIFS)
    if stop_limit_price is not None and stop_tif is None:
        raise ApiError.mandatory("stopLimitTimeInForce")
    if stop_limit_price is None and stop_tif is not None:
        raise ApiError(-1106, "Parameter 'stopLimitTimeInForce' sent when not required.")
    stp = p.enum("selfTradePreventionMode", STP_MODES)
    limit = OrderRequest(
        symbol=symbol,
        side=side or "BUY",
        type="LIMIT_MAKER",
        quantity=qty,
        price=p.req_decimal("price"),
        client_order_id=p.client_id("limitClientOrderId"),
        iceberg_qty=p.decimal("limitIcebergQty"),
        self_trade_prevention_mode=stp,
    )
    stop = OrderRequest(
        symbol=symbol,
        side=side or "BUY",
        type="STOP_LOSS_LIMIT" if stop_limit_price is not None else "STOP_LOSS",
        quantity=qty,
        price=stop_limit_price,
        stop_price=p.req_decimal("stopPrice"),
        time_in_force=stop_tif,
        client_order_id=p.client_id("stopClientOrderId"),
        iceberg_qty=p.decimal("stopIcebergQty"),
        self_trade_prevention_mode=stp,
    )
    side_effect = _side_effect(ctx)
    p.enum("newOrderRespType", RESP_TYPES)
    auto_repay = bool(p.boolean("autoRepayAtCancel", default=True))
    key = _order_account(ctx, symbol)
    _count_orders(ctx, 2)
    placed = ctx.ex.orders.place_oco(
        ctx.user,
        key,
        limit,
        stop,
        list_client_id=p.client_id("listClientOrderId"),
        side_effect=side_effect,
        auto_repay_at_cancel=auto_repay,
    )
    ctx.ex.orders.add_orders(ctx.user, 2)
    return _list_result(ctx, placed)


def _place_oto(ctx: Ctx, symbol: str, working: OrderRequest, pending: list[OrderRequest]) -> Json:
    """What OTO and OTOCO share once their legs are read: side effect, limits, placement, the list result."""
    p = ctx.p
    side_effect = _side_effect(ctx, ("NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_BORROW_REPAY"))
    p.enum("newOrderRespType", RESP_TYPES)
    auto_repay = bool(p.boolean("autoRepayAtCancel", default=True))
    key = _order_account(ctx, symbol)
    count = 1 + len(pending)
    _count_orders(ctx, count)
    placed = ctx.ex.orders.place_oto(
        ctx.user,
        key,
        working,
        pending,
        list_client_id=p.client_id("listClientOrderId"),
        side_effect=side_effect,
        auto_repay_at_cancel=auto_repay,
    )
    ctx.ex.orders.add_orders(ctx.user, count)
    return _list_result(ctx, placed)


@route("POST", "/sapi/v1/margin/order/oto")
def new_oto(ctx: Ctx) -> Json:
    """Place an OTO: a working order and a pending order placed once it fills."""
    p = ctx.p
    symbol = p.req("symbol")
    working = _req(ctx, symbol, "working")
    pending = _req(ctx, symbol, "pending")
    return _place_oto(ctx, symbol, working, [pending])


@route("POST", "/sapi/v1/margin/order/otoco")
def new_otoco(ctx: Ctx) -> Json:
    """Place an OTOCO: a working order and, once it fills, a pending OCO (above and below legs)."""
    p = ctx.p
    symbol = p.req("symbol")
    working = _req(ctx, symbol, "working")
    pend_side = p.enum("pendingSide", SIDES, required=True) or "SELL"
    pend_qty = p.req_decimal("pendingQuantity")
    legs = []
    for prefix in ("pendingAbove", "pendingBelow"):
        type_ = p.enum(
            prefix + "Type",
            ("LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT"),
            required=True,
        )
        legs.append(_req(ctx, symbol, prefix, side=pend_side, type=type_, quantity=pend_qty))
    return _place_oto(ctx, symbol, working, legs)


def _find_order(ctx: Ctx, key: AccountKey, symbol: str) -> Order | None:
    oid = ctx.p.integer("orderId")
    cid = ctx.p.text("origClientOrderId")
    if oid is None and cid is None:
        raise ApiError.either("orderId", "origClientOrderId")
    return ctx.ex.orders.find(ctx.user, key, symbol, oid, cid)


@route("DELETE", "/sapi/v1/margin/order")
def cancel_order(ctx: Ctx) -> Json:
    """Cancel an order (a leg of a list cancels the list); repays its borrow if ``autoRepayAtCancel``."""
    symbol = ctx.p.req("symbol")
    key = _query_account(ctx, symbol)
    o = _find_order(ctx, key, symbol)
    if o is None:
        raise ApiError.cancel_rejected()
    new_cid = ctx.p.client_id("newClientOrderId") or random_token()[:22]
    orig = o.client_order_id
    ctx.ex.orders.cancel(ctx.user, o)
    return cancel_report(o, orig, new_cid)


@route("GET", "/sapi/v1/margin/order")
def get_order(ctx: Ctx) -> Json:
    """One order."""
    symbol = ctx.p.req("symbol")
    key = _query_account(ctx, symbol)
    o = _find_order(ctx, key, symbol)
    if o is None:
        raise ApiError.no_such_order()
    return order_json(o)


@route("GET", "/sapi/v1/margin/openOrders")
def open_orders(ctx: Ctx) -> Json:
    """Open orders of one symbol, or of every symbol (cross only)."""
    symbol = ctx.p.text("symbol")
    iso = ctx.p.is_isolated()
    if iso and not symbol:
        raise ApiError.mandatory("symbol")
    key = _query_account(ctx, symbol) if symbol else CROSS_KEY
    return [order_json(o) for o in ctx.ex.orders.open_orders(ctx.user, key, symbol)]


@route("DELETE", "/sapi/v1/margin/openOrders")
def cancel_open_orders(ctx: Ctx) -> Json:
    """Cancel every open order and order list of a symbol."""
    symbol = ctx.p.req("symbol")
    key = _query_account(ctx, symbol)
    user = ctx.user
    before = {o.order_id: o.client_order_id for o in ctx.ex.orders.open_orders(user, key, symbol)}
    if not before:
        raise ApiError.cancel_rejected()
    done = ctx.ex.orders.cancel_account_orders(user, key, symbol)
    out: list[dict[str, Any]] = []
    for item in done:
        if isinstance(item, OrderList):
            entry = list_json(user, item)
            entry["orderReports"] = [
                {
                    **cancel_report(user.orders[oid], user.orders[oid].client_order_id, random_token()[:22]),
                    "stopPrice": s8(user.orders[oid].stop_price),
                }
                for oid in item.order_ids
            ]
            out.append(entry)
        else:
            out.append(cancel_report(item, before.get(item.order_id, item.client_order_id), random_token()[:22]))
    return out


@route("GET", "/sapi/v1/margin/allOrders")
def all_orders(ctx: Ctx) -> Json:
    """Orders of a symbol (from ``orderId``, or in a time window of at most 24 hours)."""
    symbol = ctx.p.req("symbol")
    key = _query_account(ctx, symbol)
    oid = ctx.p.integer("orderId")
    start = ctx.p.integer("startTime")
    end = ctx.p.integer("endTime")
    if start is not None and end is not None and end - start >= DAY_MS:
        raise ApiError.interval_too_big("24 hours")
    limit = ctx.limit(default=500, maximum=500)
    rows = [
        o
        for o in sorted(ctx.user.orders.values(), key=lambda o: o.order_id)
        if o.account == key
        and o.symbol == symbol
        and (oid is None or o.order_id >= oid)
        and (start is None or o.time >= start)
        and (end is None or o.time <= end)
    ]
    rows = rows[:limit] if oid is not None or start is not None else rows[-limit:]
    return [order_json(o) for o in rows]


@route("GET", "/sapi/v1/margin/myTrades")
def my_trades(ctx: Ctx) -> Json:
    """Fills of a symbol."""
    symbol = ctx.p.req("symbol")
    key = _query_account(ctx, symbol)
    oid = ctx.p.integer("orderId")
    from_id = ctx.p.integer("fromId")
    start = ctx.p.integer("startTime")
    end = ctx.p.integer("endTime")
    if start is not None and end is not None and end - start >= DAY_MS:
        raise ApiError.interval_too_big("24 hours")
    limit = ctx.limit(default=500, maximum=1000)
    rows = [
        t
        for t in ctx.user.trades
        if t.account == key
        and t.symbol == symbol
        and (oid is None or t.order_id == oid)
        and (from_id is None or t.id >= from_id)
        and (start is None or t.time >= start)
        and (end is None or t.time <= end)
    ]
    rows = rows[:limit] if from_id is not None or start is not None else rows[-limit:]
    return [
        {
            "commission": s8(t.commission),
            "commissionAsset": t.commission_asset,
            "id": t.id,
            "isBestMatch": True,
            "isBuyer": t.is_buyer,
            "isMaker": t.is_maker,
            "orderId": t.order_id,
            "price": s8(t.price),
            "qty": s8(t.qty),
            "symbol": t.symbol,
            "isIsolated": t.account[0] == "ISOLATED",
            "time": t.time,
        }
        for t in rows
    ]


@route("GET", "/sapi/v1/margin/myPreventedMatches")
def prevented_matches(ctx: Ctx) -> Json:
    """Self-trade prevention matches (the sandbox never matches a user against itself: always empty)."""
    symbol = ctx.p.req("symbol")
    _query_account(ctx, symbol)
    if ctx.p.integer("preventedMatchId") is None and ctx.p.integer("orderId") is None:
        raise ApiError.either("preventedMatchId", "orderId")
    return []


def _list_account(ctx: Ctx) -> AccountKey:
    iso = ctx.p.is_isolated()
    sym = ctx.p.text("symbol")
    if iso:
        if not sym:
            raise ApiError.mandatory("symbol")
        return ctx.ex.isolated_account(ctx.user, sym, must_be_enabled=False).key
    return CROSS_KEY


@route("DELETE", "/sapi/v1/margin/orderList")
def cancel_order_list(ctx: Ctx) -> Json:
    """Cancel an OCO / OTO / OTOCO."""
    symbol = ctx.p.req("symbol")
    key = _query_account(ctx, symbol)
    lid = ctx.p.integer("orderListId")
    lcid = ctx.p.text("listClientOrderId")
    if lid is None and lcid is None:
        raise ApiError.either("orderListId", "listClientOrderId")
    user = ctx.user
    ol = _find_list(user, key, symbol, lid, lcid)
    if ol is None:
        raise ApiError.cancel_rejected()
    ctx.ex.orders.cancel_list(user, ol)
    out = list_json(user, ol)
    out["orderReports"] = [
        {
            **cancel_report(user.orders[oid], user.orders[oid].client_order_id, random_token()[:22]),
            "stopPrice": s8(user.orders[oid].stop_price),
        }
        for oid in ol.order_ids
    ]
    for r in out["orderReports"]:
        r.pop("isIsolated", None)
    return out


def _find_list(
    user: UserState, key: AccountKey, symbol: str | None, lid: int | None, lcid: str | None
) -> OrderList | None:
    for ol in sorted(user.order_lists.values(), key=lambda x: -x.order_list_id):
        if ol.account != key or (symbol is not None and ol.symbol != symbol):
            continue
        if (lid is not None and ol.order_list_id == lid) or (lid is None and ol.list_client_order_id == lcid):
            return ol
    return None


@route("GET", "/sapi/v1/margin/orderList")
def get_order_list(ctx: Ctx) -> Json:
    """One order list."""
    key = _list_account(ctx)
    lid = ctx.p.integer("orderListId")
    cid = ctx.p.text("origClientOrderId")
    if lid is None and cid is None:
        raise ApiError.either("orderListId", "origClientOrderId")
    ol = _find_list(ctx.user, key, None, lid, cid)
    if ol is None:
        raise ApiError(-2013, "Order list does not exist.")
    return list_json(ctx.user, ol)


@route("GET", "/sapi/v1/margin/allOrderList")
def all_order_lists(ctx: Ctx) -> Json:
    """Order lists (from ``fromId`` or in a time window)."""
    key = _list_account(ctx)
    from_id = ctx.p.integer("fromId")
    start = ctx.p.integer("startTime")
    end = ctx.p.integer("endTime")
    if from_id is not None and (start is not None or end is not None):
        raise ApiError(-1128, "Combination of optional parameters invalid.")
    if start is not None and end is not None and end - start > DAY_MS:
        raise ApiError.interval_too_big("24 hours")
    limit = ctx.limit(default=500, maximum=1000)
    rows = [
        ol
        for ol in sorted(ctx.user.order_lists.values(), key=lambda x: x.order_list_id)
        if ol.account == key
        and (from_id is None or ol.order_list_id >= from_id)
        and (start is None or ol.transaction_time >= start)
        and (end is None or ol.transaction_time <= end)
    ]
    rows = rows[:limit] if from_id is not None or start is not None else rows[-limit:]
    return [list_json(ctx.user, ol) for ol in rows]


@route("GET", "/sapi/v1/margin/openOrderList")
def open_order_lists(ctx: Ctx) -> Json:
    """Open order lists."""
    key = _list_account(ctx)
    return [
        list_json(ctx.user, ol)
        for ol in sorted(ctx.user.order_lists.values(), key=lambda x: x.order_list_id)
        if ol.account == key and ol.list_status_type != "ALL_DONE"
    ]


@route("GET", "/sapi/v1/margin/oto/openOrderList")
def open_oto_lists(ctx: Ctx) -> Json:
    """Open OTO / OTOCO lists (of one symbol when given), cross and isolated."""
    sym = ctx.p.text("symbol")
    if sym:
        ctx.ex.pair(sym)
    return [
        list_json(ctx.user, ol)
        for ol in sorted(ctx.user.order_lists.values(), key=lambda x: x.order_list_id)
        if ol.contingency_type == "OTO" and ol.list_status_type != "ALL_DONE" and (sym is None or ol.symbol == sym)
    ]


@route("GET", "/sapi/v1/margin/rateLimit/order")
def order_count_usage(ctx: Ctx) -> Json:
    """Orders placed in the current 10-second window and day."""
    iso = ctx.p.is_isolated()
    sym = ctx.p.text("symbol")
    if iso:
        ctx.ex.isolated_account(ctx.user, sym, must_be_enabled=False)
    ten, day = ctx.ex.orders.order_counts(ctx.user)
    lim = ctx.ex.config.rate_limits
    return [
        {"rateLimitType": "ORDERS", "interval": "SECOND", "intervalNum": 10, "limit": lim.orders_per_10s, "count": ten},
        {"rateLimitType": "ORDERS", "interval": "DAY", "intervalNum": 1, "limit": lim.orders_per_day, "count": day},
    ]
