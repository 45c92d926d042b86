"""python-binance's margin names, written as python-binance users write them, against the sandbox.

Each test checks the effect on the sandbox's ledger, not only that a call returned.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal

import pytest
from binance_margin.compat import AsyncClient, Client, NotFoundError, TransferLegError, TwoLegTransfer
from binance_margin.compat.enums import (
    ORDER_TYPE_LIMIT,
    ORDER_TYPE_MARKET,
    SIDE_BUY,
    SIDE_EFFECT_TYPE_MARGIN_BUY,
    TIME_IN_FORCE_GTC,
)
from binance_margin.errors import BinanceAPIError, ValidationError
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox

pytestmark = pytest.mark.integration


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox.running(port=0) as sb:
        yield sb


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Client]:
    with Client(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url) as c:
        yield c


@pytest.fixture
async def aclient(sandbox: Sandbox) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url) as c:
        yield c


def test_single_asset_and_pair_lookups_use_todays_list_endpoints(client: Client) -> None:
    asset = client.get_margin_asset(asset="BTC")
    assert asset.asset_name == "BTC"
    pair = client.get_margin_symbol(symbol="ETHBTC")
    assert (pair.symbol, pair.base, pair.quote) == ("ETHBTC", "ETH", "BTC")
    iso = client.get_isolated_margin_symbol(symbol="BNBUSDT")
    assert iso.symbol == "BNBUSDT"
    assert {p.symbol for p in client.get_all_isolated_margin_symbols()} >= {"BTCUSDT", "ETHUSDT", "BNBBTC"}
    assert client.get_margin_price_index(symbol="BTCUSDT").price > 0
    # Binance answers an unknown asset with -3027; an empty list would give NotFoundError.
    with pytest.raises((NotFoundError, BinanceAPIError)):
        client.get_margin_asset(asset="NOPE")


def test_spot_cross_transfers(client: Client, sandbox: Sandbox) -> None:
    spot_before = sandbox.balance("USDT", "SPOT").free
    result = client.transfer_spot_to_margin(asset="USDT", amount="1234.5")
    assert result.tran_id > 0
    assert sandbox.balance("USDT", "CROSS").free == Decimal("1234.5")
    assert sandbox.balance("USDT", "SPOT").free == spot_before - Decimal("1234.5")
    client.transfer_margin_to_spot(asset="USDT", amount=Decimal("234.5"))
    assert sandbox.balance("USDT", "CROSS").free == Decimal("1000")


def test_spot_isolated_transfers_go_through_cross_in_two_legs(client: Client, sandbox: Sandbox) -> None:
    spot_before = sandbox.balance("USDT", "SPOT").free
    result = client.transfer_spot_to_isolated_margin(asset="USDT", symbol="BTCUSDT", amount="500")
    assert isinstance(result, TwoLegTransfer) and result.first.tran_id != result.second.tran_id
    assert sandbox.balance("USDT", "BTCUSDT").free == Decimal("500")
    assert sandbox.balance("USDT", "CROSS").free == 0, "nothing left behind in cross margin"
    client.transfer_isolated_margin_to_spot(asset="USDT", symbol="BTCUSDT", amount="200")
    assert sandbox.balance("USDT", "BTCUSDT").free == Decimal("300")
    assert sandbox.balance("USDT", "SPOT").free == spot_before - Decimal("300")


def test_a_failed_second_leg_says_where_the_money_is(client: Client, sandbox: Sandbox) -> None:
    with pytest.raises(TransferLegError) as info:
        client.transfer_spot_to_isolated_margin(asset="USDT", symbol="XYZUSDT", amount="50")
    err = info.value
    assert err.failed_leg == "MARGIN_ISOLATEDMARGIN" and not err.outcome_unknown
    assert "cross margin" in str(err) and str(err.first.tran_id) in str(err)
    assert sandbox.balance("USDT", "CROSS").free == Decimal("50"), "the funds are where the error says"


def test_loans_and_repays_through_borrow_repay(client: Client, sandbox: Sandbox) -> None:
    client.transfer_spot_to_margin(asset="USDT", amount="1000")
    loan = client.create_margin_loan(asset="USDT", amount="100")
    assert sandbox.balance("USDT", "CROSS").borrowed == Decimal("100")
    details = client.get_margin_loan_details(asset="USDT", txId=loan.tran_id)
    assert [r.tx_id for r in details.rows or []] == [loan.tran_id]
    owed = sandbox.balance("USDT", "CROSS").liability  # Binance charges the first hour's interest on borrowing
    assert Decimal("100") <= owed < Decimal("100.01")
    repay = client.repay_margin_loan(asset="USDT", amount="40")
    assert sandbox.balance("USDT", "CROSS").liability == owed - Decimal("40")
    repays = client.get_margin_repay_details(asset="USDT", txId=repay.tran_id)
    assert [r.tx_id for r in repays.rows or []] == [repay.tran_id]
    assert client.get_max_margin_loan(asset="USDT").amount > 0
    assert client.get_max_margin_transfer(asset="USDT").amount > 0


def test_isolated_loan_with_python_binance_flags(client: Client, sandbox: Sandbox) -> None:
    client.transfer_spot_to_isolated_margin(asset="USDT", symbol="ETHUSDT", amount="1000")
    client.create_margin_loan(asset="USDT", amount="150", isIsolated="TRUE", symbol="ETHUSDT")
    assert sandbox.balance("USDT", "ETHUSDT").borrowed == Decimal("150")
    assert sandbox.balance("USDT", "CROSS").borrowed == 0
    records = client.get_margin_loan_details(asset="USDT", isolatedSymbol="ETHUSDT")
    assert records.total == 1
    owed = sandbox.balance("USDT", "ETHUSDT").liability
    client.repay_margin_loan(asset="USDT", amount=owed, isIsolated="TRUE", symbol="ETHUSDT")
    assert sandbox.balance("USDT", "ETHUSDT").liability == 0
    assert client.get_max_margin_loan(asset="USDT", isolatedSymbol="ETHUSDT").amount > 0
    with pytest.raises(ValidationError):
        client.create_margin_loan(asset="USDT", amount="1", isIsolated="TRUE")


def test_orders_as_python_binance_users_write_them(client: Client, sandbox: Sandbox) -> None:
    client.transfer_spot_to_margin(asset="USDT", amount="5000")
    price = (sandbox.price("BTCUSDT") * Decimal("0.9")).quantize(Decimal("0.01"))
    order = client.create_margin_order(
        symbol="BTCUSDT",
        side=SIDE_BUY,
        type=ORDER_TYPE_LIMIT,
        timeInForce=TIME_IN_FORCE_GTC,
        quantity="0.01",
        price=str(price),
    )
    assert order.client_order_id, "a client order id is always set, so the order can be reconciled"
    assert client.get_margin_order(symbol="BTCUSDT", orderId=order.order_id).status == "NEW"
    assert [o.order_id for o in client.get_open_margin_orders(symbol="BTCUSDT")] == [order.order_id]
    assert sandbox.balance("USDT", "CROSS").locked > 0
    cancelled = client.cancel_margin_order(symbol="BTCUSDT", orderId=order.order_id)
    assert cancelled.status == "CANCELED"
    assert client.get_open_margin_orders(symbol="BTCUSDT") == []
    assert sandbox.balance("USDT", "CROSS").locked == 0
    market = client.create_margin_order(
        symbol="BTCUSDT",
        side=SIDE_BUY,
        type=ORDER_TYPE_MARKET,
        quantity="0.01",
        sideEffectType=SIDE_EFFECT_TYPE_MARGIN_BUY,
    )
    assert market.status == "FILLED"
    assert {o.order_id for o in client.get_all_margin_orders(symbol="BTCUSDT")} == {order.order_id, market.order_id}
    trades = client.get_margin_trades(symbol="BTCUSDT")
    assert trades and all(t.order_id == market.order_id for t in trades)
    assert sandbox.balance("BTC", "CROSS").free > 0
    with pytest.raises(ValidationError, match="float"):
        client.create_margin_order(symbol="BTCUSDT", side=SIDE_BUY, type=ORDER_TYPE_MARKET, quantity=0.01)  # type: ignore[arg-type]


def test_isolated_orders_with_is_isolated_true(client: Client, sandbox: Sandbox) -> None:
    client.transfer_spot_to_isolated_margin(asset="USDT", symbol="BNBUSDT", amount="2000")
    price = (sandbox.price("BNBUSDT") * Decimal("0.95")).quantize(Decimal("0.01"))
    order = client.create_margin_order(
        symbol="BNBUSDT",
        side=SIDE_BUY,
        type=ORDER_TYPE_LIMIT,
        timeInForce=TIME_IN_FORCE_GTC,
        quantity="1",
        price=price,
        isIsolated="TRUE",
    )
    assert sandbox.balance("USDT", "BNBUSDT").locked == price
    assert client.get_open_margin_orders(symbol="BNBUSDT") == [], "the cross account has no such order"
    assert len(client.get_open_margin_orders(symbol="BNBUSDT", isIsolated="TRUE")) == 1
    client.cancel_margin_order(symbol="BNBUSDT", orderId=order.order_id, isIsolated="TRUE")
    assert sandbox.balance("USDT", "BNBUSDT").locked == 0


def test_accounts_and_create_isolated_margin_account(client: Client, sandbox: Sandbox) -> None:
    assert client.get_margin_account().user_assets is not None
    created = client.create_isolated_margin_account(base="BTC", quote="USDT")
    assert created.success and created.symbol == "BTCUSDT"
    client.transfer_spot_to_isolated_margin(asset="BTC", symbol="ETHBTC", amount="0.1")  # creates the account
    client.transfer_isolated_margin_to_spot(asset="BTC", symbol="ETHBTC", amount="0.1")  # empty it to disable it
    client.client.account.disable_isolated_account(symbol="ETHBTC")
    accounts = client.get_isolated_margin_account(symbols="ETHBTC")
    assert [a.enabled for a in accounts.assets] == [False]
    again = client.create_isolated_margin_account(base="ETH", quote="BTC")
    assert again.success
    assert [a.enabled for a in client.get_isolated_margin_account(symbols="ETHBTC").assets] == [True]
    with pytest.raises((NotFoundError, BinanceAPIError)):
        client.create_isolated_margin_account(base="XYZ", quote="USDT")


async def test_async_client_same_names(aclient: AsyncClient, sandbox: Sandbox) -> None:
    result = await aclient.transfer_spot_to_isolated_margin(asset="USDT", symbol="BTCUSDT", amount="300")
    assert result.second.tran_id > 0
    assert sandbox.balance("USDT", "BTCUSDT").free == Decimal("300")
    await aclient.create_margin_loan(asset="USDT", amount="30", isIsolated="TRUE", symbol="BTCUSDT")
    assert sandbox.balance("USDT", "BTCUSDT").borrowed == Decimal("30")
    assert (await aclient.get_margin_asset(asset="ETH")).asset_name == "ETH"
    account = await aclient.get_isolated_margin_account(symbols=["BTCUSDT"])
    assert account.assets[0].quote_asset.borrowed + account.assets[0].quote_asset.interest >= Decimal("30")
    owed = sandbox.balance("USDT", "BTCUSDT").liability
    await aclient.repay_margin_loan(asset="USDT", amount=owed, isIsolated="TRUE", symbol="BTCUSDT")
    assert sandbox.balance("USDT", "BTCUSDT").liability == 0
    await aclient.close_connection()


async def test_every_name_works_on_the_async_client(aclient: AsyncClient, sandbox: Sandbox) -> None:
    assert (await aclient.get_margin_symbol(symbol="BTCUSDT")).symbol == "BTCUSDT"
    assert (await aclient.get_isolated_margin_symbol(symbol="ETHUSDT")).symbol == "ETHUSDT"
    assert len(await aclient.get_all_isolated_margin_symbols()) >= 5
    assert (await aclient.get_margin_price_index(symbol="ETHBTC")).price > 0
    await aclient.transfer_spot_to_margin(asset="USDT", amount="3000")
    assert sandbox.balance("USDT", "CROSS").free == Decimal("3000")
    loan = await aclient.create_margin_loan(asset="USDT", amount="10")
    assert [r.tx_id for r in (await aclient.get_margin_loan_details(asset="USDT", txId=loan.tran_id)).rows or []] == [
        loan.tran_id
    ]
    repay = await aclient.repay_margin_loan(asset="USDT", amount="5")
    assert (await aclient.get_margin_repay_details(asset="USDT", txId=repay.tran_id)).total == 1
    assert (await aclient.get_max_margin_loan(asset="USDT")).amount > 0
    assert (await aclient.get_max_margin_transfer(asset="USDT")).amount > 0
    price = (sandbox.price("BTCUSDT") * Decimal("0.9")).quantize(Decimal("0.01"))
    order = await aclient.create_margin_order(
        symbol="BTCUSDT",
        side=SIDE_BUY,
        type=ORDER_TYPE_LIMIT,
        timeInForce=TIME_IN_FORCE_GTC,
        quantity="0.001",
        price=price,
    )
    assert (await aclient.get_margin_order(symbol="BTCUSDT", orderId=order.order_id)).status == "NEW"
    assert len(await aclient.get_open_margin_orders(symbol="BTCUSDT")) == 1
    await aclient.cancel_margin_order(symbol="BTCUSDT", orderId=order.order_id)
    assert await aclient.get_open_margin_orders(symbol="BTCUSDT") == []
    await aclient.create_margin_order(symbol="BTCUSDT", side=SIDE_BUY, type=ORDER_TYPE_MARKET, quantity="0.001")
    assert len(await aclient.get_all_margin_orders(symbol="BTCUSDT")) == 2
    assert len(await aclient.get_margin_trades(symbol="BTCUSDT")) >= 1
    assert sandbox.balance("BTC", "CROSS").free > 0
    assert (await aclient.get_margin_account()).user_assets
    assert (await aclient.create_isolated_margin_account(base="BNB", quote="BTC")).symbol == "BNBBTC"
    await aclient.transfer_spot_to_isolated_margin(asset="BTC", symbol="BNBBTC", amount="0.5")
    await aclient.transfer_isolated_margin_to_spot(asset="BTC", symbol="BNBBTC", amount="0.2")
    assert sandbox.balance("BTC", "BNBBTC").free == Decimal("0.3")
    await aclient.transfer_margin_to_spot(asset="USDT", amount="100")
    assert (await aclient.get_isolated_margin_account(symbols="BNBBTC")).assets[0].symbol == "BNBBTC"
