"""The runtime behind the generated surface: convert, apply cross/isolated, build, sign, send, retry, map, parse.

``SyncRuntime`` and ``AsyncRuntime`` implement the ``call``/``call_raw`` protocols the generated surface expects.
Everything they share (per-operation plans, error mapping, retry policy, clock, 418 lock-out, rate limits) lives
in ``RuntimeCore``, so the two twins only differ in how they send and sleep.
"""

from __future__ import annotations

import importlib
import logging
import os
import random
import threading
import time
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import httpx
from binance_margin_generated import models as _models
from binance_margin_generated.operations import Operation
from binance_margin_generated.types import _DRIFT, _format_decimal

from ._convert import Converter, encode_extra_params, make_converter, user_name
from ._drift import DriftRecorder, SpecDrift
from ._errors import (
    DEFAULT_RECV_WINDOW,
    ERROR_CODES,
    RETRYABLE_CODES,
    UNKNOWN_EXECUTION_CODES,
    BinanceAPIError,
    BinanceError,
    ConfigurationError,
    IPBannedError,
    RateLimitedError,
    ResponseDecodeError,
    ServerError,
    TimestampError,
    TransportError,
    UnknownExecutionStatus,
    ValidationError,
    error_from_response,
    redact_params,
    redact_text,
)
from ._http_common import proxy_configured
from ._isolation import IsolationPlan
from ._ratelimit import AsyncGovernor, SyncGovernor
from ._sync_http import SyncPool, decode_body
from ._types import ApiResponse, MarginMode, RateLimitDicts, RateLimitUsage, scan_rate_limit_headers

if TYPE_CHECKING:
    from ._asyncio_http import AsyncioTransport, Route
    from ._config import ClientConfig
from .signing import (
    RECV_WINDOW_EXTENSION,
    SECURITY_EXTENSION,
    TIMESTAMP_EXTENSION,
    BinanceAuth,
    encode_query,
    encode_value,
    percent_encode,
    url_with_query,
)

__all__ = ["AsyncRuntime", "Clock", "RuntimeCore", "SyncRuntime"]

logger = logging.getLogger("binance_margin")
_HttpClient = TypeVar("_HttpClient", httpx.Client, httpx.AsyncClient)

SERVER_TIME_PATH: Final = "/api/v3/time"
USER_AGENT: Final = "binance-margin-python"
_NOT_SENT: Final = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.ProxyError,
    httpx.LocalProtocolError,
)
"""httpx errors raised before the request can have reached Binance."""
_CLIENT_ID_PREFIX: Final = "bm-"


def sanitized_transport_error(exc: httpx.TransportError) -> httpx.TransportError:
    """A copy of ``exc`` (same httpx type) with a redacted message, no request and nothing chained."""
    message = redact_text(str(exc))
    try:
        clean = type(exc)(message)
    except TypeError:  # a subclass with another constructor
        clean = httpx.TransportError(message)
    clean.__suppress_context__ = True
    return clean


