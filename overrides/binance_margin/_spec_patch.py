"""Turn a spec drift record into a patch of ``spec/margin.yaml`` (``binance-margin spec-drift --patch``).

The patch edits the spec's text minimally, in the style of the schema it touches, and never reflows the rest:

- a new response or event key becomes an optional property of the component schema that holds it (found from the
  operation's ``200`` schema and the key's JSON path, or the model's class name), typed from the JSON types seen
  (``format: decimal`` for decimal strings, ``nullable`` when ``null`` was seen), with ``x-review: true`` and a
  description to write;
- an enum value outside the spec is appended to the enum component the key refers to;
- a new event type becomes a skeleton event schema (``x-stream: event``, ``x-review: true``, every key seen as a
  property with a provisional ``x-python-name``) after the last event schema, where ``generator/events.py`` reads
  it.

Applied (``git apply`` / ``patch -p1``) and regenerated with ``make generate``, the new keys are typed attributes,
the new values enum members, the new event types classes. Error codes are not in the spec: the record lists them
for ``binance_margin._errors.ERROR_CODES``.
"""

from __future__ import annotations

import difflib
import keyword
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from ._drift import SpecDrift, UnknownField

__all__ = ["SpecPatch", "spec_patch"]

_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_SEGMENT = re.compile(r"\[\]|\.([^.\[]+)")


@dataclass
class SpecPatch:
    """The patched spec text, its unified diff, and what could not be patched (with the reason)."""

    text: str
    """The whole patched spec."""
    diff: str
    """A unified diff (``a/`` and ``b/`` prefixes: ``git apply`` and ``patch -p1`` take it); empty if no change."""
    notes: list[str] = field(default_factory=list)
    """One line per item left out (already in the spec, not resolvable, not expressible) and per error code."""


def _yaml() -> Any:
    try:
        import yaml
    except ImportError as exc:  # pragma: no cover - pyyaml comes with the cli and sandbox extras
        raise RuntimeError('patching the spec needs PyYAML: pip install "binance-margin[cli]"') from exc
    return yaml


def _load(text: str) -> Any:
    """YAML to data, with libyaml when PyYAML has it (about 8x faster on the spec)."""
    yaml = _yaml()
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _scalar(value: str) -> str:
    """``value`` as a YAML scalar: plain when it reads back as the same string, else single-quoted."""
    if _PLAIN.fullmatch(value):
        try:
            if _load(value) == value:
                return value
        except Exception:  # anything odd gets quoted
            pass
    return "'" + value.replace("'", "''") + "'"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


