"""A tiny Binance request signer for the sandbox tests (raw httpx + hmac; independent of the SDK)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

import httpx

Value = str | int | bool
Signer = Callable[[bytes], str]


def hmac_signer(secret: str) -> Signer:
    """HMAC-SHA256, hex."""
    return lambda payload: hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()


def key_signer(private_key: Any, rsa: bool) -> Signer:
    """RSA PKCS#1 v1.5 SHA-256 or Ed25519, base64 (percent-encoded when placed in the query)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    def sign(payload: bytes) -> str:
        raw = private_key.sign(payload, padding.PKCS1v15(), hashes.SHA256()) if rsa else private_key.sign(payload)
        return quote(base64.b64encode(raw).decode(), safe="")

    return sign


def encode(params: Mapping[str, Value | None]) -> str:
    """name=value pairs, RFC 3986 percent-encoding, in the given order (None skipped)."""
    parts = []
    for k, v in params.items():
        if v is None:
            continue
        if isinstance(v, bool):
            v = "true" if v else "false"
        parts.append(f"{quote(k, safe='')}={quote(str(v), safe='')}")
    return "&".join(parts)


class Api:
    """Sends requests to a sandbox, signed like Binance's docs say."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None = "demo-api-key",
        signer: Signer | None = None,
        *,
        secret: str = "demo-api-secret",
        client: httpx.Client | None = None,
    ) -> None:
        self.base_url = base_url
        self.api_key = api_key
        self.signer = signer or hmac_signer(secret)
        self.client = client or httpx.Client(timeout=10)

    def raw(
        self,
        method: str,
        path: str,
        params: Mapping[str, Value | None] | None = None,
        *,
        signed: bool = True,
        timestamp: int | None = None,
        signature: str | None = None,
        api_key: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """One request; returns the response."""
        qs = encode(params or {})
        if signed:
            ts = timestamp if timestamp is not None else int(time.time() * 1000)
            qs = f"{qs}&timestamp={ts}" if qs else f"timestamp={ts}"
            sig = signature if signature is not None else self.signer(qs.encode())
            qs = f"{qs}&signature={sig}"
        url = self.base_url + path + (f"?{qs}" if qs else "")
        h = dict(headers or {})
        key = api_key if api_key is not None else self.api_key
        if key is not None:
            h["X-MBX-APIKEY"] = key
        return self.client.request(method, url, headers=h)

    def call(self, method: str, path: str, params: Mapping[str, Value | None] | None = None, **kw: Any) -> Any:
        """One request that must succeed; returns the JSON body."""
        r = self.raw(method, path, params, **kw)
        assert r.status_code == 200, f"{method} {path} -> {r.status_code} {r.text}"
        return r.json()

    def error(
        self, method: str, path: str, params: Mapping[str, Value | None] | None = None, **kw: Any
    ) -> tuple[int, int]:
        """One request that must fail; returns (HTTP status, Binance code)."""
        r = self.raw(method, path, params, **kw)
        assert r.status_code != 200, f"{method} {path} unexpectedly succeeded: {r.text}"
        body = r.json()
        assert set(body) == {"code", "msg"}, body
        return r.status_code, int(body["code"])

    def get(self, path: str, params: Mapping[str, Value | None] | None = None, **kw: Any) -> Any:
        """GET that must succeed."""
        return self.call("GET", path, params, **kw)

    def post(self, path: str, params: Mapping[str, Value | None] | None = None, **kw: Any) -> Any:
        """POST that must succeed."""
        return self.call("POST", path, params, **kw)

    def delete(self, path: str, params: Mapping[str, Value | None] | None = None, **kw: Any) -> Any:
        """DELETE that must succeed."""
        return self.call("DELETE", path, params, **kw)
