"""What every handler module shares: the registry, the request context and the JSON renderers."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from .._auth import VerifyingKey
from .._errors import ApiError
from .._exchange import DAY_MS, Exchange, q8
from .._orders import STOP_TYPES, Fill, Placed
from .._params import Params
from .._routes import Route
from .._state import Balance, MarginAccount, Order, OrderList, UserState

__all__ = ["HANDLERS", "Ctx", "s8"]

T = TypeVar("T")
Json = Any
Handler = Callable[["Ctx"], Json]
HANDLERS: dict[tuple[str, str], Handler] = {}

ORDER_TYPES = ("LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER")
SIDES = ("BUY", "SELL")
TIFS = ("GTC", "IOC", "FOK")
SIDE_EFFECTS = ("NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY")
RESP_TYPES = ("ACK", "RESULT", "FULL")
STP_MODES = ("EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH", "NONE")


def s8(value: Decimal) -> str:
    """A decimal as Binance writes amounts: fixed point, 8 decimals."""
    return f"{q8(value):f}"


def random_token() -> str:
    """A random listen key / token / id string, as long as Binance's."""
    return secrets.token_urlsafe(45)[:60]


def plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros (rates, multipliers)."""
    text = f"{value.normalize():f}"
    return text


def route(method: str, path: str) -> Callable[[Handler], Handler]:
    """Register a handler for (method, path)."""

    def _register(fn: Handler) -> Handler:
        HANDLERS[(method, path)] = fn
        return fn

    return _register


@dataclass
class Ctx:
    """What a handler needs: the exchange, the route, the parameters and the caller."""

    ex: Exchange
    route: Route
    p: Params
    user_: UserState | None = None
    key: VerifyingKey | None = None

    @property
    def user(self) -> UserState:
        """The authenticated user."""
        if self.user_ is None:
            raise ApiError.key_format()
        return self.user_

    @property
    def now(self) -> int:
        """Exchange time."""
        return self.ex.now()

    def account(self, *, isolated_param: str = "isIsolated", symbol_param: str = "symbol") -> MarginAccount:
        """The account named by ``isIsolated`` + ``symbol``."""
        iso = self.p.is_isolated(isolated_param)
        return self.ex.margin_account(self.user, iso, self.p.text(symbol_param))

    def account_by_isolated_symbol(self, name: str = "isolatedSymbol") -> MarginAccount:
        """Cross, or the isolated account named by ``isolatedSymbol``."""
        sym = self.p.text(name)
        if sym is None:
            return self.user.cross
        return self.ex.isolated_account(self.user, sym, must_be_enabled=False)

    def window(
        self,
        *,
        default_days: int = 7,
        max_days: float | None = 30,
        horizon_days: int | None = None,
        clamp_to_horizon: bool = False,
    ) -> tuple[int, int]:
        """(startTime, endTime): the last ``default_days`` when absent; ``-1127`` beyond ``max_days`` (None: no limit).

        With ``horizon_days``, a ``startTime`` further back than that answers ``-1130`` (or is moved up to the
        horizon with ``clamp_to_horizon``, as the liquidation-loan history does).
        """
        start = self.p.integer("startTime")
        end = self.p.integer("endTime")
        now = self.now
        if start is None and end is None:
            start, end = now - default_days * DAY_MS, now
        if start is None:
            assert end is not None
            start = end - default_days * DAY_MS
        if end is None:
            end = max(now, start)
        if end < start:
            raise ApiError.margin(-3011)
        if horizon_days is not None and start < now - horizon_days * DAY_MS:
            if not clamp_to_horizon:
                raise ApiError(-1130, "Data sent for parameter 'startTime' is not valid.")
            start = now - horizon_days * DAY_MS
        if max_days is not None and end - start > max_days * DAY_MS:
            raise ApiError.interval_too_big(f"{max_days * 24:g} hours")
        return start, end

    def limit(self, *, default: int, maximum: int, name: str = "limit") -> int:
        """A page size parameter: ``default`` when absent, ``-1130`` above ``maximum`` or below 1."""
        value = self.p.integer(name)
        if value is None:
            return default
        if not 1 <= value <= maximum:
            raise ApiError(-1130, f"Data sent for parameter '{name}' is not valid.")
        return value

    def page(self, rows: Sequence[T], *, default_size: int = 10, max_size: int = 100) -> list[T]:
        """The ``current`` page (1-based) of ``size`` rows; ``-1130`` for a size above ``max_size``."""
        current = max(1, self.p.integer("current") or 1)
        size = self.limit(default=default_size, maximum=max_size, name="size")
        return list(rows[(current - 1) * size : current * size])


# ---------------------------------------------------------------------------------------------------------------
# renderers


def balance_json(asset: str, b: Balance) -> dict[str, Any]:
    """A cross margin ``userAssets`` entry."""
    return {
        "asset": asset,
        "borrowed": s8(b.borrowed),
        "free": s8(b.free),
        "interest": s8(b.interest),
        "locked": s8(b.locked),
        "netAsset": s8(b.net),
    }


def order_json(o: Order) -> dict[str, Any]:
    """A ``MarginOrder``."""
    return {
        "clientOrderId": o.client_order_id,
        "cummulativeQuoteQty": s8(o.cummulative_quote_qty),
        "executedQty": s8(o.executed_qty),
        "icebergQty": s8(o.iceberg_qty),
        "isWorking": o.is_working,
        "orderId": o.order_id,
        "orderListId": o.order_list_id,
        "origQty": s8(o.orig_qty),
        "price": s8(o.price),
        "side": o.side,
        "status": o.status,
        "stopPrice": s8(o.stop_price),
        "symbol": o.symbol,
        "isIsolated": o.isolated,
        "time": o.time,
        "timeInForce": o.time_in_force,
        "type": o.type,
        "selfTradePreventionMode": o.self_trade_prevention_mode,
        "updateTime": o.update_time,
    }


def order_report(o: Order, *, transact: bool = True) -> dict[str, Any]:
    """An ``orderReports`` entry of an order list."""
    out: dict[str, Any] = {
        "symbol": o.symbol,
        "orderId": o.order_id,
        "orderListId": o.order_list_id,
        "clientOrderId": o.client_order_id,
    }
    if transact:
        out["transactTime"] = o.update_time
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
    if o.type in STOP_TYPES:
        out["stopPrice"] = s8(o.stop_price)
    if o.iceberg_qty > 0:
        out["icebergQty"] = s8(o.iceberg_qty)
    return out


def cancel_report(o: Order, orig_client_id: str, new_client_id: str) -> dict[str, Any]:
    """A canceled order as ``DELETE /order`` and ``DELETE /openOrders`` report it."""
    return {
        "symbol": o.symbol,
        "isIsolated": o.isolated,
        "origClientOrderId": orig_client_id,
        "orderId": o.order_id,
        "orderListId": o.order_list_id,
        "clientOrderId": new_client_id,
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


def list_json(user: UserState, ol: OrderList, *, reports: bool = False) -> dict[str, Any]:
    """A ``MarginOrderList`` (with ``orderReports`` when asked)."""
    out: dict[str, Any] = {
        "orderListId": ol.order_list_id,
        "contingencyType": ol.contingency_type,
        "listStatusType": ol.list_status_type,
        "listOrderStatus": ol.list_order_status,
        "listClientOrderId": ol.list_client_order_id,
        "transactionTime": ol.transaction_time,
        "symbol": ol.symbol,
        "isIsolated": ol.account[0] == "ISOLATED",
        "orders": [
            {"symbol": ol.symbol, "orderId": oid, "clientOrderId": user.orders[oid].client_order_id}
            for oid in ol.order_ids
        ],
    }
    if reports:
        out["orderReports"] = [order_report(user.orders[oid]) for oid in ol.order_ids]
    return out


def fill_json(f: Fill) -> dict[str, Any]:
    """A ``fills`` entry."""
    return {
        "price": s8(f.price),
        "qty": s8(f.qty),
        "commission": s8(f.commission),
        "commissionAsset": f.commission_asset,
        "tradeId": f.trade_id,
    }


def number(value: Decimal) -> int | float:
    """A decimal where the spec wants a JSON number (8 decimals; the shortest float repr keeps them)."""
    v = q8(value)
    return int(v) if v == v.to_integral_value() else float(v)


def borrow_fields(placed: Placed, *, as_number: bool = False) -> dict[str, Any]:
    if placed.borrowed_amount > 0 and placed.borrowed_asset:
        amount: Any = number(placed.borrowed_amount) if as_number else s8(placed.borrowed_amount)
        return {"marginBuyBorrowAmount": amount, "marginBuyBorrowAsset": placed.borrowed_asset}
    return {}


def sorted_desc(rows: Iterable[T], key: Callable[[T], int]) -> list[T]:
    return sorted(rows, key=key, reverse=True)
