"""Generate the typed package in generated/ from spec/margin.yaml.

    python generator/generate.py                      # regenerate generated/binance_margin_generated
    python generator/generate.py --output DIR         # generate into DIR (used by `make check-generated`)

Steps, all deterministic:
1. openapi-python-client (pinned to 0.29.1) with the templates in generator/templates and a small plugin that
   turns `type: string, format: decimal` into `decimal.Decimal` (see DecimalProperty below);
2. the operations table (`operations.py`) from the spec's vendor extensions (x-security, x-weight, x-isolation);
3. the typed client surface (`surface.py`): one class per tag with one keyword-only method per operation, in four
   flavours (sync, async, and both with raw responses), which the hand-written runtime in overrides/ drives;
4. ruff (pinned) formats what steps 2 and 3 wrote, with --isolated so repository settings cannot change the output.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, ClassVar

import pagination  # generator/pagination.py: the x-pagination table and the history iterators
import yaml
from weight_table import write_weights

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events  # generator/events.py: the stream event models

GENERATOR_VERSION = "0.29.1"
PACKAGE = "binance_margin_generated"
ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent


def _install_decimal_plugin() -> None:
    """Teach openapi-python-client a Decimal property for `format: decimal` (it maps unknown formats to str)."""
    from importlib.metadata import version

    installed = version("openapi-python-client")
    if installed != GENERATOR_VERSION:
        sys.exit(f"generator/generate.py needs openapi-python-client=={GENERATOR_VERSION}, found {installed}")

    from openapi_python_client.parser import properties as props
    from openapi_python_client.parser.properties.string import StringProperty
    from openapi_python_client.strings import PythonIdentifier

    class DecimalProperty(StringProperty):
        """A decimal number sent by Binance as a string; `decimal.Decimal` in Python."""

        _type_string: ClassVar[str] = "Decimal"
        _json_type_string: ClassVar[str] = "str"
        template: ClassVar[str] = "decimal_property.py.jinja"

        def get_imports(self, *, prefix: str) -> set[str]:
            imports = super().get_imports(prefix=prefix)
            imports.add("from decimal import Decimal")
            imports.add(f"from {prefix}types import _DECIMALS, _format_decimal, _parse_decimal")
            return imports

    from openapi_python_client.parser.properties.enum_property import EnumProperty

    enum_imports = EnumProperty.get_imports

    def enum_get_imports(self: Any, *, prefix: str) -> set[str]:
        """Also import the enum's value -> member map, which from_dict reads (see str_enum.py.jinja)."""
        imports: set[str] = enum_imports(self, prefix=prefix)
        info = self.class_info
        imports.add(f"from {prefix}models.{info.module_name} import {info.module_name.upper()}_BY_VALUE")
        return imports

    EnumProperty.get_imports = enum_get_imports  # type: ignore[method-assign]

    original = props._string_based_property

    def string_based_property(name: Any, required: bool, data: Any, config: Any) -> Any:
        if data.schema_format == "decimal":
            return DecimalProperty.build(
                name=name,
                required=required,
                default=data.default,
                python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
                description=data.description,
                example=data.example,
            )
        return original(name, required, data, config)

    props._string_based_property = string_based_property


def _run_openapi_python_client(spec: Path, out: Path) -> None:
    from openapi_python_client.cli import app

    args = [
        "generate",
        "--path",
        str(spec),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--overwrite",
        "--config",
        str(HERE / "config.yaml"),
        "--custom-template-path",
        str(HERE / "templates"),
        "--fail-on-warning",
    ]
    try:
        app(args, standalone_mode=False)
    except SystemExit as exc:  # typer exits; 0 is success
        if exc.code not in (0, None):
            raise


