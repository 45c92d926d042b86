"""The pagination table and the typed history iterators, from the spec's ``x-pagination`` blocks.

Called by generate.py: :func:`collect` checks every block and resolves its wire names to the generated Python
names, :func:`write_table` writes ``pagination.py`` (one ``Paging`` entry per paged operation), and
:func:`iterator_source` gives the ``iter_*`` method that surface.py adds to the sync and async group classes.
The walking itself is hand-written (``binance_margin._pagination``); nothing here is per endpoint.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

CURSORS = ("time-then-id", "time-and-id", "time-and-page", "time")
KEYS = {
    "cursor",
    "window",
    "window-with",
    "horizon",
    "page-param",
    "page-size",
    "id-param",
    "id-inclusive",
    "rows",
    "total",
    "id",
    "time",
    "order",
    "skip",
}
_DAY_MS = 86_400_000


def _fail(opid: str, message: str) -> None:
    sys.exit(f"{opid}: x-pagination: {message}")


def _resolve(schemas: dict[str, Any], node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    if "$ref" in node:
        name = node["$ref"].split("/")[-1]
        return name, schemas[name]
    return None, node


def _attr(cls: Any, wire: str, opid: str) -> str:
    import attrs
    from openapi_python_client.strings import snake_case

    names = {f.name for f in attrs.fields(cls)}
    for cand in (snake_case(wire), snake_case(wire) + "_", "field_" + snake_case(wire)):
        if cand in names:
            return cand
    _fail(opid, f"{cls.__name__} has no field for {wire!r}")
    raise AssertionError  # unreachable


def collect(spec: dict[str, Any], ops: list[dict[str, Any]], pkg_dir: Path, package: str) -> None:
    """Attach ``op["paging"]`` (Python names resolved, checked against the spec) to every paged operation."""
    schemas = spec["components"]["schemas"]
    by_id = {op["operationId"]: op for methods in spec["paths"].values() for op in methods.values()}
    sys.path.insert(0, str(pkg_dir.parent))
    try:
        models = importlib.import_module(f"{package}.models")
        for op in ops:
            block = by_id[op["opid"]].get("x-pagination")
            if block is None:
                continue
            opid = op["opid"]
            unknown = set(block) - KEYS
            if unknown:
                _fail(opid, f"unknown keys {sorted(unknown)}")
            if block["cursor"] not in CURSORS:
                _fail(opid, f"cursor must be one of {CURSORS}")
            if block["order"] not in ("ascending", "descending"):
                _fail(opid, "order must be ascending or descending")
            py = {p["name"]: p["py"] for p in op["params"]}
            for key in ("page-param", "id-param"):
                if block.get(key) is not None and block[key] not in py:
                    _fail(opid, f"{key} {block[key]!r} is not a parameter")
            if "startTime" not in py or "endTime" not in py:
                _fail(opid, "a paged history needs startTime and endTime")
            if block["cursor"] == "time-and-page" and "current" not in py:
                _fail(opid, "time-and-page needs a current parameter")
            if block["cursor"] in ("time-then-id", "time-and-id") and not block.get("id-param"):
                _fail(opid, f"{block['cursor']} needs id-param")
            response = by_id[opid]["responses"]["200"]["content"]["application/json"]["schema"]
            _, body = _resolve(schemas, response)
            if block.get("rows") is None:
                if body.get("type") != "array":
                    _fail(opid, "rows: null needs a top-level array response")
                row_schema, _ = _resolve(schemas, body["items"])
                page_cls = None
            else:
                page_name, page_schema = _resolve(schemas, response)
                row_schema, _ = _resolve(schemas, page_schema["properties"][block["rows"]]["items"])
                page_cls = getattr(models, str(page_name))
            if row_schema is None:
                _fail(opid, "the rows must be a named schema")
            row_cls = getattr(models, str(row_schema))
            with_params = []
            for wire, ms in (block.get("window-with") or {}).items():
                if wire not in py:
                    _fail(opid, f"window-with names {wire!r}, not a parameter")
                with_params.append((py[wire], int(ms)))
            skip = set(block.get("skip") or [])
            if skip - set(py):
                _fail(opid, f"skip names unknown parameters {sorted(skip - set(py))}")
            paging_params = {"startTime", "endTime", "current", block.get("page-param"), block.get("id-param")}
            op["paging"] = {
                "const": op["const"],
                "cursor": block["cursor"],
                "window": block.get("window"),
                "window_with": with_params,
                "horizon": block.get("horizon"),
                "start_param": py["startTime"],
                "end_param": py["endTime"],
                "current_param": py.get("current") if block["cursor"] == "time-and-page" else None,
                "page_param": py[block["page-param"]] if block.get("page-param") else None,
                "page_size": block.get("page-size"),
                "id_param": py[block["id-param"]] if block.get("id-param") else None,
                "id_inclusive": bool(block.get("id-inclusive", True)),
                "rows_attr": _attr(page_cls, block["rows"], opid) if page_cls is not None else None,
                "total_attr": _attr(page_cls, block["total"], opid) if page_cls and block.get("total") else None,
                "id_attr": _attr(row_cls, block["id"], opid) if block.get("id") else None,
                "time_attr": _attr(row_cls, block["time"], opid),
                "descending": block["order"] == "descending",
                "row_model": row_cls.__name__,
                "hidden": paging_params | skip,
            }
    finally:
        sys.path.remove(str(pkg_dir.parent))


def write_table(ops: list[dict[str, Any]], pkg_dir: Path) -> Path:
    """Write ``pagination.py``: the ``Paging`` dataclass and one entry per paged operation."""
    lines = [
        '"""The pagination table: how each history operation pages, from the spec\'s ``x-pagination`` blocks.',
        "",
        "Generated by generator/generate.py (generator/pagination.py); do not edit. The hand-written pagination",
        "engine (binance_margin._pagination) reads it; every name here is a generated Python name.",
        '"""',
        "",
        "from dataclasses import dataclass",
        "from typing import Literal",
        "",
        "Cursor = Literal['time-then-id', 'time-and-id', 'time-and-page', 'time']",
        "",
        "",
        "@dataclass(frozen=True, slots=True)",
        "class Paging:",
        '    """How one history operation pages."""',
        "",
        "    operation_id: str",
        "    cursor: Cursor",
        '    """time-then-id: windows until the first row, then the id cursor alone; time-and-id: the id cursor',
        "    inside each window; time-and-page: current/size pages inside each window; time: one call a window.",
        '    """',
        "    window_ms: int | None",
        '    """The largest ``endTime - startTime`` Binance accepts (None: no limit)."""',
        "    window_with: tuple[tuple[str, int], ...]",
        '    """(argument, window): a larger window when that argument is given."""',
        "    horizon_ms: int | None",
        '    """How far back from now the endpoint answers (None: Binance documents no limit)."""',
        "    start_param: str",
        "    end_param: str",
        "    current_param: str | None",
        "    page_param: str | None",
        "    page_size: int | None",
        "    id_param: str | None",
        "    id_inclusive: bool",
        '    """Whether the id cursor returns rows with id >= it (else id > it)."""',
        "    rows_attr: str | None",
        '    """The response attribute that holds the rows (None: the response is the list)."""',
        "    total_attr: str | None",
        "    id_attr: str | None",
        "    time_attr: str",
        "    descending: bool",
        '    """Binance returns the rows newest first."""',
        "    row_model: str",
        "",
        "",
    ]
    paged = [op for op in ops if "paging" in op]
    for op in paged:
        pg = op["paging"]
        fields = [
            ("operation_id", op["opid"]),
            ("cursor", pg["cursor"]),
            ("window_ms", pg["window"]),
            ("window_with", tuple(pg["window_with"])),
            ("horizon_ms", pg["horizon"]),
            ("start_param", pg["start_param"]),
            ("end_param", pg["end_param"]),
            ("current_param", pg["current_param"]),
            ("page_param", pg["page_param"]),
            ("page_size", pg["page_size"]),
            ("id_param", pg["id_param"]),
            ("id_inclusive", pg["id_inclusive"]),
            ("rows_attr", pg["rows_attr"]),
            ("total_attr", pg["total_attr"]),
            ("id_attr", pg["id_attr"]),
            ("time_attr", pg["time_attr"]),
            ("descending", pg["descending"]),
            ("row_model", pg["row_model"]),
        ]
        lines += [f"{op['const']} = Paging(", *[f"    {k}={v!r}," for k, v in fields], ")", ""]
    lines += [
        "PAGINATION: dict[str, Paging] = {",
        *[f"    {op['opid']!r}: {op['const']}," for op in paged],
        "}",
        '"""Every paged operation by operationId."""',
        "",
    ]
    path = pkg_dir / "pagination.py"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


