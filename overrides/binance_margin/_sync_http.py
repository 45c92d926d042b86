"""The synchronous runtime's own HTTP/1.1 keep-alive pool on the standard library's ``http.client``.

``MarginClient`` sends through httpx's transport (httpcore + h11) only where users gave it something of httpx's
(``http_client=``, ``transport=``) or a proxy is configured. Otherwise the runtime writes each request itself on a
pooled connection and reads the answer with ``http.client.HTTPResponse`` (status line, headers, ``Content-Length``,
chunked and close-delimited bodies, HTTP/1.0): no ``httpx.Request``/``httpx.Response`` is built on the way, which
is most of what a call cost on top of the stdlib floor.

The request is the bytes httpx would have sent (same headers in the same order, the query exactly as signed), so
a switch between the two paths is invisible on the wire. Errors are raised as the httpx exceptions the runtime
classifies: ``ConnectError``/``ConnectTimeout``/``PoolTimeout`` only before a byte of the request was written,
``WriteError``/``WriteTimeout``/``ReadError``/``ReadTimeout``/``RemoteProtocolError`` after; their messages are
redacted and nothing is chained.
"""

from __future__ import annotations

import contextlib
import http.client
import select
import socket
import ssl
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Final, NamedTuple

from ._errors import redact_text
from ._http_common import decompress

if TYPE_CHECKING:
    import httpx
else:
    from ._http_common import lazy_httpx as httpx  # imported on first use: errors only

__all__ = ["Origin", "SyncPool", "decode_body", "readable"]


class Origin(NamedTuple):
    """Where a pool connects: what it reads of an ``httpx.URL`` (``port`` ``None``: the scheme's default)."""

    scheme: str
    host: str
    port: int | None


RawHeaders = tuple[tuple[bytes, bytes], ...]
_CONTENT_ENCODING: Final = b"content-encoding"


def readable(sock: socket.socket) -> bool:
    """Whether an idle socket has something to read (or an end of file) right now, without waiting.

    An idle keep-alive connection has nothing to read unless the server closed it (or broke the protocol): such a
    connection must not be written on, since the request would fail like one that reached the server.
    """
    fd = sock.fileno()
    if fd < 0:
        return True
    if fd < 1024 or not hasattr(select, "poll"):  # select() only takes fds below FD_SETSIZE
        ready = bool(select.select((fd,), (), (), 0)[0])
    else:
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        ready = bool(poller.poll(0))
    if ready and isinstance(sock, ssl.SSLSocket):
        return _tls_readable(sock)
    return ready


def _tls_readable(sock: ssl.SSLSocket) -> bool:
    """Whether a TLS socket whose raw socket has bytes to read has application data or an end of file.

    A TLS 1.3 server sends its session tickets after the handshake: on a connection opened and left idle (``warm_up``)
    they are the bytes waiting, and they do not make the connection stale. A non-blocking read processes them.
    """
    timeout = sock.gettimeout()
    sock.setblocking(False)
    try:
        sock.recv(1)  # data (garbage: the connection is out of step) or b"" (closed)
    except ssl.SSLWantReadError:
        return False  # only TLS records without application data
    except OSError:  # ssl.SSLError included
        pass
    finally:
        sock.settimeout(timeout)
    return True


def decode_body(raw_headers: RawHeaders, content: bytes) -> bytes | None:
    """``content`` decoded per its ``Content-Encoding`` (gzip, deflate; unchanged without one).

    ``None`` when it has another encoding (brotli, zstd, several): the caller leaves that to httpx.

    Raises:
        httpx.DecodingError: the body is not what its ``Content-Encoding`` says.
    """
    encoding: bytes | None = None
    for name, value in raw_headers:
        if name.lower() == _CONTENT_ENCODING:
            if encoding is not None:
                return None
            encoding = value.strip().lower()
    if encoding is None:
        return content
    try:
        return decompress(encoding, content)
    except zlib.error as exc:
        raise httpx.DecodingError(f"cannot decode the {encoding.decode('latin-1')} body: {exc}") from None