def _ruff(path: Path, files: list[Path]) -> None:
    bindir = str(Path(sys.executable).parent)
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""))
    names = [str(f) for f in files]
    base = ["ruff", "--isolated", "--no-cache", "--line-length", "120"]
    subprocess.run(
        [
            "ruff",
            "check",
            *names,
            "--isolated",
            "--no-cache",
            "--fix-only",
            "--select",
            "F401,F541,I,UP",
            "--target-version",
            "py311",
            "--line-length",
            "120",
            "--quiet",
        ],
        check=True,
        cwd=path,
        env=env,
    )
    subprocess.run(["ruff", "format", *names, *base[1:], "--quiet"], check=True, cwd=path, env=env)


# --------------------------------------------------------------------------------------------------------------
# operations table and client surface
# --------------------------------------------------------------------------------------------------------------

GROUPS = {  # tag -> (attribute on the client, class name stem, docstring)
    "general": ("general", "General", "Connectivity, server time and exchange filters (spot API)."),
    "account": ("account", "Account", "Cross and isolated margin accounts, fees, leverage, BNB burn."),
    "trade": ("trade", "Trade", "Orders, order lists (OCO/OTO/OTOCO), trades and order-count usage."),
    "borrow-repay": ("borrow_repay", "BorrowRepay", "Borrowing, repaying, interest and borrow limits."),
    "transfer": ("transfer", "Transfer", "Transfers between spot, cross and isolated accounts, and their history."),
    "market-data": ("market_data", "MarketData", "Margin assets, pairs, price index, tiers and schedules."),
    "risk": ("risk", "Risk", "Liquidation records, small-liability exchange, liquidation loans."),
    "data-stream": ("data_stream", "DataStream", "Listen keys and listen tokens for the user data streams."),
    "special-key": ("special_key", "SpecialKey", "Special API keys for low-latency margin trading."),
}

RULES = {"none", "cross-only", "isolated-only", "is-isolated", "isolated-symbol", "type", "symbol", "is-isolated-bool"}
SYMBOL_MODES = {"always", "optional", "isolated-only", "none"}
MARGIN_DOC = {
    "is-isolated": "Cross margin (default) or ``Isolated(...)``; sent as ``isIsolated`` (+ ``symbol``).",
    "isolated-symbol": 'Cross margin (default) or ``Isolated("PAIR")``; sent as ``isolatedSymbol``.',
    "type": "Cross margin (default) or ``Isolated(...)``; sent as ``type=MARGIN|ISOLATED`` (+ ``symbol``).",
    "symbol": 'Cross margin (default) or ``Isolated("PAIR")``; sent as ``symbol`` for isolated.',
    "is-isolated-bool": 'Cross margin (default) or ``Isolated("PAIR")``; sent as ``isIsolated`` + ``symbol``.',
}


EXTRA_PARAMS_DOC = (
    "Wire parameters the spec does not know yet, by wire name (``{'newParam': 'X'}``): encoded like the "
    "others and sent (and signed) with them. A name this method already has is refused; use its argument."
)


def _consumed(rule: str, symbol_mode: str | None, spec_names: set[str]) -> set[str]:
    """Spec parameter names the isolation rule fills from the `margin` argument."""
    if rule == "is-isolated":
        out = {"isIsolated"}
        if symbol_mode == "isolated-only":
            out.add("symbol")
        return out
    if rule == "isolated-symbol":
        return {"isolatedSymbol"}
    if rule == "type":
        return {"type", "symbol"} & spec_names
    if rule == "symbol":
        return {"symbol"}
    if rule == "is-isolated-bool":
        return {"isIsolated", "symbol"}
    return set()


