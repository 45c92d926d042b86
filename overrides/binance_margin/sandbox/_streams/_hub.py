"""The WebSocket side of the sandbox: the WebSocket API user data stream and the margin risk data stream.

Two paths on the sandbox's own HTTP port (aiohttp ``web.WebSocketResponse``):

``/ws-api/v3`` (Binance: ``wss://ws-api.binance.com:443/ws-api/v3``), JSON requests
``{"id": ..., "method": ..., "params": {...}}`` answered with
``{"id": ..., "status": 200, "result": ..., "rateLimits": [...]}`` or
``{"id": ..., "status": 400, "error": {"code": ..., "msg": ...}, "rateLimits": [...]}``. Methods:

- ``userDataStream.subscribe.listenToken`` (``listenToken``): ``{"subscriptionId": N, "expirationTime": ms}``;
  an unknown or expired token answers ``-1209``. Events then arrive as ``{"subscriptionId": N, "event": {...}}``
  until the token expires (``eventStreamTerminated``, then nothing more) or the subscription is unsubscribed.
  Subscription ids count from 0 per connection. One connection may follow any number of accounts, and the
  same account more than once (a renewal's overlap): every subscription gets every event of its account.
- ``userDataStream.unsubscribe`` (optional ``subscriptionId``; without it every subscription): ``{}``.
- ``session.subscriptions``: ``[{"subscriptionId": N}, ...]``.
- ``ping``: ``{}``; ``time``: ``{"serverTime": ms}``. Anything else: ``-1020``; a frame that is not a JSON
  object: ``-1135``; a missing parameter: ``-1102``.

``/ws/<listenKey>`` (Binance: ``wss://margin-stream.binance.com/ws/<listenKey>``): the raw events of the risk
data stream of the key's user (cross margin); ``/stream?streams=<listenKey>`` wraps each as
``{"stream": "<listenKey>", "data": {...}}``. An unknown or expired key is refused at the handshake with
HTTP 400 ``-1125``. When the key expires the connection gets ``listenKeyExpired`` and is closed; when the key is
deleted it is closed.

Both paths ping every connection (``StreamConfig.ping_interval_seconds``) and close one that leaves a ping
unanswered for ``pong_timeout_seconds``; they answer the client's pings.

Tests drive faults and inspect connections through :class:`StreamHub` (``sandbox.streams``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from aiohttp import WSMsgType, web

from .._clock import Clock
from .._config import SandboxConfig, StreamConfig
from .._errors import ApiError
from .._faults import FaultInjector
from .._state import ExchangeState
from ._events import Channel, EventBus, ListenKeyInfo, account_channel, risk_channel

__all__ = ["ConnectionInfo", "HubCore", "HubLedger", "StreamHub", "SubscriptionInfo"]

ConnectionKind = Literal["ws-api", "risk"]
_TICK_SECONDS = 0.05
_WEIGHTS = {
    "ping": 1,
    "time": 1,
    "session.subscriptions": 2,
    "userDataStream.subscribe.listenToken": 2,
    "userDataStream.unsubscribe": 2,
}


class HubLedger(Protocol):
    """What :class:`StreamHub` uses of the sandbox's ``Exchange``."""

    @property
    def lock(self) -> threading.RLock:
        """The exchange lock (held while attaching or detaching sinks and reading tokens and keys)."""

    @property
    def state(self) -> ExchangeState:
        """The users, by uid (their listen keys)."""

    @property
    def events(self) -> EventBus:
        """The event bus the hub's subscriptions attach to."""


class HubCore(Protocol):
    """What :class:`StreamHub` uses of the sandbox core that owns it (``SandboxCore``).

    Stated here so that the hub does not depend on the server module (which creates it).
    """

    @property
    def exchange(self) -> HubLedger:
        """The exchange."""

    @property
    def config(self) -> SandboxConfig:
        """The sandbox configuration (``streams``, ``rate_limits``)."""

    @property
    def clock(self) -> Clock:
        """The sandbox clock."""

    @property
    def faults(self) -> FaultInjector:
        """Fault rules (applied to handshakes)."""

    @property
    def errors(self) -> list[str]:
        """Sandbox bugs met while answering (a failing WebSocket API call is added)."""


@dataclass(frozen=True)
class SubscriptionInfo:
    """One subscription of a connection, as tests see it."""

    subscription_id: int | None
    """The ``subscriptionId`` (None for a risk-stream connection's single implicit subscription)."""
    channel: Channel
    """``(uid, "CROSS", None)``, ``(uid, "ISOLATED", symbol)`` or ``(uid, "RISK", None)``."""
    expires_ms: int | None
    events_sent: int


