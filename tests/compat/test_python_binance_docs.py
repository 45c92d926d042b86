"""python-binance's own "Margin Trading Endpoints" page (docs/margin.rst), every snippet as written, against the
sandbox; then a python-binance-style script that reads every compat result as a dict (issue 13, points 11-12).

The snippets are written out here from the page. Two lines cannot be taken literally anywhere: the page imports
``binance.enums`` (here ``binance_margin.compat.enums``, the same names), and ``orderId='orderId'`` is the page's
placeholder for an order id, filled in here with the id of the order the page placed, as text, the way a
python-binance user passes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from binance_margin.compat import Client
from binance_margin.errors import ValidationError
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox, config_from_dict

pytestmark = pytest.mark.integration

# (section heading on the page, the snippet as the page writes it)
PAGE_SNIPPETS: list[tuple[str, str]] = [
    ("Get cross-margin asset info", "info = client.get_margin_asset(asset='BNB')"),
    ("Get cross-margin symbol info", "info = client.get_margin_symbol(symbol='BTCUSDT')"),
    ("Get isolated margin symbol info", "info = client.get_isolated_margin_symbol(symbol='BTCUSDT')"),
    ("Get all isolated margin symbols", "info = client.get_all_isolated_margin_symbols()"),
    ("Get margin price index", "info = client.get_margin_price_index(symbol='BTCUSDT')"),
    (
        "Order Validation",
        'amount = 0.000234234\nprecision = 5\namt_str = "{:0.0{}f}".format(amount, precision)',
    ),
    ("Fetch all margin_orders", "orders = client.get_all_margin_orders(symbol='BNBBTC', limit=10)"),
    (
        "Place a margin order",
        "from binance.enums import *\n"
        "order = client.create_margin_order(\n"
        "    symbol='BNBBTC',\n"
        "    side=SIDE_BUY,\n"
        "    type=ORDER_TYPE_LIMIT,\n"
        "    timeInForce=TIME_IN_FORCE_GTC,\n"
        "    quantity=100,\n"
        "    price='0.00001')",
    ),
    ("Check order status", "order = client.get_margin_order(\n    symbol='BNBBTC',\n    orderId='orderId')"),
    ("Get all open margin orders", "orders = client.get_open_margin_orders(symbol='BNBBTC')"),
    ("Cancel a margin order", "result = client.cancel_margin_order(\n    symbol='BNBBTC',\n    orderId='orderId')"),
    ("Get all margin orders", "orders = client.get_all_margin_orders(symbol='BNBBTC')"),
    ("Get cross-margin account info", "info = client.get_margin_account()"),
    ("Create isolated margin account", "account = client.create_isolated_margin_account(base='BTC', quote='ETH')"),
    ("Get isolated margin account info", "info = client.get_isolated_margin_account()"),
    (
        "Transfer spot to cross-margin account",
        "transaction = client.transfer_spot_to_margin(asset='BTC', amount='1.1')",
    ),
    (
        "Transfer cross-margin account to spot",
        "transaction = client.transfer_margin_to_spot(asset='BTC', amount='1.1')",
    ),
    (
        "Transfer spot to isolated margin account",
        "transaction = client.transfer_spot_to_isolated_margin(asset='BTC', \n"
        "                                                        symbol='ETHBTC', amount='1.1')",
    ),
    (
        "Transfer isolated margin account to spot",
        "transaction = client.transfer_isolated_margin_to_spot(asset='BTC', \n"
        "                                                        symbol='ETHBTC', amount='1.1')",
    ),
    ("Get max transfer amount", "details = client.get_max_margin_transfer(asset='BTC')"),
    ("Get all margin trades", "trades = client.get_margin_trades(symbol='BNBBTC')"),
    ("Create loan", "transaction = client.create_margin_loan(asset='BTC', amount='1.1')"),
    ("Repay loan", "transaction = client.repay_margin_loan(asset='BTC', amount='1.1')"),
    ("Get loan details", "details = client.get_margin_loan_details(asset='BTC', txId='100001')"),
    ("Get repay details", "details = client.get_margin_repay_details(asset='BTC', txId='100001')"),
    ("Get max loan amount", "details = client.get_max_margin_loan(asset='BTC')"),
]

# What the page's account needs: BTC in cross margin for the BNBBTC order, the BTCETH isolated pair its
# create_isolated_margin_account(base='BTC', quote='ETH') names, and a BNBBTC price the page's 0.00001 bid rests
# under (Binance's PERCENT_PRICE_BY_SIDE would refuse it at today's price).
PAGE_ACCOUNT = {
    "users": [{"name": "demo", "cross": {"BTC": "2"}}],
    "pairs": [{"symbol": "BTCETH", "base": "BTC", "quote": "ETH", "price": "28.5", "cross": False}],
    "prices": {"BNBBTC": "0.000012"},
}


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox.running(config_from_dict(PAGE_ACCOUNT)) as sb:
        yield sb


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Client]:
    with Client(DEMO_API_KEY, DEMO_API_SECRET, base_url=sandbox.base_url) as c:
        yield c


def _literal(snippet: str, placed: dict[str, Any]) -> str:
    code = snippet.replace("from binance.enums import *", "from binance_margin.compat.enums import *")
    if "orderId='orderId'" in code:
        code = code.replace("orderId='orderId'", f"orderId='{placed['order']['orderId']}'")
    return code


def test_every_snippet_of_the_margin_page_runs_as_written(client: Client, sandbox: Sandbox) -> None:
    namespace: dict[str, Any] = {"client": client}
    placed: dict[str, Any] = {}
    for heading, snippet in PAGE_SNIPPETS:
        try:
            exec(_literal(snippet, placed), namespace)
        except Exception as exc:
            pytest.fail(f"{heading}: {snippet!r} raised {type(exc).__name__}: {exc}")
        if heading == "Place a margin order":
            placed["order"] = namespace["order"]
    # what the page's calls did, read the way the page's readers read results
    assert namespace["amt_str"] == "0.00023"
    order = placed["order"]
    assert order["symbol"] == "BNBBTC" and order["orderId"] > 0
    assert namespace["result"]["status"] == "CANCELED"
    assert namespace["result"]["orderId"] == order["orderId"]
    assert order["orderId"] in [o["orderId"] for o in namespace["orders"]]
    assert namespace["account"]["success"] is True
    assert namespace["details"]["amount"] and float(namespace["details"]["amount"]) > 0
    assert sandbox.balance("BTC", "CROSS").liability < Decimal("0.01")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.get_margin_loan_details(asset="BTC", txId="10x"), "txId must be a whole number"),
        (lambda c: c.get_all_margin_orders(symbol="BNBBTC", limit="ten"), "limit must be a whole number"),
        (lambda c: c.get_margin_order(symbol="BNBBTC", orderId="orderId"), "orderId must be a whole number"),
        (lambda c: c.get_margin_order(symbol="BNBBTC", orderId=True), "orderId must be a whole number"),
        (
            lambda c: c.create_margin_order(
                symbol="BNBBTC", side="BUY", type="MARKET", quantity="1", autoRepayAtCancel="yes"
            ),
            "autoRepayAtCancel must be True, False, 'TRUE' or 'FALSE'",
        ),
        (lambda c: c.get_margin_trades(symbol="BNBBTC", fromId="-1"), "from_id must not be negative"),
    ],
)
def test_text_that_is_not_a_number_or_a_flag_is_refused(client: Client, call: Any, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        call(client)


def test_numbers_and_flags_as_text_are_converted_exactly(client: Client, sandbox: Sandbox) -> None:
    order = client.create_margin_order(
        symbol="BNBBTC",
        side="BUY",
        type="LIMIT",
        timeInForce="GTC",
        quantity="100",
        price="0.00001",
        autoRepayAtCancel="FALSE",
        recvWindow="5000",
    )
    same = client.get_margin_order(symbol="BNBBTC", orderId=str(order["orderId"]))
    assert same["orderId"] == order["orderId"]
    assert len(client.get_all_margin_orders(symbol="BNBBTC", limit="1", startTime="0")) == 1
    big = str(2**60 + 1)  # an id beyond 2**53 stays exact
    assert client.get_margin_loan_details(asset="BTC", txId=big)["rows"] == []