def _required_when(
    opid: str, rules: list[dict[str, Any]], spec_params: dict[str, Any], schemas: dict[str, Any]
) -> list[tuple[str, str, list[str]]]:
    """The operation's ``x-required-when`` rules as (parameter, enum parameter, values), checked against the spec.

    x-required-when:
    - param: toSymbol                      # this optional parameter must be sent ...
      when: type                           # ... when this enum parameter ...
      in: [MARGIN_ISOLATEDMARGIN, ...]     # ... has one of these values
    """
    out = []
    for rule in rules:
        unknown = set(rule) - {"param", "when", "in"}
        if unknown:
            sys.exit(f"{opid}: x-required-when has unknown keys {sorted(unknown)}")
        param, when, values = rule.get("param"), rule.get("when"), rule.get("in")
        if param not in spec_params or when not in spec_params:
            sys.exit(f"{opid}: x-required-when names {param!r}/{when!r}, which are not both parameters")
        schema = spec_params[when].get("schema", {})
        if "$ref" in schema:
            schema = schemas[schema["$ref"].split("/")[-1]]
        allowed = schema.get("enum")
        if allowed is None or not values or not set(values) <= set(allowed):
            sys.exit(f"{opid}: x-required-when.in must list values of the enum {when!r}: {values!r}")
        out.append((param, when, list(values)))
    return out


def _py_literal(value: Any) -> str:
    return repr(value)


def _split_union(annotation: str) -> list[str]:
    parts, depth, cur = [], 0, ""
    for ch in annotation:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    parts.append(cur.strip())
    return parts


def _doc_line(text: str | None) -> str:
    return " ".join((text or "").split())


class _Arg:
    def __init__(self, name: str, annotation: str) -> None:
        self.name = name
        self.annotation = annotation


class _Sig:
    def __init__(self, args: list[_Arg]) -> None:
        self.parameters = {a.name: a for a in args}


def _function(module: Any, name: str) -> ast.FunctionDef:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    raise LookupError(f"{module.__name__}.{name}")


def _signature(module: Any, name: str) -> _Sig:
    """Argument names and annotation source text of a generated function."""
    fn = _function(module, name)
    args = fn.args.args + fn.args.kwonlyargs
    return _Sig([_Arg(a.arg, ast.unparse(a.annotation) if a.annotation else "Any") for a in args])


def _return_annotation(module: Any, name: str) -> str:
    fn = _function(module, name)
    assert fn.returns is not None
    return ast.unparse(fn.returns)


