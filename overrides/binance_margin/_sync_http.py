"""The synchronous runtime's own HTTP/1.1 keep-alive pool on plain sockets (the standard library's ``ssl`` for TLS).

``MarginClient`` sends through httpx's transport (httpcore + h11) only where users gave it something of httpx's
(``http_client=``, ``transport=``) or a proxy is configured. Otherwise the runtime writes each request itself on a
pooled connection and reads the answer with llhttp (``_http_common.ResponseReader``: status line, headers,
``Content-Length``, chunked and close-delimited bodies, 1xx skipped, HTTP/1.0): no ``httpx.Request``/
``httpx.Response`` is built on the way, which is most of what a call cost on top of the stdlib floor.

The request is the bytes httpx would have sent (same headers in the same order, the query exactly as signed), so
a switch between the two paths is invisible on the wire. Errors are raised as the httpx exceptions the runtime
classifies: ``ConnectError``/``ConnectTimeout``/``PoolTimeout`` only before a byte of the request was written,
``WriteError``/``WriteTimeout``/``ReadError``/``ReadTimeout``/``RemoteProtocolError`` after; their messages are
redacted and nothing is chained.
"""

from __future__ import annotations

import contextlib
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
from ._http_common import ResponseError, ResponseReader, decompress

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


_RECV: Final = 65536
"""Bytes read from the socket at a time (into the connection's buffer)."""


class _Conn(ResponseReader):
    """One pooled connection: the socket (TLS-wrapped for https), its read buffer, when it went idle, and the
    response reader (llhttp, ``ResponseReader``)."""

    __slots__ = ("buffer", "idle_since", "sock", "view")

    def __init__(self, sock: socket.socket) -> None:
        super().__init__()
        self.sock = sock
        self.buffer = bytearray(_RECV)
        self.view = memoryview(self.buffer)
        self.idle_since = 0.0

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()

    def read_response(self, head_only: bool) -> None:
        """Read the answer to the request just written (``ResponseReader``'s attributes hold it).

        Raises:
            TimeoutError, OSError: from the socket.
            ResponseError: the answer is malformed, cut short or too large.
        """
        self.begin(head_only)
        recv_into = self.sock.recv_into
        buffer = self.buffer
        view = self.view
        while True:
            size = recv_into(buffer)
            if not size:
                if self.eof():  # a body that ends with the connection
                    return
                raise ResponseError("Server disconnected without sending a complete response.")
            if self.feed(view[:size]):
                return


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
        context: ssl.SSLContext | None = None
        if self._https:
            context = self._ssl
            if context is None:
                try:
                    context = self._ssl = self._ssl_factory()
                except (OSError, ValueError) as exc:  # e.g. SSL_CERT_FILE names no readable certificate
                    raise httpx.ConnectError(redact_text(f"cannot set up TLS: {type(exc).__name__}: {exc}")) from None
        sock: socket.socket | None = None
        try:
            sock = socket.create_connection((self._host, self._port), self._connect_timeout)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if context is not None:
                sock = context.wrap_socket(sock, server_hostname=self._host)
        except TimeoutError as exc:  # socket.timeout
            if sock is not None:
                sock.close()
            raise httpx.ConnectTimeout(redact_text(str(exc)) or "timed out while connecting") from None
        except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError
            if sock is not None:
                sock.close()
            raise httpx.ConnectError(redact_text(f"{type(exc).__name__}: {exc}")) from None
        if self._read_timeout != self._connect_timeout:
            sock.settimeout(self._read_timeout)
        return _Conn(sock)

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
            try:
                pooled.read_response(method == "HEAD")
            except TimeoutError as exc:
                raise httpx.ReadTimeout(redact_text(str(exc)) or "timed out while reading") from None
            except ResponseError as exc:
                raise httpx.RemoteProtocolError(redact_text(str(exc))) from None
            except OSError as exc:
                raise httpx.ReadError(redact_text(f"{type(exc).__name__}: {exc}")) from None
            reusable = pooled.keeps_connection
            return pooled.status, pooled.reason, tuple(pooled.headers), pooled.body()
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
