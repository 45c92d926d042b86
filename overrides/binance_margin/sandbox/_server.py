"""The HTTP server (aiohttp) and the programmatic API: :class:`Sandbox` (background thread) and
:class:`AsyncSandbox` (on the running event loop).

aiohttp: a well-kept asyncio server that gives handlers the transport, so fault injection can close a
connection after the request was executed ("order executed but response lost").
"""

from __future__ import annotations

import asyncio
import decimal
import json
import logging
import threading
import traceback
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any

from aiohttp import web
from binance_margin_generated.weights import WEIGHTS

from .._ratelimit._model import weights_for
from ._auth import KeyRing, VerifyingKey, split_signature
from ._clock import Clock
from ._config import SandboxConfig, default_config
from ._errors import ApiError
from ._exchange import Exchange
from ._faults import FaultInjector, FaultRule
from ._handlers import HANDLERS, Ctx
from ._next_version import next_version_answer
from ._params import Params, parse_pairs
from ._ratelimit import RateLimiter
from ._routes import Route, build_routes
from ._state import Balance, ExchangeState, UserState
from ._streams import StreamHub
from ._validation import ResponseValidator, find_spec

__all__ = ["AsyncSandbox", "LoggedRequest", "Sandbox", "SandboxCore", "create_app"]

log = logging.getLogger("binance_margin.sandbox")

_JSON = "application/json;charset=UTF-8"
_KEY = "X-MBX-APIKEY"


class _Dropped(Exception):
    """The connection was closed on purpose (fault injection)."""


def _weights(route: Route, params: Params, n_pairs: int) -> tuple[int, int]:
    """(IP weight, UID weight) of one request: the spec's weights table, with its parameter-dependent rules.

    The table is the one the SDK's rate-limit governor reads (generated from ``x-weight``/``x-weight-rules``), so
    the spec stays the one place where a weight is written. Only the sandbox's extra routes (not in the spec)
    carry their weight on the route.
    """
    weight = WEIGHTS.get(route.operation_id)
    if weight is None:
        ip = route.weight_ip
        if route.path == "/api/v3/ticker/price" and "symbol" not in params:
            ip = 4
        return ip, route.weight_uid
    sent = {name: value for name, value in params.values.items() if value}
    return weights_for(weight, sent, max(1, n_pairs))


@dataclass(frozen=True, slots=True)
class LoggedRequest:
    """One request the sandbox answered (``SandboxCore.request_log``): what was asked and how it ended."""

    method: str
    path: str
    params: dict[str, str]
    """The query string's parameters (the last value of a repeated name)."""
    status: int
    code: int | None
    """Binance's error code of an error answer, else None."""


