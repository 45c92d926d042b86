"""Spec drift: what Binance sent that ``spec/margin.yaml`` does not know yet.

Every client records, per operation and per stream event type, the response keys its models do not know (name and
JSON type, never values; nested models by JSON path), enum values outside the spec, event types and event keys
outside the spec, and error codes outside the error table (``_errors.ERROR_CODES``). Each is logged once per
process at INFO on the ``binance_margin.drift`` logger; ``client.spec_drift()`` returns the record (a
``SpecDrift``), which can be saved, merged with other runs' records and turned into a patch of the spec
(``binance-margin spec-drift --patch``).

The hot path pays almost nothing: the generated models already keep unknown keys in ``additional_properties`` and
turn unknown enum values into pseudo-members, both off their fast path; there they also bump a marker
(``binance_margin_generated.types._DRIFT``). The runtime compares the marker before and after a parse and walks
the parsed model only when it moved.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Any, Literal

__all__ = [
    "DRIFT_FILE_FORMAT",
    "SpecDrift",
    "UnknownEnumValue",
    "UnknownErrorCode",
    "UnknownEventType",
    "UnknownField",
]

logger = logging.getLogger("binance_margin.drift")

DRIFT_FILE_FORMAT = 1
"""The ``format`` of a saved record (``SpecDrift.save``); ``SpecDrift.load`` refuses other formats."""

Source = Literal["rest", "stream"]
JsonType = Literal["string", "integer", "number", "boolean", "null", "object", "array"]
_JSON_TYPES = ("string", "integer", "number", "boolean", "null", "object", "array")
_DECIMAL = re.compile(r"-?[0-9]+\.[0-9]+")


def json_type(value: Any) -> JsonType:
    """The JSON type of a decoded JSON value."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    return "array"


