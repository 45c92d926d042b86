"""``Stream`` and ``AsyncStream``: what ``client.user_stream()`` and ``client.risk_stream()`` return."""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from types import TracebackType
from typing import Any, Self

from .._drift import SpecDrift
from .._errors import MarginModeError, ValidationError
from .._types import CROSS, Cross, Isolated, MarginMode
from ._engine import CLOSED, RestPort, StreamEngine, StreamKind, StreamSettings
from ._items import StreamItem

__all__ = ["MAX_VALIDITY", "AsyncStream", "Stream"]

MAX_VALIDITY = timedelta(hours=24)
"""Longest listen token Binance issues (also the default)."""


def _validity_ms(validity: float | timedelta | None) -> int:
    if validity is None:
        return int(MAX_VALIDITY.total_seconds() * 1000)
    seconds = validity.total_seconds() if isinstance(validity, timedelta) else float(validity)
    if isinstance(validity, bool) or not 0 < seconds <= MAX_VALIDITY.total_seconds():
        raise ValidationError(f"validity must be more than 0 and at most 24 hours, got {validity!r}")
    return max(1, round(seconds * 1000))


def _accounts(kind: StreamKind, accounts: tuple[MarginMode, ...]) -> tuple[MarginMode, ...]:
    if kind == "risk":
        return (CROSS,)
    if not accounts:
        return (CROSS,)
    out: list[MarginMode] = []
    for account in accounts:
        if isinstance(account, Isolated):
            if not account.symbol:
                raise MarginModeError('user_stream() needs the pair of an isolated account: Isolated("BTCUSDT")')
            account = Isolated(account.symbol.strip().upper())
        elif not isinstance(account, Cross):
            raise MarginModeError(f"user_stream() takes CROSS or Isolated(symbol), got {account!r}")
        if account not in out:
            out.append(account)
    return tuple(out)


class _Base:
    kind: StreamKind
    accounts: tuple[MarginMode, ...]
    _engine: StreamEngine | None
    _client: Any

    @property
    def renewals(self) -> int:
        """Listen tokens renewed on a live connection so far (user stream)."""
        return self._engine.renewals if self._engine is not None else 0

    @property
    def reconnects(self) -> int:
        """Reconnections so far."""
        return self._engine.reconnects if self._engine is not None else 0

    def spec_drift(self) -> SpecDrift:
        """What Binance sent that ``spec/margin.yaml`` does not know: the record of the stream's client, which its
        events add to (unknown event types, event keys and enum values). See ``MarginClient.spec_drift``."""
        snapshot: SpecDrift = self._client._runtime.core.drift.snapshot()
        return snapshot

    def __repr__(self) -> str:  # never a token or key
        return f"{type(self).__name__}(kind={self.kind!r}, accounts={self.accounts!r})"


class AsyncStream(_Base):
    """A live margin stream for ``async with`` / ``async for``; see ``AsyncMarginClient.user_stream``.

    Yields ``StreamItem``: typed events (``event.account`` is ``CROSS`` or ``Isolated(symbol)``), and
    ``StreamReconnected`` followed by ``Resync`` after the stream was blind. Ends only when closed; raises
    ``StreamError`` when it cannot go on.
    """

    def __init__(
        self, client: Any, kind: StreamKind, accounts: tuple[MarginMode, ...], validity: float | timedelta | None
    ) -> None:
        self.kind: StreamKind = kind
        """``"user"`` (orders, fills, balances) or ``"risk"`` (margin level, liabilities)."""
        self.accounts: tuple[MarginMode, ...] = _accounts(kind, accounts)
        """The followed accounts."""
        self._client = client
        self._validity_ms = _validity_ms(validity)
        self._queue: asyncio.Queue[object] = asyncio.Queue()
        self._engine = None
        self._done = False

    async def start(self) -> Self:
        """Connect and subscribe (``async with`` does it); raises if the stream cannot start."""
        if self._engine is None:

            async def run(call: Callable[[], Any]) -> Any:
                return await call()

            self._engine = StreamEngine(
                kind=self.kind,
                accounts=self.accounts,
                rest=RestPort(self._client, run),
                settings=StreamSettings(self._client.config),
                validity_ms=self._validity_ms,
                sink=self._queue.put_nowait,
                drift=self._client._runtime.core.drift,
            )
            await self._engine.start()
        return self

    async def aclose(self) -> None:
        """Close the connection and stop every task of the stream; iteration then ends."""
        if self._engine is not None and not self._done:
            self._done = True
            await self._engine.aclose()
            self._queue.put_nowait(CLOSED)

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> AsyncIterator[StreamItem]:
        return self

    async def __anext__(self) -> StreamItem:
        if self._engine is None:
            await self.start()
        if self._done:  # closed: items still buffered are not delivered
            raise StopAsyncIteration
        item = await self._queue.get()
        if item is CLOSED:
            self._queue.put_nowait(CLOSED)
            raise StopAsyncIteration
        if isinstance(item, BaseException):
            await self.aclose()
            raise item
        return item  # type: ignore[return-value]


