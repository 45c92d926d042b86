"""What the sync and async connection pools share: the response reader (llhttp), whether a proxy applies, body
decoding, the TLS context and the request headers httpx would send, and ``lazy_httpx``: httpx, imported on first use.

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
from typing import TYPE_CHECKING, Any, Final, NamedTuple
from urllib.parse import quote, urlsplit

import httptools

if TYPE_CHECKING:
    import ssl

__all__ = [
    "MAX_BODY",
    "MAX_HEAD",
    "ResponseError",
    "ResponseReader",
    "accept_encoding",
    "decompress",
    "default_headers",
    "default_ssl_context",
    "lazy_httpx",
    "proxy_configured",
    "timeout_dict",
    "url_target",
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


class UrlTarget(NamedTuple):
    """What a pool reads of a request URL, as ``httpx.URL`` reads it (``tests/unit/test_url_target.py``)."""

    scheme: str
    """``http`` or ``https``, lower-case."""
    host: str
    """The host, lower-case (an IPv6 address without brackets)."""
    port: int | None
    """``None`` when the URL gives none or the scheme's default."""
    host_header: bytes
    """``Host`` as httpx writes it: IPv6 in brackets, the port only when not the default, IDNA for non-ASCII."""
    path: bytes
    """The path (``/`` when empty), percent-encoded where httpx encodes it."""


_PATH_SAFE: Final = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in '"#<>?`{}')
"""Left as they are in a path: printable ASCII but the WHATWG path percent-encode set (httpx's rule too)."""


