"""Both keep-alive pools against odd servers, over real sockets, with h11 as the reference reader.

A raw-socket server answers each request with bytes a test chose: valid answers and malformed ones (chunk sizes and
extensions, trailers, obs-fold, duplicate or conflicting ``Content-Length``, ``Content-Length`` with
``Transfer-Encoding``, bare LF, 1xx before the answer, huge heads, a close at any byte, gzip and deflate bodies,
``Connection: close``, a kept connection the server closes before the next request). For each one h11 reads the same
bytes; the pool must return what h11 reads (status, reason, headers, body, decoded as httpx decodes it) or refuse
where h11 refuses, with a transport error that never says "not sent" (the request was written), within the read
timeout, and stay usable: a probe request afterwards gets its own answer, and no connection h11 would close is
written on again.

Where the SDK is stricter than h11 (it refuses, h11 reads), the verdict is the SDK's, and each such class is named
in ``STRICTER`` (the generator tags the cases): obs-fold, a repeated identical ``Content-Length`` (or ``5, 5``),
``Content-Length`` with ``Transfer-Encoding``, a status from 600 up, whitespace after a chunk size and whitespace
around a chunk extension's ``=`` (llhttp's reading). A case with such a tag must be refused, not read.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import h11
import httpx
import pytest
from binance_margin import AsyncMarginClient, MarginClient, UnknownExecutionStatus
from binance_margin._asyncio_http import AsyncioTransport
from binance_margin._sync_http import SyncPool, decode_body
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ._mock import API_KEY, API_SECRET

READ_TIMEOUT = 1.0
PROBE = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nprobe"
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
STRICTER = frozenset(
    {"obs-fold", "same-length-twice", "length-list", "length+chunked", "status>599", "chunk-ows", "chunk-ext-bws"}
)
"""Classes of answers h11 reads and the SDK refuses (the SDK's verdict: refusing them is safe, reading is not)."""


# -- the server ------------------------------------------------------------------------------------------------------


@dataclass
class Reply:
    """What the server sends to the next ``/case`` request: ``payload``, then closes the connection or keeps it
    (``keep``: h11 would reuse it; a request on a connection h11 would not reuse is a violation)."""

    payload: bytes
    close: bool
    keep: bool


@dataclass
class RawServer:
    """A threaded loopback server: ``/probe`` gets ``PROBE``; ``/case`` gets ``reply``."""

    reply: Reply | None = None
    cases: int = 0
    violations: list[str] = field(default_factory=list)
    idle: set[socket.socket] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)
    answered: threading.Event = field(default_factory=threading.Event)
    """Set once the last ``/case`` answer is sent and, when it says so, its connection closed."""
    port: int = 0

    def start(self) -> None:
        listener = socket.create_server(("127.0.0.1", 0))
        self.port = listener.getsockname()[1]
        self.listener = listener
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while True:
            try:
                sock, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        buffer = b""
        poisoned = answering = False
        try:
            while True:
                with self.lock:
                    self.idle.add(sock)
                while b"\r\n\r\n" not in buffer:
                    chunk = sock.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                with self.lock:
                    self.idle.discard(sock)
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                if poisoned:
                    self.violations.append("a request on a connection h11 would have closed")
                    sock.sendall(b"HTTP/1.1 500 Reused\r\nContent-Length: 6\r\n\r\nreused")
                    return
                if b" /probe" in head.split(b"\r\n", 1)[0]:
                    sock.sendall(PROBE)
                    continue
                reply = self.reply
                self.reply = None
                if reply is None:
                    self.violations.append("an unexpected /case request")
                    return
                self.cases += 1
                answering = True
                if reply.payload:
                    sock.sendall(reply.payload)
                if reply.close:
                    return
                answering = False
                self.answered.set()
                poisoned = not reply.keep
        except OSError:
            pass
        finally:
            with self.lock:
                self.idle.discard(sock)
            sock.close()
            if answering:
                self.answered.set()

    def close_idle(self) -> None:
        """Close the connections waiting for a request (the server's idle timeout)."""
        with self.lock:
            for sock in list(self.idle):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        self.listener.close()


@pytest.fixture(scope="module")
def server() -> Iterator[RawServer]:
    raw = RawServer()
    raw.start()
    try:
        yield raw
    finally:
        raw.stop()


# -- the two pools, one call each ------------------------------------------------------------------------------------

