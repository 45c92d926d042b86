"""Retries (reads only), the 418 lock-out, the clock and rate-limit headers."""

from __future__ import annotations

import time

import httpx
import pytest
from binance_margin import (
    IPBannedError,
    RateLimitedError,
    ServerError,
    TimestampError,
    TransportError,
    UnknownExecutionStatus,
)

from ._mock import FIXED_MS, ORDER, FakeBinance, error, json_response, make_client

ACCOUNT = {"spotBNBBurn": True, "interestBNBBurn": False}


def _account_reply() -> httpx.Response:
    return json_response(200, ACCOUNT)


def _read(client: object) -> object:
    return client.account.get_bnb_burn_status()  # type: ignore[attr-defined]


def _order(client: object) -> object:
    return client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(503, text="busy"),
        httpx.Response(500, text="oops"),
        error(429, -1003, "Too many requests."),
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        error(400, -1008, "Server is currently overloaded with other requests."),
    ],
)
def test_reads_are_retried(failure: httpx.Response | Exception) -> None:
    fake = FakeBinance(failure, failure, _account_reply())
    with make_client(fake, max_retries=2) as client:
        _read(client)
    assert len(fake.requests) == 3 and len(fake.sleeps) == 2
    signatures = {r.url.params["signature"] for r in fake.requests}
    assert len(signatures) >= 1  # each attempt is signed afresh (same fixed clock here)


def test_backoff_grows_exponentially_with_jitter() -> None:
    fake = FakeBinance(httpx.Response(503), httpx.Response(503), httpx.Response(503), _account_reply())
    with make_client(fake, max_retries=3, retry_backoff=1.0) as client:
        _read(client)
    first, second, third = fake.sleeps
    assert 0.5 <= first <= 1.0 and 1.0 <= second <= 2.0 and 2.0 <= third <= 4.0


def test_retries_are_bounded() -> None:
    fake = FakeBinance(httpx.Response(503, text="down"))
    with make_client(fake, max_retries=2) as client, pytest.raises(ServerError):
        _read(client)
    assert len(fake.requests) == 3


def test_connection_errors_on_reads_end_as_transport_error() -> None:
    fake = FakeBinance(httpx.ConnectError("refused"))
    with make_client(fake, max_retries=1) as client, pytest.raises(TransportError):
        _read(client)
    assert len(fake.requests) == 2


def test_retry_after_is_honoured() -> None:
    fake = FakeBinance(error(429, -1003, "slow down", {"Retry-After": "3"}), _account_reply())
    with make_client(fake, max_retries=1) as client:
        _read(client)
    assert fake.sleeps[0] >= 3.0


def test_retry_after_longer_than_the_cap_is_raised() -> None:
    fake = FakeBinance(error(429, -1003, "slow down", {"Retry-After": "600"}), _account_reply())
    with make_client(fake, max_retries=3, retry_max_wait=30) as client, pytest.raises(RateLimitedError) as info:
        _read(client)
    assert info.value.retry_after == 600 and len(fake.requests) == 1 and fake.sleeps == []


@pytest.mark.parametrize(
    ("failure", "raised"),
    [
        (httpx.Response(503, text="busy"), UnknownExecutionStatus),
        (error(429, -1003, "Too many requests.", {"Retry-After": "1"}), RateLimitedError),
        (httpx.ConnectError("refused"), TransportError),
        (httpx.ReadTimeout("slow"), UnknownExecutionStatus),
    ],
)
def test_orders_are_never_retried(failure: httpx.Response | Exception, raised: type[Exception]) -> None:
    fake = FakeBinance(failure, json_response(200, ORDER))
    with make_client(fake, max_retries=5) as client, pytest.raises(raised):
        _order(client)
    assert len(fake.requests) == 1 and fake.sleeps == []


@pytest.mark.parametrize("method_call", ["cancel", "borrow", "transfer", "keepalive"])
def test_other_state_changing_operations_are_never_retried(method_call: str) -> None:
    fake = FakeBinance(httpx.Response(503, text="busy"), json_response(200, {}))
    with make_client(fake, max_retries=5) as client, pytest.raises(UnknownExecutionStatus):
        if method_call == "cancel":
            client.trade.cancel_order(symbol="BTCUSDT", order_id=1)
        elif method_call == "borrow":
            client.borrow_repay.borrow_repay(asset="BTC", amount="1", type="REPAY")
        elif method_call == "transfer":
            client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount="10")
        else:
            client.data_stream.keepalive_listen_key(listen_key="k")
    assert len(fake.requests) == 1


