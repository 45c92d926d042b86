"""General: the spot /api/v3 market data the SDK uses for time sync and filters."""

from __future__ import annotations

from typing import Any

from .._config import PairConfig
from .._errors import ApiError
from ._common import (
    Ctx,
    Json,
    plain,
    route,
    s8,
)


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
