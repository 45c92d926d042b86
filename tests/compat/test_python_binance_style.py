"""A script written for python-binance, reading every result of every compat method as the dict python-binance
returned (issue 13, point 12), against the sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from binance_margin.compat import AsyncClient, Client
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox, config_from_dict

pytestmark = pytest.mark.integration

NOT_ENDPOINTS = {"close", "close_connection"}


class Recording:
    """Wraps a compat client and notes which of its methods the script called."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.called: set[str] = set()

    def __getattr__(self, name: str) -> Any:
        self.called.add(name)
        return getattr(self._client, name)


def python_binance_script(client: Any) -> None:
    """What python-binance users wrote: dict access on every result, nothing else."""
    asset = client.get_margin_asset(asset="BTC")
    assert asset["assetName"] == "BTC" and asset["isBorrowable"] in (True, False)
    pair = client.get_margin_symbol(symbol="BNBBTC")
    assert (pair["base"], pair["quote"]) == ("BNB", "BTC")
    iso_pair = client.get_isolated_margin_symbol(symbol="BTCUSDT")
    assert iso_pair["symbol"] == "BTCUSDT"
    assert "BTCUSDT" in [p["symbol"] for p in client.get_all_isolated_margin_symbols()]
    index = client.get_margin_price_index(symbol="BTCUSDT")
    assert float(index["price"]) > 0 and isinstance(index["price"], str)

    transaction = client.transfer_spot_to_margin(asset="BTC", amount="2")
    assert isinstance(transaction["tranId"], int)
    assert client.transfer_margin_to_spot(asset="BTC", amount="0.5")["tranId"] > transaction["tranId"]
    iso = client.transfer_spot_to_isolated_margin(asset="USDT", symbol="BTCUSDT", amount="1000")
    assert iso["tranId"] > 0 and "tranId" in iso and iso.get("nothing") is None
    assert client.transfer_isolated_margin_to_spot(asset="USDT", symbol="BTCUSDT", amount="100")["tranId"]
    details = client.get_max_margin_transfer(asset="BTC")
    assert float(details["amount"]) > 0

    info = client.get_margin_account()
    assert float(info["marginLevel"]) > 0
    btc = next(a for a in info["userAssets"] if a["asset"] == "BTC")
    assert float(btc["free"]) == 1.5 and isinstance(btc["free"], str)
    account = client.create_isolated_margin_account(base="BTC", quote="USDT")
    assert account["success"] is True
    iso_info = client.get_isolated_margin_account(symbols="BTCUSDT")
    assert iso_info["assets"][0]["symbol"] == "BTCUSDT"
    assert float(iso_info["assets"][0]["quoteAsset"]["free"]) == 900

    loan = client.create_margin_loan(asset="BTC", amount="0.1")
    assert loan["tranId"] > 0
    assert client.repay_margin_loan(asset="BTC", amount="0.05")["tranId"] > loan["tranId"]
    records = client.get_margin_loan_details(asset="BTC", txId=str(loan["tranId"]))
    assert [r["txId"] for r in records["rows"]] == [loan["tranId"]] and records["total"] == 1
    assert client.get_margin_repay_details(asset="BTC")["total"] == 1
    assert float(client.get_max_margin_loan(asset="BTC")["amount"]) > 0

    order = client.create_margin_order(
        symbol="BNBBTC", side="BUY", type="LIMIT", timeInForce="GTC", quantity="10", price="0.006"
    )
    assert order.get("fills", []) == [] and order["status"] == "NEW"
    market = client.create_margin_order(symbol="BNBBTC", side="BUY", type="MARKET", quantity="1")
    for fill in market.get("fills", []):
        assert float(fill["qty"]) > 0 and isinstance(fill["commission"], str)
    status = client.get_margin_order(symbol="BNBBTC", orderId=order["orderId"])
    assert status["orderId"] == order["orderId"] and status["side"] == "BUY"
    orders = client.get_open_margin_orders(symbol="BNBBTC")
    assert [o["orderId"] for o in orders] == [order["orderId"]]
    result = client.cancel_margin_order(symbol="BNBBTC", orderId=str(order["orderId"]))
    assert result["status"] == "CANCELED" and result["origQty"] == "10.00000000"
    every = client.get_all_margin_orders(symbol="BNBBTC", limit="10")
    assert {o["orderId"] for o in every} == {order["orderId"], market["orderId"]}
    trades = client.get_margin_trades(symbol="BNBBTC")
    assert all(t["orderId"] == market["orderId"] for t in trades) and trades
    assert all(float(t["qty"]) > 0 and t["isBuyer"] is True for t in trades)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox.running(config_from_dict({}), validate_responses=True) as sb:
        yield sb
        assert sb.errors == [], "\n".join(sb.errors)


def test_a_python_binance_script_runs_on_every_compat_method(sandbox: Sandbox) -> None:
    with Client(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url) as client:
        recording = Recording(client)
        python_binance_script(recording)
    endpoints = {n for n in dir(Client) if not n.startswith("_") and callable(getattr(Client, n))} - NOT_ENDPOINTS
    assert recording.called == endpoints, f"not exercised: {sorted(endpoints - recording.called)}"


async def test_async_results_read_the_same_way(sandbox: Sandbox) -> None:
    async with AsyncClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url) as client:
        await client.transfer_spot_to_margin(asset="BTC", amount="1")
        info = await client.get_margin_account()
        assert float(next(a for a in info["userAssets"] if a["asset"] == "BTC")["free"]) == 1
        order = await client.create_margin_order(symbol="BNBBTC", side="BUY", type="MARKET", quantity="1")
        assert [o["orderId"] for o in await client.get_all_margin_orders(symbol="BNBBTC")] == [order["orderId"]]
