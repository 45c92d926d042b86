"""The spec drift recorder: the models' marker, the walk, the record's JSON, merging and saving (no network)."""

from __future__ import annotations

import copy
import importlib
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
from binance_margin import SpecDrift, UnknownEnumValue, UnknownErrorCode, UnknownEventType, UnknownField
from binance_margin._drift import DriftRecorder, json_type, reset_logged
from binance_margin_generated import Client
from binance_margin_generated.events import ExecutionReport, UnknownEvent
from binance_margin_generated.models import CrossMarginAccount, MarginOrder
from binance_margin_generated.operations import BY_ROUTE
from binance_margin_generated.types import _DRIFT
from hypothesis import given
from hypothesis import strategies as st

from tests.spec._spec import examples, operations

CLIENT = Client(base_url="https://api.binance.com")
CASES = [
    pytest.param(method, path, op["operationId"], example, id=f"{op['operationId']}-{name}")
    for method, path, op in operations()
    for name, example in examples(op)
]

ACCOUNT: dict[str, Any] = {
    "borrowEnabled": True,
    "marginLevel": "11.64405625",
    "totalAssetOfBtc": "6.82728457",
    "totalLiabilityOfBtc": "0.58633215",
    "totalNetAssetOfBtc": "6.24095242",
    "tradeEnabled": True,
    "transferInEnabled": True,
    "transferOutEnabled": True,
    "accountType": "MARGIN_1",
    "userAssets": [
        {
            "asset": a,
            "borrowed": "0.00000000",
            "free": "0.00499500",
            "interest": "0.00000000",
            "locked": "0.00000000",
            "netAsset": "0.00499500",
        }
        for a in ("BTC", "BNB", "ETH")
    ],
}


def _parse(method: str, path: str, payload: Any) -> Any:
    op = BY_ROUTE[(method.upper(), path)]
    module = importlib.import_module(op.module)
    return module.parse_response(client=CLIENT, response=httpx.Response(200, content=json.dumps(payload).encode()))


def _add_key(payload: Any) -> str | None:
    if isinstance(payload, dict):
        payload["fieldBinanceAddsIn2027"] = 1
        return "$"
    if isinstance(payload, list) and payload and isinstance(payload[0], dict):
        payload[0]["fieldBinanceAddsIn2027"] = 1
        return "$[]"
    return None


@pytest.mark.parametrize(("method", "path", "operation", "example"), CASES)
def test_documented_examples_leave_the_marker_alone_and_one_new_key_is_found(
    method: str, path: str, operation: str, example: Any
) -> None:
    mark = _DRIFT[0]
    parsed = _parse(method, path, copy.deepcopy(example))
    assert _DRIFT[0] == mark, "a documented answer is no drift"
    recorder = DriftRecorder(interval=0)
    recorder.scan_response(operation, parsed)
    assert not recorder.snapshot()

    payload = copy.deepcopy(example)
    where = _add_key(payload)
    if where is None:
        pytest.skip("the answer holds no object")
    parsed = _parse(method, path, payload)
    assert _DRIFT[0] != mark
    recorder.scan_response(operation, parsed)
    [found] = recorder.snapshot().fields
    assert (found.operation, found.path, found.name, found.json_types) == (
        operation,
        where,
        "fieldBinanceAddsIn2027",
        ("integer",),
    )


def test_nested_rows_enum_values_and_types_are_folded_per_payload() -> None:
    payload = copy.deepcopy(ACCOUNT)
    payload["accountType"] = "MARGIN_7"
    for i, row in enumerate(payload["userAssets"]):
        row["rate"] = "0.00010000" if i else None
        row["tags"] = ["a", 1]
        row["label"] = "x" if i == 2 else "1.5"
    recorder = DriftRecorder(interval=0)
    for _ in range(2):
        recorder.scan_response("getCrossAccount", CrossMarginAccount.from_dict(payload))
    drift = recorder.snapshot()
    by_name = {f.name: f for f in drift.fields}
    assert set(by_name) == {"rate", "tags", "label"}
    rate = by_name["rate"]
    assert (rate.path, rate.model, rate.json_types, rate.decimal, rate.count) == (
        "$.userAssets[]",
        "CrossMarginAccountUserAsset",
        ("null", "string"),
        True,
        2,  # once per payload, not once per row
    )
    assert by_name["tags"].item_types == ("integer", "string")
    assert by_name["tags"].describe_type() == "array of integer | string"
    assert by_name["label"].decimal is False  # "x" is no decimal
    assert drift.enum_values == (
        UnknownEnumValue("rest", "getCrossAccount", "$", "accountType", "CrossMarginAccountType", "MARGIN_7", 2),
    )


