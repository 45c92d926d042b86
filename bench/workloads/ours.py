"""binance-margin (this project): ``MarginClient`` and ``AsyncMarginClient``, typed models with Decimal fields.

Runs in the project's ``.venv``. Until the client exists the scenarios report "skipped" instead of failing.
"""

from __future__ import annotations

import asyncio
import os
from decimal import Decimal
from typing import Any

import _harness as h

# The rate-limit governor stays on (its bookkeeping is part of every call's cost), with budgets no bench process
# can use up: a process sends a few thousand orders in its timed second, Binance allows 100 per 10 s, and the
# governor would (rightly) wait and then refuse them.
for _name in ("IP_WEIGHT", "UID_WEIGHT", "API_WEIGHT", "ORDERS_10S", "ORDERS_DAY"):
    os.environ.setdefault(f"BINANCE_RATE_LIMIT_{_name}", str(10**12))

QTY = Decimal("0.0015")
PRICE = Decimal("64250.12")


def _import(name: str) -> Any:
    try:
        import binance_margin
    except ImportError as e:  # pragma: no cover - depends on the checkout
        raise h.Skip(f"binance_margin is not importable: {e}") from None
    cls = getattr(binance_margin, name, None)
    if cls is None:
        raise h.Skip(f"binance_margin.{name} does not exist yet (the client is not written)")
    return cls


def _sync_client(base: str) -> Any:
    return _import("MarginClient")(api_key=h.API_KEY, api_secret=h.API_SECRET, base_url=base)


async def _async_client(base: str) -> Any:
    return _import("AsyncMarginClient")(api_key=h.API_KEY, api_secret=h.API_SECRET, base_url=base)


def _closer(c: Any) -> Any:
    close = getattr(c, "aclose", None) or getattr(c, "close", None)

    async def aclose() -> None:
        if close is not None:
            res = close()
            if asyncio.iscoroutine(res):
                await res

    return aclose


def _new_order(trade: Any) -> Any:
    return trade.new_order(
        symbol=h.SYMBOL, side="BUY", type="LIMIT", quantity=QTY, price=PRICE, time_in_force="GTC",
        new_order_resp_type="FULL",
    )  # fmt: skip


def account(base: str) -> Any:
    c = _sync_client(base)
    return c.account.get_cross_account, h.check_account


def order(base: str) -> Any:
    c = _sync_client(base)
    trade = c.trade
    return (lambda: _new_order(trade)), h.check_order


def all_orders(base: str) -> Any:
    c = _sync_client(base)
    trade = c.trade
    return (lambda: trade.get_all_orders(symbol=h.SYMBOL)), h.check_orders


async def async_account(base: str) -> Any:
    c = await _async_client(base)
    return c.account.get_cross_account, h.check_account, _closer(c)


async def async_order(base: str) -> Any:
    c = await _async_client(base)
    trade = c.trade
    return (lambda: _new_order(trade)), h.check_order, _closer(c)


async def async_all_orders(base: str) -> Any:
    c = await _async_client(base)
    trade = c.trade
    return (lambda: trade.get_all_orders(symbol=h.SYMBOL)), h.check_orders, _closer(c)


async def gather200(base: str) -> Any:
    c = await _async_client(base)
    acct = c.account

    async def batch() -> Any:
        return await asyncio.gather(*(acct.get_cross_account() for _ in range(h.CONCURRENCY)))

    return batch, h.check_batch, _closer(c)


if __name__ == "__main__":
    h.main(
        "binance-margin",
        ["binance-margin", "httpx", "httpcore", "attrs", "pydantic", "orjson", "aiohttp"],
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
