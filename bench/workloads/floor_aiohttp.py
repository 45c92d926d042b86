"""Floor: raw ``aiohttp.ClientSession`` (python-binance's async transport), a pre-signed request, ``json.loads``."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import _harness as h

HEADERS = {"X-MBX-APIKEY": h.API_KEY}


def _async(method: str, target: str, check: Any, batch: bool = False) -> Any:
    async def make(base: str) -> Any:
        import aiohttp
        import yarl

        session = aiohttp.ClientSession(headers=HEADERS)
        url = yarl.URL(base + target, encoded=True)
        loads = json.loads

        async def one() -> Any:
            async with session.request(method, url) as r:
                body = await r.read()
                if r.status != 200:
                    raise RuntimeError(f"HTTP {r.status}: {body[:200]!r}")
                return loads(body)

        async def many() -> Any:
            return await asyncio.gather(*(one() for _ in range(h.CONCURRENCY)))

        return (many if batch else one), check, session.close

    return make


if __name__ == "__main__":
    h.main(
        "floor: aiohttp",
        ["aiohttp", "yarl"],
        {
            "async_account": _async("GET", h.presign("/sapi/v1/margin/account", {}), h.check_account),
            "async_order": _async("POST", h.presign("/sapi/v1/margin/order", h.ORDER_PARAMS), h.check_order),
            "async_all_orders": _async(
                "GET", h.presign("/sapi/v1/margin/allOrders", {"symbol": h.SYMBOL}), h.check_orders
            ),
            "gather200": _async("GET", h.presign("/sapi/v1/margin/account", {}), h.check_batch, batch=True),
        },
    )