def test_drifted_answers_of_one_operation_are_walked_once_per_interval() -> None:
    parsed = CrossMarginAccount.from_dict({**ACCOUNT, "riskTier": 1})
    recorder = DriftRecorder(interval=3600)
    for _ in range(3):
        recorder.scan_response("getCrossAccount", parsed)
    recorder.scan_response("getCrossMarginAccount2027", parsed)  # another operation: its own interval
    assert [(f.operation, f.count) for f in recorder.snapshot().fields] == [
        ("getCrossAccount", 1),
        ("getCrossMarginAccount2027", 1),
    ]
    recorder.interval = 0
    recorder.scan_response("getCrossAccount", parsed)
    assert recorder.snapshot().fields[0].count == 2


def test_known_enum_values_and_absent_optional_keys_are_no_drift() -> None:
    recorder = DriftRecorder()
    recorder.scan_response("getCrossAccount", CrossMarginAccount.from_dict(ACCOUNT))
    assert recorder.snapshot() == SpecDrift()


def test_stream_events_unknown_types_and_keys() -> None:
    recorder = DriftRecorder()
    recorder.scan_event("user", UnknownEvent.from_dict({"e": "brandNew", "E": 1, "x": "1.00", "y": [1], "z": None}))
    recorder.scan_event("user", UnknownEvent.from_dict({"e": "brandNew", "E": 2, "x": "abc"}))
    [event] = recorder.snapshot().event_types
    assert (event.stream, event.event_type, event.count) == ("user", "brandNew", 2)
    shapes = {f.name: (f.json_types, f.decimal) for f in event.fields}
    assert shapes == {
        "E": (("integer",), False),
        "x": (("string",), False),
        "y": (("array",), False),
        "z": (("null",), False),
    }
    report = ExecutionReport.from_dict(_execution_report(newKey=True, X="NEW_STATUS_2027"))
    recorder.scan_event("user", report)
    drift = recorder.snapshot()
    assert [(f.operation, f.path, f.name, f.model) for f in drift.fields] == [
        ("executionReport", "$", "newKey", "ExecutionReport")
    ]
    assert [(e.operation, e.name, e.enum, e.value) for e in drift.enum_values] == [
        ("executionReport", "X", "OrderStatus", "NEW_STATUS_2027")
    ]


def _execution_report(**extra: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "e": "executionReport", "E": 1, "s": "BTCUSDT", "c": "c", "S": "BUY", "o": "LIMIT", "f": "GTC",
        "q": "1.00000000", "p": "0.10000000", "P": "0.00000000", "F": "0.00000000", "g": -1, "C": "", "x": "NEW",
        "X": "NEW", "r": "NONE", "i": 1, "l": "0.00000000", "z": "0.00000000", "L": "0.00000000", "n": "0",
        "N": None, "T": 1, "t": -1, "I": 1, "w": True, "m": False, "M": False, "O": 1, "Z": "0.00000000",
        "Y": "0.00000000", "Q": "0.00000000",
    }  # fmt: skip
    event.update(extra)
    return event


def test_error_codes_count_and_logs_say_each_thing_once(caplog: pytest.LogCaptureFixture) -> None:
    reset_logged()
    caplog.set_level(logging.INFO, logger="binance_margin.drift")
    first, second = DriftRecorder(), DriftRecorder()
    for recorder in (first, second):
        recorder.note_error("newOrder", 400, -9999, "A new refusal.")
        recorder.note_error("newOrder", 400, -9999, "A new refusal.")
        recorder.scan_response("getCrossAccount", CrossMarginAccount.from_dict({**ACCOUNT, "riskTier": 3}))
    assert first.snapshot().error_codes == (UnknownErrorCode("newOrder", -9999, 400, "A new refusal.", 2),)
    messages = [r.getMessage() for r in caplog.records if r.name == "binance_margin.drift"]
    assert len(messages) == 2, messages  # per process, not per client
    assert any("-9999" in m for m in messages) and any("riskTier" in m and "integer" in m for m in messages)


def test_models_with_typed_extra_keys_are_no_drift() -> None:
    from binance_margin_generated.models import AvailableInventory

    parsed = AvailableInventory.from_dict({"assets": {"BTC": "1.5", "ETH": "2"}, "updateTime": 1})
    recorder = DriftRecorder()
    recorder.scan_response("getAvailableInventory", parsed)
    assert not recorder.snapshot()


def test_a_list_of_orders_walks_every_row_once() -> None:
    rows = [_order(i) for i in range(50)]
    rows[17]["status"] = "PENDING_2027"
    recorder = DriftRecorder()
    recorder.scan_response("getAllOrders", [MarginOrder.from_dict(r) for r in rows])
    [enum] = recorder.snapshot().enum_values
    assert (enum.path, enum.name, enum.value, enum.count) == ("$[]", "status", "PENDING_2027", 1)


