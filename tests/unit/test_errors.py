"""The error mapper: every kind of Binance answer becomes the right exception, carrying what it should."""

from __future__ import annotations

import time
from decimal import Decimal

import httpx
import pytest
from binance_margin import (
    CROSS,
    AuthenticationError,
    BinanceAPIError,
    BinanceError,
    FilterFailureError,
    InsufficientBalanceError,
    InvalidParameterError,
    InvalidSignatureError,
    IPBannedError,
    Isolated,
    RateLimitedError,
    ResponseDecodeError,
    ServerError,
    TimestampError,
    TransportError,
    UnknownExecutionStatus,
    UnknownOrderError,
)

from ._mock import API_KEY, API_SECRET, ORDER, FakeBinance, error, json_response, make_client


@pytest.mark.parametrize(
    ("status", "code", "msg", "kind"),
    [
        (401, None, "Unauthorized", AuthenticationError),
        (400, -2014, "API-key format invalid.", AuthenticationError),
        (401, -2015, "Invalid API-key, IP, or permissions for action.", AuthenticationError),
        (400, -1022, "Signature for this request is not valid.", InvalidSignatureError),
        (400, -1021, "Timestamp for this request is outside of the recvWindow.", TimestampError),
        (400, -1100, "Illegal characters found in parameter 'quantity'.", InvalidParameterError),
        (400, -1102, "Mandatory parameter 'symbol' was not sent.", InvalidParameterError),
        (400, -1013, "Filter failure: LOT_SIZE", FilterFailureError),
        (400, -2010, "Filter failure: NOTIONAL", FilterFailureError),
        (400, -3064, "Limit price needs to be within (-15%,15%) of current index price", FilterFailureError),
        (400, -2010, "Account has insufficient balance for requested action.", InsufficientBalanceError),
        (400, -3006, "Your borrow amount has exceed maximum borrow amount.", InsufficientBalanceError),
        (400, -3045, "The system doesn't have enough asset now.", InsufficientBalanceError),
        (400, -11008, "Exceeding the account's maximum borrowable limit.", InsufficientBalanceError),
        (400, -2011, "Unknown order sent.", UnknownOrderError),
        (400, -2013, "Order does not exist.", UnknownOrderError),
        (429, -1003, "Too many requests.", RateLimitedError),
        (418, -1003, "Way too much request weight used; IP banned until 1999999999999.", IPBannedError),
        (503, None, "Service Unavailable", ServerError),
        (400, -3003, "Margin account does not exist.", BinanceAPIError),
        (403, None, "WAF", BinanceAPIError),
    ],
)
def test_each_error_kind(status: int, code: int | None, msg: str, kind: type[BinanceAPIError]) -> None:
    body = error(status, code, msg) if code is not None else httpx.Response(status, text=msg)
    fake = FakeBinance(body)
    with make_client(fake, max_retries=0) as client, pytest.raises(kind) as info:
        client.account.get_cross_account()
    exc = info.value
    assert type(exc) is kind
    assert (exc.status, exc.code, exc.msg) == (status, code, msg)
    assert exc.method == "GET" and exc.path == "/sapi/v1/margin/account"
    assert isinstance(exc.headers, httpx.Headers)
    assert str(code) in str(exc) if code is not None else msg in str(exc)


def test_rate_limited_carries_retry_after() -> None:
    fake = FakeBinance(error(429, -1003, "Too many requests.", {"Retry-After": "7"}))
    with make_client(fake, max_retries=0) as client, pytest.raises(RateLimitedError) as info:
        client.account.get_cross_account()
    assert info.value.retry_after == 7.0


def test_ip_ban_carries_retry_after_and_until() -> None:
    fake = FakeBinance(error(418, -1003, "IP banned.", {"Retry-After": "120"}))
    with make_client(fake) as client, pytest.raises(IPBannedError) as info:
        client.account.get_cross_account()
    assert info.value.retry_after == 120.0
    assert info.value.banned_until is not None and info.value.banned_until > time.time() + 100


@pytest.mark.parametrize(
    "body",
    [b"<html><body>502 Bad Gateway</body></html>", b"", b"\xff\xfe not utf-8", b'["a list"]', b'{"code": "x"}'],
)
def test_non_json_error_bodies_do_not_crash(body: bytes) -> None:
    fake = FakeBinance(httpx.Response(400, content=body))
    with make_client(fake) as client, pytest.raises(BinanceAPIError) as info:
        client.account.get_cross_account()
    assert info.value.code is None and info.value.status == 400 and isinstance(info.value.msg, str)


