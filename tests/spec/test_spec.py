"""The spec is valid, complete and typed: the single source of truth everything else is generated from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from ._spec import ROOT, SPEC_PATH, examples, load_spec, operations, resolve

RULES = {"none", "cross-only", "isolated-only", "is-isolated", "isolated-symbol", "type", "symbol", "is-isolated-bool"}
TAGS = {"general", "account", "trade", "borrow-repay", "transfer", "market-data", "risk", "data-stream", "special-key"}
SUPPORTING = {
    ("get", "/api/v3/ping"),
    ("get", "/api/v3/time"),
    ("get", "/api/v3/exchangeInfo"),
    ("post", "/sapi/v1/asset/transfer"),
    ("get", "/sapi/v1/asset/transfer"),
}


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses duplicate keys (PyYAML keeps the last one silently)."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
        if key in seen:
            raise AssertionError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def test_spec_is_valid_openapi() -> None:
    validate(load_spec())


def test_no_duplicate_yaml_keys() -> None:
    yaml.load(SPEC_PATH.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)


def test_operation_ids_are_unique() -> None:
    # openapi-python-client silently overwrites one endpoint module with another on a duplicate.
    ids = [op["operationId"] for _, _, op in operations()]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_covers_every_current_margin_endpoint_and_the_supporting_ones() -> None:
    import json

    inventory = json.loads((Path(__file__).parent / "data" / "endpoint_inventory.json").read_text())
    current = {
        (e["method"].lower(), e["path"]) for e in inventory if e["status"] == "current" and e["scope"] == "margin"
    }
    ours = {(m, p) for m, p, _ in operations()}
    assert current <= ours, sorted(current - ours)
    assert ours >= SUPPORTING, sorted(SUPPORTING - ours)
    retired = {(e["method"].lower(), e["path"]) for e in inventory if e["status"] != "current"}
    assert not (retired & ours), sorted(retired & ours)
    assert len(ours) == len(current) + len(SUPPORTING)


@pytest.fixture(scope="module")
def retired_doc() -> str:
    return (ROOT / "spec" / "RETIRED.md").read_text(encoding="utf-8")


def test_retired_endpoints_are_listed_with_their_replacement(retired_doc: str) -> None:
    import json

    inventory = json.loads((Path(__file__).parent / "data" / "endpoint_inventory.json").read_text())
    for e in inventory:
        if e["status"] != "current":
            assert f"`{e['method']} {e['path']}`" in retired_doc, e["path"]


@pytest.mark.parametrize(("method", "path", "op"), list(operations()), ids=lambda v: v if isinstance(v, str) else "")
def test_operation_is_complete(method: str, path: str, op: dict[str, Any]) -> None:
    assert op["tags"][0] in TAGS
    assert op.get("summary")
    assert op.get("x-security") in ("NONE", "API_KEY", "SIGNED")
    weight = op.get("x-weight")
    assert isinstance(weight, dict) and set(weight) <= {"ip", "uid"} and weight
    iso = op.get("x-isolation")
    assert isinstance(iso, dict) and iso.get("rule") in RULES
    if iso["rule"] == "is-isolated":
        assert iso.get("symbol") in ("always", "optional", "isolated-only", "none")
    names = [p["name"] for p in op.get("parameters", [])]
    assert "timestamp" not in names and "signature" not in names, "the signer adds timestamp and signature"
    for p in op.get("parameters", []):
        assert p["in"] == "query", "Binance takes every parameter in the query string"
        assert p.get("description"), f"{p['name']} has no description"
        assert "schema" in p
    assert "4XX" in op["responses"]
    assert examples(op), "every operation carries Binance's documented response example"


def _untyped_objects(schema: dict[str, Any], where: str, seen: set[int]) -> list[str]:
    if id(schema) in seen:
        return []
    seen.add(id(schema))
    ref = schema.get("$ref", "")
    if ref.endswith("/EmptyResponse"):
        return []
    schema = resolve(schema)
    out: list[str] = []
    if schema.get("type") == "object" or "properties" in schema:
        props = schema.get("properties")
        addl = schema.get("additionalProperties")
        if not props and not isinstance(addl, dict):
            out.append(where)
        for name, sub in (props or {}).items():
            out += _untyped_objects(sub, f"{where}.{name}", seen)
        if isinstance(addl, dict):
            out += _untyped_objects(addl, f"{where}[*]", seen)
    if schema.get("type") == "array":
        out += _untyped_objects(schema["items"], f"{where}[]", seen)
    for key in ("oneOf", "anyOf", "allOf"):
        for i, sub in enumerate(schema.get(key, [])):
            out += _untyped_objects(sub, f"{where}<{key}{i}>", seen)
    return out


@pytest.mark.parametrize(("method", "path", "op"), list(operations()), ids=lambda v: v if isinstance(v, str) else "")
def test_200_response_is_typed(method: str, path: str, op: dict[str, Any]) -> None:
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert not _untyped_objects(schema, "200", set())


def test_money_is_decimal_and_ids_are_int64() -> None:
    money = {"price", "qty", "quantity", "amount", "free", "locked", "borrowed", "interest", "netAsset"}
    ids = {"orderId", "tradeId", "txId", "tranId", "transactTime", "time", "updateTime", "timestamp"}
    for name, schema in load_spec()["components"]["schemas"].items():
        for field, sub in (schema.get("properties") or {}).items():
            sub = resolve(sub) if "$ref" in sub else sub
            if field in money:
                assert sub.get("format") == "decimal", f"{name}.{field} should be a decimal string"
            if field in ids and sub.get("type") == "integer":
                assert sub.get("format") == "int64", f"{name}.{field} should be int64"


def test_counts_for_the_record() -> None:
    spec = load_spec()
    n_ops = sum(1 for _ in operations())
    decimals = 0
    for schema in spec["components"]["schemas"].values():
        for sub in (schema.get("properties") or {}).values():
            decimals += sub.get("format") == "decimal"
    assert n_ops >= 75 and decimals > 100
