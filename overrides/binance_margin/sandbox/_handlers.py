"""One handler per operation, answering from the exchange state in Binance's JSON shapes.

Handlers run with the exchange lock held, after authentication, rate limiting and the generic parameter
checks; they raise :class:`ApiError` for Binance's errors and return plain JSON data.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from ._auth import VerifyingKey
from ._config import PairConfig
from ._errors import ApiError
from ._exchange import CROSS_KEY, DAY_MS, Exchange, q8
from ._orders import STOP_TYPES, Fill, OrderRequest, Placed
from ._params import Params
from ._routes import Route
from ._state import AccountKey, Balance, MarginAccount, Order, OrderList, SpecialKey, UserState

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

    def window(self, *, default_days: int = 7, max_days: int = 30) -> tuple[int, int]:
        """(startTime, endTime): the last ``default_days`` when absent; ``-1127`` beyond ``max_days``."""
        start = self.p.integer("startTime")
        end = self.p.integer("endTime")
        now = self.now
        if start is None and end is None:
            return now - default_days * DAY_MS, now
        if start is None:
            assert end is not None
            start = end - default_days * DAY_MS
        if end is None:
            end = max(now, start)
        if end < start:
            raise ApiError.margin(-3011)
        if end - start > max_days * DAY_MS:
            raise ApiError.interval_too_big(f"{max_days * 24} hours")
        return start, end

    def page(self, rows: Sequence[T], *, default_size: int = 10, max_size: int = 100) -> list[T]:
        """The ``current`` page (1-based) of ``size`` rows."""
        current = self.p.integer("current") or 1
        size = self.p.integer("size") or default_size
        size = max(1, min(size, max_size))
        current = max(1, current)
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


def _borrow_fields(placed: Placed, *, as_number: bool = False) -> dict[str, Any]:
    if placed.borrowed_amount > 0 and placed.borrowed_asset:
        amount: Any = number(placed.borrowed_amount) if as_number else s8(placed.borrowed_amount)
        return {"marginBuyBorrowAmount": amount, "marginBuyBorrowAsset": placed.borrowed_asset}
    return {}


def _sorted_desc(rows: Iterable[T], key: Callable[[T], int]) -> list[T]:
    return sorted(rows, key=key, reverse=True)


# ---------------------------------------------------------------------------------------------------------------
# general (spot /api/v3 market data the SDK uses for time sync and filters)


@route("GET", "/api/v3/ping")
def ping(ctx: Ctx) -> Json:
    """Connectivity check."""
    return {}


@route("GET", "/api/v3/time")
def server_time(ctx: Ctx) -> Json:
    """The sandbox clock."""
    return {"serverTime": ctx.now}


def filters_json(pair: PairConfig) -> list[dict[str, Any]]:
    """A pair's filters in ``exchangeInfo`` form."""
    f = pair.filters
    return [
        {
            "filterType": "PRICE_FILTER",
            "minPrice": s8(f.min_price),
            "maxPrice": s8(f.max_price),
            "tickSize": s8(f.tick_size),
        },
        {"filterType": "LOT_SIZE", "minQty": s8(f.min_qty), "maxQty": s8(f.max_qty), "stepSize": s8(f.step_size)},
        {"filterType": "ICEBERG_PARTS", "limit": f.iceberg_parts},
        {
            "filterType": "MARKET_LOT_SIZE",
            "minQty": s8(f.market_min_qty),
            "maxQty": s8(f.market_max_qty),
            "stepSize": s8(f.market_step_size),
        },
        {
            "filterType": "TRAILING_DELTA",
            "minTrailingAboveDelta": f.min_trailing_delta,
            "maxTrailingAboveDelta": f.max_trailing_delta,
            "minTrailingBelowDelta": f.min_trailing_delta,
            "maxTrailingBelowDelta": f.max_trailing_delta,
        },
        {
            "filterType": "PERCENT_PRICE_BY_SIDE",
            "bidMultiplierUp": plain(f.bid_multiplier_up),
            "bidMultiplierDown": plain(f.bid_multiplier_down),
            "askMultiplierUp": plain(f.ask_multiplier_up),
            "askMultiplierDown": plain(f.ask_multiplier_down),
            "avgPriceMins": f.avg_price_mins,
        },
        {
            "filterType": "NOTIONAL",
            "minNotional": s8(f.min_notional),
            "applyMinToMarket": f.apply_min_to_market,
            "maxNotional": s8(f.max_notional),
            "applyMaxToMarket": f.apply_max_to_market,
            "avgPriceMins": f.avg_price_mins,
        },
        {"filterType": "MAX_NUM_ORDERS", "maxNumOrders": f.max_num_orders},
        {"filterType": "MAX_NUM_ALGO_ORDERS", "maxNumAlgoOrders": f.max_num_algo_orders},
    ]


def _symbols_param(ctx: Ctx) -> list[str] | None:
    sym = ctx.p.text("symbol")
    syms = ctx.p.text("symbols")
    if sym and syms:
        raise ApiError(-1128, "Combination of optional parameters invalid.")
    if sym:
        return [sym]
    if syms:
        text = syms.strip()
        if text.startswith("[") and text.endswith("]"):
            items = [x.strip().strip('"') for x in text[1:-1].split(",") if x.strip()]
        else:
            items = [x.strip() for x in text.split(",") if x.strip()]
        return items
    return None


