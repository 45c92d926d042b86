"""``client.reconcile(exc)``: the order an unknown outcome left in doubt, looked up from the exception itself."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from binance_margin import AsyncMarginClient, Isolated, MarginClient
from binance_margin.errors import UnknownExecutionStatus
from binance_margin.models import UniversalTransferRecord
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox

pytestmark = pytest.mark.integration


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox.running(port=0) as sb:
        yield sb


def test_reconcile_finds_an_order_whose_response_was_lost(sandbox: Sandbox) -> None:
    with MarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url) as client:
        client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("1000"))
        client.transfer.universal_transfer(
            type="MARGIN_ISOLATEDMARGIN", asset="USDT", amount=Decimal("500"), to_symbol="BNBUSDT"
        )
        rule = sandbox.faults.add("/sapi/v1/margin/order", "lost_response", method="POST", times=1)
        with pytest.raises(UnknownExecutionStatus) as info:
            client.trade.new_order(
                symbol="BNBUSDT",
                side="BUY",
                type="LIMIT",
                time_in_force="GTC",
                quantity=Decimal("0.1"),
                price=Decimal("600"),
                margin=Isolated(),
            )
        assert rule.hits == 1
        order = client.reconcile(info.value)
        assert order is not None and order.client_order_id == info.value.client_order_id
        assert len(sandbox.user().orders) == 1, "placed once, never resent"
        assert client.trade.get_open_orders(symbol="BNBUSDT") == [], "it is in the isolated account, not cross"


def test_reconcile_a_transfer_too(sandbox: Sandbox) -> None:
    with MarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url) as client:
        sandbox.faults.add("/sapi/v1/asset/transfer", "lost_response", method="POST", times=1)
        with pytest.raises(UnknownExecutionStatus) as info:
            client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("10"))
        assert info.value.client_order_id is None
        record = client.reconcile(info.value)
        assert isinstance(record, UniversalTransferRecord) and record.amount == Decimal("10")


async def test_async_reconcile(sandbox: Sandbox) -> None:
    async with AsyncMarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url) as client:
        await client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("1000"))
        sandbox.faults.add("/sapi/v1/margin/order", "lost_response", method="POST", times=1)
        with pytest.raises(UnknownExecutionStatus) as info:
            await client.trade.new_order(symbol="BNBUSDT", side="BUY", type="MARKET", quantity=Decimal("0.1"))
        order = await client.reconcile(info.value)
        assert order is not None and order.status == "FILLED"


def test_a_fresh_time_synced_client_reconciles_on_binances_clock(sandbox: Sandbox) -> None:
    """A new process reconciling an order that never executed: with ``time_sync`` its client has no offset until it
    reads the server's time, and the order's ``timestamp`` is on Binance's clock (here three hours ahead of the local
    one). "Not found" must be final ``recvWindow`` after that timestamp, not three hours later."""
    import threading
    import time

    sandbox.clock.advance(hours=3)
    with MarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url, time_sync=True) as first:
        first.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("1000"))
        sandbox.faults.add("/sapi/v1/margin/order", "drop", method="POST", times=1)
        with pytest.raises(UnknownExecutionStatus) as info:
            first.trade.new_order(
                symbol="BTCUSDT", side="BUY", type="LIMIT", time_in_force="GTC",
                quantity=Decimal("0.001"), price=Decimal("60000"), recv_window=2000,
            )  # fmt: skip
    outcome: list[object] = []
    with MarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url, time_sync=True) as fresh:
        started = time.monotonic()
        worker = threading.Thread(target=lambda: outcome.append(fresh.reconcile(info.value)), daemon=True)
        worker.start()
        worker.join(timeout=60)
        assert not worker.is_alive(), "reconcile waited on the local clock instead of Binance's"
        assert outcome == [None] and time.monotonic() - started < 30
    assert len(sandbox.user().orders) == 0, "the dropped order never executed"
