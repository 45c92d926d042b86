"""Borrow and repay: loans, repayments, interest and limits."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .._errors import ApiError
from .._exchange import DAY_MS
from ._common import (
    Ctx,
    Json,
    route,
    s8,
    sorted_desc,
)


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
    start, end = ctx.window(default_days=7, max_days=30 if asset else 7)
    rows = [
        r
        for r in ctx.user.borrow_repay
        if r.kind == kind
        and r.isolated_symbol == iso
        and (asset is None or r.asset == asset)
        and (r.tx_id == tx if tx is not None else start <= r.timestamp <= end)
    ]
    rows = sorted_desc(rows, lambda r: r.tx_id)
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
    start, end = ctx.window(default_days=7, max_days=30, horizon_days=90)
    rows = [
        r
        for r in ctx.user.interest
        if r.isolated_symbol == iso and (asset is None or r.asset == asset) and start <= r.timestamp <= end
    ]
    rows = sorted_desc(rows, lambda r: r.tx_id)
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
