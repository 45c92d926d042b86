"""The SDK against the sandbox over real HTTP: workflows (cross and isolated, sync and async), typed errors,
and the fault paths (no order placed twice; an unknown outcome reconciled)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from binance_margin import (
    CROSS,
    AsyncMarginClient,
    AuthenticationError,
    BinanceAPIError,
    FilterFailureError,
    InsufficientBalanceError,
    Isolated,
    MarginClient,
    RateLimitedError,
    UnknownExecutionStatus,
    UnknownOrderError,
)
from binance_margin.sandbox import Sandbox

pytestmark = pytest.mark.integration
D = Decimal


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    """A default sandbox whose answers are checked against the spec."""
    with Sandbox.running(validate_responses=True) as sandbox:
        yield sandbox
        assert sandbox.errors == [], "\n".join(sandbox.errors)


@pytest.fixture
def client(sb: Sandbox) -> Iterator[MarginClient]:
    """The demo user's SDK client."""
    with MarginClient("demo-api-key", "demo-api-secret", base_url=sb.base_url, max_retries=0) as c:
        yield c


def test_cross_workflow(client: MarginClient, sb: Sandbox) -> None:
    client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=D(5000))
    mb = client.borrow_repay.get_max_borrowable(asset="USDT")
    assert mb.amount == D(10000)
    client.borrow_repay.borrow_repay(asset="USDT", amount=D(1000), type="BORROW")
    buy = client.trade.new_order(
        symbol="BTCUSDT", side="BUY", type="MARKET", quantity=D("0.08"), side_effect_type="MARGIN_BUY"
    )
    assert buy.order_id > 0
    level = client.account.get_cross_account().margin_level
    assert D(1) < level < D(3)
    sb.set_price("BTCUSDT", D("98000"))
    client.trade.new_order(
        symbol="BTCUSDT", side="SELL", type="MARKET", quantity=D("0.0799"), side_effect_type="AUTO_REPAY"
    )
    usdt = sb.balance("USDT", "CROSS")
    assert usdt.liability == 0
    client.transfer.universal_transfer(type="MARGIN_MAIN", asset="USDT", amount=usdt.free)
    assert sb.balance("USDT", "CROSS").free == 0
    assert client.transfer.get_transfer_history().total == 2


def test_isolated_workflow(client: MarginClient, sb: Sandbox) -> None:
    iso = Isolated("ETHUSDT")
    client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=D(500))
    client.transfer.universal_transfer(type="MARGIN_ISOLATEDMARGIN", asset="USDT", amount=D(500), to_symbol="ETHUSDT")
    client.borrow_repay.borrow_repay(asset="USDT", amount=D(1000), type="BORROW", margin=iso)
    order = client.trade.new_order(
        symbol="ETHUSDT", side="BUY", type="LIMIT", time_in_force="GTC", quantity=D("0.4"), price=D("3300"), margin=iso
    )
    sb.set_price("ETHUSDT", D("3290"))
    assert client.trade.get_order(symbol="ETHUSDT", order_id=order.order_id, margin=iso).status == "FILLED"
    with pytest.raises(UnknownOrderError):
        client.trade.get_order(symbol="ETHUSDT", order_id=order.order_id, margin=CROSS)
    acc = client.account.get_isolated_account(symbols=["ETHUSDT"])
    assert acc.assets[0].symbol == "ETHUSDT"
    assert sb.balance("USDT", "ETHUSDT").borrowed == D(1000)


def test_typed_errors(client: MarginClient, sb: Sandbox) -> None:
    with pytest.raises(InsufficientBalanceError):
        client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity=D("0.01"))
    client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=D(100))
    with pytest.raises(FilterFailureError):
        client.trade.new_order(
            symbol="BTCUSDT", side="BUY", type="LIMIT", time_in_force="GTC", quantity=D("0.01"), price=D("96000.001")
        )
    with (
        MarginClient("demo-api-key", "wrong", base_url=sb.base_url, max_retries=0) as bad,
        pytest.raises(BinanceAPIError) as e,
    ):
        bad.account.get_cross_account()
    assert e.value.code == -1022
    with MarginClient("nobody", "x", base_url=sb.base_url, max_retries=0) as anon, pytest.raises(AuthenticationError):
        anon.account.get_cross_account()
    sb.limiter.limits.sapi_ip_weight_per_minute = 5
    with pytest.raises(RateLimitedError) as rl:
        client.account.get_cross_account()
    assert rl.value.retry_after is not None


def test_lost_response_is_reconciled_not_resent(client: MarginClient, sb: Sandbox) -> None:
    client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=D(1000))
    rule = sb.faults.add("/sapi/v1/margin/order", "lost_response", method="POST", times=1)
    with pytest.raises(UnknownExecutionStatus) as e:
        client.trade.new_order(
            symbol="BTCUSDT",
            side="BUY",
            type="LIMIT",
            time_in_force="GTC",
            quantity=D("0.001"),
            price=D("90000"),
            new_client_order_id="u-1",
        )
    assert rule.hits == 1  # sent once, never re-sent
    assert e.value.client_order_id == "u-1"
    found = client.reconcile_order(symbol="BTCUSDT", client_order_id="u-1")
    assert found is not None and found.status == "NEW"
    assert len(client.trade.get_open_orders(symbol="BTCUSDT")) == 1


def test_5xx_before_execution(client: MarginClient, sb: Sandbox) -> None:
    client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=D(1000))
    rule = sb.faults.add("/sapi/v1/margin/order", "5xx", method="POST", status=503, times=1)
    with pytest.raises(UnknownExecutionStatus):
        client.trade.new_order(
            symbol="BTCUSDT", side="BUY", type="MARKET", quantity=D("0.001"), new_client_order_id="u-2"
        )
    assert rule.hits == 1
    assert client.reconcile_order(symbol="BTCUSDT", client_order_id="u-2") is None


async def test_async_client(sb: Sandbox) -> None:
    async with AsyncMarginClient("demo-api-key", "demo-api-secret", base_url=sb.base_url, max_retries=0) as c:
        await c.transfer.universal_transfer(type="MAIN_MARGIN", asset="BTC", amount=D(1))
        await c.borrow_repay.borrow_repay(asset="USDT", amount=D(10000), type="BORROW")
        sb.clock.advance(hours=2)
        hist = await c.borrow_repay.get_interest_history(asset="USDT")
        assert hist.total == 3
        await c.borrow_repay.borrow_repay(asset="USDT", amount=D(10000), type="REPAY")
        assert sb.balance("USDT", "CROSS").borrowed < D(1)


async def test_async_client_post_put_delete_over_the_default_transport(sb: Sandbox) -> None:
    """Every method the API uses, through the async client's default pool (POST/PUT/DELETE without a body)."""
    async with AsyncMarginClient("demo-api-key", "demo-api-secret", base_url=sb.base_url, max_retries=0) as c:
        assert type(c._runtime._fast).__name__ == "AsyncioTransport"
        key = (await c.data_stream.create_listen_key()).listen_key  # POST
        await c.data_stream.keepalive_listen_key(listen_key=key)  # PUT
        await c.data_stream.close_listen_key()  # DELETE
        sb.set_price("BTCUSDT", D("97000"))
        await c.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=D(2000))
        order = await c.trade.new_order(
            symbol="BTCUSDT", side="BUY", type="LIMIT", quantity=D("0.01"), price=D("96000"), time_in_force="GTC"
        )
        cancelled = await c.trade.cancel_order(symbol="BTCUSDT", order_id=order.order_id)  # DELETE, signed
        assert cancelled.status == "CANCELED"