Answer = tuple[int, str, tuple[tuple[bytes, bytes], ...], bytes]
"""Status, reason, headers (raw, in order), body decoded (gzip/deflate) as httpx would."""


class Pools:
    """The sync pool and the async transport, each on the server, kept across the examples of a module."""

    def __init__(self, url: str) -> None:
        timeout: dict[str, float | None] = {"connect": 2.0, "read": READ_TIMEOUT, "write": 2.0, "pool": 2.0}
        self.url = url
        self.sync = SyncPool(httpx.URL(url), timeout=timeout, ssl_context=ssl.create_default_context)
        self.runner = asyncio.Runner()
        self.transport = AsyncioTransport()
        self.timeouts = self.transport.timeouts(timeout)

    def call(self, kind: str, method: str, path: str) -> Answer:
        if kind == "sync":
            head = f"{method} {path} HTTP/1.1\r\nHost: x\r\n".encode()
            if method == "POST":
                head += b"Content-Length: 0\r\n"
            status, reason, headers, body = self.sync.send(method, head + b"\r\n")
            try:  # as the sync runtime does
                decoded = decode_body(headers, body)
            except httpx.DecodingError as exc:
                raise httpx.RemoteProtocolError(str(exc)) from None
            if decoded is not None and decoded is not body:
                headers = _without_encoding(headers)
                body = decoded
            return status, reason, headers, body
        route = self.transport.route(method, self.url + path, [(b"Host", b"x")])
        status, reason, headers, body, encoded = self.runner.run(
            self.transport.send_prepared(route, b"", self.timeouts)
        )
        if encoded:  # left to httpx (the async runtime hands it over as an httpx response)
            try:
                body = httpx.Response(status, headers=headers, stream=httpx.ByteStream(body)).read()
            except httpx.DecodingError as exc:
                raise httpx.RemoteProtocolError(str(exc)) from None
            headers = _without_encoding(headers)
        return status, reason, headers, body

    def close(self) -> None:
        self.sync.close()
        self.runner.run(self.transport.aclose())
        self.runner.close()


def _without_encoding(headers: tuple[tuple[bytes, bytes], ...]) -> tuple[tuple[bytes, bytes], ...]:
    return tuple((n, v) for n, v in headers if n.lower() not in (b"content-encoding", b"content-length"))


@pytest.fixture(scope="module")
def pools(server: RawServer) -> Iterator[Pools]:
    both = Pools(server.url)
    try:
        yield both
    finally:
        both.close()


def normalized(answer: Answer) -> Answer:
    """``answer`` with ``Transfer-Encoding`` values lower-cased: h11 hands them over so (``Chunked`` -> ``chunked``),
    the pools as received."""
    headers = tuple((n, v.lower() if n.lower() == b"transfer-encoding" else v) for n, v in answer[2])
    return answer[0], answer[1], headers, answer[3]


def short(value: object) -> str:
    text = repr(value)
    return text if len(text) < 400 else text[:400] + f"... ({len(text)} characters)"


# -- the oracle ------------------------------------------------------------------------------------------------------


@dataclass
class Expected:
    """What h11 reads: an answer (and whether it keeps the connection), or a refusal (``answer`` is ``None``)."""

    answer: Answer | None
    keep: bool = False
    decoded: bool = False
    """The body was gzip/deflate: headers compare without ``Content-Encoding``/``Content-Length`` (the pools drop
    the first and the async one sets the second to the decoded length)."""
    complete: bool = True
    """``False``: h11 waits for more bytes (the server must close for the case to end)."""