_MAX_LINE: Final = 65536
_MAX_HEADERS: Final = 100
_END_OF_HEAD: Final = (b"\r\n", b"\n", b"")


class _Response(http.client.HTTPResponse):
    """``http.client``'s response, reading the head without the ``email`` package.

    ``HTTPResponse.begin`` parses the header block with ``email.parser`` (tens of µs, growing with the header count:
    Binance sends a dozen or two). This ``begin`` reads the status line with http.client's own reader, splits the
    header lines itself into ``raw_headers`` (bytes, in order, as received) and sets what ``read()`` needs
    (``chunked``, ``length``, ``will_close``); reading the body (``Content-Length``, chunked, until close) stays
    http.client's. Stricter than http.client where it would guess: a header line without a colon, a folded line, a
    name with blanks or a ``Content-Length`` that is not a number is a protocol error. ``msg``/``headers`` are left
    empty: read ``raw_headers``.
    """

    raw_headers: RawHeaders = ()

    def begin(self) -> None:
        """Read the status line and headers (skipping ``100 Continue`` heads)."""
        fp = self.fp
        readline = fp.readline
        while True:
            version, status, reason = self._read_status()  # type: ignore[attr-defined]
            if status != http.client.CONTINUE:
                break
            while readline(_MAX_LINE + 1) not in _END_OF_HEAD:
                pass
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise http.client.UnknownProtocol(version)
        raw: list[tuple[bytes, bytes]] = []
        length_text = encoding = connection = None
        while True:
            line = readline(_MAX_LINE + 1)
            if len(line) > _MAX_LINE:
                raise http.client.LineTooLong("header line")
            if line in _END_OF_HEAD:
                break
            if len(raw) >= _MAX_HEADERS:
                raise http.client.HTTPException(f"got more than {_MAX_HEADERS} headers")
            name, colon, value = line.partition(b":")
            if not colon or not name or name != name.strip() or b" " in name or b"\t" in name:
                raise http.client.HTTPException("malformed header line")
            value = value.strip(b" \t\r\n")
            raw.append((name, value))
            lower = name.lower()
            if lower == b"content-length":
                if length_text is not None and length_text != value:
                    raise http.client.HTTPException("conflicting Content-Length headers")
                length_text = value
            elif lower == b"transfer-encoding" and encoding is None:
                encoding = value
            elif lower == b"connection" and connection is None:
                connection = value
        self.raw_headers = tuple(raw)
        self.headers = self.msg = http.client.HTTPMessage()
        self.chunked = encoding is not None and encoding.lower() == b"chunked"
        self.chunk_left = None
        # HTTP/1.0 connections are not kept (even with Keep-Alive): one request per connection there.
        self.will_close = self.version == 10 or (connection is not None and b"close" in connection.lower())
        self.length = None
        if length_text is not None and not self.chunked:
            if not length_text.isdigit():
                raise http.client.HTTPException("invalid Content-Length")
            self.length = int(length_text)
        no_body = (http.client.NO_CONTENT, http.client.NOT_MODIFIED)
        if status in no_body or 100 <= status < 200 or getattr(self, "_method", None) == "HEAD":
            self.length = 0
        if self.length is None and not self.chunked:
            self.will_close = True  # the body ends when the server closes the connection


class _Conn:
    """One pooled connection: the ``http.client`` connection and when it went idle."""

    __slots__ = ("conn", "idle_since", "sock")

    def __init__(self, conn: http.client.HTTPConnection, sock: socket.socket) -> None:
        self.conn = conn
        self.sock = sock
        self.idle_since = 0.0

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.close()


