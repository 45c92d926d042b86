"""The generated package: importable, matching the spec, and regenerable by a user after a spec change."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from binance_margin_generated.operations import OPERATIONS

from ._spec import ROOT, load_spec, operations


def test_every_endpoint_module_imports_and_exposes_the_runtime_hooks() -> None:
    for op in OPERATIONS.values():
        module = importlib.import_module(op.module)
        assert callable(module.build_request) and callable(module.parse_response)
        assert callable(module.sync_detailed) and callable(module.asyncio_detailed)


def test_operations_table_matches_the_spec() -> None:
    spec_ops = {op["operationId"]: (m.upper(), p, op) for m, p, op in operations()}
    assert set(spec_ops) == set(OPERATIONS)
    for op_id, (method, path, op) in spec_ops.items():
        entry = OPERATIONS[op_id]
        assert (entry.method, entry.path) == (method, path)
        assert entry.security == op["x-security"]
        assert entry.isolation_rule == op["x-isolation"]["rule"]
        assert entry.weight_ip == op["x-weight"].get("ip", 0)
        assert entry.weight_uid == op["x-weight"].get("uid", 0)
        assert [p.name for p in entry.params] == [p["name"] for p in op.get("parameters", [])]
        assert entry.state_changing == (method != "GET")
        margin_rules = {"is-isolated", "isolated-symbol", "type", "symbol", "is-isolated-bool"}
        assert entry.margin_params <= {p.name for p in entry.params}
        assert bool(entry.margin_params) == (entry.isolation_rule in margin_rules)


def test_models_package_is_lazy() -> None:
    code = (
        "import sys, binance_margin_generated.models as m; "
        "before = sum(1 for k in sys.modules if k.startswith('binance_margin_generated.models.')); "
        "m.MarginOrder; "
        "after = sum(1 for k in sys.modules if k.startswith('binance_margin_generated.models.')); "
        "print(before, after)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    before, after = int(out[0]), int(out[1])
    assert before == 0 and 0 < after < 10


def test_list_query_parameters_are_comma_joined() -> None:
    module = importlib.import_module(OPERATIONS["getIsolatedAccount"].module)
    kwargs = module.build_request(symbols=["BTCUSDT", "ETHUSDT"])
    assert kwargs["params"]["symbols"] == "BTCUSDT,ETHUSDT"


def test_decimal_query_parameters_never_use_an_exponent() -> None:
    from decimal import Decimal

    from binance_margin_generated.models import BorrowRepayType, IsolatedFlag

    module = importlib.import_module(OPERATIONS["borrowRepay"].module)
    kwargs = module.build_request(
        asset="BTC", is_isolated=IsolatedFlag.FALSE, amount=Decimal("1E-8"), type_=BorrowRepayType.BORROW
    )
    assert kwargs["params"]["amount"] == "0.00000001"


NEW_OPERATION = {
    "get": {
        "operationId": "getShinyNewThing",
        "tags": ["account"],
        "summary": "Query a thing Binance added after this release",
        "x-security": "SIGNED",
        "x-weight": {"ip": 5},
        "x-isolation": {"rule": "isolated-symbol"},
        "parameters": [
            {"name": "asset", "in": "query", "required": True, "description": "Asset.", "schema": {"type": "string"}},
            {
                "name": "isolatedSymbol",
                "in": "query",
                "required": False,
                "description": "Isolated pair.",
                "schema": {"type": "string"},
            },
            {
                "name": "amount",
                "in": "query",
                "required": False,
                "description": "Amount.",
                "schema": {"type": "string", "format": "decimal"},
            },
        ],
        "responses": {
            "200": {
                "description": "OK",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ShinyNewThing"}}},
            },
            "4XX": {"$ref": "#/components/responses/Error"},
        },
    }
}


@pytest.mark.slow
def test_regenerating_after_adding_an_operation_gives_a_typed_method(tmp_path: Path) -> None:
    spec = load_spec()
    spec = {**spec, "paths": {**spec["paths"], "/sapi/v1/margin/shinyNewThing": NEW_OPERATION}}
    spec["components"] = {
        **spec["components"],
        "schemas": {
            **spec["components"]["schemas"],
            "ShinyNewThing": {
                "type": "object",
                "required": ["asset", "value"],
                "properties": {"asset": {"type": "string"}, "value": {"type": "string", "format": "decimal"}},
            },
        },
    }
    spec_copy = tmp_path / "margin.yaml"
    spec_copy.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    before = {p: p.stat().st_mtime_ns for p in (ROOT / "generated").rglob("*.py")}
    out = tmp_path / "pkg" / "binance_margin_generated"
    subprocess.run(
        [sys.executable, str(ROOT / "generator" / "generate.py"), "--spec", str(spec_copy), "--output", str(out)],
        check=True,
        capture_output=True,
    )
    assert before == {p: p.stat().st_mtime_ns for p in (ROOT / "generated").rglob("*.py")}, "generated/ untouched"
    probe = (
        "import inspect, httpx\n"
        "from decimal import Decimal\n"
        "from binance_margin_generated.api.account import get_shiny_new_thing as m\n"
        "from binance_margin_generated import operations, surface\n"
        "op = operations.OPERATIONS['getShinyNewThing']\n"
        "assert op.security == 'SIGNED' and op.isolation_rule == 'isolated-symbol' and op.weight_ip == 5\n"
        "sig = inspect.signature(surface.AccountApi.get_shiny_new_thing)\n"
        "assert 'margin' in sig.parameters and 'isolated_symbol' not in sig.parameters\n"
        "assert sig.return_annotation == 'ShinyNewThing'\n"
        "r = m.parse_response(client=None, response=httpx.Response(200, json={'asset': 'BTC', 'value': '1.10'}))\n"
        "assert r.value == Decimal('1.10')\n"
        "print('ok')\n"
    )
    env_path = str(out.parent)
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": env_path, "PATH": ""},
        cwd=tmp_path,
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_method_tables_in_readme_and_docs_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "generator" / "method_table.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
