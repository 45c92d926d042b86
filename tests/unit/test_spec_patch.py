"""The spec patcher: minimal text edits of spec/margin.yaml that type what a drift record saw (no generator run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from binance_margin import SpecDrift, UnknownEnumValue, UnknownErrorCode, UnknownEventType, UnknownField
from binance_margin._spec_patch import _python_name, spec_patch
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "spec" / "margin.yaml").read_text(encoding="utf-8")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SCHEMAS: dict[str, Any] = yaml.load(SPEC, Loader=_LOADER)["components"]["schemas"]
# A small spec in the real one's style (block-style schemas, an enum list) for the property-based tests.
SMALL = """openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /sapi/v1/margin/account:
    get:
      operationId: getCrossAccount
      responses:
        '200':
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/CrossMarginAccount'
components:
  schemas:
    CrossMarginAccount:
      type: object
      description: Cross margin account details.
      required:
      - borrowEnabled
      properties:
        borrowEnabled:
          type: boolean
        side:
          $ref: '#/components/schemas/OrderSide'
    OrderSide:
      type: string
      description: Order side.
      enum:
      - BUY
      - SELL
    # the next block's comment stays with it
    Other:
      type: object
      properties:
        x: {type: string}
"""


def _schemas(text: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.load(text, Loader=_LOADER)["components"]["schemas"]
    return data


def _only_adds(old: str, new: str) -> bool:
    """Every line of ``old`` is in ``new``, in the same order (the patch inserts, never reflows)."""
    it = iter(new.splitlines())
    return all(any(line == other for other in it) for line in old.splitlines())


def _field(name: str, types: tuple[str, ...] = ("string",), **kw: Any) -> UnknownField:
    values: dict[str, Any] = {
        "source": "rest",
        "operation": "getCrossAccount",
        "path": "$",
        "name": name,
        "model": "CrossMarginAccount",
        "json_types": types,
    }
    values.update(kw)
    return UnknownField(**values)


def test_new_keys_go_to_the_component_that_holds_them_typed_and_marked_for_review() -> None:
    drift = SpecDrift(
        (
            _field("marginCallBuffer", decimal=True, count=3),
            _field("borrowLimit", ("null", "string"), decimal=True, path="$.userAssets[]", model="X"),
            _field("riskTier", ("integer",)),
            _field("ratio", ("number",), operation="getAllOrders", path="$[]", model="MarginOrder"),
            _field("tags", ("array",), item_types=("string",), operation="getAllOrders", path="$[]", model="?"),
        )
    )
    result = spec_patch(SPEC, drift)
    assert result.notes == []
    assert _only_adds(SPEC, result.text)
    schemas = _schemas(result.text)
    account = schemas["CrossMarginAccount"]["properties"]
    assert {k: v for k, v in account["marginCallBuffer"].items() if k != "description"} == {
        "type": "string",
        "format": "decimal",
        "x-review": True,
    }
    assert "seen 3x" in account["marginCallBuffer"]["description"]
    assert account["riskTier"]["type"] == "integer" and account["riskTier"]["format"] == "int64"
    row = schemas["CrossMarginAccountUserAsset"]["properties"]["borrowLimit"]
    assert (row["type"], row["format"], row["nullable"]) == ("string", "decimal", True)
    order = schemas["MarginOrder"]["properties"]  # by the operation's 200 schema, whatever the class name said
    assert order["ratio"]["type"] == "number"
    assert order["tags"] == {**order["tags"], "type": "array", "items": {"type": "string"}}
    assert "marginCallBuffer" not in schemas["CrossMarginAccount"].get("required", [])
    assert result.diff.startswith("--- a/spec/margin.yaml\n+++ b/spec/margin.yaml\n")


def test_the_diff_applies_with_git_apply(tmp_path: Path) -> None:
    drift = SpecDrift(
        (_field("marginCallBuffer", decimal=True),),
        (UnknownEnumValue("rest", "getCrossAccount", "$", "accountType", "CrossMarginAccountType", "MARGIN_3"),),
    )
    result = spec_patch(SPEC, drift)
    (tmp_path / "spec").mkdir()
    (tmp_path / "spec" / "margin.yaml").write_text(SPEC, encoding="utf-8")
    (tmp_path / "p.diff").write_text(result.diff, encoding="utf-8")
    subprocess.run(["git", "apply", "p.diff"], cwd=tmp_path, check=True, capture_output=True)
    assert (tmp_path / "spec" / "margin.yaml").read_text(encoding="utf-8") == result.text


def test_enum_values_go_to_the_enum_the_key_refers_to() -> None:
    drift = SpecDrift(
        enum_values=(
            UnknownEnumValue("rest", "getCrossAccount", "$", "accountType", "CrossMarginAccountType", "MARGIN_3"),
            UnknownEnumValue("rest", "getCrossAccount", "$", "accountType", "CrossMarginAccountType", "ON"),
            UnknownEnumValue("stream", "executionReport", "$", "X", "OrderStatus", "PENDING_NEW_2027"),
        )
    )
    result = spec_patch(SPEC, drift)
    assert result.notes == []
    schemas = _schemas(result.text)
    assert schemas["CrossMarginAccountType"]["enum"][-2:] == ["MARGIN_3", "ON"]  # "ON" quoted: not a boolean
    assert schemas["OrderStatus"]["enum"][-1] == "PENDING_NEW_2027"
    assert _only_adds(SPEC, result.text)


def test_flow_style_enums_and_properties_keep_their_style() -> None:
    spec = """openapi: 3.0.3
