"""The user data and risk streams against the sandbox over real sockets, sync and async."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from binance_margin import CROSS, AsyncMarginClient, ClientConfig, Isolated, MarginClient, MarginMode
from binance_margin.sandbox import Sandbox
from binance_margin.streams import (
    BalanceUpdate,
    EventStreamTerminated,
    ExecutionReport,
    Resync,
    Stream,
    StreamConnectionError,
    StreamItem,
    StreamReconnected,
    UserLiabilityChange,
)

pytestmark = pytest.mark.integration

D = Decimal
ETH = Isolated("ETHUSDT")


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    """A sandbox (REST, WebSocket API and risk stream on one port)."""
    with Sandbox.running() as sandbox:
        yield sandbox


def _config(sb: Sandbox, **extra: Any) -> ClientConfig:
    values: dict[str, Any] = {
        "api_key": "demo-api-key",
        "api_secret": "demo-api-secret",
        "base_url": sb.base_url,
        "ws_api_url": sb.ws_api_url,
        "risk_stream_url": sb.risk_stream_url,
        "max_retries": 0,
        "stream_ping_interval": 0.3,
        "stream_stall_timeout": 2.0,  # generous on a loaded machine: no spurious "stalled"
        "stream_reconnect_backoff": 0.05,
    }
    values.update(extra)
    return ClientConfig.load(**values)


@pytest.fixture
def client(sb: Sandbox) -> Iterator[MarginClient]:
    """The demo user's client, cross funded with 20,000 USDT and 1 BTC, ETHUSDT isolated funded with 1,000 USDT."""
    with MarginClient(config=_config(sb)) as c:
        c.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=D(21000))
        c.transfer.universal_transfer(type="MAIN_MARGIN", asset="BTC", amount=D(1))
        c.transfer.universal_transfer(type="MARGIN_ISOLATEDMARGIN", asset="USDT", amount=D(1000), to_symbol="ETHUSDT")
        yield c


def _below(sb: Sandbox, symbol: str, fraction: str = "0.9") -> Decimal:
    return (sb.price(symbol) * D(fraction)).quantize(D("0.01"))


def _buy(
    client: MarginClient, sb: Sandbox, qty: str = "0.03", symbol: str = "BTCUSDT", margin: MarginMode = CROSS
) -> int:
    order = client.trade.new_order(
        symbol=symbol,
        side="BUY",
        type="LIMIT",
        time_in_force="GTC",
        quantity=D(qty),
        price=_below(sb, symbol),
        margin=margin,
    )
    return order.order_id


def _collect(stream: Stream, until: Callable[[list[StreamItem]], bool], limit: float = 20) -> list[Any]:
    """Items until ``until(items)`` holds (a watchdog closes the stream after ``limit`` seconds: no hang)."""
    items: list[StreamItem] = []
    watchdog = threading.Timer(limit, stream.close)
    watchdog.start()
    try:
        for item in stream:
            items.append(item)
            if until(items):
                return items
    finally:
        watchdog.cancel()
        watchdog.join()
    raise AssertionError(f"the stream ended (watchdog after {limit} s?) after {items[-5:]}")


def _reports(items: list[Any], order_id: int) -> list[ExecutionReport]:
    return [i for i in items if isinstance(i, ExecutionReport) and i.order_id == order_id]


def _lifecycle_is_complete(order_id: int) -> Callable[[list[Any]], bool]:
    return lambda items: any(r.order_status == "FILLED" for r in _reports(items, order_id))


def _check_lifecycle(reports: list[ExecutionReport], account: MarginMode = CROSS) -> None:
    steps = [
        (r.execution_type, r.order_status, r.last_executed_quantity, r.cumulative_filled_quantity) for r in reports
    ]
    assert steps == [
        ("NEW", "NEW", D(0), D(0)),
        ("TRADE", "PARTIALLY_FILLED", D("0.01"), D("0.01")),
        ("TRADE", "PARTIALLY_FILLED", D("0.01"), D("0.02")),
        ("TRADE", "FILLED", D("0.01"), D("0.03")),
    ]
    for r in reports:
        assert r.account == account
        assert isinstance(r.cumulative_filled_quantity, Decimal) and isinstance(r.price, Decimal)
        assert r.quantity == D("0.03")
    fills = reports[1:]
    assert (
        sum((r.last_executed_quantity * r.last_executed_price for r in fills), D(0))
        == reports[-1].cumulative_quote_quantity
    )
    assert len({r.execution_id for r in reports}) == 4