@route("GET", "/api/v3/exchangeInfo")
def exchange_info(ctx: Ctx) -> Json:
    """Trading rules and filters of the sandbox's pairs."""
    wanted = _symbols_param(ctx)
    pairs = list(ctx.ex.pairs.values())
    if wanted is not None:
        for w in wanted:
            ctx.ex.pair(w)
        pairs = [p for p in pairs if p.symbol in wanted]
    lim = ctx.ex.config.rate_limits
    return {
        "timezone": "UTC",
        "serverTime": ctx.now,
        "rateLimits": [
            {
                "rateLimitType": "REQUEST_WEIGHT",
                "interval": "MINUTE",
                "intervalNum": 1,
                "limit": lim.api_weight_per_minute,
            },
            {"rateLimitType": "ORDERS", "interval": "SECOND", "intervalNum": 10, "limit": lim.orders_per_10s},
            {"rateLimitType": "ORDERS", "interval": "DAY", "intervalNum": 1, "limit": lim.orders_per_day},
        ],
        "exchangeFilters": [],
        "symbols": [
            {
                "symbol": p.symbol,
                "status": "TRADING",
                "baseAsset": p.base,
                "baseAssetPrecision": p.base_precision,
                "quoteAsset": p.quote,
                "quotePrecision": p.quote_precision,
                "quoteAssetPrecision": p.quote_precision,
                "baseCommissionPrecision": 8,
                "quoteCommissionPrecision": 8,
                "orderTypes": [
                    "LIMIT",
                    "LIMIT_MAKER",
                    "MARKET",
                    "STOP_LOSS",
                    "STOP_LOSS_LIMIT",
                    "TAKE_PROFIT",
                    "TAKE_PROFIT_LIMIT",
                ],
                "icebergAllowed": True,
                "ocoAllowed": True,
                "otoAllowed": True,
                "quoteOrderQtyMarketAllowed": True,
                "allowTrailingStop": True,
                "cancelReplaceAllowed": False,
                "isSpotTradingAllowed": True,
                "isMarginTradingAllowed": p.cross or p.isolated,
                "filters": filters_json(p),
                "permissions": [],
                "permissionSets": [["SPOT", "MARGIN"] if (p.cross or p.isolated) else ["SPOT"]],
                "defaultSelfTradePreventionMode": "EXPIRE_MAKER",
                "allowedSelfTradePreventionModes": ["EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH"],
            }
            for p in pairs
        ],
    }


@route("GET", "/api/v3/avgPrice")
def avg_price(ctx: Ctx) -> Json:
    """The current price (the sandbox has no history to average)."""
    pair = ctx.ex.pair(ctx.p.req("symbol"))
    return {"mins": pair.filters.avg_price_mins, "price": s8(ctx.ex.price(pair.symbol)), "closeTime": ctx.now}


@route("GET", "/api/v3/ticker/price")
def ticker_price(ctx: Ctx) -> Json:
    """Last price of one, some or all pairs."""
    wanted = _symbols_param(ctx)
    if ctx.p.text("symbol"):
        pair = ctx.ex.pair(ctx.p.text("symbol"))
        return {"symbol": pair.symbol, "price": s8(ctx.ex.price(pair.symbol))}
    pairs = list(ctx.ex.pairs.values()) if wanted is None else [ctx.ex.pair(s) for s in wanted]
    return [{"symbol": p.symbol, "price": s8(ctx.ex.price(p.symbol))} for p in pairs]


# ---------------------------------------------------------------------------------------------------------------
# account


@route("GET", "/sapi/v1/bnbBurn")
def bnb_burn_status(ctx: Ctx) -> Json:
    """BNB burn flags."""
    return {"spotBNBBurn": ctx.user.spot_bnb_burn, "interestBNBBurn": ctx.user.interest_bnb_burn}


@route("POST", "/sapi/v1/bnbBurn")
def toggle_bnb_burn(ctx: Ctx) -> Json:
    """Switch BNB burn for spot/margin fees and margin interest."""
    spot = ctx.p.boolean("spotBNBBurn")
    interest = ctx.p.boolean("interestBNBBurn")
    if spot is None and interest is None:
        raise ApiError.either("spotBNBBurn", "interestBNBBurn")
    if spot is not None:
        ctx.user.spot_bnb_burn = spot
    if interest is not None:
        ctx.user.interest_bnb_burn = interest
    return bnb_burn_status(ctx)


def cross_account_json(ex: Exchange, user: UserState) -> dict[str, Any]:
    """``GET /sapi/v1/margin/account``."""
    acc = user.cross
    btc = ex.btc
    assets, liab = ex.totals(acc, btc)
    level = ex.margin_level(acc)
    status = ex.level_status(user, acc)
    initial, call, _ = ex.bars(user, acc)
    usdt = ex.config.valuation_asset
    coll_assets, _ = ex.totals(acc, usdt)
    names = sorted(set(ex.assets) | set(acc.balances))
    open_loss = Decimal(0)
    return {
        "created": True,
        "borrowEnabled": level > call,
        "marginLevel": s8(level),
        "collateralMarginLevel": s8(level),
        "totalAssetOfBtc": s8(assets),
        "totalLiabilityOfBtc": s8(liab),
        "totalNetAssetOfBtc": s8(assets - liab),
        "TotalCollateralValueInUSDT": s8(coll_assets),
        "totalOpenOrderLossInUSDT": s8(open_loss),
        "tradeEnabled": status != "FORCE_LIQUIDATION",
        "transferInEnabled": True,
        "transferOutEnabled": level >= initial,
        "accountType": "MARGIN_2" if user.max_leverage >= 10 else "MARGIN_1",
        "userAssets": [balance_json(a, acc.balance(a)) for a in names],
    }


@route("GET", "/sapi/v1/margin/account")
def cross_account(ctx: Ctx) -> Json:
    """The cross margin account."""
    return cross_account_json(ctx.ex, ctx.user)


def isolated_asset_json(ex: Exchange, acc: MarginAccount, asset: str, enabled: bool) -> dict[str, Any]:
    """``baseAsset`` / ``quoteAsset`` of an isolated account."""
    b = acc.balance(asset)
    return {
        "asset": asset,
        "borrowEnabled": enabled,
        "borrowed": s8(b.borrowed),
        "free": s8(b.free),
        "interest": s8(b.interest),
        "locked": s8(b.locked),
        "netAsset": s8(b.net),
        "netAssetOfBtc": s8(ex.value(asset, b.net, ex.btc)),
        "repayEnabled": True,
        "totalAsset": s8(b.total),
    }


