"""The sandbox refuses what Binance refuses in parameter values: negative numbers where Binance takes digits
only, client order ids and symbols outside Binance's patterns, a symbolStatus filter it does not accept."""

from __future__ import annotations

import pytest

from ._signing import Api

INT_RANGE = "Illegal characters found in parameter '{}'; legal range is '^[0-9]{{1,20}}$'."


@pytest.mark.parametrize(
    ("path", "params", "name"),
    [
        ("/sapi/v1/margin/allOrders", {"symbol": "BTCUSDT", "limit": -1}, "limit"),
        ("/sapi/v1/margin/order", {"symbol": "BTCUSDT", "orderId": -5}, "orderId"),
        ("/sapi/v1/margin/myTrades", {"symbol": "BTCUSDT", "fromId": -1}, "fromId"),
        ("/sapi/v1/margin/allOrders", {"symbol": "BTCUSDT", "startTime": -1}, "startTime"),
        ("/sapi/v1/margin/borrow-repay", {"type": "BORROW", "txId": -3}, "txId"),
    ],
)
def test_negative_numbers_are_illegal_characters(api: Api, path: str, params: dict[str, object], name: str) -> None:
    r = api.raw("GET", path, params)  # type: ignore[arg-type]
    assert r.status_code == 400
    assert r.json() == {"code": -1100, "msg": INT_RANGE.format(name)}


def test_client_order_ids_outside_the_pattern_are_refused_and_nothing_is_placed(api: Api) -> None:
    order = {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "timeInForce": "GTC", "quantity": "0.001"}
    for bad in ("has space", "x" * 37, "ordré"):
        r = api.raw("POST", "/sapi/v1/margin/order", {**order, "price": "1000", "newClientOrderId": bad})
        assert (r.status_code, r.json()["code"]) == (400, -1100)
        assert "newClientOrderId" in r.json()["msg"]
    r = api.raw("DELETE", "/sapi/v1/margin/order", {"symbol": "BTCUSDT", "origClientOrderId": "a b"})
    assert (r.status_code, r.json()["code"]) == (400, -1100)
    assert api.get("/sapi/v1/margin/openOrders", {"symbol": "BTCUSDT"}) == []


def test_lower_case_symbols_are_refused(api: Api) -> None:
    assert api.error("GET", "/sapi/v1/margin/openOrders", {"symbol": "btcusdt"}) == (400, -1100)
    assert api.error("GET", "/sapi/v1/margin/isolated/account", {"symbols": "BTCUSDT,ethusdt"}) == (400, -1100)


def test_symbol_status_filter_takes_only_trading_halt_break(api: Api) -> None:
    assert api.get("/api/v3/exchangeInfo", {"symbolStatus": "TRADING"}, signed=False)
    r = api.raw("GET", "/api/v3/exchangeInfo", {"symbolStatus": "PRE_TRADING"}, signed=False)
    assert r.status_code == 400