@dataclass(frozen=True, slots=True)
class UnknownField:
    """A key Binance sent in a response or an event that the spec does not list (its values are never kept).

    Attributes:
        source: ``"rest"`` (a response) or ``"stream"`` (a user data or risk stream event).
        operation: the operationId (REST) or the event type (stream).
        path: where the object holding the key sits in the payload: ``$`` is the top level, ``$[]`` an item of a
            top-level list, ``$.userAssets[]`` an item of the ``userAssets`` list.
        name: the key.
        model: the class that read the object (``CrossMarginAccount``, ``ExecutionReport``...).
        json_types: the JSON types its values had (``string``, ``integer``, ``number``, ``boolean``, ``null``,
            ``object``, ``array``), sorted.
        decimal: every string value was a decimal number with a point (``"0.00100000"``): Binance's money and
            quantity format (``format: decimal`` in the spec).
        item_types: for an array, the JSON types of its items.
        count: how many of the payloads walked carried it (a client walks at most one drifted answer per operation
            and ``spec_drift_interval``, 1 s by default).
    """

    source: Source
    operation: str
    path: str
    name: str
    model: str
    json_types: tuple[str, ...]
    decimal: bool = False
    item_types: tuple[str, ...] = ()
    count: int = 1

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What identifies it: (source, operation, path, name)."""
        return (self.source, self.operation, self.path, self.name)

    def describe_type(self) -> str:
        """``string (decimal)``, ``integer``, ``array of object``, ``string | null``..."""
        parts = []
        for t in self.json_types:
            if t == "string" and self.decimal:
                parts.append("string (decimal)")
            elif t == "array" and self.item_types:
                parts.append("array of " + " | ".join(self.item_types))
            else:
                parts.append(t)
        return " | ".join(parts)

    def merged(self, other: UnknownField) -> UnknownField:
        """This field with another observation of the same key folded in."""
        mine = "string" in self.json_types
        theirs = "string" in other.json_types
        decimal = (self.decimal and other.decimal) if mine and theirs else (self.decimal if mine else other.decimal)
        return replace(
            self,
            json_types=_union(self.json_types, other.json_types),
            decimal=decimal,
            item_types=_union(self.item_types, other.item_types),
            count=self.count + other.count,
            model=self.model or other.model,
        )


@dataclass(frozen=True, slots=True)
class UnknownEnumValue:
    """An enum value Binance sent that the spec does not list (the model holds it as a pseudo-member).

    Attributes:
        source: ``"rest"`` or ``"stream"``.
        operation: the operationId (REST) or the event type (stream).
        path: the object holding the key (see ``UnknownField.path``).
        name: the key whose value it was.
        enum: the enum class (the component schema of the same name in ``spec/margin.yaml``).
        value: the value.
        count: how many of the payloads walked carried it (see ``UnknownField.count``).
    """

    source: Source
    operation: str
    path: str
    name: str
    enum: str
    value: str
    count: int = 1

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        """What identifies it: (source, operation, path, name, value)."""
        return (self.source, self.operation, self.path, self.name, self.value)


@dataclass(frozen=True, slots=True)
class UnknownEventType:
    """A stream event type (the ``e`` key) the spec has no schema for: delivered as ``UnknownEvent``.

    Attributes:
        stream: ``"user"`` or ``"risk"``: the stream that delivered it.
        event_type: the ``e`` value.
        fields: its keys with their JSON types (``operation`` is the event type, ``path`` ``$``).
        count: how many events of this type arrived.
    """

    stream: str
    event_type: str
    fields: tuple[UnknownField, ...] = ()
    count: int = 1

    def merged(self, other: UnknownEventType) -> UnknownEventType:
        """This event type with another observation folded in (keys united)."""
        return replace(
            self, fields=tuple(_merge_keyed(self.fields, other.fields, lambda f: f.key)), count=self.count + other.count
        )


@dataclass(frozen=True, slots=True)
class UnknownErrorCode:
    """An error code outside the SDK's error table (``binance_margin._errors.ERROR_CODES``).

    Attributes:
        operation: the operationId of the request Binance refused.
        code: Binance's code.
        http_status: the HTTP status it came with.
        message: Binance's message the first time (Binance's text, not request data).
        count: how many answers carried it.
    """

    operation: str
    code: int
    http_status: int
    message: str
    count: int = 1

    @property
    def key(self) -> tuple[str, int]:
        """What identifies it: (operation, code)."""
        return (self.operation, self.code)


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(set(a) | set(b)))


def _merge_keyed(a: Iterable[Any], b: Iterable[Any], key: Any) -> list[Any]:
    out: dict[Any, Any] = {}
    for item in (*a, *b):
        k = key(item)
        prev = out.get(k)
        if prev is None:
            out[k] = item
        elif hasattr(prev, "merged"):
            out[k] = prev.merged(item)
        else:
            out[k] = replace(prev, count=prev.count + item.count)
    return [out[k] for k in sorted(out, key=repr)]


@dataclass(frozen=True, slots=True)
class SpecDrift:
    """What Binance sent that the spec does not know: the record of one client, or of several runs merged.

    ``client.spec_drift()`` returns it (``AsyncMarginClient`` and streams too). ``save(path)`` writes it as JSON
    (merged into what the file already holds), ``SpecDrift.load(path)`` reads it back, ``merge`` pools records;
    ``binance-margin spec-drift --from FILE ... --patch spec.diff`` turns it into a patch of ``spec/margin.yaml``.
    A client also saves its record when it closes if ``BINANCE_SPEC_DRIFT_FILE`` (``spec_drift_file=``) names a
    file. Falsy when nothing was seen.

    Attributes:
        fields: unknown response and event keys.
        enum_values: enum values outside the spec.
        event_types: unknown stream event types.
        error_codes: error codes outside the error table.
    """

    fields: tuple[UnknownField, ...] = ()
    enum_values: tuple[UnknownEnumValue, ...] = ()
    event_types: tuple[UnknownEventType, ...] = ()
    error_codes: tuple[UnknownErrorCode, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.fields or self.enum_values or self.event_types or self.error_codes)

    def merge(self, *others: SpecDrift) -> SpecDrift:
        """This record with others folded in: the same item seen in several runs is one item, counts added."""
        fields, enums, events, codes = self.fields, self.enum_values, self.event_types, self.error_codes
        for o in others:
            fields = tuple(_merge_keyed(fields, o.fields, lambda f: f.key))
            enums = tuple(_merge_keyed(enums, o.enum_values, lambda e: e.key))
            events = tuple(_merge_keyed(events, o.event_types, lambda e: (e.stream, e.event_type)))
            codes = tuple(_merge_keyed(codes, o.error_codes, lambda c: c.key))
        return SpecDrift(fields, enums, events, codes)

    # -- JSON ----------------------------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The JSON form ``save`` writes (``format``, then one list per kind)."""

        def field_dict(f: UnknownField) -> dict[str, Any]:
            return {
                "source": f.source,
                "operation": f.operation,
                "path": f.path,
                "name": f.name,
                "model": f.model,
                "json_types": list(f.json_types),
                "decimal": f.decimal,
                "item_types": list(f.item_types),
                "count": f.count,
            }

        return {
            "format": DRIFT_FILE_FORMAT,
            "fields": [field_dict(f) for f in self.fields],
            "enum_values": [
                {
                    "source": e.source,
                    "operation": e.operation,
                    "path": e.path,
                    "name": e.name,
                    "enum": e.enum,
                    "value": e.value,
                    "count": e.count,
                }
                for e in self.enum_values
            ],
            "event_types": [
                {
                    "stream": e.stream,
                    "event_type": e.event_type,
                    "fields": [field_dict(f) for f in e.fields],
                    "count": e.count,
                }
                for e in self.event_types
            ],
            "error_codes": [
                {
                    "operation": c.operation,
                    "code": c.code,
                    "http_status": c.http_status,
                    "message": c.message,
                    "count": c.count,
                }
                for c in self.error_codes
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SpecDrift:
        """Read the JSON form (``to_dict``). Raises ``ValueError`` for anything else."""
        if not isinstance(data, Mapping) or data.get("format") != DRIFT_FILE_FORMAT:
            raise ValueError(f"not a spec drift record (format {DRIFT_FILE_FORMAT})")
        try:
            return cls(
                tuple(_field_from(f) for f in data.get("fields", [])),
                tuple(
                    UnknownEnumValue(
                        _source(e["source"]),
                        str(e["operation"]),
                        str(e["path"]),
                        str(e["name"]),
                        str(e["enum"]),
                        str(e["value"]),
                        _count(e),
                    )
                    for e in data.get("enum_values", [])
                ),
                tuple(
                    UnknownEventType(
                        str(e["stream"]),
                        str(e["event_type"]),
                        tuple(_field_from(f) for f in e.get("fields", [])),
                        _count(e),
                    )
                    for e in data.get("event_types", [])
                ),
                tuple(
                    UnknownErrorCode(
                        str(c["operation"]), _int(c["code"]), _int(c["http_status"]), str(c["message"]), _count(c)
                    )
                    for c in data.get("error_codes", [])
                ),
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"malformed spec drift record: {exc!r}") from None

    def to_json(self) -> str:
        """``to_dict`` as indented JSON text."""
        return json.dumps(self.to_dict(), indent=2, sort_keys=False) + "\n"

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> SpecDrift:
        """Read a record written by ``save``. Raises ``OSError`` or ``ValueError``."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not JSON ({exc})") from None
        try:
            return cls.from_dict(data)
        except ValueError as exc:
            raise ValueError(f"{path}: {exc}") from None

    def save(self, path: str | os.PathLike[str], *, merge: bool = True) -> SpecDrift:
        """Write the record to ``path`` as JSON and return what was written.

        With ``merge`` (the default) what the file already holds is folded in, under an exclusive lock where the
        platform has ``fcntl``: several processes may save to one file. The file is replaced atomically.
        """
        target = Path(path)
        with _file_lock(target):
            record = self
            if merge and target.exists() and target.stat().st_size:
                record = SpecDrift.load(target).merge(self)
            tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_text(record.to_json(), encoding="utf-8")
            os.replace(tmp, target)
        return record

    # -- text ----------------------------------------------------------------------------------------------------

    def lines(self) -> list[str]:
        """One line per item, for people (what ``binance-margin spec-drift`` prints)."""
        out: list[str] = []
        for f in self.fields:
            out.append(
                f"field     {f.operation} {f.path}.{f.name}: {f.describe_type()} (in {f.model or '?'}, {f.source}, "
                f"seen {f.count}x)"
            )
        for e in self.enum_values:
            out.append(
                f"enum      {e.enum} += {e.value!r} ({e.operation} {e.path}.{e.name}, {e.source}, seen {e.count}x)"
            )
        for t in self.event_types:
            keys = ", ".join(f"{f.name}: {f.describe_type()}" for f in t.fields)
            out.append(f"event     {t.event_type!r} on the {t.stream} stream: {{{keys}}} (seen {t.count}x)")
        for c in self.error_codes:
            out.append(f"error     {c.code} (HTTP {c.http_status}) from {c.operation}: {c.message!r} (seen {c.count}x)")
        return out


def _source(value: Any) -> Source:
    if value not in ("rest", "stream"):
        raise ValueError(f"unknown source {value!r}")
    return "rest" if value == "rest" else "stream"


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"not an integer: {value!r}")
    return value


def _count(data: Mapping[str, Any]) -> int:
    count = _int(data.get("count", 1))
    if count < 1:
        raise ValueError(f"count must be at least 1, not {count}")
    return count


def _types(values: Any) -> tuple[str, ...]:
    types = tuple(sorted({str(v) for v in values}))
    bad = [t for t in types if t not in _JSON_TYPES]
    if bad:
        raise ValueError(f"unknown JSON type(s) {bad}")
    return types


def _field_from(f: Mapping[str, Any]) -> UnknownField:
    return UnknownField(
        _source(f["source"]),
        str(f["operation"]),
        str(f["path"]),
        str(f["name"]),
        str(f.get("model", "")),
        _types(f["json_types"]),
        bool(f.get("decimal", False)),
        _types(f.get("item_types", [])),
        _count(f),
    )


@contextlib.contextmanager
def _file_lock(target: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock, the replace is still atomic
        yield
        return
    lock_path = target.with_name(f".{target.name}.lock")
    with open(lock_path, "a+b") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)


# ----------------------------------------------------------------------------------------------------------------
# the recorder (one per client; streams record into their client's)
# ----------------------------------------------------------------------------------------------------------------

_logged: set[tuple[Any, ...]] = set()
_logged_lock = threading.Lock()


def _log_once(key: tuple[Any, ...], message: str, *args: Any) -> None:
    with _logged_lock:
        if key in _logged:
            return
        _logged.add(key)
    logger.info(message, *args)


def _shape(source: Source, operation: str, path: str, name: str, model: str, value: Any) -> UnknownField:
    t = json_type(value)
    items: tuple[str, ...] = ()
    if t == "array":
        items = tuple(sorted({json_type(v) for v in value}))
    decimal = t == "string" and _DECIMAL.fullmatch(value) is not None
    return UnknownField(source, operation, path, name, model, (t,), decimal, items)


class DriftRecorder:
    """Collects drift for one client (thread-safe; only ever called off the hot path)."""

    def __init__(self, interval: float = 1.0) -> None:
        self.interval = interval
        """Seconds between two walks of drifted answers of one operation (or events of one type); 0: walk each."""
        self._walked: dict[tuple[str, str], float] = {}
        self._lock = threading.Lock()
        self._fields: dict[tuple[Any, ...], UnknownField] = {}
        self._enums: dict[tuple[Any, ...], UnknownEnumValue] = {}
        self._events: dict[tuple[str, str], UnknownEventType] = {}
        self._codes: dict[tuple[str, int], UnknownErrorCode] = {}
        self.saved = False
        """Whether the record was written to the drift file (at close)."""

    def snapshot(self) -> SpecDrift:
        """The record so far."""
        with self._lock:
            return SpecDrift(
                tuple(self._fields[k] for k in sorted(self._fields, key=repr)),
                tuple(self._enums[k] for k in sorted(self._enums, key=repr)),
                tuple(self._events[k] for k in sorted(self._events)),
                tuple(self._codes[k] for k in sorted(self._codes)),
            )

    # -- what the runtime and the stream engine call -------------------------------------------------------------

    def _due(self, source: str, operation: str) -> bool:
        """Whether to walk this drifted payload: at most one per operation (event type) and ``interval``.

        A new key or value usually comes in every answer of an operation from then on; walking each of them would
        tax every call until the spec is regenerated, while one walk a second sees the same things.
        """
        if self.interval <= 0:
            return True
        now = time.monotonic()
        last = self._walked.get((source, operation))
        if last is not None and now - last < self.interval:
            return False
        self._walked[(source, operation)] = now
        return True

    def scan_response(self, operation: str, parsed: Any) -> None:
        """Record what a parsed response holds outside the spec (called when the drift marker moved)."""
        if not self._due("rest", operation):
            return
        walk = _Walk("rest", operation)
        walk.visit(parsed, "$")
        self._add(walk)

    def scan_event(self, stream: str, event: Any) -> None:
        """Record an event's type if the spec does not know it, else its unknown keys and enum values."""
        from binance_margin_generated.events import EVENT_TYPES, UnknownEvent

        if isinstance(event, UnknownEvent):
            if event.event_type in EVENT_TYPES:  # a known type its model could not read: warned by the decoder
                return
            etype = event.event_type
            shapes = tuple(_shape("stream", etype, "$", k, "", v) for k, v in sorted(event.payload.items()) if k != "e")
            new = UnknownEventType(stream, etype, shapes)
            with self._lock:
                prev = self._events.get((stream, etype))
                self._events[(stream, etype)] = new if prev is None else prev.merged(new)
            _log_once(
                ("event", stream, etype),
                "spec drift: event type %r on the %s stream is not in the spec (keys: %s)",
                etype,
                stream,
                ", ".join(f.name for f in shapes),
            )
            return
        if not self._due("stream", event.EVENT_TYPE):
            return
        walk = _Walk("stream", event.EVENT_TYPE)
        walk.visit(event, "$")
        self._add(walk)

    def note_error(self, operation: str, http_status: int, code: int, message: str) -> None:
        """Record an error code outside the error table."""
        new = UnknownErrorCode(operation, code, http_status, message[:200])
        with self._lock:
            prev = self._codes.get(new.key)
            self._codes[new.key] = new if prev is None else replace(prev, count=prev.count + 1)
        _log_once(
            ("error", operation, code),
            "spec drift: error code %d (HTTP %d) from %s is not in the error table: %s",
            code,
            http_status,
            operation,
            message[:200],
        )

    def _add(self, walk: _Walk) -> None:
        """Fold one payload's findings in: each key and each enum value counts once per payload."""
        if not walk.fields and not walk.enums:
            return
        fields = [
            UnknownField(
                walk.source,
                walk.operation,
                path,
                name,
                model,
                tuple(sorted(types)),
                "string" in types and decimal,
                tuple(sorted(items)),
            )
            for (path, name), (model, types, decimal, items) in walk.fields.items()
        ]
        enums = [
            UnknownEnumValue(walk.source, walk.operation, path, name, enum, value)
            for (path, name, value), enum in walk.enums.items()
        ]
        new_fields, new_enums = [], []
        with self._lock:
            for f in fields:
                prev = self._fields.get(f.key)
                if prev is None:
                    new_fields.append(f)
                    self._fields[f.key] = f
                else:
                    self._fields[f.key] = prev.merged(f)
            for e in enums:
                prev_e = self._enums.get(e.key)
                if prev_e is None:
                    new_enums.append(e)
                    self._enums[e.key] = e
                else:
                    self._enums[e.key] = replace(prev_e, count=prev_e.count + 1)
        for f in new_fields:
            _log_once(
                ("field", *f.key),
                "spec drift: %s %s%s: key %r (%s) is not in the spec (%s)",
                f.operation,
                f.path,
                "" if f.source == "rest" else " (stream event)",
                f.name,
                f.describe_type(),
                f.model,
            )
        for e in new_enums:
            _log_once(
                ("enum", *e.key),
                "spec drift: %s %s.%s: %s value %r is not in the spec",
                e.operation,
                e.path,
                e.name,
                e.enum,
                e.value,
            )


class _Walk:
    """One payload's findings: unknown keys (``additional_properties``) and pseudo-member enum values in a parsed
    model tree, folded per (path, key) as it goes (a list of 500 rows with the same new key is one finding)."""

    __slots__ = ("enums", "fields", "operation", "source")

    def __init__(self, source: Source, operation: str) -> None:
        self.source: Source = source
        self.operation = operation
        # (path, key) -> [model, JSON types, every string a decimal so far, item types]
        self.fields: dict[tuple[str, str], list[Any]] = {}
        # (path, key, value) -> enum class name
        self.enums: dict[tuple[str, str, str], str] = {}

    def visit(self, obj: Any, path: str) -> None:
        if obj.__class__ is list:
            item_path = path + "[]"
            for item in obj:
                self.visit(item, item_path)
            return
        cls = obj.__class__
        names: tuple[tuple[str, str], ...] | None = getattr(cls, "_WIRE_NAMES", None)
        if names is None:  # not a generated model
            return
        if cls._EXTRA_IS_DRIFT:
            extra = obj.additional_properties
            if extra:
                for key, value in extra.items():
                    self._field(path, key, cls.__name__, value)
        if not names:
            return
        for python_name, wire in names:
            value = getattr(obj, python_name, None)
            if isinstance(value, Enum):
                self._enum(path, wire, value)
            elif value.__class__ is list:
                for item in value:
                    if isinstance(item, Enum):
                        self._enum(path, wire, item)
                    else:
                        self.visit(item, f"{path}.{wire}[]")
            elif hasattr(value.__class__, "_WIRE_NAMES"):
                self.visit(value, f"{path}.{wire}")

    def _field(self, path: str, key: str, model: str, value: Any) -> None:
        t = json_type(value)
        acc = self.fields.get((path, key))
        if acc is None:
            acc = self.fields[(path, key)] = [model, set(), True, set()]
        acc[1].add(t)
        if t == "string":
            if acc[2] and _DECIMAL.fullmatch(value) is None:
                acc[2] = False
        elif t == "array":
            acc[3].update(json_type(v) for v in value)

    def _enum(self, path: str, wire: str, value: Enum) -> None:
        if type(value)._member_map_.get(value._name_) is not value:  # a pseudo-member: a value the spec lacks
            self.enums[(path, wire, str(value.value))] = type(value).__name__


def reset_logged() -> None:
    """Forget what was logged (tests: each logs again)."""
    with _logged_lock:
        _logged.clear()