def _order(i: int) -> dict[str, Any]:
    return {
        "clientOrderId": f"c{i}", "cummulativeQuoteQty": "0.00000000", "executedQty": "0.00000000",
        "icebergQty": "0.00000000", "isWorking": True, "orderId": i, "origQty": "1.00000000",
        "price": "1.00000000", "side": "BUY", "status": "NEW", "stopPrice": "0.00000000", "symbol": "BTCUSDT",
        "isIsolated": False, "time": 1, "timeInForce": "GTC", "type": "LIMIT", "updateTime": 1,
        "selfTradePreventionMode": "NONE",
    }  # fmt: skip


# -- the record: JSON, merge, save ---------------------------------------------------------------------------------

_names = st.text(alphabet="abcdefXYZ_", min_size=1, max_size=6)
_types = st.lists(st.sampled_from(["string", "integer", "number", "boolean", "null", "object", "array"]), min_size=1)
_fields = st.builds(
    UnknownField,
    source=st.sampled_from(["rest", "stream"]),
    operation=st.sampled_from(["getCrossAccount", "executionReport"]),
    path=st.sampled_from(["$", "$[]", "$.userAssets[]"]),
    name=_names,
    model=st.sampled_from(["A", "B"]),
    json_types=_types.map(lambda t: tuple(sorted(set(t)))),
    decimal=st.booleans(),
    item_types=st.lists(st.sampled_from(["string", "integer"])).map(lambda t: tuple(sorted(set(t)))),
    count=st.integers(1, 5),
)
_records = st.builds(
    SpecDrift,
    fields=st.lists(_fields, max_size=4).map(lambda fs: SpecDrift().merge(SpecDrift(tuple(fs))).fields),
    enum_values=st.lists(
        st.builds(
            UnknownEnumValue,
            source=st.just("rest"),
            operation=st.just("getCrossAccount"),
            path=st.just("$"),
            name=st.just("accountType"),
            enum=st.just("CrossMarginAccountType"),
            value=_names,
            count=st.integers(1, 5),
        ),
        max_size=3,
        unique_by=lambda e: e.value,
    ).map(tuple),
    event_types=st.lists(
        st.builds(UnknownEventType, stream=st.just("user"), event_type=_names, count=st.integers(1, 3)),
        max_size=2,
        unique_by=lambda e: e.event_type,
    ).map(tuple),
    error_codes=st.lists(
        st.builds(
            UnknownErrorCode,
            operation=st.just("newOrder"),
            code=st.integers(-99999, -1),
            http_status=st.just(400),
            message=st.text(max_size=20),
            count=st.integers(1, 3),
        ),
        max_size=3,
        unique_by=lambda c: c.code,
    ).map(tuple),
)


def _total(record: SpecDrift) -> int:
    return sum(
        x.count for group in (record.fields, record.enum_values, record.event_types, record.error_codes) for x in group
    )


@given(_records)
def test_json_round_trip(record: SpecDrift) -> None:
    assert SpecDrift.from_dict(json.loads(record.to_json())) == record


@given(_records, _records, _records)
def test_merge_pools_counts_and_is_order_free(a: SpecDrift, b: SpecDrift, c: SpecDrift) -> None:
    assert _total(a.merge(b)) == _total(a) + _total(b)
    assert a.merge(b).merge(c) == a.merge(b, c) == c.merge(a, b).merge()  # same items whatever the order
    assert SpecDrift().merge(a).merge(SpecDrift()) == SpecDrift().merge(a)


def test_merge_unites_what_each_run_saw() -> None:
    a = UnknownField("rest", "op", "$", "k", "M", ("string",), True)
    b = UnknownField("rest", "op", "$", "k", "M", ("null", "string"), False, count=2)
    c = UnknownField("rest", "op", "$", "k", "M", ("null",), False)
    [merged] = SpecDrift((a,)).merge(SpecDrift((b,)), SpecDrift((c,))).fields
    assert (merged.json_types, merged.decimal, merged.count) == (("null", "string"), False, 4)
    [kept] = SpecDrift((a,)).merge(SpecDrift((c,))).fields
    assert kept.decimal is True  # a run that saw only null says nothing about the strings


def test_save_merges_into_the_file_and_load_refuses_other_files(tmp_path: Path) -> None:
    target = tmp_path / "drift.json"
    one = SpecDrift(error_codes=(UnknownErrorCode("newOrder", -9999, 400, "x"),))
    one.save(target)
    written = one.save(target)
    assert SpecDrift.load(target) == written
    assert written.error_codes[0].count == 2
    assert one.save(target, merge=False) == one
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 99}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a spec drift record"):
        SpecDrift.load(bad)
    bad.write_text("[1", encoding="utf-8")
    with pytest.raises(ValueError, match="not JSON"):
        SpecDrift.load(bad)
    bad.write_text('{"format": 1, "fields": [{"source": "ftp"}]}', encoding="utf-8")
    with pytest.raises(ValueError):
        SpecDrift.load(bad)


def test_json_type() -> None:
    assert [json_type(v) for v in ("a", 1, 1.5, True, None, {}, [])] == [
        "string",
        "integer",
        "number",
        "boolean",
        "null",
        "object",
        "array",
    ]
