"""Rate-limit headers, 429 with Retry-After, 418 bans; fault injection (latency, 5xx, drop, lost response)."""

from __future__ import annotations

import time
from decimal import Decimal

import httpx
import pytest
from binance_margin.sandbox import Sandbox

from ._signing import Api

ORDER = "/sapi/v1/margin/order"


def test_weight_headers(api: Api) -> None:
    r1 = api.raw("GET", "/sapi/v1/margin/account")
    r2 = api.raw("GET", "/sapi/v1/margin/account")
    assert r1.headers["X-SAPI-USED-IP-WEIGHT-1M"] == "10"
    assert r2.headers["X-SAPI-USED-IP-WEIGHT-1M"] == "20"
    assert "X-SAPI-USED-UID-WEIGHT-1M" not in r2.headers
    t = api.raw("POST", "/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "100"})
    assert t.headers["X-SAPI-USED-UID-WEIGHT-1M"] == "900"
    o = api.raw("POST", ORDER, {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "0.0001"})
    assert o.headers["X-SAPI-USED-UID-WEIGHT-1M"] == "906"
    o = api.raw(
        "POST",
        ORDER,
        {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "0.0001", "sideEffectType": "MARGIN_BUY"},
    )
    assert o.headers["X-SAPI-USED-UID-WEIGHT-1M"] == "2406"
    s = api.raw("GET", "/api/v3/time", signed=False)
    assert s.headers["X-MBX-USED-WEIGHT-1M"] == "1"
    assert "X-SAPI-USED-IP-WEIGHT-1M" not in s.headers
    # errors carry the headers too
    e = api.raw("GET", "/sapi/v1/margin/account", signature="00")
    assert e.status_code == 400 and e.headers["X-SAPI-USED-IP-WEIGHT-1M"] == "30"


def test_429_then_418(api: Api, sandbox: Sandbox) -> None:
    sandbox.limiter.limits.sapi_ip_weight_per_minute = 25
    sandbox.limiter.limits.violations_before_ban = 2
    api.get("/sapi/v1/margin/account")
    api.get("/sapi/v1/margin/account")
    for _ in range(2):
        r = api.raw("GET", "/sapi/v1/margin/account")
        assert r.status_code == 429
        assert r.json()["code"] == -1003
        assert 1 <= int(r.headers["Retry-After"]) <= 60
    r = api.raw("GET", "/sapi/v1/margin/account")
    assert r.status_code == 418
    assert r.json()["code"] == -1003 and "banned until" in r.json()["msg"]
    assert int(r.headers["Retry-After"]) == 120
    # banned everywhere, even for unweighted paths
    assert api.raw("GET", "/api/v3/time", signed=False).status_code == 418
    sandbox.clock.advance(minutes=2, seconds=1)
    assert api.raw("GET", "/sapi/v1/margin/account").status_code == 200
    # a second ban lasts twice as long
    api.get("/sapi/v1/margin/account")
    for _ in range(2):
        assert api.raw("GET", "/sapi/v1/margin/account").status_code == 429
    r = api.raw("GET", "/sapi/v1/margin/account")
    assert r.status_code == 418 and int(r.headers["Retry-After"]) == 240


def test_window_rolls_over_with_the_clock(api: Api, sandbox: Sandbox) -> None:
    sandbox.limiter.limits.sapi_uid_weight_per_minute = 1000
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1"})
    r = api.raw("POST", "/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1"})
    assert r.status_code == 429 and "Retry-After" in r.headers
    assert sandbox.balance("USDT", "CROSS").free == Decimal(1)  # refused, not executed
    sandbox.clock.advance(minutes=1)
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1"})


def test_order_count_limit(api: Api, sandbox: Sandbox) -> None:
    sandbox.config.rate_limits.orders_per_10s = 2
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "100"})
    params = {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "0.0001"}
    api.post(ORDER, params)
    api.post(ORDER, params)
    r = api.raw("POST", ORDER, params)
    assert r.status_code == 429 and r.json()["code"] == -1015
    assert r.headers["X-MBX-ORDER-COUNT-10S"] == "2"
    sandbox.clock.advance(seconds=10)
    api.post(ORDER, params)


def test_latency(api: Api, sandbox: Sandbox) -> None:
    rule = sandbox.faults.add("/api/v3/time", "latency", latency=0.3)
    t0 = time.perf_counter()
    api.get("/api/v3/time", signed=False)
    assert time.perf_counter() - t0 >= 0.3
    assert rule.hits == 1
    sandbox.faults.remove(rule)
    t0 = time.perf_counter()
    api.get("/api/v3/time", signed=False)
    assert time.perf_counter() - t0 < 0.3


def test_5xx_does_not_execute(api: Api, sandbox: Sandbox) -> None:
    sandbox.faults.add("/sapi/v1/asset/transfer", "5xx", status=503, times=1)
    r = api.raw("POST", "/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "5"})
    assert r.status_code == 503 and r.json()["code"] == -1001
    assert sandbox.balance("USDT", "CROSS").free == 0
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "5"})  # times=1: spent
    assert sandbox.balance("USDT", "CROSS").free == Decimal(5)


