"""Async user-style code that must type-check under mypy --strict."""

from __future__ import annotations

from decimal import Decimal

from binance_margin import CROSS, AsyncMarginClient, Isolated
from binance_margin.models import MarginOrder


async def trade() -> MarginOrder | None:
    async with AsyncMarginClient() as client:
        order = await client.trade.new_order(
            symbol="BTCUSDT", side="BUY", type="LIMIT", quantity=Decimal("1"), price=Decimal("2"), margin=Isolated()
        )
        await client.trade.cancel_order(symbol="BTCUSDT", order_id=order.order_id, margin=Isolated())
        raw = await client.account.with_raw_response.get_bnb_burn_status()
        print(raw.status_code, raw.headers.get("x-sapi-used-ip-weight-1m"))
        return await client.reconcile_order(symbol="BTCUSDT", client_order_id=order.client_order_id, margin=CROSS)
