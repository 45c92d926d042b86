"""Request signing for Binance: HMAC-SHA256, RSA (PKCS#1 v1.5, SHA-256) and Ed25519 keys (public through
``binance_margin.signing``, which adds ``BinanceAuth``, the ``httpx.Auth``).

The signature covers exactly the percent-encoded bytes that go on the wire: the query string (without ``?``)
followed, with no separator, by the request body if there is one. ``timestamp`` is added when the request is
sent, ``recvWindow`` when configured and not given, and ``signature`` always last. ``X-MBX-APIKEY`` goes on every
operation that needs a key. Which operations those are comes from the generated operations table.

Secrets never appear in ``repr``, logs or exception messages.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Final, Protocol, runtime_checkable
from urllib.parse import quote

from ._errors import ConfigurationError

if TYPE_CHECKING:  # cryptography is imported on first use of an RSA or Ed25519 key (import time)
    import httpx
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

    from ._secrets import RevealsSecret

__all__ = [
    "SECURITY_EXTENSION",
    "Ed25519Signer",
    "HmacSigner",
    "QuerySigner",
    "RsaSigner",
    "Signer",
    "check_api_key",
    "encode_query",
    "encode_value",
    "load_private_key_signer",
    "looks_like_key_material",
    "percent_encode",
    "private_key_from_text",
    "url_with_query",
]

SECURITY_EXTENSION: Final = "binance_security"
"""``httpx.Request.extensions`` key the runtime sets to the operation's security (``NONE``/``API_KEY``/``SIGNED``)."""
RECV_WINDOW_EXTENSION: Final = "binance_recv_window"
"""``httpx.Request.extensions`` key; ``False`` stops the auth from adding the default ``recvWindow``."""
TIMESTAMP_EXTENSION: Final = "binance_timestamp"
"""``httpx.Request.extensions`` key the auth sets to the ``timestamp`` (ms) it signed the request with."""

_UNRESERVED: Final = "-_.~"
_ALL_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*").fullmatch


def percent_encode(value: str) -> str:
    """Percent-encode a parameter value as Binance signs it: RFC 3986 unreserved characters kept, UTF-8, upper hex."""
    if _ALL_UNRESERVED(value):
        return value
    return quote(value, safe=_UNRESERVED)


def encode_value(value: object) -> str:
    """One parameter value as it goes in the canonical query (see ``encode_query``)."""
    if type(value) is str:
        return value if _ALL_UNRESERVED(value) else quote(value, safe=_UNRESERVED)
    if value is True:
        return "true"
    if value is False:
        return "false"
    return percent_encode(str(value))


def encode_query(params: dict[str, Any] | Iterable[tuple[str, Any]]) -> str:
    """The canonical query string (without ``?``): ``name=value`` pairs in the given order, joined by ``&``.

    Booleans become ``true``/``false``; everything else is written with ``str`` and percent-encoded (RFC 3986
    unreserved characters kept, so a space is ``%20`` and ``:``, ``/``, ``,`` are encoded). ``None`` values are
    skipped.
    """
    items = params.items() if isinstance(params, dict) else params
    parts = []
    for k, v in items:
        if v is None:
            continue
        name = _ENCODED_NAMES.get(k)
        if name is None:
            name = percent_encode(k) + "="
            if len(_ENCODED_NAMES) < 1024:  # parameter names come from the spec: a small, fixed set
                _ENCODED_NAMES[k] = name
        if v.__class__ is str:
            parts.append(name + (v if _ALL_UNRESERVED(v) else quote(v, safe=_UNRESERVED)))
        else:
            parts.append(name + encode_value(v))
    return "&".join(parts)


_ENCODED_NAMES: dict[str, str] = {}
"""``name=`` as it goes on the wire, per parameter name seen."""


def url_with_query(url: httpx.URL, query: str) -> httpx.URL:
    """``url`` with its query replaced by ``query``, which must already be percent-encoded ASCII.

    ``httpx.URL.copy_with`` re-parses and re-validates the whole URL (the largest per-request cost of this SDK
    on a fast network); a canonical query needs neither, so httpx's parse result is updated directly when it has
    the expected shape, and ``copy_with`` is the fallback.
    """
    import httpx

    reference = getattr(url, "_uri_reference", None)
    if reference is not None and type(reference).__name__ == "ParseResult" and hasattr(reference, "_replace"):
        new = httpx.URL(url)
        new._uri_reference = reference._replace(query=query or None)
        return new
    return url.copy_with(query=query.encode("ascii") if query else None)


@runtime_checkable
class Signer(Protocol):
    """Something that signs a payload the way Binance expects (before percent-encoding)."""

    def sign(self, payload: bytes) -> str:
        """Return the signature of ``payload``."""
        ...


