"""The spec drift loop end to end, in a temporary copy of the project (issue 20, "done means").

Sandbox in next-version mode -> REST calls (sync and async) and a user stream, each client saving its record at
close (``spec_drift_file``) -> ``binance-margin spec-drift --from A --from B --save --patch`` -> ``git apply`` ->
``generator/generate.py`` -> the new keys are typed attributes, the new enum value a member, the new event type a
class (and the payloads that drifted parse without drift) -> the check-generated step (regenerate into a temporary
folder, diff) passes on the copy. About 30-60 s (two generator runs).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from binance_margin import AsyncMarginClient, BinanceAPIError, ClientConfig, MarginClient, SpecDrift
from binance_margin.cli import app
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
from typer.testing import CliRunner

pytestmark = [pytest.mark.integration, pytest.mark.e2e]

ROOT = Path(__file__).resolve().parents[2]
D = Decimal

PROBE = """
import json, sys
from decimal import Decimal
from binance_margin_generated import events
from binance_margin_generated.models import CrossMarginAccount, CrossMarginAccountType
from binance_margin_generated.models.cross_margin_account_type import CROSS_MARGIN_ACCOUNT_TYPE_BY_VALUE
from binance_margin_generated.types import _DRIFT

payloads = json.load(open(sys.argv[1]))
account_field, asset_field, account_type, event_type, event_field = sys.argv[2:7]
mark = _DRIFT[0]
account = CrossMarginAccount.from_dict(payloads["account"])
# the new keys are typed attributes
assert CrossMarginAccount.__attrs_attrs__.margin_call_buffer.type == "Decimal | Unset", "account key"
assert account.margin_call_buffer == Decimal(payloads["account"][account_field])
row = account.user_assets[0]
assert type(row).__attrs_attrs__.borrow_limit.type == "Decimal | Unset", "row key"
assert row.borrow_limit == Decimal(payloads["account"]["userAssets"][0][asset_field])
assert account.additional_properties == {} and row.additional_properties == {}
# the new enum value is a member
assert account.account_type is CrossMarginAccountType.MARGIN_3
assert CROSS_MARGIN_ACCOUNT_TYPE_BY_VALUE[account_type] is CrossMarginAccountType.MARGIN_3
# the new event type is a class, routed by the event table, and the new event key an attribute
cls = events.EVENT_TYPES[event_type]
assert cls.__name__ == "MarginRiskUpdate" and event_type in events.USER_EVENT_TYPES
new_event = cls.from_dict(payloads["event"])
assert new_event.event_time == payloads["event"]["E"] and new_event.additional_properties == {}
assert [a.name for a in cls.__attrs_attrs__ if a.name == "l"] == ["l"] and isinstance(new_event.l, Decimal)
report = events.ExecutionReport.from_dict(payloads["report"])
assert report.ap == Decimal(payloads["report"][event_field]) and report.additional_properties == {}
assert _DRIFT[0] == mark, "the patched models know everything the next version sent"
print("ok")
"""


def _config(sb: Sandbox, drift_file: Path) -> ClientConfig:
    return ClientConfig.load(
        api_key="demo-api-key",
        api_secret="demo-api-secret",
        base_url=sb.base_url,
        ws_api_url=sb.ws_api_url,
        risk_stream_url=sb.risk_stream_url,
        max_retries=0,
        stream_ping_interval=0.3,
        stream_stall_timeout=2.0,
        spec_drift_file=drift_file,
    )


def _collect(stream: Any, until: Any, limit: float = 20) -> list[Any]:
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


def _run_next_version(tmp: Path) -> tuple[Path, Path, dict[str, Any]]:
    """Two runs against a next-version sandbox, each saving its record; returns both files and raw payloads."""
    first, second = tmp / "run-1.json", tmp / "run-2.json"
    config = default_config()
    config.next_version = True
    with Sandbox.running(config) as sb:
        with MarginClient(config=_config(sb, first)) as client:
            client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=D(20000))
            account = client.account.get_cross_account()
            with pytest.raises(BinanceAPIError) as refused:
                client.borrow_repay.borrow_repay(asset="BTC", amount=D(1000), type="BORROW")
            assert refused.value.code == NEW_ERROR_CODE
            with client.user_stream() as stream:
                client.trade.new_order(
                    symbol="BTCUSDT", side="BUY", type="LIMIT", time_in_force="GTC", quantity=D("0.01"), price=D(50000)
                )
                items = _collect(stream, lambda items: any(isinstance(i, UnknownEvent) for i in items))
        [event] = [i for i in items if isinstance(i, UnknownEvent)]
        [report] = [i for i in items if type(i).__name__ == "ExecutionReport"]

        async def second_run() -> None:
            async with AsyncMarginClient(config=_config(sb, second)) as aclient:
                await aclient.account.get_cross_account()

        import asyncio

        asyncio.run(second_run())
    payloads = {"account": account.to_dict(), "event": event.payload, "report": report.to_dict()}
    assert payloads["account"][NEW_ACCOUNT_FIELD] and payloads["report"][NEW_EVENT_FIELD]
    return first, second, payloads


def test_next_version_to_typed_models_in_a_copy_of_the_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "project"
    for part in ("spec", "generator", "generated"):
        shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))

    first, second, payloads = _run_next_version(tmp_path)
    assert {f.name for f in SpecDrift.load(second).fields} == {NEW_ACCOUNT_FIELD, NEW_ASSET_FIELD}

    # the CLI pools both runs, saves the pooled record and writes the patch (relative to the copy's root)
    monkeypatch.chdir(copy)
    monkeypatch.delenv("BINANCE_SPEC_DRIFT_FILE", raising=False)
    pooled = tmp_path / "pooled.json"
    result = CliRunner().invoke(
        app,
        ["spec-drift", "--from", str(first), "--from", str(second), "--save", str(pooled), "--patch", "drift.diff"],
    )
    assert result.exit_code == 0, result.output
    assert f"{NEW_ERROR_CODE}" in result.output and NEW_EVENT_TYPE in result.output
    record = SpecDrift.load(pooled)
    assert {(f.name, f.count) for f in record.fields if f.source == "rest"} == {
        (NEW_ACCOUNT_FIELD, 2),
        (NEW_ASSET_FIELD, 2),
    }
    assert [(e.value, e.count) for e in record.enum_values] == [(NEW_ACCOUNT_TYPE, 2)]
    diff = (copy / "drift.diff").read_text(encoding="utf-8")
    assert diff.startswith("--- a/spec/margin.yaml\n+++ b/spec/margin.yaml\n")
    before = (copy / "spec" / "margin.yaml").read_text(encoding="utf-8").splitlines()

    subprocess.run(["git", "apply", "drift.diff"], cwd=copy, check=True, capture_output=True)
    after = (copy / "spec" / "margin.yaml").read_text(encoding="utf-8").splitlines()
    removed = [line for line in before if line not in set(after)]
    assert removed == [], "the patch only adds lines (no reflow)"
    assert len(after) > len(before)

    generate = [sys.executable, str(copy / "generator" / "generate.py")]
    done = subprocess.run(generate, cwd=copy, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    (tmp_path / "payloads.json").write_text(json.dumps(payloads), encoding="utf-8")
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            PROBE,
            str(tmp_path / "payloads.json"),
            NEW_ACCOUNT_FIELD,
            NEW_ASSET_FIELD,
            NEW_ACCOUNT_TYPE,
            NEW_EVENT_TYPE,
            NEW_EVENT_FIELD,
        ],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(copy / "generated"), "PATH": ""},
        cwd=tmp_path,
    )
    assert probe.stdout.strip() == "ok", probe.stderr[-3000:]

    # `make check-generated` on the copy: regenerate into a temporary folder and diff with generated/
    check = copy / ".check-generated" / "binance_margin_generated"
    done = subprocess.run([*generate, "--output", str(check)], cwd=copy, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    differ = subprocess.run(
        ["diff", "-r", "-x", "__pycache__", "generated/binance_margin_generated", str(check)],
        cwd=copy,
        capture_output=True,
        text=True,
    )
    assert differ.returncode == 0, differ.stdout[-3000:]
