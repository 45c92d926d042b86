"""Issue 13, points 1, 2 and 4: ``reconcile`` waits until ``timestamp + recvWindow`` before answering "never
executed", and reconciles borrows, repays and transfers as well as orders (against the sandbox, with its
``delayed`` fault: a request that reaches the exchange after the client gave up on it)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from binance_margin import AsyncMarginClient, Isolated, MarginClient
from binance_margin.errors import AmbiguousReconciliationError, UnknownExecutionStatus, ValidationError
from binance_margin.models import BorrowRepayRecord, MarginOrder, MarginOrderList, UniversalTransferRecord
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox

pytestmark = pytest.mark.integration

ORDER = "/sapi/v1/margin/order"
BORROW_REPAY = "/sapi/v1/margin/borrow-repay"
TRANSFER = "/sapi/v1/asset/transfer"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox.running(port=0) as sb:
        yield sb


def _client(sandbox: Sandbox, **settings: Any) -> MarginClient:
    return MarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url, **settings)


def _funded(sandbox: Sandbox, **settings: Any) -> MarginClient:
    client = _client(sandbox, **settings)
    client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("5000"))
    return client


def _market_buy(client: MarginClient) -> MarginOrder:
    return client.trade.new_order(symbol="BNBUSDT", side="BUY", type="MARKET", quantity=Decimal("0.1"))


# -- 1 and 4: a delayed order --------------------------------------------------------------------------------------


def test_unknown_execution_status_carries_timestamp_and_recv_window(sandbox: Sandbox) -> None:
    with _funded(sandbox, recv_window=7000) as client:
        sandbox.faults.add(ORDER, "lost_response", method="POST", times=1)
        before = int(time.time() * 1000)
        with pytest.raises(UnknownExecutionStatus) as info:
            _market_buy(client)
        error = info.value
        assert error.recv_window == 7000
        assert error.timestamp is not None and before <= error.timestamp <= int(time.time() * 1000)
        assert error.final_at_ms == error.timestamp + 7000
        assert "timestamp" not in error.params and "signature" not in error.params


def test_reconcile_finds_an_order_that_reaches_the_exchange_after_the_client_gave_up(sandbox: Sandbox) -> None:
    """The order is held in the network until the client times out, then executes (inside its recvWindow):
    answering "never placed" at once would make the user place it twice."""
    with _funded(sandbox, recv_window=4000) as client:
        rule = sandbox.faults.add(ORDER, "delayed", method="POST", latency=0.4, times=1)
        slow = _client(sandbox, recv_window=4000, timeout=0.3, max_retries=0)
        with pytest.raises(UnknownExecutionStatus) as info:
            _market_buy(slow)
        slow.close()  # the client gave up on the request and closed its connection
        assert rule.hits == 1 and len(sandbox.user().orders) == 0, "not executed yet when the client gave up"
        order = client.reconcile(info.value)
        assert isinstance(order, MarginOrder) and order.client_order_id == info.value.client_order_id
        assert len(sandbox.user().orders) == 1


def test_reconcile_answers_none_only_after_the_recv_window_has_passed(sandbox: Sandbox) -> None:
    """Delayed past its recvWindow, the order is refused (-1021); ``None`` comes only after that moment."""
    with _funded(sandbox, recv_window=1000) as client:
        sandbox.faults.add(ORDER, "delayed", method="POST", latency=1.5, times=1)
        slow = _client(sandbox, recv_window=1000, timeout=0.2, max_retries=0)
        with pytest.raises(UnknownExecutionStatus) as info:
            _market_buy(slow)
        slow.close()
        assert client.reconcile(info.value) is None
        final = info.value.final_at_ms
        assert final is not None and time.time() * 1000 >= final, "None before the request could still execute"
        time.sleep(1.0)  # the held request has reached the exchange by now, and was refused
        assert len(sandbox.user().orders) == 0


def test_reconcile_order_list_by_its_list_client_order_id(sandbox: Sandbox) -> None:
    with _funded(sandbox) as client:
        sandbox.faults.add("/sapi/v1/margin/order/oco", "lost_response", method="POST", times=1)
        price = sandbox.price("BNBUSDT")
        with pytest.raises(UnknownExecutionStatus) as info:
            client.trade.new_oco(
                symbol="BNBUSDT",
                side="SELL",
                quantity=Decimal("0.1"),
                price=(price * Decimal("1.1")).quantize(Decimal("0.01")),
                stop_price=(price * Decimal("0.9")).quantize(Decimal("0.01")),
                stop_limit_price=(price * Decimal("0.89")).quantize(Decimal("0.01")),
                stop_limit_time_in_force="GTC",
                side_effect_type="MARGIN_BUY",
            )
        found = client.reconcile(info.value)
        assert isinstance(found, MarginOrderList)
        assert found.list_client_order_id == info.value.client_order_id


# -- 2: borrows, repays, transfers ---------------------------------------------------------------------------------


def test_reconcile_a_borrow_whose_answer_was_lost(sandbox: Sandbox) -> None:
    with _funded(sandbox) as client:
        client.borrow_repay.borrow_repay(asset="USDT", amount=Decimal("10"), type="BORROW")  # another, not it
        sandbox.faults.add(BORROW_REPAY, "lost_response", method="POST", times=1)
        with pytest.raises(UnknownExecutionStatus) as info:
            client.borrow_repay.borrow_repay(asset="USDT", amount=Decimal("25.5"), type="BORROW")
        record = client.reconcile(info.value)
        assert isinstance(record, BorrowRepayRecord)
        assert record.asset == "USDT" and record.principal == Decimal("25.5") and record.status == "CONFIRMED"
        assert sandbox.balance("USDT", "CROSS").borrowed == Decimal("35.5"), "borrowed once, never resent"


def test_reconcile_an_isolated_repay(sandbox: Sandbox) -> None:
    with _funded(sandbox) as client:
        btc = Isolated("BTCUSDT")
        client.transfer.universal_transfer(
            type="MARGIN_ISOLATEDMARGIN", asset="USDT", amount=Decimal("500"), to_symbol="BTCUSDT"
        )
        client.borrow_repay.borrow_repay(asset="USDT", amount=Decimal("100"), type="BORROW", margin=btc)
        sandbox.faults.add(BORROW_REPAY, "lost_response", method="POST", times=1)
        with pytest.raises(UnknownExecutionStatus) as info:
            client.borrow_repay.borrow_repay(asset="USDT", amount=Decimal("40"), type="REPAY", margin=btc)
        record = client.reconcile(info.value)
        assert isinstance(record, BorrowRepayRecord)
        assert record.isolated_symbol == "BTCUSDT" and record.amount == Decimal("40")


def test_reconcile_a_transfer_whose_answer_was_lost(sandbox: Sandbox) -> None:
    with _funded(sandbox) as client:
        sandbox.faults.add(TRANSFER, "5xx", method="POST", status=503, code=-1007, execute=True, times=1)
        with pytest.raises(UnknownExecutionStatus) as info:
            client.transfer.universal_transfer(type="MARGIN_MAIN", asset="USDT", amount=Decimal("12.34"))
        record = client.reconcile(info.value)
        assert isinstance(record, UniversalTransferRecord)
        assert record.amount == Decimal("12.34") and record.type_ == "MARGIN_MAIN"


def test_reconcile_a_transfer_that_never_executed_is_none_after_the_window(sandbox: Sandbox) -> None:
    with _funded(sandbox, recv_window=500) as client:
        sandbox.faults.add(TRANSFER, "5xx", method="POST", status=503, code=-1007, times=1)  # not executed
        with pytest.raises(UnknownExecutionStatus) as info:
            client.transfer.universal_transfer(type="MARGIN_MAIN", asset="USDT", amount=Decimal("7"))
        assert client.reconcile(info.value) is None
        final = info.value.final_at_ms
        assert final is not None and time.time() * 1000 >= final


def test_two_matching_transfers_are_an_ambiguity_listing_both(sandbox: Sandbox) -> None:
    with _funded(sandbox) as client:
        client.transfer.universal_transfer(type="MARGIN_MAIN", asset="USDT", amount=Decimal("3"))
        sandbox.faults.add(TRANSFER, "lost_response", method="POST", times=1)
        with pytest.raises(UnknownExecutionStatus) as info:
            client.transfer.universal_transfer(type="MARGIN_MAIN", asset="USDT", amount=Decimal("3"))
        with pytest.raises(AmbiguousReconciliationError) as ambiguous:
            client.reconcile(info.value)
        assert len(ambiguous.value.candidates) == 2
        assert all(isinstance(c, UniversalTransferRecord) for c in ambiguous.value.candidates)
        assert ambiguous.value.error is info.value


def test_operations_without_a_lookup_are_refused(sandbox: Sandbox) -> None:
    with _client(sandbox) as client:
        sandbox.faults.add("/sapi/v1/bnbBurn", "lost_response", method="POST", times=1)
        with pytest.raises(UnknownExecutionStatus) as info:
            client.account.toggle_bnb_burn(spot_bnb_burn=True)
        with pytest.raises(ValidationError, match="cannot be reconciled automatically"):
            client.reconcile(info.value)


async def test_async_reconcile_of_a_delayed_borrow(sandbox: Sandbox) -> None:
    with _funded(sandbox):
        pass
    sandbox.faults.add(BORROW_REPAY, "delayed", method="POST", latency=0.3, times=1)
    async with AsyncMarginClient(
        DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url, recv_window=3000, timeout=0.2, max_retries=0
    ) as slow:
        with pytest.raises(UnknownExecutionStatus) as info:
            await slow.borrow_repay.borrow_repay(asset="USDT", amount=Decimal("11"), type="BORROW")
    async with AsyncMarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url) as client:
        record = await client.reconcile(info.value)
    assert isinstance(record, BorrowRepayRecord) and record.principal == Decimal("11")