def oracle(payload: bytes, close: bool, method: str) -> Expected:
    """h11 as httpx configures it (100 KiB heads), reading ``payload`` (then the close) as the answer to ``method``."""
    conn = h11.Connection(h11.CLIENT, max_incomplete_event_size=100 * 1024)
    headers = [("Host", "x")] + ([("Content-Length", "0")] if method == "POST" else [])
    conn.send(h11.Request(method=method, target="/case", headers=headers))
    conn.send(h11.EndOfMessage())
    pieces = [payload[i : i + 65536] for i in range(0, len(payload), 65536)]  # as httpcore reads (64 KiB)
    if close:
        pieces.append(b"")
    response: h11.Response | None = None
    body = bytearray()
    try:
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                if not pieces:
                    return Expected(None, complete=False)
                conn.receive_data(pieces.pop(0))
                continue
            if isinstance(event, h11.Response):
                response = event
            elif isinstance(event, h11.Data):
                body += event.data
            elif isinstance(event, h11.EndOfMessage):
                break
            elif isinstance(event, h11.ConnectionClosed):
                return Expected(None)
    except h11.RemoteProtocolError:
        return Expected(None)
    assert response is not None
    raw = tuple(response.headers.raw_items())
    keep = conn.our_state is h11.DONE and conn.their_state is h11.DONE and not conn.trailing_data[0] and not close
    content = bytes(body)
    encodings = [v.lower() for n, v in raw if n.lower() == b"content-encoding"]
    decoded = bool(encodings) and encodings[0] in (b"gzip", b"deflate")
    if decoded:
        if content:  # an empty body (a 204, a 304) is empty whatever its encoding
            try:
                content = whole_stream(encodings[0], content)
            except zlib.error:  # a body that ends early or is not what its header says: refused
                return Expected(None)
        raw = _without_encoding(raw)
    answer = (response.status_code, response.reason.decode("latin-1"), raw, content)
    return Expected(answer, keep=keep, decoded=decoded)


def whole_stream(encoding: bytes, data: bytes) -> bytes:
    """``data`` decoded, only if it is one whole gzip or deflate stream (zlib-wrapped, else raw). httpx's decoders
    return what a cut stream decodes to; the SDK refuses a cut one (a truncated answer), and so does the oracle."""
    for wbits in (16 + zlib.MAX_WBITS,) if encoding == b"gzip" else (zlib.MAX_WBITS, -zlib.MAX_WBITS):
        stream = zlib.decompressobj(wbits)
        try:
            out = stream.decompress(data) + stream.flush()
        except zlib.error:
            continue
        if stream.eof and not stream.unused_data:
            return out
    raise zlib.error("not one whole stream")


# -- one case --------------------------------------------------------------------------------------------------------


def check(
    pools: Pools, server: RawServer, kind: str, method: str, payload: bytes, close: bool, tags: frozenset[str]
) -> None:
    """Send one request answered with ``payload`` on pool ``kind``; compare with h11; probe the pool after."""
    expected = oracle(payload, close, method)
    if not expected.complete:  # h11 waits for more: the server closes, and both must decide on what came
        close = True
        expected = oracle(payload, close, method)
    server.reply = Reply(payload, close, expected.keep)
    server.answered.clear()
    cases = server.cases
    started = time.monotonic()
    got: Answer | None = None
    error: BaseException | None = None
    try:
        got = pools.call(kind, method, "/case")
    except httpx.TransportError as exc:
        error = exc
    elapsed = time.monotonic() - started
    assert server.cases == cases + 1, "the request never reached the server"
    assert elapsed < READ_TIMEOUT + 3.0, f"took {elapsed:.1f} s: a hang past the read timeout"
    if expected.answer is not None and tags & STRICTER:
        assert got is None, f"read an answer of a class the SDK refuses ({sorted(tags & STRICTER)}): {short(got)}"
    elif expected.answer is None:
        assert got is None, f"h11 refuses this answer, the {kind} pool read {short(got)}"
    else:
        assert error is None, f"h11 reads {short(expected.answer)}, the {kind} pool raised {error!r}"
        assert got is not None
        if expected.decoded:
            got = (got[0], got[1], _without_encoding(got[2]), got[3])
        assert normalized(got) == normalized(expected.answer), f"{short(got)} != {short(expected.answer)}"
    if error is not None:
        assert not isinstance(error, NOT_SENT), f"a request that was written reported as not sent: {error!r}"
    # The server has sent the answer and, when the case says so, closed the connection (its thread may lag on a busy
    # machine): a pool checks an idle connection before writing on it, it cannot foresee a close that comes later.
    assert server.answered.wait(10)
    time.sleep(0.005)
    assert pools.call(kind, "GET", "/probe") == (200, "OK", ((b"Content-Length", b"5"),), b"probe")
    assert not server.violations, server.violations


# -- answers, valid and malformed ------------------------------------------------------------------------------------

TOKEN = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", min_size=1, max_size=12)
VALUE = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789 ;=,/:\"'()", max_size=30).map(str.strip)
NAMES = st.sampled_from(["X-MBX-USED-WEIGHT-1M", "Content-Type", "X-A", "x-a", "Set-Cookie", "Date", "Server"])


