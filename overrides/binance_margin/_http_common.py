"""What the sync and async connection pools share: whether a proxy applies, body decoding, the TLS context and
the request headers httpx would send, and ``lazy_httpx``: httpx, imported on first use.

The SDK's own pools need no httpx to send a request: ``import binance_margin`` and constructing a client do not
import it (about 60 ms, and with the ``cli`` extra installed its command line pulls in rich, click and pygments).
The pools raise httpx's exception types (the runtime classifies them) and build httpx objects where a user sees
them; both go through ``lazy_httpx``, which imports httpx the first time one of its attributes is read.
"""

from __future__ import annotations

import importlib
import os
import sys
import zlib
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    import ssl

__all__ = [
    "accept_encoding",
    "decompress",
    "default_headers",
    "default_ssl_context",
    "lazy_httpx",
    "proxy_configured",
    "timeout_dict",
]


class _LazyModule:
    """A stand-in for a module that imports it on the first attribute read (and reads through it after)."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


lazy_httpx: Any = _LazyModule("httpx")
"""httpx, imported when first used. Modules write ``if TYPE_CHECKING: import httpx`` / ``else: httpx = lazy_httpx``
so that type checkers see httpx itself."""


def default_ssl_context(trust_env: bool) -> ssl.SSLContext:
    """The TLS context httpx builds for ``verify=True`` (``httpx.create_ssl_context``), without importing httpx.

    Certificates are verified against ``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` when ``trust_env`` and one is set,
    otherwise against certifi's bundle; host names are checked (``ssl.create_default_context``).
    """
    import ssl

    if trust_env and os.environ.get("SSL_CERT_FILE"):
        return ssl.create_default_context(cafile=os.environ["SSL_CERT_FILE"])
    if trust_env and os.environ.get("SSL_CERT_DIR"):
        return ssl.create_default_context(capath=os.environ["SSL_CERT_DIR"])
    import certifi

    return ssl.create_default_context(cafile=certifi.where())


_ACCEPT_ENCODING: list[bytes] = []


def accept_encoding() -> bytes:
    """``Accept-Encoding`` as httpx sends it: gzip and deflate, then br and zstd when their decoders are installed."""
    if not _ACCEPT_ENCODING:
        codings = [b"gzip", b"deflate"]
        if find_spec("brotli") is not None or find_spec("brotlicffi") is not None:
            codings.append(b"br")
        if find_spec("zstandard") is not None:
            codings.append(b"zstd")
        _ACCEPT_ENCODING.append(b", ".join(codings))
    return _ACCEPT_ENCODING[0]


def default_headers(user_agent: str) -> list[tuple[bytes, bytes]]:
    """The headers an ``httpx.Client(headers={"User-Agent": user_agent})`` sends with each request, in its order,
    without ``Host`` (which goes first)."""
    return [
        (b"Accept", b"*/*"),
        (b"Accept-Encoding", accept_encoding()),
        (b"Connection", b"keep-alive"),
        (b"User-Agent", user_agent.encode("ascii")),
    ]


def timeout_dict(seconds: float | None) -> dict[str, float | None]:
    """``httpx.Timeout(seconds).as_dict()``: the same limit for connect, read, write and pool."""
    return {"connect": seconds, "read": seconds, "write": seconds, "pool": seconds}


_GZIP_WBITS: Final = 16 + zlib.MAX_WBITS


def proxy_configured(proxy: str | None, trust_env: bool) -> bool:
    """Whether httpx would send through a proxy: ``proxy``, or (with ``trust_env``) one from the environment or the
    system settings, read as httpx reads them (``urllib.request.getproxies``). The SDK's own pools do not do
    proxies: with one, requests go through httpx."""
    if proxy is not None:
        return True
    if not trust_env:
        return False
    if sys.platform in ("darwin", "win32"):  # system proxy settings as well: urllib reads them
        from urllib.request import getproxies

        found = getproxies()
    else:  # the environment only: urllib.request.getproxies_environment, without importing urllib.request (~10 ms)
        found = _environment_proxies()
    return any(found.get(scheme) for scheme in ("http", "https", "all"))


def _environment_proxies() -> dict[str, str]:
    """``urllib.request.getproxies_environment()``: ``<scheme>_proxy`` variables, lower case winning over upper
    case, and ``HTTP_PROXY`` ignored under CGI (``REQUEST_METHOD`` set), as urllib does."""
    found: dict[str, str] = {}
    for name, value in os.environ.items():  # upper and lower case: lower case wins below
        if value and name[-6:].lower() == "_proxy":
            found[name[:-6].lower()] = value
    if "REQUEST_METHOD" in os.environ:
        found.pop("http", None)
    for name, value in os.environ.items():
        if name[-6:] == "_proxy":
            if value:
                found[name[:-6].lower()] = value
            else:
                found.pop(name[:-6].lower(), None)
    return found


def decompress(encoding: bytes, body: bytes) -> bytes | None:
    """``body`` decoded per one lower-cased ``Content-Encoding`` value: gzip (``x-gzip``) and deflate with zlib,
    ``identity`` as it is (the same object); ``None`` for any other encoding (left to httpx: brotli, zstd...).

    Deflate is tried zlib-wrapped first, as the RFC says, then raw, as some servers send it.

    Raises:
        zlib.error: the body is not what ``encoding`` says.
    """
    if encoding in (b"gzip", b"x-gzip"):
        return zlib.decompress(body, _GZIP_WBITS)
    if encoding == b"deflate":
        try:
            return zlib.decompress(body)
        except zlib.error:
            return zlib.decompress(body, -zlib.MAX_WBITS)
    if encoding == b"identity":
        return body
    return None