paths: {}
components:
  schemas:
    Side:
      type: string
      enum: [BUY, SELL]
    Ev:
      type: object
      x-stream: event
      x-event-type: ev
      x-python-class: Ev
      properties:
        e: {type: string, x-python-name: event_type}
        S: {$ref: '#/components/schemas/Side', x-python-name: side}
      example:
        e: ev
"""
    drift = SpecDrift(
        (UnknownField("stream", "ev", "$", "qty", "Ev", ("string",), True),),
        (UnknownEnumValue("stream", "ev", "$", "S", "Side", "HOLD"),),
    )
    result = spec_patch(spec, drift)
    assert "      enum: [BUY, SELL, HOLD]\n" in result.text
    assert "        qty: {type: string, format: decimal, x-python-name: qty," in result.text
    assert _schemas(result.text)["Ev"]["example"] == {"e": "ev"}


def test_new_event_types_become_skeletons_generator_events_accepts() -> None:
    fields = tuple(
        UnknownField("stream", "marginRiskUpdate", "$", name, "", types, decimal)
        for name, types, decimal in (
            ("E", ("integer",), False),
            ("l", ("string",), True),
            ("s", ("string",), False),
            ("B", ("array",), False),
            ("n", ("null", "integer"), False),
            ("class", ("boolean",), False),
        )
    )
    drift = SpecDrift(event_types=(UnknownEventType("risk", "marginRiskUpdate", fields, 4),))
    result = spec_patch(SPEC, drift)
    schemas = _schemas(result.text)
    event = schemas["MarginRiskUpdateEvent"]
    assert (event["x-stream"], event["x-stream-name"], event["x-event-type"], event["x-review"]) == (
        "event",
        "risk",
        "marginRiskUpdate",
        True,
    )
    assert event["x-python-class"] == "MarginRiskUpdate" and event["required"] == ["e", "E"]
    names = {k: v["x-python-name"] for k, v in event["properties"].items()}
    assert names == {"e": "event_type", "E": "event_time", "l": "l", "s": "s", "B": "b", "n": "n", "class": "class_"}
    assert event["properties"]["n"]["nullable"] is True
    # after the last event schema, before the WebSocket API frames
    order = list(schemas)
    assert order.index("MarginRiskUpdateEvent") == max(
        i for i, n in enumerate(order) if schemas[n].get("x-stream") == "event"
    )
    sys.path.insert(0, str(ROOT / "generator"))
    try:
        import events
    finally:
        sys.path.remove(str(ROOT / "generator"))
    ctx = events._Context(schemas, {})
    source = "\n".join(events._class_source("MarginRiskUpdateEvent", event, ctx))
    compile(source, "events.py", "exec")
    assert "class MarginRiskUpdate(StreamEvent):" in source


def test_what_cannot_be_patched_is_noted_not_guessed() -> None:
    drift = SpecDrift(
        (
            _field("borrowEnabled"),  # already documented
            _field("mixed", ("integer", "string")),
            _field("nothing", ("null",)),
            _field("x", operation="noSuchOperation", model="NoSuchModel"),
            UnknownField("stream", "executionReport", "$", "num", "ExecutionReport", ("number",)),
        ),
        (UnknownEnumValue("rest", "getCrossAccount", "$", "accountType", "CrossMarginAccountType", "MARGIN_1"),),
        (UnknownEventType("user", "executionReport"),),
        (UnknownErrorCode("newOrder", -9999, 400, "New."),),
    )
    result = spec_patch(SPEC, drift)
    assert result.diff == "" and result.text == SPEC
    text = "\n".join(result.notes)
    for expected in (
        "already in CrossMarginAccount",
        "seen as integer and string",
        "seen only as null",
        "no component schema",
        "types no numbers",
        "already in the spec",
        "-9999",
    ):
        assert expected in text, (expected, text)


def test_the_same_key_in_two_records_is_added_once() -> None:
    record = SpecDrift((_field("riskTier", ("integer",)),))
    result = spec_patch(SPEC, record.merge(SpecDrift((_field("riskTier", ("integer",), count=4),))))
    assert result.text.count("riskTier") == 1
    assert spec_patch(result.text, record).diff == ""  # applied: nothing left to do


_KEYS = st.text(alphabet=st.characters(codec="ascii", categories=["L", "N", "P"]), min_size=1, max_size=12)


@given(
    key=_KEYS.filter(lambda k: k not in ("borrowEnabled", "side")),
    json_type=st.sampled_from(["string", "integer", "number", "boolean", "object", "array"]),
    nullable=st.booleans(),
)
def test_any_key_and_type_reads_back_from_the_patched_yaml(key: str, json_type: str, nullable: bool) -> None:
    types = tuple(sorted({json_type, *(["null"] if nullable else [])}))
    result = spec_patch(SMALL, SpecDrift((_field(key, types),)))
    schemas = _schemas(result.text)
    prop = schemas["CrossMarginAccount"]["properties"][key]
    assert prop["type"] == json_type and prop.get("nullable", False) is nullable
    assert schemas["Other"] == _schemas(SMALL)["Other"]
    assert _only_adds(SMALL, result.text)


@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]), min_size=1,
                        max_size=10).map(str.strip).filter(bool), min_size=1, max_size=4, unique=True))  # fmt: skip
def test_any_enum_value_reads_back_from_the_patched_yaml(values: list[str]) -> None:
    known = ["BUY", "SELL"]
    drift = SpecDrift(
        enum_values=tuple(
            UnknownEnumValue("rest", "getCrossAccount", "$", "side", "OrderSide", v) for v in values if v not in known
        )
    )
    result = spec_patch(SMALL, drift)
    assert _schemas(result.text)["OrderSide"]["enum"] == known + [v for v in values if v not in known]
    assert _only_adds(SMALL, result.text)


@pytest.mark.parametrize(
    ("key", "taken", "expected"),
    [("riskTier", set(), "risk_tier"), ("E", {"e"}, "e_2"), ("class", set(), "class_"), ("1x", set(), "field_1x")],
)
def test_python_names(key: str, taken: set[str], expected: str) -> None:
    assert _python_name(key, taken) == expected