def _fill_in_three(sb: Sandbox, symbol: str, price: Decimal) -> None:
    sb.trade(symbol, "0.01", price, side="SELL")
    sb.trade(symbol, "0.01", price, side="SELL")
    sb.set_price(symbol, price - D(1))


# -- an order's lifecycle ------------------------------------------------------------------------------------------


def test_order_lifecycle_arrives_in_order_with_exact_decimals(client: MarginClient, sb: Sandbox) -> None:
    with client.user_stream() as stream:
        order_id = _buy(client, sb)
        _fill_in_three(sb, "BTCUSDT", _below(sb, "BTCUSDT"))
        items = _collect(stream, _lifecycle_is_complete(order_id))
    _check_lifecycle(_reports(items, order_id))


async def test_order_lifecycle_async(client: MarginClient, sb: Sandbox) -> None:
    async with AsyncMarginClient(config=client.config) as aclient, aclient.user_stream(CROSS) as stream:
        price = _below(sb, "BTCUSDT")
        order = await aclient.trade.new_order(
            symbol="BTCUSDT", side="BUY", type="LIMIT", time_in_force="GTC", quantity=D("0.03"), price=price
        )
        _fill_in_three(sb, "BTCUSDT", price)
        items: list[Any] = []
        async with asyncio.timeout(20):
            async for item in stream:
                items.append(item)
                if _lifecycle_is_complete(order.order_id)(items):
                    break
    _check_lifecycle(_reports(items, order.order_id))


# -- isolated pairs ------------------------------------------------------------------------------------------------


def test_isolated_pair_events_arrive_on_its_subscription(client: MarginClient, sb: Sandbox) -> None:
    with client.user_stream(CROSS, ETH) as stream:
        assert stream.accounts == (CROSS, ETH)
        eth_order = _buy(client, sb, "0.1", "ETHUSDT", ETH)
        btc_order = _buy(client, sb)
        items = _collect(stream, lambda items: bool(_reports(items, eth_order)) and bool(_reports(items, btc_order)))
    assert [r.account for r in _reports(items, eth_order)] == [ETH]
    assert [r.account for r in _reports(items, btc_order)] == [CROSS]
    assert {r.symbol for r in items if isinstance(r, ExecutionReport) and r.account == ETH} == {"ETHUSDT"}


async def test_isolated_pair_only_async(client: MarginClient, sb: Sandbox) -> None:
    async with AsyncMarginClient(config=client.config) as aclient, aclient.user_stream(ETH) as stream:
        btc_order = _buy(client, sb)  # cross: must not arrive on the isolated subscription
        eth_order = _buy(client, sb, "0.1", "ETHUSDT", ETH)
        items: list[Any] = []
        async with asyncio.timeout(20):
            async for item in stream:
                items.append(item)
                if _reports(items, eth_order):
                    break
    assert _reports(items, btc_order) == []
    assert all(i.account == ETH for i in items)


# -- transfers and borrowing ---------------------------------------------------------------------------------------


def test_transfer_and_borrow_produce_balance_and_liability_events(client: MarginClient, sb: Sandbox) -> None:
    with client.user_stream() as user, client.risk_stream() as risk:
        client.transfer.universal_transfer(type="MAIN_MARGIN", asset="BNB", amount=D("12.5"))
        client.borrow_repay.borrow_repay(asset="BTC", amount=D("0.015"), type="BORROW")
        balance = _collect(user, lambda items: any(isinstance(i, BalanceUpdate) for i in items))[-1]
        liability = _collect(risk, lambda items: any(isinstance(i, UserLiabilityChange) for i in items))[-1]
    assert isinstance(balance, BalanceUpdate)
    assert (balance.asset, balance.balance_delta, balance.account) == ("BNB", D("12.5"), CROSS)
    assert isinstance(liability, UserLiabilityChange)
    assert (liability.asset, liability.liability_type, liability.principal) == ("BTC", "BORROW", D("0.015"))


