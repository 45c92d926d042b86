"""Several processes, one budget: real processes, a real redis-server and the sandbox over HTTP.

The sandbox runs with scaled-down limits so that a fleet uses a whole minute's budget in a second or two
(/sapi IP weight 2,000 and UID weight 1,200 per minute instead of 12,000 and 180,000; the order-count limits are
lifted so the weights are what binds); the clients are configured with the same numbers.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from binance_margin import MarginClient
from binance_margin.sandbox import Sandbox
from binance_margin.sandbox._config import default_config

from .conftest import RedisServer

WORKER = Path(__file__).with_name("_worker.py")
IP_LIMIT = 2_000
UID_LIMIT = 1_200
CLIENT_LIMITS = {
    "rate_limit_ip_weight": IP_LIMIT,
    "rate_limit_uid_weight": UID_LIMIT,
    "rate_limit_orders_10s": 10**6,
    "rate_limit_orders_day": 10**6,
    "rate_limit_max_wait": 0.5,
}


@contextmanager
def scaled_sandbox() -> Iterator[Sandbox]:
    """A sandbox with small per-minute limits and USDT in the demo user's cross margin account."""
    config = default_config()
    limits = config.rate_limits
    limits.sapi_ip_weight_per_minute = IP_LIMIT
    limits.sapi_uid_weight_per_minute = UID_LIMIT
    limits.orders_per_10s = 10**6
    limits.orders_per_day = 10**6
    with Sandbox.running(config) as sb:
        limits.sapi_uid_weight_per_minute = 10**6  # room for the set-up transfer (900 UID)
        with MarginClient("demo-api-key", "demo-api-secret", base_url=sb.base_url) as client:
            client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal(50_000))
        limits.sapi_uid_weight_per_minute = UID_LIMIT
        sb.limiter.reset()
        yield sb


