"""Client-side validation agrees with the sandbox's own filter checks on random orders.

For random LIMIT orders around the current price, ``validate_order`` (with the rules loaded from the sandbox's
``/api/v3/exchangeInfo``) predicts a filter failure exactly when the sandbox answers ``-1013``.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from binance_margin import MarginClient
from binance_margin.errors import FilterFailureError
from binance_margin.filters import validate_order
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.integration

FILTER_RULES = {"PRICE_FILTER", "LOT_SIZE", "NOTIONAL", "MIN_NOTIONAL", "PERCENT_PRICE_BY_SIDE", "PERCENT_PRICE"}


@pytest.fixture(scope="module")
def funded() -> Iterator[tuple[Sandbox, MarginClient]]:
    with Sandbox.running(port=0) as sandbox:
        client = MarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url, max_retries=0)
        client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("50000"))
        client.transfer.universal_transfer(type="MAIN_MARGIN", asset="BTC", amount=Decimal("5"))
        yield sandbox, client
        client.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    symbol=st.sampled_from(["BTCUSDT", "ETHBTC"]),
    side=st.sampled_from(["BUY", "SELL"]),
    price_factor=st.decimals(min_value=Decimal("0.05"), max_value=Decimal("3"), places=4),
    price_digits=st.integers(min_value=0, max_value=8),
    quantity=st.decimals(min_value=Decimal("0.000001"), max_value=Decimal("0.05"), places=7),
)
def test_validation_predicts_the_sandboxs_filter_failures(
    funded: tuple[Sandbox, MarginClient],
    symbol: str,
    side: str,
    price_factor: Decimal,
    price_digits: int,
    quantity: Decimal,
) -> None:
    sandbox, client = funded
    price = (sandbox.price(symbol) * price_factor).quantize(Decimal(1).scaleb(-price_digits))
    if price <= 0:
        return
    rules = client.symbol_rules(symbol)
    predicted = {
        v.filter
        for v in validate_order(
            rules,
            side=side,
            type="LIMIT",
            quantity=quantity,
            price=price,
            reference_price=sandbox.price(symbol),
        )
    }
    predicted_failure = bool(predicted & FILTER_RULES)
    event("refused by filters" if predicted_failure else "accepted")
    try:
        order = client.trade.new_order(
            symbol=symbol,
            side=side,
            type="LIMIT",
            time_in_force="GTC",
            quantity=quantity,
            price=price,
            new_order_resp_type="ACK",
        )
    except FilterFailureError as exc:
        assert predicted_failure, f"sandbox refused ({exc}) but validation found nothing: {price=} {quantity=}"
        return
    assert not predicted_failure, f"validation predicted {predicted} but the sandbox accepted {price=} {quantity=}"
    client.trade.cancel_order(symbol=symbol, order_id=order.order_id)
