"""Configuration (arguments, environment, bounds, secrets) and argument conversion before sending."""

from __future__ import annotations

import base64
import logging
from decimal import Decimal
from pathlib import Path

import binance_margin_generated.models as generated_models
import httpx
import pytest
from binance_margin import (
    ClientConfig,
    ConfigurationError,
    Ed25519Signer,
    HmacSigner,
    MarginClient,
    RsaSigner,
    UnknownExecutionStatus,
    ValidationError,
)
from binance_margin_generated.operations import OPERATIONS
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from ._mock import API_KEY, API_SECRET, ORDER, FakeBinance, json_response, make_client


def _order(client: MarginClient, **overrides: object) -> None:
    args: dict[str, object] = {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "quantity": "1", "price": "1"}
    args.update(overrides)
    client.trade.new_order(**args)  # type: ignore[arg-type]


def test_defaults() -> None:
    config = ClientConfig.load()
    assert config.base_url == "https://api.binance.com"
    assert config.recv_window is None and config.api_key is None and config.signer() is None
    assert config.timeout > 0 and config.max_retries >= 0


def test_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BINANCE_API_KEY", "env-key")
    monkeypatch.setenv("BINANCE_API_SECRET", "env-secret")
    monkeypatch.setenv("BINANCE_BASE_URL", "http://127.0.0.1:8123/")
    monkeypatch.setenv("BINANCE_RECV_WINDOW", "6000")
    client = MarginClient()
    assert client.config.api_key is not None and client.config.api_key.get_secret_value() == "env-key"
    assert client.config.base_url == "http://127.0.0.1:8123" and client.config.recv_window == 6000
    assert isinstance(client.config.signer(), HmacSigner)
    explicit = MarginClient("arg-key", recv_window=100)
    assert explicit.config.api_key is not None and explicit.config.api_key.get_secret_value() == "arg-key"
    assert explicit.config.recv_window == 100


def _ed25519_pem(password: bytes | None = None) -> bytes:
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
    )
    return ed25519.Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )


def test_private_key_from_path_env_and_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key_file = tmp_path / "key.pem"
    key_file.write_bytes(_ed25519_pem(b"pw-123"))
    monkeypatch.setenv("BINANCE_PRIVATE_KEY_PATH", str(key_file))
    monkeypatch.setenv("BINANCE_PRIVATE_KEY_PASSWORD", "pw-123")
    assert isinstance(MarginClient("k").config.signer(), Ed25519Signer)
    monkeypatch.delenv("BINANCE_PRIVATE_KEY_PATH")
    monkeypatch.delenv("BINANCE_PRIVATE_KEY_PASSWORD")
    assert isinstance(MarginClient("k", private_key=_ed25519_pem()).config.signer(), Ed25519Signer)
    assert isinstance(
        MarginClient("k", private_key=key_file, private_key_password="pw-123").config.signer(), Ed25519Signer
    )
    with pytest.raises(ConfigurationError, match="cannot read"):
        MarginClient("k", private_key=tmp_path / "missing.pem")
    assert RsaSigner.__name__ in repr(RsaSigner)


def test_private_key_signs_requests(tmp_path: Path) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    fake = FakeBinance(json_response(200, ORDER))
    client = MarginClient("k", private_key=pem, transport=httpx.MockTransport(fake.handler))
    _order(client)
    query = fake.last.url.query.decode()
    head, _, encoded = query.rpartition("&signature=")
    key.public_key().verify(base64.b64decode(fake.params()["signature"]), head.encode())
    assert "%2B" in encoded or "%2F" in encoded or "%3D" in encoded


def test_secret_and_private_key_together_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        MarginClient("k", "secret", private_key=_ed25519_pem())


@pytest.mark.parametrize("value", [60001, 0, -5])
def test_recv_window_bounds_at_construction(value: int) -> None:
    with pytest.raises(ConfigurationError, match="60000"):
        MarginClient("k", "s", recv_window=value)


def test_recv_window_bounds_per_call() -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with make_client(fake) as client:
        with pytest.raises(ValidationError, match="60000"):
            _order(client, recv_window=60001)
        _order(client, recv_window=60000)
    assert len(fake.requests) == 1


def test_invalid_settings() -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        MarginClient(base_url="ftp://example.com")
    with pytest.raises(ConfigurationError, match="timeout"):
        MarginClient(timeout=0)
    with pytest.raises(ConfigurationError, match="not both"):
        MarginClient(config=ClientConfig.load(), api_key="k")


def test_float_refused_with_a_fix() -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with make_client(fake) as client, pytest.raises(ValidationError) as info:
        _order(client, quantity=0.00001)
    message = str(info.value)
    assert 'Decimal("0.00001")' in message and '"0.00001"' in message and "float" in message
    assert isinstance(info.value, ValueError) and fake.requests == []


