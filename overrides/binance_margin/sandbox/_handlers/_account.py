"""Account: cross and isolated accounts, settings, capital flow."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .._errors import ApiError
from .._exchange import Exchange
from .._state import MarginAccount, UserState
from ._common import (
    Ctx,
    Json,
    balance_json,
    route,
    s8,
    sorted_desc,
)


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
    start, end = ctx.window(default_days=7, max_days=7, horizon_days=90)
    limit = ctx.limit(default=500, maximum=1000)
    rows = [
        r
        for r in user.capital_flow
        if r.symbol == sym
        and (asset is None or r.asset == asset)
        and (type_ is None or r.type == type_)
        and (from_id is None or r.id > from_id)
        and start <= r.timestamp <= end
    ]
    rows = sorted(rows, key=lambda r: r.id) if from_id is not None else sorted_desc(rows, lambda r: r.id)
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
