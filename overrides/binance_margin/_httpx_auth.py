"""``BinanceAuth``: Binance's signing as an ``httpx.Auth`` (re-exported as ``binance_margin.signing.BinanceAuth``).

In its own module because it needs httpx: the SDK's own pools sign with ``QuerySigner`` and never import it.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import TYPE_CHECKING

import httpx
from binance_margin_generated.operations import BY_ROUTE, Security

from ._errors import ConfigurationError
from ._httpx_glue import install_httpx_log_redaction
from ._signing import (
    RECV_WINDOW_EXTENSION,
    SECURITY_EXTENSION,
    TIMESTAMP_EXTENSION,
    QuerySigner,
    Signer,
    _has_param,
    percent_encode,
    url_with_query,
)

if TYPE_CHECKING:
    from ._secrets import RevealsSecret

__all__ = ["BinanceAuth"]


class BinanceAuth(httpx.Auth, QuerySigner):
    """``httpx.Auth`` for Binance: API key header and signature, per the operation's security.

    The security comes from ``request.extensions["binance_security"]`` (set by the SDK's runtime), otherwise from
    the generated operations table by method and path, otherwise ``default_security``.

    Args:
        api_key: sent as ``X-MBX-APIKEY`` on ``API_KEY`` and ``SIGNED`` operations.
        signer: signs ``SIGNED`` operations.
        recv_window: added as ``recvWindow`` to signed requests that do not carry one (``None``: Binance's 5000).
        clock: milliseconds since the epoch for ``timestamp`` (default: the system clock).
        default_security: for requests that are neither marked nor in the operations table.
    """

    requires_request_body = True

    def __init__(
        self,
        api_key: str | RevealsSecret[str] | None = None,
        signer: Signer | None = None,
        *,
        recv_window: int | None = None,
        clock: Callable[[], int] | None = None,
        default_security: Security = "NONE",
    ) -> None:
        QuerySigner.__init__(self, api_key, signer, recv_window=recv_window, clock=clock)
        self._default_security = default_security
        install_httpx_log_redaction()  # httpx logs each request's URL, signature included, at INFO

    def _security(self, request: httpx.Request) -> str:
        marked = request.extensions.get(SECURITY_EXTENSION)
        if marked is not None:
            return str(marked)
        path = request.url.path
        for marker in ("/sapi/", "/api/"):
            at = path.find(marker)
            if at > 0:
                path = path[at:]
                break
        op = BY_ROUTE.get((request.method, path))
        return op.security if op is not None else self._default_security

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the key header and, for signed operations, ``timestamp``, ``recvWindow`` and ``signature``."""
        security = self._security(request)
        if security == "NONE":
            yield request
            return
        if not self._api_key:
            raise ConfigurationError(
                f"{request.method} {request.url.path} needs an API key: pass api_key= or set BINANCE_API_KEY"
            )
        request.headers["X-MBX-APIKEY"] = self._api_key
        if security != "SIGNED":
            yield request
            return
        if self._signer is None:
            raise ConfigurationError(
                f"{request.method} {request.url.path} is signed: pass api_secret= (or set BINANCE_API_SECRET), "
                "or private_key= (or BINANCE_PRIVATE_KEY_PATH)"
            )
        yield self.sign_request(request)

    def sign_request(self, request: httpx.Request) -> httpx.Request:
        """Return ``request`` signed now (the query is changed in place; a form body gives a new request)."""
        assert self._signer is not None
        query = request.url.query
        body = request.content
        add_recv_window = bool(request.extensions.get(RECV_WINDOW_EXTENSION, True))
        if not body:
            signed, timestamp = self.sign_query(query, recv_window=add_recv_window)
            request.extensions[TIMESTAMP_EXTENSION] = timestamp
            request.url = url_with_query(request.url, signed.decode("ascii"))
            return request
        extra = []
        if (
            self._recv_window is not None
            and add_recv_window
            and not _has_param(query, b"recvWindow")
            and not _has_param(body, b"recvWindow")
        ):
            extra.append(self._recv_window)
        timestamp = self._clock()
        request.extensions[TIMESTAMP_EXTENSION] = timestamp
        extra.append(b"timestamp=%d" % timestamp)
        target = b"&".join([body, *extra])
        signature = percent_encode(self._signer.sign(query + target)).encode("ascii")
        target += b"&signature=" + signature
        headers = httpx.Headers(request.headers)
        headers["Content-Length"] = str(len(target))
        return httpx.Request(
            request.method, request.url, headers=headers, content=target, extensions=request.extensions
        )