SURFACE_IMPORTS = [
    "from collections.abc import AsyncIterator, Iterator",
    "from datetime import datetime",
    "from binance_margin import _pagination as _pg",
    "from . import pagination as _pages",
]
"""Imports the iterator methods need in surface.py."""


def iterator_source(op: dict[str, Any], flavour: str, margin_doc: dict[str, str]) -> list[str]:
    """The ``iter_*`` method of a paged operation for the ``sync`` or ``async`` group class (else nothing)."""
    pg = op.get("paging")
    if pg is None or flavour not in ("sync", "async"):
        return []
    is_async = flavour == "async"
    visible = [
        p for p in op["params"] if not p["consumed"] and p["name"] != "recvWindow" and p["name"] not in pg["hidden"]
    ]
    has_recv = any(p["name"] == "recvWindow" for p in op["params"])
    has_margin = op["rule"] in margin_doc
    args = ["self", "*"]
    for p in sorted(visible, key=lambda p: not p["required"]):
        args.append(f"{p['user']}: {p['ann']}" + ("" if p["required"] else " | None = None"))
    args += ["start: datetime | int", "end: datetime | int | None = None"]
    if has_margin:
        args.append("margin: MarginMode = CROSS")
    args.append("progress: _pg.ProgressCallback | None = None")
    if has_recv:
        args.append("recv_window: int | None = None")
    args.append("extra_params: ExtraParams | None = None")
    row = pg["row_model"]
    ret = f"AsyncIterator[{row}]" if is_async else f"Iterator[{row}]"
    name = "iter_" + op["method_name"].removeprefix("get_")
    head = f"def {name}({', '.join(args)}) -> {ret}:"
    rules = []
    if pg["window"] is not None:
        rules.append(f"windows of at most {_duration(pg['window'])}")
    for arg, ms in pg["window_with"]:
        rules.append(f"{_duration(ms)} with ``{arg}``")
    if pg["page_size"]:
        rules.append(f"pages of {pg['page_size']}")
    if pg["id_param"]:
        rules.append(f"the ``{pg['id_param']}`` cursor")
    reach = f" Binance answers only the last {_duration(pg['horizon'])}." if pg["horizon"] else ""
    loop = "async for" if is_async else "for"
    doc = [
        f'"""Every row of ``{op["method_name"]}`` from ``start`` to ``end`` (inclusive), oldest first, each once.',
        "",
        f"Binance's paging rules ({pg['cursor']}): {', '.join(rules) or 'one call per range'}.{reach}",
        "The walk stops as soon as the range is exhausted and never sends a request it can skip.",
        f"Use it as ``{loop} row in client.{op['tag'].replace('-', '_')}.{name}(...)``.",
        "",
        "Args:",
    ]
    for p in sorted(visible, key=lambda p: not p["required"]):
        doc.append(f"    {p['user']}: {p['doc'] or p['name']}")
    doc += [
        "    start: First moment (timezone-aware ``datetime`` or epoch milliseconds).",
        "    end: Last moment (default: now).",
    ]
    if has_margin:
        doc.append(f"    margin: {margin_doc[op['rule']]}")
    doc.append("    progress: Called after every request with a ``HistoryProgress`` (windows and pages done, to go).")
    if has_recv:
        doc.append("    recv_window: Milliseconds each request stays valid after its timestamp (at most 60000).")
    doc.append("    extra_params: Wire parameters the spec does not know yet, sent and signed with every request;")
    doc.append("        a name this method already has (including the paging ones) is refused.")
    doc += [
        "",
        "Yields:",
        f"    ``{row}`` rows in time order (ties by id).",
        "",
        "Raises:",
        "    ValidationError: before anything is sent: a naive datetime, ``start`` after ``end``, or ``start``",
        "        beyond how far back the endpoint answers.",
        '"""',
    ]
    fixed = ", ".join(f"{p['py']!r}: {p['user']}" for p in visible)
    if has_recv:
        fixed += (", " if fixed else "") + "'recvWindow': recv_window"
    fn = "aiterate" if is_async else "iterate"
    call = (
        f"return _pg.{fn}(self._runtime, _ops.{op['const']}, _pages.{pg['const']}, {{{fixed}}}, "
        f"{'margin' if has_margin else 'None'}, start=start, end=end, progress=progress, extra=extra_params)"
    )
    return [head, *["    " + line if line else "" for line in doc], "    " + call, ""]


def _duration(ms: int) -> str:
    if ms % _DAY_MS == 0:
        days = ms // _DAY_MS
        return f"{days} day{'s' if days != 1 else ''}"
    if ms in (_DAY_MS - 1, _DAY_MS):
        return "24 hours"
    return f"{ms} ms"
