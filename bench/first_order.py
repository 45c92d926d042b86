"""The first order's latency over loopback HTTPS, with and without ``warm_up()`` (issue 19, item 4).

Each sample is a fresh process (so everything a program's first order pays is in it: the TLS connection, and the
imports and plans the first call builds): construct the client, optionally ``warm_up()`` (timed apart, as a
program does it at start-up, before it knows what to trade), then time the first signed ``POST`` new order and a
second one. Sync and async, interleaved (A B C D, rotated each round), against ``bench/server.py`` on its HTTPS
port with a CA made for the run (verification on). The server counts the TLS handshakes of each process.

Usage: ``.venv/bin/python bench/first_order.py [--rounds 15]``; prints a Markdown table and writes
``results/first-order.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH / "workloads"))

VARIANTS = [
    ("sync", False, "MarginClient, cold"),
    ("sync", True, "MarginClient, warm_up() first"),
    ("async", False, "AsyncMarginClient, cold"),
    ("async", True, "AsyncMarginClient, warm_up() first"),
]


def _order_kwargs() -> dict[str, Any]:
    from decimal import Decimal

    return {
        "symbol": "BTCUSDT",
        "side": "BUY",
        "type": "LIMIT",
        "quantity": Decimal("0.0015"),
        "price": Decimal("64250.12"),
        "time_in_force": "GTC",
        "new_order_resp_type": "FULL",
    }


def worker(kind: str, warm: bool, base_url: str) -> dict[str, float]:
    """One sample, in this (fresh) process."""
    import _harness as h

    for name in ("IP_WEIGHT", "UID_WEIGHT", "API_WEIGHT", "ORDERS_10S", "ORDERS_DAY"):
        os.environ.setdefault(f"BINANCE_RATE_LIMIT_{name}", str(10**12))
    perf = time.perf_counter
    import binance_margin

    out: dict[str, float] = {}
    if kind == "sync":
        with binance_margin.MarginClient(api_key=h.API_KEY, api_secret=h.API_SECRET, base_url=base_url) as c:
            if warm:
                t0 = perf()
                c.warm_up()
                out["warm_up_ms"] = (perf() - t0) * 1000
            for key in ("first_ms", "second_ms"):
                t0 = perf()
                order = c.trade.new_order(**_order_kwargs())
                out[key] = (perf() - t0) * 1000
                h.check_order(order)
        return out

    async def run() -> None:
        async with binance_margin.AsyncMarginClient(api_key=h.API_KEY, api_secret=h.API_SECRET, base_url=base_url) as c:
            if warm:
                t0 = perf()
                await c.warm_up()
                out["warm_up_ms"] = (perf() - t0) * 1000
            for key in ("first_ms", "second_ms"):
                t0 = perf()
                order = await c.trade.new_order(**_order_kwargs())
                out[key] = (perf() - t0) * 1000
                h.check_order(order)

    asyncio.run(run())
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--base-url", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.warm, args.base_url)))
        return

    import _harness as h
    from run import PROJECT_PY, Server
    from tls import make_ca

    samples: dict[int, list[dict[str, float]]] = {i: [] for i in range(len(VARIANTS))}
    with tempfile.TemporaryDirectory(prefix="bench-tls-") as folder:
        certs = make_ca(Path(folder))
        env = {k: v for k, v in os.environ.items() if not k.startswith(("BINANCE_", "PYTHON"))}
        env.update(certs.client_env())
        with Server(certs) as server:
            order = list(range(len(VARIANTS)))
            for r in range(args.rounds):
                for i in order[r % len(order) :] + order[: r % len(order)]:
                    kind, warm, _label = VARIANTS[i]
                    before = h.server_stats(server.base_url)
                    cmd = [str(PROJECT_PY), __file__, "--worker", kind, "--base-url", server.tls_url]
                    done = subprocess.run(
                        cmd + (["--warm"] if warm else []), capture_output=True, text=True, env=env, check=False
                    )
                    if done.returncode != 0:
                        raise SystemExit(f"{VARIANTS[i][2]} failed: {done.stderr[-2000:]}")
                    sample = json.loads(done.stdout.strip().splitlines()[-1])
                    after = h.server_stats(server.base_url)
                    sample["handshakes"] = after["tls_handshakes"] - before["tls_handshakes"]
                    samples[i].append(sample)
                print(f"[round {r + 1}/{args.rounds}]", file=sys.stderr, flush=True)
    lines = [
        "# First order over loopback HTTPS, with and without `warm_up()`",
        "",
        f"{args.rounds} fresh processes per row, interleaved; medians (p10-p90 in brackets), milliseconds. "
        "`warm_up()` runs before the first order, timed apart. Handshakes: TLS handshakes the server completed "
        "for the process (median).",
        "",
        "| client | warm_up() | first order | second order | handshakes |",
        "|---|---:|---:|---:|---:|",
    ]

    def cell(values: list[float]) -> str:
        if not values:
            return "–"
        q = statistics.quantiles(values, n=10) if len(values) > 1 else [values[0]] * 9
        return f"{statistics.median(values):.2f} ({q[0]:.2f}-{q[-1]:.2f})"

    for i, (_kind, _warm, label) in enumerate(VARIANTS):
        rows = samples[i]
        lines.append(
            f"| {label} | {cell([s['warm_up_ms'] for s in rows if 'warm_up_ms' in s])} | "
            f"{cell([s['first_ms'] for s in rows])} | {cell([s['second_ms'] for s in rows])} | "
            f"{statistics.median(s['handshakes'] for s in rows):.0f} |"
        )
    text = "\n".join(lines) + "\n"
    (BENCH / "results").mkdir(exist_ok=True)
    (BENCH / "results" / "first-order.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
