"""Issue 13, points 5 to 8: no signature, key or secret in exceptions, reprs or logs; key text in its usual forms."""

from __future__ import annotations

import asyncio
import base64
import logging
import traceback
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from binance_margin import (
    AsyncMarginClient,
    ConfigurationError,
    Ed25519Signer,
    HmacSigner,
    MarginClient,
    TransportError,
    UnknownExecutionStatus,
)
from binance_margin.signing import BinanceAuth
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from ._mock import API_KEY, API_SECRET, ORDER, FakeBinance, json_response

pytest.importorskip("aiohttp")


def _chain_text(error: BaseException) -> str:
    """Everything a logger or error tracker could print about ``error``: str, repr, traceback, whole chain."""
    parts = ["".join(traceback.format_exception(error))]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts += [str(current), repr(current), *(repr(a) for a in current.args)]
        current = current.__cause__ or current.__context__
    return "\n".join(parts)


def _assert_no_secret(text: str) -> None:
    assert "signature=" not in text.replace("signature=<redacted>", ""), text
    assert API_KEY not in text and API_SECRET not in text


class _Server:
    """A loopback server answering with `payload` (raw bytes), or never answering (`None`)."""

    def __init__(self, payload: bytes | None) -> None:
        self.payload = payload
        self.requests: list[bytes] = []
        self.server: asyncio.Server | None = None

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            self.requests.append(await reader.readuntil(b"\r\n\r\n"))
            if self.payload is None:
                await asyncio.sleep(5)
            else:
                writer.write(self.payload)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"


@pytest.fixture
async def malformed() -> AsyncIterator[_Server]:
    server = _Server(b"HTTP/1.1 200 OK\r\nContent-Length: nonsense\r\n\r\n{}")
    server.server = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    try:
        yield server
    finally:
        server.server.close()


# -- 5: signed URLs in exception texts on the async direct path ------------------------------------------------------


async def test_malformed_answer_on_the_direct_path_leaks_no_signature(malformed: _Server) -> None:
    async with AsyncMarginClient(API_KEY, API_SECRET, base_url=malformed.url, max_retries=0) as client:
        with pytest.raises(TransportError) as read:
            await client.account.get_bnb_burn_status()
        with pytest.raises(UnknownExecutionStatus) as order:
            await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
    assert b"signature=" in malformed.requests[0], "the requests were signed"
    for error in (read.value, order.value):
        _assert_no_secret(_chain_text(error))
    cause = order.value.__cause__
    assert isinstance(cause, TransportError) and "RemoteProtocolError" in str(cause)
    assert isinstance(cause.__cause__, httpx.RemoteProtocolError), "the cause's type is kept"


async def test_connect_failures_on_the_direct_path_leak_no_signature(monkeypatch: pytest.MonkeyPatch) -> None:
    loop = asyncio.get_running_loop()

    async def hang(*args: object, **kwargs: object) -> None:
        await asyncio.sleep(10)

    async def refuse(*args: object, **kwargs: object) -> None:  # an OS error quoting a signed URL, redacted
        raise OSError(f"cannot reach http://127.0.0.1:9/sapi/v1/margin/order?a=1&signature={'ab' * 32}")

    for connect, expected in ((hang, "ConnectTimeout"), (refuse, "signature=<redacted>")):
        monkeypatch.setattr(loop, "create_connection", connect)
        client = AsyncMarginClient(API_KEY, API_SECRET, base_url="http://127.0.0.1:9", max_retries=0, timeout=0.05)
        async with client:
            with pytest.raises(TransportError) as info:
                await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
        assert not isinstance(info.value, UnknownExecutionStatus), "a connection that failed: not sent"
        text = _chain_text(info.value)
        assert expected in text
        _assert_no_secret(text)


def test_transport_errors_on_the_sync_path_chain_no_raw_httpx_error() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError(f"broken while reading {request.url}", request=request)

    client = MarginClient(API_KEY, API_SECRET, transport=httpx.MockTransport(fail), max_retries=0)
    with pytest.raises(UnknownExecutionStatus) as info:
        client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
    text = _chain_text(info.value)
    assert "broken while reading" in text
    _assert_no_secret(text)


# -- 6: httpx's own INFO log --------------------------------------------------------------------------------------