def test_ip_ban_locks_out_until_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeBinance(error(418, -1003, "Way too much request weight used; IP banned.", {"Retry-After": "60"}))
    with make_client(fake, max_retries=3) as client:
        with pytest.raises(IPBannedError):
            _read(client)
        assert len(fake.requests) == 1 and fake.sleeps == []
        fake.queue(_account_reply())
        with pytest.raises(IPBannedError) as local:
            _order(client)
        assert local.value.code is None and "refused locally" in local.value.msg
        assert local.value.retry_after is not None and 50 < local.value.retry_after <= 60
        assert len(fake.requests) == 1, "nothing is sent during the ban"
        later = time.monotonic() + 61
        monkeypatch.setattr(time, "monotonic", lambda: later)
        _read(client)
    assert len(fake.requests) == 2


def test_ip_ban_until_from_the_message() -> None:
    until_ms = int((time.time() + 300) * 1000)
    fake = FakeBinance(error(418, -1003, f"Way too much request weight used; IP banned until {until_ms}."))
    with make_client(fake) as client:
        with pytest.raises(IPBannedError) as info:
            _read(client)
        assert info.value.retry_after is not None and 290 < info.value.retry_after <= 300
        with pytest.raises(IPBannedError):
            _read(client)
    assert len(fake.requests) == 1


def test_timestamp_error_on_read_resyncs_and_retries_once() -> None:
    fake = FakeBinance(error(400, -1021, "Timestamp for this request is outside of the recvWindow."), _account_reply())
    fake.server_offset_ms = 5000
    with make_client(fake, fixed_clock=False) as client:
        assert client.time_offset_ms == 0
        _read(client)
        assert 4000 < client.time_offset_ms < 6000
    first, second = (int(r.url.params["timestamp"]) for r in fake.requests)
    assert second - first > 4000, "the retry carries the corrected timestamp"


def test_timestamp_error_twice_is_raised() -> None:
    fake = FakeBinance(error(400, -1021, "Timestamp for this request is outside of the recvWindow."))
    with make_client(fake) as client, pytest.raises(TimestampError):
        _read(client)
    assert len(fake.requests) == 2


def test_timestamp_error_on_order_resyncs_without_resending() -> None:
    fake = FakeBinance(error(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time."))
    fake.server_offset_ms = -3000
    with make_client(fake, fixed_clock=False) as client:
        with pytest.raises(TimestampError):
            _order(client)
        assert len(fake.requests) == 1
        assert -4000 < client.time_offset_ms < -2000


def test_periodic_time_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeBinance(_account_reply())
    fake.server_offset_ms = 2000
    with make_client(fake, fixed_clock=False, time_sync=True, time_sync_interval=60) as client:
        assert fake.time_requests == 0, "no request at construction"
        _read(client)
        _read(client)
        assert fake.time_requests == 1 and 1000 < client.time_offset_ms < 3000
        later = time.monotonic() + 61
        monkeypatch.setattr(time, "monotonic", lambda: later)
        _read(client)
        assert fake.time_requests == 2
        fake.queue(json_response(200, []))
        client.market_data.get_all_assets()  # not signed: no sync needed
        assert fake.time_requests == 2


def test_explicit_sync_time() -> None:
    fake = FakeBinance(_account_reply())
    fake.server_offset_ms = 10_000
    with make_client(fake) as client:
        offset = client.sync_time()
    assert 9000 < offset < 11000


def test_rate_limit_headers_are_parsed_and_merged() -> None:
    fake = FakeBinance(
        json_response(200, ACCOUNT, {"X-SAPI-USED-IP-WEIGHT-1M": "10"}),
        json_response(200, ORDER, {"X-SAPI-USED-UID-WEIGHT-1M": "6", "X-MBX-ORDER-COUNT-10S": "1"}),
        json_response(200, {}, {"X-MBX-USED-WEIGHT-1M": "3", "x-mbx-used-weight": "bogus"}),
    )
    with make_client(fake) as client:
        assert client.rate_limits.used_ip_weight == {}
        _read(client)
        assert client.rate_limits.used_ip_weight == {"1m": 10}
        raw = client.trade.with_raw_response.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
        assert raw.status_code == 200 and raw.parsed.order_id == 28
        assert raw.rate_limits.used_uid_weight == {"1m": 6} and raw.rate_limits.used_ip_weight == {}
        assert raw.headers["X-MBX-ORDER-COUNT-10S"] == "1"
        assert raw.request_method == "POST" and raw.request_path == "/sapi/v1/margin/order" and raw.elapsed_ms >= 0
        client.general.ping()
        usage = client.rate_limits
    assert usage.used_ip_weight == {"1m": 10} and usage.used_uid_weight == {"1m": 6}
    assert usage.order_count == {"10s": 1} and usage.used_weight == {"1m": 3}


def test_no_request_at_construction_and_close_is_idempotent() -> None:
    fake = FakeBinance()
    client = make_client(fake, time_sync=True)
    client.close()
    client.close()
    assert fake.requests == []
    assert FIXED_MS > 0
