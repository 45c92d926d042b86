"""The sync runtime's own ``http.client`` pool, over real loopback sockets (plain and TLS), faults included."""

from __future__ import annotations

import datetime
import gzip
import ipaddress
import socket
import socketserver
import ssl
import threading
import time
import traceback
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from binance_margin import ClientConfig, InsufficientBalanceError, MarginClient, TransportError, UnknownExecutionStatus
from binance_margin._sync_http import SyncPool, decode_body, readable

from ._mock import API_KEY, API_SECRET

BURN = b'{"spotBNBBurn":true,"interestBNBBurn":false}'
ORDER_ANSWER = b'{"symbol":"BTCUSDT","orderId":28,"clientOrderId":"abc","transactTime":1,"isIsolated":false}'


def ok(body: bytes, headers: tuple[tuple[str, str], ...] = (), status: bytes = b"200 OK") -> bytes:
    lines = [b"HTTP/1.1 " + status, b"Content-Type: application/json", b"Content-Length: %d" % len(body)]
    lines += [f"{k}: {v}".encode() for k, v in headers]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


class WireServer:
    """A threaded loopback HTTP/1.1 server: records each request's raw bytes and connection number, answers with
    ``reply(raw)`` (``None``: drop the connection without answering), optionally after ``delay`` seconds."""

    def __init__(self, *, tls: ssl.SSLContext | None = None) -> None:
        self.requests: list[bytes] = []
        self.connection_of: list[int] = []
        self.connections = 0
        self.reply: Callable[[bytes], bytes | list[bytes] | None] = lambda raw: ok(
            ORDER_ANSWER if b"POST" in raw[:5] else BURN
        )
        self.delay = 0.0
        self.idle_close: float | None = None  # close a connection idle for this long
        self.lock = threading.Lock()
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                outer.serve(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

            def get_request(self) -> tuple[socket.socket, Any]:
                sock, addr = super().get_request()
                if tls is not None:
                    try:
                        sock = tls.wrap_socket(sock, server_side=True)
                    except (ssl.SSLError, OSError):
                        sock.close()
                        raise
                return sock, addr

        self.server = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()
        self.port = self.server.server_address[1]
        self.url = f"{'https' if tls else 'http'}://{'localhost' if tls else '127.0.0.1'}:{self.port}"

    def serve(self, sock: socket.socket) -> None:
        with self.lock:
            self.connections += 1
            number = self.connections
        buffer = b""
        try:
            while True:
                sock.settimeout(self.idle_close)
                while b"\r\n\r\n" not in buffer:
                    try:
                        chunk = sock.recv(65536)
                    except TimeoutError:
                        return
                    if not chunk:
                        return
                    buffer += chunk
                raw, _, buffer = buffer.partition(b"\r\n\r\n")
                raw += b"\r\n\r\n"
                with self.lock:
                    self.requests.append(raw)
                    self.connection_of.append(number)
                if self.delay:
                    time.sleep(self.delay)
                answer = self.reply(raw)
                if answer is None:
                    return
                if isinstance(answer, list):  # in pieces, a little apart
                    for piece in answer:
                        sock.sendall(piece)
                        time.sleep(0.02)
                    answer = b"".join(answer)
                else:
                    sock.sendall(answer)
                if answer.startswith(b"HTTP/1.0") or b"Connection: close" in answer.split(b"\r\n\r\n")[0]:
                    return
        except OSError:
            pass
        finally:
            sock.close()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def wire() -> Iterator[WireServer]:
    server = WireServer()
    try:
        yield server
    finally:
        server.close()


def client(url: str, **settings: Any) -> MarginClient:
    settings.setdefault("max_retries", 0)
    return MarginClient(API_KEY, API_SECRET, base_url=url, time_sync=False, **settings)


def new_order(c: MarginClient) -> Any:
    return c.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")


def request_line(raw: bytes) -> str:
    return raw.split(b"\r\n", 1)[0].decode()


def sent_params(raw: bytes) -> dict[str, str]:
    query = request_line(raw).split(" ")[1].split("?", 1)[1]
    return dict(pair.split("=", 1) for pair in query.split("&"))


def chain_text(error: BaseException) -> str:
    parts = ["".join(traceback.format_exception(error))]
    current: BaseException | None = error
    while current is not None:
        parts += [str(current), repr(current)]
        current = current.__cause__ or current.__context__
    return "\n".join(parts)


# -- which path, and the bytes on the wire ------------------------------------------------------------------------


def test_default_client_uses_the_pool_and_others_keep_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    with client("http://127.0.0.1:9") as c:
        assert isinstance(c._runtime._fast, SyncPool)
    with client("http://127.0.0.1:9", proxy="http://proxy:3128") as c:
        assert c._runtime._fast is None
    with client("http://127.0.0.1:9", transport=httpx.MockTransport(lambda r: httpx.Response(200))) as c:
        assert c._runtime._fast is None
    with httpx.Client() as given, client("http://127.0.0.1:9", http_client=given) as c:
        assert c._runtime._fast is None
    monkeypatch.setenv("HTTP_PROXY", "http://proxy:3128")
    with client("http://127.0.0.1:9") as c:
        assert c._runtime._fast is None, "a proxy from the environment applies (trust_env)"
    config = ClientConfig(api_key=API_KEY, api_secret=API_SECRET, base_url="http://127.0.0.1:9", trust_env=False)
    with MarginClient(config=config) as c:
        assert isinstance(c._runtime._fast, SyncPool)


def test_same_bytes_as_the_httpx_path_and_keep_alive(wire: WireServer) -> None:
    with client(wire.url, recv_window=3000) as c:
        for fast in (True, False):
            if not fast:
                c._runtime._fast = None
            c.account.get_bnb_burn_status()
            new_order(c)
            c.general.ping()
    assert wire.connection_of[:3] == [1, 1, 1], "the pool reused its connection"
    by_pool, by_httpx = wire.requests[:3], wire.requests[3:]
    for ours, theirs in zip(by_pool, by_httpx, strict=True):
        ours_lines, theirs_lines = ours.split(b"\r\n"), theirs.split(b"\r\n")
        assert ours_lines[1:] == theirs_lines[1:], "same headers, same order"
        if b"?" in ours_lines[0]:
            assert sent_params(ours).keys() == sent_params(theirs).keys(), "same parameters, same order"
        else:
            assert ours_lines[0] == theirs_lines[0]
    get_lines = by_pool[0].decode().split("\r\n")
    assert get_lines[0].startswith("GET /sapi/v1/bnbBurn?recvWindow=3000&timestamp=") and "&signature=" in get_lines[0]
    assert f"X-MBX-APIKEY: {API_KEY}" in get_lines and "User-Agent: binance-margin-python" in get_lines
    assert "Content-Length: 0" in by_pool[1].decode().split("\r\n")  # POST without a body, as httpx sends it
    assert not any(line.lower().startswith(b"x-mbx-apikey") for line in by_pool[2].split(b"\r\n")), "public: no key"
    assert request_line(by_pool[2]) == "GET /api/v3/ping HTTP/1.1"


def test_signed_query_goes_out_byte_for_byte(wire: WireServer) -> None:
    import hashlib
    import hmac

    with client(wire.url) as c:
        c.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1", new_client_order_id="a:b/c.d")
    target = request_line(wire.requests[0]).split(" ")[1]
    query = target.split("?", 1)[1]
    head, _, signature = query.rpartition("&signature=")
    assert "&newClientOrderId=a%3Ab%2Fc.d&timestamp=" in head, "percent-encoded as signed, not re-quoted"
    assert signature == hmac.new(API_SECRET.encode(), head.encode(), hashlib.sha256).hexdigest()


# -- answers: encodings, framing, raw responses, errors -----------------------------------------------------------


@pytest.mark.parametrize(
    "encoding,encode",
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some servers send it
    ],
)
def test_compressed_answers_are_decoded(wire: WireServer, encoding: str, encode: Callable[[bytes], bytes]) -> None:
    wire.reply = lambda _raw: ok(encode(BURN), (("Content-Encoding", encoding), ("X-SAPI-USED-IP-WEIGHT-1M", "3")))
    with client(wire.url) as c:
        raw = c.account.with_raw_response.get_bnb_burn_status()
        assert raw.parsed.spot_bnb_burn is True and raw.headers["content-encoding"] == encoding
        assert raw.rate_limits.used_ip_weight == {"1m": 3}


