"""What the sync and async connection pools share: whether a proxy applies, and body decoding."""

from __future__ import annotations

import zlib
from typing import Final

__all__ = ["decompress", "proxy_configured"]

_GZIP_WBITS: Final = 16 + zlib.MAX_WBITS


def proxy_configured(proxy: str | None, trust_env: bool) -> bool:
    """Whether httpx would send through a proxy: ``proxy``, or (with ``trust_env``) one from the environment or the
    system settings, read as httpx reads them (``urllib.request.getproxies``). The SDK's own pools do not do
    proxies: with one, requests go through httpx."""
    if proxy is not None:
        return True
    if not trust_env:
        return False
    from urllib.request import getproxies  # already loaded by httpx

    found = getproxies()
    return any(found.get(scheme) for scheme in ("http", "https", "all"))


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