@dataclass
class Case:
    """One generated answer: its bytes, how the server ends, and the classes it belongs to."""

    payload: bytes
    close: bool
    tags: frozenset[str]

    def __repr__(self) -> str:
        return f"Case(payload={short(self.payload)}, close={self.close}, tags={sorted(self.tags)})"


def _chunked(body: bytes, cuts: list[int], sizes: Callable[[int], bytes], exts: list[bytes], trailers: bytes) -> bytes:
    pieces: list[bytes] = []
    start = 0
    for cut in sorted({c % (len(body) + 1) for c in cuts} | {len(body)}):
        piece = body[start:cut]
        start = cut
        if piece:
            ext = exts[len(pieces) % len(exts)] if exts else b""
            pieces.append(sizes(len(piece)) + ext + b"\r\n" + piece + b"\r\n")
    return b"".join(pieces) + b"0\r\n" + trailers + b"\r\n"


@st.composite
def cases(draw: st.DrawFn) -> Case:
    tags: set[str] = set()
    lf = b"\n" if draw(st.integers(0, 9)) == 0 else b"\r\n"
    if lf == b"\n":
        tags.add("bare-lf")
    version = draw(st.sampled_from([b"HTTP/1.1", b"HTTP/1.1", b"HTTP/1.1", b"HTTP/1.0"]))
    status = draw(st.sampled_from([200, 200, 200, 201, 204, 304, 400, 404, 418, 429, 500, 503, 599, 600, 999]))
    status_text = b"%d" % status
    odd_status = draw(st.sampled_from([None, None, None, None, None, None, b"20", b"2000", b"099", b"2x0", b"101"]))
    if odd_status is not None:
        status_text = odd_status
        tags.add("odd-status")
    elif status > 599:
        tags.add("status>599")
    reason = draw(st.sampled_from([b"OK", b"", b"Some Reason", b"Teapot  here"]))
    head: list[bytes] = []
    for _ in range(draw(st.integers(0, 2))):  # 1xx answers before the real one
        informational = draw(st.sampled_from([b"100 Continue", b"102 Processing", b"103 Early Hints"]))
        link = [b"Link: </a.css>; rel=preload"] if informational.startswith(b"103") else []
        head.append(lf.join([b"HTTP/1.1 " + informational, *link]) + lf + lf)
        tags.add("1xx")
    lines = [version + b" " + status_text + (b" " + reason if reason or draw(st.booleans()) else b"")]
    headers = [(draw(NAMES), draw(VALUE)) for _ in range(draw(st.integers(0, 5)))]
    for name, value in headers:
        spaces = draw(st.sampled_from(["", "", " ", "\t", "  "]))
        lines.append(f"{name}:{draw(st.sampled_from([' ', '', '  ']))}{value}{spaces}".encode())
    if draw(st.integers(0, 14)) == 0:
        lines.append(b"X-Folded: first")
        lines.append(b" second")
        tags.add("obs-fold")
    huge = draw(st.sampled_from([0] * 12 + [30 * 1024, 200 * 1024]))
    if huge:
        lines.append(b"X-Huge: " + b"h" * huge)
        tags.add("huge-head")
    if draw(st.integers(0, 5)) == 0:
        lines.append(b"Connection: close")
        tags.add("connection-close")
    body = draw(st.binary(max_size=300))
    encoding = draw(st.sampled_from([None, None, None, "gzip", "deflate"]))
    framing = draw(st.sampled_from(["length", "length", "chunked", "chunked", "close"]))
    if encoding is not None and framing != "close":
        body = gzip.compress(body) if encoding == "gzip" else zlib.compress(body)
        lines.append(b"Content-Encoding: " + encoding.encode())
        tags.add(encoding)
    if framing == "length":
        lines += _length_headers(draw, len(body), tags)
        payload_body = body
    elif framing == "chunked":
        te = draw(st.sampled_from([b"chunked"] * 6 + [b"Chunked", b"gzip, chunked", b"chunked, chunked"]))
        lines.append(b"Transfer-Encoding: " + te)
        if te == b"gzip, chunked" or te == b"chunked, chunked":
            tags.add("other-transfer-encoding")
        if draw(st.integers(0, 9)) == 0:
            lines.append(b"Transfer-Encoding: chunked")
            tags.add("two-transfer-encodings")
        if draw(st.integers(0, 9)) == 0:
            lines.append(b"Content-Length: %d" % len(body))
            tags.add("length+chunked")
        size_style = draw(st.sampled_from(["hex", "hex", "HEX", "zeros", "0x", "underscore", "ows", "plus"]))
        if size_style in ("0x", "underscore", "plus"):
            tags.add("bad-chunk-size")
        if size_style == "ows":
            tags.add("chunk-ows")  # (dropped below when no chunk carries a size)
        sizes: dict[str, Callable[[int], bytes]] = {
            "hex": lambda n: b"%x" % n,
            "HEX": lambda n: b"%X" % n,
            "zeros": lambda n: b"000%x" % n,
            "0x": lambda n: b"0x%x" % n,
            "underscore": lambda n: b"0_%x" % n if n > 15 else b"%x" % n,
            "ows": lambda n: b"%x " % n,
            "plus": lambda n: b"+%x" % n,
        }
        exts = draw(st.lists(st.sampled_from([b";a=b", b";name", b';q="x y"', b";a=b;c", b"; a = b"]), max_size=2))
        trailers = draw(st.sampled_from([b"", b"", b"X-Trailer: t\r\n", b"A: 1\r\nB: 2\r\n"]))
        cuts = draw(st.lists(st.integers(0, 400), max_size=3))
        payload_body = _chunked(body, cuts, sizes[size_style], exts, trailers)
        if b"; a = b" in payload_body:  # on a chunk of the body (the last, empty chunk carries no extension)
            tags.add("chunk-ext-bws")
        if not body:  # only the last chunk, whose size is a plain 0
            tags -= {"chunk-ows", "bad-chunk-size"}
        if odd_status is None and status in (204, 304):  # no body whatever the head says: the chunks are not read
            tags -= {"chunk-ows", "bad-chunk-size", "chunk-ext-bws"}
        if size_style == "underscore" and len(body) < 16:
            tags.discard("bad-chunk-size")
    else:
        payload_body = body
        tags.add("until-close")
    payload = b"".join(head) + lf.join(lines) + lf + lf + payload_body
    close = framing == "close" or draw(st.booleans())
    if draw(st.integers(0, 3)) == 0:  # the server closes at some byte
        cut = draw(st.integers(0, len(payload)))
        payload = payload[:cut]
        close = True
        tags.add("cut")
    elif not close and draw(st.integers(0, 5)) == 0:  # bytes after the answer, nobody asked for them
        payload += b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nEVIL!"
        tags.add("smuggled")
    return Case(payload, close, frozenset(tags))


