"""Async: concurrent queries on one client, and an order whose response is lost, reconciled instead of resent.

The second part starts its own in-process sandbox so it can switch on the "order executed but response lost"
fault; the first part uses BINANCE_BASE_URL like the other examples.
"""

from __future__ import annotations

import asyncio
import logging
from decimal import Decimal

from binance_margin import AsyncMarginClient
from binance_margin.errors import UnknownExecutionStatus
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox

PAIRS = ["BTCUSDT", "ETHUSDT", "BNBUSDT", "ETHBTC", "BNBBTC"]


async def concurrent_queries() -> None:
    async with AsyncMarginClient() as client:
        indexes = await asyncio.gather(*(client.market_data.get_price_index(symbol=s) for s in PAIRS))
        for index in indexes:
            print(f"   {index.symbol:8} price index {index.price:f}")
        print(f"   IP weight used this minute: {client.rate_limits.used_ip_weight}")


async def lost_response_reconciled() -> None:
    with Sandbox.running(port=0) as sandbox:
        sandbox.faults.add("/sapi/v1/margin/order", "lost_response", method="POST", times=1)
        async with AsyncMarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url) as client:
            await client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("1000"))
            try:
                await client.trade.new_order(
                    symbol="BNBUSDT",
                    side="BUY",
                    type="LIMIT",
                    time_in_force="GTC",
                    quantity=Decimal("0.5"),
                    price=Decimal("500"),
                )
            except UnknownExecutionStatus as exc:
                print(f"   outcome unknown: {exc}")
                order = await client.reconcile(exc)
                if order is None:
                    print("   Binance never saw it: safe to place again")
                else:
                    print(f"   it was placed (order {order.order_id}, {order.status}): not placing it twice")
            open_orders = await client.trade.get_open_orders(symbol="BNBUSDT")
            print(f"   open BNBUSDT orders: {len(open_orders)}")


async def main() -> None:
    print("1. five price indexes at once on one async client")
    await concurrent_queries()
    print("2. an order executed whose response never arrives")
    await lost_response_reconciled()


if __name__ == "__main__":
    # The SDK logs to the "binance_margin" logger and attaches no handler: the application decides.
    logging.basicConfig(format="   [log] %(name)s %(levelname)s: %(message)s", level=logging.WARNING)
    asyncio.run(main())
