"""Floor: raw ``httpx.Client`` / ``httpx.AsyncClient`` (default transports), a pre-signed request, ``json.loads``.

This is the transport our SDK is built on, so it is the floor our per-call overhead is measured against.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import _harness as h

HEADERS = {"X-MBX-APIKEY": h.API_KEY}


def _sync(method: str, target: str, check: Any) -> Any:
    def make(base: str) -> Any:
        import httpx

        client = httpx.Client(base_url=base, headers=HEADERS)
        loads = json.loads

        def call() -> Any:
            r = client.request(method, target)
            if r.status_code != 200:
                raise RuntimeError(f"HTTP {r.status_code}: {r.text[:200]}")
            return loads(r.content)

        return call, check

    return make


def _async(method: str, target: str, check: Any, batch: bool = False) -> Any:
    async def make(base: str) -> Any:
        import httpx

        client = httpx.AsyncClient(base_url=base, headers=HEADERS)
        loads = json.loads

        async def one() -> Any:
            r = await client.request(method, target)
            if r.status_code != 200:
                raise RuntimeError(f"HTTP {r.status_code}: {r.text[:200]}")
            return loads(r.content)

        async def many() -> Any:
            return await asyncio.gather(*(one() for _ in range(h.CONCURRENCY)))

        return (many if batch else one), check, client.aclose

    return make


if __name__ == "__main__":
    account = h.presign("/sapi/v1/margin/account", {})
    order = h.presign("/sapi/v1/margin/order", h.ORDER_PARAMS)
    orders = h.presign("/sapi/v1/margin/allOrders", {"symbol": h.SYMBOL})
    h.main(
        "floor: httpx",
        ["httpx", "httpcore", "h11"],
        {
            "account": _sync("GET", account, h.check_account),
            "order": _sync("POST", order, h.check_order),
            "all_orders": _sync("GET", orders, h.check_orders),
            "async_account": _async("GET", account, h.check_account),
            "async_order": _async("POST", order, h.check_order),
            "async_all_orders": _async("GET", orders, h.check_orders),
            "gather200": _async("GET", account, h.check_batch, batch=True),
        },
    )
