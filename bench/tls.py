"""A throwaway certificate authority for the HTTPS benchmarks, generated at bench time (``cryptography``).

``make_ca(folder)`` writes ``ca.pem`` (a self-signed CA, valid for a day), ``server.pem`` and ``server-key.pem``
(a certificate for ``127.0.0.1`` and ``localhost`` signed by that CA). The bench server serves ``server.pem``;
every SDK trusts ``ca.pem`` the way it trusts a CA bundle in production, with certificate checking left on:

- ``SSL_CERT_FILE``: OpenSSL's default verify paths, which the standard library's ``ssl.create_default_context``
  loads (``http.client``, aiohttp, hence python-binance's ``AsyncClient``) and which httpx reads with
  ``trust_env`` (binance-margin's pools build their context as httpx does);
- ``REQUESTS_CA_BUNDLE``: requests (python-binance's ``Client``, binance-connector, binance-sdk-margin-trading,
  which build their ``requests`` sessions with the environment trusted) use it instead of certifi's bundle.

Nothing here turns verification off: a client that does not trust the CA fails the TLS rows.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass(frozen=True)
class Certificates:
    ca: Path
    """The CA certificate every client trusts."""
    cert: Path
    """The server's certificate (``127.0.0.1``, ``localhost``)."""
    key: Path
    """The server's private key."""

    def client_env(self) -> dict[str, str]:
        """Environment variables that make every benchmarked SDK trust the CA (verification stays on)."""
        return {"SSL_CERT_FILE": str(self.ca), "REQUESTS_CA_BUNDLE": str(self.ca)}


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def make_ca(folder: Path) -> Certificates:
    """Write a fresh CA and a server certificate signed by it (P-256 keys, as Binance's ECDSA certificates)."""
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("binance-margin bench CA")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    out = Certificates(ca=folder / "ca.pem", cert=folder / "server.pem", key=folder / "server-key.pem")
    out.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    out.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    out.key.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    out.key.chmod(0o600)
    return out
