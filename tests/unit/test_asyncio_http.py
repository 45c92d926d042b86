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
        self.close_next = False
        """Close the connection after the next answer."""
        self.ended = 0
        """Connections the client closed."""
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
                if self.close_next:
                    self.close_next = False
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            self.ended += 1
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
    settings = {"max_retries": 0, **settings}
    return AsyncMarginClient(api_key=API_KEY, api_secret=API_SECRET, base_url=url, time_sync=False, **settings)


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


# -- the asyncio transport's HTTP/1.1 details, pool and faults --------------------------------------------------------


def raw_answer(head: bytes, body: bytes = b"") -> Callable[[bytes], bytes]:
    return lambda _raw: head + b"\r\n\r\n" + body


async def get(client: httpx.AsyncClient, url: str) -> httpx.Response:
    return await client.get(url)


async def test_chunked_answer_with_extensions_and_trailers(wire: WireServer) -> None:
    body = b'{"spotBNBBurn":true,"interestBNBBurn":false}'
    chunked = b"5;ext=1\r\n" + body[:5] + b"\r\n" + b"%x\r\n" % (len(body) - 5) + body[5:] + b"\r\n0\r\nX-T: 1\r\n\r\n"
    wire.reply = raw_answer(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json", chunked)
    async with order_client(wire.url) as client:
        status = await client.account.get_bnb_burn_status()
        raw = await client.account.with_raw_response.get_bnb_burn_status()
    assert status.spot_bnb_burn is True and raw.parsed.interest_bnb_burn is False
    assert raw.headers["transfer-encoding"] == "chunked"
    assert wire.connection_of == [1, 1]  # a complete chunked answer keeps the connection


class TrickleServer:
    """Answers each request by writing `pieces` with `gap` seconds between them (one connection at a time)."""

    def __init__(self, pieces: list[bytes], gap: float) -> None:
        self.pieces = pieces
        self.gap = gap
        self.connections = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                for piece in self.pieces:
                    writer.write(piece)
                    await writer.drain()
                    await asyncio.sleep(self.gap)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


async def serve(handler: Callable[..., Any]) -> tuple[asyncio.Server, str]:
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    return server, f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"


async def test_answer_split_in_pieces_parses_and_read_timeout_is_per_read() -> None:
    """Every byte split apart (head, chunk sizes, CRLFs) with gaps shorter than the read timeout: one timer per
    request, re-armed when it fires after data came, lets the whole slow answer through."""
    body = b'{"a":"1.00000000","b":[1,2,3]}'
    answer = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + b"%x\r\n" % len(body) + body + b"\r\n0\r\n\r\n"
    pieces = [answer[i : i + 7] for i in range(0, len(answer), 7)]
    trickle = TrickleServer(pieces, 0.02)
    server, url = await serve(trickle.handle)
    try:
        async with httpx.AsyncClient(transport=AsyncioTransport(), timeout=httpx.Timeout(5, read=0.08)) as client:
            started = time.perf_counter()
            response = await client.get(f"{url}/x")
            assert time.perf_counter() - started > 0.08 * 2  # the whole answer took longer than one read timeout
            assert response.json() == {"a": "1.00000000", "b": [1, 2, 3]}
            trickle.pieces = [answer[:20]]
            trickle.gap = 1.0
            with pytest.raises(httpx.ReadTimeout):
                await client.get(f"{url}/y")
    finally:
        server.close()


async def test_content_length_answer_in_pieces(wire: WireServer) -> None:
    body = json.dumps({"k": "v" * 5000}).encode()
    answer = ok(body)
    pieces = [answer[:30], answer[30:100], answer[100:4000], answer[4000:]]
    trickle = TrickleServer(pieces, 0.005)
    server, url = await serve(trickle.handle)
    try:
        async with httpx.AsyncClient(transport=AsyncioTransport()) as client:
            assert (await client.get(f"{url}/a")).json() == {"k": "v" * 5000}
            assert (await client.get(f"{url}/b")).json() == {"k": "v" * 5000}
        assert trickle.connections == 1
    finally:
        server.close()


async def test_gzip_and_deflate_decoded_by_the_transport_on_the_direct_path(wire: WireServer) -> None:
    import zlib

    plain = b'{"spotBNBBurn":true,"interestBNBBurn":true}'
    encodings = {"gzip": gzip.compress(plain), "deflate": zlib.compress(plain), "x-unknown": plain}
    seen: list[str] = []

    def reply(_raw: bytes) -> bytes:
        name = list(encodings)[len(seen) % len(encodings)]
        seen.append(name)
        return ok(encodings[name], (("Content-Encoding", name),))

    wire.reply = reply
    async with order_client(wire.url) as client:
        for _ in encodings:
            raw = await client.account.with_raw_response.get_bnb_burn_status()
            assert raw.parsed.spot_bnb_burn is True
            if seen[-1] != "x-unknown":  # decoded here: the headers describe the body the user gets
                assert "content-encoding" not in raw.headers
                assert raw.headers["content-length"] == str(len(plain))
            else:  # an encoding the transport does not know goes the httpx way, header kept
                assert raw.headers["content-encoding"] == "x-unknown"
    assert seen == list(encodings)


async def test_gzip_on_the_direct_path_takes_no_httpx_detour(wire: WireServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from binance_margin._runtime import Answer

    def no_httpx(self: Answer) -> httpx.Response:
        raise AssertionError("gzip answers must not be turned into httpx responses")

    monkeypatch.setattr(Answer, "to_httpx", no_httpx)
    wire.reply = lambda _raw: ok(
        gzip.compress(b'{"spotBNBBurn":true,"interestBNBBurn":true}'), (("Content-Encoding", "gzip"),)
    )
    async with order_client(wire.url) as client:
        assert (await client.account.get_bnb_burn_status()).spot_bnb_burn is True


async def test_body_until_close_and_connection_close_and_http10_are_not_reused(wire: WireServer) -> None:
    def until_close(raw: bytes) -> bytes:
        wire.close_next = True
        return b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{"n":1}'

    answers = [
        until_close,  # no length: the body ends with the close
        lambda _raw: ok(b'{"n":2}', (("Connection", "close"),)),
        lambda _raw: ok(b'{"n":3}').replace(b"HTTP/1.1", b"HTTP/1.0", 1),
        lambda _raw: ok(b'{"n":4}'),
        lambda _raw: ok(b'{"n":5}'),
    ]
    wire.reply = lambda raw: answers[len(wire.requests) - 1](raw)
    async with httpx.AsyncClient(transport=AsyncioTransport()) as client:
        for n in range(1, 6):
            assert (await client.get(f"{wire.url}/{n}")).json() == {"n": n}
    assert wire.connection_of == [1, 2, 3, 4, 4]


async def test_no_body_for_head_204_304_and_informational_answers_skipped(wire: WireServer) -> None:
    answers = [
        lambda _raw: ok(b"x" * 10),  # HEAD: Content-Length says 10, no body follows
        raw_answer(b"HTTP/1.1 204 No Content"),
        raw_answer(b"HTTP/1.1 304 Not Modified\r\nContent-Length: 5"),
        lambda _raw: b"HTTP/1.1 100 Continue\r\n\r\n" + ok(b'{"n":4}'),
    ]

    def reply(raw: bytes) -> bytes:
        answer = answers[len(wire.requests) - 1](raw)
        return answer.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n" if raw.startswith(b"HEAD") else answer

    wire.reply = reply
    async with httpx.AsyncClient(transport=AsyncioTransport()) as client:
        head = await client.head(f"{wire.url}/h")
        assert head.status_code == 200 and head.content == b"" and head.headers["content-length"] == "10"
        assert (await client.get(f"{wire.url}/a")).status_code == 204
        assert (await client.get(f"{wire.url}/b")).status_code == 304
        assert (await client.get(f"{wire.url}/c")).json() == {"n": 4}
    assert wire.connection_of == [1, 1, 1, 1]


async def test_malformed_answer_is_remote_protocol_error(wire: WireServer) -> None:
    wire.reply = lambda _raw: b"SPDY/9 200 OK\r\n\r\n"
    async with httpx.AsyncClient(transport=AsyncioTransport()) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get(f"{wire.url}/x")
    wire.reply = raw_answer(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked", b"zz\r\nhello\r\n0\r\n\r\n")
    async with httpx.AsyncClient(transport=AsyncioTransport()) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get(f"{wire.url}/y")


async def test_put_delete_and_post_with_body_go_out_with_their_method_and_length(wire: WireServer) -> None:
    async def pieces() -> AsyncIterator[bytes]:
        yield b"ab"
        yield b"cd"

    async with httpx.AsyncClient(transport=AsyncioTransport()) as client:
        assert (await client.put(f"{wire.url}/p?a=1")).status_code == 200
        assert (await client.delete(f"{wire.url}/d?a=%2F")).status_code == 200
        assert (await client.post(f"{wire.url}/s", content=pieces())).status_code == 200
    put, delete, post = (header_lines(r) for r in wire.requests)
    assert put[0] == "PUT /p?a=1 HTTP/1.1" and delete[0] == "DELETE /d?a=%2F HTTP/1.1"
    assert "Content-Length: 4" in post and not any(line.lower().startswith("transfer-encoding") for line in post)
    assert wire.requests[2].endswith(b"\r\n\r\nabcd") and wire.connection_of == [1, 1, 1]


async def test_pool_limit_fifo_waiters_and_pool_timeout(wire: WireServer) -> None:
    wire.delay = 0.05
    transport = AsyncioTransport(max_connections=2)
    async with httpx.AsyncClient(transport=transport) as client:
        answers = await asyncio.gather(*(client.get(f"{wire.url}/{n}") for n in range(10)))
        assert all(a.status_code == 200 for a in answers)
        assert wire.connections == 2
        order = [header_lines(r)[0].split(" ")[1] for r in wire.requests]
        assert order[:2] == ["/0", "/1"] and sorted(order[2:4]) == ["/2", "/3"] and order[-1] == "/9"
    wire.delay = 0.5
    transport = AsyncioTransport(max_connections=1)
    async with httpx.AsyncClient(transport=transport, timeout=httpx.Timeout(5, pool=0.05)) as client:
        first = asyncio.ensure_future(client.get(f"{wire.url}/slow"))
        await asyncio.sleep(0.01)
        with pytest.raises(httpx.PoolTimeout):
            await client.get(f"{wire.url}/waits")
        assert (await first).status_code == 200


async def test_many_concurrent_calls_share_at_most_100_connections(wire: WireServer) -> None:
    wire.delay = 0.02
    wire.reply = lambda _raw: ok(b'{"spotBNBBurn":true,"interestBNBBurn":true}')
    async with order_client(wire.url) as client:
        results = await asyncio.gather(*(client.account.get_bnb_burn_status() for _ in range(250)))
        assert len(results) == 250 and all(r.spot_bnb_burn for r in results)
        pool = next(iter(client._runtime._fast._pools.values()))  # type: ignore[union-attr]
        assert pool.count == len(pool.idle) == 100 and not pool.waiters
    assert wire.connections == 100 and len(wire.requests) == 250


async def test_cancelled_requests_give_their_connection_and_slot_back(wire: WireServer) -> None:
    wire.delay = 0.3
    transport = AsyncioTransport(max_connections=1)
    async with httpx.AsyncClient(transport=transport) as client:
        busy = asyncio.ensure_future(client.get(f"{wire.url}/a"))
        waiting = asyncio.ensure_future(client.get(f"{wire.url}/b"))
        await asyncio.sleep(0.05)
        busy.cancel()
        waiting.cancel()
        await asyncio.gather(busy, waiting, return_exceptions=True)
        wire.delay = 0
        assert (await client.get(f"{wire.url}/c")).status_code == 200
        pool = next(iter(transport._pools.values()))
        assert pool.count == 1 and not pool.waiters


async def test_idle_connections_expire(wire: WireServer) -> None:
    async with httpx.AsyncClient(transport=AsyncioTransport(keepalive_expiry=0.05)) as client:
        await client.get(f"{wire.url}/a")
        await client.get(f"{wire.url}/b")
        await asyncio.sleep(0.1)
        await client.get(f"{wire.url}/c")
    assert wire.connection_of == [1, 1, 2]


async def test_unexpected_bytes_on_an_idle_connection_and_a_closed_one_are_not_used(wire: WireServer) -> None:
    wire.reply = lambda _raw: ok(b"{}") + b"garbage"  # more than the answer: the connection is out of step
    async with httpx.AsyncClient(transport=AsyncioTransport()) as client:
        await client.get(f"{wire.url}/a")
        wire.reply = lambda _raw: ok(b"{}", (("X", "1"),))
        await client.get(f"{wire.url}/b")
    assert wire.connection_of == [1, 2]


async def test_server_closing_idle_connections_seen_by_the_loop_or_not(wire: WireServer) -> None:
    """The server closes idle connections: once the loop has processed the FIN (connection_lost) and once before
    it could (the loop blocked); in both cases the next GET and POST go out on new connections, nothing is lost."""
    closing: list[asyncio.StreamWriter] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        closing.append(writer)
        await wire.handle(reader, writer)

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    wire.reply = lambda raw: ok(json.dumps(ORDER_ANSWER).encode())
    try:
        async with order_client(url) as client:
            await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
            for writer in closing:
                writer.close()
            await asyncio.sleep(0.05)  # the loop sees the close
            await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
            for writer in closing:
                writer.close()
            await asyncio.sleep(0)  # the server side writes its FIN now...
            await asyncio.sleep(0)
            time.sleep(0.05)  # ...while the client's loop is blocked
            await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
    finally:
        server.close()
    assert len(wire.requests) == 3 and wire.connection_of == [1, 2, 3]


async def test_dropped_read_is_retried_by_the_runtime_policy_only(wire: WireServer) -> None:
    wire.reply = lambda raw: None if len(wire.requests) == 1 else ok(b'{"spotBNBBurn":true,"interestBNBBurn":true}')
    async with order_client(wire.url, max_retries=2) as client:
        client._runtime.sleep = lambda _s: asyncio.sleep(0)
        assert (await client.account.get_bnb_burn_status()).spot_bnb_burn is True
    assert len(wire.requests) == 2
    wire.requests.clear()
    wire.reply = lambda _raw: None
    async with order_client(wire.url, max_retries=2) as client:
        client._runtime.sleep = lambda _s: asyncio.sleep(0)
        with pytest.raises(UnknownExecutionStatus) as info:
            await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
    assert len(wire.requests) == 1  # a POST is never resent
    text = f"{info.value} {info.value.__cause__!r} {info.value.__context__!r}"
    assert "signature=" not in text.replace("signature=<redacted>", "") and API_KEY not in text


class _BurnHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        body = b'{"spotBNBBurn":true,"interestBNBBurn":true}'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_a_new_event_loop_gets_a_new_pool() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _BurnHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        client = order_client(f"http://127.0.0.1:{server.server_address[1]}")
        for _ in range(2):  # the second loop cannot use the first loop's connections
            assert asyncio.run(client.account.get_bnb_burn_status()).spot_bnb_burn is True
        asyncio.run(client.aclose())
    finally:
        server.shutdown()
        server.server_close()


def self_signed(host: str) -> tuple[bytes, bytes]:
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.datetime.now(datetime.UTC)
    import ipaddress

    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    pem_key = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return cert.public_bytes(serialization.Encoding.PEM), pem_key


async def test_tls_with_a_trusted_self_signed_certificate_and_refused_untrusted(
    wire: WireServer, tmp_path: Any
) -> None:
    import ssl

    cert, key = self_signed("127.0.0.1")
    (tmp_path / "cert.pem").write_bytes(cert)
    (tmp_path / "key.pem").write_bytes(key)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    wire.reply = lambda _raw: ok(b'{"spotBNBBurn":true,"interestBNBBurn":true}')
    server = await asyncio.start_server(wire.handle, "127.0.0.1", 0, ssl=server_ctx)
    url = f"https://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    trusted = ssl.create_default_context(cafile=str(tmp_path / "cert.pem"))
    try:
        async with order_client(url, transport=AsyncioTransport(verify=trusted)) as client:
            assert client._runtime._fast is not None
            for _ in range(2):
                assert (await client.account.get_bnb_burn_status()).spot_bnb_burn is True
            assert (await client._runtime.http.get(f"{url}/x")).status_code == 200  # httpx through the same pool
        assert wire.connection_of == [1, 1, 1]
        async with order_client(url) as client:  # certifi does not trust it: refused before anything is sent
            with pytest.raises(TransportError) as refused:
                await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
            assert not isinstance(refused.value, UnknownExecutionStatus)
        assert len(wire.requests) == 3
    finally:
        server.close()


def test_plain_http_never_builds_an_ssl_context(monkeypatch: pytest.MonkeyPatch) -> None:
    transport = AsyncioTransport()
    assert transport._ssl is None
    monkeypatch.setattr(httpx, "create_ssl_context", lambda **_kw: pytest.fail("built an SSL context"))

    async def go() -> None:
        wire = WireServer()
        wire.server = await asyncio.start_server(wire.handle, "127.0.0.1", 0)
        try:
            async with httpx.AsyncClient(transport=transport) as client:
                await client.get(f"{wire.url}/x")
        finally:
            wire.server.close()

    asyncio.run(go())
    assert transport._ssl is None


async def test_direct_path_wire_bytes_are_the_aiohttp_path_bytes(wire: WireServer) -> None:
    """Header order and ``Content-Length: 0`` on bodiless POST/DELETE, as the aiohttp path sent them."""
    wire.reply = lambda raw: ok(json.dumps(ORDER_ANSWER).encode() if raw.startswith(b"POST") else b"{}")
    async with order_client(wire.url) as client:
        await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
        with pytest.raises(Exception):  # noqa: B017 - the answer does not matter here, the request does
            await client.trade.cancel_order(symbol="BTCUSDT", order_id=1)
        await client.general.ping()
    host = wire.url.removeprefix("http://")
    common = [f"Host: {host}", "Accept: */*", "Accept-Encoding: gzip, deflate", "Connection: keep-alive"]
    common.append("User-Agent: binance-margin-python")
    post, delete, ping = (header_lines(r) for r in wire.requests)
    assert post[0].startswith("POST /sapi/v1/margin/order?symbol=BTCUSDT&side=BUY&") and post[0].endswith(" HTTP/1.1")
    assert post[1:] == [*common, f"X-MBX-APIKEY: {API_KEY}", "Content-Length: 0"]
    assert delete[0].startswith("DELETE /sapi/v1/margin/order?symbol=BTCUSDT&orderId=1&timestamp=")
    assert delete[1:] == [*common, f"X-MBX-APIKEY: {API_KEY}", "Content-Length: 0"]
    assert ping == ["GET /api/v3/ping HTTP/1.1", *common]


async def test_a_shorter_read_timeout_on_a_reused_connection_is_honoured(wire: WireServer) -> None:
    """The read timer stays armed between requests on a connection; a request with a shorter timeout than the
    armed deadline gets its own."""
    async with httpx.AsyncClient(transport=AsyncioTransport(), timeout=httpx.Timeout(5.0)) as client:
        assert (await client.get(f"{wire.url}/fast")).status_code == 200
        wire.delay = 1.0
        started = time.perf_counter()
        with pytest.raises(httpx.ReadTimeout):
            await client.get(f"{wire.url}/slow", timeout=httpx.Timeout(5.0, read=0.1))
        assert time.perf_counter() - started < 0.9
    assert wire.connection_of == [1, 1]


async def test_aclose_closes_every_pooled_connection(wire: WireServer) -> None:
    wire.delay = 0.02
    client = order_client(wire.url)
    await asyncio.gather(*(client._runtime.http.get(f"{wire.url}/{n}") for n in range(5)))
    assert wire.connections == 5 and wire.ended == 0
    await client.aclose()
    for _ in range(100):
        if wire.ended == 5:
            break
        await asyncio.sleep(0.01)
    assert wire.ended == 5
