"""Signers and the signing ``httpx.Auth``, checked against Binance's published examples."""

from __future__ import annotations

import base64
import logging

import httpx
import pytest
from binance_margin import BinanceAuth, ConfigurationError, Ed25519Signer, HmacSigner, RsaSigner
from binance_margin.signing import encode_query, load_private_key_signer, percent_encode, url_with_query
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

# Binance's documented HMAC example (SPOT rest-api.md "SIGNED endpoint examples").
EXAMPLE_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"
EXAMPLE_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"
EXAMPLE_PAYLOAD = (
    "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
)
EXAMPLE_SIGNATURE = "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"
NON_ASCII_SIGNATURE = "e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3"
MIXED_SIGNATURE = "0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77"
EXAMPLE_TIMESTAMP = 1499827319559

# The only Ed25519 key Binance published (SPOT fix-api.md, Logon example), with its payload and signature.
ED25519_PEM = (
    b"-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIIJEYWtGBrhACmb9Dvy+qa8WEf0lQOl1s4CLIAB9m89u\n"
    b"-----END PRIVATE KEY-----\n"
)
ED25519_PAYLOAD = b"A\x01EXAMPLE\x01SPOT\x011\x0120240627-11:17:25.223"
ED25519_SIGNATURE = "4MHXelVVcpkdwuLbl6n73HQUXUf1dse2PCgT1DYqW9w8AVZ1RACFGM+5UdlGPrQHrgtS3CvsRURC1oj73j8gCA=="


def _signed(request: httpx.Request, auth: BinanceAuth) -> httpx.Request:
    flow = auth.sync_auth_flow(request)
    return next(flow)


def _example_auth(**kwargs: object) -> BinanceAuth:
    return BinanceAuth(EXAMPLE_KEY, HmacSigner(EXAMPLE_SECRET), clock=lambda: EXAMPLE_TIMESTAMP, **kwargs)  # type: ignore[arg-type]


def test_hmac_signer_reproduces_binance_example() -> None:
    assert HmacSigner(EXAMPLE_SECRET).sign(EXAMPLE_PAYLOAD.encode()) == EXAMPLE_SIGNATURE


def test_hmac_non_ascii_example_is_signed_percent_encoded() -> None:
    query = encode_query(
        {
            "symbol": "１２３４５６",
            "side": "BUY",
            "type": "LIMIT",
            "timeInForce": "GTC",
            "quantity": "1",
            "price": "0.1",
            "recvWindow": 5000,
            "timestamp": EXAMPLE_TIMESTAMP,
        }
    )
    assert query.startswith("symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY")
    assert HmacSigner(EXAMPLE_SECRET).sign(query.encode()) == NON_ASCII_SIGNATURE


def test_auth_signs_the_example_request_exactly() -> None:
    request = httpx.Request(
        "POST",
        "https://api.binance.com/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1",
        extensions={"binance_security": "SIGNED"},
    )
    signed = _signed(request, _example_auth(recv_window=5000))
    assert signed.url.query.decode() == f"{EXAMPLE_PAYLOAD}&signature={EXAMPLE_SIGNATURE}"
    assert signed.headers["X-MBX-APIKEY"] == EXAMPLE_KEY


def test_auth_signs_query_plus_body_without_separator() -> None:
    request = httpx.Request(
        "POST",
        "https://api.binance.com/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC",
        content=b"quantity=1&price=0.1&recvWindow=5000",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        extensions={"binance_security": "SIGNED"},
    )
    signed = _signed(request, _example_auth())
    assert signed.url.query == b"symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC"
    body = b"quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
    assert signed.content == body + b"&signature=" + MIXED_SIGNATURE.encode()
    assert signed.headers["Content-Length"] == str(len(signed.content))


def test_ed25519_signer_reproduces_binance_example() -> None:
    signature = Ed25519Signer(ED25519_PEM).sign(ED25519_PAYLOAD)
    assert signature == ED25519_SIGNATURE
    assert len(signature) == 88


def test_rsa_signer_round_trip() -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"pw"),
    )
    signer = RsaSigner(pem, password=b"pw")
    payload = EXAMPLE_PAYLOAD.encode()
    signature = base64.b64decode(signer.sign(payload))
    key.public_key().verify(signature, payload, padding.PKCS1v15(), hashes.SHA256())  # raises if invalid
    assert isinstance(load_private_key_signer(pem, b"pw"), RsaSigner)


