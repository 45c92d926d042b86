"""The WebSocket API user data stream: subscribe / unsubscribe / ping, -1209, events of an order's life."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import httpx
import pytest
from binance_margin.sandbox import AsyncSandbox, Sandbox

from ._signing import Api, encode, hmac_signer
from ._ws import WsApi

D = Decimal
ORDER = "/sapi/v1/margin/order"
TOKEN = "/sapi/v1/userListenToken"

EXECUTION_REPORT_KEYS = set(
    [
        "e",
        "E",
        "s",
        "c",
        "S",
        "o",
        "f",
        "q",
        "p",
        "P",
        "F",
        "g",
        "C",
        "x",
        "X",
        "r",
        "i",
        "l",
        "z",
        "L",
        "n",
        "N",
        "T",
        "t",
        "I",
        "w",
        "m",
        "M",
        "O",
        "Z",
        "Y",
        "Q",
        "W",
        "V",
    ]
)


@pytest.fixture
def funded(api: Api) -> Api:
    """Cross funded with 20,000 USDT and 1 BTC."""
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "20000"})
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "BTC", "amount": "1"})
    return api


def token(api: Api, **params: Any) -> str:
    """A fresh listen token."""
    t: str = api.post(TOKEN, params)["token"]
    return t


async def test_subscribe_ping_unsubscribe(funded: Api, sandbox: Sandbox) -> None:
    t = funded.post(TOKEN, {"validity": 60_000})
    assert set(t) == {"token", "expirationTime"}
    async with await WsApi.connect(sandbox.ws_api_url) as ws:
        r = await ws.request("ping", {})
        assert r["status"] == 200 and r["result"] == {} and r["id"] == 1
        assert r["rateLimits"][0]["rateLimitType"] == "REQUEST_WEIGHT"
        r = await ws.request("userDataStream.subscribe.listenToken", {"listenToken": t["token"]})
        assert r["status"] == 200
        assert r["result"] == {"subscriptionId": 0, "expirationTime": t["expirationTime"]}
        r = await ws.request("session.subscriptions")
        assert r["result"] == [{"subscriptionId": 0}]
        # The same account again (a renewal's overlap): a second subscription.
        assert await ws.subscribe(token(funded)) == 1
        assert sandbox.streams.subscription_count == 2
        r = await ws.request("userDataStream.unsubscribe", {"subscriptionId": 0})
        assert r["status"] == 200 and r["result"] == {}
        assert (await ws.request("session.subscriptions"))["result"] == [{"subscriptionId": 1}]
        # Events now go to subscription 1 only.
        funded.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1"})
        frame = await ws.event()
        assert frame["subscriptionId"] == 1 and frame["event"]["e"] == "balanceUpdate"
        assert (await ws.request("userDataStream.unsubscribe"))["result"] == {}
        assert (await ws.request("session.subscriptions"))["result"] == []
        funded.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1"})
        leftover = await ws.quiet(0.3)
        assert [f for f in leftover if "event" in f and f.get("subscriptionId") == 0] == []
        assert all(f["subscriptionId"] == 1 for f in leftover if "event" in f)
    assert sandbox.streams.wait_until(lambda h: h.open_count == 0)


async def test_request_errors(funded: Api, sandbox: Sandbox) -> None:
    async with await WsApi.connect(sandbox.ws_api_url) as ws:
        r = await ws.request("userDataStream.subscribe.listenToken", {"listenToken": "not-a-token"})
        assert r["status"] == 400 and r["error"]["code"] == -1209
        r = await ws.request("userDataStream.subscribe.listenToken", {})
        assert r["status"] == 400 and r["error"]["code"] == -1102
        r = await ws.request("no.such.method", {})
        assert r["status"] == 400 and r["error"]["code"] == -1020
        rid = await ws.send("ping", rid="str-id")
        assert (await ws.response("str-id"))["status"] == 200 and rid == "str-id"
        await ws.ws.send_str("{not json")
        r = await ws.response(None)
        assert r["status"] == 400 and r["error"]["code"] == -1135
        # An expired token answers -1209 too.
        t = token(funded, validity=1000)
        sandbox.clock.advance(seconds=2)
        r = await ws.request("userDataStream.subscribe.listenToken", {"listenToken": t})
        assert r["error"]["code"] == -1209


def test_listen_token_parameters(funded: Api) -> None:
    assert funded.error("POST", TOKEN, {"validity": 0}) == (400, -1130)
    assert funded.error("POST", TOKEN, {"validity": 86_400_001}) == (400, -1130)
    assert funded.error("POST", TOKEN, {"isIsolated": "TRUE"}) == (400, -1102)
    assert funded.error("POST", TOKEN, {"isIsolated": "TRUE", "symbol": "BTCUSDT"})[1] == -11001
    before = funded.post(TOKEN, {})
    assert 86_399_000 <= before["expirationTime"] - funded.get("/api/v3/time", signed=False)["serverTime"] <= 86_400_000


async def test_order_lifecycle_with_partial_fills(funded: Api, sandbox: Sandbox) -> None:
    async with await WsApi.connect(sandbox.ws_api_url) as ws:
        sid = await ws.subscribe(token(funded))
        o = funded.post(
            ORDER,
            {
                "symbol": "BTCUSDT",
                "side": "BUY",
                "type": "LIMIT",
                "timeInForce": "GTC",
                "quantity": "0.2",
                "price": "95000",
                "newClientOrderId": "life-1",
            },
        )
        assert sandbox.trade("BTCUSDT", "0.1", "95000") == [(o["orderId"], D("0.1"))]
        assert sandbox.trade("BTCUSDT", "0.05", "94000") == [(o["orderId"], D("0.05"))]
        sandbox.set_price("BTCUSDT", "94900")  # crosses the rest: filled
        frames = await ws.events_until(lambda e: e["e"] == "executionReport" and e["X"] == "FILLED")
        frames += await ws.events_until(lambda e: e["e"] == "outboundAccountPosition")
    assert all(f["subscriptionId"] == sid for f in frames)
    events = [f["event"] for f in frames]
    reports = [e for e in events if e["e"] == "executionReport"]
    assert [(e["x"], e["X"], e["l"], e["z"]) for e in reports] == [
        ("NEW", "NEW", "0.00000000", "0.00000000"),
        ("TRADE", "PARTIALLY_FILLED", "0.10000000", "0.10000000"),
        ("TRADE", "PARTIALLY_FILLED", "0.05000000", "0.15000000"),
        ("TRADE", "FILLED", "0.05000000", "0.20000000"),
    ]
    for e in reports:
        assert set(e) >= EXECUTION_REPORT_KEYS, EXECUTION_REPORT_KEYS - set(e)
        assert (e["s"], e["c"], e["S"], e["o"], e["f"], e["i"], e["g"]) == (
            "BTCUSDT",
            "life-1",
            "BUY",
            "LIMIT",
            "GTC",
            o["orderId"],
            -1,
        )
        assert (e["q"], e["p"], e["P"], e["C"], e["r"]) == ("0.20000000", "95000.00000000", "0.00000000", "", "NONE")
    new, t1, t2, t3 = reports
    assert (new["t"], new["N"], new["n"], new["w"], new["m"]) == (-1, None, "0", True, False)
    trades = {t["id"]: t for t in funded.get("/sapi/v1/margin/myTrades", {"symbol": "BTCUSDT"})}
    for e in (t1, t2, t3):
        trade = trades[e["t"]]
        assert (D(e["L"]), D(e["l"]), D(e["n"]), e["N"]) == (
            D("95000"),
            D(trade["qty"]),
            D(trade["commission"]),
            trade["commissionAsset"],
        )
        assert e["m"] is True and e["Y"] == f"{D(e['l']) * D(e['L']):.8f}"
    assert t3["Z"] == "19000.00000000" and t3["w"] is False
    # Each fill changes USDT (locked) and BTC (free): an outboundAccountPosition after each batch.
    positions = [e for e in events if e["e"] == "outboundAccountPosition"]
    assert positions, events
    last = positions[-1]
    btc = sandbox.balance("BTC", "CROSS")
    usdt = sandbox.balance("USDT", "CROSS")
    assert {b["a"]: (b["f"], b["l"]) for b in last["B"]} == {
        "BTC": (f"{btc.free:.8f}", f"{btc.locked:.8f}"),
        "USDT": (f"{usdt.free:.8f}", f"{usdt.locked:.8f}"),
    }
    # Events of one batch precede its outboundAccountPosition.
    first_position = events.index(positions[0])
    assert events[first_position - 1]["e"] == "executionReport"


async def test_cancel_expire_and_market(funded: Api, sandbox: Sandbox) -> None:
    async with await WsApi.connect(sandbox.ws_api_url) as ws:
        await ws.subscribe(token(funded))
        o = funded.post(
            ORDER,
            {
                "symbol": "BTCUSDT",
                "side": "SELL",
                "type": "LIMIT",
                "timeInForce": "GTC",
                "quantity": "0.1",
                "price": "120000",
                "newClientOrderId": "to-cancel",
            },
        )
        funded.delete(ORDER, {"symbol": "BTCUSDT", "orderId": o["orderId"]})
        ioc = funded.post(
            ORDER,
            {
                "symbol": "BTCUSDT",
                "side": "BUY",
                "type": "LIMIT",
                "timeInForce": "IOC",
                "quantity": "0.1",
                "price": "90000",
            },
        )
        m = funded.post(ORDER, {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "0.01"})
        frames = await ws.events_until(
            lambda e: e["e"] == "executionReport" and e["i"] == m["orderId"] and e["X"] == "FILLED"
        )
    reports = [f["event"] for f in frames if f["event"]["e"] == "executionReport"]
    seq = [(e["i"], e["x"], e["X"]) for e in reports]
    assert seq == [
        (o["orderId"], "NEW", "NEW"),
        (o["orderId"], "CANCELED", "CANCELED"),
        (ioc["orderId"], "NEW", "NEW"),
        (ioc["orderId"], "EXPIRED", "EXPIRED"),
        (m["orderId"], "NEW", "NEW"),
        (m["orderId"], "TRADE", "FILLED"),
    ]
    cancel = reports[1]
    assert cancel["C"] == "to-cancel" and cancel["c"] != "to-cancel"
    assert reports[-1]["m"] is False and D(reports[-1]["L"]) == sandbox.price("BTCUSDT")
    # W (working time) only for orders that were placed on the book.
    assert "W" in reports[0] and "W" not in reports[-1] and "W" not in reports[2]
    assert [e["w"] for e in reports] == [True, False, False, False, False, False]


async def test_async_sandbox_serves_the_streams() -> None:
    """The same endpoints on AsyncSandbox (served on the test's own loop)."""
    signer = hmac_signer("demo-api-secret")

    async def post(client: httpx.AsyncClient, path: str, params: dict[str, str]) -> Any:
        qs = encode({**params, "timestamp": int(time.time() * 1000)})
        r = await client.post(f"{path}?{qs}&signature={signer(qs.encode())}", headers={"X-MBX-APIKEY": "demo-api-key"})
        assert r.status_code == 200, r.text
        return r.json()

    async with AsyncSandbox.running() as sb, httpx.AsyncClient(base_url=sb.base_url) as client:
        assert sb.ws_api_url == f"ws://127.0.0.1:{sb.port}/ws-api/v3"
        assert sb.risk_stream_url == f"ws://127.0.0.1:{sb.port}"
        t = await post(client, TOKEN, {})
        async with await WsApi.connect(sb.ws_api_url) as ws:
            sid = await ws.subscribe(t["token"])
            await post(client, "/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "BTC", "amount": "0.5"})
            frames = await ws.events_until(lambda e: e["e"] == "outboundAccountPosition")
            assert [(f["subscriptionId"], f["event"]["e"]) for f in frames] == [
                (sid, "balanceUpdate"),
                (sid, "outboundAccountPosition"),
            ]
        assert await sb.streams.wait_until_async(lambda h: h.open_count == 0)
