"""The runtime behind the generated surface: convert, apply cross/isolated, build, sign, send, retry, map, parse.

``SyncRuntime`` and ``AsyncRuntime`` implement the ``call``/``call_raw`` protocols the generated surface expects.
Everything they share (per-operation plans, error mapping, retry policy, clock, 418 lock-out, rate limits) lives
in ``RuntimeCore``, so the two twins only differ in how they send and sleep.

They send through the SDK's own pools (``_sync_http``, ``_asyncio_http``) and import httpx only for what needs it
(``_httpx_glue``: a user's ``http_client=`` or ``transport=``, a proxy, httpx objects a user sees): constructing a
client imports no httpx.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import random
import time
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Final

from binance_margin_generated import models as _models
from binance_margin_generated import operations as _ops
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
    error_from_parts,
    error_from_response,
    redact_params,
)
from ._http_common import default_headers, default_ssl_context, proxy_configured, timeout_dict, url_target
from ._isolation import IsolationPlan
from ._ratelimit import AsyncGovernor, SyncGovernor
from ._signing import (
    RECV_WINDOW_EXTENSION,
    SECURITY_EXTENSION,
    TIMESTAMP_EXTENSION,
    QuerySigner,
    encode_query,
    encode_value,
    percent_encode,
    url_with_query,
)
from ._types import ApiResponse, MarginMode, RateLimitDicts, RateLimitUsage, scan_rate_limit_headers

if TYPE_CHECKING:
    import httpx

    from ._asyncio_http import AsyncioTransport, Route
    from ._config import ClientConfig
    from ._httpx_auth import BinanceAuth
    from ._httpx_glue import AsyncHttpxSender, HttpxSender
    from ._sync_http import Origin, SyncPool
    from ._warm import AsyncKeeper, SyncKeeper
else:
    from ._http_common import lazy_httpx as httpx  # imported on first use

__all__ = ["AsyncRuntime", "Clock", "RuntimeCore", "SyncRuntime"]

logger = logging.getLogger("binance_margin")

SERVER_TIME_PATH: Final = "/api/v3/time"
USER_AGENT: Final = "binance-margin-python"
_CLIENT_ID_PREFIX: Final = "bm-"
_CLOSED: Final = "Cannot send a request, as the client has been closed."


def _transport_errors() -> type[httpx.TransportError]:
    """``httpx.TransportError``, for ``except`` clauses (evaluated only when something was raised)."""
    return httpx.TransportError


def _decoding_errors() -> type[httpx.DecodingError]:
    """``httpx.DecodingError``, for ``except`` clauses (evaluated only when something was raised)."""
    return httpx.DecodingError


_PING: Final = _ops.PING
_WARM_OPERATIONS: Final = (_ops.NEW_ORDER,)
"""Operations whose plans ``warm_up()`` builds (importing their endpoint modules), so the first order finds them."""
_SERVER_TIME: Final = _ops.GET_SERVER_TIME


def _origin(url: str) -> Origin:
    """Scheme, host and port of ``url`` (the port ``None`` when it is the scheme's default or not given)."""
    from ._sync_http import Origin

    target = url_target(url)
    return Origin(target.scheme, target.host, target.port)


def _request_head(plan: _Plan, headers: list[tuple[bytes, bytes]], api_key: str | None) -> tuple[bytes, bytes]:
    """``plan``'s request line up to the query (``GET /path``), and its header block ending with the empty line:
    ``Host``, ``Content-Length: 0`` for POST, PUT and PATCH, the client's headers, then ``X-MBX-APIKEY`` where the
    operation needs it (what ``httpx.Request`` writes, in its order)."""
    target = url_target(plan.url_text)
    lines = [(b"Host", target.host_header)]
    if plan.method in ("POST", "PUT", "PATCH"):
        lines.append((b"Content-Length", b"0"))
    lines += headers
    if plan.needs_key:
        lines.append((b"X-MBX-APIKEY", (api_key or "").encode("latin-1")))
    block = b"".join(name + b": " + value + b"\r\n" for name, value in lines) + b"\r\n"
    return plan.method.encode("ascii") + b" " + target.path, block


def _keepalive_expiry(config: ClientConfig) -> float:
    """Seconds an idle pooled connection is kept: httpx's 5, or longer with ``keep_warm`` (twice its interval, so
    the connection it refreshes is still in the pool when it does)."""
    interval = config.keep_warm
    return 5.0 if interval is None else max(5.0, 2 * interval)


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


class _ParseOptions:
    """What a generated ``parse_response`` reads of its ``client`` argument (the generated ``Client``'s default):
    an undocumented status gives ``None``, which ``RuntimeCore.process`` turns into a decode error."""

    __slots__ = ()
    raise_on_unexpected_status = False


_PARSE_OPTIONS = _ParseOptions()


class _Plan:
    """Everything about one operation that does not change between calls."""

    __slots__ = (
        "_url",
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
        "url_text",
        "wire_table",
    )

    def __init__(self, op: Operation, base_url: str) -> None:
        module = importlib.import_module(op.module)
        self.op = op
        self.method = op.method
        self.path = op.path
        self.url_text = base_url + op.path
        self._url: httpx.URL | None = None
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

    @property
    def url(self) -> httpx.URL:
        """``url_text`` as an ``httpx.URL`` (built on first use: the httpx path only)."""
        url = self._url
        if url is None:
            url = self._url = httpx.URL(self.url_text)
        return url


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
    """A response read straight from the wire by the SDK's pools: status, raw headers and body.

    The runtime parses models from it directly; httpx objects are built only where a user sees them (``headers``
    of a raw response, ``to_httpx()`` for an error), so a successful call creates none and needs no httpx.
    """

    decoded: ClassVar[bool] = False
    """Whether ``content`` is already decoded from a ``Content-Encoding`` (``to_httpx`` must not decode it again)."""

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
        """The response headers as ``httpx.Headers`` (built on first use, importing httpx)."""
        headers = self._headers
        if headers is None:
            from ._httpx_glue import headers_of

            headers = self._headers = headers_of(self.raw_headers)
        return headers

    @property
    def text(self) -> str:
        """The body as text (UTF-8, undecodable bytes replaced)."""
        return self.content.decode("utf-8", "replace")

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.content)

    def to_httpx(self) -> httpx.Response:
        """The same response as an ``httpx.Response`` (decoding a ``Content-Encoding``, unless ``decoded``)."""
        from ._httpx_glue import answer_to_httpx

        return answer_to_httpx(
            self.status_code,
            self.reason,
            self.raw_headers,
            self.content,
            self.method,
            self.url,
            decoded=self.decoded,
        )