@dataclass(frozen=True)
class ConnectionInfo:
    """One WebSocket connection, as tests see it."""

    id: int
    kind: ConnectionKind
    path: str
    open: bool
    subscriptions: tuple[SubscriptionInfo, ...]
    """The active subscriptions."""
    events_sent: int
    """Events written to the socket (subscription events and ``serverShutdown``)."""
    responses_sent: int
    """WebSocket API responses written to the socket."""


class _Sub:
    """A subscription: a sink of the event bus that queues frames on its connection's loop."""

    def __init__(
        self,
        conn: _Conn,
        sub_id: int | None,
        channel: Channel,
        expires_ms: int | None,
        *,
        stream: str | None = None,
    ) -> None:
        self.conn = conn
        self.id = sub_id
        self.channel = channel
        self.expires_ms = expires_ms
        self.stream = stream
        """For a combined-stream connection (``/stream?streams=``): the stream name events are wrapped with."""
        self.active = True
        self.events_sent: int = 0

    def _frame(self, event: dict[str, Any]) -> str:
        payload: Any = event
        if self.id is not None:
            payload = {"subscriptionId": self.id, "event": event}
        elif self.stream is not None:
            payload = {"stream": self.stream, "data": event}
        return json.dumps(payload, separators=(",", ":"))

    def deliver(self, event: dict[str, Any]) -> None:
        """Queue an event on the connection's loop (any thread; never blocks)."""
        self.conn.post(self._enqueue, self._frame(event), False)

    def deliver_last(self, event: dict[str, Any]) -> None:
        """Queue a final event (``eventStreamTerminated``): the subscription ends right after it."""
        self.conn.post(self._enqueue, self._frame(event), True)

    def _enqueue(self, text: str, last: bool) -> None:
        if not self.active:
            return
        if last:
            self.active = False
        self.conn.out.put_nowait(("event", text, self))


_Item = tuple[str, str, "_Sub | None"]


class _Conn:
    """One open WebSocket connection and its tasks."""

    def __init__(
        self, hub: StreamHub, cid: int, kind: ConnectionKind, request: web.Request, ws: web.WebSocketResponse
    ) -> None:
        self.hub = hub
        self.id = cid
        self.kind: ConnectionKind = kind
        self.request = request
        self.ws = ws
        self.path = request.path
        self.loop = asyncio.get_running_loop()
        self.out: asyncio.Queue[_Item | None] = asyncio.Queue()
        self.subs: dict[int | None, _Sub] = {}
        self.next_sub_id = 0
        self.listen_key: str | None = None
        self.open = True
        self.events_sent: int = 0
        self.responses_sent = 0
        self.stalled_until = 0.0
        self.ping_outstanding_since: float | None = None
        self.weight_minute = 0
        self.weight_used = 0
        self.tasks: list[asyncio.Task[None]] = []

    def post(self, fn: Callable[..., None], *args: Any) -> None:
        """Run ``fn(*args)`` on this connection's loop, after what is already queued there."""
        with contextlib.suppress(RuntimeError):  # the loop is closed: the sandbox is stopping
            self.loop.call_soon_threadsafe(fn, *args)

    @property
    def stalled(self) -> bool:
        return self.loop.time() < self.stalled_until

    async def unstalled(self) -> None:
        while self.loop.time() < self.stalled_until:
            await asyncio.sleep(self.stalled_until - self.loop.time())

    def abort(self) -> None:
        """Close the TCP connection at once: no close frame."""
        self.open = False
        transport = self.request.transport
        if transport is not None:
            transport.abort()

    def info(self) -> ConnectionInfo:
        return ConnectionInfo(
            id=self.id,
            kind=self.kind,
            path=self.path,
            open=self.open,
            subscriptions=tuple(
                SubscriptionInfo(s.id, s.channel, s.expires_ms, s.events_sent) for s in self.subs.values() if s.active
            ),
            events_sent=self.events_sent,
            responses_sent=self.responses_sent,
        )


