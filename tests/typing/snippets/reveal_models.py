"""What mypy infers for results in a user's project (each ``# R:`` line: the expected revealed type)."""

from __future__ import annotations

from typing import reveal_type

from binance_margin import AsyncMarginClient, MarginClient


def sync_results(client: MarginClient) -> None:
    order = client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
    reveal_type(order)  # R: binance_margin_generated.models.new_order_result.NewOrderResult
    reveal_type(order.order_id)  # R: int
    account = client.account.get_cross_account()
    reveal_type(account)  # R: binance_margin_generated.models.cross_margin_account.CrossMarginAccount
    opened = client.trade.get_open_orders()
    reveal_type(opened)  # R: list[binance_margin_generated.models.margin_order.MarginOrder]


async def async_results(client: AsyncMarginClient) -> None:
    order = await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
    reveal_type(order)  # R: binance_margin_generated.models.new_order_result.NewOrderResult
