"""Everything of the runtime that needs httpx, imported only when one of these paths is taken.

- sending through an ``httpx.Client``/``httpx.AsyncClient``: the user's (``http_client=``), one built on the user's
  ``transport=``, or the runtime's own when a proxy applies (the SDK's pools do not do proxies), with its cookie
  store and the auth (:class:`HttpxSender`, :class:`AsyncHttpxSender`);
- answers as httpx objects where a user sees them: a raw response's ``headers``, an error's ``response``
  (:func:`answer_to_httpx`, :func:`headers_of`);
- the transport errors: which httpx errors mean "not sent" (:data:`NOT_SENT`) and their redacted copies
  (:func:`sanitized_transport_error`);
- redaction of httpx's own log records (:func:`install_httpx_log_redaction`).

A client on the SDK's own pools (no ``http_client=``, no ``transport=``, no proxy) imports none of this to be
built or to send (the generated endpoint modules import httpx for their annotations only); an error answer does, for
``BinanceAPIError.response``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar

import httpx

from ._errors import redact_text

if TYPE_CHECKING:
    from ._config import ClientConfig

__all__ = [
    "NOT_SENT",
    "AsyncHttpxSender",
    "HttpxSender",
    "answer_to_httpx",
    "headers_of",
    "install_httpx_log_redaction",
    "sanitized_transport_error",
]


class _PlanView(Protocol):
    """What the senders read of an operation's plan (the runtime's ``_Plan``)."""

    @property
    def method(self) -> str: ...

    @property
    def extensions(self) -> Mapping[str, Any]: ...


class _CallView(Protocol):
    """What the senders read of a prepared call (the runtime's ``_Call``; this module sits below the runtime)."""

    @property
    def plan(self) -> _PlanView: ...

    @property
    def url(self) -> httpx.URL: ...

    def sent(self, request: httpx.Request) -> None: ...


NOT_SENT: Final = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.ProxyError,
    httpx.LocalProtocolError,
)
"""httpx errors raised before the request can have reached Binance."""

_HttpClient = TypeVar("_HttpClient", httpx.Client, httpx.AsyncClient)


def sanitized_transport_error(exc: httpx.TransportError) -> httpx.TransportError:
    """A copy of ``exc`` (same httpx type) with a redacted message, no request and nothing chained."""
    message = redact_text(str(exc))
    try:
        clean = type(exc)(message)
    except TypeError:  # a subclass with another constructor
        clean = httpx.TransportError(message)
    clean.__suppress_context__ = True
    return clean


class _RedactSignedUrls(logging.Filter):
    """Redacts ``signature=`` (and other secret parameters) in httpx's own log records (``HTTP Request: ...``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logging module's business, not ours
            return True
        redacted = redact_text(message)
        if redacted != message:
            record.msg = redacted
            record.args = None
        return True


_HTTPX_LOG_FILTER: Final = _RedactSignedUrls("binance_margin")


def install_httpx_log_redaction() -> None:
    """Attach the redacting filter to the ``httpx`` and ``httpcore`` loggers (once; idempotent).

    httpx logs every request's full URL at INFO level when a client's ``send`` is used (``http_client=``).
    """
    for name in ("httpx", "httpcore"):
        target = logging.getLogger(name)
        if _HTTPX_LOG_FILTER not in target.filters:
            target.addFilter(_HTTPX_LOG_FILTER)


# -- answers as httpx objects ------------------------------------------------------------------------------------


def headers_of(raw_headers: Iterable[tuple[bytes, bytes]]) -> httpx.Headers:
    """Raw ``(name, value)`` byte pairs as ``httpx.Headers`` (order and case kept)."""
    return httpx.Headers(list(raw_headers))


def answer_to_httpx(
    status: int,
    reason: str,
    raw_headers: Iterable[tuple[bytes, bytes]],
    content: bytes,
    method: str,
    url: str,
    *,
    decoded: bool,
) -> httpx.Response:
    """An answer read by the SDK's pools as an ``httpx.Response``.

    ``decoded``: ``content`` is already decoded (the pool undid a gzip/deflate ``Content-Encoding``); otherwise httpx
    decodes it per the headers, as it would have while reading.
    """
    extensions = {"http_version": b"HTTP/1.1", "reason_phrase": reason.encode("ascii", "replace")}
    request = httpx.Request(method, url)
    if not decoded:
        headers = list(raw_headers)
        return httpx.Response(status, headers=headers, content=content, request=request, extensions=extensions)
    response = httpx.Response(
        status, headers=list(raw_headers), stream=httpx.ByteStream(content), request=request, extensions=extensions
    )
    response._content = content
    return response


# -- sending through httpx ---------------------------------------------------------------------------------------

_SET_COOKIE: Final = (b"set-cookie", b"set-cookie2")


class _Cookies(httpx.Cookies):
    """httpx's cookie store, skipping the urllib round trip for responses without ``Set-Cookie`` (all of Binance's).

    httpx extracts cookies from every response through ``http.cookiejar`` (an ``email.message`` of the headers):
    tens of µs per call for nothing here, since Binance sets no cookies.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        for name, _ in response.headers.raw:  # one pass over the bytes (`in headers` decodes every header)
            if name.lower() in _SET_COOKIE:
                super().extract_cookies(response)
                return