class StreamHub:
    """The sandbox's WebSocket connections: serving, expiry, faults and inspection (``sandbox.streams``).

    Faults (callable from any thread; they act on the server's loop):

    - :meth:`drop_all`: close every connection's TCP socket at once, without a close frame;
    - :meth:`stall`: for ``seconds``, send nothing (no events, no responses, no pings) and answer no ping,
      while keeping the connections open;
    - :meth:`shutdown`: send Binance's ``serverShutdown`` event on every WebSocket API connection, then close
      every connection with a close frame (1001, going away).

    Handshakes obey ``sandbox.faults`` rules for their path (``/ws-api/v3``, ``/ws/*``): refuse the next N
    connections with a 5xx, drop them, or delay them, to exercise a client's reconnect backoff.

    Inspection: :meth:`connections`, :attr:`open_count`, :attr:`events_sent`, :meth:`wait_until`.
    """

    def __init__(self, core: HubCore) -> None:
        self.core = core
        self.ex: HubLedger = core.exchange
        self.bus: EventBus = core.exchange.events
        self.config: StreamConfig = core.config.streams
        self._lock = threading.Lock()
        self._conns: dict[int, _Conn] = {}
        self._closed: list[ConnectionInfo] = []
        self._next_id = 1
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ticker: asyncio.Task[None] | None = None
        self.events_sent: int = 0
        """Events written to sockets since the sandbox started, over every connection."""
        self.connections_opened: int = 0
        """WebSocket connections accepted since the sandbox started."""
        core.clock.on_advance(self._on_clock)

    # -- aiohttp ---------------------------------------------------------------------------------------------

    def add_routes(self, app: web.Application) -> None:
        """Serve ``/ws-api/v3`` and ``/ws/<listenKey>`` (add before any catch-all route)."""
        app.router.add_get("/ws-api/v3", self.handle_ws_api)
        app.router.add_get("/ws/{listen_key}", self.handle_risk)
        app.router.add_get("/stream", self.handle_risk_combined)
        app.on_shutdown.append(self._on_shutdown)

    async def _on_shutdown(self, _app: web.Application) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
            self._ticker = None
        for conn in self._open():
            conn.open = False
            with contextlib.suppress(Exception):
                await conn.ws.close(code=1001, message=b"server stopping")

    def _open(self) -> list[_Conn]:
        with self._lock:
            return [c for c in self._conns.values() if c.open]

    async def _accept(
        self, request: web.Request, kind: ConnectionKind, setup: Callable[[_Conn], None] | None = None
    ) -> _Conn:
        """Register the connection (and run ``setup``) before the handshake is answered, so a client that has
        connected is already counted (and, for the risk stream, already subscribed)."""
        ws = web.WebSocketResponse(autoping=False, heartbeat=None, max_msg_size=1 << 20)
        with self._lock:
            conn = _Conn(self, self._next_id, kind, request, ws)
            self._next_id += 1
            self._conns[conn.id] = conn
            self.connections_opened += 1
            # Known before the handshake is answered: a fault injected as soon as the client has connected
            # (drop_all right after a stream started) must reach this connection.
            self._loop = conn.loop
        try:
            if setup is not None:
                setup(conn)
            await ws.prepare(request)
        except BaseException:
            self._close(conn)
            raise
        if self._ticker is None or self._ticker.done():
            self._ticker = conn.loop.create_task(self._tick())
        return conn

    async def _serve(self, conn: _Conn, on_text: Callable[[_Conn, str], None] | None) -> None:
        conn.tasks = [
            conn.loop.create_task(self._writer(conn)),
            conn.loop.create_task(self._pinger(conn)),
        ]
        ws = conn.ws
        try:
            async for msg in ws:
                if msg.type == WSMsgType.PING:
                    if not conn.stalled:
                        await ws.pong(msg.data)
                elif msg.type == WSMsgType.PONG:
                    conn.ping_outstanding_since = None
                elif msg.type == WSMsgType.TEXT:
                    await conn.unstalled()
                    if on_text is not None and conn.open:
                        on_text(conn, msg.data)
                elif msg.type == WSMsgType.BINARY and on_text is not None:
                    await conn.unstalled()
                    self._respond(conn, None, error=ApiError(-1135, "Invalid JSON Request"))
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._close(conn)
            writer, pinger = conn.tasks
            pinger.cancel()
            # Let the writer finish a close handshake it started (cancelling it would abort the socket).
            conn.out.put_nowait(None)
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(asyncio.shield(writer), 2.0)
            for task in conn.tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task

    def _close(self, conn: _Conn) -> None:
        conn.open = False
        with self.ex.lock:
            for sub in conn.subs.values():
                sub.active = False
                self.bus.detach(sub.channel, sub)
        with self._lock:
            if self._conns.pop(conn.id, None) is not None:
                self._closed.append(conn.info())

    async def _writer(self, conn: _Conn) -> None:
        ws = conn.ws
        while True:
            item = await conn.out.get()
            if item is None:
                return
            await conn.unstalled()
            kind, text, sub = item
            if ws.closed:
                return
            try:
                if kind in ("close", "going_away"):
                    await ws.close(code=1000 if kind == "close" else 1001, message=text.encode())
                    return
                await ws.send_str(text)
            except (ConnectionError, RuntimeError):
                return
            if kind == "event":
                conn.events_sent += 1
                self.events_sent += 1
                if sub is not None:
                    sub.events_sent += 1
            elif kind == "response":
                conn.responses_sent += 1

    async def _pinger(self, conn: _Conn) -> None:
        interval = self.config.ping_interval_seconds
        timeout = self.config.pong_timeout_seconds
        ws = conn.ws
        while not ws.closed:
            await asyncio.sleep(min(interval, timeout) / 2 if conn.ping_outstanding_since else interval)
            if conn.stalled or ws.closed:
                continue
            now = conn.loop.time()
            if conn.ping_outstanding_since is not None:
                if now - conn.ping_outstanding_since > timeout:
                    await ws.close(code=1008, message=b"pong timeout")
                    return
                continue
            conn.ping_outstanding_since = now
            try:
                await ws.ping()
            except (ConnectionError, RuntimeError):
                return

    # -- /ws-api/v3 ------------------------------------------------------------------------------------------

    async def _handshake_fault(self, request: web.Request) -> web.StreamResponse | None:
        """Apply a ``sandbox.faults`` rule for this path to the handshake (None: no fault, go on).

        ``latency`` delays the handshake, ``drop`` / ``lost_response`` close the TCP connection without an answer,
        ``5xx`` answers the handshake with the rule's status: what a client meets while reconnecting.
        """
        rule = self.core.faults.take(request.method, request.path)
        if rule is None:
            return None
        if rule.latency > 0:
            await asyncio.sleep(rule.latency)
        if rule.kind in ("drop", "lost_response"):
            if request.transport is not None:
                request.transport.abort()
            raise web.HTTPInternalServerError()
        if rule.kind == "5xx":
            return web.json_response({"code": rule.code, "msg": rule.msg}, status=rule.status)
        return None

    async def handle_ws_api(self, request: web.Request) -> web.StreamResponse:
        """The WebSocket API endpoint (user data stream methods only)."""
        refused = await self._handshake_fault(request)
        if refused is not None:
            return refused
        conn = await self._accept(request, "ws-api")
        await self._serve(conn, self._request)
        return conn.ws

    def _rate_limits(self, conn: _Conn, weight: int) -> list[dict[str, Any]]:
        minute = self.core.clock.now_ms() // 60_000
        if minute != conn.weight_minute:
            conn.weight_minute, conn.weight_used = minute, 0
        conn.weight_used += weight
        return [
            {
                "rateLimitType": "REQUEST_WEIGHT",
                "interval": "MINUTE",
                "intervalNum": 1,
                "limit": self.core.config.rate_limits.api_weight_per_minute,
                "count": conn.weight_used,
            }
        ]

    def _respond(
        self, conn: _Conn, rid: Any, result: Any = None, *, error: ApiError | None = None, weight: int = 1
    ) -> None:
        frame: dict[str, Any] = {"id": rid}
        if error is None:
            frame["status"] = 200
            frame["result"] = result
        else:
            frame["status"] = error.status
            frame["error"] = {"code": error.code, "msg": error.msg}
        frame["rateLimits"] = self._rate_limits(conn, weight)
        conn.out.put_nowait(("response", json.dumps(frame, separators=(",", ":")), None))

    def _request(self, conn: _Conn, text: str) -> None:
        try:
            req = json.loads(text)
        except ValueError:
            req = None
        if not isinstance(req, dict):
            self._respond(conn, None, error=ApiError(-1135, "Invalid JSON Request"))
            return
        rid = req.get("id")
        method = req.get("method")
        params = req.get("params", {})
        if params is None:
            params = {}
        if not isinstance(method, str) or not method:
            self._respond(conn, rid, error=ApiError.mandatory("method"))
            return
        if not isinstance(params, dict):
            self._respond(conn, rid, error=ApiError(-1135, "Invalid JSON Request"))
            return
        weight = _WEIGHTS.get(method, 1)
        try:
            result = self._call(conn, method, params)
        except ApiError as e:
            self._respond(conn, rid, error=e, weight=weight)
            return
        except Exception as e:  # a sandbox bug: answer -1000 and remember it, as the REST side does
            self.core.errors.append(f"WS {method}: {e!r}\n{traceback.format_exc()}")
            self._respond(conn, rid, error=ApiError.unknown(), weight=weight)
            return
        self._respond(conn, rid, result, weight=weight)

    def _call(self, conn: _Conn, method: str, params: dict[str, Any]) -> Any:
        if method == "ping":
            return {}
        if method == "time":
            return {"serverTime": self.core.clock.now_ms()}
        if method == "session.subscriptions":
            return [{"subscriptionId": s.id} for s in conn.subs.values() if s.active]
        if method == "userDataStream.subscribe.listenToken":
            return self._subscribe(conn, params)
        if method == "userDataStream.unsubscribe":
            return self._unsubscribe(conn, params)
        raise ApiError(-1020, "This operation is not supported.")

    def _subscribe(self, conn: _Conn, params: dict[str, Any]) -> dict[str, Any]:
        token = params.get("listenToken")
        if not isinstance(token, str) or not token:
            raise ApiError.mandatory("listenToken")
        with self.ex.lock:
            info = self.bus.tokens.get(token)
            if info is None or self.core.clock.now_ms() >= info.expires_ms:
                raise ApiError(-1209, "Invalid listenToken.")
            channel = account_channel(info.uid, info.account)
            if self.config.renewal == "extend":
                for sub in conn.subs.values():
                    if sub.active and sub.channel == channel:
                        sub.expires_ms = max(sub.expires_ms or 0, info.expires_ms)
                        return {"subscriptionId": sub.id, "expirationTime": sub.expires_ms}
            sub = _Sub(conn, conn.next_sub_id, channel, info.expires_ms)
            conn.next_sub_id += 1
            conn.subs[sub.id] = sub
            self.bus.attach(channel, sub)
        return {"subscriptionId": sub.id, "expirationTime": info.expires_ms}

    def _unsubscribe(self, conn: _Conn, params: dict[str, Any]) -> dict[str, Any]:
        raw = params.get("subscriptionId")
        if raw is None:
            ids = list(conn.subs)
        else:
            try:
                ids = [int(raw)]
            except (TypeError, ValueError):
                raise ApiError(-1100, "Illegal characters found in parameter 'subscriptionId'.") from None
        with self.ex.lock:
            for sid in ids:
                sub = conn.subs.pop(sid, None)
                if sub is not None:
                    sub.active = False
                    self.bus.detach(sub.channel, sub)
        return {}

    # -- /ws/<listenKey> -------------------------------------------------------------------------------------

    async def handle_risk(self, request: web.Request) -> web.StreamResponse:
        """The margin risk data stream of one listen key: raw events."""
        return await self._risk(request, request.match_info["listen_key"], combined=False)

    async def handle_risk_combined(self, request: web.Request) -> web.StreamResponse:
        """``/stream?streams=<listenKey>``: the same events wrapped as ``{"stream": key, "data": event}``."""
        return await self._risk(request, request.query.get("streams", ""), combined=True)

    async def _risk(self, request: web.Request, key: str, *, combined: bool) -> web.StreamResponse:
        refused = await self._handshake_fault(request)
        if refused is not None:
            return refused
        with self.ex.lock:
            info = self._live_key(key)
        if info is None:
            return web.json_response({"code": -1125, "msg": "This listenKey does not exist."}, status=400)

        def _subscribe(conn: _Conn) -> None:
            conn.listen_key = key
            sub = _Sub(conn, None, risk_channel(info.uid), None, stream=key if combined else None)
            with self.ex.lock:
                conn.subs[None] = sub
                self.bus.attach(sub.channel, sub)

        conn = await self._accept(request, "risk", _subscribe)
        await self._serve(conn, None)
        return conn.ws

    def _live_key(self, key: str) -> ListenKeyInfo | None:
        info = self.bus.listen_keys.get(key)
        if info is None or self.core.clock.now_ms() >= info.expires_ms:
            return None
        return info

    # -- expiry ----------------------------------------------------------------------------------------------

    async def _tick(self) -> None:
        try:
            while self._open():
                self.check_expiry()
                await asyncio.sleep(_TICK_SECONDS)
        finally:
            self._ticker = None

    def _on_clock(self, _now: int) -> None:
        loop = self._loop
        if loop is not None and self._open():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self.check_expiry)

    def check_expiry(self) -> None:
        """End the subscriptions whose token expired and the risk connections whose key expired or was deleted."""
        now = self.core.clock.now_ms()
        with self.ex.lock:
            for conn in self._open():
                for sid, sub in list(conn.subs.items()):
                    if sub.active and sub.expires_ms is not None and now >= sub.expires_ms:
                        self.bus.detach(sub.channel, sub)
                        sub.deliver_last({"e": "eventStreamTerminated", "E": now})
                        del conn.subs[sid]
                if conn.kind == "risk" and conn.listen_key is not None:
                    info = self.bus.listen_keys.get(conn.listen_key)
                    if info is not None and now < info.expires_ms:
                        continue
                    for sub in conn.subs.values():
                        self.bus.detach(sub.channel, sub)
                    if info is not None:
                        event = {"e": "listenKeyExpired", "E": now, "listenKey": conn.listen_key}
                        for sub in conn.subs.values():
                            sub.deliver_last(event)
                    reason = "listen key expired" if info is not None else "listen key closed"
                    conn.subs.clear()
                    conn.listen_key = None
                    conn.post(conn.out.put_nowait, ("close", reason, None))
            for key, info in list(self.bus.listen_keys.items()):
                if now >= info.expires_ms:
                    del self.bus.listen_keys[key]
                    user = self.ex.state.users.get(info.uid)
                    if user is not None and user.listen_keys.get(info.version) == key:
                        del user.listen_keys[info.version]

    # -- faults ----------------------------------------------------------------------------------------------

    def _on_loop(self, fn: Callable[[], None]) -> None:
        loop = self._loop
        if loop is None:
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            fn()
        else:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(fn)

    def drop_all(self, kind: ConnectionKind | None = None) -> int:
        """Close every open connection (of ``kind``; None: both) abruptly: no close frame. Returns how many."""
        conns = [c for c in self._open() if kind is None or c.kind == kind]

        def _drop() -> None:
            for c in conns:
                c.abort()

        self._on_loop(_drop)
        return len(conns)

    def stall(self, seconds: float, kind: ConnectionKind | None = None) -> int:
        """Freeze every open connection (of ``kind``) for ``seconds``: nothing sent, pings unanswered."""
        conns = [c for c in self._open() if kind is None or c.kind == kind]

        def _stall() -> None:
            for c in conns:
                c.stalled_until = c.loop.time() + seconds

        self._on_loop(_stall)
        return len(conns)

    def shutdown(self) -> int:
        """Announce ``serverShutdown`` on every WebSocket API connection, then close every connection (1001)."""
        conns = self._open()

        def _shutdown() -> None:
            now = self.core.clock.now_ms()
            text = json.dumps({"event": {"e": "serverShutdown", "E": now}}, separators=(",", ":"))
            for c in conns:
                if c.kind == "ws-api":
                    c.out.put_nowait(("event", text, None))
                c.out.put_nowait(("going_away", "server shutdown", None))

        self._on_loop(_shutdown)
        return len(conns)

    # -- inspection ------------------------------------------------------------------------------------------

    def connections(self, *, include_closed: bool = False) -> list[ConnectionInfo]:
        """The open connections (and, with ``include_closed``, the closed ones first), oldest first."""
        with self._lock:
            open_ = [c.info() for c in self._conns.values()]
            closed = list(self._closed) if include_closed else []
        return sorted(closed + open_, key=lambda c: c.id)

    @property
    def open_count(self) -> int:
        """How many WebSocket connections are open now (a connection counts before its handshake is answered, so a
        client that has connected is always counted; a closed one may take a moment to drop out)."""
        with self._lock:
            return sum(1 for c in self._conns.values() if c.open)

    @property
    def subscription_count(self) -> int:
        """How many subscriptions (WebSocket API and risk) are active now."""
        with self._lock:
            return sum(1 for c in self._conns.values() for s in c.subs.values() if s.active)

    def wait_until(self, predicate: Callable[[StreamHub], bool], timeout: float = 10.0) -> bool:
        """Poll ``predicate(hub)`` until it holds or ``timeout`` seconds pass (blocking: not on the server's loop)."""
        deadline = time.monotonic() + timeout
        while True:
            if predicate(self):
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.02)

    async def wait_until_async(self, predicate: Callable[[StreamHub], bool], timeout: float = 10.0) -> bool:
        """:meth:`wait_until` for code running on an event loop (``AsyncSandbox``)."""
        deadline = time.monotonic() + timeout
        while True:
            if predicate(self):
                return True
            if time.monotonic() >= deadline:
                return False
            await asyncio.sleep(0.02)