def url_target(url: str) -> UrlTarget:
    """Scheme, host, port, ``Host`` header and path of ``url`` (an http(s) URL without query or fragment).

    Raises:
        ValueError: another scheme, no host, a port out of range, or a query or fragment.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address: httpx keeps its case (urlsplit lower-cases it)
        bracketed = parts.netloc.rpartition("@")[2]
        host = bracketed[bracketed.find("[") + 1 : bracketed.find("]")]
    if scheme not in ("http", "https") or not host:
        raise ValueError("only http:// and https:// URLs with a host are supported")
    if parts.query or parts.fragment:
        raise ValueError("the route's URL takes no query or fragment")
    port = parts.port  # ValueError when out of range
    if port == (443 if scheme == "https" else 80):
        port = None
    shown = f"[{host}]" if ":" in host else host
    header = shown.encode("ascii") if shown.isascii() else shown.encode("idna")
    if port is not None:
        header += b":%d" % port
    path = quote(parts.path or "/", safe=_PATH_SAFE)
    return UrlTarget(scheme, host, port, header, path.encode("ascii"))


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

MAX_HEAD: Final = 100 * 1024
"""Longest response head (status line and headers) read, as httpx (httpcore's h11 limit)."""

MAX_BODY: Final = 128 * 1024 * 1024
"""Largest response body read (Binance's largest answers are a few megabytes)."""

_OWS: Final = (0x20, 0x09)


class ResponseError(Exception):
    """The server's answer cannot be read as the answer to the request: malformed, cut short, too large, or of a
    kind the pools do not read. Raised by ``ResponseReader``; the pools raise it as ``httpx.RemoteProtocolError``.
    The message never quotes the request (it names what was wrong with the answer)."""


class _Stop(Exception):
    """Raised from a parser callback to stop reading: the answer is complete, what follows is not read."""


class ResponseReader:
    """The reading side of one keep-alive connection: llhttp (``httptools``) parses the bytes, this keeps the answer.

    llhttp reads the status line, the headers, ``Content-Length`` and chunked bodies (extensions, trailers), skips
    the bodies of 204/304 answers and of 1xx ones, and refuses what RFC 9112 calls malformed (a header without a
    colon, obs-fold, a bad or duplicate ``Content-Length``, ``Content-Length`` with ``Transfer-Encoding``, a bad chunk
    size, a bare CR). On top of it this class refuses what llhttp reads but an answer to the SDK cannot be: a status
    outside 100-599 or a ``101`` (the SDK asks for no upgrade), a version other than HTTP/1.0 and 1.1, any
    ``Transfer-Encoding`` but one ``chunked`` (``gzip, chunked`` would hand over a still-encoded body), a head longer
    than ``MAX_HEAD`` and a body longer than ``MAX_BODY``; a 1xx answer before the real one is skipped, and a body
    without a length ends with the connection (``eof``). Bare LF line ends are accepted (as h11 and browsers do).

    Per request: ``begin``, then ``feed`` the bytes as they come until it returns ``True`` (or ``eof`` when the
    server closes); then ``status``, ``reason``, ``headers`` (raw, in order, trailers dropped), ``body()``,
    ``encoding`` (the first ``Content-Encoding``, lower-cased) and ``keeps_connection``.
    """

    __slots__ = (
        "_framed",
        "_head_only",
        "_head_size",
        "_informational",
        "_keep_alive",
        "_parser",
        "_pieces",
        "_reason",
        "_size",
        "_stale",
        "_te",
        "complete",
        "encoding",
        "extra",
        "head_done",
        "headers",
        "status",
    )

    def __init__(self) -> None:
        self._stale = True
        self.begin(False)

    def begin(self, head_only: bool) -> None:
        """Expect the answer to a new request (``head_only``: to a HEAD request, which has no body)."""
        if self._stale:  # first use, or after a HEAD answer (llhttp would wait for the body its head announced)
            self._stale = False
            self._parser = parser = httptools.HttpResponseParser(self)
            parser.set_dangerous_leniencies(lenient_optional_cr_before_lf=True)  # bare LF line ends, as h11 reads
        self._head_only = head_only
        self._informational = False
        self._keep_alive = False
        self._framed = False
        self._te = False
        self._reason = b""
        self._pieces: list[bytes] = []
        self._size = 0
        self._head_size = 0
        self.complete = False
        self.head_done = False
        self.extra = False
        self.status = 0
        self.headers: list[tuple[bytes, bytes]] = []
        self.encoding: bytes | None = None

    @property
    def keeps_connection(self) -> bool:
        """The answer was read whole, the server keeps the connection (HTTP/1.1, no ``Connection: close``) and
        nothing came after the answer: the connection may carry the next request."""
        return self.complete and self._keep_alive and not self.extra

    @property
    def reason(self) -> str:
        """The reason phrase of the status line."""
        return self._reason.decode("latin-1")

    def body(self) -> bytes:
        """The body as received (still encoded per ``Content-Encoding``)."""
        pieces = self._pieces
        return pieces[0] if len(pieces) == 1 else b"".join(pieces)

    def feed(self, data: bytes | memoryview) -> bool:
        """Read the next bytes of the connection; ``True`` once the answer is complete.

        Raises:
            ResponseError: the answer is malformed, of a kind the pools do not read, or too large.
        """
        reading_head = not self.head_done
        try:
            self._parser.feed_data(data)
        except (httptools.HttpParserError, httptools.HttpParserUpgrade) as exc:
            if self.complete:  # bytes after the answer (nobody asked for them): the connection is out of step
                self.extra = True
                return True
            cause = exc.__context__
            if isinstance(cause, ResponseError):
                raise cause from None
            raise ResponseError(f"Malformed HTTP response: {exc}.") from None
        if reading_head:
            size = self._head_size = self._head_size + len(data)
            if size > MAX_HEAD and (not self.head_done or self._head_length() > MAX_HEAD):
                raise ResponseError("Response head too long.")
        return self.complete

    def _head_length(self) -> int:
        """The length of the head just read (its status line and header lines, counted from what was kept)."""
        return len(self._reason) + 15 + sum(len(name) + len(value) + 4 for name, value in self.headers)

    def eof(self) -> bool:
        """The server closed the connection: whether that ends the answer (a body without a length)."""
        if not self.complete and self.head_done and not self._framed:
            self.complete = True
            self._keep_alive = False
        return self.complete

    # -- llhttp's callbacks (httptools) ------------------------------------------------------------------------------

    def on_message_begin(self) -> None:
        """llhttp: a message starts."""
        if self.complete:  # a second answer to one request
            raise _Stop

    def on_status(self, reason: bytes) -> None:
        """llhttp: (part of) the reason phrase."""
        self._reason += reason

    def on_header(self, name: bytes, value: bytes) -> None:
        """llhttp: one header line (or trailer line, dropped)."""
        if self.head_done:
            return
        if value and value[-1] in _OWS:  # llhttp keeps the whitespace before the line end: not part of the value
            value = value.rstrip(b" \t")
        self.headers.append((name, value))
        size = len(name)
        if size == 14 or size == 16 or size == 17:
            self._framing(name.lower(), value)

    def _framing(self, name: bytes, value: bytes) -> None:
        if name == b"content-length":  # llhttp checked the digits and refuses a second one
            if len(value) > 12 or int(value) > MAX_BODY:
                raise ResponseError("Response body too large (Content-Length).")
            self._framed = True
        elif name == b"transfer-encoding":
            if self._te or value.lower() != b"chunked":
                raise ResponseError("Only Transfer-Encoding: chunked is supported.")
            self._te = self._framed = True
        elif name == b"content-encoding" and self.encoding is None:
            self.encoding = value.lower()

    def on_headers_complete(self) -> None:
        """llhttp: the head is complete."""
        parser = self._parser
        status = parser.get_status_code()
        if status < 200:
            if status < 100 or status == 101:  # 101: no upgrade was asked for
                raise ResponseError(f"Unexpected status {status}.")
            self._informational = True  # 100 Continue, 103 Early Hints: skipped, the answer follows
            return
        if status > 599:
            raise ResponseError(f"Unexpected status {status}.")
        version = parser.get_http_version()
        if version != "1.1" and version != "1.0":
            raise ResponseError(f"Unsupported HTTP version {version}.")
        self.status = status
        self.head_done = True
        if self._head_only:  # no body, whatever the head says; any byte that follows is out of step (on_body)
            self.complete = self._stale = True
            self._keep_alive = parser.should_keep_alive() and version == "1.1"

    def on_body(self, data: bytes) -> None:
        """llhttp: (part of) the body, de-chunked."""
        if self.complete:  # after the head of a HEAD answer: bytes nobody asked for
            raise _Stop
        size = self._size + len(data)
        if size > MAX_BODY:
            raise ResponseError("Response body too large.")
        self._size = size
        self._pieces.append(data)

    def on_message_complete(self) -> None:
        """llhttp: the message is complete."""
        if self.complete:  # a HEAD answer, complete with its head
            return
        if self._informational:  # the 1xx before the answer: forget it
            self._informational = False
            self._reason = b""
            self.headers = []
            self.encoding = None
            self._framed = self._te = False
            return
        parser = self._parser
        self._keep_alive = parser.should_keep_alive() and parser.get_http_version() == "1.1"
        self.complete = True


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
    ``identity`` and an empty body as they are (the same object); ``None`` for any other encoding (left to httpx:
    brotli, zstd...).

    Deflate is tried zlib-wrapped first, as the RFC says, then raw, as some servers send it. The decoded body is
    bounded like a plain one (``MAX_BODY``): a small compressed answer cannot expand into gigabytes.

    Raises:
        zlib.error: the body is not what ``encoding`` says, is cut short, or decodes to more than ``MAX_BODY``.
    """
    if not body:  # no body (a 204, a 304, an empty answer): nothing to decode, as httpx reads it
        return body
    if encoding in (b"gzip", b"x-gzip"):
        return _inflate(body, _GZIP_WBITS)
    if encoding == b"deflate":
        try:
            return _inflate(body, zlib.MAX_WBITS)
        except _TooLarge:
            raise
        except zlib.error:
            return _inflate(body, -zlib.MAX_WBITS)
    if encoding == b"identity":
        return body
    return None


class _TooLarge(zlib.error):
    """A compressed body that decodes to more than ``MAX_BODY`` bytes."""


def _inflate(body: bytes, wbits: int) -> bytes:
    """``zlib.decompress(body, wbits)`` (same errors, same tolerance of bytes after the stream), at most
    ``MAX_BODY`` bytes out."""
    inflater = zlib.decompressobj(wbits)
    out = inflater.decompress(body, MAX_BODY + 1)
    if len(out) > MAX_BODY or inflater.unconsumed_tail:
        raise _TooLarge(f"the decoded body is larger than {MAX_BODY} bytes")
    if not inflater.eof:
        raise zlib.error("incomplete or truncated stream")
    return out
