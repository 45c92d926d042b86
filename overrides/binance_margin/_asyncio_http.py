"""A keep-alive HTTP/1.1 client on asyncio's own protocol layer: the async runtime's hot path.

``AsyncMarginClient`` sends through :class:`AsyncioTransport` by default when no proxy is configured (see
``default_async_transport``). The runtime hands it a precomputed request head per operation (:meth:`route`) and
the encoded (signed) query per call (:meth:`AsyncioTransport.send_prepared`): the request is three byte strings
joined, the response is read by an ``asyncio.Protocol`` as the bytes arrive (parsed by llhttp through
``_http_common.ResponseReader``), and no httpx object is created.
The same pool also serves an ``httpx.AsyncClient`` (``handle_async_request``), for ``sync_time()`` and every
request that goes through httpx.

Errors are the httpx exceptions the runtime classifies: ``ConnectError``/``ConnectTimeout``/``PoolTimeout`` only
when not a byte of the request was written; ``ReadTimeout``/``ReadError``/``RemoteProtocolError`` once it may
have been, so a state-changing request that may have reached Binance ends in ``UnknownExecutionStatus``. Nothing
is ever resent here. Messages never quote the URL (the query carries the signature).

Timeouts keep ``ClientConfig.timeout``'s meaning: ``connect`` for opening a connection (TCP and TLS), ``pool``
for waiting for a free one, ``read`` for each wait for data (one timer per connection, re-armed only when it
fires while a request is in flight: at the last data plus the timeout). Writes go to the transport's buffer; a
write that never drains shows as a read timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import select
import ssl
import zlib
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from ._errors import redact_text
from ._http_common import (
    ResponseError,
    ResponseReader,
    decompress,
    default_ssl_context,
    proxy_configured,
    url_target,
)

if TYPE_CHECKING:
    import httpx

    _TransportBase = httpx.AsyncBaseTransport
else:  # httpx is imported on first use (errors, the httpx path): an httpx.AsyncClient takes any transport object
    from ._http_common import lazy_httpx as httpx

    _TransportBase = object

__all__ = ["AsyncioTransport", "Route", "Timeouts", "default_async_transport"]

_NO_BODY_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
"""Methods whose requests go out without ``Content-Length: 0`` (the others carry it, as with aiohttp)."""

Result = tuple[int, str, list[tuple[bytes, bytes]], bytes, bytes | None]
"""Status, reason, raw headers in order, body as received, lower-cased ``Content-Encoding`` (or ``None``)."""

Timeouts = tuple[float | None, float | None, float | None]
"""Seconds for (connect, read, pool); ``None``: no limit."""


def default_async_transport(*, proxy: str | None, trust_env: bool) -> httpx.AsyncBaseTransport | None:
    """The transport ``AsyncMarginClient`` uses when none is given: this one, or ``None`` with a proxy.

    ``None`` (httpx's own transport) when a proxy is configured, explicitly or (with ``trust_env``) in the
    environment or system settings as httpx reads them (``proxy_configured``): httpx handles proxies, this
    transport does not.
    """
    if proxy_configured(proxy, trust_env):
        return None
    return AsyncioTransport(trust_env=trust_env)


def _protocol_error(message: str) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError(message)


class _Connection(ResponseReader, asyncio.Protocol):
    """One keep-alive connection: writes a request, reads the response as its bytes arrive (``ResponseReader``)."""

    __slots__ = (
        "_last",
        "_loop",
        "_read_timeout",
        "_timer",
        "_waiter",
        "closed",
        "discarded",
        "idle_since",
        "poller",
        "reusable",
        "transport",
    )

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self._loop = loop
        self.transport: asyncio.Transport | None = None
        self.poller: Any = None
        self.closed = False
        """The connection is closed, or the server ended its side (``eof_received``)."""
        self.discarded = False
        """The pool no longer counts this connection."""
        self.reusable = False
        self.idle_since = 0.0
        self._waiter: asyncio.Future[Result] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._read_timeout: float | None = None
        self._last = 0.0

    # -- asyncio.Protocol -----------------------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        sock = transport.get_extra_info("socket")
        if sock is not None and hasattr(select, "poll"):
            try:
                poller = select.poll()
                poller.register(sock.fileno(), select.POLLIN)
            except (OSError, ValueError):
                return
            self.poller = poller

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.reusable = False
        if self._waiter is not None:
            if exc is None:
                self._ended()
            else:
                self._fail(httpx.ReadError(redact_text(f"{type(exc).__name__}: {exc}")))

    def eof_received(self) -> bool | None:
        self.closed = True
        self.reusable = False
        if self._waiter is not None:
            self._ended()
        return None  # asyncio closes the transport

    def _ended(self) -> None:
        """The server closed the connection while a response was expected."""
        if self.eof():  # a body that ends with the connection
            self._finish()
        else:
            self._fail(_protocol_error("Server disconnected without sending a complete response."))

    def data_received(self, data: bytes) -> None:
        if self._waiter is None:  # bytes nobody asked for: the connection is out of step, never reuse it
            self.reusable = False
            self.closed = True
            if self.transport is not None:
                self.transport.close()
            return
        try:
            complete = self.feed(data)
        except ResponseError as exc:
            self._fail(_protocol_error(str(exc)))
            return
        if complete:
            self._finish()
        else:  # still reading: note when data came (the read timer checks it)
            self._last = self._loop.time()

    # -- one request ---------------------------------------------------------------------------------------------

    def request(self, data: bytes, head_only: bool, read_timeout: float | None) -> asyncio.Future[Result]:
        """Write ``data`` (one whole request) and return the future of its response."""
        loop = self._loop
        waiter: asyncio.Future[Result] = loop.create_future()
        self._waiter = waiter
        self.begin(head_only)
        self.reusable = False
        assert self.transport is not None
        self.transport.write(data)
        self._read_timeout = read_timeout
        if read_timeout is not None:
            # One timer per connection, not per request: left armed when a response completes, it fires at most
            # once per read timeout and re-arms for the request in flight then (see _on_timer). Only a deadline
            # earlier than the armed one (a shorter timeout than the previous request's) needs a new timer.
            now = self._last = loop.time()
            timer = self._timer
            if timer is None or timer.when() > now + read_timeout:
                if timer is not None:
                    timer.cancel()
                self._timer = loop.call_at(now + read_timeout, self._on_timer)
        return waiter

    def _on_timer(self) -> None:
        self._timer = None
        if self._waiter is None or self._read_timeout is None:  # idle, or no limit: the next request re-arms
            return
        deadline = self._last + self._read_timeout
        if deadline > self._loop.time():  # data came since the timer was armed: wait for the rest
            self._timer = self._loop.call_at(deadline, self._on_timer)
            return
        self._fail(httpx.ReadTimeout("Timed out reading the response."))

    def _finish(self) -> None:
        waiter = self._waiter
        self._waiter = None
        self.reusable = self.keeps_connection and not self.closed
        if waiter is not None and not waiter.done():
            waiter.set_result((self.status, self.reason, self.headers, self.body(), self.encoding))

    def _fail(self, error: Exception) -> None:
        waiter = self._waiter
        self._waiter = None
        self.reusable = False
        timer = self._timer
        if timer is not None:
            self._timer = None
            timer.cancel()
        if self.transport is not None:
            self.transport.abort()
        if waiter is not None and not waiter.done():
            waiter.set_exception(error)


class _Pool:
    """The connections to one (scheme, host, port): idle ones (LIFO), a count, FIFO waiters."""

    __slots__ = ("conns", "count", "expiry", "host", "idle", "limit", "loop", "port", "ssl", "transport", "waiters")

    def __init__(
        self, owner: AsyncioTransport, loop: asyncio.AbstractEventLoop, scheme: str, host: str, port: int
    ) -> None:
        self.transport = owner
        self.loop = loop
        self.host = host
        self.port = port
        self.ssl = scheme == "https"
        self.limit = owner.max_connections
        self.expiry = owner.keepalive_expiry
        self.idle: deque[_Connection] = deque()
        self.conns: set[_Connection] = set()
        self.count = 0
        """Connections counted against ``limit``: open, connecting, or a slot handed to a waiter."""
        self.waiters: deque[asyncio.Future[_Connection | None]] = deque()

    def take(self) -> _Connection | None:
        """An idle connection that is still usable, or ``None``; closes the expired and stale ones it meets."""
        idle = self.idle
        if not idle:
            return None
        now = self.loop.time()
        if now - idle[0].idle_since > self.expiry:
            while idle and now - idle[0].idle_since > self.expiry:
                self.discard(idle.popleft())
        while idle:
            conn = idle.pop()
            if not conn.closed and (conn.poller is None or not conn.poller.poll(0)):
                return conn
            # The server closed it (maybe while the loop was busy, so asyncio has not seen the FIN yet). It may
            # have closed the others at the same time (an idle timeout, a restart): check them all.
            self.discard(conn)
            self.purge()
        return None

    def purge(self) -> None:
        """Close every idle connection the server has closed or that has unexpected bytes to read."""
        for conn in list(self.idle):
            if conn.closed or (conn.poller is not None and conn.poller.poll(0)):
                self.idle.remove(conn)
                self.discard(conn)

    def release(self, conn: _Connection) -> None:
        """A response was read completely: hand the connection to the first waiter, or keep it idle."""
        if not conn.reusable or conn.closed:
            self.discard(conn)
            return
        waiters = self.waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(conn)
                return
        conn.idle_since = self.loop.time()
        self.idle.append(conn)

    def discard(self, conn: _Connection) -> None:
        """Close ``conn`` and stop counting it; its slot goes to the first waiter."""
        if conn.transport is not None and not conn.closed:
            conn.closed = True
            conn.transport.abort()
        if conn.discarded:
            return
        conn.discarded = True
        self.conns.discard(conn)
        self.count -= 1
        self.wake()

    def wake(self) -> None:
        """A slot is free: the first waiter may connect."""
        waiters = self.waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                self.count += 1
                waiter.set_result(None)
                return

    async def acquire(self, timeouts: Timeouts) -> _Connection:
        """A connection to send on: idle, new, or handed over by a finished request (FIFO)."""
        while True:
            conn = self.take()
            if conn is not None:
                return conn
            if self.count < self.limit:
                self.count += 1
                return await self.connect(timeouts[0])
            waiter: asyncio.Future[_Connection | None] = self.loop.create_future()
            self.waiters.append(waiter)
            pool_timeout = timeouts[2]
            timer = None if pool_timeout is None else self.loop.call_later(pool_timeout, _expire, waiter)
            try:
                got = await waiter
            except BaseException:
                if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                    given = waiter.result()  # handed over just as this task was cancelled: give it back
                    if given is None:
                        self.count -= 1
                        self.wake()
                    else:
                        self.release(given)
                elif waiter in self.waiters:
                    self.waiters.remove(waiter)
                raise
            finally:
                if timer is not None:
                    timer.cancel()
            if got is None:  # a slot: connect
                return await self.connect(timeouts[0])
            if not got.closed and (got.poller is None or not got.poller.poll(0)):
                return got
            self.discard(got)

    async def connect(self, timeout: float | None) -> _Connection:
        """Open a connection (the caller counted it already); undo the count when that fails."""
        loop = self.loop
        conn = _Connection(loop)
        ssl_context = self.transport.ssl_context() if self.ssl else None
        try:
            async with asyncio.timeout(timeout):
                await loop.create_connection(
                    lambda: conn,
                    self.host,
                    self.port,
                    ssl=ssl_context,
                    server_hostname=self.host if ssl_context is not None else None,
                )
        except BaseException as exc:
            self.count -= 1
            self.wake()
            if isinstance(exc, TimeoutError):
                raise httpx.ConnectTimeout("Timed out connecting.") from None
            if isinstance(exc, OSError):
                raise httpx.ConnectError(redact_text(f"{type(exc).__name__}: {exc}")) from None
            raise
        self.conns.add(conn)
        return conn

    def close(self) -> None:
        """Close every connection and fail the waiters."""
        for conn in list(self.conns):
            conn.closed = True
            if conn.transport is not None:
                with contextlib.suppress(RuntimeError):  # its loop is closed: the socket goes with the transport
                    conn.transport.abort()
        self.conns.clear()
        self.idle.clear()
        while self.waiters:
            waiter = self.waiters.popleft()
            if not waiter.done():
                with contextlib.suppress(RuntimeError):  # its loop is closed
                    waiter.set_exception(httpx.PoolTimeout("The connection pool was closed."))


def _expire(waiter: asyncio.Future[_Connection | None]) -> None:
    if not waiter.done():
        waiter.set_exception(httpx.PoolTimeout("Timed out waiting for a connection from the pool."))


class Route:
    """A request line and headers precomputed for one (method, URL, headers): only the query changes per call."""

    __slots__ = ("bare", "head_only", "key", "prefix", "suffix")

    def __init__(self, method: str, url: str, headers: Iterable[tuple[bytes, bytes]]) -> None:
        target = url_target(url)
        self.key = (target.scheme, target.host, target.port or (443 if target.scheme == "https" else 80))
        lines = [b"Host: " + target.host_header]
        lines += [name + b": " + value for name, value in headers if name.lower() != b"host"]
        if method not in _NO_BODY_METHODS:  # no body: say so, as aiohttp did (proxies may want a length)
            lines.append(b"Content-Length: 0")
        suffix = b" HTTP/1.1\r\n" + b"\r\n".join(lines) + b"\r\n\r\n"
        start = method.encode("ascii") + b" " + target.path
        self.prefix = start + b"?"
        self.suffix = suffix
        self.bare = start + suffix
        """The whole request without a query."""
        self.head_only = method == "HEAD"


class AsyncioTransport(_TransportBase):
    """Keep-alive HTTP/1.1 connection pools on asyncio, for the runtime's direct path and for httpx.

    Args:
        verify: ``True`` (certifi / ``SSL_CERT_FILE`` like httpx), ``False``, or an ``ssl.SSLContext``.
        trust_env: read ``SSL_CERT_FILE``/``SSL_CERT_DIR`` like httpx does.
        max_connections: at most this many connections per (scheme, host, port) (httpx's default: 100).
        keepalive_expiry: seconds an idle connection is kept (httpx's default: 5).
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | bool = True,
        trust_env: bool = True,
        max_connections: int = 100,
        keepalive_expiry: float = 5.0,
    ) -> None:
        self._verify = verify
        self._trust_env = trust_env
        self.max_connections = max_connections
        self.keepalive_expiry = keepalive_expiry
        self._ssl: ssl.SSLContext | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pools: dict[tuple[str, str, int], _Pool] = {}
        self._timeouts: dict[tuple[Any, ...], Timeouts] = {}
        self._fresh: set[_Connection] = set()
        """Connections ``warm_up`` opened that no request has used yet (see ``_settle``)."""

    def ssl_context(self) -> ssl.SSLContext:
        """The SSL context of https connections, the one httpx would build; created on first use."""
        context = self._ssl
        if context is None:
            verify = self._verify
            if isinstance(verify, ssl.SSLContext):
                context = verify
            elif verify is True:
                context = default_ssl_context(self._trust_env)  # the context httpx builds, without httpx
            else:
                context = httpx.create_ssl_context(verify=verify, trust_env=self._trust_env)
            self._ssl = context
        return context

    @staticmethod
    def route(method: str, url: str, headers: Iterable[tuple[bytes, bytes]]) -> Route:
        """The precomputed request of ``method`` to ``url`` (no query) with these headers, for ``send_prepared``."""
        return Route(method, url, headers)

    def timeouts(self, timeout: Mapping[str, float | None] | None) -> Timeouts:
        """(connect, read, pool) of httpx's timeout dict (``httpx.Timeout.as_dict()``), cached."""
        key = (None,) if timeout is None else tuple(timeout.values())
        cached = self._timeouts.get(key)
        if cached is None:
            t = timeout or {}
            cached = self._timeouts[key] = (t.get("connect"), t.get("read"), t.get("pool"))
        return cached

    def _pool(self, key: tuple[str, str, int]) -> _Pool:
        loop = asyncio.get_running_loop()
        if loop is not self._loop:  # first request, or a new event loop (asyncio.run twice): new pools
            self._drop_pools()
            self._loop = loop
        pool = self._pools.get(key)
        if pool is None:
            pool = self._pools[key] = _Pool(self, loop, *key)
        return pool

    def _drop_pools(self) -> None:
        pools, self._pools = self._pools, {}
        self._fresh.clear()
        for pool in pools.values():
            pool.close()

    async def _send(self, key: tuple[str, str, int], data: bytes, head_only: bool, timeouts: Timeouts) -> Result:
        pool = self._pools.get(key) if self._loop is asyncio.get_running_loop() else None
        if pool is None:
            pool = self._pool(key)
        if self._fresh and pool.idle and pool.idle[-1] in self._fresh:
            await self._settle(pool)
        conn = pool.take()
        if conn is None:
            conn = await pool.acquire(timeouts)
        try:
            result = await conn.request(data, head_only, timeouts[1])
        except BaseException:  # an error, a timeout or a cancellation mid-request: the connection is out of step
            pool.discard(conn)
            raise
        pool.release(conn)
        return result

    async def send_prepared(
        self, route: Route, query: bytes, timeouts: Timeouts
    ) -> tuple[int, str, tuple[tuple[bytes, bytes], ...], bytes, bool]:
        """Send ``route`` with ``query`` (percent-encoded, without ``?``; on the wire byte for byte).

        Returns ``(status, reason, raw headers, body, encoded)``. A gzip or deflate body is decoded here (zlib),
        and its headers say so: ``Content-Encoding`` dropped, ``Content-Length`` the decoded length. Other
        encodings are left as received (with their header, ``encoded`` true), for httpx to decode.
        """
        data = route.prefix + query + route.suffix if query else route.bare
        status, reason, headers, body, encoding = await self._send(route.key, data, route.head_only, timeouts)
        if encoding is not None:
            return _decoded(status, reason, headers, body, encoding)
        return status, reason, tuple(headers), body, False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send an httpx request over the pool (the body is read whole first)."""
        url = request.url
        scheme = url.scheme
        if scheme not in ("http", "https") or not url.host:
            raise httpx.UnsupportedProtocol(
                "Only http:// and https:// URLs with a host are supported.", request=request
            )
        key = (scheme, url.host, url.port or (443 if scheme == "https" else 80))
        body = await request.aread()
        lines = [request.method.encode("ascii") + b" " + url.raw_path + b" HTTP/1.1"]
        has_length = False
        for name, value in request.headers.raw:
            lowered = name.lower()
            if lowered == b"transfer-encoding":  # the body was read whole: sent with a Content-Length instead
                continue
            has_length = has_length or lowered == b"content-length"
            lines.append(name + b": " + value)
        if body and not has_length:
            lines.append(b"Content-Length: %d" % len(body))
        data = b"\r\n".join(lines) + b"\r\n\r\n" + body
        try:
            status, reason, headers, content, encoding = await self._send(
                key, data, request.method == "HEAD", self.timeouts(request.extensions.get("timeout"))
            )
        except httpx.TransportError as exc:
            exc.request = request
            raise
        extensions = {"http_version": b"HTTP/1.1", "reason_phrase": reason.encode("ascii", "replace")}
        if encoding is not None:  # httpx decodes gzip/deflate/br while reading the body
            return httpx.Response(status, headers=headers, content=content, request=request, extensions=extensions)
        result = httpx.Response(
            status, headers=headers, stream=httpx.ByteStream(content), request=request, extensions=extensions
        )
        # Complete and not encoded: hand it over as already read, skipping httpx's decode pipeline.
        result._content = content
        return result

    async def aclose(self) -> None:
        """Close every connection (and fail requests waiting for one)."""
        self._drop_pools()

    async def warm_up(self, url: str, connections: int, timeouts: Timeouts) -> int:
        """Open connections (DNS, TCP, TLS) to ``url``'s origin, concurrently, until ``connections`` are idle in its
        pool (within ``max_connections``); return how many were opened. Raises ``ConnectError``/``ConnectTimeout``
        when one cannot be opened (the others are kept)."""
        key = Route("GET", url.rstrip("/") + "/", ()).key
        pool = self._pool(key)
        now = pool.loop.time()
        while pool.idle and now - pool.idle[0].idle_since > pool.expiry:  # expired: not warm
            pool.discard(pool.idle.popleft())
        pool.purge()
        wanted = min(connections - len(pool.idle), pool.limit - pool.count)
        if wanted <= 0:
            return 0
        pool.count += wanted

        async def one() -> None:
            conn = await pool.connect(timeouts[0])  # uncounts itself when it fails
            conn.reusable = True
            self._fresh.add(conn)
            pool.release(conn)

        results = await asyncio.gather(*(one() for _ in range(wanted)), return_exceptions=True)
        failed = [r for r in results if isinstance(r, BaseException)]
        if failed:
            raise failed[0]
        return wanted

    async def _settle(self, pool: _Pool) -> None:
        """Let the loop read what came on connections ``warm_up`` opened before one is checked for reuse.

        A TLS 1.3 server sends session tickets just after the handshake. On a connection left idle they can wait on
        the socket until the loop next reads it, and the stale check before reuse would take them for a server that
        closed the connection. Two turns of the loop read them (the first only queues the read callbacks behind
        this task); a connection that still has bytes waiting after that is dropped as any other.
        """
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        self._fresh.difference_update(pool.idle)
        self._fresh = {conn for conn in self._fresh if not conn.closed}

    async def __aenter__(self) -> AsyncioTransport:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _decoded(
    status: int, reason: str, headers: Sequence[tuple[bytes, bytes]], body: bytes, encoding: bytes
) -> tuple[int, str, tuple[tuple[bytes, bytes], ...], bytes, bool]:
    """The answer with a gzip/deflate body decoded and its headers adjusted; as received for anything else."""
    try:
        decoded = decompress(encoding, body)
    except zlib.error:
        return status, reason, tuple(headers), body, True  # httpx reports the broken body when it decodes it
    if decoded is None:  # an encoding httpx decodes (brotli, zstd...)
        return status, reason, tuple(headers), body, True
    if decoded is body:  # identity
        return status, reason, tuple(headers), body, False
    out: list[tuple[bytes, bytes]] = []
    for name, value in headers:
        lowered = name.lower()
        if lowered == b"content-encoding":
            continue
        if lowered == b"content-length":
            value = b"%d" % len(decoded)
        out.append((name, value))
    return status, reason, tuple(out), decoded, False
