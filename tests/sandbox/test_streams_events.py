"""Events from the ledger: isolated routing, transfers, borrows and repays, order lists, token expiry."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from binance_margin.sandbox import Sandbox

from ._signing import Api
from ._ws import WsApi

D = Decimal
ORDER = "/sapi/v1/margin/order"
TOKEN = "/sapi/v1/userListenToken"
TRANSFER = "/sapi/v1/asset/transfer"


def token(api: Api, **params: Any) -> str:
    """A fresh listen token."""
    t: str = api.post(TOKEN, params)["token"]
    return t


def of(kind: str) -> Callable[[dict[str, Any]], bool]:
    """A predicate on an event's type."""
    return lambda e: e["e"] == kind


@pytest.fixture
def funded(api: Api) -> Api:
    """Cross funded with 20,000 USDT and 1 BTC; the isolated BTCUSDT account with 5,000 USDT."""
    api.post(TRANSFER, {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "25000"})
    api.post(TRANSFER, {"type": "MAIN_MARGIN", "asset": "BTC", "amount": "1"})
    api.post(TRANSFER, {"type": "MARGIN_ISOLATEDMARGIN", "asset": "USDT", "amount": "5000", "toSymbol": "BTCUSDT"})
    return api


async def test_isolated_events_stay_on_their_subscription(funded: Api, sandbox: Sandbox) -> None:
    async with await WsApi.connect(sandbox.ws_api_url) as ws:
        cross = await ws.subscribe(token(funded))
        iso = await ws.subscribe(token(funded, isIsolated="TRUE", symbol="BTCUSDT"))
        assert (cross, iso) == (0, 1)
        o_iso = funded.post(
            ORDER,
            {"symbol": "BTCUSDT", "isIsolated": "TRUE", "side": "BUY", "type": "LIMIT", "timeInForce": "GTC",
             "quantity": "0.01", "price": "90000"},
        )  # fmt: skip
        o_cross = funded.post(
            ORDER,
            {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "timeInForce": "GTC", "quantity": "0.02",
             "price": "90000"},
        )  # fmt: skip
        funded.post(TRANSFER, {"type": "MARGIN_ISOLATEDMARGIN", "asset": "USDT", "amount": "7", "toSymbol": "BTCUSDT"})
        frames: list[dict[str, Any]] = []
        while len([f for f in frames if f["event"]["e"] == "balanceUpdate"]) < 2:
            frames.append(await ws.event())
        # Whatever the last transfer's outboundAccountPositions, both accounts had one per request.
        frames += await ws.quiet(0.3)
    by_sub: dict[int, list[dict[str, Any]]] = {cross: [], iso: []}
    for f in frames:
        by_sub[f["subscriptionId"]].append(f["event"])
    iso_orders = [e["i"] for e in by_sub[iso] if e["e"] == "executionReport"]
    cross_orders = [e["i"] for e in by_sub[cross] if e["e"] == "executionReport"]
    assert iso_orders == [o_iso["orderId"]] and cross_orders == [o_cross["orderId"]]
    assert [e["d"] for e in by_sub[cross] if e["e"] == "balanceUpdate"] == ["-7.00000000"]
    assert [e["d"] for e in by_sub[iso] if e["e"] == "balanceUpdate"] == ["7.00000000"]
    iso_usdt = sandbox.balance("USDT", "BTCUSDT")
    last_iso = [e for e in by_sub[iso] if e["e"] == "outboundAccountPosition"][-1]
    assert last_iso["B"] == [{"a": "USDT", "f": f"{iso_usdt.free:.8f}", "l": f"{iso_usdt.locked:.8f}"}]