def _api_error(response: httpx.Response | Answer, method: str, path: str) -> BinanceAPIError:
    """The exception for an error answer; from the pools' ``Answer`` without building any httpx object (the error's
    ``headers`` are built if a user reads them)."""
    if isinstance(response, Answer):
        return error_from_parts(response.status_code, response.raw_headers, response.content, method=method, path=path)
    return error_from_response(response, method=method, path=path)


class RuntimeCore:
    """State and policy shared by the sync and async runtimes."""

    def __init__(self, config: ClientConfig, *, httpx_auth: bool = False) -> None:
        self.config = config
        self.base_url = config.base_url
        self.clock = Clock(enabled=config.time_sync, interval=config.time_sync_interval)
        signer = config.signer()
        self.has_key = config.api_key is not None and bool(config.api_key.get_secret_value())
        self.has_signer = signer is not None
        self.auth: QuerySigner = QuerySigner(
            config.api_key, signer, recv_window=config.recv_window, clock=self.clock.now_ms
        )
        """Signs for the SDK's pools; a ``BinanceAuth`` (the same signing as an ``httpx.Auth``) once httpx sends."""
        if httpx_auth:
            self.httpx_auth()
        self._limits: RateLimitDicts = ({}, {}, {}, {})
        self._limits_view: RateLimitUsage | None = None
        self.max_retries = config.max_retries
        self._plans: dict[int, tuple[Operation, _Plan]] = {}
        self._banned_until = 0.0
        self._banned_until_wall: float | None = None
        # The generated client the endpoint parsers take (they read only its unexpected-status policy); built with
        # the first plan, which imports the endpoint module and with it the client classes and attrs: an import of
        # the SDK does not pay for them.
        self.drift = DriftRecorder(config.spec_drift_interval)
        """What Binance sent that the spec does not know (``client.spec_drift()``)."""

    def httpx_auth(self) -> BinanceAuth:
        """``auth`` as a ``BinanceAuth``, for sending through httpx (imports httpx; replaces ``auth`` once)."""
        from ._httpx_auth import BinanceAuth

        auth = self.auth
        if not isinstance(auth, BinanceAuth):  # the signer already built: a key file is not read and parsed again
            config = self.config
            auth = self.auth = BinanceAuth(
                config.api_key, auth.signer, recv_window=config.recv_window, clock=self.clock.now_ms
            )
        return auth

    # -- preparing ------------------------------------------------------------------------------------------

    def plan(self, op: Operation) -> _Plan:
        """The cached plan of ``op`` (built on first use; imports the endpoint module then)."""
        entry = self._plans.get(id(op))
        if entry is not None and entry[0] is op:
            return entry[1]
        plan = _Plan(op, self.base_url)
        self._plans[id(op)] = (op, plan)
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

    def note_headers(self, raw_headers: Any) -> None:
        """Merge a response's rate-limit headers (raw ``(name, value)`` byte pairs) into ``rate_limits`` (the calls'
        loops scan them once for the governor too and call ``absorb``)."""
        found = scan_rate_limit_headers(raw_headers)
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
                parsed = plan.parse_response(client=_PARSE_OPTIONS, response=response)
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
        error = _api_error(response, plan.method, plan.path)
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
        from ._httpx_glue import NOT_SENT, sanitized_transport_error

        plan = call.plan
        cause = sanitized_transport_error(exc)
        error = TransportError(f"{type(exc).__name__}: {cause}", method=plan.method, path=plan.path)
        error.__cause__ = cause
        if plan.op.state_changing and not isinstance(exc, NOT_SENT):
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

    def time_error(self, exc: httpx.TransportError, path: str = SERVER_TIME_PATH) -> TransportError:
        """The ``TransportError`` of a failed read of the server time, or of opening connections (``path``: what
        was being done); the httpx error redacted, as its cause."""
        from ._httpx_glue import sanitized_transport_error

        cause = sanitized_transport_error(exc)
        error = TransportError(f"{type(exc).__name__}: {cause}", method="GET", path=path)
        error.__cause__ = cause
        return error

    def read_server_time(self, response: httpx.Response | Answer, sent_ms: float, received_ms: float) -> int:
        """Update the clock from a ``/api/v3/time`` response; return the offset in ms."""
        self.note_headers(response.raw_headers if isinstance(response, Answer) else response.headers.raw)
        if response.status_code != 200:
            error = _api_error(response, "GET", SERVER_TIME_PATH)
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


