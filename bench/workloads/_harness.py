"""Shared timing harness for the workload scripts (standard library only: it runs in every peer's env).

A workload script defines ``SDK`` (a label), ``PACKAGES`` (distribution names whose versions to report)
and ``SCENARIOS``: scenario name -> factory. A factory takes the server's base URL and returns
``(call, check)`` for sync scenarios or is a coroutine function returning ``(call, check, close)`` for
async ones (names starting with ``async_`` or equal to ``gather200``). ``call()`` performs one
operation; ``check(result)`` raises if the answer is not what the server sent (so an SDK that fails
signature verification, or parses nothing, cannot produce a number).

The script is run as ``python workloads/<sdk>.py --base-url URL --scenario NAME [--target-seconds S]``
and prints one JSON object on stdout. Construction of the client happens outside the timed region; the
number of HTTP requests the server saw during construction is reported as ``construction_requests``.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import http.client
import json
import os
import sys
import time
import traceback
import urllib.parse
from collections.abc import Awaitable, Callable
from importlib import metadata
from typing import Any

API_KEY = os.environ.get("BENCH_API_KEY", "bench-api-key-0123456789abcdef0123456789abcdef0123456789abcdef01234567")
API_SECRET = os.environ.get("BENCH_API_SECRET", "bench-api-secret-fedcba9876543210fedcba9876543210fedcba9876543210fedc")
SYMBOL = "BTCUSDT"
N_ORDERS = 500
N_ASSETS = 20
N_FILLS = 4
CONCURRENCY = 200


class Skip(Exception):
    """Raised by a factory when the scenario cannot run (e.g. the SDK is not importable yet)."""


def server_stats(base_url: str) -> dict[str, Any]:
    u = urllib.parse.urlsplit(base_url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
    try:
        conn.request("GET", "/__stats")
        return json.loads(conn.getresponse().read())
    finally:
        conn.close()


def _get(obj: Any, *names: str) -> Any:
    """Read a field from a dict or an object, trying several spellings."""
    for n in names:
        if isinstance(obj, dict):
            if n in obj:
                return obj[n]
        elif hasattr(obj, n):
            return getattr(obj, n)
    raise AssertionError(f"none of {names} in {type(obj).__name__}: {str(obj)[:200]}")


def check_account(res: Any) -> None:
    assets = _get(res, "userAssets", "user_assets")
    assert len(assets) == N_ASSETS, f"expected {N_ASSETS} assets, got {len(assets)}"
    assert _get(assets[0], "asset") == "BTC", assets[0]


def check_order(res: Any) -> None:
    fills = _get(res, "fills")
    assert len(fills) == N_FILLS, f"expected {N_FILLS} fills, got {len(fills)}"
    assert str(_get(res, "orderId", "order_id")) == "28457119305"


def check_orders(res: Any) -> None:
    assert len(res) == N_ORDERS, f"expected {N_ORDERS} orders, got {len(res)}"
    assert _get(res[0], "symbol") == SYMBOL


def check_batch(res: Any) -> None:
    assert len(res) == CONCURRENCY, f"expected {CONCURRENCY} answers, got {len(res)}"
    check_account(res[0])
    check_account(res[-1])


def is_async(scenario: str) -> bool:
    return scenario.startswith("async_") or scenario == "gather200"


def _stats(samples_ns: list[int], total_ns: int) -> dict[str, Any]:
    s = sorted(samples_ns)
    n = len(s)
    return {
        "iterations": n,
        "mean_us": total_ns / n / 1000,
        "median_us": s[n // 2] / 1000,
        "p10_us": s[n // 10] / 1000,
        "p90_us": s[(n * 9) // 10] / 1000,
        "min_us": s[0] / 1000,
        "max_us": s[-1] / 1000,
        "over_10ms": sum(1 for x in s if x > 10_000_000),
    }


def _plan(est_s: float, target_s: float, min_iters: int, max_iters: int) -> int:
    return max(min_iters, min(max_iters, int(target_s / max(est_s, 1e-7))))


def run_sync(call: Callable[[], Any], args: argparse.Namespace) -> dict[str, Any]:
    perf = time.perf_counter_ns
    t0 = perf()
    for _ in range(args.warmup):
        call()
    est = (perf() - t0) / 1e9 / max(args.warmup, 1)
    n = _plan(est, args.target_seconds, args.min_iters, args.max_iters)
    gc.collect()
    samples = [0] * n
    start = perf()
    for i in range(n):
        a = perf()
        call()
        samples[i] = perf() - a
    total = perf() - start
    return _stats(samples, total)


async def run_async(call: Callable[[], Awaitable[Any]], args: argparse.Namespace, batch: bool) -> dict[str, Any]:
    perf = time.perf_counter_ns
    warm = max(2, args.warmup // 10) if batch else args.warmup
    t0 = perf()
    for _ in range(warm):
        await call()
    est = (perf() - t0) / 1e9 / max(warm, 1)
    lo = max(3, args.min_iters // 20) if batch else args.min_iters
    n = _plan(est, args.target_seconds, lo, args.max_iters)
    gc.collect()
    samples = [0] * n
    start = perf()
    for i in range(n):
        a = perf()
        await call()
        samples[i] = perf() - a
    total = perf() - start
    out = _stats(samples, total)
    if batch:
        out["per_request_us"] = out["mean_us"] / CONCURRENCY
    return out


def versions(packages: list[str]) -> dict[str, str]:
    out = {"python": sys.version.split()[0]}
    for p in packages:
        try:
            out[p] = metadata.version(p)
        except metadata.PackageNotFoundError:
            out[p] = "missing"
    return out


def main(sdk: str, packages: list[str], scenarios: dict[str, Callable[..., Any]]) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base-url", default=os.environ.get("BENCH_BASE_URL", "http://127.0.0.1:8765"))
    ap.add_argument(
        "--stats-url", help="where to read the server's counters (default: --base-url; the plain port when it is https)"
    )
    ap.add_argument("--scenario", required=True)
    ap.add_argument("--target-seconds", type=float, default=0.5)
    ap.add_argument("--warmup", type=int, default=30)
    ap.add_argument("--min-iters", type=int, default=20)
    ap.add_argument("--max-iters", type=int, default=20000)
    args = ap.parse_args()
    base = args.base_url.rstrip("/")
    stats_url = (args.stats_url or base).rstrip("/")
    result: dict[str, Any] = {"sdk": sdk, "scenario": args.scenario, "versions": versions(packages)}
    factory = scenarios.get(args.scenario)
    if factory is None:
        result["skipped"] = f"{sdk} has no {args.scenario} scenario"
        print(json.dumps(result))
        return
    before = server_stats(stats_url)
    try:
        if is_async(args.scenario):

            async def go() -> dict[str, Any]:
                before_c = server_stats(stats_url)
                call, check, close = await factory(base)
                built = server_stats(stats_url)
                try:
                    res = await call()
                    check(res)
                    timing = await run_async(call, args, batch=args.scenario == "gather200")
                finally:
                    await close()
                timing["construction_requests"] = built["requests"] - before_c["requests"]
                return timing

            result.update(asyncio.run(go()))
        else:
            call, check = factory(base)
            built = server_stats(stats_url)
            result["construction_requests"] = built["requests"] - before["requests"]
            check(call())
            result.update(run_sync(call, args))
    except Skip as e:
        result["skipped"] = str(e)
    except Exception as e:
        result["error"] = f"{type(e).__name__}: {e}"[:600]
        result["traceback"] = traceback.format_exc()[-3000:]
    after = server_stats(stats_url)
    counters = ("requests", "ok", "bad_signature", "rejected", "unknown", "connections", "tls_handshakes")
    result["server"] = {k: after.get(k, 0) - before.get(k, 0) for k in counters}
    # Not the reads of the counters after the first (plain HTTP, one connection each): async 3, sync 2.
    result["server"]["connections"] -= 3 if is_async(args.scenario) else 2
    print(json.dumps(result))


def presign(path: str, params: dict[str, str]) -> str:
    """The floors' request target: parameters + timestamp + HMAC signature, computed once (recvWindow 60s)."""
    import hashlib
    import hmac

    q = urllib.parse.urlencode({**params, "recvWindow": "60000", "timestamp": str(int(time.time() * 1000))})
    sig = hmac.new(API_SECRET.encode(), q.encode(), hashlib.sha256).hexdigest()
    return f"{path}?{q}&signature={sig}"


ORDER_PARAMS = {
    "symbol": SYMBOL,
    "side": "BUY",
    "type": "LIMIT",
    "quantity": "0.0015",
    "price": "64250.12",
    "timeInForce": "GTC",
    "newOrderRespType": "FULL",
}