def _reveal(value: Any) -> Any:
    """The plain value of a ``SecretStr`` (this package's or pydantic's: anything with ``get_secret_value()``)."""
    reveal = getattr(value, "get_secret_value", None)
    return reveal() if callable(reveal) else value


class HmacSigner:
    """HMAC-SHA256 with the API secret; lowercase hex (Binance's HMAC keys)."""

    __slots__ = ("_mac",)

    def __init__(self, secret: str | RevealsSecret[str]) -> None:
        raw = _reveal(secret)
        if not isinstance(raw, str) or not raw:
            raise ConfigurationError("HmacSigner needs the API secret as a non-empty string")
        self._mac = hmac.new(raw.encode("utf-8"), digestmod=hashlib.sha256)

    def sign(self, payload: bytes) -> str:
        """Lowercase hex HMAC-SHA256 of ``payload``."""
        mac = self._mac.copy()
        mac.update(payload)
        return mac.hexdigest()

    def __repr__(self) -> str:
        return "HmacSigner(secret=<redacted>)"


_BOM: Final = b"\xef\xbb\xbf"
_BASE64_BODY = re.compile(rb"[A-Za-z0-9+/]{40,}={0,2}").fullmatch


def _strip_wrapping(data: bytes) -> bytes:
    """Remove what copying a key around adds: a UTF-8 BOM, surrounding whitespace and quotes, literal ``\\n``."""
    data = data.strip()
    if data.startswith(_BOM):
        data = data[len(_BOM) :].strip()
    if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
        data = data[1:-1].strip()
    if b"\\n" in data and b"\n" not in data:  # a PEM written on one line of a .env file
        data = data.replace(b"\\r", b"").replace(b"\\n", b"\n")
    return data


def private_key_from_text(text: str | bytes) -> bytes | None:
    """The key bytes (PEM or DER) when ``text`` is unambiguously a private key rather than a file path.

    Accepted: a PEM (``-----BEGIN ...``) possibly preceded by a UTF-8 BOM, wrapped in quotes from a ``.env`` file
    or written on one line with literal ``\\n``; or the base64 body of a PEM alone (which decodes to DER).
    ``None`` for anything else (a path, presumably). Never raises with the text in a message.
    """
    data = _strip_wrapping(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else bytes(text))
    if data.startswith(b"-----BEGIN"):
        return data
    body = b"".join(data.split())
    if _BASE64_BODY(body):
        try:
            der = base64.b64decode(body, validate=True)
        except ValueError:
            return None
        if der[:1] == b"\x30":  # an ASN.1 SEQUENCE, as every DER key starts
            return der
    return None


def looks_like_key_material(text: str) -> bool:
    """Whether ``text`` may be key material (so it must never be printed, not even as a file name)."""
    return (
        "-----" in text
        or "\n" in text
        or "\\n" in text
        or private_key_from_text(text) is not None
        or (len(text) >= 40 and _BASE64_BODY(b"".join(text.encode("utf-8", "replace").split())) is not None)
    )


def _load_private_key(private_key_pem: bytes | str, password: bytes | None) -> Any:
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization

    data = private_key_from_text(private_key_pem)
    if data is None:
        data = private_key_pem.encode("utf-8", "surrogatepass") if isinstance(private_key_pem, str) else private_key_pem
    try:
        if data.startswith(b"-----BEGIN"):
            return serialization.load_pem_private_key(data, password=password)
        return serialization.load_der_private_key(data, password=password)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        pass
    # Raised here, without the original message, cause or context: keep key material out of errors.
    raise ConfigurationError(
        "could not load the private key: expected a PKCS#8 PEM (or DER) RSA or Ed25519 private key, "
        "and the right password if it is encrypted"
    )


