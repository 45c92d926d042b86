"""The engine against a scripted WebSocket API (REST from the sandbox): -1209, a lapsed subscription, odd frames."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from aiohttp import web
from binance_margin import CROSS, AsyncMarginClient, ClientConfig, Isolated
from binance_margin.sandbox import Sandbox
from binance_margin.streams import (
    EventStreamTerminated,
    Resync,
    StreamAuthorizationError,
    StreamReconnected,
    UnknownEvent,
)

pytestmark = pytest.mark.integration

Script = Callable[[web.WebSocketResponse, dict[str, Any], "FakeWsApi"], Any]


class FakeWsApi:
    """A WebSocket API whose answers to ``userDataStream.subscribe.listenToken`` a test scripts."""

    def __init__(self, on_subscribe: Script) -> None:
        self.on_subscribe = on_subscribe
        self.tokens: list[str] = []
        self.next_id = 0
        self.runner: web.AppRunner | None = None
        self.url = ""

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for msg in ws:
            req = json.loads(msg.data)
            if req["method"] == "userDataStream.subscribe.listenToken":
                self.tokens.append(req["params"]["listenToken"])
                await self.on_subscribe(ws, req, self)
            else:
                await ws.send_str(json.dumps({"id": req["id"], "status": 200, "result": {}}))
        return ws

    async def ok(self, ws: web.WebSocketResponse, req: dict[str, Any]) -> int:
        sid = self.next_id
        self.next_id += 1
        await ws.send_str(json.dumps({"id": req["id"], "status": 200, "result": {"subscriptionId": sid}}))
        return sid

    @staticmethod
    async def refuse(ws: web.WebSocketResponse, req: dict[str, Any]) -> None:
        error = {"code": -1209, "msg": "Invalid listenToken."}
        await ws.send_str(json.dumps({"id": req["id"], "status": 400, "error": error}))


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    """REST for minting tokens and snapshots."""
    with Sandbox.running() as sandbox:
        yield sandbox


async def _serve(script: Script) -> FakeWsApi:
    fake = FakeWsApi(script)
    app = web.Application()
    app.router.add_get("/ws-api/v3", fake.handle)
    fake.runner = web.AppRunner(app)
    await fake.runner.setup()
    site = web.TCPSite(fake.runner, "127.0.0.1", 0)
    await site.start()
    port = fake.runner.addresses[0][1]
    fake.url = f"ws://127.0.0.1:{port}/ws-api/v3"
    return fake


@pytest.fixture
async def served() -> AsyncIterator[Callable[[Script], Any]]:
    fakes: list[FakeWsApi] = []

    async def start(script: Script) -> FakeWsApi:
        fake = await _serve(script)
        fakes.append(fake)
        return fake

    yield start
    for fake in fakes:
        assert fake.runner is not None
        await fake.runner.cleanup()


def _client(sb: Sandbox, fake: FakeWsApi) -> AsyncMarginClient:
    config = ClientConfig.load(
        api_key="demo-api-key",
        api_secret="demo-api-secret",
        base_url=sb.base_url,
        ws_api_url=fake.url,
        max_retries=0,
        stream_ping_interval=0.3,
        stream_stall_timeout=1.0,
        stream_reconnect_backoff=0.05,
    )
    return AsyncMarginClient(config=config)


async def test_minus_1209_twice_raises_a_typed_error_without_the_token(
    sb: Sandbox, served: Any, caplog: pytest.LogCaptureFixture
) -> None:
    async def always_refuse(ws: web.WebSocketResponse, req: dict[str, Any], fake: FakeWsApi) -> None:
        await fake.refuse(ws, req)

    fake = await served(always_refuse)
    caplog.set_level(logging.DEBUG)
    async with _client(sb, fake) as client:
        stream = client.user_stream(CROSS)
        with pytest.raises(StreamAuthorizationError) as exc:
            await stream.start()
    assert exc.value.code == -1209 and exc.value.account == CROSS and exc.value.stream == "user"
    assert len(fake.tokens) == 2  # a fresh token was tried once
    for token in fake.tokens:
        assert token not in str(exc.value) and token not in repr(stream)
        assert token not in caplog.text


async def test_minus_1209_cured_by_a_fresh_token(sb: Sandbox, served: Any) -> None:
    async def refuse_first(ws: web.WebSocketResponse, req: dict[str, Any], fake: FakeWsApi) -> None:
        if len(fake.tokens) == 1:
            await fake.refuse(ws, req)
        else:
            sid = await fake.ok(ws, req)
            await ws.send_str(json.dumps({"subscriptionId": sid, "event": {"e": "balanceUpdate2027", "E": 5}}))

    fake = await served(refuse_first)
    async with _client(sb, fake) as client:
        assert client.user_stream(Isolated("BTCUSDT"), CROSS, CROSS).accounts == (Isolated("BTCUSDT"), CROSS)
        async with client.user_stream() as stream, asyncio.timeout(10):
            event = await anext(stream)
    assert isinstance(event, UnknownEvent) and event.event_type == "balanceUpdate2027"
    assert event.account == CROSS and event.to_dict() == {"e": "balanceUpdate2027", "E": 5}


async def test_a_lapsed_subscription_is_renewed_and_never_reaches_the_user(sb: Sandbox, served: Any) -> None:
    async def terminate_first(ws: web.WebSocketResponse, req: dict[str, Any], fake: FakeWsApi) -> None:
        sid = await fake.ok(ws, req)
        if sid == 0:  # Binance ends the first subscription at once (its token expired)
            await ws.send_str(json.dumps({"subscriptionId": sid, "event": {"e": "eventStreamTerminated", "E": 1}}))
        else:
            await ws.send_str(json.dumps({"subscriptionId": sid, "event": {"e": "somethingNew", "E": 2}}))

    fake = await served(terminate_first)
    items: list[Any] = []
    async with _client(sb, fake) as client, client.user_stream() as stream:
        async with asyncio.timeout(10):
            async for item in stream:
                items.append(item)
                if isinstance(item, UnknownEvent):
                    break
    assert [type(i) for i in items] == [StreamReconnected, Resync, UnknownEvent]
    assert items[0].reason == "subscription lapsed" and items[0].accounts == (CROSS,)
    assert not any(isinstance(i, EventStreamTerminated) for i in items)
    assert len(fake.tokens) == 2