def build_surface(spec: dict[str, Any], pkg_dir: Path) -> list[Path]:
    """Write operations.py and surface.py into the freshly generated package; return the paths written."""
    from openapi_python_client.strings import snake_case

    sys.path.insert(0, str(pkg_dir.parent))
    for name in list(sys.modules):
        if name == PACKAGE or name.startswith(PACKAGE + "."):
            del sys.modules[name]
    importlib.invalidate_caches()
    schemas = spec["components"]["schemas"]

    ops: list[dict[str, Any]] = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            tag = op["tags"][0]
            if tag not in GROUPS:
                sys.exit(f"{method.upper()} {path}: unknown tag {tag!r}")
            opid = op["operationId"]
            mod_name = f"{PACKAGE}.api.{snake_case(tag)}.{snake_case(opid)}"
            module = importlib.import_module(mod_name)
            sig = _signature(module, "_get_kwargs")
            ret = _return_annotation(module, "sync_detailed")
            assert ret.startswith("Response[") and ret.endswith("]"), ret
            variants = [v for v in _split_union(ret[len("Response[") : -1]) if v != "Error"]
            return_type = " | ".join(variants)
            iso = op.get("x-isolation") or {}
            rule = iso.get("rule", "none")
            if rule not in RULES:
                sys.exit(f"{opid}: x-isolation rule {rule!r} is not one of {sorted(RULES)}")
            symbol_mode = iso.get("symbol")
            if rule == "is-isolated" and symbol_mode not in SYMBOL_MODES:
                sys.exit(f"{opid}: x-isolation rule is-isolated needs symbol: one of {sorted(SYMBOL_MODES)}")
            security = op.get("x-security")
            if security not in ("NONE", "API_KEY", "SIGNED"):
                sys.exit(f"{opid}: x-security must be NONE, API_KEY or SIGNED")
            spec_params = {p["name"]: p for p in op.get("parameters", [])}
            consumed = _consumed(rule, symbol_mode, set(spec_params))
            missing = consumed - set(spec_params)
            if missing:
                sys.exit(f"{opid}: x-isolation rule {rule} needs parameters {sorted(missing)}")
            params = []
            for pname, sp in spec_params.items():
                py = None
                for cand in sig.parameters.values():
                    if cand.name in (snake_case(pname), snake_case(pname) + "_", "field_" + snake_case(pname)):
                        py = cand
                if py is None:
                    sys.exit(f"{opid}: cannot find generated argument for {pname}")
                schema = sp.get("schema", {})
                enum_spec = f"paths.{path}.{method}.parameters[{pname}]"
                if "$ref" in schema:
                    enum_spec = "components.schemas." + schema["$ref"].split("/")[-1]
                    schema = schemas[schema["$ref"].split("/")[-1]]
                kind, enum_class, enum_values, max_items = "plain", None, None, None
                ann_parts = [a for a in _split_union(py.annotation) if a not in ("Unset", "None")]
                base_ann = " | ".join(ann_parts)
                if schema.get("format") == "decimal":
                    kind = "decimal"
                elif schema.get("type") == "array":
                    kind = "list"
                    max_items = schema.get("maxItems")
                elif "enum" in schema:
                    kind = "enum"
                    enum_class = base_ann
                    enum_values = list(schema["enum"])
                elif schema.get("type") == "boolean":
                    kind = "bool"
                elif schema.get("type") == "integer":
                    kind = "int"
                else:
                    kind = "str"
                if kind == "decimal":
                    user_ann = "Decimal | str | int"
                elif kind == "enum":
                    lits = ", ".join(_py_literal(v) for v in enum_values)
                    user_ann = f"{enum_class} | Literal[{lits}] | Unlisted"
                elif kind == "list":
                    user_ann = "Sequence[str]"
                else:
                    user_ann = base_ann
                user_name = py.name
                if user_name.endswith("_") and user_name[:-1] in ("type", "id", "filter"):
                    user_name = user_name[:-1]
                params.append(
                    {
                        "name": pname,
                        "py": py.name,
                        "user": user_name,
                        "required": sp.get("required", False),
                        "kind": kind,
                        "enum_class": enum_class,
                        "enum_spec": enum_spec if kind == "enum" else None,
                        "max_items": max_items,
                        "maximum": schema.get("maximum"),
                        "minimum": schema.get("minimum"),
                        "pattern": schema.get("pattern") or (schema.get("items") or {}).get("pattern"),
                        "ann": user_ann,
                        "doc": _doc_line(sp.get("description")),
                        "consumed": pname in consumed,
                    }
                )
            required_when = _required_when(opid, op.get("x-required-when") or [], spec_params, schemas)
            weight = op.get("x-weight") or {}
            ops.append(
                {
                    "opid": opid,
                    "const": snake_case(opid).upper(),
                    "method_name": snake_case(opid),
                    "module": mod_name,
                    "tag": tag,
                    "http_method": method.upper(),
                    "path": path,
                    "security": security,
                    "weight_ip": int(weight.get("ip", 0)),
                    "weight_uid": int(weight.get("uid", 0)),
                    "rule": rule,
                    "symbol_mode": symbol_mode,
                    "params": params,
                    "return_type": return_type,
                    "summary": _doc_line(op.get("summary")) or opid,
                    "description": _doc_line(op.get("description")),
                    "weight_note": _doc_line(op.get("x-weight-note")),
                    "state_changing": method.upper() != "GET",
                    "required_when": required_when,
                }
            )
    sys.path.remove(str(pkg_dir.parent))
    pagination.collect(spec, ops, pkg_dir, PACKAGE)

    written = [_write_operations(ops, pkg_dir), _write_surface(ops, pkg_dir), pagination.write_table(ops, pkg_dir)]
    return written


