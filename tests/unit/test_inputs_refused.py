"""Inputs Binance documents a pattern or a range for are refused before anything is sent (issue 13, point 10)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from binance_margin import Isolated, MarginClient, MarginModeError
from binance_margin.errors import ValidationError

from ._mock import ORDER, FakeBinance, json_response, make_client

Call = Callable[[MarginClient], Any]

BAD_CALLS: list[tuple[str, Call, str]] = [
    (
        "client order id with a space",
        lambda c: c.trade.new_order(
            symbol="BTCUSDT", side="BUY", type="MARKET", quantity=Decimal(1), new_client_order_id="my order"
        ),
        "new_client_order_id='my order' is not a valid client order id",
    ),
    (
        "client order id of 37 characters",
        lambda c: c.trade.new_order(
            symbol="BTCUSDT", side="BUY", type="MARKET", quantity=Decimal(1), new_client_order_id="x" * 37
        ),
        "1 to 36 characters",
    ),
    (
        "origClientOrderId with a non-ASCII character",
        lambda c: c.trade.cancel_order(symbol="BTCUSDT", orig_client_order_id="ordré"),
        "orig_client_order_id='ordré' is not a valid client order id",
    ),
    (
        "OCO list client id",
        lambda c: c.trade.new_oco(
            symbol="BTCUSDT",
            side="SELL",
            quantity=Decimal(1),
            price=Decimal(2),
            stop_price=Decimal(1),
            list_client_order_id="a,b",
        ),
        "list_client_order_id='a,b'",
    ),
    (
        "OCO limit client id",
        lambda c: c.trade.new_oco(
            symbol="BTCUSDT",
            side="SELL",
            quantity=Decimal(1),
            price=Decimal(2),
            stop_price=Decimal(1),
            limit_client_order_id="a b",
        ),
        "limit_client_order_id='a b'",
    ),
    (
        "OCO stop client id",
        lambda c: c.trade.new_oco(
            symbol="BTCUSDT",
            side="SELL",
            quantity=Decimal(1),
            price=Decimal(2),
            stop_price=Decimal(1),
            stop_client_order_id="?",
        ),
        "stop_client_order_id='?'",
    ),
    (
        "lower-case symbol",
        lambda c: c.trade.get_open_orders(symbol="btcusdt"),
        "symbol='btcusdt' is not a symbol: Binance symbols are upper-case letters and digits, e.g. 'BTCUSDT' "
        "(did you mean 'BTCUSDT'?)",
    ),
    (
        "symbol with a separator",
        lambda c: c.trade.new_order(symbol="BTC/USDT", side="BUY", type="MARKET", quantity=Decimal(1)),
        "symbol='BTC/USDT' is not a symbol",
    ),
    (
        "isolated pairs list with a lower-case pair",
        lambda c: c.account.get_isolated_account(symbols=["BTCUSDT", "ethusdt"]),
        "symbols='ethusdt' is not a symbol",
    ),
    ("negative limit", lambda c: c.trade.get_all_orders(symbol="BTCUSDT", limit=-5), "limit must not be negative"),
    (
        "negative order id",
        lambda c: c.trade.get_order(symbol="BTCUSDT", order_id=-28),
        "order_id must not be negative, got -28",
    ),
    (
        "negative start time",
        lambda c: c.trade.get_all_orders(symbol="BTCUSDT", start_time=-1),
        "start_time must not be negative",
    ),
    (
        "negative fromId",
        lambda c: c.trade.get_my_trades(symbol="BTCUSDT", from_id=-1),
        "from_id must not be negative",
    ),
    (
        "negative txId",
        lambda c: c.borrow_repay.get_borrow_repay_records(type="BORROW", tx_id=-1),
        "tx_id must not be negative",
    ),
]


@pytest.mark.parametrize(("what", "call", "message"), BAD_CALLS, ids=[b[0] for b in BAD_CALLS])
def test_refused_before_sending_with_a_clear_message(what: str, call: Call, message: str) -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with make_client(fake) as client, pytest.raises(ValidationError) as info:
        call(client)
    assert message in str(info.value), str(info.value)
    assert fake.requests == [], f"{what}: a request was sent"


def test_documented_values_still_go_out() -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with make_client(fake) as client:
        client.trade.new_order(
            symbol="BTCUSDT",
            side="BUY",
            type="MARKET",
            quantity=Decimal(1),
            new_client_order_id="web_.:/-AZaz09" + "x" * 22,
        )
    assert fake.params()["newClientOrderId"] == "web_.:/-AZaz09" + "x" * 22


@pytest.mark.parametrize("pair", ["", " ", "btcusdt", "BTC USDT", "BTC-USDT"])
def test_isolated_refuses_what_is_not_a_pair_with_margin_mode_error(pair: str) -> None:
    with pytest.raises(MarginModeError, match="Isolated\\(\\) needs a trading pair"):
        Isolated(pair)


def test_isolated_accepts_pairs_and_the_symbol_less_form() -> None:
    assert Isolated("BTCUSDT").symbol == "BTCUSDT"
    assert Isolated().symbol is None
