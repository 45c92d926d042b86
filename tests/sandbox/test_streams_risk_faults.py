"""The risk data stream (/ws/<listenKey>) and the stream faults: drop, stall, server shutdown; inspection."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import aiohttp
import pytest
from binance_margin.sandbox import Sandbox, StreamConfig, default_config
from binance_margin.sandbox._validation import ResponseValidator

from ._signing import Api
from ._ws import WAIT, WsApi

D = Decimal
KEY = "/sapi/v1/margin/listen-key"
TRANSFER = "/sapi/v1/asset/transfer"
BORROW_REPAY = "/sapi/v1/margin/borrow-repay"


async def risk_events(ws: aiohttp.ClientWebSocketResponse, n: int) -> list[dict[str, Any]]:
    """The next ``n`` raw events of a risk-stream connection."""
    out = []
    for _ in range(n):
        msg = await asyncio.wait_for(ws.receive(), WAIT)
        assert msg.type == aiohttp.WSMsgType.TEXT, msg
        out.append(json.loads(msg.data))
    return out


async def closed(ws: aiohttp.ClientWebSocketResponse) -> tuple[list[Any], int | None]:
    """Read until the connection closes: (the text frames read meanwhile, the close frame's code or None)."""
    frames = []
    while True:
        msg = await asyncio.wait_for(ws.receive(), WAIT)
        if msg.type == aiohttp.WSMsgType.TEXT:
            frames.append(json.loads(msg.data))
        elif msg.type == aiohttp.WSMsgType.CLOSE:
            return frames, int(msg.data)
        elif msg.type in (aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.ERROR):
            return frames, None


async def test_risk_stream_liability_and_margin_level(api: Api, sandbox: Sandbox) -> None:
    api.post(TRANSFER, {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1000"})
    sandbox.set_price("BTCUSDT", D("97000"))
    key = api.post(KEY)["listenKey"]
    assert api.post(KEY)["listenKey"] == key  # the active key again
    async with aiohttp.ClientSession() as session, session.ws_connect(f"{sandbox.risk_stream_url}/ws/{key}") as ws:
        assert sandbox.streams.wait_until(lambda h: h.subscription_count == 1)
        api.post(BORROW_REPAY, {"asset": "BTC", "amount": "0.02", "type": "BORROW", "isIsolated": "FALSE"})
        borrow, interest, level = await risk_events(ws, 3)
        assert borrow == {
            "e": "USER_LIABILITY_CHANGE",
            "E": borrow["E"],
            "a": "BTC",
            "t": "BORROW",
            "p": "0.02000000",
            "i": "0.00000000",
        }
        charged = sandbox.balance("BTC", "CROSS").interest
        assert (interest["t"], interest["p"], D(interest["i"])) == ("INTEREST", "0.00000000", charged)
        assert (level["e"], level["s"]) == ("MARGIN_LEVEL_STATUS_CHANGE", "NORMAL")
        assert D(level["l"]) == sandbox.margin_level().quantize(D("0.00000001"))
        sandbox.set_price("BTCUSDT", D("160000"))
        sandbox.set_price("BTCUSDT", D("165000"))  # still MARGIN_CALL: no event
        sandbox.set_price("BTCUSDT", D("170000"))
        sandbox.set_price("BTCUSDT", D("97000"))
        statuses = [e["s"] for e in await risk_events(ws, 3)]
        assert statuses == ["MARGIN_CALL", "PRE_LIQUIDATION", "NORMAL"]
        api.post(BORROW_REPAY, {"asset": "BTC", "amount": "0.02", "type": "REPAY", "isIsolated": "FALSE"})
        repay, excessive = await risk_events(ws, 2)
        assert (repay["t"], D(repay["i"]), D(repay["p"])) == ("REPAY", charged, D("0.02") - charged)
        assert excessive["s"] == "EXCESSIVE"
        # Isolated borrows are not on the (cross only) risk stream.
        api.post(TRANSFER, {"type": "MARGIN_ISOLATEDMARGIN", "asset": "USDT", "amount": "100", "toSymbol": "BTCUSDT"})
        api.post(
            BORROW_REPAY, {"asset": "USDT", "amount": "10", "type": "BORROW", "isIsolated": "TRUE", "symbol": "BTCUSDT"}
        )
        sandbox.clock.advance(hours=1)  # hourly interest on the isolated loan and the cross dust left
        api.post(BORROW_REPAY, {"asset": "BTC", "amount": "0.001", "type": "BORROW", "isIsolated": "FALSE"})
        nxt = await risk_events(ws, 1)
        assert (nxt[0]["a"], nxt[0]["t"]) in {("BTC", "INTEREST"), ("BTC", "BORROW")}


async def test_liquidation_reports_force_liquidation_first(api: Api, sandbox: Sandbox) -> None:
    api.post(TRANSFER, {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1000"})
    sandbox.set_price("BTCUSDT", D("97000"))
    api.post(BORROW_REPAY, {"asset": "BTC", "amount": "0.02", "type": "BORROW", "isIsolated": "FALSE"})
    key = api.post(KEY)["listenKey"]
    async with aiohttp.ClientSession() as session, session.ws_connect(f"{sandbox.risk_stream_url}/ws/{key}") as ws:
        assert sandbox.streams.wait_until(lambda h: h.subscription_count == 1)
        sandbox.set_price("BTCUSDT", D("600000"))  # margin level 13000 / 12000 < 1.1: forced liquidation
        events: list[dict[str, Any]] = []
        while not events or events[-1]["e"] != "MARGIN_LEVEL_STATUS_CHANGE" or events[-1]["s"] == "FORCE_LIQUIDATION":
            events += await risk_events(ws, 1)
    assert events[0]["e"] == "MARGIN_LEVEL_STATUS_CHANGE" and events[0]["s"] == "FORCE_LIQUIDATION"
    assert D(events[0]["l"]) < D("1.1")
    assert {(e["a"], e["t"]) for e in events[1:-1]} == {("BTC", "REPAY")}
    assert events[-1]["s"] == "EXCESSIVE"
    assert sandbox.balance("BTC", "CROSS").liability == 0


async def test_risk_combined_stream_path(api: Api, sandbox: Sandbox) -> None:
    api.post(TRANSFER, {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1000"})
    key = api.post(KEY)["listenKey"]
    url = f"{sandbox.risk_stream_url}/stream?streams={key}"
    async with aiohttp.ClientSession() as session, session.ws_connect(url) as ws:
        assert sandbox.streams.wait_until(lambda h: h.subscription_count == 1)
        api.post(BORROW_REPAY, {"asset": "USDT", "amount": "10", "type": "BORROW", "isIsolated": "FALSE"})
        (frame,) = await risk_events(ws, 1)
    assert set(frame) == {"stream", "data"} and frame["stream"] == key
    assert (frame["data"]["e"], frame["data"]["t"], frame["data"]["p"]) == (
        "USER_LIABILITY_CHANGE",
        "BORROW",
        "10.00000000",
    )


@pytest.fixture
def short_keys(spec_validator: ResponseValidator) -> Iterator[Sandbox]:
    """A sandbox whose risk listen keys live 2 seconds without a keepalive."""
    cfg = default_config().model_copy(update={"streams": StreamConfig(listen_key_validity_seconds=2)})
    with Sandbox.running(cfg, validate_responses=spec_validator) as sb:
        yield sb
        assert sb.errors == [], "\n".join(sb.errors)


async def test_risk_listen_key_expiry_and_keepalive(short_keys: Sandbox) -> None:
    api = Api(short_keys.base_url)
    try:
        key = api.post(KEY)["listenKey"]
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(f"{short_keys.risk_stream_url}/ws/{key}") as ws:
                frames, code = await closed(ws)
            assert frames == [{"e": "listenKeyExpired", "E": frames[0]["E"], "listenKey": key}] and code == 1000
            assert api.error("PUT", KEY, {"listenKey": key}) == (400, -3038)
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await session.ws_connect(f"{short_keys.risk_stream_url}/ws/{key}")
            assert refused.value.status == 400
            # A keepalive extends the key; advancing the clock past it expires it at once.
            short_keys.clock.freeze()
            fresh = api.post(KEY)["listenKey"]
            assert fresh != key
            async with session.ws_connect(f"{short_keys.risk_stream_url}/ws/{fresh}") as ws:
                short_keys.clock.advance(milliseconds=1500)
                assert api.call("PUT", KEY, {"listenKey": fresh}) == {}
                short_keys.clock.advance(milliseconds=1500)  # 3 s after creation: alive thanks to the keepalive
                assert api.call("PUT", KEY, {"listenKey": fresh}) == {}
                assert short_keys.streams.wait_until(lambda h: h.open_count == 1)
                short_keys.clock.advance(seconds=2)
                frames, code = await closed(ws)
            assert [f["e"] for f in frames] == ["listenKeyExpired"] and code == 1000
            # Deleting a key closes its stream.
            third = api.post(KEY)["listenKey"]
            async with session.ws_connect(f"{short_keys.risk_stream_url}/ws/{third}") as ws:
                assert api.call("DELETE", KEY, {"listenKey": third}) == {}
                assert await closed(ws) == ([], 1000)
        assert short_keys.streams.wait_until(lambda h: h.open_count == 0)
    finally:
        api.client.close()


async def test_drop_all(api: Api, sandbox: Sandbox) -> None:
    key = api.post(KEY)["listenKey"]
    token = api.post("/sapi/v1/userListenToken")["token"]
    async with (
        await WsApi.connect(sandbox.ws_api_url) as ws,
        aiohttp.ClientSession() as session,
        session.ws_connect(f"{sandbox.risk_stream_url}/ws/{key}") as risk,
    ):
        await ws.subscribe(token)
        assert sandbox.streams.wait_until(lambda h: h.open_count == 2 and h.subscription_count == 2)
        assert sandbox.streams.drop_all() == 2
        msg = await asyncio.wait_for(ws.ws.receive(), WAIT)
        assert msg.type in (aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR)
        # Abrupt: no close frame came, so the client saw no close code.
        assert ws.ws.close_code in (None, 1006)
        msg = await asyncio.wait_for(risk.receive(), WAIT)
        assert msg.type in (aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR)
    assert sandbox.streams.wait_until(lambda h: h.open_count == 0 and h.subscription_count == 0)
    infos = sandbox.streams.connections(include_closed=True)
    assert [(c.kind, c.open) for c in infos] == [("ws-api", False), ("risk", False)]


async def test_stall_then_resume(api: Api, sandbox: Sandbox) -> None:
    async with await WsApi.connect(sandbox.ws_api_url, autoping=False) as ws:
        await ws.subscribe(api.post("/sapi/v1/userListenToken")["token"])
        assert sandbox.streams.stall(2.0) == 1
        await asyncio.sleep(0.1)
        await ws.ws.ping(b"are-you-there")
        api.post(TRANSFER, {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1"})
        rid = await ws.send("ping", {})
        # Nothing at all (no event, no response, no pong) until the stall ends; then everything, in order.
        frames: list[tuple[str, Any]] = []
        while len([f for f in frames if f[0] == "text"]) < 3:
            msg = await asyncio.wait_for(ws.ws.receive(), WAIT)
            frames.append(("pong", msg.data) if msg.type == aiohttp.WSMsgType.PONG else ("text", json.loads(msg.data)))
        texts = [f[1] for f in frames if f[0] == "text"]
        assert [t.get("event", {}).get("e") or t.get("id") for t in texts] == [
            "balanceUpdate",
            "outboundAccountPosition",
            rid,
        ]
        assert ("pong", b"are-you-there") not in frames
        assert sandbox.streams.open_count == 1


async def test_server_pings_and_pong_timeout(spec_validator: ResponseValidator) -> None:
    streams = StreamConfig(ping_interval_seconds=0.2, pong_timeout_seconds=1.0)
    cfg = default_config().model_copy(update={"streams": streams})
    with Sandbox.running(cfg, validate_responses=spec_validator) as sb:
        async with aiohttp.ClientSession() as session:
            # A client that answers pings (aiohttp's default) stays connected well past the pong timeout.
            async with session.ws_connect(sb.ws_api_url) as answering:
                with pytest.raises(TimeoutError):  # reading (so answering pings), and nothing else arrives
                    await asyncio.wait_for(answering.receive(), 2.5)
                assert (await answering_ping(answering))["status"] == 200
            # One that stops answering sees the pings, then is closed.
            async with session.ws_connect(sb.ws_api_url, autoping=False) as ws:
                pings = 0
                while True:
                    msg = await asyncio.wait_for(ws.receive(), WAIT)
                    if msg.type != aiohttp.WSMsgType.PING:
                        break
                    pings += 1
                assert pings >= 1 and msg.type == aiohttp.WSMsgType.CLOSE and msg.data == 1008
        assert sb.streams.wait_until(lambda h: h.open_count == 0)


async def answering_ping(ws: aiohttp.ClientWebSocketResponse) -> dict[str, Any]:
    """Send the WebSocket API ``ping`` request and return its response."""
    await ws.send_str(json.dumps({"id": "p", "method": "ping"}))
    msg = await asyncio.wait_for(ws.receive(), WAIT)
    assert msg.type == aiohttp.WSMsgType.TEXT, msg
    frame: dict[str, Any] = json.loads(msg.data)
    return frame


async def test_server_shutdown(api: Api, sandbox: Sandbox) -> None:
    key = api.post(KEY)["listenKey"]
    async with (
        await WsApi.connect(sandbox.ws_api_url) as ws,
        aiohttp.ClientSession() as session,
        session.ws_connect(f"{sandbox.risk_stream_url}/ws/{key}") as risk,
    ):
        sid = await ws.subscribe(api.post("/sapi/v1/userListenToken")["token"])
        assert sandbox.streams.wait_until(lambda h: h.open_count == 2)
        infos = sandbox.streams.connections()
        assert [(c.kind, len(c.subscriptions)) for c in infos] == [("ws-api", 1), ("risk", 1)]
        assert infos[0].subscriptions[0].subscription_id == sid
        assert sandbox.streams.shutdown() == 2
        frames, code = await closed(ws.ws)
        assert frames == [{"event": {"e": "serverShutdown", "E": frames[0]["event"]["E"]}}] and code == 1001
        assert await closed(risk) == ([], 1001)
    assert sandbox.streams.wait_until(lambda h: h.open_count == 0)
    closed_infos = sandbox.streams.connections(include_closed=True)
    assert closed_infos[0].events_sent == 1 and closed_infos[0].responses_sent == 1


async def test_stopping_the_sandbox_closes_its_connections(api: Api) -> None:
    with Sandbox.running() as sb:
        async with aiohttp.ClientSession() as session:
            ws = await session.ws_connect(sb.ws_api_url)
            assert sb.streams.wait_until(lambda h: h.open_count == 1)
            sb.stop()
            assert await closed(ws) == ([], 1001)
            await ws.close()


async def test_handshake_faults_refuse_reconnects(api: Api, sandbox: Sandbox) -> None:
    refused = sandbox.faults.add("/ws-api/v3", "5xx", status=503, times=2)
    dropped = sandbox.faults.add("/ws/*", "drop", times=2)  # aiohttp retries a dropped GET once
    key = api.post(KEY)["listenKey"]
    async with aiohttp.ClientSession() as session:
        for _ in range(2):
            with pytest.raises(aiohttp.WSServerHandshakeError) as err:
                await session.ws_connect(sandbox.ws_api_url)
            assert err.value.status == 503
        with pytest.raises(aiohttp.ClientError):
            await session.ws_connect(f"{sandbox.risk_stream_url}/ws/{key}")
        assert (refused.hits, dropped.hits) == (2, 2)
        # The rules are spent: the next connections succeed.
        async with (
            session.ws_connect(sandbox.ws_api_url) as ws,
            session.ws_connect(f"{sandbox.risk_stream_url}/ws/{key}"),
        ):
            assert (await answering_ping(ws))["status"] == 200
            assert sandbox.streams.open_count == 2
    assert sandbox.streams.wait_until(lambda h: h.open_count == 0)
