"""An ``httpx.AsyncBaseTransport`` that sends through aiohttp: httpx's API, aiohttp's speed.

httpx's own async transport (httpcore + anyio) costs several times aiohttp's per request on a loopback
keep-alive connection, and far more with many concurrent requests. ``AsyncMarginClient`` uses this transport by
default when aiohttp is installed and no proxy is configured (see ``default_async_transport``); the runtime still
talks to an ``httpx.AsyncClient`` (auth flow, headers, ``httpx.Response``), only the bytes go through aiohttp.

aiohttp's errors are raised as the httpx exceptions the runtime classifies: failures before anything was sent
(connect errors and connect/pool timeouts) as ``httpx.ConnectError``/``httpx.ConnectTimeout``, everything after
(read timeouts, a dropped connection, a malformed answer) as ``httpx.ReadTimeout``/``httpx.RemoteProtocolError``/
``httpx.ReadError``, so a state-changing request that may have reached Binance still ends in
``UnknownExecutionStatus``.
"""

from __future__ import annotations

import asyncio
import os
import select
import ssl
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import aiohttp
import httpx
from yarl import URL

from ._errors import redact_text

__all__ = ["AiohttpTransport", "default_async_transport"]

_PROXY_ENV = ("http_proxy", "https_proxy", "all_proxy")
# httpx sets these itself on every request; aiohttp must not add its own values next to them.
_SKIP_AUTO_HEADERS = frozenset({"User-Agent", "Accept", "Accept-Encoding", "Content-Type"})


def _env_proxy_set() -> bool:
    return any(os.environ.get(name) or os.environ.get(name.upper()) for name in _PROXY_ENV)


def default_async_transport(*, proxy: str | None, trust_env: bool) -> httpx.AsyncBaseTransport | None:
    """The transport ``AsyncMarginClient`` uses when none is given: aiohttp when it can, else ``None``.

    ``None`` (httpx's own transport) when aiohttp is not installed or a proxy is configured, explicitly or (with
    ``trust_env``) through the ``HTTP(S)_PROXY``/``ALL_PROXY`` environment: httpx handles proxies, this transport
    does not.
    """
    if proxy is not None or (trust_env and _env_proxy_set()):
        return None
    return AiohttpTransport(trust_env=trust_env)


def _readable(fds: list[int]) -> set[int]:
    """Which of these sockets have something to read (or an end of file) right now, without waiting."""
    if max(fds) < 1024 or not hasattr(select, "poll"):  # select() is one call; it only takes fds below FD_SETSIZE
        readable, _, _ = select.select(fds, (), (), 0)
        return set(readable)
    poller = select.poll()
    for fd in fds:
        poller.register(fd, select.POLLIN)
    return {fd for fd, _events in poller.poll(0)}


def close_stale(protocols: Iterable[Any]) -> int:
    """Close the idle pooled connections whose socket is readable; return how many.

    An idle keep-alive connection has nothing to read unless the server closed it (or broke the protocol). aiohttp
    notices a close only once the event loop has processed it, so a connection the server closed while the loop
    was busy looks reusable: a request written to it never reaches the server, yet fails like one that did. httpx
    (httpcore) checks an idle socket the same way before reusing it.
    """
    by_fd: dict[int, Any] = {}
    for proto in protocols:
        transport = getattr(proto, "transport", None)
        sock = transport.get_extra_info("socket") if transport is not None else None
        if sock is not None:
            try:
                by_fd[sock.fileno()] = proto
            except (OSError, ValueError):
                continue
    if not by_fd:
        return 0
    stale = _readable(list(by_fd))
    for fd in stale:
        by_fd[fd].close()
    return len(stale)