def _write_operations(ops: list[dict[str, Any]], pkg_dir: Path) -> Path:
    lines = [
        '"""The operations table: one entry per operation in spec/margin.yaml, from its vendor extensions.',
        "",
        "Generated by generator/generate.py; do not edit. The hand-written runtime reads it to decide what to sign,",
        "which parameters carry cross/isolated, how to convert arguments, and what a request weighs.",
        '"""',
        "",
        "from dataclasses import dataclass",
        "from typing import Literal",
        "",
        "ParamKind = Literal['str', 'int', 'bool', 'decimal', 'enum', 'list']",
        "Security = Literal['NONE', 'API_KEY', 'SIGNED']",
        "IsolationRule = Literal['none', 'cross-only', 'isolated-only', 'is-isolated', 'isolated-symbol', 'type',"
        " 'symbol', 'is-isolated-bool']",
        "",
        "",
        "@dataclass(frozen=True, slots=True)",
        "class Param:",
        '    """One query parameter: its wire name, generated argument name, kind and constraints."""',
        "",
        "    name: str",
        "    python_name: str",
        "    kind: ParamKind",
        "    required: bool",
        "    enum_class: str | None = None",
        "    max_items: int | None = None",
        "    maximum: int | None = None",
        "    minimum: int | None = None",
        "    pattern: str | None = None",
        '    """The documented pattern of the value (of each item, for a list)."""',
        "    enum_spec: str | None = None",
        '    """Where an enum parameter\'s values are written in spec/margin.yaml (for error messages)."""',
        "",
        "",
        "@dataclass(frozen=True, slots=True)",
        "class RequiredWhen:",
        '    """An optional parameter that must be sent when an enum parameter has one of some values."""',
        "",
        "    param: str",
        "    when: str",
        "    values: frozenset[str]",
        "",
        "",
        "@dataclass(frozen=True, slots=True)",
        "class Operation:",
        '    """One HTTP operation of the Binance margin API."""',
        "",
        "    operation_id: str",
        "    method: str",
        "    path: str",
        "    tag: str",
        "    module: str",
        "    security: Security",
        "    weight_ip: int",
        "    weight_uid: int",
        "    isolation_rule: IsolationRule",
        "    isolation_symbol: str | None",
        "    margin_params: frozenset[str]",
        '    """Wire names of the parameters the isolation rule fills from ``margin`` (left out of the surface)."""',
        "    params: tuple[Param, ...]",
        "    state_changing: bool",
        "    required_when: tuple[RequiredWhen, ...] = ()",
        '    """``x-required-when``: parameters the spec requires for some values of an enum parameter."""',
        "",
        "",
    ]
    for op in ops:
        plist = []
        for p in op["params"]:
            extra = ""
            if p["enum_class"]:
                extra += f", enum_class={p['enum_class']!r}"
            if p["max_items"] is not None:
                extra += f", max_items={p['max_items']!r}"
            if p["maximum"] is not None:
                extra += f", maximum={p['maximum']!r}"
            if p["minimum"] is not None:
                extra += f", minimum={p['minimum']!r}"
            if p["pattern"] is not None:
                extra += f", pattern={p['pattern']!r}"
            if p["enum_spec"] is not None:
                extra += f", enum_spec={p['enum_spec']!r}"
            plist.append(f"Param({p['name']!r}, {p['py']!r}, {p['kind']!r}, {p['required']!r}{extra}),")
        lines += [
            f"{op['const']} = Operation(",
            f"    operation_id={op['opid']!r},",
            f"    method={op['http_method']!r},",
            f"    path={op['path']!r},",
            f"    tag={op['tag']!r},",
            f"    module={op['module']!r},",
            f"    security={op['security']!r},",
            f"    weight_ip={op['weight_ip']!r},",
            f"    weight_uid={op['weight_uid']!r},",
            f"    isolation_rule={op['rule']!r},",
            f"    isolation_symbol={op['symbol_mode']!r},",
            f"    margin_params=frozenset({sorted(p['name'] for p in op['params'] if p['consumed'])!r}),",
            "    params=(" + "".join(plist) + "),",
            f"    state_changing={op['state_changing']!r},",
            *(
                ["    required_when=("]
                + [f"RequiredWhen({a!r}, {b!r}, frozenset({sorted(v)!r}))," for a, b, v in op["required_when"]]
                + ["),"]
                if op["required_when"]
                else []
            ),
            ")",
            "",
        ]
    lines += [
        "OPERATIONS: dict[str, Operation] = {",
        *[f"    {op['opid']!r}: {op['const']}," for op in ops],
        "}",
        '"""Every operation by operationId."""',
        "",
        "BY_ROUTE: dict[tuple[str, str], Operation] = {(op.method, op.path): op for op in OPERATIONS.values()}",
        '"""Every operation by (HTTP method, path)."""',
        "",
    ]
    path = pkg_dir / "operations.py"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _method_source(op: dict[str, Any], flavour: str) -> list[str]:
    is_async = flavour.startswith("async")
    raw = flavour.endswith("raw")
    visible = [p for p in op["params"] if not p["consumed"] and p["name"] != "recvWindow"]
    has_recv = any(p["name"] == "recvWindow" for p in op["params"])
    has_margin = op["rule"] in MARGIN_DOC
    args = ["self", "*"]
    for p in sorted(visible, key=lambda p: not p["required"]):
        if p["required"]:
            args.append(f"{p['user']}: {p['ann']}")
        else:
            args.append(f"{p['user']}: {p['ann']} | None = None")
    if has_margin:
        args.append("margin: MarginMode = CROSS")
    if has_recv:
        args.append("recv_window: int | None = None")
    args.append("extra_params: ExtraParams | None = None")
    ret = op["return_type"]
    ret_ann = f"ApiResponse[{ret}]" if raw else ret
    head = f"{'async ' if is_async else ''}def {op['method_name']}({', '.join(args)}) -> {ret_ann}:"
    doc = [f'"""{op["summary"]}.' if not op["summary"].endswith(".") else f'"""{op["summary"]}']
    if op["description"] and op["description"].rstrip(".") != op["summary"].rstrip("."):
        doc += ["", op["description"]]
    doc += [""]
    weight = []
    if op["weight_ip"]:
        weight.append(f"{op['weight_ip']} (IP)")
    if op["weight_uid"]:
        weight.append(f"{op['weight_uid']} (UID)")
    doc.append(f"``{op['http_method']} {op['path']}``, {op['security']}, weight {' + '.join(weight) or 'n/a'}.")
    if op["weight_note"] and not re.fullmatch(r"\d+ ?\((IP|UID)\)", op["weight_note"]):
        doc.append(f"Binance's weight note: {op['weight_note']}")
    arg_docs = [(p["user"], p["doc"] or p["name"]) for p in sorted(visible, key=lambda p: not p["required"])]
    if has_margin:
        arg_docs.append(("margin", MARGIN_DOC[op["rule"]]))
    if has_recv:
        arg_docs.append(("recv_window", "Milliseconds the request stays valid after its timestamp (at most 60000)."))
    arg_docs.append(("extra_params", EXTRA_PARAMS_DOC))
    if arg_docs:
        doc += ["", "Args:"]
        for name, text in arg_docs:
            doc.append(f"    {name}: {text}")
    doc += ["", "Returns:"]
    if raw:
        doc.append(f"    ``ApiResponse`` with the HTTP status, headers, rate-limit usage and the parsed ``{ret}``.")
    else:
        doc.append(f"    ``{ret}`` parsed from Binance's answer.")
    doc += [
        "",
        "Raises:",
        "    BinanceError: see the exception tree in the README; nothing is sent on a ValidationError.",
    ]
    doc.append('"""')
    call_params = ", ".join(f"{p['py']!r}: {p['user']}" for p in visible)
    if has_recv:
        call_params += (", " if call_params else "") + "'recvWindow': recv_window"
    margin_arg = "margin" if has_margin else "None"
    target = "call_raw" if raw else "call"
    awaiting = "await " if is_async else ""
    call = f"{awaiting}self._runtime.{target}(_ops.{op['const']}, {{{call_params}}}, {margin_arg}, extra_params)"
    body = f"return cast({ret_ann!r}, {call})"
    return [head, *["    " + line if line else "" for line in doc], "    " + body, ""]