def isolated_account_json(ex: Exchange, user: UserState, symbol: str) -> dict[str, Any]:
    """One ``assets`` entry of ``GET /sapi/v1/margin/isolated/account``."""
    pair = ex.pairs[symbol]
    acc = user.isolated.get(symbol) or MarginAccount(kind="ISOLATED", symbol=symbol, created=False)
    level = ex.margin_level(acc)
    status = ex.level_status(user, acc)
    _, _, liq = ex.bars(user, acc)
    enabled = acc.created and acc.enabled
    return {
        "baseAsset": isolated_asset_json(ex, acc, pair.base, enabled),
        "quoteAsset": isolated_asset_json(ex, acc, pair.quote, enabled),
        "symbol": symbol,
        "isolatedCreated": acc.created,
        "enabled": enabled,
        "marginLevel": s8(level),
        "marginLevelStatus": status,
        "marginRatio": s8(Decimal(pair.isolated_leverage)),
        "indexPrice": s8(ex.price(symbol)),
        "liquidatePrice": s8(ex.liquidate_price(user, acc)),
        "liquidateRate": s8(liq),
        "tradeEnabled": enabled and status != "FORCE_LIQUIDATION",
    }


@route("GET", "/sapi/v1/margin/isolated/account")
def isolated_account(ctx: Ctx) -> Json:
    """Isolated accounts (all created ones with totals, or up to 5 named ones without)."""
    ex, user = ctx.ex, ctx.user
    symbols = ctx.p.csv("symbols")
    if symbols:
        if len(symbols) > 5:
            raise ApiError(-1130, "Data sent for parameter 'symbols' is not valid.")
        for s in symbols:
            ex.isolated_pair(s)
        return {"assets": [isolated_account_json(ex, user, s) for s in symbols]}
    created = sorted(s for s, a in user.isolated.items() if a.created)
    btc = ex.btc
    total_a = total_l = Decimal(0)
    for s in created:
        a, lb = ex.totals(user.isolated[s], btc)
        total_a += a
        total_l += lb
    return {
        "assets": [isolated_account_json(ex, user, s) for s in created],
        "totalAssetOfBtc": s8(total_a),
        "totalLiabilityOfBtc": s8(total_l),
        "totalNetAssetOfBtc": s8(total_a - total_l),
    }


@route("POST", "/sapi/v1/margin/isolated/account")
def enable_isolated(ctx: Ctx) -> Json:
    """Re-enable a disabled isolated account."""
    symbol = ctx.p.req("symbol")
    ctx.ex.enable_isolated(ctx.user, symbol)
    return {"success": True, "symbol": symbol}


@route("DELETE", "/sapi/v1/margin/isolated/account")
def disable_isolated(ctx: Ctx) -> Json:
    """Disable an (empty) isolated account."""
    symbol = ctx.p.req("symbol")
    ctx.ex.disable_isolated(ctx.user, symbol)
    return {"success": True, "symbol": symbol}


@route("GET", "/sapi/v1/margin/isolated/accountLimit")
def isolated_limit(ctx: Ctx) -> Json:
    """Enabled isolated accounts and the limit."""
    return {
        "enabledAccount": ctx.ex.enabled_isolated_count(ctx.user),
        "maxAccount": ctx.ex.config.risk.isolated_account_limit,
    }


@route("GET", "/sapi/v1/margin/crossMarginData")
def cross_margin_data(ctx: Ctx) -> Json:
    """Cross margin interest rates and borrow limits per asset."""
    ex = ctx.ex
    vip = ctx.p.integer("vipLevel")
    vip = ctx.user.vip_level if vip is None else vip
    coin = ctx.p.text("coin")
    assets = [ex.asset(coin)] if coin else list(ex.assets.values())
    return [
        {
            "vipLevel": vip,
            "coin": a.name,
            "transferIn": a.mortgageable,
            "borrowable": a.borrowable,
            "dailyInterest": s8(a.daily_interest),
            "yearlyInterest": s8(a.daily_interest * 365),
            "borrowLimit": s8(a.borrow_limit),
            "marginablePairs": sorted(p.symbol for p in ex.pairs.values() if p.cross and a.name in (p.base, p.quote)),
        }
        for a in assets
    ]


@route("GET", "/sapi/v1/margin/isolatedMarginData")
def isolated_margin_data(ctx: Ctx) -> Json:
    """Isolated margin interest rates and borrow limits per pair."""
    ex = ctx.ex
    vip = ctx.p.integer("vipLevel")
    vip = ctx.user.vip_level if vip is None else vip
    sym = ctx.p.text("symbol")
    pairs = [ex.isolated_pair(sym)] if sym else [p for p in ex.pairs.values() if p.isolated]
    return [
        {
            "vipLevel": vip,
            "symbol": p.symbol,
            "leverage": str(p.isolated_leverage),
            "data": [
                {
                    "coin": p.base,
                    "dailyInterest": s8(ex.assets[p.base].daily_interest),
                    "borrowLimit": s8(p.isolated_base_borrow_limit),
                },
                {
                    "coin": p.quote,
                    "dailyInterest": s8(ex.assets[p.quote].daily_interest),
                    "borrowLimit": s8(p.isolated_quote_borrow_limit),
                },
            ],
        }
        for p in pairs
    ]


@route("POST", "/sapi/v1/margin/max-leverage")
def set_max_leverage(ctx: Ctx) -> Json:
    """Cross margin max leverage: 3 or 5 (Classic), 10 (Pro)."""
    lev = ctx.p.integer("maxLeverage", required=True)
    if lev not in (3, 5, 10):
        raise ApiError.margin(-3026)
    assert lev is not None
    user = ctx.user
    old = user.max_leverage
    user.max_leverage = lev
    if user.cross.balances and any(b.liability > 0 for b in user.cross.balances.values()):
        initial, _, _ = ctx.ex.bars(user, user.cross)
        if ctx.ex.margin_level(user.cross) < initial and lev < old:
            user.max_leverage = old
            raise ApiError.margin(-3023)
    return {"success": True}


@route("GET", "/sapi/v1/margin/tradeCoeff")
def trade_coeff(ctx: Ctx) -> Json:
    """The cross account's margin level bars."""
    normal, call, liq = ctx.ex.bars(ctx.user, ctx.user.cross)
    return {"normalBar": s8(normal), "marginCallBar": s8(call), "forceLiquidationBar": s8(liq)}