class RsaSigner:
    """RSASSA-PKCS1-v1_5 with SHA-256; base64 (Binance's RSA keys, PKCS#8)."""

    __slots__ = ("_key",)

    def __init__(self, private_key_pem: bytes, password: bytes | None = None) -> None:
        from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

        key = _load_private_key(private_key_pem, password)
        if not isinstance(key, RSAPrivateKey):
            raise ConfigurationError("RsaSigner needs an RSA private key")
        self._key: RSAPrivateKey = key

    @classmethod
    def _from_key(cls, key: RSAPrivateKey) -> RsaSigner:
        signer = cls.__new__(cls)
        signer._key = key
        return signer

    def sign(self, payload: bytes) -> str:
        """Base64 RSA PKCS#1 v1.5 SHA-256 signature of ``payload``."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        return base64.b64encode(self._key.sign(payload, padding.PKCS1v15(), hashes.SHA256())).decode("ascii")

    def __repr__(self) -> str:
        return f"RsaSigner(key=<redacted {self._key.key_size}-bit RSA>)"


class Ed25519Signer:
    """Pure Ed25519 (RFC 8032); base64, 88 characters (Binance's recommended key type)."""

    __slots__ = ("_key",)

    def __init__(self, private_key_pem: bytes, password: bytes | None = None) -> None:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        key = _load_private_key(private_key_pem, password)
        if not isinstance(key, Ed25519PrivateKey):
            raise ConfigurationError("Ed25519Signer needs an Ed25519 private key")
        self._key: Ed25519PrivateKey = key

    @classmethod
    def _from_key(cls, key: Ed25519PrivateKey) -> Ed25519Signer:
        signer = cls.__new__(cls)
        signer._key = key
        return signer

    def sign(self, payload: bytes) -> str:
        """Base64 Ed25519 signature of ``payload``."""
        return base64.b64encode(self._key.sign(payload)).decode("ascii")

    def __repr__(self) -> str:
        return "Ed25519Signer(key=<redacted>)"


def load_private_key_signer(private_key_pem: bytes, password: bytes | None = None) -> RsaSigner | Ed25519Signer:
    """An ``RsaSigner`` or ``Ed25519Signer``, whichever the key is."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

    key = _load_private_key(private_key_pem, password)
    if isinstance(key, Ed25519PrivateKey):
        return Ed25519Signer._from_key(key)
    if isinstance(key, RSAPrivateKey):
        return RsaSigner._from_key(key)
    raise ConfigurationError("the private key must be an RSA or Ed25519 key")


def check_api_key(api_key: str) -> None:
    """Refuse an API key with whitespace or control characters (a newline read from a file), without echoing it.

    Raises:
        ConfigurationError: the key contains such a character.
    """
    if not api_key.isprintable() or any(c.isspace() for c in api_key):
        raise ConfigurationError(
            "the API key contains whitespace or control characters (a trailing newline read from a file?); "
            "Binance's keys are letters and digits only"
        )


def _system_clock_ms() -> int:
    return int(time.time() * 1000)


def _has_param(encoded: bytes, name: bytes) -> bool:
    return encoded.startswith(name + b"=") or (b"&" + name + b"=") in encoded


class QuerySigner:
    """Binance's request signature over a percent-encoded query, with the API key to send beside it.

    What ``BinanceAuth`` signs with, and what the SDK's own connection pools call directly (no httpx involved).

    Args:
        api_key: sent as ``X-MBX-APIKEY`` on ``API_KEY`` and ``SIGNED`` operations.
        signer: signs ``SIGNED`` operations.
        recv_window: added as ``recvWindow`` to signed requests that do not carry one (``None``: Binance's 5000).
        clock: milliseconds since the epoch for ``timestamp`` (default: the system clock).
    """

    def __init__(
        self,
        api_key: str | RevealsSecret[str] | None = None,
        signer: Signer | None = None,
        *,
        recv_window: int | None = None,
        clock: Callable[[], int] | None = None,
    ) -> None:
        self._api_key: str | None = _reveal(api_key)
        if self._api_key is not None:
            check_api_key(self._api_key)
        self._signer = signer
        self._recv_window = None if recv_window is None else b"recvWindow=%d" % recv_window
        self._clock = clock or _system_clock_ms

    def __repr__(self) -> str:
        key = "<redacted>" if self._api_key else None
        return f"{type(self).__name__}(api_key={key}, signer={self._signer!r})"

    @property
    def api_key(self) -> str | None:
        """The API key sent as ``X-MBX-APIKEY`` (for the SDK's runtime; never printed)."""
        return self._api_key

    @property
    def signer(self) -> Signer | None:
        """The signer of ``SIGNED`` operations (``None`` without a secret or private key)."""
        return self._signer

    def sign_query(self, query: bytes, *, recv_window: bool = True) -> tuple[bytes, int]:
        """Sign a request whose parameters all travel in ``query`` (percent-encoded, without ``?``).

        Returns the query to send, with ``recvWindow`` (when configured, ``recv_window`` allows it and the query has
        none), ``timestamp`` and ``signature`` appended, and the timestamp (ms).
        """
        assert self._signer is not None
        extra = []
        if recv_window and self._recv_window is not None and not _has_param(query, b"recvWindow"):
            extra.append(self._recv_window)
        timestamp = self._clock()
        extra.append(b"timestamp=%d" % timestamp)
        target = b"&".join([query, *extra]) if query else b"&".join(extra)
        signature = percent_encode(self._signer.sign(target)).encode("ascii")
        return target + b"&signature=" + signature, timestamp