async def test_transfer_borrow_repay_events(funded: Api, sandbox: Sandbox) -> None:
    async with await WsApi.connect(sandbox.ws_api_url) as ws:
        await ws.subscribe(token(funded))
        funded.post(TRANSFER, {"type": "MAIN_MARGIN", "asset": "ETH", "amount": "2.5"})
        transfer = await ws.events_until(of("outboundAccountPosition"))
        funded.post(
            "/sapi/v1/margin/borrow-repay",
            {"asset": "ETH", "amount": "1", "type": "BORROW", "isIsolated": "FALSE", "symbol": None},
        )
        borrow = await ws.events_until(of("outboundAccountPosition"))
        funded.post(
            "/sapi/v1/margin/borrow-repay",
            {"asset": "ETH", "amount": "0.5", "type": "REPAY", "isIsolated": "FALSE", "symbol": None},
        )
        repay = await ws.events_until(of("outboundAccountPosition"))
        funded.post(TRANSFER, {"type": "MARGIN_MAIN", "asset": "ETH", "amount": "0.25"})
        out = await ws.events_until(of("outboundAccountPosition"))
    t = [f["event"] for f in transfer]
    assert [e["e"] for e in t] == ["balanceUpdate", "outboundAccountPosition"]
    assert (t[0]["a"], t[0]["d"], t[0]["T"] <= t[0]["E"]) == ("ETH", "2.50000000", True)
    assert t[1]["B"] == [{"a": "ETH", "f": "2.50000000", "l": "0.00000000"}]
    # Borrows and repays move the free balance: outboundAccountPosition (no balanceUpdate).
    assert [f["event"]["e"] for f in borrow] == ["outboundAccountPosition"]
    assert borrow[0]["event"]["B"] == [{"a": "ETH", "f": "3.50000000", "l": "0.00000000"}]
    assert repay[0]["event"]["B"] == [{"a": "ETH", "f": "3.00000000", "l": "0.00000000"}]
    o = [f["event"] for f in out]
    assert [(e["e"], e.get("d")) for e in o] == [("balanceUpdate", "-0.25000000"), ("outboundAccountPosition", None)]


async def test_oco_and_oto_list_status(funded: Api, sandbox: Sandbox) -> None:
    async with await WsApi.connect(sandbox.ws_api_url) as ws:
        await ws.subscribe(token(funded))
        oco = funded.post(
            "/sapi/v1/margin/order/oco",
            {"symbol": "BTCUSDT", "side": "SELL", "quantity": "0.5", "price": "100000", "stopPrice": "94000",
             "stopLimitPrice": "93900", "stopLimitTimeInForce": "GTC", "listClientOrderId": "oco-1"},
        )  # fmt: skip
        started = await ws.events_until(of("outboundAccountPosition"))
        sandbox.set_price("BTCUSDT", D("100500"))
        done = await ws.events_until(of("outboundAccountPosition"))
        oto = funded.post(
            "/sapi/v1/margin/order/oto",
            {"symbol": "BTCUSDT", "workingType": "LIMIT", "workingSide": "BUY", "workingPrice": "96000",
             "workingQuantity": "0.1", "workingTimeInForce": "GTC", "pendingType": "LIMIT", "pendingSide": "SELL",
             "pendingPrice": "99000", "pendingQuantity": "0.1", "pendingTimeInForce": "GTC"},
        )  # fmt: skip
        oto_started = await ws.events_until(of("outboundAccountPosition"))
        sandbox.set_price("BTCUSDT", D("95500"))
        working_filled = await ws.events_until(of("outboundAccountPosition"))
        funded.delete("/sapi/v1/margin/orderList", {"symbol": "BTCUSDT", "orderListId": oto["orderListId"]})
        oto_done = await ws.events_until(of("outboundAccountPosition"))
    legs = {x["orderId"] for x in oco["orders"]}
    s = [f["event"] for f in started]
    assert [(e["e"], e.get("x"), e.get("X")) for e in s] == [
        ("executionReport", "NEW", "NEW"),
        ("executionReport", "NEW", "NEW"),
        ("listStatus", None, None),
        ("outboundAccountPosition", None, None),
    ]
    assert {e["i"] for e in s[:2]} == legs and all(e["g"] == oco["orderListId"] for e in s[:2])
    ls = s[2]
    assert (ls["s"], ls["g"], ls["c"], ls["l"], ls["L"], ls["r"], ls["C"]) == (
        "BTCUSDT",
        oco["orderListId"],
        "OCO",
        "EXEC_STARTED",
        "EXECUTING",
        "NONE",
        "oco-1",
    )
    assert {x["i"] for x in ls["O"]} == legs and all(x["s"] == "BTCUSDT" for x in ls["O"])
    d = [f["event"] for f in done]
    reports = [(e["x"], e["X"]) for e in d if e["e"] == "executionReport"]
    assert sorted(reports) == [("EXPIRED", "EXPIRED"), ("TRADE", "FILLED")]
    assert [e["e"] for e in d][-2:] == ["listStatus", "outboundAccountPosition"]
    assert (d[-2]["l"], d[-2]["L"]) == ("ALL_DONE", "ALL_DONE")
    o = [f["event"] for f in oto_started]
    assert [(e["e"], e.get("X")) for e in o] == [
        ("executionReport", "NEW"),
        ("executionReport", "PENDING_NEW"),
        ("listStatus", None),
        ("outboundAccountPosition", None),
    ]
    assert o[-2]["c"] == "OTO"
    w = [f["event"] for f in working_filled if f["event"]["e"] == "executionReport"]
    assert [(e["i"], e["x"], e["X"]) for e in w] == [
        (oto["orders"][0]["orderId"], "TRADE", "FILLED"),
        (oto["orders"][1]["orderId"], "NEW", "NEW"),
    ]
    od = [f["event"] for f in oto_done]
    assert [(e["e"], e.get("x"), e.get("i")) for e in od if e["e"] != "outboundAccountPosition"] == [
        ("executionReport", "CANCELED", oto["orders"][1]["orderId"]),
        ("listStatus", None, None),
    ]