def test_unparseable_200_on_a_read() -> None:
    fake = FakeBinance(httpx.Response(200, content=b"not json"))
    with make_client(fake) as client, pytest.raises(ResponseDecodeError) as info:
        client.account.get_cross_account()
    assert info.value.status == 200 and "not json" in info.value.body


def _place(client: object, **extra: object) -> None:
    client.trade.new_order(  # type: ignore[attr-defined]
        symbol="BTCUSDT", side="BUY", type="LIMIT", quantity=Decimal("1"), price="10", time_in_force="GTC", **extra
    )


@pytest.mark.parametrize(
    "reply",
    [
        httpx.Response(500, text="Internal error"),
        httpx.Response(503, text="Service Unavailable"),
        error(400, -1006, "An unexpected response was received from the message bus. Execution status unknown."),
        error(503, -1007, "Timeout waiting for response from backend server. Send status unknown."),
        httpx.ReadTimeout("timed out"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadError("connection reset"),
    ],
)
def test_state_changing_request_with_unknown_outcome(reply: httpx.Response | Exception) -> None:
    fake = FakeBinance(reply)
    with make_client(fake, max_retries=3) as client, pytest.raises(UnknownExecutionStatus) as info:
        _place(client, new_client_order_id="my-id-1", margin=Isolated("BTCUSDT"))
    exc = info.value
    assert len(fake.requests) == 1, "never sent twice"
    assert exc.client_order_id == "my-id-1" and exc.symbol == "BTCUSDT" and exc.margin == Isolated("BTCUSDT")
    assert exc.operation_id == "newOrder" and exc.method == "POST" and exc.path == "/sapi/v1/margin/order"
    assert exc.params["newClientOrderId"] == "my-id-1" and exc.params["isIsolated"] == "TRUE"
    assert "signature" not in exc.params and "timestamp" not in exc.params
    assert exc.cause is not None and exc.__cause__ is exc.cause
    assert isinstance(exc, BinanceError) and "my-id-1" in str(exc)


def test_generated_client_order_id_is_reported() -> None:
    fake = FakeBinance(httpx.Response(502, text="bad gateway"))
    with make_client(fake) as client, pytest.raises(UnknownExecutionStatus) as info:
        _place(client)
    assert info.value.client_order_id == fake.params()["newClientOrderId"]


def test_borrow_with_unknown_outcome_has_no_order_id() -> None:
    fake = FakeBinance(httpx.ReadTimeout("timed out"))
    with make_client(fake) as client, pytest.raises(UnknownExecutionStatus) as info:
        client.borrow_repay.borrow_repay(asset="BTC", amount="1", type="BORROW", margin=CROSS)
    assert info.value.client_order_id is None and info.value.params["isIsolated"] == "FALSE"


def test_connect_error_before_sending_is_a_transport_error() -> None:
    fake = FakeBinance(httpx.ConnectError("connection refused"))
    with make_client(fake) as client, pytest.raises(TransportError) as info:
        _place(client)
    assert not isinstance(info.value, UnknownExecutionStatus)
    assert len(fake.requests) == 1 and info.value.path == "/sapi/v1/margin/order"


def test_unparseable_200_on_an_order_is_unknown_execution() -> None:
    fake = FakeBinance(httpx.Response(200, content=b"{}"))
    with make_client(fake) as client, pytest.raises(UnknownExecutionStatus) as info:
        _place(client, new_client_order_id="x1")
    assert isinstance(info.value.cause, ResponseDecodeError)


def test_secrets_absent_from_exceptions() -> None:
    fake = FakeBinance(error(400, -1022, "Signature for this request is not valid."))
    with make_client(fake) as client, pytest.raises(InvalidSignatureError) as info:
        client.account.get_cross_account()
    signature = fake.params()["signature"]
    for text in (str(info.value), repr(info.value)):
        assert API_KEY not in text and API_SECRET not in text and signature not in text
    fake.queue(httpx.ReadTimeout("timed out"))
    with make_client(fake) as client, pytest.raises(UnknownExecutionStatus) as unknown:
        _place(client)
    text = f"{unknown.value} {unknown.value!r} {unknown.value.params}"
    assert API_KEY not in text and API_SECRET not in text and fake.params()["signature"] not in text


def test_listen_key_redacted_in_exception_params() -> None:
    fake = FakeBinance(httpx.Response(500, text="oops"))
    with make_client(fake) as client, pytest.raises(UnknownExecutionStatus) as info:
        client.data_stream.keepalive_listen_key(listen_key="secret-listen-key")
    assert info.value.params["listenKey"] == "<redacted>"
    assert "secret-listen-key" not in str(info.value)


def test_ok_response_parses_into_the_model() -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with make_client(fake) as client:
        result = client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
    assert result.order_id == 28 and result.symbol == "BTCUSDT"