class _RedactSignedUrls(logging.Filter):
    """Redacts ``signature=`` (and other secret parameters) in httpx's own log records (``HTTP Request: ...``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logging module's business, not ours
            return True
        redacted = redact_text(message)
        if redacted != message:
            record.msg = redacted
            record.args = None
        return True


_HTTPX_LOG_FILTER: Final = _RedactSignedUrls("binance_margin")


def install_httpx_log_redaction() -> None:
    """Attach the redacting filter to the ``httpx`` and ``httpcore`` loggers (once; idempotent).

    httpx logs every request's full URL at INFO level when a client's ``send`` is used (``http_client=``).
    """
    for name in ("httpx", "httpcore"):
        target = logging.getLogger(name)
        if _HTTPX_LOG_FILTER not in target.filters:
            target.addFilter(_HTTPX_LOG_FILTER)


def new_client_order_id() -> str:
    """A fresh client order id (35 characters, within Binance's ``^[.A-Z:/a-z0-9_-]{1,36}$``)."""
    return _CLIENT_ID_PREFIX + os.urandom(16).hex()


class Clock:
    """Milliseconds for ``timestamp``: the system clock plus an offset to Binance's clock."""

    __slots__ = ("_synced_at", "enabled", "interval", "offset_ms")

    def __init__(self, *, enabled: bool, interval: float) -> None:
        self.enabled = enabled
        self.interval = interval
        self.offset_ms = 0
        self._synced_at: float | None = None

    def now_ms(self) -> int:
        """Binance's idea of now, in ms."""
        return int(time.time() * 1000) + self.offset_ms

    def stale(self) -> bool:
        """Whether periodic synchronisation is on and due."""
        return self.enabled and (self._synced_at is None or time.monotonic() - self._synced_at > self.interval)

    def update(self, server_ms: int, sent_ms: float, received_ms: float) -> int:
        """Set the offset from a server time read between ``sent_ms`` and ``received_ms`` (local clock)."""
        self.offset_ms = round(server_ms - (sent_ms + received_ms) / 2)
        self._synced_at = time.monotonic()
        return self.offset_ms

    def postpone(self) -> None:
        """After a failed synchronisation: try again after the next interval, keep the current offset."""
        self._synced_at = time.monotonic()


class _Plan:
    """Everything about one operation that does not change between calls."""

    __slots__ = (
        "build_request",
        "converters",
        "extensions",
        "id_params",
        "isolation",
        "method",
        "needs_key",
        "needs_signer",
        "op",
        "parse_response",
        "path",
        "primary_id",
        "required",
        "required_when",
        "retryable",
        "taken",
        "url",
        "url_text",
        "wire_table",
    )

    def __init__(self, op: Operation, base_url: str) -> None:
        module = importlib.import_module(op.module)
        self.op = op
        self.method = op.method
        self.path = op.path
        self.url_text = base_url + op.path
        self.url = httpx.URL(self.url_text)
        self.build_request: Callable[..., dict[str, Any]] = module.build_request
        self.parse_response: Callable[..., Any] = module.parse_response
        converters = {p.python_name: make_converter(p) for p in op.params}
        self.isolation = IsolationPlan(op, converters)
        # The surface passes recv_window under its wire name ("recvWindow"); everything else by python name.
        self.converters: dict[str, tuple[str, Converter]] = {
            p.python_name: (p.python_name, converters[p.python_name]) for p in op.params
        }
        self.converters.update(
            {p.name: (p.python_name, converters[p.python_name]) for p in op.params if p.name == "recvWindow"}
        )
        self.required = tuple((p.python_name, user_name(p)) for p in op.params if p.required)
        by_name = {p.name: p for p in op.params}
        self.required_when = tuple(
            (by_name[r.param].python_name, user_name(by_name[r.param]), by_name[r.when].python_name, r.when, r.values)
            for r in op.required_when
        )
        """(python name, argument, python name of the enum, its wire name, values that require the argument)."""
        self.taken: dict[str, str] = {}
        """Every name of the operation's parameters (wire, generated, argument) -> the argument that sets it:
        what ``extra_params`` may not contain."""
        for p in op.params:
            instead = "margin" if p.name in op.margin_params else "recv_window" if p.name == "recvWindow" else None
            for alias in (p.name, p.python_name, user_name(p)):
                self.taken[alias] = instead or user_name(p)
        self.retryable = not op.state_changing
        self.needs_key = op.security != "NONE"
        self.needs_signer = op.security == "SIGNED"
        self.extensions: dict[str, Any] = {SECURITY_EXTENSION: op.security}
        if not any(p.name == "recvWindow" for p in op.params):
            self.extensions[RECV_WINDOW_EXTENSION] = False
        self.id_params, self.primary_id = _client_id_params(op)
        self.wire_table = _wire_table(op, self.build_request)


_ENUM: Final = 0
_DECIMAL: Final = 1
_LIST: Final = 2
_PLAIN: Final = 3
_WireEntry = tuple[str, str, int, str, dict[Any, tuple[str, str]]]
"""(python name, wire name, kind, ``name=`` as encoded, enum member -> (wire value, ``name=value`` encoded))."""


def _wire_table(op: Operation, build_request: Callable[..., dict[str, Any]]) -> tuple[_WireEntry, ...] | None:
    """How to write ``op``'s wire parameters and canonical query in one pass, as the generated ``build_request``
    and ``encode_query`` would; ``None`` (use those) when a sample with every parameter set does not come out the
    same, in the same order."""
    entries: list[_WireEntry] = []
    sample: dict[str, Any] = {}
    for p in op.params:
        prefix = percent_encode(p.name) + "="
        members: dict[Any, tuple[str, str]] = {}
        kind = _PLAIN
        if p.kind == "enum":
            enum_class = getattr(_models, p.enum_class or "", None)
            if enum_class is None:  # pragma: no cover - the generator always names the class
                return None
            kind = _ENUM
            for member in enum_class:
                members[member] = (member.value, prefix + encode_value(member.value))
            sample[p.python_name] = next(iter(enum_class))
        elif p.kind == "decimal":
            kind = _DECIMAL
            sample[p.python_name] = Decimal("1.50")
        elif p.kind == "list":
            kind = _LIST
            sample[p.python_name] = ["A", "B c"]
        elif p.kind == "int":
            sample[p.python_name] = 7
        elif p.kind == "bool":
            sample[p.python_name] = True
        else:
            sample[p.python_name] = "S t/u"
        entries.append((p.python_name, p.name, kind, prefix, members))
    table = tuple(entries)
    try:
        expected = build_request(**sample).get("params") or {}
    except Exception:  # pragma: no cover - a generated signature this table does not know
        return None
    wire, query = _build_wire(table, sample)
    same = list(wire.items()) == list(expected.items()) and all(type(wire[k]) is type(v) for k, v in expected.items())
    return table if same and query == encode_query(expected) else None


def _build_wire(table: tuple[_WireEntry, ...], kwargs: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The wire parameters and their canonical query (``encode_query`` of them) from converted arguments."""
    wire: dict[str, Any] = {}
    parts: list[str] = []
    for python_name, name, kind, prefix, members in table:
        value = kwargs.get(python_name)
        if value is None:
            continue
        if kind == _ENUM:
            hit = members.get(value)
            if hit is None:  # an Unlisted value (the converters give members of the class otherwise)
                value = value.value
                parts.append(prefix + encode_value(value))
            else:
                value, text = hit
                parts.append(text)
        else:
            if kind == _DECIMAL:
                value = _format_decimal(value)
            elif kind == _LIST:
                value = ",".join(str(item) for item in value)
            parts.append(prefix + encode_value(value))
        wire[name] = value
    return wire, "&".join(parts)


def _client_id_params(op: Operation) -> tuple[tuple[tuple[str, str | None], ...], str | None]:
    """Client order ids the SDK fills in when the user gives none, for order-placing operations.

    ``newClientOrderId`` and ``listClientOrderId`` always; a leg's ``<leg>ClientOrderId`` when the leg is sent
    (its ``<leg>Type`` is required or given, or the operation has no ``<leg>Type``).
    """
    if op.method != "POST":
        return (), None
    by_name = {p.name: p for p in op.params}
    out: list[tuple[str, str | None]] = []
    primary: str | None = None
    for p in op.params:
        if p.kind != "str" or not p.name.endswith("ClientOrderId") or p.name.startswith("orig"):
            continue
        if p.name in ("newClientOrderId", "listClientOrderId"):
            out.append((p.python_name, None))
            if primary is None or p.name == "newClientOrderId":
                primary = p.python_name
            continue
        leg_type = by_name.get(p.name[: -len("ClientOrderId")] + "Type")
        out.append((p.python_name, None if leg_type is None or leg_type.required else leg_type.python_name))
    return tuple(out), primary


class _Call:
    """One prepared call: converted arguments, wire parameters and the URL with its canonical query."""

    __slots__ = ("_url", "kwargs", "margin", "plan", "query", "timestamp", "wire")

    def __init__(
        self,
        plan: _Plan,
        kwargs: dict[str, Any],
        wire: dict[str, Any],
        margin: MarginMode | None,
        query: str | None = None,
    ):
        self.plan = plan
        self.kwargs = kwargs
        self.wire = wire
        self.margin = margin
        self.query = encode_query(wire) if query is None else query
        """The canonical query (percent-encoded, without ``?``), before signing."""
        self._url: httpx.URL | None = None
        self.timestamp: int | None = None
        """The ``timestamp`` of the latest signed attempt (ms)."""

    @property
    def url(self) -> httpx.URL:
        """The URL with the canonical query, before signing (built on first use)."""
        url = self._url
        if url is None:
            url = self._url = url_with_query(self.plan.url, self.query)
        return url

    def sent(self, request: httpx.Request) -> None:
        """Note what the auth signed ``request`` with (call after every send attempt, failed or not)."""
        timestamp = request.extensions.get(TIMESTAMP_EXTENSION)
        if timestamp is not None:
            self.timestamp = timestamp


class Answer:
    """A response read straight from the wire by the async runtime: status, raw headers and body.

    The runtime parses models from it directly; httpx objects are built only where a user sees them (``headers``
    of a raw response, ``to_httpx()`` for an error), so a successful call creates none.
    """

    __slots__ = ("_headers", "content", "method", "raw_headers", "reason", "status_code", "url")

    def __init__(
        self,
        status_code: int,
        reason: str,
        raw_headers: tuple[tuple[bytes, bytes], ...],
        content: bytes,
        method: str,
        url: str,
    ) -> None:
        self.status_code = status_code
        self.reason = reason
        self.raw_headers = raw_headers
        self.content = content
        self.method = method
        self.url = url
        """The URL without ``timestamp`` and ``signature``."""
        self._headers: httpx.Headers | None = None

    @property
    def headers(self) -> httpx.Headers:
        """The response headers as ``httpx.Headers`` (built on first use)."""
        headers = self._headers
        if headers is None:
            headers = self._headers = httpx.Headers(list(self.raw_headers))
        return headers

    @property
    def text(self) -> str:
        """The body as text (UTF-8, undecodable bytes replaced)."""
        return self.content.decode("utf-8", "replace")

    def to_httpx(self) -> httpx.Response:
        """The same response as an ``httpx.Response`` (decoding a ``Content-Encoding``, if any)."""
        return httpx.Response(
            self.status_code,
            headers=list(self.raw_headers),
            content=self.content,
            request=httpx.Request(self.method, self.url),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": self.reason.encode("ascii", "replace")},
        )


class RuntimeCore:
    """State and policy shared by the sync and async runtimes."""

    def __init__(self, config: ClientConfig) -> None:
        self.config = config
        self.base_url = config.base_url
        self.clock = Clock(enabled=config.time_sync, interval=config.time_sync_interval)
        signer = config.signer()
        self.has_key = config.api_key is not None and bool(config.api_key.get_secret_value())
        self.has_signer = signer is not None
        self.auth = BinanceAuth(config.api_key, signer, recv_window=config.recv_window, clock=self.clock.now_ms)
        self._limits: RateLimitDicts = ({}, {}, {}, {})
        self._limits_view: RateLimitUsage | None = None
        self.max_retries = config.max_retries
        self._plans: dict[int, tuple[Operation, _Plan]] = {}
        self._banned_until = 0.0
        self._banned_until_wall: float | None = None
        # The generated client the endpoint parsers take (they read only its unexpected-status policy); built with
        # the first plan, which imports the endpoint module and with it the client classes and attrs: an import of
        # the SDK does not pay for them.
        self._generated: Any = None
        self.drift = DriftRecorder(config.spec_drift_interval)
        """What Binance sent that the spec does not know (``client.spec_drift()``)."""
        install_httpx_log_redaction()

    # -- preparing ------------------------------------------------------------------------------------------

    def plan(self, op: Operation) -> _Plan:
        """The cached plan of ``op`` (built on first use; imports the endpoint module then)."""
        entry = self._plans.get(id(op))
        if entry is not None and entry[0] is op:
            return entry[1]
        plan = _Plan(op, self.base_url)
        self._plans[id(op)] = (op, plan)
        if self._generated is None:
            from binance_margin_generated import Client

            self._generated = Client(base_url=self.base_url)
        return plan

    def prepare(
        self,
        op: Operation,
        params: dict[str, Any],
        margin: MarginMode | None,
        extra: Mapping[str, Any] | None = None,
    ) -> _Call:
        """Convert and check the arguments, apply the cross/isolated rule and build the wire parameters.

        ``extra`` (the surface's ``extra_params``) is checked and appended after the operation's own parameters,
        before ``timestamp`` and ``signature``; without it the one-pass path below is unchanged.

        Raises:
            ValidationError: anything wrong with the arguments (nothing is sent).
            ConfigurationError: the operation needs credentials the client does not have.
        """
        plan = self.plan(op)
        converters = plan.converters
        kwargs: dict[str, Any] = {}
        for name, value in params.items():
            if value is None:
                continue
            entry = converters.get(name)
            if entry is None:
                raise ValidationError(f"{op.operation_id}() got an unexpected argument {name!r}")
            kwargs[entry[0]] = entry[1](value)
        plan.isolation.apply(margin, kwargs)
        for python_name, _shown in plan.required:
            if python_name not in kwargs:
                missing = [s for p, s in plan.required if p not in kwargs]
                raise ValidationError(f"{op.operation_id}() is missing required argument(s): {', '.join(missing)}")
        for python_name, shown, when, when_wire, values in plan.required_when:
            if python_name in kwargs:
                continue
            chosen = kwargs.get(when)
            if chosen in values:  # a StrEnum member hashes and compares as its value
                raise ValidationError(
                    f"{op.operation_id}() needs {shown}= when {when_wire} is {chosen.value} (spec: x-required-when)"
                )
        for python_name, condition in plan.id_params:
            if python_name not in kwargs and (condition is None or condition in kwargs):
                kwargs[python_name] = new_client_order_id()
        if plan.needs_key and not self.has_key:
            raise ConfigurationError(
                f"{op.operation_id} ({op.method} {op.path}) needs an API key: pass api_key= or set BINANCE_API_KEY"
            )
        if plan.needs_signer and not self.has_signer:
            raise ConfigurationError(
                f"{op.operation_id} ({op.method} {op.path}) is signed: pass api_secret= (or BINANCE_API_SECRET), "
                "or private_key= (or BINANCE_PRIVATE_KEY_PATH)"
            )
        table = plan.wire_table
        if extra is not None:
            pairs = encode_extra_params(op.operation_id, plan.taken, extra)
            if pairs:
                return self._with_extra(plan, kwargs, margin, pairs)
        if table is None:
            wire = plan.build_request(**kwargs).get("params") or {}
            return _Call(plan, kwargs, wire, margin)
        wire, query = _build_wire(table, kwargs)
        return _Call(plan, kwargs, wire, margin, query)

    @staticmethod
    def _with_extra(
        plan: _Plan, kwargs: dict[str, Any], margin: MarginMode | None, pairs: list[tuple[str, Any]]
    ) -> _Call:
        """The call with ``extra_params`` appended (in their order) after the operation's own parameters."""
        table = plan.wire_table
        if table is None:
            wire = dict(plan.build_request(**kwargs).get("params") or {})
            query = encode_query(wire)
        else:
            wire, query = _build_wire(table, kwargs)
        wire.update(pairs)
        more = "&".join(percent_encode(name) + "=" + encode_value(value) for name, value in pairs)
        return _Call(plan, kwargs, wire, margin, f"{query}&{more}" if query else more)

    # -- before sending -------------------------------------------------------------------------------------

    def check_ban(self, method: str, path: str) -> None:
        """Refuse locally while an IP ban (418) lasts."""
        if self._banned_until:
            remaining = self._banned_until - time.monotonic()
            if remaining > 0:
                raise IPBannedError(
                    418,
                    None,
                    f"refused locally: Binance banned this IP; {remaining:.0f} s left",
                    method=method,
                    path=path,
                    retry_after=remaining,
                    banned_until=self._banned_until_wall,
                )
            self._banned_until = 0.0
            self._banned_until_wall = None

    def _note_ban(self, error: IPBannedError) -> None:
        wait = error.retry_after if error.retry_after is not None else 120.0
        self._banned_until = time.monotonic() + wait
        self._banned_until_wall = error.banned_until if error.banned_until is not None else time.time() + wait
        logger.warning("Binance banned this IP (418); refusing requests for %.0f s", wait)

    # -- after sending --------------------------------------------------------------------------------------

    def note_headers(self, headers: httpx.Headers) -> None:
        """Merge a response's rate-limit headers into ``rate_limits`` (the calls' loops scan them once for the
        governor too and call ``absorb``)."""
        found = scan_rate_limit_headers(headers.raw)
        if found is not None:
            self.absorb(found)

    def absorb(self, found: RateLimitDicts) -> None:
        """Merge rate-limit headers already scanned (``scan_rate_limit_headers``) into ``rate_limits``."""
        ip, uid, used, orders = found
        current = self._limits
        self._limits = (ip or current[0], uid or current[1], used or current[2], orders or current[3])
        self._limits_view = None

    @property
    def rate_limits(self) -> RateLimitUsage:
        """Request weights and order counts from the latest responses that carried them."""
        view = self._limits_view
        if view is None:
            ip, uid, used, orders = self._limits  # copies: the dicts are shared with raw responses
            view = self._limits_view = RateLimitUsage(dict(ip), dict(uid), dict(used), dict(orders))
        return view

    def process(self, call: _Call, response: httpx.Response | Answer, elapsed_ms: float, attempt: int) -> Any:
        """Parse a 2xx into the model, or raise the mapped exception."""
        plan = call.plan
        status = response.status_code
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s %s -> %s in %.1f ms (attempt %d)",
                plan.method,
                plan.path,
                redact_params(call.wire),
                status,
                elapsed_ms,
                attempt + 1,
            )
        if 200 <= status < 300:
            mark = _DRIFT[0]  # moved by the models only when they meet a key or an enum value the spec lacks
            try:
                parsed = plan.parse_response(client=self._generated, response=response)
                if parsed is None:
                    raise ValueError(f"unexpected status {status}")
            except Exception as exc:
                decode_error = ResponseDecodeError(
                    f"cannot parse Binance's answer to {plan.op.operation_id}: {type(exc).__name__}: {exc}",
                    status=status,
                    body=response.text[:500],
                    method=plan.method,
                    path=plan.path,
                )
                if plan.op.state_changing:
                    raise self.unknown(
                        call, "the request was accepted but its answer is unreadable", decode_error
                    ) from decode_error
                raise decode_error from exc
            if _DRIFT[0] != mark:
                self._scan_drift(plan.op.operation_id, parsed)
            return parsed
        if isinstance(response, Answer):
            response = response.to_httpx()
        error = error_from_response(response, method=plan.method, path=plan.path)
        if error.code is not None and error.code not in ERROR_CODES:
            self.drift.note_error(plan.op.operation_id, status, error.code, error.msg)
        if isinstance(error, IPBannedError):
            self._note_ban(error)
        if plan.op.state_changing and (isinstance(error, ServerError) or error.code in UNKNOWN_EXECUTION_CODES):
            raise self.unknown(call, f"Binance answered {error}", error)
        raise error

    def _scan_drift(self, operation_id: str, parsed: Any) -> None:
        try:
            self.drift.scan_response(operation_id, parsed)
        except Exception:  # recording drift never fails a call
            logger.debug("spec drift: cannot scan the answer to %s", operation_id, exc_info=True)

    def save_drift(self) -> None:
        """Write the drift record to ``spec_drift_file`` (once, at close; merged into what the file holds)."""
        path = self.config.spec_drift_file
        if path is None or self.drift.saved:
            return
        record: SpecDrift = self.drift.snapshot()
        self.drift.saved = True
        try:
            record.save(path)
        except (OSError, ValueError) as exc:
            logger.warning("spec drift: cannot save the record to %s: %s", path, exc)

    def unknown(self, call: _Call, message: str, cause: BaseException) -> UnknownExecutionStatus:
        """The exception for a state-changing call whose outcome cannot be known."""
        plan = call.plan
        symbol = call.wire.get("symbol")
        client_order_id = call.kwargs.get(plan.primary_id) if plan.primary_id else None
        error = UnknownExecutionStatus(
            message,
            operation_id=plan.op.operation_id,
            method=plan.method,
            path=plan.path,
            params=call.wire,
            client_order_id=client_order_id,
            symbol=symbol if isinstance(symbol, str) else None,
            margin=call.margin,
            cause=cause,
            timestamp=call.timestamp,
            recv_window=self.recv_window_of(call),
        )
        error.__cause__ = cause
        logger.warning("%s", error)
        return error

    def recv_window_of(self, call: _Call) -> int:
        """The ``recvWindow`` (ms) Binance applies to ``call``: sent explicitly, the configured one, or 5000."""
        sent = call.wire.get("recvWindow")
        if sent is not None:
            return int(sent)
        if call.plan.extensions.get(RECV_WINDOW_EXTENSION, True) and self.config.recv_window is not None:
            return self.config.recv_window
        return DEFAULT_RECV_WINDOW

    def transport_failure(self, call: _Call, exc: httpx.TransportError) -> BinanceError:
        """A ``TransportError``, or ``UnknownExecutionStatus`` when a state-changing request may have been sent.

        The httpx exception (and whatever it chains, which may quote the signed URL) is not chained as is: the
        cause is a copy of the same type carrying only the redacted message. Raise the result outside the
        ``except`` block that caught ``exc``, so that ``exc`` does not become its ``__context__`` either.
        """
        plan = call.plan
        cause = sanitized_transport_error(exc)
        error = TransportError(f"{type(exc).__name__}: {cause}", method=plan.method, path=plan.path)
        error.__cause__ = cause
        if plan.op.state_changing and not isinstance(exc, _NOT_SENT):
            return self.unknown(call, f"{type(exc).__name__} after the request may have been sent", error)
        return error

    def retry_delay(self, call: _Call, attempt: int, error: BaseException) -> float | None:
        """Seconds to wait before retrying, or ``None`` to raise ``error`` now.

        Only requests that change nothing are retried, on transport errors, 5xx, 429 (and -1001/-1006/-1007/
        -1008), at most ``max_retries`` times, with exponential backoff and jitter; a 429's Retry-After is
        honoured unless it is longer than ``retry_max_wait``.
        """
        if not call.plan.retryable or attempt >= self.max_retries:
            return None
        if isinstance(error, IPBannedError):
            return None
        if not isinstance(error, (TransportError, ServerError, RateLimitedError)) and not (
            isinstance(error, BinanceAPIError) and error.code in RETRYABLE_CODES
        ):
            return None
        cap = self.config.retry_max_wait
        base = min(cap, self.config.retry_backoff * (2**attempt))
        delay: float = base / 2 + random.uniform(0, base / 2)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            if error.retry_after > cap:
                return None
            delay = max(delay, float(error.retry_after))
        logger.warning(
            "retrying %s %s in %.2f s after %s (retry %d of %d)",
            call.plan.method,
            call.plan.path,
            delay,
            type(error).__name__,
            attempt + 1,
            self.max_retries,
        )
        return delay

    def time_request_url(self) -> str:
        """URL of Binance's server time."""
        return self.base_url + SERVER_TIME_PATH

    def read_server_time(self, response: httpx.Response, sent_ms: float, received_ms: float) -> int:
        """Update the clock from a ``/api/v3/time`` response; return the offset in ms."""
        self.note_headers(response.headers)
        if response.status_code != 200:
            error = error_from_response(response, method="GET", path=SERVER_TIME_PATH)
            if isinstance(error, IPBannedError):
                self._note_ban(error)
            raise error
        try:
            server_ms = int(response.json()["serverTime"])
        except (ValueError, KeyError, TypeError) as exc:
            raise ResponseDecodeError(
                "cannot read serverTime", status=200, body=response.text[:500], method="GET", path=SERVER_TIME_PATH
            ) from exc
        offset = self.clock.update(server_ms, sent_ms, received_ms)
        logger.debug("clock offset to Binance: %d ms", offset)
        return offset

    def raw_response(
        self, call: _Call, response: httpx.Response | Answer, usage: RateLimitUsage, parsed: Any, elapsed_ms: float
    ) -> ApiResponse[Any]:
        """Wrap a parsed response with its status, headers and rate limits."""
        return ApiResponse(
            status_code=response.status_code,
            headers=response.headers,
            rate_limits=usage,
            parsed=parsed,
            elapsed_ms=elapsed_ms,
            request_method=call.plan.method,
            request_path=call.plan.path,
        )


_SET_COOKIE: Final = (b"set-cookie", b"set-cookie2")


class _Cookies(httpx.Cookies):
    """httpx's cookie store, skipping the urllib round trip for responses without ``Set-Cookie`` (all of Binance's).

    httpx extracts cookies from every response through ``http.cookiejar`` (an ``email.message`` of the headers):
    tens of µs per call for nothing here, since Binance sets no cookies.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        for name, _ in response.headers.raw:  # one pass over the bytes (`in headers` decodes every header)
            if name.lower() in _SET_COOKIE:
                super().extract_cookies(response)
                return


def _own_client(client: _HttpClient) -> _HttpClient:
    """A client this runtime created: give it the cheaper cookie store (same cookies, same behaviour)."""
    if type(getattr(client, "_cookies", None)) is httpx.Cookies:
        client._cookies = _Cookies(client.cookies)
    return client


class _LazyHTTPTransport(httpx.BaseTransport):
    """httpx's default sync transport, built on its first request.

    ``httpx.Client()`` builds its transport, and with it an SSL context loading the CA bundle (~20 ms), when the
    client is constructed. The sync runtime sends through its own pool and needs httpx's transport only for
    ``sync_time()`` and the slow path, so a ``MarginClient`` is built without paying for a context it may never use.
    The transport is the one httpx would have built (same verification, environment and limits).
    """

    def __init__(self, *, trust_env: bool) -> None:
        self._trust_env = trust_env
        self._transport: httpx.HTTPTransport | None = None
        self._lock = threading.Lock()

    def _get(self) -> httpx.HTTPTransport:
        transport = self._transport
        if transport is None:
            with self._lock:
                transport = self._transport
                if transport is None:
                    transport = self._transport = httpx.HTTPTransport(
                        verify=True,
                        trust_env=self._trust_env,
                        limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
                    )
        return transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send through httpx's transport (built now if this is the first request)."""
        return self._get().handle_request(request)

    def close(self) -> None:
        """Close httpx's transport if it was ever built."""
        with self._lock:
            transport, self._transport = self._transport, None
        if transport is not None:
            transport.close()


def _http_client_kwargs(config: ClientConfig) -> dict[str, Any]:
    return {
        "timeout": httpx.Timeout(config.timeout),
        "proxy": config.proxy,
        "trust_env": config.trust_env,
        "headers": {"User-Agent": USER_AGENT},
        "follow_redirects": False,
    }


def _default_async_transport(config: ClientConfig) -> httpx.AsyncBaseTransport | None:
    """The asyncio HTTP/1.1 pool when no proxy is set; else ``None`` (httpx's own transport)."""
    from ._asyncio_http import default_async_transport

    return default_async_transport(proxy=config.proxy, trust_env=config.trust_env)


class _DecodedAnswer(Answer):
    """An ``Answer`` whose body the sync transport already decoded (``Content-Encoding`` gzip or deflate)."""

    __slots__ = ()

    def to_httpx(self) -> httpx.Response:
        """The same response as an ``httpx.Response`` (its body already decoded: not decoded again)."""
        response = httpx.Response(
            self.status_code,
            headers=list(self.raw_headers),
            stream=httpx.ByteStream(self.content),
            request=httpx.Request(self.method, self.url),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": self.reason.encode("ascii", "replace")},
        )
        response._content = self.content
        return response


class SyncRuntime:
    """Sends calls of the synchronous surface through one ``httpx.Client`` (keep-alive).

    When the runtime created that client itself (no ``http_client=``, no ``transport=``) and no proxy applies to
    the base URL, calls go through its own keep-alive pool instead (``_sync_http.SyncPool``): the same bytes
    on the wire, no httpx object built unless a user sees it (an error, a raw response's headers).
    """

    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.core = RuntimeCore(config)
        self._owns_http = http_client is None
        default: httpx.BaseTransport | None = None
        if http_client is None and transport is None and not proxy_configured(config.proxy, config.trust_env):
            # httpx honours environment proxies only when it builds its own transport: hand it one only without them
            default = _LazyHTTPTransport(trust_env=config.trust_env)
        self.http = http_client or _own_client(
            httpx.Client(transport=transport or default, **_http_client_kwargs(config))
        )
        self._fast: SyncPool | None = None
        base = httpx.URL(config.base_url)
        if self._owns_http and transport is None and self.http._transport_for_url(base) is self.http._transport:
            trust_env = config.trust_env
            self._fast = SyncPool(
                base,
                timeout=self.http.timeout.as_dict(),
                ssl_context=lambda: httpx.create_ssl_context(verify=True, trust_env=trust_env),
            )
        self._heads: dict[_Plan, tuple[bytes, bytes]] = {}
        self.sleep: Callable[[float], None] = time.sleep
        self.governor = SyncGovernor(config, sleep=lambda s: self.sleep(s))  # the rate-limit budget

    def close(self) -> None:
        """Close the connection pool (only if this runtime created it); save the drift record if configured."""
        self.core.save_drift()
        self.governor.close()
        if self._fast is not None:
            self._fast.close()
        if self._owns_http:
            self.http.close()

    def call(
        self, op: Operation, params: dict[str, Any], margin: MarginMode | None, extra: Mapping[str, Any] | None = None
    ) -> Any:
        """Run ``op`` and return the parsed model (``extra``: the surface's ``extra_params``)."""
        return self._execute(op, params, margin, extra, raw=False)

    def call_raw(
        self, op: Operation, params: dict[str, Any], margin: MarginMode | None, extra: Mapping[str, Any] | None = None
    ) -> ApiResponse[Any]:
        """Run ``op`` and return the parsed model with status, headers and rate limits."""
        result: ApiResponse[Any] = self._execute(op, params, margin, extra, raw=True)
        return result

    def sync_time(self) -> int:
        """Read Binance's clock now and keep the offset; return it in ms."""
        core = self.core
        core.check_ban("GET", SERVER_TIME_PATH)
        sent = time.time() * 1000
        try:
            response = self.http.get(core.time_request_url())
        except httpx.TransportError as exc:
            cause = sanitized_transport_error(exc)
            error = TransportError(f"{type(exc).__name__}: {cause}", method="GET", path=SERVER_TIME_PATH)
            error.__cause__ = cause
        else:
            return core.read_server_time(response, sent, time.time() * 1000)
        raise error

    def _maybe_sync(self) -> None:
        try:
            self.sync_time()
        except BinanceError as exc:
            self.core.clock.postpone()
            logger.warning("could not read Binance's server time: %s", exc)

    def _send_direct(self, request: httpx.Request) -> httpx.Response:
        """Sign ``request`` and hand it to the pool's transport (no auth/redirect/hook machinery: the runtime
        created the client, so it has none of those to run)."""
        http = self.http
        request = next(iter(self.core.auth.auth_flow(request)))
        response = http._transport_for_url(request.url).handle_request(request)
        response.request = request
        try:
            response.read()
        finally:
            response.close()
        http.cookies.extract_cookies(response)
        return response

    def _head(self, plan: _Plan) -> tuple[bytes, bytes]:
        """``plan``'s request line up to the query, and its headers: what httpx sends, in its order (cached)."""
        head = self._heads.get(plan)
        if head is None:
            request = httpx.Request(plan.method, plan.url, headers=self.http.headers)
            if plan.needs_key:
                request.headers["X-MBX-APIKEY"] = self.core.auth.api_key or ""
            lines = b"".join(name + b": " + value + b"\r\n" for name, value in request.headers.raw)
            head = self._heads[plan] = (plan.method.encode("ascii") + b" " + plan.url.raw_path, lines + b"\r\n")
        return head

    def _send_fast(self, call: _Call) -> httpx.Response | Answer:
        """Sign and send ``call`` on the runtime's own keep-alive pool: no httpx request, auth flow or response.

        Same bytes on the wire as the httpx path (headers of the client, API key, canonical signed query); gzip
        and deflate answers are decoded here, any other encoding by httpx (``Answer.to_httpx``).

        Raises:
            httpx.TransportError: as httpx's transport would (see ``SyncPool.send``); a body that does not decode
                as a ``RemoteProtocolError`` (the request did reach the server).
        """
        plan = call.plan
        target, headers = self._head(plan)
        query = call.query
        if plan.needs_signer:
            signed, call.timestamp = self.core.auth.sign_query(
                query.encode("ascii"), recv_window=RECV_WINDOW_EXTENSION not in plan.extensions
            )
            target += b"?" + signed
        elif query:
            target += b"?" + query.encode("ascii")
        assert self._fast is not None
        status, reason, raw_headers, content = self._fast.send(plan.method, target + b" HTTP/1.1\r\n" + headers)
        plain_url = plan.url_text + "?" + query if query else plan.url_text
        try:
            decoded = decode_body(raw_headers, content)
        except httpx.DecodingError as exc:
            raise httpx.RemoteProtocolError(str(exc)) from None
        if decoded is None:
            return Answer(status, reason, raw_headers, content, plan.method, plain_url).to_httpx()
        if decoded is content:
            return Answer(status, reason, raw_headers, content, plan.method, plain_url)
        return _DecodedAnswer(status, reason, raw_headers, decoded, plan.method, plain_url)

    def _execute(
        self,
        op: Operation,
        params: dict[str, Any],
        margin: MarginMode | None,
        extra: Mapping[str, Any] | None,
        *,
        raw: bool,
    ) -> Any:
        core = self.core
        call = core.prepare(op, params, margin, extra)
        plan = call.plan
        governor = self.governor
        attempt = 0
        resynced = False
        while True:
            core.check_ban(plan.method, plan.path)
            if plan.needs_signer and core.clock.enabled and core.clock.stale():
                self._maybe_sync()
            demand = governor.grant(plan.op, call.wire)
            started = time.perf_counter()
            failure: BinanceError | None = None
            request: httpx.Request | None = None
            response: httpx.Response | Answer
            try:
                if self._fast is not None and not self.http.is_closed:
                    response = self._send_fast(call)
                else:
                    request = httpx.Request(
                        plan.method,
                        call.url,
                        headers=self.http.headers,
                        extensions={**plan.extensions, "timeout": self.http.timeout.as_dict()},
                    )
                    if self._owns_http and not self.http.is_closed:
                        response = self._send_direct(request)
                    else:
                        response = self.http.send(request, auth=core.auth)
            except httpx.TransportError as exc:
                if request is not None:
                    call.sent(request)
                failure = core.transport_failure(call, exc)
            if failure is not None:  # raised here, outside the except block: the raw httpx error is no __context__
                delay = core.retry_delay(call, attempt, failure)
                if delay is None:
                    raise failure
                self.sleep(delay)
                attempt += 1
                continue
            if request is not None:
                call.sent(request)
            elapsed_ms = (time.perf_counter() - started) * 1000
            raw_headers = response.raw_headers if isinstance(response, Answer) else response.headers.raw
            limits = scan_rate_limit_headers(raw_headers)  # once, for rate_limits and the governor
            if limits is not None:
                core.absorb(limits)
            governor.record(demand, elapsed_ms, response.status_code, raw_headers, response.content, limits)
            try:
                parsed = core.process(call, response, elapsed_ms, attempt)
            except TimestampError:
                if not resynced:
                    resynced = True
                    self._maybe_sync()
                    if plan.retryable:
                        continue
                raise
            except BinanceAPIError as error:
                delay = core.retry_delay(call, attempt, error)
                if delay is None:
                    raise
                self.sleep(delay)
                attempt += 1
                continue
            if not raw:
                return parsed
            usage = RateLimitUsage() if limits is None else RateLimitUsage(*limits)
            return core.raw_response(call, response, usage, parsed, elapsed_ms)


class AsyncRuntime:
    """Sends calls of the asynchronous surface through one ``httpx.AsyncClient`` (keep-alive)."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.core = RuntimeCore(config)
        self._owns_http = http_client is None
        if http_client is None and transport is None:
            transport = _default_async_transport(config)
        self.http = http_client or _own_client(httpx.AsyncClient(transport=transport, **_http_client_kwargs(config)))
        # With its own client on the asyncio transport, the runtime sends through it directly (see _send_fast).
        self._fast: AsyncioTransport | None = None
        if self._owns_http and transport is not None and type(transport).__name__ == "AsyncioTransport":
            self._fast = fast = cast("AsyncioTransport", transport)
            self._fast_timeouts = fast.timeouts(self.http.timeout.as_dict())
            # The client's headers go out with every request, then the API key where the operation needs it.
            self._headers_base: list[tuple[bytes, bytes]] = list(self.http.headers.raw)
            self._headers_key = [*self._headers_base, (b"X-MBX-APIKEY", (self.core.auth.api_key or "").encode())]
            self._routes: dict[_Plan, Route] = {}
        import asyncio  # here, not at module level: `from binance_margin import MarginClient` skips asyncio

        self.sleep: Callable[[float], Any] = asyncio.sleep
        self.governor = AsyncGovernor(config, sleep=lambda s: self.sleep(s))  # the rate-limit budget

    async def aclose(self) -> None:
        """Close the connection pool (only if this runtime created it); save the drift record if configured."""
        if self.core.config.spec_drift_file is not None and not self.core.drift.saved:
            import asyncio  # here: importing the SDK does not import asyncio

            await asyncio.to_thread(self.core.save_drift)  # a small file, under a lock other processes may hold
        await self.governor.aclose()
        if self._owns_http:
            await self.http.aclose()

    async def call(
        self, op: Operation, params: dict[str, Any], margin: MarginMode | None, extra: Mapping[str, Any] | None = None
    ) -> Any:
        """Run ``op`` and return the parsed model (``extra``: the surface's ``extra_params``)."""
        return await self._execute(op, params, margin, extra, raw=False)

    async def call_raw(
        self, op: Operation, params: dict[str, Any], margin: MarginMode | None, extra: Mapping[str, Any] | None = None
    ) -> ApiResponse[Any]:
        """Run ``op`` and return the parsed model with status, headers and rate limits."""
        result: ApiResponse[Any] = await self._execute(op, params, margin, extra, raw=True)
        return result

    async def sync_time(self) -> int:
        """Read Binance's clock now and keep the offset; return it in ms."""
        core = self.core
        core.check_ban("GET", SERVER_TIME_PATH)
        sent = time.time() * 1000
        try:
            response = await self.http.get(core.time_request_url())
        except httpx.TransportError as exc:
            cause = sanitized_transport_error(exc)
            error = TransportError(f"{type(exc).__name__}: {cause}", method="GET", path=SERVER_TIME_PATH)
            error.__cause__ = cause
        else:
            return core.read_server_time(response, sent, time.time() * 1000)
        raise error

    async def _maybe_sync(self) -> None:
        try:
            await self.sync_time()
        except BinanceError as exc:
            self.core.clock.postpone()
            logger.warning("could not read Binance's server time: %s", exc)

    async def _send_direct(self, request: httpx.Request) -> httpx.Response:
        """Sign ``request`` and hand it to the pool's transport (no auth/redirect/hook machinery: the runtime
        created the client, so it has none of those to run)."""
        http = self.http
        request = next(iter(self.core.auth.auth_flow(request)))
        response = await http._transport_for_url(request.url).handle_async_request(request)
        response.request = request
        try:
            await response.aread()
        finally:
            await response.aclose()
        http.cookies.extract_cookies(response)
        return response

    async def _send_fast(self, call: _Call) -> httpx.Response | Answer:
        """Sign and send ``call`` straight through the asyncio transport: no httpx request, auth flow or response.

        Same bytes on the wire as the httpx path (headers of the client, API key, canonical signed query).
        """
        plan = call.plan
        query = call.query
        fast = self._fast
        assert fast is not None
        route = self._routes.get(plan)
        if route is None:
            headers = self._headers_key if plan.needs_key else self._headers_base
            route = self._routes[plan] = fast.route(plan.method, plan.url_text, headers)
        if plan.needs_signer:
            signed, call.timestamp = self.core.auth.sign_query(
                query.encode("ascii"), recv_window=RECV_WINDOW_EXTENSION not in plan.extensions
            )
        else:
            signed = query.encode("ascii")
        status, reason, raw_headers, content, encoded = await fast.send_prepared(route, signed, self._fast_timeouts)
        plain_url = plan.url_text + "?" + query if query else plan.url_text
        answer = Answer(status, reason, raw_headers, content, plan.method, plain_url)
        if encoded:  # an encoding the transport does not decode (gzip and deflate it does): httpx decodes it
            return answer.to_httpx()
        return answer

    async def _execute(
        self,
        op: Operation,
        params: dict[str, Any],
        margin: MarginMode | None,
        extra: Mapping[str, Any] | None,
        *,
        raw: bool,
    ) -> Any:
        core = self.core
        call = core.prepare(op, params, margin, extra)
        plan = call.plan
        governor = self.governor
        attempt = 0
        resynced = False
        while True:
            core.check_ban(plan.method, plan.path)
            if plan.needs_signer and core.clock.enabled and core.clock.stale():
                await self._maybe_sync()
            demand = governor.grant_nowait(plan.op, call.wire)  # a plain call: no coroutine unless it must wait
            if demand is False:
                demand = await governor.grant(plan.op, call.wire)
            started = time.perf_counter()
            failure: BinanceError | None = None
            request: httpx.Request | None = None
            response: httpx.Response | Answer
            try:
                if self._fast is not None and not self.http.is_closed:
                    response = await self._send_fast(call)
                else:
                    request = httpx.Request(
                        plan.method,
                        call.url,
                        headers=self.http.headers,
                        extensions={**plan.extensions, "timeout": self.http.timeout.as_dict()},
                    )
                    if self._owns_http and not self.http.is_closed:
                        response = await self._send_direct(request)
                    else:
                        response = await self.http.send(request, auth=core.auth)
            except httpx.TransportError as exc:
                if request is not None:
                    call.sent(request)
                failure = core.transport_failure(call, exc)
            if failure is not None:  # raised here, outside the except block: the raw httpx error is no __context__
                delay = core.retry_delay(call, attempt, failure)
                if delay is None:
                    raise failure
                await self.sleep(delay)
                attempt += 1
                continue
            if request is not None:
                call.sent(request)
            elapsed_ms = (time.perf_counter() - started) * 1000
            raw_headers = response.raw_headers if isinstance(response, Answer) else response.headers.raw
            limits = scan_rate_limit_headers(raw_headers)  # once, for rate_limits and the governor
            if limits is not None:
                core.absorb(limits)
            pending = governor.record(demand, elapsed_ms, response.status_code, raw_headers, response.content, limits)
            if pending is not None:
                await governor.push(pending)
            try:
                parsed = core.process(call, response, elapsed_ms, attempt)
            except TimestampError:
                if not resynced:
                    resynced = True
                    await self._maybe_sync()
                    if plan.retryable:
                        continue
                raise
            except BinanceAPIError as error:
                delay = core.retry_delay(call, attempt, error)
                if delay is None:
                    raise
                await self.sleep(delay)
                attempt += 1
                continue
            if not raw:
                return parsed
            usage = RateLimitUsage() if limits is None else RateLimitUsage(*limits)
            return core.raw_response(call, response, usage, parsed, elapsed_ms)