def test_base64_signature_is_percent_encoded_last() -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    signer = load_private_key_signer(pem)
    assert isinstance(signer, Ed25519Signer)
    auth = BinanceAuth("k", signer, clock=lambda: 1)
    request = httpx.Request("GET", "https://x/sapi/v1/margin/account?a=1", extensions={"binance_security": "SIGNED"})
    query = _signed(request, auth).url.query.decode()
    head, _, encoded = query.rpartition("&signature=")
    assert head == "a=1&timestamp=1"
    assert "+" not in encoded and "/" not in encoded and "=" not in encoded
    signature = base64.b64decode(httpx.URL("?s=" + encoded).params["s"])
    key.public_key().verify(signature, head.encode())


def test_wrong_key_type_or_password_is_a_configuration_error() -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    with pytest.raises(ConfigurationError, match="Ed25519"):
        Ed25519Signer(pem)
    with pytest.raises(ConfigurationError, match="could not load"):
        RsaSigner(b"-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
    encrypted = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"s3cr3t-pw"),
    )
    with pytest.raises(ConfigurationError) as info:
        RsaSigner(encrypted, password=b"wrong")
    assert info.value.__cause__ is None and "s3cr3t-pw" not in str(info.value)


def test_recv_window_added_once_and_timestamp_before_signature() -> None:
    auth = _example_auth(recv_window=7000)
    given = httpx.Request(
        "GET", "https://x/sapi/v1/margin/account?recvWindow=100", extensions={"binance_security": "SIGNED"}
    )
    assert _signed(given, auth).url.query.decode().startswith("recvWindow=100&timestamp=1499827319559&signature=")
    plain = httpx.Request("GET", "https://x/sapi/v1/margin/account", extensions={"binance_security": "SIGNED"})
    assert _signed(plain, auth).url.query.decode().startswith("recvWindow=7000&timestamp=1499827319559&signature=")
    opted_out = httpx.Request(
        "GET",
        "https://x/sapi/v1/margin/max-leverage",
        extensions={"binance_security": "SIGNED", "binance_recv_window": False},
    )
    assert _signed(opted_out, auth).url.query.decode().startswith("timestamp=")


def test_security_from_the_operations_table() -> None:
    auth = _example_auth()
    unsigned = _signed(httpx.Request("GET", "https://api.binance.com/api/v3/ping"), auth)
    assert "X-MBX-APIKEY" not in unsigned.headers and unsigned.url.query == b""
    keyed = _signed(httpx.Request("GET", "https://api.binance.com/sapi/v1/margin/allPairs"), auth)
    assert keyed.headers["X-MBX-APIKEY"] == EXAMPLE_KEY and b"signature" not in keyed.url.query
    signed = _signed(httpx.Request("GET", "https://api.binance.com/sapi/v1/margin/account"), auth)
    assert b"&signature=" in signed.url.query or signed.url.query.startswith(b"timestamp=")
    prefixed = _signed(httpx.Request("GET", "http://127.0.0.1:9/proxy/sapi/v1/margin/account"), auth)
    assert b"signature=" in prefixed.url.query


def test_missing_credentials_refused_before_sending() -> None:
    request = httpx.Request("GET", "https://x/sapi/v1/margin/account", extensions={"binance_security": "SIGNED"})
    with pytest.raises(ConfigurationError, match="API key"):
        _signed(request, BinanceAuth())
    with pytest.raises(ConfigurationError, match="signed"):
        _signed(request, BinanceAuth("key"))


def test_secrets_never_in_repr() -> None:
    signer = HmacSigner(EXAMPLE_SECRET)
    auth = BinanceAuth(EXAMPLE_KEY, signer)
    for text in (repr(signer), str(signer), repr(auth), repr(Ed25519Signer(ED25519_PEM))):
        assert EXAMPLE_SECRET not in text and EXAMPLE_KEY not in text and "MC4CAQ" not in text


def test_percent_encoding_is_rfc3986() -> None:
    assert percent_encode("a:b/c,d e+f*~._-") == "a%3Ab%2Fc%2Cd%20e%2Bf%2A~._-"
    assert encode_query({"a": True, "b": False, "c": None, "d": 5}) == "a=true&b=false&d=5"


def test_url_with_query_fast_path_matches_copy_with() -> None:
    base = httpx.URL("https://api.binance.com/sapi/v1/margin/order")
    for query in ("", "a=1", "symbol=BTCUSDT&newClientOrderId=a%3Ab%2Fc&signature=x%2B%3D"):
        fast = url_with_query(base, query)
        slow = base.copy_with(query=query.encode() if query else None)
        assert fast == slow and fast.raw_path == slow.raw_path and str(fast) == str(slow)


def test_signing_logs_nothing_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    request = httpx.Request("GET", "https://x/sapi/v1/margin/account", extensions={"binance_security": "SIGNED"})
    _signed(request, _example_auth())
    assert EXAMPLE_SECRET not in caplog.text
