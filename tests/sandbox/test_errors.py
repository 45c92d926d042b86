"""Binance's checks with Binance's codes and statuses: keys, signatures (HMAC, RSA, Ed25519), timestamps,
parameters, balances, unknown orders, unknown paths."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
from binance_margin.sandbox import Sandbox, config_from_dict
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from ._signing import Api, key_signer

ORDER = "/sapi/v1/margin/order"


def test_missing_and_unknown_api_key(api: Api) -> None:
    r = api.raw("GET", "/sapi/v1/margin/account", api_key="")
    assert (r.status_code, r.json()["code"]) == (401, -2014)
    assert api.error("GET", "/sapi/v1/margin/account", api_key="who-is-this") == (401, -2015)
    # API_KEY endpoints need the key too, but no signature
    assert api.error("GET", "/sapi/v1/margin/allPairs", signed=False, api_key="") == (401, -2014)
    assert api.get("/sapi/v1/margin/allPairs", signed=False)


def test_invalid_hmac_signature(api: Api) -> None:
    assert api.error("GET", "/sapi/v1/margin/account", signature="0" * 64) == (400, -1022)
    wrong = Api(api.base_url, secret="not-the-secret", client=api.client)
    assert wrong.error("GET", "/sapi/v1/margin/account") == (400, -1022)
    # HMAC hex is case-insensitive
    ts = int(time.time() * 1000)
    upper = api.signer(f"timestamp={ts}".encode()).upper()
    assert api.get("/sapi/v1/margin/account", timestamp=ts, signature=upper)
    # the signature covers the exact bytes: a re-encoded value no longer matches
    sig = api.signer(f"asset=BTC&timestamp={ts}".encode())
    url = f"{api.base_url}/sapi/v1/margin/maxBorrowable?asset=%42TC&timestamp={ts}&signature={sig}"
    r = api.client.get(url, headers={"X-MBX-APIKEY": "demo-api-key"})
    assert r.json()["code"] == -1022


def test_missing_timestamp_or_signature(api: Api) -> None:
    r = api.client.get(f"{api.base_url}/sapi/v1/margin/account?signature=abc", headers={"X-MBX-APIKEY": "demo-api-key"})
    assert (r.status_code, r.json()["code"]) == (400, -1102)
    r = api.client.get(f"{api.base_url}/sapi/v1/margin/account?timestamp=1", headers={"X-MBX-APIKEY": "demo-api-key"})
    assert (r.status_code, r.json()["code"]) == (400, -1102)


def test_timestamp_and_recv_window(api: Api, sandbox: Sandbox) -> None:
    now = int(time.time() * 1000)
    assert api.error("GET", "/sapi/v1/margin/account", timestamp=now - 6000) == (400, -1021)
    assert api.get("/sapi/v1/margin/account", {"recvWindow": 10000}, timestamp=now - 6000)
    r = api.raw("GET", "/sapi/v1/margin/account", timestamp=now + 5000)
    assert r.json() == {"code": -1021, "msg": "Timestamp for this request was 1000ms ahead of the server's time."}
    assert api.error("GET", "/sapi/v1/margin/account", {"recvWindow": 60001}) == (400, -1131)
    assert api.get("/sapi/v1/margin/account", {"recvWindow": "6000.5"})
    assert api.get("/sapi/v1/margin/account", timestamp=now * 1000)  # microseconds
    # after the exchange clock moved on, both clocks are accepted
    sandbox.clock.advance(hours=2)
    assert api.get("/sapi/v1/margin/account")
    assert api.get("/sapi/v1/margin/account", timestamp=sandbox.clock.now_ms())


def test_parameter_errors(api: Api) -> None:
    assert api.error("GET", "/sapi/v1/margin/maxBorrowable") == (400, -1102)
    assert api.error("GET", "/sapi/v1/margin/allOrders", {"symbol": "BTCUSDT", "orderId": "12x"}) == (400, -1100)
    assert api.error("POST", ORDER, {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "1e-3"}) == (
        400,
        -1100,
    )
    assert api.error("POST", ORDER, {"symbol": "BTCUSDT", "side": "HOLD", "type": "MARKET", "quantity": "1"}) == (
        400,
        -1117,
    )
    assert api.error("POST", ORDER, {"symbol": "BTCUSDT", "side": "BUY", "type": "BEST", "quantity": "1"}) == (
        400,
        -1116,
    )
    assert api.error(
        "POST",
        ORDER,
        {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "quantity": "1", "price": "1", "timeInForce": "DAY"},
    ) == (
        400,
        -1115,
    )
    assert api.error(
        "POST", ORDER, {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "quantity": "0.01", "price": "96000"}
    ) == (
        400,
        -1102,
    )
    assert api.error("POST", ORDER, {"symbol": "NOPE", "side": "BUY", "type": "MARKET", "quantity": "1"}) == (
        400,
        -1121,
    )
    assert api.error("POST", ORDER, {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET"}) == (400, -1102)
    assert api.error("GET", "/sapi/v1/margin/order", {"symbol": "BTCUSDT"}) == (400, -1102)
    ts = int(time.time() * 1000)
    qs = f"asset=BTC&asset=ETH&timestamp={ts}"
    r = api.client.get(
        f"{api.base_url}/sapi/v1/margin/maxBorrowable?{qs}&signature={api.signer(qs.encode())}",
        headers={"X-MBX-APIKEY": "demo-api-key"},
    )
    assert r.json()["code"] == -1101
    assert api.error(
        "POST",
        ORDER,
        {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "0.001", "newClientOrderId": "bad id!"},
    ) == (
        400,
        -1100,
    )


def test_isolated_without_symbol(api: Api) -> None:
    assert api.error(
        "POST", "/sapi/v1/margin/borrow-repay", {"asset": "BTC", "isIsolated": "TRUE", "amount": "1", "type": "BORROW"}
    ) == (
        400,
        -1102,
    )
    assert api.error("GET", "/sapi/v1/margin/rateLimit/order", {"isIsolated": "TRUE"}) == (400, -1102)
    assert api.error("GET", "/sapi/v1/margin/orderList", {"isIsolated": "TRUE", "orderListId": 1}) == (400, -1102)


def test_balance_and_margin_errors(api: Api) -> None:
    base = {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "0.01"}
    r = api.raw("POST", ORDER, base)
    assert r.status_code == 400
    assert r.json() == {"code": -2010, "msg": "Account has insufficient balance for requested action."}
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "100"})
    assert api.error("POST", ORDER, {**base, "quantity": "0.01", "sideEffectType": "MARGIN_BUY"}) == (400, -3006)
    assert api.error(
        "POST", "/sapi/v1/margin/borrow-repay", {"asset": "BTC", "isIsolated": "FALSE", "amount": "1", "type": "BORROW"}
    ) == (
        400,
        -3006,
    )
    assert api.error(
        "POST",
        "/sapi/v1/margin/borrow-repay",
        {"asset": "DOGE", "isIsolated": "FALSE", "amount": "1", "type": "BORROW"},
    ) == (
        400,
        -3027,
    )
    assert api.error(
        "POST", "/sapi/v1/margin/borrow-repay", {"asset": "BTC", "isIsolated": "FALSE", "amount": "1", "type": "REPAY"}
    ) == (
        400,
        -3015,
    )
    assert api.error(
        "POST",
        "/sapi/v1/margin/borrow-repay",
        {"asset": "BTC", "isIsolated": "FALSE", "amount": "0.000000001", "type": "BORROW"},
    ) == (
        400,
        -1111,
    )


def test_unknown_orders(api: Api) -> None:
    assert api.error("GET", ORDER, {"symbol": "BTCUSDT", "orderId": 42}) == (400, -2013)
    assert api.error("DELETE", ORDER, {"symbol": "BTCUSDT", "orderId": 42}) == (400, -2011)
    assert api.error("DELETE", ORDER, {"symbol": "BTCUSDT", "origClientOrderId": "nope"}) == (400, -2011)
    assert api.error("GET", "/sapi/v1/margin/orderList", {"orderListId": 42}) == (400, -2013)


def test_unknown_path_and_method(api: Api) -> None:
    r = api.raw("GET", "/sapi/v1/margin/nope")
    assert r.status_code == 404 and r.json()["code"] == -1000
    r = api.raw("PATCH", "/sapi/v1/margin/order")
    assert r.status_code == 405 and r.json()["code"] == -1000
    r = httpx.get(api.base_url + "/")
    assert r.status_code == 404


def test_permission_and_strict_params() -> None:
    cfg = config_from_dict(
        {
            "strict_params": True,
            "users": [
                {
                    "name": "reader",
                    "api_keys": [{"api_key": "read-only", "secret": "s3cret", "can_trade": False}],
                    "spot": {"USDT": "100"},
                }
            ],
        }
    )
    with Sandbox.running(cfg) as sb:
        reader = Api(sb.base_url, "read-only", secret="s3cret")
        assert reader.get("/sapi/v1/margin/account")
        assert reader.error(
            "POST", "/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1"}
        ) == (401, -2015)
        demo = Api(sb.base_url)
        assert demo.error("GET", "/sapi/v1/margin/account", {"foo": "bar"}) == (400, -1104)


@pytest.fixture(scope="module")
def key_sandbox() -> Iterator[tuple[Sandbox, rsa.RSAPrivateKey, ed25519.Ed25519PrivateKey]]:
    """A sandbox with an RSA and an Ed25519 key for a second user (from a YAML config)."""
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ed_key = ed25519.Ed25519PrivateKey.generate()

    def pem(k: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey) -> str:
        return (
            k.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode()
        )

    cfg = config_from_dict(
        {
            "users": [
                {
                    "name": "keys",
                    "api_keys": [
                        {"api_key": "rsa-key", "type": "RSA", "public_key": pem(rsa_key)},
                        {"api_key": "ed-key", "type": "ED25519", "public_key": pem(ed_key)},
                    ],
                    "spot": {"USDT": 500},
                }
            ],
            "prices": {"BTCUSDT": "60000"},
        }
    )
    with Sandbox.running(cfg) as sb:
        yield sb, rsa_key, ed_key


def test_rsa_signatures(key_sandbox: tuple[Sandbox, rsa.RSAPrivateKey, ed25519.Ed25519PrivateKey]) -> None:
    sb, rsa_key, _ = key_sandbox
    api = Api(sb.base_url, "rsa-key", key_signer(rsa_key, rsa=True))
    assert api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1"})
    assert sb.balance("USDT", "CROSS", user="keys").free == Decimal(1)
    assert sb.price("BTCUSDT") == Decimal(60000)
    other = Api(
        sb.base_url, "rsa-key", key_signer(rsa.generate_private_key(public_exponent=65537, key_size=2048), rsa=True)
    )
    assert other.error("GET", "/sapi/v1/margin/account") == (400, -1022)
    assert api.error("GET", "/sapi/v1/margin/account", signature="not*base64") == (400, -1022)


def test_ed25519_signatures(key_sandbox: tuple[Sandbox, rsa.RSAPrivateKey, ed25519.Ed25519PrivateKey]) -> None:
    sb, _, ed_key = key_sandbox
    api = Api(sb.base_url, "ed-key", key_signer(ed_key, rsa=False))
    assert api.get("/sapi/v1/margin/account")
    other = Api(sb.base_url, "ed-key", key_signer(ed25519.Ed25519PrivateKey.generate(), rsa=False))
    assert other.error("GET", "/sapi/v1/margin/account") == (400, -1022)
    # non-ASCII values are signed percent-encoded, exactly as sent: the signature holds, the asset does not exist
    assert api.error("GET", "/sapi/v1/margin/maxBorrowable", {"asset": "１２３４５６"}) == (400, -3027)


def test_binance_published_hmac_vector() -> None:
    """Binance's documented HMAC example verifies (then fails later, on the unknown symbol)."""
    key = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"
    secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"
    cfg = config_from_dict(
        {"check_timestamps": False, "users": [{"name": "docs", "api_keys": [{"api_key": key, "secret": secret}]}]}
    )
    qs = (
        "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
    )
    sig = "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"
    with Sandbox.running(cfg) as sb:
        r = httpx.post(f"{sb.base_url}{ORDER}?{qs}&signature={sig}", headers={"X-MBX-APIKEY": key})
        assert r.json()["code"] == -1121
        # the same parameters in a form body sign the same way
        r = httpx.post(
            f"{sb.base_url}{ORDER}",
            content=f"{qs}&signature={sig}",
            headers={"X-MBX-APIKEY": key, "Content-Type": "application/x-www-form-urlencoded"},
        )
        assert r.json()["code"] == -1121
        r = httpx.post(f"{sb.base_url}{ORDER}?{qs}&signature={'1' + sig[1:]}", headers={"X-MBX-APIKEY": key})
        assert r.json()["code"] == -1022
        # Binance's non-ASCII example: the percent-encoded bytes are what is signed
        symbol = "%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96"
        qs2 = qs.replace("symbol=LTCBTC", f"symbol={symbol}")
        sig2 = "e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3"
        r = httpx.post(f"{sb.base_url}{ORDER}?{qs2}&signature={sig2}", headers={"X-MBX-APIKEY": key})
        assert r.json()["code"] == -1121