def test_httpx_request_log_carries_no_signature(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    fake = FakeBinance(json_response(200, ORDER))
    with httpx.Client(transport=httpx.MockTransport(fake.handler)) as http:
        client = MarginClient(API_KEY, API_SECRET, http_client=http)
        client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
    signature = fake.last.url.params["signature"]
    httpx_records = [r for r in caplog.records if r.name == "httpx"]
    assert httpx_records and "HTTP Request: POST" in httpx_records[0].getMessage()
    assert "signature=<redacted>" in caplog.text
    assert signature not in caplog.text


async def test_async_httpx_request_log_carries_no_signature(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    fake = FakeBinance(json_response(200, ORDER))
    async with httpx.AsyncClient(transport=httpx.MockTransport(fake.async_handler)) as http:
        client = AsyncMarginClient(API_KEY, API_SECRET, http_client=http)
        await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
    assert [r for r in caplog.records if r.name == "httpx"]
    assert fake.last.url.params["signature"] not in caplog.text


# -- 7: private keys as text --------------------------------------------------------------------------------------


def _key() -> tuple[ed25519.Ed25519PrivateKey, str]:
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return key, pem.decode("ascii")


def _body(pem: str) -> str:
    return "".join(line for line in pem.splitlines() if not line.startswith("-----"))


@pytest.mark.parametrize(
    "form",
    [
        pytest.param(lambda pem: "\ufeff" + pem, id="utf8-bom"),
        pytest.param(lambda pem: '"' + pem.strip() + '"', id="double-quotes"),
        pytest.param(lambda pem: "'" + pem + "'", id="single-quotes"),
        pytest.param(lambda pem: '"' + pem.strip().replace("\n", "\\n") + '"', id="dotenv-one-line"),
        pytest.param(_body, id="bare-base64-body"),
        pytest.param(lambda pem: "  " + _body(pem) + "\n", id="bare-body-with-whitespace"),
    ],
)
def test_private_key_text_in_its_usual_forms_is_accepted(form: object) -> None:
    key, pem = _key()
    text = form(pem)  # type: ignore[operator]
    signer = MarginClient("k", private_key=text).config.signer()
    assert isinstance(signer, Ed25519Signer)
    key.public_key().verify(base64.b64decode(signer.sign(b"payload")), b"payload")
    from_bytes = MarginClient("k", private_key=text.encode("utf-8")).config.signer()
    assert isinstance(from_bytes, Ed25519Signer)


def test_key_given_where_a_path_is_expected_is_accepted_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    _key_obj, pem = _key()
    monkeypatch.setenv("BINANCE_PRIVATE_KEY_PATH", _body(pem))
    assert isinstance(MarginClient("k").config.signer(), Ed25519Signer)


@pytest.mark.parametrize(
    "broken",
    [
        pytest.param(lambda body: body[:-8], id="truncated-body"),
        pytest.param(lambda body: "x" + body, id="corrupted-body"),
        pytest.param(lambda body: '"-----BEGIN PRIVATE KEY-----' + body[:20], id="broken-pem"),
    ],
)
def test_unusable_key_text_is_never_echoed(broken: object, monkeypatch: pytest.MonkeyPatch) -> None:
    _key_obj, pem = _key()
    text = broken(_body(pem))  # type: ignore[operator]
    with pytest.raises(ConfigurationError) as info:
        MarginClient("k", private_key=text)
    message = _chain_text(info.value)
    assert _body(pem)[:16] not in message and text[:16] not in message
    monkeypatch.setenv("BINANCE_PRIVATE_KEY_PATH", text)
    with pytest.raises(ConfigurationError) as from_env:
        MarginClient("k")
    assert text[:16] not in _chain_text(from_env.value)


def test_a_missing_key_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"missing\.pem"):
        MarginClient("k", private_key=str(tmp_path / "missing.pem"))
    with pytest.raises(ConfigurationError, match=r"missing\.pem"):
        MarginClient("k", private_key=f'"{tmp_path / "missing.pem"}"')


# -- 8: API keys with whitespace or control characters -----------------------------------------------------------


@pytest.mark.parametrize("suffix", ["\n", "\r\n", " ", "\t", "\x00", "\x7f"])
@pytest.mark.parametrize("cls", [MarginClient, AsyncMarginClient])
def test_api_key_with_whitespace_or_control_characters_is_refused(suffix: str, cls: type) -> None:
    with pytest.raises(ConfigurationError, match="whitespace or control characters") as info:
        cls(API_KEY + suffix, API_SECRET)
    assert API_KEY not in _chain_text(info.value)
    with pytest.raises(ConfigurationError, match="whitespace or control characters") as secret:
        cls(API_KEY, API_SECRET + suffix)
    assert API_SECRET not in _chain_text(secret.value)


def test_api_key_with_whitespace_is_refused_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BINANCE_API_KEY", API_KEY + "\n")
    with pytest.raises(ConfigurationError) as info:
        MarginClient(api_secret=API_SECRET)
    assert API_KEY not in _chain_text(info.value)


def test_auth_refuses_such_a_key_too() -> None:
    with pytest.raises(ConfigurationError) as info:
        BinanceAuth(API_KEY + "\n")
    assert API_KEY not in _chain_text(info.value)


def test_httpx_log_carries_no_signature_with_the_auth_alone(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    fake = FakeBinance(json_response(200, ORDER))
    auth = BinanceAuth(API_KEY, HmacSigner(API_SECRET))
    with httpx.Client(transport=httpx.MockTransport(fake.handler), auth=auth) as http:
        http.post("https://api.binance.com/sapi/v1/margin/order?symbol=BTCUSDT&side=BUY&type=MARKET&quantity=1")
    assert "signature" in fake.last.url.params
    assert [r for r in caplog.records if r.name == "httpx"]
    assert fake.last.url.params["signature"] not in caplog.text


def test_key_body_with_double_slashes_given_as_a_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """A ``Path`` collapses ``//``, which a base64 body may contain: the key is taken before that."""
    for _ in range(200):
        _key_obj, pem = _key()
        if "//" in _body(pem):
            break
    else:  # pragma: no cover - a 1 in 10^6 chance
        pytest.skip("no generated key had '//' in its body")
    monkeypatch.setenv("BINANCE_PRIVATE_KEY_PATH", _body(pem))
    assert isinstance(MarginClient("k").config.signer(), Ed25519Signer)
    monkeypatch.delenv("BINANCE_PRIVATE_KEY_PATH")
    assert isinstance(MarginClient("k", private_key=_body(pem)).config.signer(), Ed25519Signer)