@route("GET", "/sapi/v1/margin/capital-flow")
def capital_flow(ctx: Ctx) -> Json:
    """Movements in the cross account (or the isolated account of ``symbol``)."""
    user = ctx.user
    sym = ctx.p.text("symbol")
    if sym:
        ctx.ex.isolated_pair(sym)
    asset = ctx.p.text("asset")
    type_ = ctx.p.text("type")
    from_id = ctx.p.integer("fromId")
    start, end = ctx.window(default_days=7, max_days=90)
    limit = ctx.p.integer("limit") or 500
    limit = max(1, min(limit, 1000))
    rows = [
        r
        for r in user.capital_flow
        if r.symbol == sym
        and (asset is None or r.asset == asset)
        and (type_ is None or r.type == type_)
        and ((from_id is not None and r.id >= from_id) or (from_id is None and start <= r.timestamp <= end))
    ]
    rows = sorted(rows, key=lambda r: r.id) if from_id is not None else _sorted_desc(rows, lambda r: r.id)
    out = []
    for r in rows[:limit]:
        row: dict[str, Any] = {
            "id": r.id,
            "tranId": r.tran_id,
            "timestamp": r.timestamp,
            "asset": r.asset,
            "type": r.type,
            "amount": s8(r.amount),
        }
        if r.symbol:
            row["symbol"] = r.symbol
        out.append(row)
    return out


# ---------------------------------------------------------------------------------------------------------------
# transfers


@route("POST", "/sapi/v1/asset/transfer")
def universal_transfer(ctx: Ctx) -> Json:
    """Move an asset between spot, cross, isolated (and the other wallets)."""
    tran_id = ctx.ex.transfer(
        ctx.user,
        ctx.p.req("type"),
        ctx.p.req("asset"),
        ctx.p.req_decimal("amount"),
        ctx.p.text("fromSymbol"),
        ctx.p.text("toSymbol"),
    )
    return {"tranId": tran_id}


@route("GET", "/sapi/v1/asset/transfer")
def universal_transfer_history(ctx: Ctx) -> Json:
    """Universal transfer history of one type."""
    type_ = ctx.p.req("type")
    from_sym = ctx.p.text("fromSymbol")
    to_sym = ctx.p.text("toSymbol")
    start, end = ctx.window(default_days=7, max_days=180)
    rows = [
        t
        for t in ctx.user.transfers
        if t.type == type_
        and start <= t.timestamp <= end
        and (from_sym is None or t.from_symbol == from_sym)
        and (to_sym is None or t.to_symbol == to_sym)
    ]
    rows = _sorted_desc(rows, lambda t: t.tran_id)
    return {
        "total": len(rows),
        "rows": [
            {
                "asset": t.asset,
                "amount": s8(t.amount),
                "type": t.type,
                "status": t.status,
                "tranId": t.tran_id,
                "timestamp": t.timestamp,
            }
            for t in ctx.page(rows)
        ],
    }


@route("GET", "/sapi/v1/margin/transfer")
def margin_transfer_history(ctx: Ctx) -> Json:
    """Transfers in and out of the cross account (or the isolated account of ``isolatedSymbol``)."""
    iso = ctx.p.text("isolatedSymbol")
    if iso:
        ctx.ex.isolated_pair(iso)
    asset = ctx.p.text("asset")
    type_ = ctx.p.text("type")
    start, end = ctx.window(default_days=7, max_days=30)
    out: list[tuple[int, dict[str, Any]]] = []
    for t in ctx.user.transfers:
        if not start <= t.timestamp <= end or (asset is not None and t.asset != asset):
            continue
        if iso:
            into = t.to_wallet == "ISOLATED_MARGIN" and t.to_symbol == iso
            out_of = t.from_wallet == "ISOLATED_MARGIN" and t.from_symbol == iso
        else:
            into = t.to_wallet == "CROSS_MARGIN"
            out_of = t.from_wallet == "CROSS_MARGIN"
        if not (into or out_of):
            continue
        kind = "ROLL_IN" if into else "ROLL_OUT"
        if type_ is not None and kind != type_:
            continue
        row: dict[str, Any] = {
            "amount": s8(t.amount),
            "asset": t.asset,
            "status": t.status,
            "timestamp": t.timestamp,
            "txId": t.tran_id,
            "type": kind,
            "transFrom": t.from_wallet,
            "transTo": t.to_wallet,
        }
        if t.from_symbol:
            row["fromSymbol"] = t.from_symbol
        if t.to_symbol:
            row["toSymbol"] = t.to_symbol
        out.append((t.tran_id, row))
    out.sort(key=lambda x: -x[0])
    rows = [r for _, r in out]
    return {"rows": ctx.page(rows), "total": len(rows)}


@route("GET", "/sapi/v1/margin/maxTransferable")
def max_transferable(ctx: Ctx) -> Json:
    """What can be transferred out now."""
    acc = ctx.account_by_isolated_symbol()
    asset = ctx.p.req("asset")
    ctx.ex.asset(asset)
    return {"amount": s8(ctx.ex.max_transferable(ctx.user, acc, asset))}


# ---------------------------------------------------------------------------------------------------------------
# borrow and repay


@route("POST", "/sapi/v1/margin/borrow-repay")
def borrow_repay(ctx: Ctx) -> Json:
    """Borrow or repay (``isIsolated`` + ``symbol`` for isolated)."""
    asset = ctx.p.req("asset")
    iso = ctx.p.is_isolated(required=True)
    amount = ctx.p.req_decimal("amount")
    kind = ctx.p.req("type")
    user = ctx.user
    acc = ctx.ex.margin_account(user, iso, ctx.p.text("symbol"))
    ctx.ex.asset(asset)
    if kind == "BORROW":
        tx = ctx.ex.borrow(user, acc, asset, amount)
    elif kind == "REPAY":
        tx, _, _ = ctx.ex.repay(user, acc, asset, amount)
    else:
        raise ApiError(-1130, "Data sent for parameter 'type' is not valid.")
    return {"tranId": tx}


