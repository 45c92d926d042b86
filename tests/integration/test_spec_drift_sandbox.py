"""Spec drift against the sandbox in next-version mode, over real sockets: REST, errors, streams, sync and async."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from binance_margin import AsyncMarginClient, BinanceAPIError, ClientConfig, MarginClient, SpecDrift
from binance_margin._drift import reset_logged
from binance_margin.sandbox import Sandbox, default_config
from binance_margin.sandbox._next_version import (
    NEW_ACCOUNT_FIELD,
    NEW_ACCOUNT_TYPE,
    NEW_ASSET_FIELD,
    NEW_ERROR_CODE,
    NEW_EVENT_FIELD,
    NEW_EVENT_TYPE,
)
from binance_margin.streams import UnknownEvent

pytestmark = pytest.mark.integration

D = Decimal


def _config(sb: Sandbox, **extra: Any) -> ClientConfig:
    values: dict[str, Any] = {
        "api_key": "demo-api-key",
        "api_secret": "demo-api-secret",
        "base_url": sb.base_url,
        "ws_api_url": sb.ws_api_url,
        "risk_stream_url": sb.risk_stream_url,
        "max_retries": 0,
        "stream_ping_interval": 0.3,
        "stream_stall_timeout": 2.0,
    }
    values.update(extra)
    return ClientConfig.load(**values)


@pytest.fixture
def next_sb() -> Iterator[Sandbox]:
    config = default_config()
    config.next_version = True
    with Sandbox.running(config) as sandbox:
        yield sandbox


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox.running() as sandbox:
        yield sandbox


def _fund(client: MarginClient) -> None:
    client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=D(20000))


def test_today_s_sandbox_leaves_no_drift(sb: Sandbox) -> None:
    with MarginClient(config=_config(sb)) as client:
        _fund(client)
        client.account.get_cross_account()
        client.trade.get_all_orders(symbol="BTCUSDT")
        with pytest.raises(BinanceAPIError):
            client.borrow_repay.borrow_repay(asset="BTC", amount=D(1000), type="BORROW")
        assert not client.spec_drift()
        assert client.spec_drift() == SpecDrift()


def test_next_version_rest_answers_and_errors_are_recorded_and_logged_once(
    next_sb: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    reset_logged()
    caplog.set_level(logging.INFO, logger="binance_margin.drift")
    with MarginClient(config=_config(next_sb, spec_drift_interval=0)) as client:  # walk every drifted answer
        _fund(client)
        for _ in range(3):
            account = client.account.get_cross_account()
        # the models keep what they do not know, as before: nothing is lost
        assert account.additional_properties[NEW_ACCOUNT_FIELD] == "0.25000000"
        assert account.account_type == NEW_ACCOUNT_TYPE
        with pytest.raises(BinanceAPIError) as err:
            client.borrow_repay.borrow_repay(asset="BTC", amount=D(1000), type="BORROW")
        assert err.value.code == NEW_ERROR_CODE
        drift = client.spec_drift()
    fields = {(f.operation, f.path, f.name): f for f in drift.fields}
    top = fields[("getCrossAccount", "$", NEW_ACCOUNT_FIELD)]
    assert (top.json_types, top.decimal, top.model, top.count) == (("string",), True, "CrossMarginAccount", 3)
    row = fields[("getCrossAccount", "$.userAssets[]", NEW_ASSET_FIELD)]
    assert row.model == "CrossMarginAccountUserAsset" and row.count == 3  # once per answer, not per row
    assert len(drift.fields) == 2
    [enum] = drift.enum_values
    assert (enum.enum, enum.value, enum.path, enum.name, enum.count) == (
        "CrossMarginAccountType",
        NEW_ACCOUNT_TYPE,
        "$",
        "accountType",
        3,
    )
    [code] = drift.error_codes
    assert (code.code, code.http_status, code.operation) == (NEW_ERROR_CODE, 400, "borrowRepay")
    messages = [r.getMessage() for r in caplog.records if r.name == "binance_margin.drift"]
    assert len(messages) == 4, messages  # two keys, one enum value, one error code: once each
    assert not any("0.25000000" in m or "100.00000000" in m for m in messages)  # never values


def _wait(stream: Any, until: Any, limit: float = 20) -> list[Any]:
    items: list[Any] = []
    watchdog = threading.Timer(limit, stream.close)
    watchdog.start()
    try:
        for item in stream:
            items.append(item)
            if until(items):
                return items
    finally:
        watchdog.cancel()
        watchdog.join()
    raise AssertionError(f"the stream ended after {items[-5:]}")


def test_next_version_stream_events_are_recorded_on_the_stream_and_its_client(next_sb: Sandbox) -> None:
    with MarginClient(config=_config(next_sb)) as client:
        _fund(client)
        with client.user_stream() as stream:
            client.trade.new_order(
                symbol="BTCUSDT", side="BUY", type="LIMIT", time_in_force="GTC", quantity=D("0.01"), price=D(50000)
            )
            items = _wait(stream, lambda items: any(isinstance(i, UnknownEvent) for i in items))
            drift = stream.spec_drift()
        assert client.spec_drift() == drift
    [unknown] = [i for i in items if isinstance(i, UnknownEvent)]
    assert unknown.event_type == NEW_EVENT_TYPE
    [etype] = drift.event_types
    assert (etype.stream, etype.event_type) == ("user", NEW_EVENT_TYPE)
    shapes = {f.name: (f.json_types, f.decimal) for f in etype.fields}
    assert shapes == {
        "E": (("integer",), False),
        "u": (("integer",), False),
        "l": (("string",), True),
        "s": (("string",), False),
    }
    [field] = [f for f in drift.fields if f.source == "stream"]
    assert (field.operation, field.path, field.name, field.model) == (
        "executionReport",
        "$",
        NEW_EVENT_FIELD,
        "ExecutionReport",
    )


async def test_async_client_records_and_saves_at_close(next_sb: Sandbox, tmp_path: Path) -> None:
    target = tmp_path / "drift.json"
    config = _config(next_sb, spec_drift_file=target)
    with MarginClient(config=config) as sync_client:
        _fund(sync_client)
        sync_client.account.get_cross_account()
    first = SpecDrift.load(target)
    assert {f.name for f in first.fields} == {NEW_ACCOUNT_FIELD, NEW_ASSET_FIELD}
    async with AsyncMarginClient(config=config) as client:
        await client.account.get_cross_account()
        drift = client.spec_drift()
        assert {f.name for f in drift.fields} == {NEW_ACCOUNT_FIELD, NEW_ASSET_FIELD}
    pooled = SpecDrift.load(target)  # the two clients' records, merged in the file
    assert {f.count for f in pooled.fields} == {2}
    assert pooled.enum_values[0].count == 2


def test_the_sandbox_command_line_serves_the_next_version(tmp_path: Path) -> None:
    import re
    import signal
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "binance_margin.sandbox", "--port", "0", "--next-version"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)", first)
        assert match, first
        lines = [proc.stdout.readline() for _ in range(2)]
        assert any("next-version mode" in line for line in lines), lines
        url = f"http://127.0.0.1:{match.group(1)}"
        with MarginClient(api_key="demo-api-key", api_secret="demo-api-secret", base_url=url) as client:
            client.account.get_cross_account()
            assert {f.name for f in client.spec_drift().fields} == {NEW_ACCOUNT_FIELD, NEW_ASSET_FIELD}
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