def test_gzip_error_answer_is_typed_with_its_decoded_body(wire: WireServer) -> None:
    body = b'{"code":-2010,"msg":"Account has insufficient balance for requested action."}'
    wire.reply = lambda _raw: ok(gzip.compress(body), (("Content-Encoding", "gzip"),), status=b"400 Bad Request")
    with client(wire.url) as c, pytest.raises(InsufficientBalanceError) as info:
        new_order(c)
    assert info.value.code == -2010 and isinstance(info.value.headers, httpx.Headers)


def test_undecodable_gzip_order_is_unknown_execution(wire: WireServer) -> None:
    wire.reply = lambda _raw: ok(b"not gzip", (("Content-Encoding", "gzip"),))
    with client(wire.url) as c, pytest.raises(UnknownExecutionStatus):
        new_order(c)


def test_chunked_http10_and_connection_close_answers(wire: WireServer) -> None:
    answers = iter(
        [
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n" + BURN[:5] + b"\r\n"
            b"%x\r\n" % (len(BURN) - 5) + BURN[5:] + b"\r\n0\r\n\r\n",
            ok(BURN, (("Connection", "close"),)),
            b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + BURN,  # ends when the server closes
            ok(BURN),
        ]
    )
    wire.reply = lambda _raw: next(answers)
    with client(wire.url) as c:
        for _ in range(4):
            assert c.account.get_bnb_burn_status().spot_bnb_burn is True
    assert wire.connection_of == [1, 1, 2, 3], "reused after chunked, not after close or HTTP/1.0"