@route("GET", "/sapi/v1/margin/borrow-repay")
def borrow_repay_records(ctx: Ctx) -> Json:
    """Borrow or repay records."""
    kind = ctx.p.req("type")
    asset = ctx.p.text("asset")
    iso = ctx.p.text("isolatedSymbol")
    tx = ctx.p.integer("txId")
    start, end = ctx.window(default_days=30, max_days=30)
    rows = [
        r
        for r in ctx.user.borrow_repay
        if r.kind == kind
        and r.isolated_symbol == iso
        and (asset is None or r.asset == asset)
        and (r.tx_id == tx if tx is not None else start <= r.timestamp <= end)
    ]
    rows = _sorted_desc(rows, lambda r: r.tx_id)
    out = []
    for r in ctx.page(rows):
        row: dict[str, Any] = {
            "type": r.mode,
            "amount": s8(r.amount),
            "asset": r.asset,
            "interest": s8(r.interest),
            "principal": s8(r.principal),
            "status": r.status,
            "timestamp": r.timestamp,
            "txId": r.tx_id,
        }
        if r.isolated_symbol:
            row["isolatedSymbol"] = r.isolated_symbol
        out.append(row)
    return {"rows": out, "total": len(rows)}


@route("GET", "/sapi/v1/margin/interestHistory")
def interest_history(ctx: Ctx) -> Json:
    """Interest charged (ON_BORROW at borrow time, PERIODIC every full hour)."""
    asset = ctx.p.text("asset")
    iso = ctx.p.text("isolatedSymbol")
    start, end = ctx.window(default_days=7, max_days=30)
    rows = [
        r
        for r in ctx.user.interest
        if r.isolated_symbol == iso and (asset is None or r.asset == asset) and start <= r.timestamp <= end
    ]
    rows = _sorted_desc(rows, lambda r: r.tx_id)
    out = []
    for r in ctx.page(rows):
        row: dict[str, Any] = {
            "txId": r.tx_id,
            "interestAccuredTime": r.timestamp,
            "asset": r.asset,
            "principal": s8(r.principal),
            "interest": s8(r.interest),
            "interestRate": s8(r.daily_rate),
            "type": r.type,
        }
        if r.isolated_symbol:
            row["isolatedSymbol"] = r.isolated_symbol
        out.append(row)
    return {"rows": out, "total": len(rows)}


@route("GET", "/sapi/v1/margin/interestRateHistory")
def interest_rate_history(ctx: Ctx) -> Json:
    """Daily interest rates (constant in the sandbox), one row per day, newest first."""
    asset = ctx.ex.asset(ctx.p.req("asset"))
    vip = ctx.p.integer("vipLevel")
    vip = ctx.user.vip_level if vip is None else vip
    start, end = ctx.window(default_days=7, max_days=30)
    rows: list[dict[str, Any]] = []
    day = end - end % DAY_MS
    while day >= start and len(rows) < 100:
        rows.append(
            {"asset": asset.name, "dailyInterestRate": s8(asset.daily_interest), "timestamp": day, "vipLevel": vip}
        )
        day -= DAY_MS
    return rows


@route("GET", "/sapi/v1/margin/maxBorrowable")
def max_borrowable(ctx: Ctx) -> Json:
    """What can be borrowed now, and the borrow limit."""
    acc = ctx.account_by_isolated_symbol()
    asset = ctx.p.req("asset")
    amount, limit = ctx.ex.max_borrowable(ctx.user, acc, asset)
    return {"amount": s8(amount), "borrowLimit": s8(limit)}


@route("GET", "/sapi/v1/margin/next-hourly-interest-rate")
def next_hourly_rate(ctx: Ctx) -> Json:
    """Next hour's interest rate per asset."""
    assets = ctx.p.csv("assets", required=True)
    ctx.p.is_isolated(required=True)
    if len(assets) > 20:
        raise ApiError(-1130, "Data sent for parameter 'assets' is not valid.")
    return [
        {
            "asset": a,
            "nextHourlyInterestRate": f"{ctx.ex.hourly_rate(ctx.ex.asset(a).name).quantize(Decimal('1E-12')):f}",
        }
        for a in assets
    ]


# ---------------------------------------------------------------------------------------------------------------
# market data


@route("GET", "/sapi/v1/margin/allAssets")
def all_assets(ctx: Ctx) -> Json:
    """Margin assets."""
    name = ctx.p.text("asset")
    assets = [ctx.ex.asset(name)] if name else list(ctx.ex.assets.values())
    return [
        {
            "assetFullName": a.full_name or a.name,
            "assetName": a.name,
            "isBorrowable": a.borrowable,
            "isMortgageable": a.mortgageable,
            "userMinBorrow": s8(a.user_min_borrow),
            "userMinRepay": s8(a.user_min_repay),
            "delistTime": 0,
        }
        for a in assets
    ]


def _pair_id(p: PairConfig) -> int:
    if p.pair_id is not None:
        return p.pair_id
    return int.from_bytes(p.symbol.encode()[:7].ljust(7, b"\0"), "big")


@route("GET", "/sapi/v1/margin/allPairs")
def all_cross_pairs(ctx: Ctx) -> Json:
    """Cross margin pairs."""
    sym = ctx.p.text("symbol")
    pairs = [p for p in ctx.ex.pairs.values() if p.cross and (sym is None or p.symbol == sym)]
    if sym and not pairs:
        raise ApiError.bad_symbol()
    return [
        {
            "base": p.base,
            "id": _pair_id(p),
            "isBuyAllowed": True,
            "isMarginTrade": True,
            "isSellAllowed": True,
            "quote": p.quote,
            "symbol": p.symbol,
            "delistTime": 0,
        }
        for p in pairs
    ]


@route("GET", "/sapi/v1/margin/isolated/allPairs")
def all_isolated_pairs(ctx: Ctx) -> Json:
    """Isolated margin pairs."""
    sym = ctx.p.text("symbol")
    pairs = [p for p in ctx.ex.pairs.values() if p.isolated and (sym is None or p.symbol == sym)]
    if sym and not pairs:
        raise ApiError.bad_symbol()
    return [
        {
            "base": p.base,
            "isBuyAllowed": True,
            "isMarginTrade": True,
            "isSellAllowed": True,
            "quote": p.quote,
            "symbol": p.symbol,
            "delistTime": 0,
        }
        for p in pairs
    ]


@route("GET", "/sapi/v1/margin/available-inventory")
def available_inventory(ctx: Ctx) -> Json:
    """What the platform can still lend."""
    ctx.p.enum("type", ("MARGIN", "ISOLATED"), required=True)
    return {"assets": {a: s8(v) for a, v in sorted(ctx.ex.state.inventory.items())}, "updateTime": ctx.now}