class Stream(_Base):
    """A live margin stream for ``with`` / ``for``; see ``MarginClient.user_stream``.

    Runs the same engine as ``AsyncStream`` on a private event loop in a background thread (REST calls go
    through the client in a worker thread); ``close()`` stops the loop, the threads and the connection.
    """

    def __init__(
        self, client: Any, kind: StreamKind, accounts: tuple[MarginMode, ...], validity: float | timedelta | None
    ) -> None:
        self.kind: StreamKind = kind
        """``"user"`` (orders, fills, balances) or ``"risk"`` (margin level, liabilities)."""
        self.accounts: tuple[MarginMode, ...] = _accounts(kind, accounts)
        """The followed accounts."""
        self._client = client
        self._validity_ms = _validity_ms(validity)
        self._items: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._engine = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._done = False
        self._lock = threading.Lock()

    def start(self) -> Self:
        """Connect and subscribe (``with`` does it); raises if the stream cannot start."""
        with self._lock:
            if self._engine is not None:
                return self
            loop = asyncio.new_event_loop()
            pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="binance-margin-stream-rest")

            async def run(call: Callable[[], Any]) -> Any:
                return await loop.run_in_executor(pool, call)

            engine = StreamEngine(
                kind=self.kind,
                accounts=self.accounts,
                rest=RestPort(self._client, run),
                settings=StreamSettings(self._client.config),
                validity_ms=self._validity_ms,
                sink=self._items.put,
                drift=self._client._runtime.core.drift,
            )
            thread = threading.Thread(target=loop.run_forever, name=f"binance-margin-{self.kind}-stream", daemon=True)
            thread.start()
            self._loop, self._pool, self._thread, self._engine = loop, pool, thread, engine
        try:
            asyncio.run_coroutine_threadsafe(engine.start(), loop).result()
        except BaseException:
            self._stop_loop()
            raise
        return self

    def close(self) -> None:
        """Close the connection, stop the stream's loop and threads; iteration then ends."""
        with self._lock:
            if self._done or self._engine is None or self._loop is None:
                self._done = True
                return
            self._done = True
        if self._loop.is_running():
            asyncio.run_coroutine_threadsafe(self._engine.aclose(), self._loop).result()
        self._stop_loop()
        self._items.put(CLOSED)

    def _stop_loop(self) -> None:
        loop, thread, pool = self._loop, self._thread, self._pool
        if loop is None or thread is None:
            return
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if loop.is_running():

            async def finish() -> None:
                tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)

            asyncio.run_coroutine_threadsafe(finish(), loop).result()
            loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()
        self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __iter__(self) -> Iterator[StreamItem]:
        return self

    def __next__(self) -> StreamItem:
        if self._engine is None:
            self.start()
        if self._done:  # closed: items still buffered are not delivered
            raise StopIteration
        item = self._items.get()
        if item is CLOSED:
            self._items.put(CLOSED)
            raise StopIteration
        if isinstance(item, BaseException):
            self.close()
            raise item
        return item  # type: ignore[return-value]

    def __del__(self) -> None:  # a stream left open by mistake must not keep its thread alive
        if not self._done and self._loop is not None:
            with contextlib.suppress(Exception):  # interpreter shutdown
                self.close()