def test_decode_body_leaves_other_encodings_to_httpx() -> None:
    assert decode_body(((b"Content-Encoding", b"br"),), b"x") is None
    assert decode_body(((b"Content-Encoding", b"gzip"), (b"Content-Encoding", b"gzip")), b"x") is None
    assert decode_body(((b"Content-Encoding", b"identity"),), b"x") == b"x"
    with pytest.raises(httpx.DecodingError):
        decode_body(((b"Content-Encoding", b"deflate"),), b"not deflate")


def pool_for(url: str, **timeouts: float) -> SyncPool:
    timeout = {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0, **timeouts}
    return SyncPool(httpx.URL(url), timeout=timeout, ssl_context=ssl.create_default_context)


def test_the_head_reader_keeps_raw_headers_and_frames_the_body(wire: WireServer) -> None:
    answers = iter(
        [
            b"HTTP/1.1 100 Continue\r\n\r\n" + ok(b"{}", (("X-A", "1"), ("x-a", " 2 "), ("Set-Cookie", "c=1"))),
            b"HTTP/1.1 204 No Content\r\nX-B: 3\r\n\r\n",
            ok(b"[]"),
            b"HTTP/1.1 200 OK\nContent-Length: 2\nX-C: 4\n\n{}",  # bare LF line ends
            [b"HTTP/1.1 200 OK\r\n", b"Content-Length: 2\r\nX-D:", b" 5\r\n\r", b"\n{}"],  # head in pieces
            b"HTTP/1.0 200 OK\r\n\r\n",  # no header at all: the body ends with the connection
        ]
    )
    wire.reply = lambda _raw: next(answers)
    pool = pool_for(wire.url)
    try:
        status, reason, headers, body = pool.send("GET", b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        assert (status, reason, body) == (200, "OK", b"{}")
        assert headers == (
            (b"Content-Type", b"application/json"),
            (b"Content-Length", b"2"),
            (b"X-A", b"1"),
            (b"x-a", b"2"),
            (b"Set-Cookie", b"c=1"),
        )
        no_content = pool.send("GET", b"GET /b HTTP/1.1\r\nHost: x\r\n\r\n")
        assert no_content[0] == 204 and no_content[3] == b"" and no_content[2] == ((b"X-B", b"3"),)
        assert pool.send("GET", b"GET /c HTTP/1.1\r\nHost: x\r\n\r\n")[3] == b"[]"
        assert pool.send("GET", b"GET /d HTTP/1.1\r\nHost: x\r\n\r\n")[2:] == (
            ((b"Content-Length", b"2"), (b"X-C", b"4")),
            b"{}",
        )
        assert pool.send("GET", b"GET /e HTTP/1.1\r\nHost: x\r\n\r\n")[2:] == (
            ((b"Content-Length", b"2"), (b"X-D", b"5")),
            b"{}",
        )
        assert pool.send("GET", b"GET /f HTTP/1.1\r\nHost: x\r\n\r\n")[2:] == ((), b"")
    finally:
        pool.close()
    assert wire.connection_of == [1, 1, 1, 1, 1, 1]


@pytest.mark.parametrize(
    "head",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: nonsense\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nno colon here\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nX-A: 1\r\n folded\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nX-A : 1\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/2 200 OK\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{}",
    ],
)
def test_malformed_heads_are_protocol_errors(wire: WireServer, head: bytes) -> None:
    wire.reply = lambda _raw: head
    pool = pool_for(wire.url)
    try:
        with pytest.raises(httpx.RemoteProtocolError):
            pool.send("GET", b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        assert pool._count == 0 and not pool._idle, "the connection was closed, not pooled"
    finally:
        pool.close()


# -- faults ------------------------------------------------------------------------------------------------------


def test_connections_the_server_closed_while_idle_are_not_sent_on(wire: WireServer) -> None:
    """Like the aiohttp transport (issue 13.3): an order must not be written on a connection the server closed while
    it was idle (it would fail like a request that reached the server: UnknownExecutionStatus, nothing sent)."""
    wire.idle_close = 0.05
    with client(wire.url) as c:
        for _ in range(3):
            assert new_order(c).order_id == 28
            time.sleep(0.3)
    assert len(wire.requests) == 3 and wire.connection_of == [1, 2, 3]


def test_readable_tells_a_closed_idle_socket_from_a_live_one() -> None:
    a, b = socket.socketpair()
    try:
        assert not readable(a)
        b.close()
        assert readable(a)
    finally:
        a.close()


def test_keepalive_expiry_opens_a_new_connection(wire: WireServer) -> None:
    with client(wire.url) as c:
        pool = c._runtime._fast
        assert pool is not None
        pool._expiry = 0.3
        c.account.get_bnb_burn_status()
        c.account.get_bnb_burn_status()
        time.sleep(0.5)
        c.account.get_bnb_burn_status()
    assert wire.connection_of == [1, 1, 2]


def test_dropped_after_the_request_order_is_unknown_read_is_retried(wire: WireServer) -> None:
    wire.reply = lambda _raw: None
    with client(wire.url, recv_window=3000) as c, pytest.raises(UnknownExecutionStatus) as lost:
        new_order(c)
    assert len(wire.requests) == 1, "never resent"
    assert lost.value.timestamp == int(sent_params(wire.requests[0])["timestamp"]) and lost.value.recv_window == 3000
    cause = lost.value.__cause__
    assert isinstance(cause, TransportError) and isinstance(cause.__cause__, httpx.RemoteProtocolError)
    with client(wire.url, max_retries=2) as c, pytest.raises(TransportError) as read:
        c._runtime.sleep = lambda _s: None
        c.account.get_bnb_burn_status()
    assert not isinstance(read.value, UnknownExecutionStatus)
    assert len(wire.requests) == 4, "a read: the runtime's retry policy (1 + 2 retries)"
    stamps = [sent_params(r)["timestamp"] for r in wire.requests[1:]]
    assert all(s.isdigit() for s in stamps)


def test_read_timeout(wire: WireServer) -> None:
    wire.delay = 0.5
    with client(wire.url, timeout=0.1) as c:
        with pytest.raises(TransportError) as read:
            c.account.get_bnb_burn_status()
        assert isinstance(read.value.__cause__, httpx.ReadTimeout)
        with pytest.raises(UnknownExecutionStatus):
            new_order(c)


def test_refused_connection_is_not_sent() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()
    with client(f"http://127.0.0.1:{port}") as c, pytest.raises(TransportError) as refused:
        new_order(c)
    assert not isinstance(refused.value, UnknownExecutionStatus)
    assert isinstance(refused.value.__cause__, httpx.ConnectError)


def test_malformed_answer_leaks_no_signature_or_key(wire: WireServer) -> None:
    wire.reply = lambda _raw: b"HTTP/1.1 2x0 OK\r\nContent-Length: 2\r\n\r\n{}"  # a malformed status line
    with client(wire.url) as c:
        with pytest.raises(TransportError) as read:
            c.account.get_bnb_burn_status()
        with pytest.raises(UnknownExecutionStatus) as order:
            new_order(c)
    assert b"signature=" in wire.requests[0]
    for error in (read.value, order.value):
        text = chain_text(error)
        assert "signature=" not in text.replace("signature=<redacted>", "") and API_KEY not in text, text
    assert isinstance(order.value.__cause__, TransportError)
    assert isinstance(order.value.__cause__.__cause__, httpx.RemoteProtocolError)


def test_a_connection_whose_request_failed_is_not_reused(wire: WireServer) -> None:
    answers = iter([b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{}", ok(BURN)])

    wire.reply = lambda _raw: next(answers)
    with client(wire.url, timeout=0.3) as c:
        with pytest.raises(TransportError):
            c.account.get_bnb_burn_status()  # the body never completes: a read timeout
        assert c.account.get_bnb_burn_status().spot_bnb_burn is True
    assert wire.connection_of == [1, 2]


# -- threads and the pool's limit --------------------------------------------------------------------------------


def test_threads_share_one_client(wire: WireServer) -> None:
    wire.delay = 0.002
    errors: list[BaseException] = []
    with client(wire.url) as c:

        def work() -> None:
            try:
                for _ in range(15):
                    assert c.account.get_bnb_burn_status().spot_bnb_burn is True
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        pool = c._runtime._fast
        assert pool is not None and pool._count == len(pool._idle) <= 6
    assert not errors and len(wire.requests) == 90
    assert wire.connections <= 6


def test_pool_limit_waits_then_pool_timeout_is_not_sent(wire: WireServer) -> None:
    wire.delay = 0.4
    with client(wire.url, timeout=0.2) as c:
        pool = c._runtime._fast
        assert pool is not None
        pool._max = 1
        pool._read_timeout = 5.0  # the first request holds the only connection for 0.4 s
        first = threading.Thread(target=c.account.get_bnb_burn_status)
        first.start()
        while not wire.requests:  # the first request holds the connection
            time.sleep(0.005)
        with pytest.raises(TransportError) as waited:
            new_order(c)
        first.join()
    assert not isinstance(waited.value, UnknownExecutionStatus)
    assert isinstance(waited.value.__cause__, httpx.PoolTimeout)
    assert len(wire.requests) == 1


def test_pool_limit_hands_the_connection_over(wire: WireServer) -> None:
    wire.delay = 0.05
    with client(wire.url) as c:
        pool = c._runtime._fast
        assert pool is not None
        pool._max = 1
        threads = [threading.Thread(target=c.account.get_bnb_burn_status) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(wire.requests) == 4 and wire.connections == 1


def test_close_closes_the_idle_connections(wire: WireServer) -> None:
    c = client(wire.url)
    c.account.get_bnb_burn_status()
    pool = c._runtime._fast
    assert pool is not None and len(pool._idle) == 1
    sock = pool._idle[0].sock
    c.close()
    assert pool.is_closed and not pool._idle and sock.fileno() == -1
    with pytest.raises(RuntimeError):
        c.account.get_bnb_burn_status()


# -- TLS ----------------------------------------------------------------------------------------------------------


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_file, key_file


@pytest.fixture
def tls_wire(tmp_path: Path) -> Iterator[tuple[WireServer, Path]]:
    cert_file, key_file = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server = WireServer(tls=context)
    try:
        yield server, cert_file
    finally:
        server.close()


def test_tls_round_trip_with_the_context_httpx_would_use(
    tls_wire: tuple[WireServer, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, cert_file = tls_wire
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))  # httpx.create_ssl_context trusts it (trust_env)
    with client(server.url) as c:
        assert isinstance(c._runtime._fast, SyncPool)
        assert c.account.get_bnb_burn_status().spot_bnb_burn is True
        assert new_order(c).order_id == 28
    assert server.connection_of == [1, 1]
    assert f"Host: localhost:{server.port}" in server.requests[0].decode().split("\r\n")


def test_tls_untrusted_certificate_is_a_connect_error(
    tls_wire: tuple[WireServer, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, _cert_file = tls_wire
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with client(server.url) as c, pytest.raises(TransportError) as refused:
        new_order(c)
    assert not isinstance(refused.value, UnknownExecutionStatus), "the handshake failed: nothing was sent"
    assert isinstance(refused.value.__cause__, httpx.ConnectError)
    assert not server.requests


def test_tls_setup_failure_is_a_connect_error(tls_wire: tuple[WireServer, Path], tmp_path: Path) -> None:
    server, _cert_file = tls_wire

    def context() -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(tmp_path / "missing.pem"))

    pool = SyncPool(httpx.URL(server.url), timeout={"connect": 1.0, "read": 1.0}, ssl_context=context)
    try:
        with pytest.raises(httpx.ConnectError, match="cannot set up TLS"):
            pool.send("GET", b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        assert pool._count == 0
    finally:
        pool.close()
    assert not server.requests


def test_pool_refuses_other_schemes() -> None:
    with pytest.raises(httpx.UnsupportedProtocol):
        SyncPool(httpx.URL("ftp://example.com/"), timeout={}, ssl_context=ssl.create_default_context)
