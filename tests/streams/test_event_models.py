"""Every stream schema's documented example round-trips exactly; unknown events and fields survive."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
from binance_margin import CROSS, Isolated
from binance_margin.streams import ExecutionReport, UnknownEvent, decode_event
from binance_margin_generated import events
from binance_margin_generated.models import OrderStatus

from ..spec._spec import load_spec

STREAM_SCHEMAS = {name: s for name, s in load_spec()["components"]["schemas"].items() if "x-stream" in s}


def _model(schema: dict[str, Any]) -> Any:
    return getattr(events, schema["x-python-class"])


@pytest.mark.parametrize("name", sorted(STREAM_SCHEMAS))
def test_example_round_trips_exactly(name: str) -> None:
    schema = STREAM_SCHEMAS[name]
    example = schema["example"]
    parsed = _model(schema).from_dict(example)
    assert parsed.to_dict() == example
    assert parsed.additional_properties == {}


@pytest.mark.parametrize("name", sorted(STREAM_SCHEMAS))
def test_unknown_fields_are_kept(name: str) -> None:
    payload = copy.deepcopy(STREAM_SCHEMAS[name]["example"])
    payload["fieldBinanceAddsIn2027"] = {"nested": [1, "2"]}
    parsed = _model(STREAM_SCHEMAS[name]).from_dict(payload)
    assert parsed.additional_properties == {"fieldBinanceAddsIn2027": {"nested": [1, "2"]}}
    assert parsed.to_dict() == payload


def test_every_event_schema_is_in_the_table_with_a_dedupe_key() -> None:
    event_schemas = {s["x-event-type"]: s for s in STREAM_SCHEMAS.values() if s["x-stream"] == "event"}
    assert set(events.EVENT_TYPES) == set(event_schemas)
    for event_type, schema in event_schemas.items():
        assert events.EVENT_TYPES[event_type].__name__ == schema["x-python-class"]
        assert set(events.DEDUPE_KEYS[event_type]) <= set(schema["properties"])
    assert {"executionReport", "outboundAccountPosition", "balanceUpdate", "listStatus"} <= events.USER_EVENT_TYPES
    assert {"MARGIN_LEVEL_STATUS_CHANGE", "USER_LIABILITY_CHANGE"} <= events.RISK_EVENT_TYPES


def test_readable_names_and_exact_decimals() -> None:
    example = STREAM_SCHEMAS["ExecutionReportEvent"]["example"]
    report = ExecutionReport.from_dict(example, Isolated("ETHBTC"))
    assert report.account == Isolated("ETHBTC")
    assert report.event_type == "executionReport" and report.event_time == 1499405658658
    assert report.execution_type == "NEW" and report.order_status is OrderStatus.NEW
    assert report.quantity == Decimal("1.00000000") and str(report.price) == "0.10264410"
    assert report.last_executed_quantity == Decimal(0) and report.commission_asset is None
    assert report.to_dict()["q"] == "1.00000000"


def test_unknown_enum_value_is_kept() -> None:
    payload = dict(STREAM_SCHEMAS["ExecutionReportEvent"]["example"], X="PENDING_NEW_2027", x="AMENDMENT")
    report = ExecutionReport.from_dict(payload)
    assert report.order_status == "PENDING_NEW_2027" and report.execution_type == "AMENDMENT"
    assert report.to_dict() == payload


def test_unknown_event_type_is_delivered_not_dropped() -> None:
    payload = {"e": "marginInterestSettled2027", "E": 1, "x": ["anything"]}
    event = decode_event(payload, CROSS)
    assert isinstance(event, UnknownEvent)
    assert event.event_type == "marginInterestSettled2027" and event.event_time == 1
    assert event.to_dict() == payload


def test_a_known_event_that_does_not_parse_is_delivered_as_unknown() -> None:
    payload = {"e": "executionReport", "E": 1, "s": "BTCUSDT"}  # most required keys missing
    event = decode_event(payload, Isolated("BTCUSDT"))
    assert isinstance(event, UnknownEvent) and event.account == Isolated("BTCUSDT")
    assert event.payload == payload


def test_secrets_stay_out_of_reprs() -> None:
    example = STREAM_SCHEMAS["ListenKeyExpiredEvent"]["example"]
    event = events.ListenKeyExpired.from_dict(example)
    assert example["listenKey"] not in repr(event)
    assert event.to_dict() == example


def test_decimals_new_to_the_cache_in_any_position_parse_exactly() -> None:
    example = STREAM_SCHEMAS["ExecutionReportEvent"]["example"]
    for key in ("q", "p", "z", "Q"):  # a value never seen before, after and before cached ones
        fresh = f"{len(key)}.{abs(hash(key)) % 10**8:08d}1"
        payload = dict(example, **{key: fresh})
        report = ExecutionReport.from_dict(payload)
        assert report.to_dict() == payload
        assert all(isinstance(v, Decimal) for v in (report.quantity, report.price, report.quote_order_quantity))