def _own_client(client: _HttpClient) -> _HttpClient:
    """A client this runtime created: give it the cheaper cookie store (same cookies, same behaviour)."""
    if type(getattr(client, "_cookies", None)) is httpx.Cookies:
        client._cookies = _Cookies(client.cookies)
    return client


def _client_kwargs(config: ClientConfig, user_agent: str) -> dict[str, Any]:
    return {
        "timeout": httpx.Timeout(config.timeout),
        "proxy": config.proxy,
        "trust_env": config.trust_env,
        "headers": {"User-Agent": user_agent},
        "follow_redirects": False,
    }


def _request(call: _CallView, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
    plan = call.plan
    return httpx.Request(
        plan.method,
        call.url,
        headers=http.headers,
        extensions={**plan.extensions, "timeout": http.timeout.as_dict()},
    )


class HttpxSender:
    """The synchronous runtime's httpx path: an ``httpx.Client`` (the user's, or one this object creates).

    Args:
        config: the client's configuration (timeout, proxy, trust_env).
        auth: signs the requests (the runtime passes its ``BinanceAuth``).
        http_client: the user's client (never closed here), or ``None`` to create one.
        transport: the transport of the created client (``None``: httpx's, which handles proxies).
        user_agent: ``User-Agent`` of the created client.
    """

    def __init__(
        self,
        config: ClientConfig,
        auth: httpx.Auth,
        *,
        http_client: httpx.Client | None,
        transport: httpx.BaseTransport | None,
        user_agent: str,
    ) -> None:
        install_httpx_log_redaction()
        self.auth = auth
        self.owns = http_client is None
        self.http = http_client or _own_client(httpx.Client(transport=transport, **_client_kwargs(config, user_agent)))

    def send(self, call: _CallView) -> httpx.Response:
        """Send ``call`` signed by the auth; note its timestamp on ``call`` whether it failed or not."""
        http = self.http
        request = _request(call, http)
        try:
            if self.owns and not http.is_closed:
                response = self._send_direct(request)
            else:
                response = http.send(request, auth=self.auth)
        finally:
            call.sent(request)
        return response

    def _send_direct(self, request: httpx.Request) -> httpx.Response:
        """Sign ``request`` and hand it to the pool's transport (no auth/redirect/hook machinery: the runtime
        created the client, so it has none of those to run)."""
        http = self.http
        request = next(iter(self.auth.auth_flow(request)))
        response = http._transport_for_url(request.url).handle_request(request)
        response.request = request
        try:
            response.read()
        finally:
            response.close()
        http.cookies.extract_cookies(response)
        return response

    def get(self, url: str) -> httpx.Response:
        """An unsigned GET (the server time)."""
        return self.http.get(url)

    def close(self) -> None:
        """Close the client if this object created it."""
        if self.owns:
            self.http.close()


class AsyncHttpxSender:
    """The asynchronous runtime's httpx path: an ``httpx.AsyncClient`` (the user's, or one this object creates).

    Same arguments as :class:`HttpxSender` (``transport`` may be the SDK's ``AsyncioTransport``: the client then
    sends over the SDK's pool).
    """

    def __init__(
        self,
        config: ClientConfig,
        auth: httpx.Auth,
        *,
        http_client: httpx.AsyncClient | None,
        transport: httpx.AsyncBaseTransport | None,
        user_agent: str,
    ) -> None:
        install_httpx_log_redaction()
        self.auth = auth
        self.owns = http_client is None
        self.http = http_client or _own_client(
            httpx.AsyncClient(transport=transport, **_client_kwargs(config, user_agent))
        )

    async def send(self, call: _CallView) -> httpx.Response:
        """Send ``call`` signed by the auth; note its timestamp on ``call`` whether it failed or not."""
        http = self.http
        request = _request(call, http)
        try:
            if self.owns and not http.is_closed:
                response = await self._send_direct(request)
            else:
                response = await http.send(request, auth=self.auth)
        finally:
            call.sent(request)
        return response

    async def _send_direct(self, request: httpx.Request) -> httpx.Response:
        """Sign ``request`` and hand it to the pool's transport (see ``HttpxSender._send_direct``)."""
        http = self.http
        request = next(iter(self.auth.auth_flow(request)))
        response = await http._transport_for_url(request.url).handle_async_request(request)
        response.request = request
        try:
            await response.aread()
        finally:
            await response.aclose()
        http.cookies.extract_cookies(response)
        return response

    async def get(self, url: str) -> httpx.Response:
        """An unsigned GET (the server time)."""
        return await self.http.get(url)

    async def aclose(self) -> None:
        """Close the client if this object created it."""
        if self.owns:
            await self.http.aclose()