class SyncPool:
    """A thread-safe pool of keep-alive connections to one origin (``scheme://host:port``).

    A connection serves one request at a time, goes back to the pool once its answer has been read whole, and is
    closed instead when anything went wrong with it, when the server said ``Connection: close``, when it stayed idle
    longer than ``keepalive_expiry`` or when the server closed it while it was idle (checked before each reuse).

    Args:
        url: the origin (a path is ignored).
        timeout: httpx's timeout dict (``connect``, ``read``, ``write``, ``pool``; seconds or ``None``).
        ssl_context: the TLS context for ``https`` (called once, on the first connection).
        max_connections: at most this many connections, idle or in use (httpx's default: 100).
        keepalive_expiry: seconds an idle connection is kept (httpx's default: 5).
    """

    def __init__(
        self,
        url: httpx.URL | Origin,
        *,
        timeout: dict[str, float | None],
        ssl_context: Callable[[], ssl.SSLContext],
        max_connections: int = 100,
        keepalive_expiry: float = 5.0,
    ) -> None:
        if url.scheme not in ("http", "https") or not url.host:
            raise httpx.UnsupportedProtocol(f"cannot send to {url.scheme}://")
        self._https = url.scheme == "https"
        self._host = url.host
        self._port = url.port or (443 if self._https else 80)
        self._ssl_factory = ssl_context
        self._ssl: ssl.SSLContext | None = None
        self._connect_timeout = timeout.get("connect")
        self._read_timeout = timeout.get("read")
        self._write_timeout = timeout.get("write")
        self._pool_timeout = timeout.get("pool")
        self._max = max_connections
        self._expiry = keepalive_expiry
        self._idle: deque[_Conn] = deque()  # oldest at the left, most recently used at the right
        self._count = 0  # connections open or being opened, idle or in use
        self._cond = threading.Condition(threading.Lock())
        self._closed = False

    # -- the pool -------------------------------------------------------------------------------------------

    def _acquire(self) -> _Conn | None:
        """An idle connection ready to reuse, or ``None`` after reserving a slot for a new one."""
        cond = self._cond
        deadline: float | None = None
        with cond:
            while True:
                if self._closed:
                    raise RuntimeError("Cannot send a request, as the client has been closed.")
                idle = self._idle
                if idle:
                    now = time.monotonic()
                    expiry = self._expiry
                    while idle and now - idle[0].idle_since > expiry:  # lazily: the oldest first
                        idle.popleft().close()
                        self._count -= 1
                    while idle:
                        pooled = idle.pop()
                        if readable(pooled.sock):  # closed by the server while idle (or it sent garbage)
                            pooled.close()
                            self._count -= 1
                            continue
                        return pooled
                if self._count < self._max:
                    self._count += 1
                    return None
                wait = self._pool_timeout
                if wait is not None:
                    now = time.monotonic()
                    if deadline is None:
                        deadline = now + wait
                    wait = deadline - now
                    if wait <= 0:
                        raise httpx.PoolTimeout("timed out waiting for a free connection in the pool")
                cond.wait(wait)

    def _release(self, pooled: _Conn | None, reusable: bool) -> None:
        """Give a connection back (``reusable``) or close it; ``None``: a slot whose connection never opened."""
        with self._cond:
            if pooled is not None and reusable and not self._closed:
                pooled.idle_since = time.monotonic()
                self._idle.append(pooled)
            else:
                if pooled is not None:
                    pooled.close()
                self._count -= 1
            self._cond.notify()

    def _connect(self) -> _Conn:
        """Open a connection (TCP, and TLS for https); raises the "not sent" httpx errors only."""
        conn: http.client.HTTPConnection
        if self._https:
            context = self._ssl
            if context is None:
                try:
                    context = self._ssl = self._ssl_factory()
                except (OSError, ValueError) as exc:  # e.g. SSL_CERT_FILE names no readable certificate
                    raise httpx.ConnectError(redact_text(f"cannot set up TLS: {type(exc).__name__}: {exc}")) from None
            conn = http.client.HTTPSConnection(self._host, self._port, timeout=self._connect_timeout, context=context)
        else:
            conn = http.client.HTTPConnection(self._host, self._port, timeout=self._connect_timeout)
        conn.auto_open = 0  # never reconnect behind our back: a closed connection raises instead
        try:
            conn.connect()
        except TimeoutError as exc:  # socket.timeout
            conn.close()
            raise httpx.ConnectTimeout(redact_text(str(exc)) or "timed out while connecting") from None
        except (OSError, ssl.SSLError) as exc:
            conn.close()
            raise httpx.ConnectError(redact_text(f"{type(exc).__name__}: {exc}")) from None
        sock = conn.sock  # http.client has set TCP_NODELAY
        assert sock is not None
        if self._read_timeout != self._connect_timeout:
            sock.settimeout(self._read_timeout)
        return _Conn(conn, sock)

    def close(self) -> None:
        """Close the idle connections; those in use are closed when their request ends. No request after this."""
        with self._cond:
            self._closed = True
            while self._idle:
                self._idle.pop().close()
                self._count -= 1
            self._cond.notify_all()

    @property
    def is_closed(self) -> bool:
        """Whether ``close()`` was called."""
        return self._closed

    # -- one exchange ---------------------------------------------------------------------------------------

    def send(self, method: str, head: bytes) -> tuple[int, str, RawHeaders, bytes]:
        """Send one request (``head``: the request line and headers, ending with the empty line; no body).

        Returns ``(status, reason, raw headers, body as received)``; never resends.
        """
        pooled = self._acquire()
        if pooled is None:
            try:
                pooled = self._connect()
            except BaseException:
                self._release(None, False)
                raise
        sock = pooled.sock
        reusable = False
        try:
            try:
                if self._write_timeout != self._read_timeout:
                    sock.settimeout(self._write_timeout)
                sock.sendall(head)
                if self._write_timeout != self._read_timeout:
                    sock.settimeout(self._read_timeout)
            except TimeoutError as exc:
                raise httpx.WriteTimeout(redact_text(str(exc)) or "timed out while sending") from None
            except OSError as exc:
                raise httpx.WriteError(redact_text(f"{type(exc).__name__}: {exc}")) from None
            response = _Response(sock, method=method)
            try:
                try:
                    response.begin()
                    content = response.read()
                finally:
                    response.close()
            except TimeoutError as exc:
                raise httpx.ReadTimeout(redact_text(str(exc)) or "timed out while reading") from None
            except (http.client.HTTPException, ValueError) as exc:  # RemoteDisconnected, BadStatusLine, IncompleteRead
                raise httpx.RemoteProtocolError(redact_text(f"{type(exc).__name__}: {exc}")) from None
            except OSError as exc:
                raise httpx.ReadError(redact_text(f"{type(exc).__name__}: {exc}")) from None
            reusable = not response.will_close
            return response.status, response.reason, response.raw_headers, content
        finally:
            self._release(pooled, reusable)

    # -- warming up ------------------------------------------------------------------------------------------

    def warm_up(self, connections: int = 1) -> int:
        """Open connections (DNS, TCP, TLS) until ``connections`` are idle in the pool, within ``max_connections``;
        return how many were opened. Raises the "not sent" errors of a connection that cannot be opened."""
        opened = 0
        while True:
            with self._cond:
                if self._closed:
                    raise RuntimeError("Cannot send a request, as the client has been closed.")
                now = time.monotonic()
                for pooled in list(self._idle):  # expired or closed by the server: not warm
                    if now - pooled.idle_since > self._expiry or readable(pooled.sock):
                        self._idle.remove(pooled)
                        pooled.close()
                        self._count -= 1
                if len(self._idle) >= connections or self._count >= self._max:
                    return opened
                self._count += 1
            try:
                pooled = self._connect()
            except BaseException:
                self._release(None, False)
                raise
            self._release(pooled, True)
            opened += 1
