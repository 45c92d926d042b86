"""``warm_up()`` and ``keep_warm``: connections opened before the first call and kept open, counted at the server
(real loopback sockets, TLS where it matters: one accepted connection is one handshake)."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from binance_margin import AsyncMarginClient, ClientConfig, MarginClient, TransportError

from ._mock import API_KEY, API_SECRET
from .test_sync_http import BURN, ORDER_ANSWER, WireServer, _self_signed, ok

PING = b"GET /api/v3/ping "


def reply(raw: bytes) -> bytes:
    if raw.startswith(PING):
        return ok(b"{}")
    return ok(ORDER_ANSWER if raw.startswith(b"POST") else BURN)


@pytest.fixture
def tls_wire(tmp_path: Path) -> Iterator[tuple[WireServer, Path]]:
    """A TLS server (each accepted connection is one handshake) and the certificate to trust."""
    cert_file, key_file = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server = WireServer(tls=context)
    try:
        yield server, cert_file
    finally:
        server.close()


@pytest.fixture
def wire() -> Iterator[WireServer]:
    server = WireServer()
    server.reply = reply
    try:
        yield server
    finally:
        server.close()


def config(url: str, **settings: Any) -> ClientConfig:
    return ClientConfig(api_key=API_KEY, api_secret=API_SECRET, base_url=url, max_retries=0, **settings)


def wait_for(condition: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


def pings(server: WireServer) -> int:
    return sum(1 for raw in server.requests if raw.startswith(PING))


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


# -- warm_up ------------------------------------------------------------------------------------------------------


def test_sync_warm_up_opens_tls_connections_that_calls_then_use(
    tls_wire: tuple[WireServer, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, cert_file = tls_wire
    server.reply = reply
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))
    with MarginClient(config=config(server.url)) as c:
        assert c.warm_up(3) == 3
        wait_for(lambda: server.connections == 3)
        assert server.requests == [], "nothing is sent on a warmed connection"
        assert c.warm_up(2) == 0, "already warm"
        assert c.account.get_bnb_burn_status().spot_bnb_burn is True
        assert new_order_id(c) == 28
        assert server.connections == 3, "the calls went out on warmed connections: no new handshake"
        with pytest.raises(Exception, match="1 or more"):
            c.warm_up(0)
    with pytest.raises(RuntimeError, match="closed"):
        c.warm_up()


def new_order_id(c: MarginClient) -> int:
    return c.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1").order_id


async def test_async_warm_up_opens_tls_connections_concurrently(
    tls_wire: tuple[WireServer, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, cert_file = tls_wire
    server.reply = reply
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))
    async with AsyncMarginClient(config=config(server.url)) as c:
        assert await c.warm_up(4) == 4
        await asyncio.to_thread(wait_for, lambda: server.connections == 4)
        assert server.requests == []
        assert await c.warm_up(4) == 0
        results = await asyncio.gather(*(c.account.get_bnb_burn_status() for _ in range(4)))
        assert all(r.spot_bnb_burn for r in results)
        assert server.connections == 4, "four concurrent calls on the four warmed connections"
    with pytest.raises(RuntimeError, match="closed"):
        await c.warm_up()


def test_warm_up_through_httpx_sends_one_ping(wire: WireServer) -> None:
    with httpx.Client() as given, MarginClient(config=config(wire.url), http_client=given) as c:
        assert c.warm_up(5) == 1
    assert [r.split(b"\r\n", 1)[0] for r in wire.requests] == [b"GET /api/v3/ping HTTP/1.1"]


def test_warm_up_to_a_closed_port_is_a_transport_error() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    with MarginClient(config=config(url)) as c, pytest.raises(TransportError) as refused:
        c.warm_up()
    assert isinstance(refused.value.__cause__, httpx.ConnectError)


async def test_async_warm_up_to_a_closed_port_is_a_transport_error() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    async with AsyncMarginClient(config=config(url)) as c:
        with pytest.raises(TransportError) as refused:
            await c.warm_up(2)
        assert isinstance(refused.value.__cause__, httpx.ConnectError)
        assert c._runtime._fast is not None
        pool = next(iter(c._runtime._fast._pools.values()))
        assert pool.count == 0, "failed connections are not counted"


# -- keep_warm ----------------------------------------------------------------------------------------------------
# The server closes a connection idle for 0.8 s. Without keep_warm, a call after 1.6 s of silence opens a second
# connection; with keep_warm=0.2, pings keep the first one in use and the call goes out on it.


def keeper_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "binance-margin-keep-warm"]


@pytest.mark.parametrize("keep_warm", [None, 0.2])
def test_sync_keep_warm_keeps_the_connection_past_the_server_idle_timeout(
    wire: WireServer, keep_warm: float | None
) -> None:
    wire.idle_close = 0.8
    with MarginClient(config=config(wire.url, keep_warm=keep_warm)) as c:
        c.account.get_bnb_burn_status()
        time.sleep(1.6)
        c.account.get_bnb_burn_status()
        if keep_warm is None:
            assert wire.connections == 2 and pings(wire) == 0
            assert keeper_threads() == []
        else:
            assert wire.connections == 1, "the pings kept the connection open"
            assert pings(wire) >= 3
    assert keeper_threads() == [], "close() stops the thread"
    sent = len(wire.requests)
    time.sleep(0.5)
    assert len(wire.requests) == sent, "no ping after close"


@pytest.mark.parametrize("keep_warm", [None, 0.2])
async def test_async_keep_warm_keeps_the_connection_past_the_server_idle_timeout(
    wire: WireServer, keep_warm: float | None
) -> None:
    wire.idle_close = 0.8
    async with AsyncMarginClient(config=config(wire.url, keep_warm=keep_warm)) as c:
        await c.account.get_bnb_burn_status()
        await asyncio.sleep(1.6)
        await c.account.get_bnb_burn_status()
        if keep_warm is None:
            assert wire.connections == 2 and pings(wire) == 0
        else:
            assert wire.connections == 1, "the pings kept the connection open"
            assert pings(wire) >= 3
            keeper = c._runtime._keeper
            assert keeper is not None and keeper.pings == pings(wire)
    assert c._runtime._keeper is None or c._runtime._keeper._task.done(), "aclose() stops the task"
    sent = len(wire.requests)
    await asyncio.sleep(0.5)
    assert len(wire.requests) == sent, "no ping after close"


def test_keep_warm_is_a_validated_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(Exception, match="greater than 0"):
        config("http://127.0.0.1:9", keep_warm=0)
    monkeypatch.setenv("BINANCE_KEEP_WARM", "25")
    assert ClientConfig(api_key=API_KEY, api_secret=API_SECRET).keep_warm == 25.0


def test_keep_warm_thread_ends_with_a_client_dropped_unclosed(wire: WireServer) -> None:
    import gc

    c = MarginClient(config=config(wire.url, keep_warm=0.1))
    assert len(keeper_threads()) == 1
    del c
    gc.collect()
    wait_for(lambda: keeper_threads() == [], timeout=3)
