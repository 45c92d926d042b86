"""python-binance: sync ``Client`` (requests) and ``AsyncClient`` (aiohttp), plain dicts out.

Both clients ping the server when constructed (``AsyncClient.create`` also fetches the server time);
construction happens outside the timed region, against the loopback server, and the requests it makes
are reported as ``construction_requests``.
"""

from __future__ import annotations

import asyncio
from typing import Any

import _harness as h

ORDER = dict(
    symbol=h.SYMBOL, side="BUY", type="LIMIT", quantity="0.0015", price="64250.12", timeInForce="GTC",
    newOrderRespType="FULL",
)  # fmt: skip


def _sync_client(base: str) -> Any:
    from binance.client import Client

    class LocalClient(Client):
        API_URL = base + "/api"
        MARGIN_API_URL = base + "/sapi"

    return LocalClient(h.API_KEY, h.API_SECRET)  # pings at construction


async def _async_client(base: str) -> Any:
    from binance import AsyncClient

    class LocalAsyncClient(AsyncClient):
        API_URL = base + "/api"
        MARGIN_API_URL = base + "/sapi"

    return await LocalAsyncClient.create(h.API_KEY, h.API_SECRET)  # pings + server time


def account(base: str) -> Any:
    c = _sync_client(base)
    return c.get_margin_account, h.check_account


def order(base: str) -> Any:
    c = _sync_client(base)
    return (lambda: c.create_margin_order(**ORDER)), h.check_order


def all_orders(base: str) -> Any:
    c = _sync_client(base)
    return (lambda: c.get_all_margin_orders(symbol=h.SYMBOL)), h.check_orders


async def async_account(base: str) -> Any:
    c = await _async_client(base)
    return c.get_margin_account, h.check_account, c.close_connection


async def async_order(base: str) -> Any:
    c = await _async_client(base)
    return (lambda: c.create_margin_order(**ORDER)), h.check_order, c.close_connection


async def async_all_orders(base: str) -> Any:
    c = await _async_client(base)
    return (lambda: c.get_all_margin_orders(symbol=h.SYMBOL)), h.check_orders, c.close_connection


async def gather200(base: str) -> Any:
    c = await _async_client(base)

    async def batch() -> Any:
        return await asyncio.gather(*(c.get_margin_account() for _ in range(h.CONCURRENCY)))

    return batch, h.check_batch, c.close_connection


if __name__ == "__main__":
    h.main(
        "python-binance",
        ["python-binance", "requests", "aiohttp"],
        {
            "account": account,
            "order": order,
            "all_orders": all_orders,
            "async_account": async_account,
            "async_order": async_order,
            "async_all_orders": async_all_orders,
            "gather200": gather200,
        },
    )