class _Connector(aiohttp.TCPConnector):
    """``TCPConnector`` that never hands out a pooled connection the server has already closed (see close_stale)."""

    async def _get(self, key: Any, *args: Any, **kwargs: Any) -> Any:
        conns = self._conns.get(key)
        if conns:
            # aiohttp takes the idle connection at the left end (a deque; older versions: the right end of a
            # list): check those only, one poll per request. When one was closed, the server may have closed
            # others at the same time (an idle timeout, a restart): check them all then.
            ends = {id(conns[0][0]): conns[0][0], id(conns[-1][0]): conns[-1][0]}
            if close_stale(ends.values()):
                close_stale(proto for proto, _t in conns)
        return await super()._get(key, *args, **kwargs)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Sends httpx requests through one ``aiohttp.ClientSession`` (keep-alive pool), created on first use.

    Args:
        verify: ``True`` (certifi / ``SSL_CERT_FILE`` like httpx), ``False``, or an ``ssl.SSLContext``.
        trust_env: read ``SSL_CERT_FILE``/``SSL_CERT_DIR`` like httpx does.
        max_connections: at most this many connections (httpx's default: 100).
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
        self._max_connections = max_connections
        self._keepalive_expiry = keepalive_expiry
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._timeouts: dict[tuple[Any, ...], aiohttp.ClientTimeout] = {}
        self.default_headers: Mapping[str, str] | None = None
        """Headers of the sessions created from now on (``send_raw`` skips re-sending them when given the same
        mapping). Requests that come through httpx carry their own headers, which take precedence."""
        self._session_headers: Mapping[str, str] | None = None

    def _ssl(self) -> ssl.SSLContext | bool:
        if isinstance(self._verify, ssl.SSLContext) or self._verify is False:
            return self._verify
        return httpx.create_ssl_context(verify=True, trust_env=self._trust_env)

    def _new_session(self, loop: asyncio.AbstractEventLoop) -> aiohttp.ClientSession:
        connector = _Connector(
            limit=self._max_connections,
            keepalive_timeout=self._keepalive_expiry,
            ssl=self._ssl(),
            enable_cleanup_closed=False,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,  # httpx decodes Content-Encoding itself
            skip_auto_headers=_SKIP_AUTO_HEADERS,
            cookie_jar=aiohttp.DummyCookieJar(),  # httpx keeps the cookies
            trust_env=False,
            timeout=aiohttp.ClientTimeout(total=None),
            headers=self.default_headers,
        )
        self._session_headers = self.default_headers
        # aiohttp resends a GET/PUT/DELETE once when the connection drops: a DELETE cancels or repays on Binance,
        # and the runtime has its own retry policy (reads only). aiohttp's test client turns it off the same way.
        session._retry_connection = False
        self._session = session
        self._loop = loop
        return session

    @staticmethod
    def url_builder(base: str) -> Callable[[str], URL]:
        """A function from an encoded query to the ``yarl.URL`` of ``base`` with it, without parsing the whole URL.

        ``yarl.URL(text, encoded=True)`` parses and validates the text again for every signed request (each one has
        a new timestamp); building from the parts parsed once costs a fraction of that.
        """
        parsed = URL(base, encoded=True)
        host = parsed.raw_host
        if host is None or ":" in host or parsed.raw_query_string or parsed.raw_fragment or parsed.raw_user:
            return lambda query: URL(f"{base}?{query}" if query else base, encoded=True)
        scheme, port, path = parsed.scheme, parsed.explicit_port, parsed.raw_path
        build = URL.build

        def url(query: str) -> URL:
            return build(scheme=scheme, host=host, port=port, path=path, query_string=query, encoded=True)

        return url

    def client_timeout(self, timeout: dict[str, float | None] | None) -> aiohttp.ClientTimeout:
        """aiohttp's timeout for httpx's timeout dict (``httpx.Timeout.as_dict()``), cached."""
        return self._timeout(timeout)

    async def send_raw(
        self,
        method: str,
        url: str | URL,
        headers: Mapping[str, str] | None,
        timeout: aiohttp.ClientTimeout,
        *,
        base: Mapping[str, str] | None = None,
    ) -> tuple[int, str, tuple[tuple[bytes, bytes], ...], bytes]:
        """Send without any httpx object: ``(status, reason, raw headers, body as received)``.

        For the SDK's own async runtime, which builds httpx objects only where users see them. ``url`` must be
        percent-encoded already (it goes on the wire byte for byte). The request carries ``base`` and then
        ``headers`` (``base`` costs nothing when it is the session's ``default_headers``). Errors are raised as in
        ``handle_async_request``: httpx exceptions (without a request), "not sent" classes only where nothing can
        have been sent, messages redacted.
        """
        loop = asyncio.get_running_loop()
        session = self._session
        if session is None or self._loop is not loop or session.closed:
            session = self._new_session(loop)
        if base is not None and base is not self._session_headers:
            headers = {**base, **headers} if headers else base
        try:
            async with session.request(
                method,
                url if isinstance(url, URL) else URL(url, encoded=True),
                headers=headers,
                allow_redirects=False,
                timeout=timeout,
            ) as response:
                return response.status, response.reason or "", response.raw_headers, await response.read()
        except aiohttp.ClientError as exc:
            raise _map_error(exc, None) from None
        except TimeoutError as exc:
            raise httpx.ReadTimeout(redact_text(str(exc)) or "timed out") from None

    def _timeout(self, timeout: dict[str, float | None] | None) -> aiohttp.ClientTimeout:
        key = (None,) if timeout is None else tuple(timeout.values())
        cached = self._timeouts.get(key)
        if cached is None:
            t = timeout or {}
            # aiohttp's `connect` covers waiting for a pooled connection and connecting; `sock_read` is per read.
            pool, connect = t.get("pool"), t.get("connect")
            cached = aiohttp.ClientTimeout(
                total=None,
                connect=None if pool is None or connect is None else pool + connect,
                sock_connect=connect,
                sock_read=t.get("read"),
            )
            self._timeouts[key] = cached
        return cached

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        loop = asyncio.get_running_loop()
        session = self._session
        if session is None or self._loop is not loop or session.closed:
            session = self._new_session(loop)  # first request, or a new event loop (asyncio.run twice)
        body = await request.aread()
        try:
            async with session.request(
                request.method,
                URL(str(request.url), encoded=True),  # byte-exact: the signature covers the query as written
                headers=[(name.decode("latin-1"), value.decode("latin-1")) for name, value in request.headers.raw],
                data=body or None,
                allow_redirects=False,
                timeout=self._timeout(request.extensions.get("timeout")),
            ) as response:
                content = await response.read()
                status = response.status
                headers = response.raw_headers
                reason = response.reason or ""
                encoded = "Content-Encoding" in response.headers
        except aiohttp.ClientError as exc:
            # Not chained: aiohttp's exceptions quote the request URL, signature included.
            raise _map_error(exc, request) from None
        except TimeoutError as exc:  # a timeout outside aiohttp's own classes: after sending
            raise httpx.ReadTimeout(redact_text(str(exc)) or "timed out", request=request) from None
        extensions = {"http_version": b"HTTP/1.1", "reason_phrase": reason.encode("ascii", "replace")}
        if encoded:  # httpx decodes gzip/deflate/br while reading the body
            return httpx.Response(
                status, headers=list(headers), content=content, request=request, extensions=extensions
            )
        result = httpx.Response(
            status, headers=list(headers), stream=httpx.ByteStream(content), request=request, extensions=extensions
        )
        # The body is complete and not encoded: hand it over as already read, skipping httpx's decode pipeline
        # (about a third of this transport's own cost per call). The stream stays, for close() and `elapsed`.
        result._content = content
        return result

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()


def _map_error(exc: aiohttp.ClientError, request: httpx.Request | None) -> httpx.TransportError:
    """The httpx exception for an aiohttp one; "not sent" classes only where nothing can have been sent."""
    message = redact_text(f"{type(exc).__name__}: {exc}")
    error: httpx.TransportError
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        error = httpx.ConnectTimeout(message, request=request)
    elif isinstance(exc, aiohttp.ServerTimeoutError):
        error = httpx.ReadTimeout(message, request=request)
    elif isinstance(exc, aiohttp.ClientConnectorError):
        error = httpx.ConnectError(message, request=request)
    elif isinstance(exc, aiohttp.InvalidURL):
        error = httpx.UnsupportedProtocol(message, request=request)
    elif isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        error = httpx.RemoteProtocolError(message, request=request)
    else:
        error = httpx.ReadError(message, request=request)
    return error
