"""``validate_orders=True``: orders that break a filter are refused before anything is sent."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from binance_margin import AsyncMarginClient, Isolated, MarginClient
from binance_margin.errors import OrderValidationError
from binance_margin.filters import quantize_price
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox

pytestmark = pytest.mark.integration


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox.running(port=0) as sb:
        yield sb


def _orders_seen(sandbox: Sandbox) -> int:
    return len(sandbox.user().orders)


def test_new_order_is_refused_before_sending_with_every_violation(sandbox: Sandbox) -> None:
    with MarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url, validate_orders=True) as client:
        client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("1000"))
        with pytest.raises(OrderValidationError) as info:
            client.trade.new_order(
                symbol="BTCUSDT",
                side="BUY",
                type="LIMIT",
                time_in_force="GTC",
                quantity=Decimal("0.0000123"),
                price=Decimal("50000.001"),
            )
        assert set(info.value.filters) >= {"PRICE_FILTER", "LOT_SIZE", "NOTIONAL"}
        assert _orders_seen(sandbox) == 0, "nothing reached the exchange"
        price = quantize_price(client.symbol_rules("BTCUSDT"), sandbox.price("BTCUSDT") * Decimal("0.9"))
        order = client.trade.new_order(
            symbol="BTCUSDT", side="BUY", type="LIMIT", time_in_force="GTC", quantity=Decimal("0.001"), price=price
        )
        assert order.status == "NEW" and _orders_seen(sandbox) == 1


def test_oco_legs_are_checked(sandbox: Sandbox) -> None:
    with MarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url, validate_orders=True) as client:
        client.transfer.universal_transfer(type="MAIN_MARGIN", asset="BTC", amount=Decimal("1"))
        market = sandbox.price("BTCUSDT")
        with pytest.raises(OrderValidationError) as info:
            client.trade.new_oco(
                symbol="BTCUSDT",
                side="SELL",
                quantity=Decimal("0.01"),
                price=(market * Decimal("1.05")).quantize(Decimal("0.01")),
                stop_price=(market * Decimal("0.95")).quantize(Decimal("0.001")) + Decimal("0.001"),
                stop_limit_price=(market * Decimal("0.94")).quantize(Decimal("0.01")),
                stop_limit_time_in_force="GTC",
            )
        assert "PRICE_FILTER" in info.value.filters
        assert _orders_seen(sandbox) == 0


async def test_async_client_checks_too(sandbox: Sandbox) -> None:
    async with AsyncMarginClient(
        DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url, validate_orders=True
    ) as client:
        with pytest.raises(OrderValidationError):
            await client.trade.new_order(
                symbol="ETHUSDT", side="SELL", type="MARKET", quantity=Decimal("0.00001"), margin=Isolated()
            )
        rules = await client.symbol_rules("ETHUSDT")
        assert rules.symbol == "ETHUSDT"
    assert _orders_seen(sandbox) == 0
