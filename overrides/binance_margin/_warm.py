"""Keep one pooled connection warm (``ClientConfig.keep_warm``): a cheap ``GET /api/v3/ping`` after idleness.

A connection that stays idle longer than the server's idle timeout is closed by the server, and the next request
pays for a new one (DNS, TCP, TLS: a few round trips to Binance). With ``keep_warm=N`` the client sends
``GET /api/v3/ping`` (weight 1, through the runtime: counted by the rate-limit governor) whenever no request went
out for ``N`` seconds, so the pooled connection is used again before the server drops it. Sync clients run a daemon
thread, async clients a task on the loop of their first call (or of ``warm_up()``); both stop on close. A failed
ping is logged (DEBUG) and never raised: the next call reconnects as it would without this. The thread and the
task hold the client weakly: a client dropped without ``close()`` stops them too.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import weakref
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, Protocol

from binance_margin_generated.operations import PING

if TYPE_CHECKING:
    from binance_margin_generated.operations import Operation

    from ._types import MarginMode

__all__ = ["AsyncKeeper", "SyncKeeper"]

logger = logging.getLogger("binance_margin")


class SyncPinger(Protocol):
    """What the keeper uses of the synchronous runtime (this module sits below ``_runtime``, which starts it)."""

    last_used: float
    """``time.perf_counter()`` of the latest request."""

    def call(self, op: Operation, params: dict[str, Any], margin: MarginMode | None, /) -> Any: ...


class AsyncPinger(Protocol):
    """What the keeper uses of the asynchronous runtime."""

    last_used: float
    """``time.perf_counter()`` of the latest request."""

    def call(self, op: Operation, params: dict[str, Any], margin: MarginMode | None, /) -> Awaitable[Any]: ...


def _due_in(last_used: float, interval: float) -> float:
    """Seconds until the next ping: ``interval`` after the latest request (``time.perf_counter()`` units)."""
    return last_used + interval - time.perf_counter()


class SyncKeeper:
    """A daemon thread that pings through ``runtime`` when it has been idle for ``interval`` seconds."""

    def __init__(self, runtime: SyncPinger, interval: float) -> None:
        self._runtime = weakref.ref(runtime)
        self._interval = interval
        self._stop = threading.Event()
        self.pings = 0
        """Pings sent so far."""
        self._thread = threading.Thread(target=self._run, name="binance-margin-keep-warm", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            runtime = self._runtime()
            if runtime is None or self._stop.is_set():
                return
            wait = _due_in(runtime.last_used, self._interval)
            if wait > 0:
                del runtime  # not held while waiting
                if self._stop.wait(min(wait, self._interval)):
                    return
                continue
            try:
                runtime.call(PING, {}, None)
                self.pings += 1
            except Exception as exc:  # never raised: the next call reconnects as it would have anyway
                logger.debug("keep-warm ping failed: %s", exc)
                runtime.last_used = time.perf_counter()  # try again after one interval, not in a loop
            del runtime

    def stop(self) -> None:
        """Stop the thread (it ends at once, or after the ping in flight)."""
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=5)


class AsyncKeeper:
    """A task on the running loop that pings through ``runtime`` when it has been idle for ``interval`` seconds."""

    def __init__(self, runtime: AsyncPinger, interval: float) -> None:
        self._runtime = weakref.ref(runtime)
        self._interval = interval
        self.pings = 0
        """Pings sent so far."""
        self._task = asyncio.get_running_loop().create_task(self._run(), name="binance-margin-keep-warm")

    def running(self) -> bool:
        """Whether the task is alive on the loop that is running now."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return False
        return not self._task.done() and self._task.get_loop() is loop

    async def _run(self) -> None:
        while True:
            runtime = self._runtime()
            if runtime is None:
                return
            wait = _due_in(runtime.last_used, self._interval)
            if wait > 0:
                del runtime  # not held while waiting
                await asyncio.sleep(min(wait, self._interval))
                continue
            try:
                await runtime.call(PING, {}, None)
                self.pings += 1
            except Exception as exc:  # never raised: the next call reconnects as it would have anyway
                logger.debug("keep-warm ping failed: %s", exc)
                runtime.last_used = time.perf_counter()
            del runtime

    async def stop(self) -> None:
        """Cancel the task and wait for it (when it runs on the current loop)."""
        task = self._task
        if task.done():
            return
        task.cancel()
        try:
            if task.get_loop() is asyncio.get_running_loop():
                await asyncio.wait([task])
        except RuntimeError:  # no running loop, or the task's loop is closed
            pass