async def test_borrow_liability_event_async(client: MarginClient, sb: Sandbox) -> None:
    async with AsyncMarginClient(config=client.config) as aclient, aclient.risk_stream() as risk:
        await aclient.borrow_repay.borrow_repay(asset="USDT", amount=D(100), type="BORROW")
        async with asyncio.timeout(20):
            async for event in risk:
                if isinstance(event, UserLiabilityChange):
                    break
    assert (event.asset, event.principal, event.account) == ("USDT", D(100), CROSS)


# -- renewal -------------------------------------------------------------------------------------------------------


def test_renewal_with_two_second_tokens_loses_and_repeats_nothing(client: MarginClient, sb: Sandbox) -> None:
    placed: list[int] = []
    stop = threading.Event()
    with client.user_stream(CROSS, ETH, validity=2) as stream:

        def place() -> None:
            try:
                while not stop.is_set():
                    placed.append(_buy(client, sb, "0.001"))
                    placed.append(_buy(client, sb, "0.003", "ETHUSDT", ETH))
                    time.sleep(0.15)
            finally:
                stop.set()

        worker = threading.Thread(target=place)
        worker.start()
        try:
            items = _collect(stream, lambda _items: stream.renewals >= 10 or stop.is_set(), limit=30)  # 5 each
        finally:
            stop.set()
            worker.join()
        last = placed[-1]
        if not _reports(items, last):  # its events may have arrived already
            items += _collect(stream, lambda more: bool(_reports(more, last)))
        renewals = stream.renewals
    reports = [i for i in items if isinstance(i, ExecutionReport)]
    news = [r.order_id for r in reports if r.execution_type == "NEW"]
    assert renewals >= 10
    assert sorted(news) == sorted(placed)  # every order's NEW exactly once
    assert len({(r.order_id, r.execution_id) for r in reports}) == len(reports)
    assert not any(isinstance(i, EventStreamTerminated | StreamReconnected) for i in items)


async def test_renewal_async(client: MarginClient, sb: Sandbox) -> None:
    placed: list[int] = []
    async with AsyncMarginClient(config=client.config) as aclient, aclient.user_stream(validity=2) as stream:

        async def place() -> None:
            order = await aclient.trade.new_order(
                symbol="BTCUSDT",
                side="BUY",
                type="LIMIT",
                time_in_force="GTC",
                quantity=D("0.001"),
                price=_below(sb, "BTCUSDT"),
            )
            placed.append(order.order_id)

        await place()
        items: list[Any] = []
        async with asyncio.timeout(30):
            async for item in stream:  # one more order per event, until 5 renewals have passed
                items.append(item)
                if stream.renewals < 5:
                    await asyncio.sleep(0.05)
                    await place()
                elif _reports(items, placed[-1]):
                    break
    news = [i.order_id for i in items if isinstance(i, ExecutionReport) and i.execution_type == "NEW"]
    assert sorted(news) == sorted(placed) and len(placed) >= 5
    assert not any(isinstance(i, EventStreamTerminated | StreamReconnected) for i in items)


# -- reconnect -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["drop", "stall", "shutdown"])
def test_reconnect_yields_marker_then_resync_with_orders_placed_while_blind(
    client: MarginClient, sb: Sandbox, fault: str
) -> None:
    with client.user_stream(CROSS, ETH) as stream:
        if fault == "drop":
            sb.streams.drop_all()
        elif fault == "stall":
            sb.streams.stall(5)
        else:
            sb.streams.shutdown()
        blind = [_buy(client, sb), _buy(client, sb, "0.1", "ETHUSDT", ETH)]
        items = _collect(stream, lambda items: isinstance(items[-1], Resync))
    marker, resync = items[-2], items[-1]
    assert isinstance(marker, StreamReconnected) and marker.blind_seconds >= 0
    assert marker.reason == {"drop": "connection lost", "stall": "stalled", "shutdown": "server shutdown"}[fault]
    assert isinstance(resync, Resync) and set(resync.snapshots) == {CROSS, ETH}
    assert set(blind) <= resync.open_order_ids()
    assert blind[1] in {o.order_id for o in resync.snapshots[ETH].open_orders}
    assert resync.snapshots[CROSS].cross is not None and resync.snapshots[ETH].isolated is not None
    assert stream.reconnects == 1