class _Text:
    """The spec's lines and where each component schema's block is."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)
        self.blocks: dict[str, tuple[int, int]] = {}
        start = None
        for i, line in enumerate(self.lines):
            if line.rstrip() == "components:":
                start = i
            elif start is not None and line.rstrip() == "  schemas:":
                self._index_schemas(i + 1)
                break
        self.inserts: list[tuple[int, list[str]]] = []
        self.replaces: dict[int, str] = {}

    def _index_schemas(self, first: int) -> None:
        name = None
        begin = 0
        for i in range(first, len(self.lines)):
            line = self.lines[i]
            if not _content(line):
                continue
            ind = _indent(line)
            if ind < 4:
                break
            if ind == 4:
                if name is not None:
                    self.blocks[name] = (begin, self._end(begin, i))
                name = line.strip().rstrip(":").strip("'\"")
                begin = i
        else:
            i = len(self.lines)
        if name is not None:
            self.blocks[name] = (begin, self._end(begin, i))

    def _end(self, begin: int, nxt: int) -> int:
        """The end (exclusive) of a block: after its last content line (comments above the next one stay out)."""
        end = nxt
        while end > begin + 1 and not _content(self.lines[end - 1]):
            end -= 1
        return end

    def find(self, name: str, key: str, indent: int) -> int | None:
        """The line of ``key:`` at ``indent`` inside schema ``name``."""
        begin, end = self.blocks[name]
        for i in range(begin + 1, end):
            line = self.lines[i]
            if _indent(line) == indent and line.strip().startswith(key + ":"):
                return i
        return None

    def block_end(self, line_no: int, end: int) -> int:
        """The line after the last content line nested under ``line_no`` (more indented), before ``end``."""
        ind = _indent(self.lines[line_no])
        last = line_no
        for i in range(line_no + 1, end):
            line = self.lines[i]
            if not _content(line):
                continue
            if _indent(line) <= ind:
                break
            last = i
        return last + 1

    def result(self) -> str:
        lines = list(self.lines)
        for i, text in self.replaces.items():
            lines[i] = text
        # bottom up, so earlier line numbers stay valid; at one line, in the order they were added
        for _at, _seq, new in sorted(((at, seq, new) for seq, (at, new) in enumerate(self.inserts)), reverse=True):
            lines[_at:_at] = new
        return "".join(lines)


class _Patcher:
    def __init__(self, text: str, drift: SpecDrift) -> None:
        self.spec: dict[str, Any] = _load(text)
        self.schemas: dict[str, Any] = self.spec["components"]["schemas"]
        self.text = _Text(text)
        self.drift = drift
        self.notes: list[str] = []
        self.added: dict[str, set[str]] = {}  # schema -> property names added
        self.enum_added: dict[str, set[str]] = {}
        self.ops: dict[str, dict[str, Any]] = {}
        for methods in self.spec.get("paths", {}).values():
            for op in methods.values():
                if isinstance(op, dict) and "operationId" in op:
                    self.ops[op["operationId"]] = op
        self.events = {s.get("x-event-type"): n for n, s in self.schemas.items() if s.get("x-stream") == "event"}

    # -- resolving where a key lives -----------------------------------------------------------------------------

    def _root(self, source: str, operation: str) -> tuple[str | None, dict[str, Any]] | None:
        if source == "stream":
            name = self.events.get(operation)
            return (name, self.schemas[name]) if name else None
        op = self.ops.get(operation)
        if op is None:
            return None
        try:
            schema = op["responses"]["200"]["content"]["application/json"]["schema"]
        except (KeyError, TypeError):
            return None
        return None, schema

    def _deref(self, name: str | None, schema: dict[str, Any], model: str) -> tuple[str | None, dict[str, Any]]:
        for _ in range(20):
            if "$ref" in schema:
                name = schema["$ref"].rsplit("/", 1)[-1]
                schema = self.schemas.get(name, {})
                continue
            variants = schema.get("oneOf") or schema.get("anyOf")
            if variants:
                refs = [v["$ref"].rsplit("/", 1)[-1] for v in variants if "$ref" in v]
                pick = model if model in refs else (refs[0] if len(refs) == 1 else None)
                if pick is None:
                    return None, {}
                name, schema = pick, self.schemas[pick]
                continue
            break
        return name, schema

    def _holder(self, source: str, operation: str, path: str, model: str) -> str | None:
        """The component schema holding the object at ``path``: by the operation's schema, else by class name."""
        root = self._root(source, operation)
        if root is not None:
            name, schema = self._deref(*root, model)
            ok = path.startswith("$")
            for match in _SEGMENT.finditer(path[1:]):
                if not ok:
                    break
                if match.group(0) == "[]":
                    schema = schema.get("items", {}) if schema.get("type") == "array" else {}
                    name = None
                else:
                    schema = (schema.get("properties") or {}).get(match.group(1), {})
                    name = None  # an inline schema has no component until a $ref says so
                name, schema = self._deref(name, schema, model)
                ok = bool(schema)
            if ok and name is not None and "properties" in schema:
                return name
        if model in self.schemas and "properties" in self.schemas[model]:
            return model
        return None

    # -- new properties ------------------------------------------------------------------------------------------

    def _property_fields(self, f: UnknownField, stream: bool, python_name: str | None) -> list[tuple[str, str]] | str:
        """The property's fields (key, YAML value), or why it cannot be typed."""
        types = [t for t in f.json_types if t != "null"]
        out: list[tuple[str, str]] = []
        if len(types) > 1:
            return f"seen as {' and '.join(types)}: type it by hand"
        t = types[0] if types else None
        if t is None:
            return "seen only as null: type it by hand"
        if t == "number":
            if stream:
                return "a JSON number: generator/events.py types no numbers, type it by hand"
            out.append(("type", "number"))
        elif t == "integer":
            out += [("type", "integer"), ("format", "int64")]
        elif t == "string":
            out.append(("type", "string"))
            if f.decimal:
                out.append(("format", "decimal"))
        elif t == "array":
            out.append(("type", "array"))
            items = [i for i in f.item_types if i != "null"]
            item = {
                "string": "{type: string}",
                "integer": "{type: integer, format: int64}",
                "boolean": "{type: boolean}",
            }
            if not stream and len(items) == 1 and items[0] in item:
                out.append(("items", item[items[0]]))
            else:
                out.append(("items", "{type: object}"))
        else:
            out.append(("type", t))
        if "null" in f.json_types:
            out.append(("nullable", "true"))
        if python_name is not None:
            out.append(("x-python-name", python_name))
        seen = f"seen {f.count}x in {f.operation}"
        out.append(("description", _scalar(f"New key (spec drift, {seen}): describe it.")))
        out.append(("x-review", "true"))
        return out

    def add_field(self, f: UnknownField) -> None:
        where = f"{f.operation} {f.path}.{f.name}"
        holder = self._holder(f.source, f.operation, f.path, f.model)
        if holder is None:
            self.notes.append(f"field {where}: no component schema with properties holds it; add it by hand")
            return
        schema = self.schemas[holder]
        if f.name in schema.get("properties", {}) or f.name in self.added.get(holder, set()):
            self.notes.append(f"field {where}: already in {holder}")
            return
        stream = "x-stream" in schema
        python_name = None
        if stream:
            taken = {p.get("x-python-name") for p in schema["properties"].values() if isinstance(p, dict)}
            python_name = _python_name(f.name, taken | self.added.get(holder + "#py", set()))
            self.added.setdefault(holder + "#py", set()).add(python_name)
        fields = self._property_fields(f, stream, python_name)
        if isinstance(fields, str):
            self.notes.append(f"field {where}: {fields}")
            return
        props_line = self.text.find(holder, "properties", 6)
        if props_line is None:
            self.notes.append(f"field {where}: {holder} has no properties block; add it by hand")
            return
        _begin, end = self.text.blocks[holder]
        at = self.text.block_end(props_line, end)
        first = self.lines_after(props_line)
        flow = first is not None and re.match(r"\s*[^:]+:\s*\{", first) is not None
        key = _scalar(f.name)
        if flow:
            new = [f"        {key}: {{{', '.join(f'{k}: {v}' for k, v in fields)}}}\n"]
        else:
            new = [f"        {key}:\n", *[f"          {k}: {v}\n" for k, v in fields]]
        self.text.inserts.append((at, new))
        self.added.setdefault(holder, set()).add(f.name)

    def lines_after(self, line_no: int) -> str | None:
        for line in self.text.lines[line_no + 1 :]:
            if _content(line):
                return line
        return None

    # -- enum values ---------------------------------------------------------------------------------------------

    def add_enum_value(self, source: str, operation: str, path: str, name: str, enum: str, value: str) -> None:
        where = f"{operation} {path}.{name}"
        component = None
        holder = self._holder(source, operation, path, "")
        if holder is not None:
            prop = self.schemas[holder].get("properties", {}).get(name, {})
            if prop.get("type") == "array":
                prop = prop.get("items", {})
            if "$ref" in prop:
                component = prop["$ref"].rsplit("/", 1)[-1]
        if component is None and enum in self.schemas and "enum" in self.schemas[enum]:
            component = enum
        if component is None or "enum" not in self.schemas.get(component, {}):
            self.notes.append(f"enum {enum} value {value!r} ({where}): no enum component found; add it by hand")
            return
        if value in self.schemas[component]["enum"] or value in self.enum_added.get(component, set()):
            self.notes.append(f"enum {component} value {value!r}: already in the spec")
            return
        line_no = self.text.find(component, "enum", 6)
        if line_no is None:
            self.notes.append(f"enum {component} value {value!r}: cannot find its enum list; add it by hand")
            return
        line = self.text.lines[line_no]
        if "[" in line:  # flow style: enum: [A, B]
            current = self.text.replaces.get(line_no, line)
            self.text.replaces[line_no] = current.replace("]", f", {_scalar(value)}]", 1)
        else:
            _begin, end = self.text.blocks[component]
            at = line_no + 1
            while at < end and self.text.lines[at].lstrip().startswith("- "):
                at += 1
            self.text.inserts.append((at, [f"{' ' * _indent(self.text.lines[line_no + 1])}- {_scalar(value)}\n"]))
        self.enum_added.setdefault(component, set()).add(value)

    # -- new event types -----------------------------------------------------------------------------------------

    def add_event(self, stream: str, event_type: str, fields: tuple[UnknownField, ...], count: int) -> None:
        if event_type in self.events:
            self.notes.append(f"event {event_type!r}: already in the spec ({self.events[event_type]})")
            return
        if not event_type or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", event_type):
            self.notes.append(f"event {event_type!r}: not a name a schema can take; add it by hand")
            return
        last = max(
            (self.text.blocks[n] for n in self.events.values() if n in self.text.blocks),
            key=lambda b: b[1],
            default=None,
        )
        if last is None:
            self.notes.append(f"event {event_type!r}: the spec has no event schemas to put it after")
            return
        cls = event_type[0].upper() + event_type[1:]
        classes = {s.get("x-python-class") for s in self.schemas.values()}
        if cls in classes:
            cls += "Event"
        name = cls if cls.endswith("Event") else cls + "Event"
        while name in self.schemas:
            name += "_"
        taken: set[str] = set()
        props = [f"        e: {{type: string, x-python-name: event_type, description: Event type ({event_type}).}}\n"]
        taken.add("event_type")
        keys = ["e"]
        for f in fields:
            if f.name == "e":
                continue
            if f.name == "E" and f.json_types == ("integer",):
                py = "event_time"
                body = [("type", "integer"), ("format", "int64"), ("x-python-name", py)]
                body.append(("description", "Event time (ms)."))
            else:
                py = _python_name(f.name, taken)
                typed = self._property_fields(f, True, py)
                if isinstance(typed, str):
                    self.notes.append(f"event {event_type!r} key {f.name!r}: {typed}")
                    continue
                body = [(k, v) for k, v in typed if k != "x-review"]
            taken.add(py)
            keys.append(f.name)
            props.append(f"        {_scalar(f.name)}: {{{', '.join(f'{k}: {v}' for k, v in body)}}}\n")
        required = [k for k in ("e", "E") if k in keys]
        dedupe = [k for k in keys if k != "e"] or ["e"]
        description = (
            f"Event type {event_type}, not in the spec yet (spec drift: seen {count}x on the {stream} stream). "
            "Review: describe it, name its keys (x-python-name), check their types, required keys and x-dedupe-key."
        )
        block = [
            f"    {name}:\n",
            "      type: object\n",
            "      x-stream: event\n",
            f"      x-stream-name: {stream if stream in ('user', 'risk') else 'user'}\n",
            f"      x-event-type: {_scalar(event_type)}\n",
            f"      x-python-class: {cls}\n",
            f"      x-dedupe-key: [{', '.join(_scalar(k) for k in dedupe)}]\n",
            "      x-review: true\n",
            f"      description: {_scalar(description)}\n",
            f"      required: [{', '.join(_scalar(k) for k in required)}]\n",
            "      properties:\n",
            *props,
        ]
        self.text.inserts.append((last[1], block))
        self.events[event_type] = name