class SandboxCore:
    """The sandbox without a server: config, clock, exchange, keys, limits, faults, and request handling."""

    def __init__(
        self, config: SandboxConfig | None = None, *, validate_responses: bool | str | Path | ResponseValidator = False
    ) -> None:
        self.config: SandboxConfig = config or default_config()
        self.clock: Clock = Clock()
        self.exchange: Exchange = Exchange(self.config, self.clock)
        self.faults: FaultInjector = FaultInjector()
        self.limiter: RateLimiter = RateLimiter(self.config.rate_limits, self.clock)
        self.keyring: KeyRing = KeyRing()
        for user_cfg in self.config.users:
            uid = self.exchange.user_by_name(user_cfg.name).uid
            for key in user_cfg.api_keys:
                self.keyring.add(uid, key)
        self.streams: StreamHub = StreamHub(self)
        """The WebSocket connections: faults (drop, stall, shutdown) and inspection for tests."""
        self.routes: dict[tuple[str, str], Route] = build_routes()
        self._paths = {p for (_, p) in self.routes}
        self.request_log: list[LoggedRequest] = []
        """Every request answered, in order (tests count requests with it; ``clear()`` it between steps)."""
        self.errors: list[str] = []
        """Unexpected exceptions (answered 500) and, with ``validate_responses``, spec violations."""
        self.validator: ResponseValidator | None = None
        if isinstance(validate_responses, ResponseValidator):
            self.validator = validate_responses
        elif validate_responses:
            spec = find_spec() if validate_responses is True else Path(validate_responses)
            if spec is None:
                raise FileNotFoundError("validate_responses: spec/margin.yaml not found; pass its path")
            self.validator = ResponseValidator(spec)

    # -- conveniences for tests and demos --------------------------------------------------------------------

    @property
    def state(self) -> ExchangeState:
        """The exchange state (read it; change it through the sandbox's methods)."""
        return self.exchange.state

    def set_price(self, symbol: str, price: Decimal | str | int) -> None:
        """Move a pair's price: resting orders and stops execute, liquidations run."""
        with decimal.localcontext() as ctx:
            ctx.prec = 60
            with self.exchange.lock:
                self.exchange.set_price(symbol, Decimal(price))

    def trade(
        self,
        symbol: str,
        qty: Decimal | str | int,
        price: Decimal | str | int | None = None,
        *,
        side: str | None = None,
    ) -> list[tuple[int, Decimal]]:
        """Another market participant trades ``qty`` at ``price`` against the resting limit orders it crosses.

        The orders fill at their own limit price (maker), best price first, then oldest, until ``qty`` is used
        up, so the last one reached fills in part (``PARTIALLY_FILLED``); the pair's price does not move (a
        later :meth:`set_price` across them fills the rest). ``price`` defaults to the current price; ``side``
        (``BUY`` / ``SELL``) is the participant's side. Returns ``[(order id, quantity filled), ...]``.
        """
        with decimal.localcontext() as ctx:
            ctx.prec = 60
            with self.exchange.lock, self.exchange.events.batch():
                return self.exchange.orders.trade(
                    symbol, Decimal(qty), None if price is None else Decimal(price), side=side
                )

    def price(self, symbol: str) -> Decimal:
        """A pair's current price."""
        with self.exchange.lock:
            return self.exchange.price(symbol)

    def user(self, name: str = "demo") -> UserState:
        """A user by name (or by API key)."""
        with self.exchange.lock:
            key = self.keyring.get(name)
            if key is not None:
                return self.exchange.user(key.uid)
            return self.exchange.user_by_name(name)

    def balance(self, asset: str, account: str = "SPOT", *, user: str = "demo") -> Balance:
        """A copy of one balance: ``account`` is a wallet (SPOT, FUNDING...), ``CROSS``, or an isolated pair."""
        with self.exchange.lock:
            u = self.user(user)
            if account == "CROSS":
                return u.cross.balance(asset).model_copy()
            if account in self.exchange.pairs:
                return u.account(("ISOLATED", account)).balance(asset).model_copy()
            return u.wallet_balance(account, asset).model_copy()

    def margin_level(self, account: str = "CROSS", *, user: str = "demo") -> Decimal:
        """The margin level of the cross account or of an isolated pair (999 without liabilities)."""
        with self.exchange.lock:
            u = self.user(user)
            acc = u.cross if account == "CROSS" else u.account(("ISOLATED", account))
            return self.exchange.margin_level(acc)

    # -- request handling ------------------------------------------------------------------------------------

    def _authenticate(
        self, request: web.BaseRequest, route: Route, params: Params, raw_query: str, raw_body: str
    ) -> VerifyingKey:
        api_key = request.headers.get("X-MBX-APIKEY", "")
        if not api_key or any(c.isspace() for c in api_key) or len(api_key) > 256:
            raise ApiError.key_format()
        key = self.keyring.get(api_key)
        if key is None:
            raise ApiError.key_rejected()
        if route.security == "SIGNED":
            signed = split_signature(raw_query, raw_body)
            ts = params.integer("timestamp", required=True)
            if signed.signature is None or signed.signature == "":
                raise ApiError.mandatory("signature")
            recv = params.recv_window()
            if not key.verify(signed.payload, signed.signature):
                raise ApiError.bad_signature()
            if self.config.check_timestamps:
                assert ts is not None
                ts_ms = Decimal(ts) / 1000 if ts > 10**14 else Decimal(ts)
                nows = (self.clock.now_ms(), Clock.wall_ms())
                if not any(ts_ms < now + 1000 and now - ts_ms <= recv for now in nows):
                    if all(ts_ms >= now + 1000 for now in nows):
                        raise ApiError.timestamp_ahead()
                    raise ApiError.timestamp_outside()
        if route.state_changing and not key.can_trade:
            raise ApiError.key_rejected()
        return key

    def process(self, request: web.BaseRequest, body: bytes) -> tuple[int, Any, dict[str, str]]:
        """Answer one request: (status, JSON body, headers). Runs with the exchange lock held."""
        method, path = request.method.upper(), request.path
        status, payload, headers = self._answer(request, body, method, path)
        code = payload.get("code") if status >= 400 and isinstance(payload, dict) else None
        params = dict(parse_pairs(request.raw_path.partition("?")[2]))
        self.request_log.append(LoggedRequest(method, path, params, status, code if isinstance(code, int) else None))
        return status, payload, headers

    def _answer(self, request: web.BaseRequest, body: bytes, method: str, path: str) -> tuple[int, Any, dict[str, str]]:
        headers: dict[str, str] = {}
        try:
            with decimal.localcontext() as dctx:
                dctx.prec = 60
                with self.exchange.lock, self.exchange.events.batch():
                    return 200, self._process(request, body, method, path, headers), headers
        except ApiError as e:
            if e.retry_after is not None:
                headers["Retry-After"] = str(e.retry_after)
            if e.status in (418, 429):
                self.limiter.record_rejection(e.status, request.remote or "127.0.0.1", request.headers.get(_KEY, ""))
            return e.status, e.body(), headers
        except Exception as e:  # a sandbox bug: answer like Binance's -1000 and remember it
            tb = traceback.format_exc()
            self.errors.append(f"{method} {path}: {e!r}\n{tb}")
            log.error("sandbox error on %s %s\n%s", method, path, tb)
            return (
                500,
                {"code": -1000, "msg": f"An unknown error occurred while processing the request: {e!r}"},
                headers,
            )

    def _process(self, request: web.BaseRequest, body: bytes, method: str, path: str, headers: dict[str, str]) -> Any:
        ex = self.exchange
        ex.sync()
        route = self.routes.get((method, path))
        if route is None:
            if path in self._paths:
                raise ApiError.method_not_allowed(method, path)
            raise ApiError.not_found(method, path)
        ip = request.remote or "127.0.0.1"
        self.limiter.check_ban(ip)
        raw_query = request.raw_path.partition("?")[2]
        ctype = request.headers.get("Content-Type", "").split(";")[0].strip().lower()
        raw_body = ""
        if body and ctype in ("application/x-www-form-urlencoded", ""):
            raw_body = body.decode("utf-8", "surrogateescape")
        params = Params(parse_pairs(raw_query), parse_pairs(raw_body))
        w_ip, w_uid = _weights(route, params, len(ex.pairs))
        if route.is_api:
            headers["X-MBX-USED-WEIGHT-1M"] = str(self.limiter.used("api", ip))
            headers["X-MBX-USED-WEIGHT-1M"] = str(self.limiter.charge("api", ip, max(w_ip, 1), ip))
        elif w_ip > 0:
            headers["X-SAPI-USED-IP-WEIGHT-1M"] = str(self.limiter.used("sapi_ip", ip))
            headers["X-SAPI-USED-IP-WEIGHT-1M"] = str(self.limiter.charge("sapi_ip", ip, w_ip, ip))
        key: VerifyingKey | None = None
        user: UserState | None = None
        if route.security in ("API_KEY", "SIGNED"):
            key = self._authenticate(request, route, params, raw_query, raw_body)
            user = ex.user(key.uid)
            if w_uid > 0:
                uid = str(key.uid)
                headers["X-SAPI-USED-UID-WEIGHT-1M"] = str(self.limiter.used("sapi_uid", uid))
                headers["X-SAPI-USED-UID-WEIGHT-1M"] = str(self.limiter.charge("sapi_uid", uid, w_uid, ip))
        try:
            params.validate(route.params)
            if self.config.strict_params:
                known = {p[0] for p in route.params} | {"timestamp", "signature", "recvWindow"}
                extra = params.names() - known
                if extra:
                    raise ApiError.unread(len(params.names()) - len(extra), len(params.names()))
            handler = HANDLERS.get((method, path))
            if handler is None:
                raise ApiError(-1000, f"The sandbox does not implement {route.operation_id} ({method} {path}) yet.")
            return handler(Ctx(ex, route, params, user, key))
        finally:
            if route.places_orders and user is not None:
                ten, day = ex.orders.order_counts(user)
                headers["X-MBX-ORDER-COUNT-10S"] = str(ten)
                headers["X-MBX-ORDER-COUNT-1D"] = str(day)

    # -- aiohttp ---------------------------------------------------------------------------------------------

    @staticmethod
    def _drop(request: web.BaseRequest) -> None:
        transport = request.transport
        if transport is not None:
            transport.close()
        raise _Dropped()

    @staticmethod
    async def _until_client_gone(
        request: web.BaseRequest, limit: float, released: threading.Event | None = None
    ) -> bool:
        """Wait until the client has closed the connection (it gave up on the request), at most ``limit`` s, or
        until ``released`` is set; ``True`` when the client is gone."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        while loop.time() < deadline:
            transport = request.transport
            if transport is None or transport.is_closing():
                return True
            if released is not None and released.is_set():
                return False
            await asyncio.sleep(0.01)
        return False

    async def _hold(self, request: web.BaseRequest, rule: FaultRule) -> None:
        """Hold a request for a ``hold_before``/``hold_after`` rule; drop it when the client goes away."""
        rule.held.append((request.method, request.path))
        rule.reached.set()
        if await self._until_client_gone(request, rule.hold, rule.released):
            self._drop(request)

    def _fault_response(self, rule: FaultRule) -> web.Response:
        return web.Response(
            status=rule.status,
            text=json.dumps({"code": rule.code, "msg": rule.msg}),
            content_type="application/json",
        )

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """The aiohttp handler for every path."""
        rule = self.faults.take(request.method, request.path)
        try:
            if rule is not None and rule.kind == "delayed":
                await self._until_client_gone(request, rule.hold)
            if rule is not None and rule.kind == "hold_before":
                await self._hold(request, rule)
            if rule is not None:
                if rule.latency > 0:
                    await asyncio.sleep(rule.latency)
                if rule.kind == "drop":
                    self._drop(request)
                if rule.kind == "5xx" and not rule.execute:
                    return self._fault_response(rule)
            body = await request.read()
            status, payload, headers = self.process(request, body)
            if rule is not None and rule.kind == "lost_response":
                self._drop(request)
            if rule is not None and rule.kind == "hold_after":
                await self._hold(request, rule)
            if rule is not None and rule.kind == "5xx":
                return self._fault_response(rule)
        except _Dropped:
            raise web.HTTPInternalServerError() from None
        if self.validator is not None:
            problems = self.validator.errors(request.method, request.path, status, payload)
            self.errors.extend(problems)
        if self.config.next_version:
            route = self.routes.get((request.method, request.path))
            payload = next_version_answer(route.operation_id if route else None, status, payload)
        text = json.dumps(payload, separators=(",", ":"))
        return web.Response(status=status, text=text, headers=headers, content_type="application/json", charset="utf-8")

    def make_app(self) -> web.Application:
        """An aiohttp application answering every path with :meth:`handle`."""
        app = web.Application(client_max_size=1024 * 1024)
        self.streams.add_routes(app)
        app.router.add_route("*", "/{tail:.*}", self.handle)
        return app


def create_app(config: SandboxConfig | None = None) -> web.Application:
    """An aiohttp application of a fresh sandbox (for ``aiohttp.web.run_app`` or other runners)."""
    return SandboxCore(config).make_app()


class Sandbox(SandboxCore):
    """A sandbox served from a background thread; use :meth:`running` as a context manager.

    ::

        with Sandbox.running(port=0) as sb:
            client = MarginClient(api_key="demo-api-key", api_secret="demo-api-secret", base_url=sb.base_url)
            sb.set_price("BTCUSDT", Decimal("90000"))
            sb.clock.advance(hours=1)
            sb.faults.add("/sapi/v1/margin/order", "lost_response", method="POST", times=1)
    """

    def __init__(
        self,
        config: SandboxConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        validate_responses: bool | str | Path | ResponseValidator = False,
        access_log: bool = False,
    ) -> None:
        super().__init__(config, validate_responses=validate_responses)
        self.host: str = host
        self.port: int = port
        self._access_log = access_log
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        """``http://host:port`` once started."""
        return f"http://{self.host}:{self.port}"

    @property
    def ws_api_url(self) -> str:
        """``ws://host:port/ws-api/v3``: the WebSocket API (user data stream subscriptions) once started."""
        return f"ws://{self.host}:{self.port}/ws-api/v3"

    @property
    def risk_stream_url(self) -> str:
        """``ws://host:port``: the risk data stream base (connect to ``/ws/<listenKey>`` under it) once started."""
        return f"ws://{self.host}:{self.port}"

    def start(self) -> Sandbox:
        """Start serving in a daemon thread; returns once the port is bound."""
        if self._thread is not None:
            return self
        ready = threading.Event()
        failure: list[BaseException] = []

        def _run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                runner = web.AppRunner(self.make_app(), access_log=log if self._access_log else None)
                loop.run_until_complete(runner.setup())
                site = web.TCPSite(runner, self.host, self.port, reuse_address=True)
                loop.run_until_complete(site.start())
                self._runner = runner
                addr = runner.addresses[0]
                self.port = int(addr[1])
            except BaseException as exc:
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(runner.cleanup())
                loop.close()

        self._thread = threading.Thread(target=_run, name=f"binance-margin-sandbox:{self.port}", daemon=True)
        self._thread.start()
        ready.wait(30)
        if failure:
            self._thread = None
            raise failure[0]
        return self

    def stop(self) -> None:
        """Stop serving and join the thread."""
        if self._thread is None or self._loop is None:
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(30)
        self._thread = None
        self._loop = None

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @classmethod
    @contextmanager
    def running(
        cls,
        config: SandboxConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        validate_responses: bool | str | Path | ResponseValidator = False,
    ) -> Iterator[Sandbox]:
        """Start a sandbox (port 0: a free port), yield it, stop it."""
        sb = cls(config, host=host, port=port, validate_responses=validate_responses)
        sb.start()
        try:
            yield sb
        finally:
            sb.stop()


