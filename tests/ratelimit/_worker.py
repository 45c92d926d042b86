"""One process of a fleet, started by the tests: ``python _worker.py '<json settings>'``.

It builds its client, prints ``READY``, waits for a line on stdin, runs its mode, and prints ``RESULT <json>``.

Modes:
- ``fleet``: orders and reads as fast as it can (``concurrency`` tasks of each) until the governor refuses both
  because the budget is used up, or ``duration`` passes;
- ``poll``: ``reads`` reads one after the other, recording when each one finished;
- ``steady``: orders and reads one after the other for ``duration`` seconds.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import time
from decimal import Decimal
from typing import Any

from binance_margin import AsyncMarginClient, BinanceAPIError, ClientConfig, IPBannedError, RateLimitedError

ORDERS = (("BTCUSDT", Decimal("0.001"), Decimal("60000")), ("ETHUSDT", Decimal("0.01"), Decimal("3000")))


def _client(settings: dict[str, Any]) -> AsyncMarginClient:
    config = ClientConfig(
        api_key="demo-api-key",
        api_secret="demo-api-secret",
        base_url=settings["base_url"],
        max_retries=0,
        rate_limit=settings.get("rate_limit", True),
        rate_limit_redis_url=settings.get("redis_url"),
        **settings.get("limits", {}),
    )
    return AsyncMarginClient(config=config)


class Tally:
    def __init__(self) -> None:
        self.orders: list[str] = []
        self.reads = 0
        self.refused = {"order": 0, "read": 0}
        self.remote_429 = 0
        self.banned = 0
        self.errors: list[str] = []
        self.read_times_ms: list[int] = []

    def result(self) -> dict[str, Any]:
        return {
            "orders": self.orders,
            "reads": self.reads,
            "refused": self.refused,
            "remote_429": self.remote_429,
            "banned": self.banned,
            "errors": self.errors[:20],
            "read_times_ms": self.read_times_ms,
        }


async def _one(client: AsyncMarginClient, kind: str, tally: Tally, n: int, tag: str) -> bool:
    """One request; ``False`` when the budget is used up (the governor refused it) or the IP is banned."""
    try:
        if kind == "order":
            symbol, qty, price = ORDERS[n % len(ORDERS)]
            cid = f"{tag}-{n}"
            await client.trade.new_order(
                symbol=symbol,
                side="BUY",
                type="LIMIT",
                quantity=qty,
                price=price,
                time_in_force="GTC",
                new_client_order_id=cid,
            )
            tally.orders.append(cid)
        else:
            await client.account.get_cross_account()
            tally.reads += 1
            tally.read_times_ms.append(time.time_ns() // 1_000_000)
    except IPBannedError:
        tally.banned += 1
        return False  # banned (by Binance, or refused locally during the ban): nothing more to send for a while
    except RateLimitedError as exc:
        if exc.code is None:  # refused locally, nothing sent
            tally.refused[kind] += 1
            return False
        tally.remote_429 += 1
    except BinanceAPIError as exc:
        tally.errors.append(f"{kind}: {exc}")
    return True


async def _fleet(client: AsyncMarginClient, settings: dict[str, Any], tally: Tally) -> None:
    end = time.monotonic() + settings.get("duration", 20)
    counter = iter(range(10**9))

    async def task(kind: str) -> None:
        while time.monotonic() < end:
            if not await _one(client, kind, tally, next(counter), settings["tag"]):
                return

    tasks = [task(kind) for kind in ("order", "read") for _ in range(settings.get("concurrency", 4))]
    await asyncio.gather(*tasks)


async def _poll(client: AsyncMarginClient, settings: dict[str, Any], tally: Tally) -> None:
    for n in range(settings.get("reads", 3)):
        await _one(client, "read", tally, n, settings["tag"])


async def _steady(client: AsyncMarginClient, settings: dict[str, Any], tally: Tally) -> None:
    end = time.monotonic() + settings.get("duration", 3)
    n = 0
    while time.monotonic() < end:
        await _one(client, "order" if n % 2 else "read", tally, n, settings["tag"])
        n += 1
        await asyncio.sleep(settings.get("pause", 0.01))


async def main(settings: dict[str, Any]) -> None:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    tally = Tally()
    async with _client(settings) as client:
        print("READY", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        mode = {"fleet": _fleet, "poll": _poll, "steady": _steady}[settings["mode"]]
        await mode(client, settings, tally)
    print("RESULT " + json.dumps(tally.result()), flush=True)


if __name__ == "__main__":
    asyncio.run(main(json.loads(sys.argv[1])))
