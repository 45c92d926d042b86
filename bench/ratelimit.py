"""What the rate-limit governor costs per call: in-process, through Redis on loopback, and beside a call without it.

``.venv/bin/python bench/ratelimit.py [--calls 5000] [--rounds 5] [--redis-url redis://127.0.0.1:6379/0]``

Without ``--redis-url`` it starts its own ``redis-server`` on a free port (Debian's package; ``make redis-server``
installs it) and stops it afterwards. Two measurements, each the median over rounds of the mean per call:

- the governor alone: ``acquire`` before sending plus ``settle`` with a response carrying Binance's usage headers
  (what the runtime adds around each request), with limits so large that nothing ever waits;
- a whole call, ``client.account.get_bnb_burn_status()`` on an ``httpx.MockTransport`` (no network: the SDK's own
  cost per call), with the governor off, in-process, and through Redis.

Writes ``bench/results/ratelimit-latest.md``. Not a test: compare the rows of one run, not runs across machines.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from binance_margin import ClientConfig, MarginClient
from binance_margin._ratelimit import LocalStore, SyncGovernor
from binance_margin._types import scan_rate_limit_headers
from binance_margin_generated.operations import OPERATIONS

RESULTS = Path(__file__).resolve().parent / "results"
HUGE = {
    "rate_limit_ip_weight": 10**9,
    "rate_limit_uid_weight": 10**9,
    "rate_limit_api_weight": 10**9,
    "rate_limit_orders_10s": 10**9,
    "rate_limit_orders_day": 10**9,
}
HEADERS = {"X-SAPI-USED-IP-WEIGHT-1M": "1", "Content-Type": "application/json"}
BODY = json.dumps({"spotBNBBurn": True, "interestBNBBurn": False}).encode()


@contextmanager
def redis_server() -> Iterator[str]:
    """A redis-server on a free loopback port for the duration of the benchmark."""
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    workdir = tempfile.mkdtemp(prefix="bm-bench-redis-")
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", workdir],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import redis

    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    for _ in range(200):
        try:
            client.ping()
            break
        except redis.RedisError:
            time.sleep(0.05)
    client.close()
    try:
        yield url
    finally:
        proc.kill()
        proc.wait()
        shutil.rmtree(workdir, ignore_errors=True)


def per_call_us(fn: Callable[[], object], calls: int, rounds: int) -> tuple[float, float]:
    """(median of the rounds' mean µs per call, half the range across rounds)."""
    for _ in range(min(200, calls)):
        fn()
    means = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        means.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(means), (max(means) - min(means)) / 2


def governor_alone(redis_url: str | None) -> Callable[[], object]:
    config = ClientConfig(api_key="bench-key", api_secret="bench-secret", rate_limit_redis_url=redis_url, **HUGE)
    governor = SyncGovernor(config, local=LocalStore())
    op = OPERATIONS["getBnbBurnStatus"]
    wire = {"recvWindow": 5000}
    response = httpx.Response(200, headers=HEADERS, content=BODY)

    def once() -> object:
        started = time.perf_counter()
        demand = governor.grant(op, wire)
        raw = response.headers.raw
        found = scan_rate_limit_headers(raw)
        governor.record(
            demand, (time.perf_counter() - started) * 1000, response.status_code, raw, response.content, found
        )
        return demand

    return once


def whole_call(mode: str, redis_url: str | None) -> Callable[[], object]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=HEADERS, content=BODY)

    config = ClientConfig(
        api_key="bench-key",
        api_secret="bench-secret",
        rate_limit=mode != "off",
        rate_limit_redis_url=redis_url if mode == "redis" else None,
        **HUGE,
    )
    client = MarginClient(config=config, transport=httpx.MockTransport(handler))
    client._runtime.governor.core.local = LocalStore()
    return client.account.get_bnb_burn_status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--redis-url", default=None)
    args = parser.parse_args()

    with redis_server() if args.redis_url is None else _given(args.redis_url) as url:
        rows = [
            ("governor alone, in-process", per_call_us(governor_alone(None), args.calls, args.rounds)),
            ("governor alone, Redis on loopback", per_call_us(governor_alone(url), args.calls, args.rounds)),
            ("whole call, governor off", per_call_us(whole_call("off", None), args.calls, args.rounds)),
            ("whole call, in-process governor", per_call_us(whole_call("local", None), args.calls, args.rounds)),
            ("whole call, Redis governor", per_call_us(whole_call("redis", url), args.calls, args.rounds)),
        ]
    lines = [
        "# Rate-limit governor: cost per call",
        "",
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {args.calls} calls x {args.rounds} rounds; "
        "whole calls use httpx.MockTransport (no network), Redis is a local redis-server on loopback.",
        "",
        "| what | µs per call | spread |",
        "|---|---:|---:|",
        *[f"| {name} | {median:.1f} | ±{spread:.1f} |" for name, (median, spread) in rows],
        "",
    ]
    text = "\n".join(lines)
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "ratelimit-latest.md").write_text(text, encoding="utf-8")


@contextmanager
def _given(url: str) -> Iterator[str]:
    yield url


if __name__ == "__main__":
    main()