@pytest.mark.parametrize(
    ("value", "match"),
    [
        ("abc", "not a plain decimal"),
        ("1,5", "not a plain decimal"),
        ("NaN", "not a plain decimal"),
        ("-1", "not a plain decimal"),
        (Decimal("-1"), "negative"),
        (Decimal("NaN"), "finite"),
        (Decimal("Infinity"), "finite"),
        (Decimal("1E-21"), "20 digits"),
        (Decimal("1E+20"), "20 digits"),
        (True, "Decimal"),
        ([1], "Decimal"),
    ],
)
def test_bad_decimals(value: object, match: str) -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with make_client(fake) as client, pytest.raises(ValidationError, match=match):
        _order(client, price=value)
    assert fake.requests == []


def test_decimal_forms_accepted() -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with make_client(fake) as client:
        for value, wire in [
            (Decimal("0.10"), "0.10"),
            ("1e-3", "0.001"),
            (5, "5"),
            (".5", "0.5"),
            (Decimal("-0"), "0"),
        ]:
            _order(client, price=value)
            assert fake.params()["price"] == wire


def test_enum_strings_and_members() -> None:
    side_param = next(p for p in OPERATIONS["newOrder"].params if p.name == "side")
    side_enum = getattr(generated_models, str(side_param.enum_class))
    fake = FakeBinance(json_response(200, ORDER))
    with make_client(fake) as client:
        _order(client, side=side_enum.SELL)
        assert fake.params()["side"] == "SELL"
        with pytest.raises(ValidationError, match=r"'BUY', 'SELL'.*did you mean 'BUY'"):
            _order(client, side="buy")
        with pytest.raises(ValidationError, match="not one of"):
            _order(client, side=side_enum("HOLD"))  # a pseudo-member the response side tolerates
        with pytest.raises(ValidationError, match="one of"):
            _order(client, side=1)
    assert len(fake.requests) == 1


def test_missing_unexpected_and_wrongly_typed_arguments() -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with make_client(fake) as client:
        with pytest.raises(ValidationError, match=r"missing required argument.*symbol"):
            client._runtime.call(OPERATIONS["newOrder"], {"side": "BUY", "type_": "MARKET"}, None)
        with pytest.raises(ValidationError, match="unexpected argument"):
            client._runtime.call(OPERATIONS["ping"], {"bogus": 1}, None)
        with pytest.raises(ValidationError, match="must be a string"):
            _order(client, symbol=5)
        with pytest.raises(ValidationError, match="must not be empty"):
            _order(client, symbol="")
        with pytest.raises(ValidationError, match="True or False"):
            _order(client, auto_repay_at_cancel="yes")
        with pytest.raises(ValidationError, match="an int"):
            _order(client, trailing_delta="10")
    assert fake.requests == []


def test_credentials_required_only_where_needed() -> None:
    fake = FakeBinance(json_response(200, {}))
    client = MarginClient(transport=httpx.MockTransport(fake.handler))
    client.general.ping()
    with pytest.raises(ConfigurationError, match="API key"):
        client.market_data.get_price_index(symbol="BTCUSDT")
    keyed = MarginClient("key-only", transport=httpx.MockTransport(fake.handler))
    with pytest.raises(ConfigurationError, match="signed"):
        keyed.account.get_cross_account()
    assert len(fake.requests) == 1


def test_secrets_absent_from_repr_and_errors() -> None:
    client = MarginClient(API_KEY, API_SECRET, recv_window=5000)
    for text in (repr(client), str(client), repr(client.config), str(client.config), repr(client._runtime.core.auth)):
        assert API_KEY not in text and API_SECRET not in text
    with pytest.raises(ConfigurationError) as info:
        MarginClient(API_KEY, API_SECRET, recv_window=70000)
    assert API_SECRET not in str(info.value) and API_KEY not in str(info.value)
    with pytest.raises(ConfigurationError) as bad_type:
        ClientConfig.load(api_secret=API_SECRET, timeout="soon")
    assert API_SECRET not in str(bad_type.value) and "soon" not in str(bad_type.value)


def test_logs_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="binance_margin")
    fake = FakeBinance(json_response(200, ORDER), httpx.Response(503), httpx.Response(500))
    with make_client(fake, recv_window=5000) as client:
        _order(client)
        with pytest.raises(UnknownExecutionStatus):
            _order(client)
        with pytest.raises(UnknownExecutionStatus):
            client.data_stream.keepalive_listen_key(listen_key="listen-key-secret")
    assert "listen-key-secret" not in caplog.text
    signatures = [r.url.params["signature"] for r in fake.requests if "signature" in r.url.params]
    assert signatures
    assert caplog.records, "requests are logged at DEBUG"
    assert all(record.name.startswith("binance_margin") for record in caplog.records)
    for text in (caplog.text, *(str(r.args) for r in caplog.records)):
        assert API_KEY not in text and API_SECRET not in text
        assert not any(sig in text for sig in signatures)
    assert logging.getLogger("binance_margin").handlers == []
