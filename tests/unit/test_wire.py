"""The exact bytes of real requests: what goes on the wire is what was signed."""

from __future__ import annotations

import hashlib
import hmac
from decimal import Decimal

import pytest
from binance_margin import CROSS, Isolated, ValidationError
from binance_margin_generated.operations import OPERATIONS

from ._mock import API_KEY, API_SECRET, FIXED_MS, ORDER, FakeBinance, json_response, make_client

ISOLATED_ACCOUNT = {"assets": []}


def _sign(payload: str) -> str:
    return hmac.new(API_SECRET.encode(), payload.encode(), hashlib.sha256).hexdigest()


def _in_spec_order(operation_id: str, values: dict[str, str]) -> str:
    order = [p.name for p in OPERATIONS[operation_id].params]
    return "&".join(f"{name}={values[name]}" for name in order if name in values)


def _assert_signed_exactly(raw_path: bytes, path: str, expected_query: str) -> None:
    payload = f"{expected_query}&timestamp={FIXED_MS}" if expected_query else f"timestamp={FIXED_MS}"
    assert raw_path.decode("ascii") == f"{path}?{payload}&signature={_sign(payload)}"


def test_isolated_limit_order_bytes() -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with make_client(fake) as client:
        client.trade.new_order(
            symbol="BTCUSDT",
            side="BUY",
            type="LIMIT",
            quantity=Decimal("0.00100"),
            price="30000.10",
            time_in_force="GTC",
            new_client_order_id="my-order-1",
            margin=Isolated("BTCUSDT"),
        )
    request = fake.last
    assert request.method == "POST" and request.content == b""
    assert request.headers["X-MBX-APIKEY"] == API_KEY
    expected = _in_spec_order(
        "newOrder",
        {
            "symbol": "BTCUSDT",
            "isIsolated": "TRUE",
            "side": "BUY",
            "type": "LIMIT",
            "quantity": "0.00100",
            "price": "30000.10",
            "newClientOrderId": "my-order-1",
            "timeInForce": "GTC",
        },
    )
    _assert_signed_exactly(request.url.raw_path, "/sapi/v1/margin/order", expected)


def test_symbols_list_is_comma_joined_and_encoded() -> None:
    fake = FakeBinance(json_response(200, ISOLATED_ACCOUNT))
    with make_client(fake) as client:
        client.account.get_isolated_account(symbols=["BTCUSDT", "ETHUSDT"])
    _assert_signed_exactly(fake.last.url.raw_path, "/sapi/v1/margin/isolated/account", "symbols=BTCUSDT%2CETHUSDT")
    assert fake.params()["symbols"] == "BTCUSDT,ETHUSDT"


def test_symbols_list_max_five() -> None:
    fake = FakeBinance(json_response(200, ISOLATED_ACCOUNT))
    with make_client(fake) as client, pytest.raises(ValidationError, match="at most 5"):
        client.account.get_isolated_account(symbols=["A", "B", "C", "D", "E", "F"])
    assert fake.requests == []


def test_client_order_id_with_colon_and_slash() -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with make_client(fake) as client:
        client.trade.new_order(
            symbol="BTCUSDT",
            side="SELL",
            type="MARKET",
            quantity="1",
            new_client_order_id="strat:7/leg_1",
            margin=CROSS,
        )
    expected = _in_spec_order(
        "newOrder",
        {
            "symbol": "BTCUSDT",
            "side": "SELL",
            "type": "MARKET",
            "quantity": "1",
            "newClientOrderId": "strat%3A7%2Fleg_1",
        },
    )
    _assert_signed_exactly(fake.last.url.raw_path, "/sapi/v1/margin/order", expected)
    assert fake.params()["newClientOrderId"] == "strat:7/leg_1"


def test_decimals_never_use_an_exponent() -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with make_client(fake) as client:
        client.trade.new_order(
            symbol="BTCUSDT", side="BUY", type="LIMIT", quantity=Decimal("1E-8"), price="1e3", time_in_force="GTC"
        )
    params = fake.params()
    assert params["quantity"] == "0.00000001" and params["price"] == "1000"


def test_recv_window_default_and_per_call() -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with make_client(fake, recv_window=7000) as client:
        client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
        assert fake.params()["recvWindow"] == "7000"
        client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1", recv_window=100)
        assert fake.params()["recvWindow"] == "100"
        assert fake.last.url.query.count(b"recvWindow=") == 1


def test_unsigned_and_key_only_operations() -> None:
    fake = FakeBinance(json_response(200, {}))
    with make_client(fake) as client:
        client.general.ping()
        assert "X-MBX-APIKEY" not in fake.last.headers and fake.last.url.query == b""
        fake.queue(json_response(200, []))
        client.market_data.get_all_cross_pairs(symbol="BTCUSDT")
        assert fake.last.headers["X-MBX-APIKEY"] == API_KEY
        assert fake.last.url.query == b"symbol=BTCUSDT"


def test_new_client_order_id_generated_when_missing() -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with make_client(fake) as client:
        client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
        first = fake.params()["newClientOrderId"]
        client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
        second = fake.params()["newClientOrderId"]
    assert first != second
    for value in (first, second):
        assert 1 <= len(value) <= 36 and all(c.isalnum() or c in "._-:/" for c in value)


def test_order_list_ids_generated_for_every_leg_sent() -> None:
    fake = FakeBinance(
        json_response(
            200,
            {
                "orderListId": 1,
                "contingencyType": "OTO",
                "listStatusType": "EXEC_STARTED",
                "listOrderStatus": "EXECUTING",
                "listClientOrderId": "x",
                "transactionTime": 1,
                "symbol": "BTCUSDT",
                "orders": [],
            },
        )
    )
    with make_client(fake) as client:
        client._runtime.call(
            OPERATIONS["newOtoco"],
            {
                "symbol": "BTCUSDT",
                "working_type": "LIMIT",
                "working_side": "BUY",
                "working_price": "1",
                "working_quantity": "1",
                "pending_side": "SELL",
                "pending_quantity": "1",
                "pending_above_type": "LIMIT_MAKER",
                "pending_above_price": "2",
            },
            CROSS,
        )
    params = fake.params()
    assert {"listClientOrderId", "workingClientOrderId", "pendingAboveClientOrderId"} <= set(params)
    assert "pendingBelowClientOrderId" not in params  # no below leg, so no id for it