class AsyncSandbox(SandboxCore):
    """A sandbox served on the running event loop: ``async with AsyncSandbox.running() as sb: ...``."""

    def __init__(
        self,
        config: SandboxConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        validate_responses: bool | str | Path | ResponseValidator = False,
    ) -> None:
        super().__init__(config, validate_responses=validate_responses)
        self.host: str = host
        self.port: int = port
        self._runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        """``http://host:port`` once started."""
        return f"http://{self.host}:{self.port}"

    @property
    def ws_api_url(self) -> str:
        """``ws://host:port/ws-api/v3``: the WebSocket API (user data stream subscriptions) once started."""
        return f"ws://{self.host}:{self.port}/ws-api/v3"

    @property
    def risk_stream_url(self) -> str:
        """``ws://host:port``: the risk data stream base (connect to ``/ws/<listenKey>`` under it) once started."""
        return f"ws://{self.host}:{self.port}"

    async def start(self) -> AsyncSandbox:
        """Bind and start serving."""
        runner = web.AppRunner(self.make_app(), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port, reuse_address=True)
        await site.start()
        self._runner = runner
        self.port = int(runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        """Stop serving."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @classmethod
    @asynccontextmanager
    async def running(
        cls,
        config: SandboxConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        validate_responses: bool | str | Path | ResponseValidator = False,
    ) -> AsyncIterator[AsyncSandbox]:
        """Start a sandbox on the current loop, yield it, stop it."""
        sb = cls(config, host=host, port=port, validate_responses=validate_responses)
        await sb.start()
        try:
            yield sb
        finally:
            await sb.stop()
