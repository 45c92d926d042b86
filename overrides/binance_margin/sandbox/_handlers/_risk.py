"""Risk: small-liability exchange, liquidations, liquidation loans."""

from __future__ import annotations

from decimal import Decimal

from .._errors import ApiError
from .._exchange import q8
from .._state import Balance
from ._common import (
    Ctx,
    Json,
    number,
    route,
    s8,
    sorted_desc,
)


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
        from .._state import SmallLiabilityRecord

        ctx.user.small_liability.append(
            SmallLiabilityRecord(asset=n, amount=amount, target_asset=usdt, target_amount=add, timestamp=ctx.now)
        )
    return {}


@route("GET", "/sapi/v1/margin/exchange-small-liability-history")
def small_liability_history(ctx: Ctx) -> Json:
    """Small-liability exchanges."""
    ctx.p.integer("current", required=True)
    ctx.p.integer("size", required=True)
    start, end = ctx.window(default_days=30, max_days=None)
    rows = sorted_desc([r for r in ctx.user.small_liability if start <= r.timestamp <= end], lambda r: r.timestamp)
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
    start, end = ctx.window(default_days=7, max_days=None)
    rows = [
        r
        for r in ctx.user.liquidations
        if start <= r.updated_time <= end and (iso is None or (r.is_isolated and r.symbol == iso))
    ]
    rows = sorted_desc(rows, lambda r: r.order_id)
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
    from .._state import LiquidationLoanRepay

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
    start, end = ctx.window(default_days=7, max_days=90, horizon_days=90, clamp_to_horizon=True)
    rows = sorted_desc(
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
            for r in ctx.page(rows, default_size=50, max_size=100)
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