class Fleet:
    """Worker processes started together: each prints READY, waits for GO, prints RESULT <json>."""

    def __init__(self, settings: list[dict[str, Any]]) -> None:
        self.procs = [
            subprocess.Popen(
                [sys.executable, str(WORKER), json.dumps(s)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for s in settings
        ]
        for p in self.procs:
            assert p.stdout is not None
            line = p.stdout.readline()
            if line.strip() != "READY":
                p.kill()
                _, err = p.communicate(timeout=10)
                pytest.fail(f"worker did not start: {line!r}\n{err}")

    def go(self) -> None:
        for p in self.procs:
            assert p.stdin is not None
            p.stdin.write("GO\n")
            p.stdin.flush()

    def results(self, timeout: float = 60) -> list[dict[str, Any]]:
        """Every worker's result; fails if one hangs past ``timeout`` or exits with an error."""
        out: list[dict[str, Any]] = []
        self.stderr: list[str] = []
        for p in self.procs:
            try:
                stdout, stderr = p.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                for q in self.procs:
                    q.kill()
                pytest.fail("a worker hung")
            self.stderr.append(stderr)
            assert p.returncode == 0, stderr
            lines = [ln for ln in stdout.splitlines() if ln.startswith("RESULT ")]
            assert lines, stderr
            out.append(json.loads(lines[-1][len("RESULT ") :]))
        return out


def _run_fleet(sb: Sandbox, redis_url: str | None, n: int = 4) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    settings = [
        {
            "mode": "fleet",
            "base_url": sb.base_url,
            "redis_url": redis_url,
            "limits": CLIENT_LIMITS,
            "concurrency": 8,
            "duration": 20,
            "tag": f"w{i}",
        }
        for i in range(n)
    ]
    fleet = Fleet(settings)
    fleet.go()
    results = fleet.results()
    return results, sb.limiter.stats()


def _charged(stats: dict[str, Any], scope: str) -> int:
    return sum(w for name, w in stats["charged"].items() if name.startswith(scope + ":"))


def test_four_processes_share_one_redis_budget(redis_url: str, record_property: Any) -> None:
    with scaled_sandbox() as sb:
        results, stats = _run_fleet(sb, redis_url)
        placed = sum(1 for o in sb.user().orders.values() if o.client_order_id.startswith("w"))
    orders = sum(len(r["orders"]) for r in results)
    reads = sum(r["reads"] for r in results)
    ip_share = _charged(stats, "sapi_ip") / IP_LIMIT
    uid_share = _charged(stats, "sapi_uid") / UID_LIMIT
    figures = {"orders": orders, "reads": reads, "ip_share": ip_share, "uid_share": uid_share, "429": stats["429"]}
    record_property("shared_fleet", figures)
    print("shared fleet:", figures)
    assert stats["429"] == 0 and stats["418"] == 0, stats
    assert all(r["remote_429"] == 0 and r["banned"] == 0 and not r["errors"] for r in results), results
    assert ip_share >= 0.9 and uid_share >= 0.9, figures
    assert ip_share <= 1 and uid_share <= 1, figures
    assert placed == orders, "every order a worker saw accepted is in the sandbox"


def test_the_same_fleet_without_a_shared_budget_gets_429s(record_property: Any) -> None:
    with scaled_sandbox() as sb:
        results, stats = _run_fleet(sb, None)
    figures = {
        "orders": sum(len(r["orders"]) for r in results),
        "reads": sum(r["reads"] for r in results),
        "429": stats["429"],
        "418": stats["418"],
    }
    record_property("unshared_fleet", figures)
    print("fleet without a shared budget:", figures)
    assert stats["429"] > 0, figures


def test_a_418_seen_by_one_process_stops_the_others_until_it_ends(redis_url: str) -> None:
    ban_s = 4
    with Sandbox.running() as sb:
        settings = {"mode": "poll", "base_url": sb.base_url, "redis_url": redis_url, "reads": 2, "tag": "p"}
        others = Fleet([{**settings, "limits": {"rate_limit_max_wait": 30}} for _ in range(2)])
        until_ms = sb.limiter.ban("127.0.0.1", ban_s)
        with MarginClient("demo-api-key", "demo-api-secret", base_url=sb.base_url, rate_limit_redis_url=redis_url) as a:
            with pytest.raises(Exception) as seen:
                a.account.get_cross_account()
            assert getattr(seen.value, "status", None) == 418
        others.go()
        results = others.results()
        stats = sb.limiter.stats()
    assert stats["418"] == 1, "only the first process met the ban; the others did not send during it"
    for r in results:
        assert r["reads"] == 2 and r["banned"] == 0 and not r["errors"], r
        assert min(r["read_times_ms"]) >= until_ms, "they waited for the ban's end"


def test_redis_stopped_mid_run_the_fleet_goes_on_with_local_limits(own_redis: RedisServer) -> None:
    with Sandbox.running() as sb:
        with MarginClient("demo-api-key", "demo-api-secret", base_url=sb.base_url) as client:
            client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal(50_000))
        settings = [
            {
                "mode": "steady",
                "base_url": sb.base_url,
                "redis_url": own_redis.url,
                "duration": 3,
                "pause": 0.01,
                "tag": f"s{i}",
                "limits": {"rate_limit_max_wait": 2},
            }
            for i in range(3)
        ]
        fleet = Fleet(settings)
        fleet.go()
        time.sleep(1)
        stopped_ms = time.time_ns() // 1_000_000
        own_redis.stop()
        results = fleet.results(timeout=60)
        in_sandbox = {o.client_order_id for o in sb.user().orders.values() if o.client_order_id.startswith("s")}
        stats = sb.limiter.stats()
    placed = [cid for r in results for cid in r["orders"]]
    print("redis stopped:", {"orders": len(placed), "reads": sum(r["reads"] for r in results), "429": stats["429"]})
    assert all(not r["errors"] for r in results), [r["errors"] for r in results]
    assert all(max(r["read_times_ms"]) > stopped_ms for r in results), "every process kept working without Redis"
    assert set(placed) == in_sandbox and len(placed) == len(in_sandbox), "nothing lost, nothing sent twice"
    assert stats["418"] == 0
    assert any("Redis is unreachable" in err for err in fleet.stderr), "the fallback is announced"
