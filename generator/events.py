"""User data stream events: attrs models and the event type -> model table, from spec/margin.yaml.

Called by generate.py. The schemas marked ``x-stream`` (event payloads, their nested rows and the WebSocket API
frames) are taken out of the spec handed to openapi-python-client (Binance's one-letter keys collide once
snake-cased, which that generator cannot express) and written here into ``events.py``:

- every property becomes an attrs field named by its ``x-python-name``; ``from_dict``/``to_dict`` use the exact
  wire key, so a payload round-trips unchanged (unknown keys are kept in ``additional_properties``);
- ``format: decimal`` strings become ``Decimal`` (serialised without exponent), enums reuse the REST models'
  open enums (an unknown value becomes a pseudo-member), optional keys are ``UNSET`` when absent;
- ``EVENT_TYPES`` maps each ``x-event-type`` to its model, ``DEDUPE_KEYS`` each event type to its
  ``x-dedupe-key`` (the wire keys that identify one event), ``USER_EVENT_TYPES``/``RISK_EVENT_TYPES`` which
  stream sends what; ``UnknownEvent`` carries any event type the spec does not know (never dropped).
"""

from __future__ import annotations

import copy
import keyword
import re
from pathlib import Path
from typing import Any

MARK = "x-stream"


def split_spec(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The spec without the stream schemas (for openapi-python-client), and the stream schemas by name."""
    schemas = spec["components"]["schemas"]
    stream = {name: s for name, s in schemas.items() if MARK in s}
    rest = copy.deepcopy(spec)
    for name in stream:
        del rest["components"]["schemas"][name]
    return rest, stream


def _module_name(class_name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", class_name).lower()


class _Field:
    def __init__(self, wire: str, prop: dict[str, Any], required: bool, ctx: _Context) -> None:
        self.wire = wire
        self.name = prop.get("x-python-name") or ""
        if not self.name.isidentifier() or keyword.iskeyword(self.name):
            raise SystemExit(f"{ctx.current}.{wire}: x-python-name {self.name!r} is not a Python identifier")
        self.required = required
        self.nullable = bool(prop.get("nullable"))
        self.secret = bool(prop.get("x-secret"))
        self.doc = " ".join(str(prop.get("description", "")).split())
        self.kind, self.base, self.ref = ctx.classify(prop)

    @property
    def annotation(self) -> str:
        ann = self.base
        if self.nullable:
            ann += " | None"
        if not self.required:
            ann += " | Unset"
        return ann


class _Context:
    def __init__(self, all_schemas: dict[str, Any], stream: dict[str, dict[str, Any]]) -> None:
        self.all = all_schemas
        self.stream = stream
        self.enums: set[str] = set()
        self.getters: list[str] = []
        self.current = ""

    def classify(self, prop: dict[str, Any]) -> tuple[str, str, str | None]:
        """(kind, python type, referenced class) of a property."""
        if "$ref" in prop:
            name = prop["$ref"].split("/")[-1]
            target = self.all[name]
            if "enum" in target:
                self.enums.add(name)
                return "enum", name, name
            if target.get(MARK) == "part":
                return "part", target["x-python-class"], target["x-python-class"]
            raise SystemExit(f"{self.current}: $ref {name} must be an enum or an x-stream: part schema")
        typ = prop.get("type")
        if typ == "string":
            return ("decimal", "Decimal", None) if prop.get("format") == "decimal" else ("plain", "str", None)
        if typ == "integer":
            return "plain", "int", None
        if typ == "boolean":
            return "plain", "bool", None
        if typ == "object":
            return "plain", "dict[str, Any]", None
        if typ == "array":
            items = prop.get("items", {})
            if "$ref" in items:
                kind, base, ref = self.classify(items)
                if kind != "part":
                    raise SystemExit(f"{self.current}: arrays hold x-stream: part rows or plain objects")
                return "part_list", f"list[{base}]", ref
            return "plain", "list[dict[str, Any]]", None
        raise SystemExit(f"{self.current}: unsupported property {prop}")


def _class_source(name: str, schema: dict[str, Any], ctx: _Context) -> list[str]:
    ctx.current = name
    cls = schema["x-python-class"]
    kind = schema[MARK]
    required = list(schema.get("required", []))
    props: dict[str, Any] = schema.get("properties", {})
    unknown = set(required) - set(props)
    if unknown:
        raise SystemExit(f"{name}: required keys without a property: {sorted(unknown)}")
    fields = [_Field(w, p, w in required, ctx) for w, p in props.items()]
    names = [f.name for f in fields]
    if len(set(names)) != len(names):
        raise SystemExit(f"{name}: duplicate x-python-name in {names}")
    ordered = [f for f in fields if f.required] + [f for f in fields if not f.required]
    base = "StreamEvent" if kind == "event" else "_Model"
    doc = " ".join(str(schema.get("description", "")).split())
    lines = ["@_attrs_define", f"class {cls}({base}):", f'    """{doc}', ""]
    if kind == "event":
        lines.append(f"    Event type ``{schema['x-event-type']}`` ({schema.get('x-stream-name', 'user')} stream).")
        lines.append("")
    lines.append("    Attributes:")
    for f in ordered:
        lines.append(f"        {f.name} (``{f.wire}``): {f.doc}")
    lines += ['    """', ""]
    if kind == "event":
        lines.append(f"    EVENT_TYPE: ClassVar[str] = {schema['x-event-type']!r}")
    lines.append(f"    WIRE_KEYS: ClassVar[frozenset[str]] = frozenset({sorted(props)!r})")
    # the attributes that can hold an enum value or a nested part (binance_margin._drift walks only those)
    pairs = "".join(f"({f.name!r}, {f.wire!r}), " for f in ordered if f.kind in ("enum", "part", "part_list"))
    lines.append(f"    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = ({pairs})")
    lines.append("")
    for f in ordered:
        default = "" if f.required else " = UNSET"
        if f.secret:
            default = " = _attrs_field(repr=False)" if f.required else " = _attrs_field(default=UNSET, repr=False)"
        lines.append(f"    {f.name}: {f.annotation}{default}")
        lines.append(f'    """``{f.wire}``: {f.doc}"""')
    lines.append("")

    # from_dict: the hot path of a stream (every event goes through it), written for speed:
    # - the required keys in one C call (operator.itemgetter), unpacked into locals;
    # - required decimals through the shared cache in one try block (Binance repeats the same prices, quantities
    #   and zeros; a zero Decimal is falsy, hence try/except rather than `get() or parse()`);
    # - optional keys (most are absent) looked at only when the payload has more keys than the required ones.
    sig = "d: Mapping[str, Any], account: MarginMode = CROSS" if kind == "event" else "d: Mapping[str, Any]"
    lines += [
        "    @classmethod",
        f"    def from_dict(cls, {sig}) -> Self:",
        '        """Build from the wire payload; unknown keys go to ``additional_properties``."""',
    ]
    req = [f for f in ordered if f.required]
    opt = [f for f in ordered if not f.required]
    names = [f"v{i}" for i in range(len(req))]
    if len(req) >= 2:
        getter = f"_{_module_name(cls).upper()}_REQUIRED"
        ctx.getters.append(f"{getter} = _itemgetter({', '.join(repr(f.wire) for f in req)})")
        lines.append(f"        ({', '.join(names)},) = {getter}(d)")
    elif req:
        lines.append(f"        {names[0]} = d[{req[0].wire!r}]")
    decimals = [(v, f) for v, f in zip(names, req, strict=True) if f.kind == "decimal" and not f.nullable]
    enums = [(v, f) for v, f in zip(names, req, strict=True) if f.kind == "enum" and not f.nullable]
    if decimals or enums:
        # Known values (cached decimals, listed enum values) by subscription in one try block; on the first miss
        # the fallback converts what is still raw, with the tolerant/precise converters.
        lines.append("        try:")
        lines += [f"            {v} = _DECIMALS[{v}]" for v, _f in decimals]
        lines += [f"            {v} = {_module_name(f.base).upper()}_BY_VALUE[{v}]" for v, f in enums]
        lines.append("        except (KeyError, TypeError):")
        for v, _f in decimals:  # those before the miss are Decimals already
            lines += [f"            if {v}.__class__ is not Decimal:", f"                {v} = _parse_decimal({v})"]
        for v, f in enums:
            lines += [f"            if {v}.__class__ is not {f.base}:", f"                {v} = {_convert_in(f, v)}"]
    for v, f in zip(names, req, strict=True):
        if f.kind in ("decimal", "enum") and not f.nullable:
            continue
        conv = _convert_in(f, v)
        if conv is None:
            continue
        if f.nullable:
            lines.append(f"        if {v} is not None:")
            lines.append(f"            {v} = {conv}")
        else:
            lines.append(f"        {v} = {conv}")
    # No attrs __init__ call (a Python frame with one argument per field): the instance is made with
    # object.__new__ and every slot is set here, the same values __init__ would set (the models have no
    # validators or converters).
    lines.append("        obj = _new_object(cls)")
    for v, f in zip(names, req, strict=True):
        lines.append(f"        obj.{f.name} = {v}")
    for f in opt:
        lines.append(f"        obj.{f.name} = UNSET")
    if kind == "event":
        lines.append("        obj.account = account")
    lines.append("        obj.additional_properties = {}")
    lines.append(f"        if len(d) != {len(req)}:")
    if opt:
        lines.append(f"            known = {len(req)}")
        for f in opt:
            conv = _convert_in(f, "value")
            lines.append(f"            if {f.wire!r} in d:")
            lines.append("                known += 1")
            lines.append(f"                value = d[{f.wire!r}]")
            if conv is not None:
                if f.nullable:
                    lines.append(f"                obj.{f.name} = None if value is None else {conv}")
                else:
                    lines.append(f"                obj.{f.name} = {conv}")
            else:
                lines.append(f"                obj.{f.name} = value")
        lines.append("            if known != len(d):")
        indent = "                "
    else:
        indent = "            "
    lines.append(f"{indent}obj.additional_properties = _unknown_keys(d, cls.WIRE_KEYS)")
    lines += ["        return obj", ""]

    # to_dict
    lines += [
        "    def to_dict(self) -> dict[str, Any]:",
        '        """The wire payload, with the exact keys Binance uses (unknown keys included)."""',
        "        out: dict[str, Any] = dict(self.additional_properties)",
    ]
    for f in fields:  # spec order, as Binance sends them
        value = f"self.{f.name}"
        conv = _convert_out(f, value)
        if f.required and not f.nullable:
            lines.append(f"        out[{f.wire!r}] = {conv or value}")
            continue
        var = f"{f.name}_"
        conv = _convert_out(f, var)
        lines.append(f"        {var} = {value}")
        if not f.required:
            lines.append(f"        if not isinstance({var}, Unset):")
            ind = "            "
        else:
            ind = "        "
        if conv is not None and f.nullable:
            lines.append(f"{ind}out[{f.wire!r}] = None if {var} is None else {conv}")
        elif conv is not None:
            lines.append(f"{ind}out[{f.wire!r}] = {conv}")
        else:
            lines.append(f"{ind}out[{f.wire!r}] = {var}")
    lines += ["        return out", "", ""]
    return lines


def _convert_in(f: _Field, var: str) -> str | None:
    if f.kind == "decimal":
        return f"_parse_decimal({var})"
    if f.kind == "enum":
        table = f"{_module_name(f.base).upper()}_BY_VALUE"
        return f"{table}.get({var}) or {f.base}({var})"
    if f.kind == "part":
        return f"{f.base}.from_dict({var})"
    if f.kind == "part_list":
        return f"[{f.ref}.from_dict(row) for row in {var}]"
    return None


def _convert_out(f: _Field, var: str) -> str | None:
    if f.kind == "decimal":
        return f"_format_decimal({var})"
    if f.kind == "enum":
        return f"{var}.value"
    if f.kind == "part":
        return f"{var}.to_dict()"
    if f.kind == "part_list":
        return f"[row.to_dict() for row in {var}]"
    return None


HEADER = '''"""User data stream events and WebSocket API frames, from the ``x-stream`` schemas of spec/margin.yaml.

Generated by generator/events.py; do not edit. Attributes have readable names (``x-python-name``) while
``from_dict``/``to_dict`` use Binance's exact keys. Every event carries ``account``: ``CROSS`` or
``Isolated(symbol)``, the account whose subscription delivered it (the risk stream is cross margin only).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from operator import itemgetter as _itemgetter
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from binance_margin._types import CROSS, MarginMode

from .types import _DECIMALS, UNSET, Unset, _format_decimal, _parse_decimal, _unknown_keys

_new_object = object.__new__
'''

BASES = '''

@_attrs_define
class _Model:
    """Base of the generated stream models: keeps the keys the spec does not know."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, kw_only=True)
    """Keys Binance sent that the spec does not list, kept as sent."""

    # Spec drift (binance_margin._drift): the attributes holding enum values or nested parts, with their wire keys;
    # keys outside WIRE_KEYS are news.
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = ()
    _EXTRA_IS_DRIFT: ClassVar[bool] = True


@_attrs_define
class StreamEvent(_Model):
    """Base of every user data and risk stream event.

    ``account`` is the margin account the event belongs to: ``CROSS`` or ``Isolated("PAIR")``.
    """

    EVENT_TYPE: ClassVar[str] = ""

    account: MarginMode = _attrs_field(default=CROSS, kw_only=True)
    """``CROSS`` or ``Isolated(symbol)``: whose subscription delivered the event."""

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], account: MarginMode = CROSS) -> Self:
        """Build from the wire payload."""
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        """The wire payload."""
        raise NotImplementedError


@_attrs_define
class UnknownEvent(StreamEvent):
    """An event type the spec does not know yet: delivered as sent, never dropped.

    Attributes:
        event_type: the ``e`` key (``""`` if absent).
        event_time: the ``E`` key (``UNSET`` if absent).
        payload: the whole payload, as sent.
    """

    event_type: str
    """``e``: the event type."""
    event_time: Any
    """``E``: the event time as sent (``UNSET`` if absent)."""
    payload: dict[str, Any]
    """The whole payload, as sent."""

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], account: MarginMode = CROSS) -> Self:
        """Wrap any payload."""
        event_type = d.get("e")
        return cls(
            event_type if isinstance(event_type, str) else "", d.get("E", UNSET), dict(d), account=account
        )

    def to_dict(self) -> dict[str, Any]:
        """The payload, as sent."""
        return dict(self.payload)


'''


def build_events(spec: dict[str, Any], stream: dict[str, dict[str, Any]], pkg_dir: Path) -> Path:
    """Write ``events.py`` into the generated package; return its path."""
    ctx = _Context(spec["components"]["schemas"], stream)
    body: list[str] = []
    # parts first (events refer to them), then events, then frames, each in spec order
    order = {"part": 0, "event": 1, "frame": 2}
    items = sorted(stream.items(), key=lambda kv: order[kv[1][MARK]])
    events: list[tuple[str, str, str, list[str]]] = []
    classes: list[str] = []
    for name, schema in items:
        if schema[MARK] not in order:
            raise SystemExit(f"{name}: x-stream must be one of {sorted(order)}")
        body += _class_source(name, schema, ctx)
        classes.append(schema["x-python-class"])
        if schema[MARK] == "event":
            keys = list(schema.get("x-dedupe-key") or [])
            missing = set(keys) - set(schema.get("properties", {}))
            if not keys or missing:
                raise SystemExit(f"{name}: x-dedupe-key must list wire keys of the event (bad: {sorted(missing)})")
            events.append((schema["x-event-type"], schema["x-python-class"], schema.get("x-stream-name", "user"), keys))
    imports = []
    for enum in sorted(ctx.enums):
        mod = _module_name(enum)
        imports.append(f"from .models.{mod} import {mod.upper()}_BY_VALUE, {enum}")
    table = [
        "EVENT_TYPES: dict[str, type[StreamEvent]] = {",
        *[f"    {e!r}: {c}," for e, c, _s, _k in events],
        "}",
        '"""Event type (the ``e`` key) -> model."""',
        "",
        "DEDUPE_KEYS: dict[str, tuple[str, ...]] = {",
        *[f"    {e!r}: {tuple(k)!r}," for e, _c, _s, k in events],
        "}",
        '"""Event type -> the wire keys that, with the account, identify one event (``x-dedupe-key``)."""',
        "",
        "USER_EVENT_TYPES: frozenset[str] = frozenset(",
        f"    {sorted(e for e, _c, s, _k in events if s in ('user', 'any'))!r}",
        ")",
        '"""Event types of the user data stream (WebSocket API listenToken subscriptions)."""',
        "",
        "RISK_EVENT_TYPES: frozenset[str] = frozenset(",
        f"    {sorted(e for e, _c, s, _k in events if s in ('risk', 'any'))!r}",
        ")",
        '"""Event types of the risk data stream (margin-stream listenKey)."""',
        "",
    ]
    all_names = sorted(
        [*classes, "StreamEvent", "UnknownEvent", "EVENT_TYPES", "DEDUPE_KEYS", "USER_EVENT_TYPES", "RISK_EVENT_TYPES"]
    )
    text = "\n".join(
        [
            HEADER + "\n".join(imports) + "\n",
            f"__all__ = {all_names!r}",
            "",
            "# The required wire keys of each model, read in one call by its from_dict.",
            *ctx.getters,
            BASES,
            *body,
            *table,
        ]
    )
    path = pkg_dir / "events.py"
    path.write_text(text, encoding="utf-8")
    return path