async def test_token_expiry_terminates_the_subscription(funded: Api, sandbox: Sandbox) -> None:
    """A 2-second token in real time: eventStreamTerminated, then nothing more for that subscription."""
    async with await WsApi.connect(sandbox.ws_api_url) as ws:
        short = await ws.subscribe(token(funded, validity=2000))
        long = await ws.subscribe(token(funded, validity=60_000))
        frames = await ws.events_until(of("eventStreamTerminated"))
        assert frames[-1]["subscriptionId"] == short
        assert set(frames[-1]["event"]) == {"e", "E"}
        assert [f for f in frames if f["subscriptionId"] == long] == []
        funded.post(TRANSFER, {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1"})
        after = await ws.events_until(of("outboundAccountPosition"))
        assert {f["subscriptionId"] for f in after} == {long}
        assert (await ws.request("session.subscriptions"))["result"] == [{"subscriptionId": long}]
        assert [f for f in await ws.quiet(0.3) if f.get("subscriptionId") == short] == []


async def test_token_expiry_follows_the_sandbox_clock(funded: Api, sandbox: Sandbox) -> None:
    async with await WsApi.connect(sandbox.ws_api_url) as ws:
        sid = await ws.subscribe(token(funded, validity=3_600_000))
        sandbox.clock.advance(minutes=59)
        funded.post(TRANSFER, {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1"})
        assert [f["event"]["e"] for f in await ws.events_until(of("outboundAccountPosition"))] == [
            "balanceUpdate",
            "outboundAccountPosition",
        ]
        sandbox.clock.advance(minutes=1)
        frame = await ws.event()
        assert frame == {"subscriptionId": sid, "event": {"e": "eventStreamTerminated", "E": frame["event"]["E"]}}
        assert frame["event"]["E"] >= sandbox.clock.now_ms() - 60_000


async def test_same_account_twice_and_extend_mode(funded: Api, sandbox: Sandbox) -> None:
    async with await WsApi.connect(sandbox.ws_api_url) as ws:
        a = await ws.subscribe(token(funded, validity=60_000))
        b = await ws.subscribe(token(funded, validity=120_000))
        funded.post(TRANSFER, {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1"})
        frames = [await ws.event() for _ in range(4)]
        by_sub = {sid: [f["event"]["e"] for f in frames if f["subscriptionId"] == sid] for sid in (a, b)}
        assert by_sub == {
            a: ["balanceUpdate", "outboundAccountPosition"],
            b: ["balanceUpdate", "outboundAccountPosition"],
        }
        # The "extend" renewal mode answers the same subscription with the later expiry.
        sandbox.config.streams.renewal = "extend"
        t = funded.post(TOKEN, {"validity": 300_000})
        r = await ws.request("userDataStream.subscribe.listenToken", {"listenToken": t["token"]})
        assert r["result"]["subscriptionId"] == a and r["result"]["expirationTime"] == t["expirationTime"]