def _length_headers(draw: st.DrawFn, size: int, tags: set[str]) -> list[bytes]:
    style = draw(st.sampled_from(["right"] * 8 + ["long", "short", "twice", "conflict", "list", "plus", "huge"]))
    tags.add(f"length-{style}")
    if style == "twice":
        tags.add("same-length-twice")
        return [b"Content-Length: %d" % size, b"Content-Length: %d" % size]
    if style == "list":
        tags.add("length-list")
        return [b"Content-Length: %d, %d" % (size, size)]
    return {
        "right": [b"Content-Length: %d" % size],
        "long": [b"Content-Length: %d" % (size + 3)],
        "short": [b"Content-Length: %d" % max(size - 1, 0)],
        "conflict": [b"Content-Length: %d" % size, b"Content-Length: %d" % (size + 1)],
        "plus": [b"Content-Length: +%d" % size],
        "huge": [b"Content-Length: %d" % draw(st.sampled_from([2**62, 10**29, 2**64]))],
    }[style]


DIFFERENTIAL = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)


@DIFFERENTIAL
@given(case=cases(), method=st.sampled_from(["GET", "POST"]))
def test_sync_pool_reads_what_h11_reads(pools: Pools, server: RawServer, case: Case, method: str) -> None:
    check(pools, server, "sync", method, case.payload, case.close, case.tags)


@DIFFERENTIAL
@given(case=cases(), method=st.sampled_from(["GET", "POST"]), close_idle=st.booleans())
def test_async_pool_reads_what_h11_reads(
    pools: Pools, server: RawServer, case: Case, method: str, close_idle: bool
) -> None:
    if close_idle:  # the server closes the kept connection before the request: the pool must not write on it
        server.close_idle()
    check(pools, server, "async", method, case.payload, case.close, case.tags)


@DIFFERENTIAL
@given(case=cases(), method=st.sampled_from(["GET", "POST"]))
def test_sync_pool_after_the_server_closed_its_idle_connection(
    pools: Pools, server: RawServer, case: Case, method: str
) -> None:
    server.close_idle()
    check(pools, server, "sync", method, case.payload, case.close, case.tags)


