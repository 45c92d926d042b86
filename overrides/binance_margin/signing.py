"""Request signing for Binance: HMAC-SHA256, RSA (PKCS#1 v1.5, SHA-256) and Ed25519 keys, and an ``httpx.Auth``.

``BinanceAuth`` (the ``httpx.Auth``) is imported from its own module on first use, with httpx: the SDK's own
pools sign with ``QuerySigner`` and need no httpx.

The signature covers exactly the percent-encoded bytes that go on the wire: the query string (without ``?``)
followed, with no separator, by the request body if there is one. ``timestamp`` is added when the request is
sent, ``recvWindow`` when configured and not given, and ``signature`` always last. ``X-MBX-APIKEY`` goes on every
operation that needs a key. Which operations those are comes from the generated operations table.

Secrets never appear in ``repr``, logs or exception messages.
"""

# The signers live in ``_signing`` (what the runtime and ``ClientConfig`` import); this module adds ``BinanceAuth``,
# which subclasses ``QuerySigner``: with the signers below it, the imports run one way.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._signing import (
    SECURITY_EXTENSION,
    Ed25519Signer,
    HmacSigner,
    QuerySigner,
    RsaSigner,
    Signer,
    check_api_key,
    encode_query,
    encode_value,
    load_private_key_signer,
    looks_like_key_material,
    percent_encode,
    private_key_from_text,
    url_with_query,
)

if TYPE_CHECKING:
    from ._httpx_auth import BinanceAuth

__all__ = [
    "SECURITY_EXTENSION",
    "BinanceAuth",
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


def __getattr__(name: str) -> Any:
    # BinanceAuth is an httpx.Auth: defined, with httpx imported, on first use.
    if name == "BinanceAuth":
        from ._httpx_auth import BinanceAuth

        globals()["BinanceAuth"] = BinanceAuth
        return BinanceAuth
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