@route("GET", "/sapi/v1/margin/crossMarginCollateralRatio")
def collateral_ratio(ctx: Ctx) -> Json:
    """Collateral discount tiers (every sandbox asset counts in full)."""
    return [
        {
            "collaterals": [{"minUsdValue": "0", "maxUsdValue": "100000000", "discountRate": "1"}],
            "assetNames": sorted(ctx.ex.assets),
        }
    ]


@route("GET", "/sapi/v1/margin/delist-schedule")
def delist_schedule(ctx: Ctx) -> Json:
    """Configured delist schedule (empty by default)."""
    return list(ctx.ex.config.delist_schedule)


@route("GET", "/sapi/v1/margin/list-schedule")
def list_schedule(ctx: Ctx) -> Json:
    """Configured listing schedule (empty by default)."""
    return list(ctx.ex.config.list_schedule)


@route("GET", "/sapi/v1/margin/isolatedMarginTier")
def isolated_tier(ctx: Ctx) -> Json:
    """Isolated margin tiers of a pair (tier 1 is what the sandbox applies)."""
    pair = ctx.ex.isolated_pair(ctx.p.req("symbol"))
    tier = ctx.p.integer("tier")
    lev = pair.isolated_leverage
    tiers = []
    for t in range(1, 4):
        mult = max(2, lev - (t - 1) * max(1, lev // 4))
        tiers.append(
            {
                "symbol": pair.symbol,
                "tier": t,
                "effectiveMultiple": str(mult),
                "initialRiskRatio": s8(Decimal(mult) / Decimal(mult - 1)),
                "liquidationRiskRatio": s8(pair.isolated_liquidation_ratio),
                "baseAssetMaxBorrowable": s8(pair.isolated_base_borrow_limit * t),
                "quoteAssetMaxBorrowable": s8(pair.isolated_quote_borrow_limit * t),
            }
        )
    return [t for t in tiers if tier is None or t["tier"] == tier]


@route("GET", "/sapi/v1/margin/limit-price-pairs")
def limit_price_pairs(ctx: Ctx) -> Json:
    """Cross pairs under the ±15 % limit-price rule."""
    return {"crossMarginSymbols": list(ctx.ex.config.limit_price_pairs)}


@route("GET", "/sapi/v1/margin/priceIndex")
def price_index(ctx: Ctx) -> Json:
    """The pair's price (the index is the sandbox price)."""
    pair = ctx.ex.pair(ctx.p.req("symbol"))
    return {"calcTime": ctx.now, "price": s8(ctx.ex.price(pair.symbol)), "symbol": pair.symbol}


@route("GET", "/sapi/v1/margin/restricted-asset")
def restricted_assets(ctx: Ctx) -> Json:
    """No restricted assets in the sandbox."""
    return {"openLongRestrictedAsset": [], "maxCollateralExceededAsset": []}


@route("GET", "/sapi/v1/margin/risk-based-liquidation-ratio")
def risk_ratio(ctx: Ctx) -> Json:
    """Risk-based liquidation ratio per asset."""
    return [
        {"asset": a.name, "riskBasedLiquidationRatio": s8(a.risk_based_liquidation_ratio)}
        for a in ctx.ex.assets.values()
    ]


# ---------------------------------------------------------------------------------------------------------------
# risk


def _small_liabilities(ctx: Ctx) -> list[tuple[str, Balance, Decimal]]:
    ex = ctx.ex
    usdt = ex.config.valuation_asset
    out = []
    for asset, b in sorted(ctx.user.cross.balances.items()):
        if b.liability <= 0 or asset == usdt:
            continue
        value = ex.value(asset, b.liability, usdt)
        if value < ex.config.risk.small_liability_usdt:
            out.append((asset, b, value))
    return out


@route("GET", "/sapi/v1/margin/exchange-small-liability")
def small_liability_assets(ctx: Ctx) -> Json:
    """Cross liabilities small enough to be exchanged into a USDT liability."""
    return [
        {
            "asset": a,
            "interest": s8(b.interest),
            "principal": s8(b.borrowed),
            "liabilityAsset": ctx.ex.config.valuation_asset,
            "liabilityQty": number(v),
        }
        for a, b, v in _small_liabilities(ctx)
    ]


@route("POST", "/sapi/v1/margin/exchange-small-liability")
def exchange_small_liability(ctx: Ctx) -> Json:
    """Turn small liabilities into one USDT liability of the same value."""
    names = ctx.p.csv("assetNames", required=True)
    small = {a: (b, v) for a, b, v in _small_liabilities(ctx)}
    for n in names:
        if n not in small:
            raise ApiError.margin(-3026)
    usdt = ctx.ex.config.valuation_asset
    target = ctx.user.cross.balance(usdt)
    for n in names:
        b, v = small[n]
        amount = b.liability
        ctx.ex.state.inventory[n] = ctx.ex.state.inventory.get(n, Decimal(0)) + b.borrowed
        b.borrowed = b.interest = Decimal(0)
        add = q8(v, "ROUND_UP")
        target.borrowed += add
        ctx.ex.state.inventory[usdt] = ctx.ex.state.inventory.get(usdt, Decimal(0)) - add
        from ._state import SmallLiabilityRecord

        ctx.user.small_liability.append(
            SmallLiabilityRecord(asset=n, amount=amount, target_asset=usdt, target_amount=add, timestamp=ctx.now)
        )
    return {}


@route("GET", "/sapi/v1/margin/exchange-small-liability-history")
def small_liability_history(ctx: Ctx) -> Json:
    """Small-liability exchanges."""
    ctx.p.integer("current", required=True)
    ctx.p.integer("size", required=True)
    start, end = ctx.window(default_days=90, max_days=90)
    rows = _sorted_desc([r for r in ctx.user.small_liability if start <= r.timestamp <= end], lambda r: r.timestamp)
    return {
        "total": len(rows),
        "rows": [
            {
                "asset": r.asset,
                "amount": s8(r.amount),
                "targetAsset": r.target_asset,
                "targetAmount": s8(r.target_amount),
                "bizType": r.biz_type,
                "timestamp": r.timestamp,
            }
            for r in ctx.page(rows)
        ],
    }


@route("GET", "/sapi/v1/margin/forceLiquidationRec")
def force_liquidation_records(ctx: Ctx) -> Json:
    """Orders placed by forced liquidations."""
    iso = ctx.p.text("isolatedSymbol")
    start, end = ctx.window(default_days=7, max_days=30)
    rows = [
        r
        for r in ctx.user.liquidations
        if start <= r.updated_time <= end and (iso is None or (r.is_isolated and r.symbol == iso))
    ]
    rows = _sorted_desc(rows, lambda r: r.order_id)
    return {
        "rows": [
            {
                "avgPrice": s8(r.avg_price),
                "executedQty": s8(r.executed_qty),
                "orderId": r.order_id,
                "price": s8(r.price),
                "qty": s8(r.qty),
                "side": r.side,
                "symbol": r.symbol,
                "timeInForce": r.time_in_force,
                "isIsolated": r.is_isolated,
                "updatedTime": r.updated_time,
            }
            for r in ctx.page(rows)
        ],
        "total": len(rows),
    }


@route("GET", "/sapi/v1/margin/liquidation-loan")
def liquidation_loan(ctx: Ctx) -> Json:
    """Debt left by liquidations that the account's assets could not cover."""
    loans = [loan for loan in ctx.user.liquidation_loans.values() if loan.remaining > 0]
    if not loans:
        return {
            "asset": "",
            "amount": s8(Decimal(0)),
            "repaidAmount": s8(Decimal(0)),
            "remainingAmount": s8(Decimal(0)),
        }
    loan = loans[0]
    return {
        "asset": loan.asset,
        "amount": s8(loan.amount),
        "repaidAmount": s8(loan.repaid),
        "remainingAmount": s8(loan.remaining),
    }


@route("POST", "/sapi/v1/margin/liquidation-loan/repay")
def repay_liquidation_loan(ctx: Ctx) -> Json:
    """Repay a liquidation loan from the cross account."""
    asset = ctx.ex.asset(ctx.p.req("asset")).name
    amount = ctx.p.req_decimal("amount")
    loan = ctx.user.liquidation_loans.get(asset)
    if loan is None or loan.remaining <= 0 or amount > loan.remaining:
        raise ApiError.margin(-3015)
    if amount <= 0:
        raise ApiError.margin(-3026)
    bal = ctx.user.cross.balance(asset)
    if bal.free < amount:
        raise ApiError.margin(-3041)
    bal.free -= amount
    loan.repaid += amount
    from ._state import LiquidationLoanRepay

    rec = LiquidationLoanRepay(repay_id=ctx.ex.state.new_id(), asset=asset, amount=amount, create_time=ctx.now)
    ctx.user.liquidation_loan_repays.append(rec)
    return {
        "repayId": rec.repay_id,
        "asset": asset,
        "amount": s8(amount),
        "status": rec.status,
        "createTime": rec.create_time,
    }


@route("GET", "/sapi/v1/margin/liquidation-loan/repay-history")
def liquidation_loan_history(ctx: Ctx) -> Json:
    """Liquidation loan repayments."""
    start, end = ctx.window(default_days=90, max_days=90)
    rows = _sorted_desc(
        [r for r in ctx.user.liquidation_loan_repays if start <= r.create_time <= end], lambda r: r.repay_id
    )
    return {
        "total": len(rows),
        "rows": [
            {
                "repayId": r.repay_id,
                "asset": r.asset,
                "amount": s8(r.amount),
                "status": r.status,
                "createTime": r.create_time,
            }
            for r in ctx.page(rows)
        ],
    }


@route("POST", "/sapi/v1/margin/manual-liquidation")
def manual_liquidation(ctx: Ctx) -> Json:
    """Liquidate an account now (sell assets, repay every liability); reports the largest liability."""
    kind = ctx.p.enum("type", ("MARGIN", "ISOLATED"), required=True)
    acc = ctx.ex.isolated_account(ctx.user, ctx.p.text("symbol")) if kind == "ISOLATED" else ctx.user.cross
    if not any(b.liability > 0 for b in acc.balances.values()):
        raise ApiError(-3026, "There is no liability to liquidate.")
    results = ctx.ex.liquidate(ctx.user, acc, forced=False)
    main = max(results, key=lambda r: r["liabilityQty"])
    return {
        "asset": main["asset"],
        "interest": s8(main["interest"]),
        "principal": s8(main["principal"]),
        "liabilityAsset": main["liabilityAsset"],
        "liabilityQty": number(main["liabilityQty"]),
    }


# ---------------------------------------------------------------------------------------------------------------
# data streams


def _token() -> str:
    return secrets.token_urlsafe(45)[:60]


def _create_listen_key(ctx: Ctx, version: str) -> Json:
    keys = ctx.user.listen_keys
    if version not in keys:
        keys[version] = _token()
    return {"listenKey": keys[version]}


def _keepalive_listen_key(ctx: Ctx, version: str) -> Json:
    key = ctx.p.req("listenKey")
    if ctx.user.listen_keys.get(version) != key:
        raise ApiError.margin(-3038)
    return {}


def _close_listen_key(ctx: Ctx, version: str) -> Json:
    key = ctx.p.text("listenKey")
    current = ctx.user.listen_keys.get(version)
    if current is None or (key is not None and key != current):
        raise ApiError.margin(-3038)
    del ctx.user.listen_keys[version]
    return {}


route("POST", "/sapi/v1/margin/listen-key")(lambda ctx: _create_listen_key(ctx, "v1"))
route("PUT", "/sapi/v1/margin/listen-key")(lambda ctx: _keepalive_listen_key(ctx, "v1"))
route("DELETE", "/sapi/v1/margin/listen-key")(lambda ctx: _close_listen_key(ctx, "v1"))
route("POST", "/sapi/v2/margin/listen-key")(lambda ctx: _create_listen_key(ctx, "v2"))
route("PUT", "/sapi/v2/margin/listen-key")(lambda ctx: _keepalive_listen_key(ctx, "v2"))
route("DELETE", "/sapi/v2/margin/listen-key")(lambda ctx: _close_listen_key(ctx, "v2"))


@route("POST", "/sapi/v1/userListenToken")
def listen_token(ctx: Ctx) -> Json:
    """A listen token for the WebSocket API user data stream."""
    iso = ctx.p.boolean("isIsolated", default=False)
    sym = ctx.p.text("symbol")
    if iso:
        ctx.ex.isolated_account(ctx.user, sym, must_be_enabled=False)
    validity = ctx.p.integer("validity")
    validity = 86_400_000 if validity is None else validity
    if validity <= 0 or validity > 86_400_000:
        raise ApiError(-1130, "Data sent for parameter 'validity' is not valid.")
    return {"token": _token(), "expirationTime": ctx.now + validity}


# ---------------------------------------------------------------------------------------------------------------
# special keys


def _special_slot(ctx: Ctx) -> str | None:
    sym = ctx.p.text("symbol")
    if sym:
        ctx.ex.isolated_pair(sym)
    return sym


def _special_key(ctx: Ctx) -> SpecialKey:
    slot = _special_slot(ctx)
    key = ctx.user.special_keys.get(ctx.p.req("apiKey"))
    if key is None or key.symbol != slot:
        raise ApiError(-2008, "Invalid Api-Key ID.")
    return key


def _ip_list(ctx: Ctx, *, required: bool = False) -> str:
    ips = ctx.p.csv("ip", required=required)
    if len(ips) > 30:
        raise ApiError(-3026, "At most 30 IPs can be bound to a key.")
    return ",".join(ips)


def _key_json(k: SpecialKey) -> dict[str, Any]:
    return {"apiName": k.api_name, "apiKey": k.api_key, "ip": k.ip, "type": k.type, "permissionMode": k.permission_mode}


@route("POST", "/sapi/v1/margin/apiKey")
def create_special_key(ctx: Ctx) -> Json:
    """Create a special key for the cross account (or for an isolated pair)."""
    slot = _special_slot(ctx)
    if sum(1 for k in ctx.user.special_keys.values() if k.symbol == slot) >= 20:
        raise ApiError(-3026, "Too many special keys for this account.")
    public_key = ctx.p.text("publicKey")
    key_type = "HMAC_SHA256"
    if public_key:
        key_type = "Ed25519" if len(public_key.replace("-", "").strip()) < 200 else "RSA"
    key = SpecialKey(
        api_name=ctx.p.req("apiName"),
        api_key=secrets.token_hex(32),
        secret_key="" if public_key else secrets.token_hex(32),
        symbol=slot,
        ip=_ip_list(ctx),
        type=key_type,
        permission_mode=ctx.p.enum("permissionMode", ("TRADE", "READ"), default="TRADE") or "TRADE",
    )
    ctx.user.special_keys[key.api_key] = key
    return {"apiKey": key.api_key, "secretKey": key.secret_key or None, "type": key.type}


@route("GET", "/sapi/v1/margin/apiKey")
def get_special_key(ctx: Ctx) -> Json:
    """One special key."""
    k = _special_key(ctx)
    return {"apiKey": k.api_key, "ip": k.ip, "apiName": k.api_name, "type": k.type, "permissionMode": k.permission_mode}


@route("DELETE", "/sapi/v1/margin/apiKey")
def delete_special_key(ctx: Ctx) -> Json:
    """Delete a special key (by apiKey, or every key of the account called apiName)."""
    slot = _special_slot(ctx)
    keys = ctx.user.special_keys
    if ctx.p.text("apiKey"):
        k = _special_key(ctx)
        del keys[k.api_key]
        return {}
    name = ctx.p.text("apiName")
    if name is None:
        raise ApiError.either("apiKey", "apiName")
    doomed = [a for a, k in keys.items() if k.symbol == slot and k.api_name == name]
    if not doomed:
        raise ApiError(-2008, "Invalid Api-Key ID.")
    for a in doomed:
        del keys[a]
    return {}


@route("PUT", "/sapi/v1/margin/apiKey/ip")
def edit_special_key_ip(ctx: Ctx) -> Json:
    """Replace the IP list of a special key."""
    k = _special_key(ctx)
    k.ip = _ip_list(ctx, required=True)
    return {}


@route("GET", "/sapi/v1/margin/api-key-list")
def list_special_keys(ctx: Ctx) -> Json:
    """Special keys of the cross account or of an isolated pair."""
    slot = _special_slot(ctx)
    return [_key_json(k) for k in ctx.user.special_keys.values() if k.symbol == slot]


@route("POST", "/sapi/v1/margin/exit-special-key-mode")
def exit_special_key_mode(ctx: Ctx) -> Json:
    """Delete every special key of the user."""
    ctx.user.special_keys.clear()
    return {}


# ---------------------------------------------------------------------------------------------------------------
# trade


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
    out.update(_borrow_fields(placed, as_number=True))
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
    out.update(_borrow_fields(placed))
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
    new_cid = ctx.p.client_id("newClientOrderId") or _token()[:22]
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
                    **cancel_report(user.orders[oid], user.orders[oid].client_order_id, _token()[:22]),
                    "stopPrice": s8(user.orders[oid].stop_price),
                }
                for oid in item.order_ids
            ]
            out.append(entry)
        else:
            out.append(cancel_report(item, before.get(item.order_id, item.client_order_id), _token()[:22]))
    return out


@route("GET", "/sapi/v1/margin/allOrders")
def all_orders(ctx: Ctx) -> Json:
    """Orders of a symbol (from ``orderId``, or in a time window of at most 24 hours)."""
    symbol = ctx.p.req("symbol")
    key = _query_account(ctx, symbol)
    oid = ctx.p.integer("orderId")
    start = ctx.p.integer("startTime")
    end = ctx.p.integer("endTime")
    if start is not None and end is not None and end - start > DAY_MS:
        raise ApiError.interval_too_big("24 hours")
    limit = max(1, min(ctx.p.integer("limit") or 500, 500))
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
    if start is not None and end is not None and end - start > DAY_MS:
        raise ApiError.interval_too_big("24 hours")
    limit = max(1, min(ctx.p.integer("limit") or 500, 1000))
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
            **cancel_report(user.orders[oid], user.orders[oid].client_order_id, _token()[:22]),
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
    limit = max(1, min(ctx.p.integer("limit") or 500, 1000))
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
