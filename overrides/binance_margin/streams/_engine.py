"""The one implementation of the stream logic (asyncio, aiohttp's WebSocket client), for both twins.

``AsyncStream`` drives it on the caller's event loop; ``Stream`` drives the very same engine on a private loop in a
background thread and hands items over through a thread-safe queue. What it does:

- user data stream: mints a listenToken per followed account (REST ``POST /sapi/v1/userListenToken``), subscribes
  them all on one WebSocket API connection (``userDataStream.subscribe.listenToken``), tags each event with the
  account of its ``subscriptionId``; halfway through a token's life it mints a new one, subscribes it on the same
  connection, then unsubscribes the old one; during that overlap both subscriptions deliver the same events, and
  the engine drops the second copy (the spec's ``x-dedupe-key`` of each event type);
- risk data stream: one listenKey (``POST /sapi/v1/margin/listen-key``) kept alive with PUT, ``/ws/<listenKey>``;
- pings (WebSocket ping frames, and the WebSocket API ``ping``); a connection with no answer within
  ``stream_stall_timeout`` is stalled and replaced; a drop or a ``serverShutdown`` too: reconnect with
  exponential backoff and full jitter, then yield ``StreamReconnected`` and a ``Resync`` (REST snapshot);
- raises ``StreamAuthorizationError``/``StreamConnectionError`` through the iterator when it cannot go on.

Tokens and keys are credentials: they never appear in logs, reprs or exceptions.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import logging
import math
import random
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Literal

import aiohttp
import orjson
from binance_margin_generated.events import DEDUPE_KEYS, SubscriptionResult, UnknownEvent, WsApiRequest, WsApiResponse
from binance_margin_generated.types import _DRIFT, UNSET, Unset

from .._drift import DriftRecorder
from .._errors import (
    AuthenticationError,
    BinanceAPIError,
    BinanceError,
    StreamAuthorizationError,
    StreamConnectionError,
    StreamError,
)
from .._types import CROSS, Cross, Isolated, MarginMode
from ._items import AccountSnapshot, Resync, StreamReconnected, decode_event

__all__ = ["CLOSED", "StreamEngine", "StreamKind", "StreamSettings"]

_log = logging.getLogger("binance_margin.streams")

StreamKind = Literal["user", "risk"]
RENEW_FRACTION = 0.5
"""A listen token is renewed when this fraction of its lifetime has passed (12 h for a 24 h token)."""
_SEEN_MAX = 8192
DEDUPE_GRACE = 5.0
"""Seconds after a renewal's old subscription is gone during which copies are still dropped."""
_SCALARS = (str, int, float, bool, type(None))


class _Closed:
    def __repr__(self) -> str:
        return "CLOSED"


CLOSED = _Closed()
"""Put in the item queue when the stream was closed by its user: the iterator ends."""


class _ConnectionEnded(Exception):
    """The WebSocket connection ended (drop, stall, shutdown); ``reason`` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _RestUnavailable(_ConnectionEnded):
    """A REST call the stream needs failed for a transient reason (transport, 5xx, 429)."""


class StreamSettings:
    """The client settings a stream uses (from ``ClientConfig``)."""

    def __init__(self, config: Any) -> None:
        self.ws_api_url: str = config.ws_api_url
        self.risk_stream_url: str = config.risk_stream_url
        self.ping_interval: float = config.stream_ping_interval
        self.stall_timeout: float = config.stream_stall_timeout
        self.backoff: float = config.stream_reconnect_backoff
        self.max_wait: float = config.stream_reconnect_max_wait
        self.attempts: int | None = config.stream_reconnect_attempts
        self.keepalive_interval: float = config.risk_keepalive_interval
        self.proxy: str | None = config.proxy


Run = Callable[[Callable[[], Any]], Awaitable[Any]]
"""Runs one REST call of the client's surface: awaits it (async client) or runs it in a worker thread (sync)."""