def _write_surface(ops: list[dict[str, Any]], pkg_dir: Path) -> Path:
    models: set[str] = set()
    enums: set[str] = set()
    for op in ops:
        for tok in op["return_type"].replace("list[", " ").replace("]", " ").replace("|", " ").split():
            models.add(tok)
        for p in op["params"]:
            if p["enum_class"] and not p["consumed"]:
                enums.add(p["enum_class"])
        if "paging" in op:
            models.add(op["paging"]["row_model"])
    lines = [
        '"""The typed client surface: one class per Binance group, one keyword-only method per operation.',
        "",
        "Generated by generator/generate.py from spec/margin.yaml; do not edit. Each method only gathers its",
        "arguments; the hand-written runtime (binance_margin._runtime) converts and validates them, applies the",
        "cross/isolated rule, signs, sends, maps errors and parses the typed model.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping, Sequence",
        "from decimal import Decimal",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING, Any, Literal, Protocol, cast",
        "",
        "from binance_margin._types import CROSS, ApiResponse, ExtraParams, MarginMode, Unlisted",
        "",
        "from . import operations as _ops",
        *pagination.SURFACE_IMPORTS,
        "",
        "if TYPE_CHECKING:",
        *[f"    from .models import {m}" for m in sorted(models | enums)],
        "",
        "",
        "class SyncRuntime(Protocol):",
        '    """What a synchronous client provides to the surface."""',
        "",
        "    def call(",
        "        self,",
        "        op: _ops.Operation,",
        "        params: dict[str, Any],",
        "        margin: MarginMode | None,",
        "        extra: Mapping[str, Any] | None = None,",
        "    ) -> Any:",
        '        """Send the operation with these arguments and return the parsed model."""',
        "        ...",
        "",
        "    def call_raw(",
        "        self,",
        "        op: _ops.Operation,",
        "        params: dict[str, Any],",
        "        margin: MarginMode | None,",
        "        extra: Mapping[str, Any] | None = None,",
        "    ) -> ApiResponse[Any]:",
        '        """Send the operation and return the parsed model with status, headers and rate limits."""',
        "        ...",
        "",
        "",
        "class AsyncRuntime(Protocol):",
        '    """What an asynchronous client provides to the surface."""',
        "",
        "    async def call(",
        "        self,",
        "        op: _ops.Operation,",
        "        params: dict[str, Any],",
        "        margin: MarginMode | None,",
        "        extra: Mapping[str, Any] | None = None,",
        "    ) -> Any:",
        '        """Send the operation with these arguments and return the parsed model."""',
        "        ...",
        "",
        "    async def call_raw(",
        "        self,",
        "        op: _ops.Operation,",
        "        params: dict[str, Any],",
        "        margin: MarginMode | None,",
        "        extra: Mapping[str, Any] | None = None,",
        "    ) -> ApiResponse[Any]:",
        '        """Send the operation and return the parsed model with status, headers and rate limits."""',
        "        ...",
        "",
        "",
    ]
    by_tag: dict[str, list[dict[str, Any]]] = {}
    for op in ops:
        by_tag.setdefault(op["tag"], []).append(op)
    for tag, (_attr, stem, doc) in GROUPS.items():
        tag_ops = by_tag.get(tag, [])
        for flavour in ("sync", "sync_raw", "async", "async_raw"):
            prefix = "Async" if flavour.startswith("async") else ""
            suffix = "WithRawResponse" if flavour.endswith("raw") else ""
            cls = f"{prefix}{stem}Api{suffix}"
            runtime = "AsyncRuntime" if prefix else "SyncRuntime"
            lines += [f"class {cls}:", f'    """{doc}', ""]
            if suffix:
                lines.append(
                    "    Every method returns an ``ApiResponse`` (status, headers, rate limits, parsed model)."
                )
            else:
                lines.append("    ``.with_raw_response`` gives the same methods returning ``ApiResponse``.")
            lines += [
                '    """',
                "",
                f"    def __init__(self, runtime: {runtime}) -> None:",
                "        self._runtime = runtime",
                "",
            ]
            if not suffix:
                lines += [
                    "    @cached_property",
                    f"    def with_raw_response(self) -> {cls}WithRawResponse:",
                    '        """The same methods, returning the HTTP status, headers and rate limits too."""',
                    f"        return {cls}WithRawResponse(self._runtime)",
                    "",
                ]
            for op in tag_ops:
                lines += ["    " + line if line else "" for line in _method_source(op, flavour)]
                lines += ["    " + line if line else "" for line in pagination.iterator_source(op, flavour, MARGIN_DOC)]
            lines.append("")
    lines += [
        "GROUPS: dict[str, tuple[str, str]] = {",
        *[f"    {attr!r}: ({stem + 'Api'!r}, {'Async' + stem + 'Api'!r})," for tag, (attr, stem, _) in GROUPS.items()],
        "}",
        '"""Client attribute -> (sync class name, async class name)."""',
        "",
    ]
    path = pkg_dir / "surface.py"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def generate(spec_path: Path, output: Path) -> None:
    _install_decimal_plugin()
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    ids = [op["operationId"] for m in spec["paths"].values() for op in m.values()]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:  # the generator would silently overwrite one module with the other
        sys.exit(f"duplicate operationIds in {spec_path}: {dupes}")
    with tempfile.TemporaryDirectory() as tmp:
        pkg = Path(tmp) / PACKAGE
        bindir = str(Path(sys.executable).parent)
        os.environ["PATH"] = bindir + os.pathsep + os.environ.get("PATH", "")
        # Stream event schemas (x-stream) go to generator/events.py, the rest to openapi-python-client.
        rest_spec, stream_schemas = events.split_spec(spec)
        rest_path = Path(tmp) / "margin-rest.yaml"
        rest_path.write_text(yaml.safe_dump(rest_spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
        _run_openapi_python_client(rest_path, pkg)
        written = build_surface(spec, pkg)
        written.append(write_weights(spec, pkg))  # the rate-limit governor's table (generator/weight_table.py)
        # PEP 561: the installed package's annotations are the models' real types (not Any) for type checkers.
        (pkg / "py.typed").write_text("", encoding="utf-8")
        written.append(events.build_events(spec, stream_schemas, pkg))
        try:
            _ruff(pkg, written)
        except subprocess.CalledProcessError:
            debug = Path(tempfile.gettempdir()) / "binance_margin_surface_debug"
            shutil.rmtree(debug, ignore_errors=True)
            shutil.copytree(pkg, debug)
            sys.exit(f"ruff failed on the generated surface; the package is kept in {debug}")
        for cache in pkg.rglob("__pycache__"):
            shutil.rmtree(cache)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(pkg, output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=ROOT / "spec" / "margin.yaml")
    parser.add_argument("--output", type=Path, default=ROOT / "generated" / PACKAGE)
    args = parser.parse_args()
    generate(args.spec.resolve(), args.output.resolve())
    print(f"generated {args.output}")


if __name__ == "__main__":
    main()