def test_5xx_after_execution(api: Api, sandbox: Sandbox) -> None:
    sandbox.faults.add(
        "/sapi/v1/asset/*",
        "5xx",
        method="POST",
        status=503,
        code=-1007,
        msg="Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
        execute=True,
        times=1,
    )
    r = api.raw("POST", "/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "5"})
    assert r.status_code == 503 and r.json()["code"] == -1007
    assert sandbox.balance("USDT", "CROSS").free == Decimal(5)  # it happened
    assert api.get("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN"})["total"] == 1


def test_drop_does_not_execute(api: Api, sandbox: Sandbox) -> None:
    sandbox.faults.add(ORDER, "drop", method="POST")
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "100"})
    with pytest.raises(httpx.RemoteProtocolError):
        api.raw(
            "POST",
            ORDER,
            {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "0.0001", "newClientOrderId": "c1"},
        )
    assert api.error("GET", ORDER, {"symbol": "BTCUSDT", "origClientOrderId": "c1"}) == (400, -2013)
    assert sandbox.balance("USDT", "CROSS").free == Decimal(100)


def test_lost_response_executes(api: Api, sandbox: Sandbox) -> None:
    rule = sandbox.faults.add(ORDER, "lost_response", method="POST", times=1, skip=1)
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "100"})
    params = {
        "symbol": "BTCUSDT",
        "side": "BUY",
        "type": "LIMIT",
        "timeInForce": "GTC",
        "quantity": "0.0001",
        "price": "90000",
    }
    api.post(ORDER, {**params, "newClientOrderId": "first"})  # skipped by the rule
    with pytest.raises(httpx.RemoteProtocolError):
        api.raw("POST", ORDER, {**params, "newClientOrderId": "lost-1"})
    assert rule.hits == 1 and rule.spent
    # the order exists: reconcile by client order id
    found = api.get(ORDER, {"symbol": "BTCUSDT", "origClientOrderId": "lost-1"})
    assert found["status"] == "NEW"
    assert len(api.get("/sapi/v1/margin/openOrders", {"symbol": "BTCUSDT"})) == 2
    # a GET on the same path is not affected (method filter), nor later POSTs (times=1)
    api.post(ORDER, {**params, "newClientOrderId": "after"})
    sandbox.faults.clear()
    assert sandbox.faults.rules == []


def _post_with_timeout(api: Api, params: dict[str, str]) -> None:
    import urllib.parse

    ts = int(time.time() * 1000)
    qs = urllib.parse.urlencode({**params, "timestamp": ts})
    qs += "&signature=" + api.signer(qs.encode())
    with httpx.Client(timeout=0.3) as one_shot:
        one_shot.post(f"{api.base_url}{ORDER}?{qs}", headers={"X-MBX-APIKEY": api.api_key or ""})


_LIMIT = {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "timeInForce": "GTC", "quantity": "0.0001"}


def test_hold_before_never_executes_once_the_client_is_gone(api: Api, sandbox: Sandbox) -> None:
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "100"})
    rule = sandbox.faults.add("/sapi/*", "hold_before", method="POST|DELETE", times=1)
    with pytest.raises(httpx.ReadTimeout):
        _post_with_timeout(api, {**_LIMIT, "price": "90000", "newClientOrderId": "held-1"})
    assert rule.reached.is_set() and rule.held == [("POST", ORDER)]
    time.sleep(0.2)  # the held request notices the client left, and is dropped
    assert api.error("GET", ORDER, {"symbol": "BTCUSDT", "origClientOrderId": "held-1"}) == (400, -2013)


def test_hold_after_executes_and_keeps_the_answer_until_the_client_is_gone(api: Api, sandbox: Sandbox) -> None:
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "100"})
    rule = sandbox.faults.add(ORDER, "hold_after", method="POST", times=1)
    with pytest.raises(httpx.ReadTimeout):
        _post_with_timeout(api, {**_LIMIT, "price": "90000", "newClientOrderId": "held-2"})
    assert rule.reached.is_set()
    assert api.get(ORDER, {"symbol": "BTCUSDT", "origClientOrderId": "held-2"})["status"] == "NEW"


def test_a_released_hold_goes_on_normally(api: Api, sandbox: Sandbox) -> None:
    import threading

    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "100"})
    rule = sandbox.faults.add(ORDER, "hold_before", method="POST", times=1)
    answers: list[dict[str, object]] = []
    worker = threading.Thread(target=lambda: answers.append(api.post(ORDER, {**_LIMIT, "price": "90000"})))
    worker.start()
    assert rule.reached.wait(10)
    assert api.get("/sapi/v1/margin/openOrders", {"symbol": "BTCUSDT"}) == []  # held before the exchange
    rule.release()
    worker.join(10)
    assert answers and answers[0]["status"] == "NEW"
    assert not sandbox.faults.take("POST", ORDER)  # times=1: spent