class _DecodedAnswer(Answer):
    """An ``Answer`` whose body the sync pool already decoded (``Content-Encoding`` gzip or deflate)."""

    __slots__ = ()
    decoded = True


def _default_async_transport(config: ClientConfig) -> AsyncioTransport | None:
    """The asyncio HTTP/1.1 pool when no proxy is set; else ``None`` (httpx's own transport)."""
    from ._asyncio_http import default_async_transport

    return default_async_transport(proxy=config.proxy, trust_env=config.trust_env)  # type: ignore[return-value]


class SyncRuntime:
    """Sends calls of the synchronous surface through the SDK's ``http.client`` pool, or through httpx.

    Without ``http_client=`` and ``transport=``, and with no proxy configured, calls go through its own keep-alive
    pool (``_sync_http.SyncPool``): the bytes an ``httpx.Client`` would send, no httpx object built (nor httpx
    imported) unless a user sees one (an error's response, a raw response's headers). Otherwise they go through an
    ``httpx.Client`` (``_httpx_glue.HttpxSender``).
    """

    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        use_httpx = http_client is not None or transport is not None or proxy_configured(config.proxy, config.trust_env)
        self.core = RuntimeCore(config, httpx_auth=use_httpx)
        self._closed = False
        self._httpx: HttpxSender | None = None
        self._fast: SyncPool | None = None
        if use_httpx:
            self._start_httpx(http_client, transport)
        else:
            from ._sync_http import SyncPool  # here: http.client, email and ssl load with the first sync client

            trust_env = config.trust_env
            self._fast = SyncPool(
                _origin(config.base_url),
                timeout=timeout_dict(config.timeout),
                ssl_context=lambda: default_ssl_context(trust_env),
                keepalive_expiry=_keepalive_expiry(config),
            )
        self._headers = default_headers(USER_AGENT)
        self._heads: dict[_Plan, tuple[bytes, bytes]] = {}
        from ._sync_http import decode_body

        self._decode_body = decode_body
        self.sleep: Callable[[float], None] = time.sleep
        self.governor = SyncGovernor(config, sleep=lambda s: self.sleep(s))  # the rate-limit budget
        self.last_used = time.perf_counter()
        """When the latest request went out (``time.perf_counter()``, the clock the calls' loops and the keep-warm
        thread read): it pings after idleness."""
        self._keeper: SyncKeeper | None = None
        if config.keep_warm is not None:
            from ._warm import SyncKeeper

            self._keeper = SyncKeeper(self, config.keep_warm)

    def _start_httpx(self, http_client: httpx.Client | None, transport: httpx.BaseTransport | None) -> HttpxSender:
        from ._httpx_glue import HttpxSender

        sender = self._httpx = HttpxSender(
            self.core.config,
            self.core.httpx_auth(),
            http_client=http_client,
            transport=transport,
            user_agent=USER_AGENT,
        )
        return sender

    @property
    def http(self) -> httpx.Client:
        """The ``httpx.Client`` of the httpx path (created on first use when calls go through the SDK's pool)."""
        sender = self._httpx
        if sender is None:
            sender = self._start_httpx(None, None)
            if self._closed:
                sender.close()
        return sender.http

    def close(self) -> None:
        """Close the connection pool (only if this runtime created it), stop the keep-warm thread and save the drift
        record if configured."""
        self._closed = True
        if self._keeper is not None:
            self._keeper.stop()
        self.core.save_drift()
        self.governor.close()
        if self._fast is not None:
            self._fast.close()
        if self._httpx is not None:
            self._httpx.close()

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

    def warm_up(self, connections: int = 1) -> int:
        """Open up to ``connections`` pooled connections (DNS, TCP, TLS) now; return how many were opened.

        Through httpx (``http_client=``, ``transport=``, a proxy) connections open only with a request: one
        ``GET /api/v3/ping`` (weight 1) is sent instead, whatever ``connections`` is.
        """
        if connections < 1:
            raise ValidationError("warm_up(connections=...) takes 1 or more")
        if self._fast is None:
            self.call(_PING, {}, None)
            return 1
        for op in _WARM_OPERATIONS:  # what the first order would build: its module, models and request head
            self._head(self.core.plan(op))
        try:
            return self._fast.warm_up(connections)
        except _transport_errors() as exc:
            failure = self.core.time_error(exc, "(warm-up: opening connections)")
        raise failure

    def sync_time(self) -> int:
        """Read Binance's clock now and keep the offset; return it in ms."""
        core = self.core
        core.check_ban("GET", SERVER_TIME_PATH)
        sent = time.time() * 1000
        try:
            if self._fast is not None:
                response: httpx.Response | Answer = self._send_fast(core.prepare(_SERVER_TIME, {}, None))
            else:
                response = self._sender().get(core.time_request_url())
        except _transport_errors() as exc:
            error = core.time_error(exc)
        else:
            return core.read_server_time(response, sent, time.time() * 1000)
        raise error

    def _sender(self) -> HttpxSender:
        sender = self._httpx
        if sender is None:  # built with the runtime unless it has its own pool
            self.http  # noqa: B018  (builds it)
            sender = self._httpx
            assert sender is not None
        return sender

    def _maybe_sync(self) -> None:
        try:
            self.sync_time()
        except BinanceError as exc:
            self.core.clock.postpone()
            logger.warning("could not read Binance's server time: %s", exc)

    def _head(self, plan: _Plan) -> tuple[bytes, bytes]:
        """``plan``'s request line up to the query, and its headers: what httpx sends, in its order (cached)."""
        head = self._heads.get(plan)
        if head is None:
            head = self._heads[plan] = _request_head(plan, self._headers, self.core.auth.api_key)
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
            decoded = self._decode_body(raw_headers, content)
        except _decoding_errors() as exc:
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
            started = self.last_used = time.perf_counter()
            failure: BinanceError | None = None
            response: httpx.Response | Answer
            try:
                # (the own pool refuses once closed)
                response = self._send_fast(call) if self._fast is not None else self._sender().send(call)
            except _transport_errors() as exc:
                failure = core.transport_failure(call, exc)
            if failure is not None:  # raised here, outside the except block: the raw httpx error is no __context__
                delay = core.retry_delay(call, attempt, failure)
                if delay is None:
                    raise failure
                self.sleep(delay)
                attempt += 1
                continue
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
    """Sends calls of the asynchronous surface through the SDK's asyncio pool, or through httpx.

    Without ``http_client=`` and ``transport=``, and with no proxy configured, calls go straight through its own
    ``AsyncioTransport`` (no httpx object built, nor httpx imported, unless a user sees one). With ``transport=``
    or a proxy, through an ``httpx.AsyncClient`` it creates; with ``http_client=``, through that client.
    """

    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        fast: AsyncioTransport | None = None
        if http_client is None and transport is None:
            fast = _default_async_transport(config)
        elif http_client is None and type(transport).__name__ == "AsyncioTransport":
            fast = transport  # type: ignore[assignment]  # the SDK's pool, given explicitly: sent through directly
        self.core = RuntimeCore(config, httpx_auth=fast is None)
        self._closed = False
        self._httpx: AsyncHttpxSender | None = None
        self._fast: AsyncioTransport | None = fast
        if fast is None:
            self._start_httpx(http_client, transport)
        else:
            if transport is None:
                fast.keepalive_expiry = _keepalive_expiry(config)
            self._fast_timeouts = fast.timeouts(timeout_dict(config.timeout))
            # The client's headers go out with every request, then the API key where the operation needs it.
            self._headers_base: list[tuple[bytes, bytes]] = default_headers(USER_AGENT)
            self._headers_key = [*self._headers_base, (b"X-MBX-APIKEY", (self.core.auth.api_key or "").encode())]
            self._routes: dict[_Plan, Route] = {}
        import asyncio  # here, not at module level: `from binance_margin import MarginClient` skips asyncio

        self.sleep: Callable[[float], Any] = asyncio.sleep
        self.governor = AsyncGovernor(config, sleep=lambda s: self.sleep(s))  # the rate-limit budget
        self.last_used = time.perf_counter()
        """When the latest request went out (``time.perf_counter()``, the clock the calls' loops and the keep-warm
        task read): it pings after idleness."""
        self._keeper: AsyncKeeper | None = None

    def _start_httpx(
        self, http_client: httpx.AsyncClient | None, transport: httpx.AsyncBaseTransport | None
    ) -> AsyncHttpxSender:
        from ._httpx_glue import AsyncHttpxSender

        sender = self._httpx = AsyncHttpxSender(
            self.core.config,
            self.core.httpx_auth(),
            http_client=http_client,
            transport=transport,
            user_agent=USER_AGENT,
        )
        return sender

    @property
    def http(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` of the httpx path (created on first use when calls go through the SDK's pool;
        it then sends over the same pool)."""
        sender = self._httpx
        if sender is None:
            sender = self._start_httpx(None, self._fast)
            if self._closed:
                sender.http._state = type(sender.http._state).CLOSED  # closed with the runtime, as it was built
        return sender.http

    async def aclose(self) -> None:
        """Close the connection pool (only if this runtime created it), stop the keep-warm task and save the drift
        record if configured."""
        self._closed = True
        if self._keeper is not None:
            await self._keeper.stop()
        if self.core.config.spec_drift_file is not None and not self.core.drift.saved:
            import asyncio  # here: importing the SDK does not import asyncio

            await asyncio.to_thread(self.core.save_drift)  # a small file, under a lock other processes may hold
        await self.governor.aclose()
        if self._httpx is not None:
            await self._httpx.aclose()
        if self._fast is not None:
            await self._fast.aclose()

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

    async def warm_up(self, connections: int = 1) -> int:
        """Open up to ``connections`` pooled connections (DNS, TCP, TLS) now, concurrently; return how many opened.

        Through httpx (``http_client=``, ``transport=``, a proxy) connections open only with a request: one
        ``GET /api/v3/ping`` (weight 1) is sent instead, whatever ``connections`` is. Starts the keep-warm task
        when ``keep_warm`` is configured.
        """
        if connections < 1:
            raise ValidationError("warm_up(connections=...) takes 1 or more")
        self._start_keeper()
        fast = self._fast
        if fast is None:
            await self.call(_PING, {}, None)
            return 1
        if self._closed:
            raise RuntimeError(_CLOSED)
        for op in _WARM_OPERATIONS:  # what the first order would build: its module, models and route
            self._route(self.core.plan(op))
        try:
            return await fast.warm_up(self.core.base_url, connections, self._fast_timeouts)
        except _transport_errors() as exc:
            failure = self.core.time_error(exc, "(warm-up: opening connections)")
        raise failure

    def _start_keeper(self) -> None:
        """Start the keep-warm task on the running loop (when ``keep_warm`` is configured and it is not running)."""
        interval = self.core.config.keep_warm
        if interval is None or self._closed:
            return
        keeper = self._keeper
        if keeper is None or not keeper.running():
            from ._warm import AsyncKeeper

            self._keeper = AsyncKeeper(self, interval)

    async def sync_time(self) -> int:
        """Read Binance's clock now and keep the offset; return it in ms."""
        core = self.core
        core.check_ban("GET", SERVER_TIME_PATH)
        sent = time.time() * 1000
        try:
            if self._fast is not None:
                if self._closed:
                    raise RuntimeError(_CLOSED)
                response: httpx.Response | Answer = await self._send_fast(core.prepare(_SERVER_TIME, {}, None))
            else:
                response = await self._sender().get(core.time_request_url())
        except _transport_errors() as exc:
            error = core.time_error(exc)
        else:
            return core.read_server_time(response, sent, time.time() * 1000)
        raise error

    def _route(self, plan: _Plan) -> Route:
        """``plan``'s precomputed request on the own pool (built once)."""
        route = self._routes.get(plan)
        if route is None:
            assert self._fast is not None
            headers = self._headers_key if plan.needs_key else self._headers_base
            route = self._routes[plan] = self._fast.route(plan.method, plan.url_text, headers)
        return route

    def _sender(self) -> AsyncHttpxSender:
        sender = self._httpx
        if sender is None:  # built with the runtime unless it has its own pool
            self.http  # noqa: B018  (builds it)
            sender = self._httpx
            assert sender is not None
        return sender

    async def _maybe_sync(self) -> None:
        try:
            await self.sync_time()
        except BinanceError as exc:
            self.core.clock.postpone()
            logger.warning("could not read Binance's server time: %s", exc)

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
            route = self._route(plan)
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
        if self._keeper is None and self.core.config.keep_warm is not None:
            self._start_keeper()  # on the loop of the first call
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
            started = self.last_used = time.perf_counter()
            failure: BinanceError | None = None
            response: httpx.Response | Answer
            try:
                if self._fast is not None:
                    if self._closed:
                        raise RuntimeError(_CLOSED)
                    response = await self._send_fast(call)
                else:
                    response = await self._sender().send(call)
            except _transport_errors() as exc:
                failure = core.transport_failure(call, exc)
            if failure is not None:  # raised here, outside the except block: the raw httpx error is no __context__
                delay = core.retry_delay(call, attempt, failure)
                if delay is None:
                    raise failure
                await self.sleep(delay)
                attempt += 1
                continue
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
