"""The asyncio HTTP/1.1 transport (the async runtime's default), against plain HTTP/1.1 servers on loopback."""

from __future__ import annotations

import asyncio
import base64
import gzip
import http.server
import json
import threading
import time
import urllib.parse
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from binance_margin import AsyncMarginClient, InsufficientBalanceError, TransportError, UnknownExecutionStatus
from binance_margin._asyncio_http import AsyncioTransport, default_async_transport

from ._mock import API_KEY, API_SECRET

Handler = Callable[[bytes, asyncio.StreamWriter], Any]


class WireServer:
    """Records each request's raw bytes and connection number; answers with `reply` (or whatever a test sets)."""

    def __init__(self) -> None:
        self.requests: list[bytes] = []
        self.connections = 0
        self.connection_of: list[int] = []
        self.reply: Callable[[bytes], bytes | None] = lambda _raw: ok(b'{"ok":true}')
        self.delay = 0.0
        self.server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        number = self.connections
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                raw = head + (await reader.readexactly(length) if length else b"")
                self.requests.append(raw)
                self.connection_of.append(number)
                if self.delay:
                    await asyncio.sleep(self.delay)
                answer = self.reply(raw)
                if answer is None:  # drop the connection without answering
                    writer.close()
                    return
                writer.write(answer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


def ok(body: bytes, headers: tuple[tuple[str, str], ...] = ()) -> bytes:
    lines = [b"HTTP/1.1 200 OK", b"Content-Type: application/json", b"Content-Length: %d" % len(body)]
    lines += [f"{k}: {v}".encode() for k, v in headers]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


@pytest.fixture
async def wire() -> AsyncIterator[WireServer]:
    server = WireServer()
    server.server = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    try:
        yield server
    finally:
        server.server.close()


def header_lines(raw: bytes) -> list[str]:
    return raw.split(b"\r\n\r\n", 1)[0].decode().split("\r\n")


async def test_get_and_post_bytes_on_the_wire_and_keep_alive(wire: WireServer) -> None:
    async with httpx.AsyncClient(transport=AsyncioTransport(), headers={"User-Agent": "ua-test"}) as client:
        query = "symbol=BTCUSDT&timestamp=1&signature=ab%2Fcd%3D"
        response = await client.get(f"{wire.url}/sapi/v1/margin/allOrders?{query}", headers={"X-MBX-APIKEY": "k"})
        assert response.status_code == 200 and response.json() == {"ok": True}
        assert response.http_version == "HTTP/1.1" and response.reason_phrase == "OK"
        response = await client.post(f"{wire.url}/sapi/v1/margin/order", content=b"a=1&b=2")
        assert response.status_code == 200
    get, post = wire.requests
    lines = header_lines(get)
    assert lines[0] == f"GET /sapi/v1/margin/allOrders?{query} HTTP/1.1"  # query byte-exact, not re-quoted
    names = [line.split(":", 1)[0].lower() for line in lines[1:]]
    assert len(names) == len(set(names))  # no header twice
    assert "User-Agent: ua-test" in lines and "X-MBX-APIKEY: k" in lines and any(n == "host" for n in names)
    assert header_lines(post)[0] == "POST /sapi/v1/margin/order HTTP/1.1"
    assert "Content-Length: 7" in header_lines(post) and post.endswith(b"\r\n\r\na=1&b=2")
    assert wire.connection_of == [1, 1]  # the second request reused the connection


async def test_response_headers_and_content_encoding(wire: WireServer) -> None:
    body = gzip.compress(json.dumps({"a": "1.00000000"}).encode())
    wire.reply = lambda _raw: ok(body, (("Content-Encoding", "gzip"), ("X-SAPI-USED-IP-WEIGHT-1M", "5")))
    async with httpx.AsyncClient(transport=AsyncioTransport()) as client:
        response = await client.get(f"{wire.url}/x")
    assert response.json() == {"a": "1.00000000"}  # httpx decoded the gzip body
    assert response.headers["x-sapi-used-ip-weight-1m"] == "5"


async def test_read_timeout_is_httpx_read_timeout(wire: WireServer) -> None:
    wire.delay = 1.0
    async with httpx.AsyncClient(transport=AsyncioTransport(), timeout=httpx.Timeout(5, read=0.1)) as client:
        with pytest.raises(httpx.ReadTimeout):
            await client.get(f"{wire.url}/slow")


async def test_dropped_connection_is_remote_protocol_error(wire: WireServer) -> None:
    wire.reply = lambda _raw: None
    async with httpx.AsyncClient(transport=AsyncioTransport()) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.post(f"{wire.url}/sapi/v1/margin/order", content=b"a=1")


async def test_refused_connection_is_connect_error() -> None:
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    async with httpx.AsyncClient(transport=AsyncioTransport()) as client:
        with pytest.raises(httpx.ConnectError):
            await client.get(f"http://127.0.0.1:{port}/")


def order_client(url: str, **settings: Any) -> AsyncMarginClient:
    return AsyncMarginClient(
        api_key=API_KEY, api_secret=API_SECRET, base_url=url, time_sync=False, max_retries=0, **settings
    )


async def test_async_client_uses_it_and_dropped_order_is_unknown_execution(wire: WireServer) -> None:
    wire.reply = lambda _raw: None
    async with order_client(wire.url) as client:
        assert isinstance(client._runtime.http._transport, AsyncioTransport)
        with pytest.raises(UnknownExecutionStatus):
            await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
        with pytest.raises(TransportError):  # a read: a plain transport error
            await client.account.get_bnb_burn_status()
    assert len(wire.requests) == 2, [r.split(b"\r\n")[0] for r in wire.requests]


async def test_async_client_round_trip_over_the_pool(wire: WireServer) -> None:
    wire.reply = lambda _raw: ok(b'{"spotBNBBurn":true,"interestBNBBurn":false}')
    async with order_client(wire.url) as client:
        status = await client.account.get_bnb_burn_status()
        status = await client.account.get_bnb_burn_status()
    assert status.spot_bnb_burn is True and status.interest_bnb_burn is False
    line = header_lines(wire.requests[0])[0]
    assert line.startswith("GET /sapi/v1/bnbBurn?") and "&signature=" in line
    assert f"X-MBX-APIKEY: {API_KEY}" in header_lines(wire.requests[0])
    assert wire.connection_of == [1, 1]


def test_proxy_falls_back_to_httpx_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    assert isinstance(default_async_transport(proxy=None, trust_env=True), AsyncioTransport)
    assert default_async_transport(proxy="http://proxy:3128", trust_env=True) is None
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy:3128")
    assert default_async_transport(proxy=None, trust_env=True) is None
    assert isinstance(default_async_transport(proxy=None, trust_env=False), AsyncioTransport)
    client = order_client("http://127.0.0.1:9", proxy="http://proxy:3128")
    assert not isinstance(client._runtime.http._transport, AsyncioTransport)


async def test_cookies_still_extracted_when_set(wire: WireServer) -> None:
    wire.reply = lambda _raw: ok(b"{}", (("Set-Cookie", "a=1; Path=/"),))
    async with order_client(wire.url) as client:
        http = client._runtime.http
        await http.get(f"{wire.url}/x")
        assert http.cookies.get("a") == "1"


class _IdleClosingHandler(http.server.BaseHTTPRequestHandler):
    """HTTP/1.1 keep-alive, closing a connection after 50 ms idle (nginx's keepalive_timeout, shortened)."""

    protocol_version = "HTTP/1.1"
    timeout = 0.05
    received: list[str]

    def do_POST(self) -> None:
        self.received.append(self.requestline)
        body = json.dumps(ORDER_ANSWER).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


ORDER_ANSWER = {"symbol": "BTCUSDT", "orderId": 28, "clientOrderId": "abc", "transactTime": 1, "isIsolated": False}


async def test_pooled_connection_the_server_closed_is_not_sent_on() -> None:
    """Issue 13.3: the server closed an idle pooled connection while the event loop was busy (so the event loop had
    not seen it yet). The next order must go out on a fresh connection, not be written into the closed one and then be
    reported as ``UnknownExecutionStatus`` although no byte reached the server."""
    received: list[str] = []
    handler = type("Handler", (_IdleClosingHandler,), {"received": received})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        async with order_client(url) as client:
            for _ in range(3):
                order = await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
                assert order.order_id == 28
                time.sleep(0.5)  # the loop is busy (blocked) while the server closes the idle connection
    finally:
        server.shutdown()
        server.server_close()
    assert len(received) == 3


async def test_idle_live_connection_is_reused(wire: WireServer) -> None:
    async with httpx.AsyncClient(transport=AsyncioTransport()) as client:
        await client.get(f"{wire.url}/a")
        await client.get(f"{wire.url}/b")
    assert wire.connection_of == [1, 1], "an idle connection with nothing to read is reused"


# -- the async runtime's direct path (no httpx objects unless a user sees them) -----------------------


async def test_direct_path_raw_response_has_httpx_headers_and_rate_limits(wire: WireServer) -> None:
    body = b'{"spotBNBBurn":true,"interestBNBBurn":false}'
    wire.reply = lambda _raw: ok(body, (("X-SAPI-USED-IP-WEIGHT-1M", "7"),))
    async with order_client(wire.url) as client:
        assert client._runtime._fast is not None, "the default async client sends through the pool directly"
        raw = await client.account.with_raw_response.get_bnb_burn_status()
    assert raw.status_code == 200 and raw.parsed.spot_bnb_burn is True
    assert isinstance(raw.headers, httpx.Headers) and raw.headers["x-sapi-used-ip-weight-1m"] == "7"
    assert raw.rate_limits.used_ip_weight == {"1m": 7} and client.rate_limits.used_ip_weight == {"1m": 7}


async def test_direct_path_errors_are_typed_with_httpx_headers(wire: WireServer) -> None:
    def reject(_raw: bytes) -> bytes:
        body = b'{"code":-2010,"msg":"Account has insufficient balance for requested action."}'
        return ok(body).replace(b"200 OK", b"400 Bad Request", 1)

    wire.reply = reject
    async with order_client(wire.url) as client:
        with pytest.raises(InsufficientBalanceError) as info:
            await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
    assert info.value.status == 400 and info.value.code == -2010
    assert isinstance(info.value.headers, httpx.Headers) and info.value.headers["content-type"] == "application/json"


async def test_direct_path_decodes_gzip(wire: WireServer) -> None:
    body = gzip.compress(b'{"spotBNBBurn":false,"interestBNBBurn":true}')
    wire.reply = lambda _raw: ok(body, (("Content-Encoding", "gzip"),))
    async with order_client(wire.url) as client:
        status = await client.account.get_bnb_burn_status()
    assert status.interest_bnb_burn is True


async def test_direct_path_refused_connection_is_not_sent_and_lost_answer_carries_timestamp(wire: WireServer) -> None:
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    async with order_client(f"http://127.0.0.1:{port}") as client:
        with pytest.raises(TransportError) as refused:
            await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
    assert not isinstance(refused.value, UnknownExecutionStatus)
    wire.reply = lambda _raw: None
    async with order_client(wire.url, recv_window=3000) as client:
        with pytest.raises(UnknownExecutionStatus) as lost:
            await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
    sent = dict(
        pair.split("=", 1) for pair in header_lines(wire.requests[-1])[0].split(" ")[1].split("?")[1].split("&")
    )
    assert lost.value.timestamp == int(sent["timestamp"]) and lost.value.recv_window == 3000


async def test_direct_path_sends_no_key_on_public_endpoints(wire: WireServer) -> None:
    wire.reply = lambda raw: ok(b"{}" if b"/ping" in raw else b'{"spotBNBBurn":true,"interestBNBBurn":true}')
    async with order_client(wire.url) as client:
        await client.general.ping()
        await client.account.get_bnb_burn_status()
    public, signed = (header_lines(r) for r in wire.requests)
    assert not any(line.lower().startswith("x-mbx-apikey") for line in public)
    assert f"X-MBX-APIKEY: {API_KEY}" in signed


async def test_direct_path_sends_the_signed_query_byte_for_byte(wire: WireServer) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    wire.reply = lambda _raw: ok(b'{"spotBNBBurn":true,"interestBNBBurn":true}')
    async with AsyncMarginClient(API_KEY, private_key=pem, base_url=wire.url, max_retries=0) as client:
        for _ in range(3):
            await client.account.get_bnb_burn_status()
    for raw in wire.requests:
        target = header_lines(raw)[0].split(" ")[1]
        head, _, signature = target.split("?", 1)[1].rpartition("&signature=")
        key.public_key().verify(base64.b64decode(urllib.parse.unquote(signature)), head.encode())