async def test_reconnect_async(client: MarginClient, sb: Sandbox) -> None:
    async with AsyncMarginClient(config=client.config) as aclient, aclient.user_stream() as stream:
        sb.streams.drop_all()
        blind = _buy(client, sb)
        items: list[Any] = []
        async with asyncio.timeout(20):
            async for item in stream:
                items.append(item)
                if isinstance(item, Resync):
                    break
    assert isinstance(items[-2], StreamReconnected)
    assert blind in items[-1].open_order_ids()


def test_risk_stream_reconnects_too(client: MarginClient, sb: Sandbox) -> None:
    with client.risk_stream() as risk:
        sb.streams.drop_all()
        items = _collect(risk, lambda items: isinstance(items[-1], Resync))
    assert isinstance(items[-2], StreamReconnected)
    assert items[-1].snapshots[CROSS].cross is not None


# -- closing -------------------------------------------------------------------------------------------------------


def test_closing_leaves_no_thread_or_connection(client: MarginClient, sb: Sandbox) -> None:
    before = set(threading.enumerate())
    with client.user_stream(CROSS, ETH) as stream, client.risk_stream() as risk:
        assert sb.streams.open_count == 2
        _buy(client, sb)
        next(iter(stream))
        sb.streams.drop_all()  # closing while reconnecting, too
    assert list(stream) == [] and list(risk) == []  # a closed stream ends
    assert set(threading.enumerate()) == before
    assert sb.streams.wait_until(lambda hub: hub.open_count == 0, timeout=5)


async def test_closing_async_leaves_no_task_or_connection(client: MarginClient, sb: Sandbox) -> None:
    before = asyncio.all_tasks()
    threads = set(threading.enumerate())
    async with AsyncMarginClient(config=client.config) as aclient:
        async with aclient.user_stream(CROSS, ETH) as stream, aclient.risk_stream():
            assert sb.streams.open_count == 2
            _buy(client, sb)
            await anext(stream)
        assert asyncio.all_tasks() == before
        assert [i async for i in stream] == []
    assert set(threading.enumerate()) == threads
    assert await sb.streams.wait_until_async(lambda hub: hub.open_count == 0, timeout=5)


# -- reconnect backoff and giving up -------------------------------------------------------------------------------


def test_reconnect_retries_refused_handshakes_then_reports_the_attempts(client: MarginClient, sb: Sandbox) -> None:
    with client.user_stream() as stream:
        sb.faults.add("/ws-api/v3", "5xx", status=503, times=2)
        sb.streams.drop_all()
        items = _collect(stream, lambda items: isinstance(items[-1], Resync))
    marker = items[-2]
    assert isinstance(marker, StreamReconnected) and marker.attempts == 3


def test_a_stream_that_cannot_reconnect_raises_a_typed_error(sb: Sandbox) -> None:
    with MarginClient(config=_config(sb, stream_reconnect_attempts=2)) as client:
        with client.user_stream() as stream:
            sb.faults.add("/ws-api/v3", "5xx", status=503, times=10)
            sb.streams.drop_all()
            with pytest.raises(StreamConnectionError) as exc:
                _collect(stream, lambda _items: False)
        assert exc.value.attempts == 2 and exc.value.stream == "user"
        assert list(stream) == []


def test_the_risk_stream_keeps_its_listen_key_alive(sb: Sandbox) -> None:
    puts = sb.faults.add("/sapi/v1/margin/listen-key", "latency", method="PUT", latency=0.0)
    with MarginClient(config=_config(sb, risk_keepalive_interval=0.2)) as client, client.risk_stream() as risk:
        deadline = time.monotonic() + 10
        while puts.hits < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=D(100))
        client.borrow_repay.borrow_repay(asset="USDT", amount=D(10), type="BORROW")
        items = _collect(risk, lambda items: isinstance(items[-1], UserLiabilityChange))
    assert puts.hits >= 3  # PUT /sapi/v1/margin/listen-key every risk_keepalive_interval
    assert not any(isinstance(i, StreamReconnected) for i in items)