# -- the disagreements found before llhttp, one by one ---------------------------------------------------------------

KINDS = ["sync", "async"]
VALID = b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 7\r\nX-A: 1\r\n\r\n{"a":1}'


def refused(pools: Pools, server: RawServer, kind: str, method: str, payload: bytes, close: bool = True) -> None:
    """The answer is refused with ``RemoteProtocolError``, the request counts as sent, and the pool goes on."""
    server.reply = Reply(payload, close, False)
    with pytest.raises(httpx.RemoteProtocolError):
        pools.call(kind, method, "/case")
    time.sleep(0.005)
    assert pools.call(kind, "GET", "/probe")[3] == b"probe"
    assert not server.violations, server.violations


@pytest.mark.parametrize("kind", KINDS)
def test_a_close_at_every_byte_of_an_answer_is_refused(pools: Pools, server: RawServer, kind: str) -> None:
    """Was: the sync pool returned a close inside the head (after the status line) as a 200 with an empty body."""
    for cut in range(len(VALID)):
        refused(pools, server, kind, "POST" if cut % 2 else "GET", VALID[:cut])
    server.reply = Reply(VALID, True, False)
    assert pools.call(kind, "GET", "/case") == (
        200,
        "OK",
        ((b"Content-Type", b"application/json"), (b"Content-Length", b"7"), (b"X-A", b"1")),
        b'{"a":1}',
    )


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("length", [b"123456789012345678901234567890", b"%d" % 2**62, b"%d" % 2**64, b"200000000"])
def test_a_huge_content_length_is_refused_not_a_raw_error(
    pools: Pools, server: RawServer, kind: str, length: bytes
) -> None:
    """Was: the sync pool let a raw OverflowError / MemoryError escape. Bodies are bounded (``MAX_BODY``)."""
    refused(pools, server, kind, "GET", b"HTTP/1.1 200 OK\r\nContent-Length: " + length + b"\r\n\r\n{}")


@pytest.mark.parametrize("kind", KINDS)
def test_a_huge_chunked_body_is_refused(
    pools: Pools, server: RawServer, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import binance_margin._http_common as common

    monkeypatch.setattr(common, "MAX_BODY", 1000)
    chunk = b"400\r\n" + b"x" * 1024 + b"\r\n"
    refused(pools, server, kind, "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk * 2)
    refused(pools, server, kind, "GET", b"HTTP/1.1 200 OK\r\n\r\n" + b"y" * 2000)  # until close


@pytest.mark.parametrize("kind", KINDS)
def test_early_hints_and_continue_are_skipped_for_the_answer(pools: Pools, server: RawServer, kind: str) -> None:
    """Was: the sync pool returned ``103 Early Hints`` as the answer and dropped the real one."""
    early = b"HTTP/1.1 103 Early Hints\r\nLink: </a>; rel=preload\r\n\r\nHTTP/1.1 100 Continue\r\n\r\n"
    server.reply = Reply(early + VALID, False, True)
    status, _reason, headers, body = pools.call(kind, "POST", "/case")
    assert (status, body) == (200, b'{"a":1}') and (b"Link", b"</a>; rel=preload") not in headers
    assert pools.call(kind, "GET", "/probe")[3] == b"probe"


@pytest.mark.parametrize("kind", KINDS)
def test_content_length_with_chunked_is_refused_and_the_connection_dropped(
    pools: Pools, server: RawServer, kind: str
) -> None:
    """Was: the sync pool read it (chunked wins) and reused the connection, a request-smuggling pattern."""
    payload = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
    refused(pools, server, kind, "GET", payload, close=False)
    te_first = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
    refused(pools, server, kind, "POST", te_first, close=False)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "payload",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nContent-Length: +2\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nContent-Length: 0_2\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x2\r\n{}\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0_2\r\n{}\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n{}",
        b"HTTP/1.1 2000 OK\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/1.1 20 OK\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/1.1 099 OK\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/1.1 600 OK\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/1.1 101 Switching Protocols\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/2.0 200 OK\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nX-Huge: " + b"h" * 110 * 1024 + b"\r\nContent-Length: 2\r\n\r\n{}",
    ],
    ids=[
        "conflicting-lengths",
        "plus-length",
        "underscore-length",
        "0x-chunk-size",
        "underscore-chunk-size",
        "gzip-chunked",
        "gzip-transfer-encoding",
        "status-2000",
        "status-20",
        "status-099",
        "status-600",
        "unasked-101",
        "http-2.0",
        "head-over-100KiB",
    ],
)
def test_answers_the_pools_once_read_are_refused(pools: Pools, server: RawServer, kind: str, payload: bytes) -> None:
    """Was: the async pool took the first of conflicting lengths, ``+2`` and ``0_2`` as lengths and ``0x2``/``0_2``
    as chunk sizes (``int()``), both returned a still-gzip-encoded ``gzip, chunked`` body as success, and the async
    pool read status ``2000`` as 200 and returned ``20``."""
    for method in ("GET", "POST"):
        refused(pools, server, kind, method, payload, close=False)


