"""A scripted Binance stand-in over ``httpx.MockTransport`` (no network)."""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import httpx
from binance_margin import AsyncMarginClient, ClientConfig, MarginClient

API_KEY = "test-api-key-0123456789"
API_SECRET = "test-api-secret-abcdefghij"
FIXED_MS = 1_700_000_000_000

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]

ORDER = {
    "symbol": "BTCUSDT",
    "orderId": 28,
    "clientOrderId": "abc",
    "transactTime": 1507725176595,
    "isIsolated": True,
}
# Binance's documented answer to GET /sapi/v1/margin/order.
MARGIN_ORDER = {
    "symbol": "BTCUSDT",
    "orderId": 28,
    "clientOrderId": "abc",
    "price": "1.00000000",
    "origQty": "10.00000000",
    "executedQty": "10.00000000",
    "cummulativeQuoteQty": "10.00000000",
    "status": "FILLED",
    "timeInForce": "GTC",
    "type": "LIMIT",
    "side": "BUY",
    "stopPrice": "0.00000000",
    "icebergQty": "0.00000000",
    "time": 1562133008725,
    "updateTime": 1562133008725,
    "isWorking": True,
    "isIsolated": False,
    "selfTradePreventionMode": "NONE",
}


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    """A response with a JSON body."""
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"Content-Type": "application/json", **(headers or {})}
    )


def error(status: int, code: int, msg: str, headers: dict[str, str] | None = None) -> httpx.Response:
    """Binance's error body."""
    return json_response(status, {"code": code, "msg": msg}, headers)


class FakeBinance:
    """Replies from a queue (the last reply repeats) and records every request it receives."""

    def __init__(self, *replies: Reply) -> None:
        self.replies: deque[Reply] = deque(replies or [json_response(200, {})])
        self.requests: list[httpx.Request] = []
        self.server_time = FIXED_MS
        self.server_offset_ms: int | None = None
        """When set, the server's clock runs this far from the local clock, read at reply time (load-independent)."""
        self.sleeps: list[float] = []
        self.time_requests = 0

    def queue(self, *replies: Reply) -> None:
        """Replace the queued replies."""
        self.replies = deque(replies)

    def _reply(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v3/time":
            self.time_requests += 1
            now = self.server_time if self.server_offset_ms is None else int(time.time() * 1000) + self.server_offset_ms
            return json_response(200, {"serverTime": now})
        self.requests.append(request)
        reply = self.replies.popleft() if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        return reply

    def handler(self, request: httpx.Request) -> httpx.Response:
        """Sync handler for ``httpx.MockTransport``."""
        return self._reply(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        """Async handler for ``httpx.MockTransport``."""
        return self._reply(request)

    @property
    def last(self) -> httpx.Request:
        """The most recent API request (server-time requests are not recorded)."""
        return self.requests[-1]

    def params(self, index: int = -1) -> dict[str, str]:
        """Decoded query parameters of a recorded request."""
        return dict(self.requests[index].url.params)


def make_client(fake: FakeBinance, *, fixed_clock: bool = True, **settings: Any) -> MarginClient:
    """A client on ``fake`` with test credentials, a fixed clock (unless told otherwise) and recorded sleeps."""
    values: dict[str, Any] = {"api_key": API_KEY, "api_secret": API_SECRET, "retry_backoff": 0.0}
    values.update(settings)
    client = MarginClient(config=ClientConfig.load(**values), transport=httpx.MockTransport(fake.handler))
    if fixed_clock:
        client._runtime.core.auth._clock = lambda: FIXED_MS
    client._runtime.sleep = fake_sleep_recorder(fake)
    return client


def make_async_client(fake: FakeBinance, **settings: Any) -> AsyncMarginClient:
    """The async twin of ``make_client``."""
    values: dict[str, Any] = {"api_key": API_KEY, "api_secret": API_SECRET, "retry_backoff": 0.0}
    values.update(settings)
    client = AsyncMarginClient(config=ClientConfig.load(**values), transport=httpx.MockTransport(fake.async_handler))
    client._runtime.core.auth._clock = lambda: FIXED_MS
    sleeps = fake_sleep_recorder(fake)

    async def sleep(seconds: float) -> None:
        sleeps(seconds)

    client._runtime.sleep = sleep
    return client


def fake_sleep_recorder(fake: FakeBinance) -> Callable[[float], None]:
    """A ``sleep`` that only records how long it was asked to wait (in ``fake.sleeps``)."""

    def sleep(seconds: float) -> None:
        fake.sleeps.append(seconds)

    return sleep