def _python_name(key: str, taken: Collection[str | None]) -> str:
    """A provisional attribute name for a wire key: snake_case, unique in the schema, never a keyword."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key).lower()
    name = re.sub(r"\W", "_", name).strip("_") or "field"
    if name[0].isdigit():
        name = "field_" + name
    if keyword.iskeyword(name):
        name += "_"
    base, n = name, 2
    while name in taken:
        name = f"{base}_{n}"
        n += 1
    return name


def spec_patch(spec_text: str, drift: SpecDrift, *, path: str = "spec/margin.yaml") -> SpecPatch:
    """Patch ``spec_text`` (the text of ``spec/margin.yaml``) with what ``drift`` recorded.

    Args:
        spec_text: the spec as it is now.
        drift: the record (``client.spec_drift()``, ``SpecDrift.load(...)``, merged runs).
        path: the spec's path relative to the repository root, for the diff's ``a/`` and ``b/`` names.

    Returns:
        ``SpecPatch`` with the new text, the unified diff and notes on what was left out.
    """
    p = _Patcher(spec_text, drift)
    for t in drift.event_types:
        p.add_event(t.stream, t.event_type, t.fields, t.count)
    for f in drift.fields:
        p.add_field(f)
    for e in drift.enum_values:
        p.add_enum_value(e.source, e.operation, e.path, e.name, e.enum, e.value)
    for c in drift.error_codes:
        p.notes.append(
            f"error code {c.code} ({c.operation}, HTTP {c.http_status}, {c.message!r}): not in the spec; "
            "add it to ERROR_CODES in binance_margin/_errors.py"
        )
    text = p.text.result()
    diff = "".join(
        difflib.unified_diff(
            spec_text.splitlines(keepends=True), text.splitlines(keepends=True), f"a/{path}", f"b/{path}"
        )
    )
    return SpecPatch(text, diff, p.notes)