def test_the_oracle_reads_these_classes_so_the_sdk_is_stricter_there() -> None:
    """The classes in ``STRICTER`` are ones h11 reads: the SDK refusing them is a verdict, not an accident."""
    examples = {
        "obs-fold": b"HTTP/1.1 200 OK\r\nX-A: 1\r\n 2\r\nContent-Length: 2\r\n\r\n{}",
        "same-length-twice": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}",
        "length-list": b"HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\n{}",
        "length+chunked": (
            b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
        ),
        "status>599": b"HTTP/1.1 600 OK\r\nContent-Length: 2\r\n\r\n{}",
        "chunk-ows": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2 \r\n{}\r\n0\r\n\r\n",
        "chunk-ext-bws": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2; a = b\r\n{}\r\n0\r\n\r\n",
    }
    assert set(examples) == STRICTER
    for payload in examples.values():
        assert oracle(payload, False, "GET").answer is not None


def _answer(status: int, body: bytes, extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 %d OK\r\nContent-Length: %d\r\n%s\r\n%s" % (status, len(body), extra, body)


@pytest.mark.parametrize("kind", KINDS)
def test_gzip_and_deflate_bodies_match_what_httpx_decodes(pools: Pools, server: RawServer, kind: str) -> None:
    body = b'{"balance":"1.00000000"}' * 20
    for encoded, name in ((gzip.compress(body), b"gzip"), (zlib.compress(body), b"deflate")):
        payload = _answer(200, encoded, b"Content-Encoding: " + name + b"\r\n")
        expected = oracle(payload, False, "GET").answer
        assert expected is not None and expected[3] == body
        server.reply = Reply(payload, False, True)
        status, reason, headers, decoded = pools.call(kind, "GET", "/case")
        assert (status, reason, _without_encoding(headers), decoded) == expected


@pytest.mark.parametrize(
    "payload",
    [
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 40\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n",
        b"HTTP/1.1 2000 OK\r\nContent-Length: 2\r\n\r\n{}",
    ],
    ids=["gzip-chunked", "cut-body", "cut-head", "status-2000"],
)
def test_an_order_answered_oddly_is_unknown_execution_on_both_clients(server: RawServer, payload: bytes) -> None:
    """Through the runtime: the order was written, so a malformed answer is ``UnknownExecutionStatus``, never a
    success and never "not sent"."""
    settings: dict[str, Any] = {"base_url": server.url, "time_sync": False, "max_retries": 0}
    server.reply = Reply(payload, True, False)
    with MarginClient(API_KEY, API_SECRET, **settings) as client, pytest.raises(UnknownExecutionStatus):
        client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")

    async def send() -> None:
        async with AsyncMarginClient(api_key=API_KEY, api_secret=API_SECRET, **settings) as client:
            await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")

    server.reply = Reply(payload, True, False)
    with pytest.raises(UnknownExecutionStatus):
        asyncio.run(send())
    assert server.violations == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"HTTP/1.1 200 OK\r\nContent-Le",
        VALID[:-3],
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
    ],
)
def test_an_answer_that_stops_coming_is_a_read_timeout_on_time(
    pools: Pools, server: RawServer, kind: str, payload: bytes
) -> None:
    """The server sends part of an answer (or nothing) and keeps the connection open: a read timeout, within it."""
    server.reply = Reply(payload, False, False)
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        pools.call(kind, "POST", "/case")
    assert READ_TIMEOUT * 0.9 < time.monotonic() - started < READ_TIMEOUT + 3.0  # not a hang past it
    assert pools.call(kind, "GET", "/probe")[3] == b"probe"
