"""API keys and request signatures: HMAC-SHA256, RSA (PKCS#1 v1.5, SHA-256) and Ed25519.

The signed payload is exactly what was received: the raw query string (without ``?``) followed, with no
separator, by the raw form body, with the ``signature`` parameter taken out (Binance requires it last, so
this is "the bytes before ``&signature=``"). HMAC signatures are hex (case-insensitive); RSA and Ed25519
signatures are base64, percent-encoded on the wire.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass
from urllib.parse import unquote

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from ._config import ApiKeyConfig

__all__ = ["KeyRing", "SignedPayload", "VerifyingKey", "split_signature"]


@dataclass(frozen=True)
class VerifyingKey:
    """One API key ready to verify signatures."""

    api_key: str
    uid: int
    type: str
    can_trade: bool
    secret: bytes | None = None
    rsa_key: rsa.RSAPublicKey | None = None
    ed_key: ed25519.Ed25519PublicKey | None = None

    def verify(self, payload: bytes, signature: str) -> bool:
        """Whether ``signature`` (as sent, percent-encoded) signs ``payload`` with this key."""
        sig = unquote(signature)
        if self.type == "HMAC":
            assert self.secret is not None
            expected = hmac.new(self.secret, payload, hashlib.sha256).hexdigest()
            return hmac.compare_digest(expected, sig.lower())
        try:
            raw = base64.b64decode(sig, validate=True)
        except (binascii.Error, ValueError):
            return False
        try:
            if self.rsa_key is not None:
                self.rsa_key.verify(raw, payload, padding.PKCS1v15(), hashes.SHA256())
                return True
            if self.ed_key is not None:
                self.ed_key.verify(raw, payload)
                return True
        except InvalidSignature:
            return False
        return False


class KeyRing:
    """Every configured API key, by key."""

    def __init__(self) -> None:
        self.keys: dict[str, VerifyingKey] = {}

    def add(self, uid: int, cfg: ApiKeyConfig) -> VerifyingKey:
        """Register a key (parsing its PEM public key)."""
        rsa_key: rsa.RSAPublicKey | None = None
        ed_key: ed25519.Ed25519PublicKey | None = None
        secret: bytes | None = None
        if cfg.type == "HMAC":
            assert cfg.secret is not None
            secret = cfg.secret.get_secret_value().encode()
        else:
            assert cfg.public_key is not None
            loaded = serialization.load_pem_public_key(cfg.public_key.encode())
            if cfg.type == "RSA":
                if not isinstance(loaded, rsa.RSAPublicKey):
                    raise ValueError(f"api key {cfg.api_key}: public_key is not an RSA key")
                rsa_key = loaded
            else:
                if not isinstance(loaded, ed25519.Ed25519PublicKey):
                    raise ValueError(f"api key {cfg.api_key}: public_key is not an Ed25519 key")
                ed_key = loaded
        key = VerifyingKey(
            api_key=cfg.api_key,
            uid=uid,
            type=cfg.type,
            can_trade=cfg.can_trade,
            secret=secret,
            rsa_key=rsa_key,
            ed_key=ed_key,
        )
        self.keys[cfg.api_key] = key
        return key

    def get(self, api_key: str) -> VerifyingKey | None:
        """The key, if known."""
        return self.keys.get(api_key)


@dataclass(frozen=True)
class SignedPayload:
    """What was signed and the signature that came with it."""

    payload: bytes
    signature: str | None


def _strip(raw: str) -> tuple[str, str | None]:
    parts = raw.split("&") if raw else []
    sig: str | None = None
    kept: list[str] = []
    for part in parts:
        if part.startswith("signature=") and sig is None:
            sig = part[len("signature=") :]
        else:
            kept.append(part)
    return "&".join(kept), sig


def split_signature(query: str, body: str) -> SignedPayload:
    """The signed payload (query + body, signature removed) and the signature (query first)."""
    q, sig_q = _strip(query)
    b, sig_b = _strip(body)
    return SignedPayload(
        payload=(q + b).encode("utf-8", "surrogateescape"), signature=sig_q if sig_q is not None else sig_b
    )
