"""A minimal WebSocket client for the sandbox's stream tests (aiohttp; independent of the SDK)."""

from __future__ import annotations

import asyncio
import itertools
import json
from typing import Any

import aiohttp

WAIT = 10.0
"""Generous timeout for anything the tests wait for (never an assertion on timing)."""


class WsApi:
    """A WebSocket API connection: requests with ids, and the events that arrive in between."""

    def __init__(self, session: aiohttp.ClientSession, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.session = session
        self.ws = ws
        self.frames: list[dict[str, Any]] = []
        """Every frame received, in order (responses and events)."""
        self._events: list[dict[str, Any]] = []
        self._ids = itertools.count(1)

    @classmethod
    async def connect(cls, url: str, **kw: Any) -> WsApi:
        """Open a connection to ``url``."""
        session = aiohttp.ClientSession()
        try:
            ws = await session.ws_connect(url, **kw)
        except BaseException:
            await session.close()
            raise
        return cls(session, ws)

    async def close(self) -> None:
        """Close the connection and the session."""
        await self.ws.close()
        await self.session.close()

    async def __aenter__(self) -> WsApi:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _frame(self, timeout: float) -> dict[str, Any] | None:
        msg = await asyncio.wait_for(self.ws.receive(), timeout)
        if msg.type != aiohttp.WSMsgType.TEXT:
            return None
        frame: dict[str, Any] = json.loads(msg.data)
        self.frames.append(frame)
        return frame

    async def send(self, method: str, params: dict[str, Any] | None = None, rid: Any = None) -> Any:
        """Send one request; returns its id."""
        rid = next(self._ids) if rid is None else rid
        req: dict[str, Any] = {"id": rid, "method": method}
        if params is not None:
            req["params"] = params
        await self.ws.send_str(json.dumps(req))
        return rid

    async def response(self, rid: Any, timeout: float = WAIT) -> dict[str, Any]:
        """Read until the response to ``rid`` (events read meanwhile are kept for :meth:`event`)."""
        while True:
            frame = await self._frame(timeout)
            if frame is None:
                raise ConnectionError("connection closed before the response")
            if "id" in frame and frame["id"] == rid and "status" in frame:
                return frame
            self._events.append(frame)

    async def request(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Send a request and return its response frame."""
        return await self.response(await self.send(method, params))

    async def subscribe(self, token: str) -> int:
        """Subscribe a listen token; returns the subscription id."""
        r = await self.request("userDataStream.subscribe.listenToken", {"listenToken": token})
        assert r["status"] == 200, r
        sid: int = r["result"]["subscriptionId"]
        return sid

    async def event(self, timeout: float = WAIT) -> dict[str, Any]:
        """The next event frame (``{"subscriptionId": N, "event": {...}}`` or ``{"event": ...}``)."""
        if self._events:
            return self._events.pop(0)
        while True:
            frame = await self._frame(timeout)
            if frame is None:
                raise ConnectionError("connection closed while waiting for an event")
            if "event" in frame:
                return frame

    async def events_until(self, predicate: Any, timeout: float = WAIT) -> list[dict[str, Any]]:
        """Events up to and including the first whose payload satisfies ``predicate``."""
        out = []
        while True:
            frame = await self.event(timeout)
            out.append(frame)
            if predicate(frame["event"]):
                return out

    async def quiet(self, seconds: float = 0.3) -> list[dict[str, Any]]:
        """Whatever frames arrive within ``seconds`` (used to show that nothing more comes)."""
        got = list(self._events)
        self._events.clear()
        loop = asyncio.get_running_loop()
        end = loop.time() + seconds
        while (left := end - loop.time()) > 0:
            try:
                frame = await self._frame(left)
            except TimeoutError:
                break
            if frame is None:
                break
            got.append(frame)
        return got
