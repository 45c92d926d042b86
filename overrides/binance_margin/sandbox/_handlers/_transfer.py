"""Transfers: universal transfer and the margin transfer history."""

from __future__ import annotations

from typing import Any

from ._common import (
    Ctx,
    Json,
    route,
    s8,
    sorted_desc,
)


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
    start, end = ctx.window(default_days=7, max_days=None, horizon_days=180)
    rows = [
        t
        for t in ctx.user.transfers
        if t.type == type_
        and start <= t.timestamp <= end
        and (from_sym is None or t.from_symbol == from_sym)
        and (to_sym is None or t.to_symbol == to_sym)
    ]
    rows = sorted_desc(rows, lambda t: t.tran_id)
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