class RestPort:
    """The REST calls a stream needs, on the user's client (sync or async) through ``run``."""

    def __init__(self, client: Any, run: Run) -> None:
        self._client = client
        self._run = run

    async def listen_token(self, account: MarginMode, validity_ms: int) -> tuple[str, int]:
        token = await self._run(
            lambda: self._client.data_stream.create_listen_token(validity=validity_ms, margin=account)
        )
        return str(token.token), int(token.expiration_time)

    async def listen_key(self) -> str:
        key = await self._run(lambda: self._client.data_stream.create_listen_key())
        return str(key.listen_key)

    async def keepalive(self, key: str) -> None:
        await self._run(lambda: self._client.data_stream.keepalive_listen_key(listen_key=key))

    async def snapshot(self, accounts: Sequence[MarginMode]) -> Resync:
        snapshots: dict[MarginMode, AccountSnapshot] = {}
        isolated = [a.symbol for a in accounts if isinstance(a, Isolated) and a.symbol]
        pairs: dict[str, Any] = {}
        for i in range(0, len(isolated), 5):  # the endpoint takes at most 5 symbols
            chunk = isolated[i : i + 5]
            found = await self._run(functools.partial(self._client.account.get_isolated_account, symbols=chunk))
            pairs.update({pair.symbol: pair for pair in found.assets})
        cross = None
        if any(isinstance(a, Cross) for a in accounts):
            cross = await self._run(lambda: self._client.account.get_cross_account())
        for account in accounts:
            if isinstance(account, Isolated):
                symbol = account.symbol
                orders = await self._run(
                    functools.partial(self._client.trade.get_open_orders, symbol=symbol, margin=account)
                )
                snapshots[account] = AccountSnapshot(account, list(orders), isolated=pairs.get(symbol or ""))
            else:
                orders = await self._run(lambda: self._client.trade.get_open_orders())
                snapshots[account] = AccountSnapshot(account, list(orders), cross=cross)
        return Resync(snapshots)


def _freeze(value: Any) -> Any:
    return value if value.__class__ in _SCALARS else orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


