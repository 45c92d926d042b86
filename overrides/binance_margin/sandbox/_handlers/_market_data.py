"""Market data: assets, pairs, tiers, schedules, indexes."""

from __future__ import annotations

from decimal import Decimal

from .._config import PairConfig
from .._errors import ApiError
from ._common import (
    Ctx,
    Json,
    route,
    s8,
)


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