class StreamEngine:
    """One stream: its connection, subscriptions, renewals, reconnects; items go to ``sink``."""

    def __init__(
        self,
        *,
        kind: StreamKind,
        accounts: tuple[MarginMode, ...],
        rest: RestPort,
        settings: StreamSettings,
        validity_ms: int,
        sink: Callable[[object], None],
        drift: DriftRecorder | None = None,
    ) -> None:
        self.kind = kind
        self._drift = drift
        self.accounts = accounts
        self._rest = rest
        self._s = settings
        self._validity_ms = validity_ms
        self._sink = sink
        self._session: aiohttp.ClientSession | None = None
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._reader: asyncio.Task[str] | None = None
        self._task: asyncio.Task[None] | None = None
        self._ids = itertools.count(1)
        self._pending: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._subscribing: dict[str, MarginMode] = {}
        self._latest_sid: dict[MarginMode, int] = {}
        self._sub_account: dict[int, MarginMode] = {}
        self._current: dict[MarginMode, int] = {}
        self._renew_at: dict[MarginMode, float] = {}
        self._listen_key: str | None = None
        self._seen: OrderedDict[tuple[Any, ...], None] = OrderedDict()
        self._dedupe_until = 0.0
        """Until when (monotonic) two subscriptions of one account may deliver the same event (renewal)."""
        self._held: list[object] | None = None
        self._end_reason: str | None = None
        self._lapsed: set[MarginMode] = set()
        self._side_tasks: set[asyncio.Task[None]] = set()
        self.renewals = 0
        """Listen tokens renewed on a live connection (for tests and the CLI)."""
        self.reconnects = 0
        """Reconnections so far."""

    # -- lifecycle -------------------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Connect and subscribe; errors raise here (a stream that cannot start fails fast)."""
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None, connect=self._s.stall_timeout))
        try:
            await self._connect()
        except _ConnectionEnded as exc:
            await self.aclose()
            raise StreamConnectionError(f"{self.kind} stream: {exc.reason}", stream=self.kind, attempts=1) from None
        except BaseException:
            await self.aclose()
            raise
        self._task = asyncio.get_running_loop().create_task(
            self._supervise(), name=f"binance-margin-{self.kind}-stream"
        )

    async def aclose(self) -> None:
        """Stop everything: tasks, connection, session. Idempotent."""
        tasks = [t for t in (self._task, self._reader, *self._side_tasks) if t is not None and not t.done()]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(BaseException):
                await task
        self._task = self._reader = None
        self._side_tasks.clear()
        await self._close_ws()
        if self._session is not None:
            await self._session.close()
            self._session = None
        self._fail_pending("closed")

    async def _close_ws(self) -> None:
        ws, self._ws = self._ws, None
        if ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(ws.close(), self._s.stall_timeout)

    def _fail_pending(self, reason: str) -> None:
        pending, self._pending = self._pending, {}
        for fut in pending.values():
            if not fut.done():
                fut.set_exception(_ConnectionEnded(reason))

    # -- connection ------------------------------------------------------------------------------------------------

    async def _connect(self) -> None:
        """Open a connection and subscribe every followed account (or open the risk stream)."""
        assert self._session is not None
        self._end_reason = None
        self._sub_account.clear()
        self._latest_sid.clear()
        self._current.clear()
        self._renew_at.clear()
        if self.kind == "risk":
            self._listen_key = await self._mint(self._rest.listen_key, None)
            url = f"{self._s.risk_stream_url}/ws/{self._listen_key}"
        else:
            url = self._s.ws_api_url
        try:
            async with asyncio.timeout(self._s.stall_timeout):
                self._ws = await self._session.ws_connect(
                    url, heartbeat=self._s.ping_interval, autoping=True, proxy=self._s.proxy, max_msg_size=0
                )
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            # never the URL: for the risk stream it holds the listenKey
            raise _ConnectionEnded(f"cannot connect ({type(exc).__name__})") from None
        self._reader = asyncio.get_running_loop().create_task(self._read(self._ws), name="binance-margin-stream-reader")
        if self.kind == "user":
            for account in self.accounts:
                await self._subscribe(account)

    async def _mint(self, call: Callable[..., Awaitable[Any]], account: MarginMode | None, *args: Any) -> Any:
        try:
            return await call(*args) if account is None else await call(account, *args)
        except AuthenticationError as exc:
            raise StreamAuthorizationError(
                f"{self.kind} stream: Binance refused to issue a listen {'key' if account is None else 'token'}"
                f" ({exc.code}: {exc.msg})",
                stream=self.kind,
                account=account,
                code=exc.code,
            ) from exc
        except BinanceAPIError as exc:
            if 400 <= exc.status < 500 and exc.status not in (418, 429):
                raise StreamAuthorizationError(
                    f"{self.kind} stream: cannot get a listen {'key' if account is None else 'token'}"
                    f" ({exc.code}: {exc.msg})",
                    stream=self.kind,
                    account=account,
                    code=exc.code,
                ) from exc
            raise _RestUnavailable(f"REST error {exc.status}") from None
        except BinanceError as exc:  # transport, unknown status
            raise _RestUnavailable(f"REST unavailable ({type(exc).__name__})") from None

    async def _subscribe(self, account: MarginMode, *, second_try: bool = False) -> None:
        token, expiration_ms = await self._mint(self._rest.listen_token, account, self._validity_ms)
        minted = time.monotonic()
        renewing = self._current.get(account) is not None
        if renewing:  # two subscriptions of one account from now until the old one is gone: drop second copies
            self._dedupe_until = math.inf
        raw = await self._request("userDataStream.subscribe.listenToken", {"listenToken": token}, account)
        del token
        try:
            answer = WsApiResponse.from_dict(raw)
            error = None if isinstance(answer.error, Unset) else answer.error
            result = None
            if answer.status == 200 and isinstance(answer.result, dict):
                result = SubscriptionResult.from_dict(answer.result)
        except (KeyError, TypeError, ValueError):
            raise StreamError("user stream: an unreadable answer to a subscription", stream="user") from None
        if result is None:
            code = error.code if error is not None else None
            if code == -1209 and not second_try:  # a fresh token may cure it (one that just expired, for example)
                await self._subscribe(account, second_try=True)
                return
            raise StreamAuthorizationError(
                f"user stream: subscribing {account!r} failed ({code}: {error.msg if error else answer.status})",
                stream="user",
                account=account,
                code=code,
            )
        sid = result.subscription_id
        old = self._current.get(account)
        self._sub_account[sid] = account
        self._current[account] = sid
        lifetime = self._validity_ms / 1000
        left = expiration_ms / 1000 - time.time()
        if 0 < left < lifetime:
            lifetime = left
        self._renew_at[account] = minted + lifetime * RENEW_FRACTION
        if old is not None and old != sid:
            self.renewals += 1
            with contextlib.suppress(_ConnectionEnded, KeyError):
                await self._request("userDataStream.unsubscribe", {"subscriptionId": old})
        if renewing:  # a grace period for copies still in flight
            self._dedupe_until = time.monotonic() + max(DEDUPE_GRACE, self._s.stall_timeout)

    async def _request(
        self, method: str, params: dict[str, Any] | None = None, account: MarginMode | None = None
    ) -> dict[str, Any]:
        """Send a WebSocket API request and wait for its answer (a subscription's account is registered by the
        reader as soon as the answer arrives: its first events may be in the very next frame)."""
        ws = self._ws
        if ws is None or ws.closed:
            raise _ConnectionEnded("connection lost")
        rid = f"bm-{next(self._ids)}"
        fut: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[rid] = fut
        if account is not None:
            self._subscribing[rid] = account
        frame = WsApiRequest(rid, method, params=params or UNSET).to_dict()
        try:
            await ws.send_str(orjson.dumps(frame).decode())
            async with asyncio.timeout(self._s.stall_timeout):
                return await fut
        except TimeoutError:
            self._end_reason = "stalled"
            await self._close_ws()
            raise _ConnectionEnded("stalled") from None
        except (aiohttp.ClientError, ConnectionError, RuntimeError):
            raise _ConnectionEnded("connection lost") from None
        finally:
            self._pending.pop(rid, None)
            self._subscribing.pop(rid, None)

    async def _read(self, ws: aiohttp.ClientWebSocketResponse) -> str:
        """Read frames until the connection ends; return why it ended."""
        try:
            while True:
                msg = await ws.receive()
                if msg.type is aiohttp.WSMsgType.TEXT or msg.type is aiohttp.WSMsgType.BINARY:
                    self._on_frame(msg.data)
                elif msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.CLOSED):
                    break
                elif msg.type is aiohttp.WSMsgType.ERROR:
                    if (
                        isinstance(msg.data, asyncio.TimeoutError | TimeoutError)
                        or "heartbeat" in str(msg.data).lower()
                    ):
                        self._end_reason = self._end_reason or "stalled"
                    break
        finally:
            reason = self._end_reason or "connection lost"
            self._fail_pending(reason)
        return reason

    def _on_frame(self, data: str | bytes) -> None:
        try:
            frame = orjson.loads(data)
        except orjson.JSONDecodeError:
            _log.warning("%s stream: a frame that is not JSON was ignored", self.kind)
            return
        if not isinstance(frame, dict):
            return
        event = frame.get("event")
        if event.__class__ is dict:  # WebSocket API envelope
            etype = event.get("e")
            sid = frame.get("subscriptionId")
            if sid is None:
                if etype == "serverShutdown":
                    self._end_reason = "server shutdown"
                    self._spawn(self._close_ws())
                    return
                account: MarginMode | None = None
            else:
                account = self._sub_account.get(sid)
            if etype == "eventStreamTerminated":
                self._on_terminated(sid)
                return
            if account is None:
                _log.warning("user stream: an event for an unknown subscription was ignored")
                return
            self._deliver(event, account)
            return
        rid = frame.get("id")
        if rid is not None and "status" in frame:
            fut = self._pending.get(rid)
            if fut is not None and not fut.done():
                account = self._subscribing.get(rid)
                result = frame.get("result")
                if account is not None and frame["status"] == 200 and isinstance(result, dict):
                    sid = result.get("subscriptionId")
                    if isinstance(sid, int):
                        self._sub_account[sid] = account
                        self._latest_sid[account] = sid
                fut.set_result(frame)
            return
        if "e" in frame:  # risk stream: the payload itself
            if frame["e"] == "listenKeyExpired":
                self._end_reason = "listen key expired"
                self._spawn(self._close_ws())
                return
            self._deliver(frame, CROSS)

    def _deliver(self, payload: dict[str, Any], account: MarginMode) -> None:
        etype = payload.get("e")
        keys = DEDUPE_KEYS.get(etype) if self._dedupe_until > time.monotonic() else None  # type: ignore[arg-type]
        if keys is not None:
            # id(account): the followed accounts are the same objects for the stream's life (cheaper to hash)
            key: tuple[Any, ...] = (id(account), etype, *map(payload.get, keys))
            seen = self._seen
            try:
                duplicate = key in seen
            except TypeError:  # a list or object among the key's values (outboundAccountPosition's balances)
                key = (id(account), etype, *[_freeze(payload.get(k)) for k in keys])
                duplicate = key in seen
            if duplicate:
                return
            seen[key] = None
            if len(seen) > _SEEN_MAX:
                seen.popitem(last=False)
        mark = _DRIFT[0]  # moved by the models only when they meet a key or an enum value the spec lacks
        item = decode_event(payload, account)
        if (_DRIFT[0] != mark or item.__class__ is UnknownEvent) and self._drift is not None:
            try:
                self._drift.scan_event(self.kind, item)
            except Exception:  # recording drift never stops a stream
                _log.debug("spec drift: cannot scan a %s event", self.kind, exc_info=True)
        if self._held is not None:
            self._held.append(item)
        else:
            self._sink(item)

    def _spawn(self, coro: Awaitable[Any]) -> None:
        async def run() -> None:
            await coro

        task = asyncio.get_running_loop().create_task(run())
        self._side_tasks.add(task)
        task.add_done_callback(self._side_tasks.discard)

    def _on_terminated(self, sid: int | None) -> None:
        account = self._sub_account.get(sid) if sid is not None else None
        if account is None or self._latest_sid.get(account) != sid or account in self._lapsed:
            return  # an old subscription after its renewal: nothing lost
        self._lapsed.add(account)
        self._spawn(self._recover_lapsed(account, time.monotonic()))

    async def _recover_lapsed(self, account: MarginMode, since: float) -> None:
        """A subscription expired before it was renewed: subscribe again, then marker + resync for it."""
        try:
            try:
                self._held = self._held if self._held is not None else []
                await self._subscribe(account)
            except _ConnectionEnded:
                return  # the reconnect path takes over (with its own marker and resync)
            await self._announce(since, "subscription lapsed", 1, (account,))
        except StreamError as exc:
            self._sink(exc)
            self._spawn(self._close_ws())
        finally:
            self._lapsed.discard(account)

    async def _announce(self, since: float, reason: str, attempts: int, accounts: tuple[MarginMode, ...]) -> None:
        """Marker, REST snapshot, then the events held meanwhile."""
        blind = time.monotonic() - since
        if self._held is None:
            self._held = []
        try:
            resync = await self._rest.snapshot(accounts)
        except BinanceError as exc:
            _log.warning("%s stream: resync snapshot failed (%s); retrying once", self.kind, type(exc).__name__)
            resync = await self._rest.snapshot(accounts)
        held, self._held = self._held, None
        _log.warning("%s stream: back after %.2f s blind (%s)", self.kind, blind, reason)
        self._sink(StreamReconnected(blind, reason, attempts, accounts))
        self._sink(resync)
        for item in held:
            self._sink(item)

    # -- supervision -----------------------------------------------------------------------------------------------

    async def _supervise(self) -> None:
        try:
            while True:
                reason = await self._run_connection()
                lost_at = time.monotonic()
                _log.warning("%s stream: %s; reconnecting", self.kind, reason)
                await self._close_ws()
                await self._reconnect(reason, lost_at)
        except asyncio.CancelledError:
            raise
        except StreamError as exc:
            self._sink(exc)
        except Exception as exc:  # a bug must surface through the iterator, not end it silently
            _log.exception("%s stream: unexpected failure", self.kind)
            self._sink(StreamError(f"{self.kind} stream failed: {type(exc).__name__}: {exc}", stream=self.kind))

    async def _run_connection(self) -> str:
        """Keep the live connection healthy until it ends; return why it ended."""
        reader = self._reader
        assert reader is not None
        keeper = asyncio.get_running_loop().create_task(self._maintain())
        try:
            done, _ = await asyncio.wait({reader, keeper}, return_when=asyncio.FIRST_COMPLETED)
            if keeper in done and not keeper.cancelled():
                exc = keeper.exception()
                if isinstance(exc, StreamError):
                    raise exc
                if isinstance(exc, _ConnectionEnded):
                    self._end_reason = self._end_reason or exc.reason
                elif exc is not None:
                    raise exc
            await self._close_ws()
            return await reader
        finally:
            keeper.cancel()
            with contextlib.suppress(BaseException):
                await keeper

    async def _maintain(self) -> None:
        """Renew tokens (user stream) or keep the key alive (risk stream), and ping the WebSocket API."""
        loop = asyncio.get_running_loop()
        next_ping = loop.time() + self._s.ping_interval
        next_keepalive = time.monotonic() + self._s.keepalive_interval
        while True:
            now = time.monotonic()
            due = [next_keepalive] if self.kind == "risk" else [*self._renew_at.values()]
            wake = min([*due, now + (next_ping - loop.time())])
            await asyncio.sleep(max(0.0, wake - now))
            now = time.monotonic()
            if self.kind == "user":
                for account, at in list(self._renew_at.items()):
                    if at <= now and account not in self._lapsed:
                        try:
                            await self._subscribe(account)
                        except _RestUnavailable as exc:  # the token still has time: try again a little later
                            _log.warning("user stream: renewal postponed (%s)", exc.reason)
                            self._renew_at[account] = now + self._s.stall_timeout
                if loop.time() >= next_ping:
                    await self._request("ping")
                    next_ping = loop.time() + self._s.ping_interval
            else:
                if loop.time() >= next_ping:
                    next_ping = loop.time() + self._s.ping_interval  # ping frames: aiohttp's heartbeat
                if now >= next_keepalive:
                    try:
                        assert self._listen_key is not None
                        await self._rest.keepalive(self._listen_key)
                    except BinanceAPIError:
                        raise _ConnectionEnded("listen key lapsed") from None
                    except BinanceError:
                        _log.warning("risk stream: keepalive failed; retrying in %.0f s", self._s.stall_timeout)
                        next_keepalive = now + self._s.stall_timeout
                        continue
                    next_keepalive = now + self._s.keepalive_interval

    async def _reconnect(self, reason: str, lost_at: float) -> None:
        attempts = 0
        while True:
            attempts += 1
            if attempts > 1 or reason != "server shutdown":
                cap = min(self._s.max_wait, self._s.backoff * 2 ** (attempts - 1))
                await asyncio.sleep(random.uniform(0, cap))
            self._held = []
            try:
                await self._connect()
                self.reconnects += 1
                await self._announce(lost_at, reason, attempts, self.accounts)
                return
            except (_ConnectionEnded, BinanceError) as exc:
                if isinstance(exc, StreamError):
                    raise
                self._held = None
                await self._close_ws()
                if self._reader is not None:
                    self._reader.cancel()
                    with contextlib.suppress(BaseException):
                        await self._reader
                _log.warning("%s stream: reconnect attempt %d failed (%s)", self.kind, attempts, exc)
                if self._s.attempts is not None and attempts >= self._s.attempts:
                    raise StreamConnectionError(
                        f"{self.kind} stream: could not reconnect after {attempts} attempts ({reason})",
                        stream=self.kind,
                        attempts=attempts,
                    ) from None
