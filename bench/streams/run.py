"""Stream benchmarks (not a timed test): decoding 100,000 executionReport frames, and the latency the SDK adds.

    .venv/bin/python bench/streams/run.py [--frames 100000] [--rounds 5] [--events 400] [--no-install]

1. Decode: the same 100,000 WebSocket API frames (``{"subscriptionId":0,"event":{executionReport}}``, varied
   ids, quantities, prices and statuses) decoded by each SDK in its own process and env (see
   decode_worker.py): events per second, and our time as a ratio of python-binance's and of Binance's SDK.
   Targets: <= 1.0x python-binance, <= 0.3x binance-sdk-margin-trading.
2. Added latency: a sandbox in this process; a bare aiohttp client and the SDK's stream subscribe the same
   account; for each event, (time the SDK's iterator hands it to the user) - (time the bare client received
   it). p50 and p99, for the sync ``Stream`` (background loop + queue to the user's thread) and ``AsyncStream``.

Writes bench/results/streams-latest.md and .json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
import run as bench_run  # noqa: E402  (bench/run.py: the pinned peer environments)

ORJSON = "orjson==3.13.0"
bench_run.PEER_ENVS["pybinance-orjson"] = [*bench_run.PEER_ENVS["pybinance"], ORJSON]
ENV_OF = {
    "ours": "project",
    "ours_engine": "project",
    "pb": "pybinance",
    "pb_orjson": "pybinance-orjson",
    "official": "official",
}
LABELS = {
    "ours": "binance-margin: orjson + typed ExecutionReport (decode_event)",
    "ours_engine": "binance-margin: the engine's whole per-frame path (+ account, dedupe, queue)",
    "pb": "python-binance 1.0.37 as installed (json.loads -> dict)",
    "pb_orjson": "python-binance 1.0.37 with orjson installed (orjson.loads -> dict)",
    "official": "binance-sdk-margin-trading 8.9.0 (json.loads + pydantic models)",
}


def make_frames(n: int) -> list[bytes]:
    rng = random.Random(10)
    qtys = ["0.00100000", "0.01000000", "0.50000000", "1.25000000", "0.00012000"]
    prices = ["96512.34000000", "96500.00000000", "3301.25000000", "612.40000000"]
    out = []
    for k in range(n):
        status = ("NEW", "PARTIALLY_FILLED", "FILLED", "CANCELED")[k % 4]
        trade = status in ("PARTIALLY_FILLED", "FILLED")
        q, p = rng.choice(qtys), rng.choice(prices)
        event = {
            "e": "executionReport", "E": 1764460000000 + k, "s": "BTCUSDT", "c": f"bm-{k:032x}", "S": "BUY",
            "o": "LIMIT", "f": "GTC", "q": q, "p": p, "P": "0.00000000", "F": "0.00000000", "g": -1, "C": "",
            "x": "TRADE" if trade else ("NEW" if status == "NEW" else "CANCELED"), "X": status, "r": "NONE",
            "i": 38_000_000_000 + k // 4, "l": q if trade else "0.00000000", "z": q if trade else "0.00000000",
            "L": p if trade else "0.00000000", "n": "0.00000100" if trade else "0", "N": "BNB" if trade else None,
            "T": 1764460000000 + k, "t": 4_000_000 + k if trade else -1, "I": 90_000_000 + k, "w": not trade,
            "m": trade, "M": False, "O": 1764460000000 + k - (k % 4), "Z": "0.00000000", "Y": "0.00000000",
            "Q": "0.00000000", "W": 1764460000000 + k, "V": "EXPIRE_MAKER",
        }  # fmt: skip
        out.append(json.dumps({"subscriptionId": 0, "event": event}, separators=(",", ":")).encode())
    return out


def run_decode(frames_file: Path, rounds: int, install: bool) -> dict[str, dict[str, Any]]:
    """Interleaved rounds (ours, python-binance, ..., then again): on a shared machine, load changes over time."""
    pythons = {
        sdk: bench_run.PROJECT_PY if env == "project" else bench_run.ensure_env(env, install=install)
        for sdk, env in ENV_OF.items()
    }
    results: dict[str, dict[str, Any]] = {}
    for round_no in range(rounds):
        for sdk, py in pythons.items():
            cmd = [str(py), str(HERE / "decode_worker.py"), "--sdk", sdk, "--frames", str(frames_file), "--rounds", "1"]
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                print(f"[decode] {sdk} failed:\n{proc.stderr[-2000:]}", file=sys.stderr)
                continue
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            best = results.setdefault(sdk, {**r, "rounds": []})
            best["rounds"].append(r["best_s"])
            best["best_s"] = min(best["rounds"])
            best["median_s"] = statistics.median(best["rounds"])
            print(f"[decode] round {round_no + 1} {sdk}: {r['frames'] / r['best_s']:,.0f} events/s", file=sys.stderr)
    return results


# ----------------------------------------------------------------------------------------------------- latency


def _percentiles(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    p50 = statistics.median(values)
    p99 = values[min(len(values) - 1, round(0.99 * (len(values) - 1)))]
    return p50, p99


def run_latency(events: int) -> dict[str, Any]:
    import aiohttp
    from binance_margin import AsyncMarginClient, ClientConfig, MarginClient
    from binance_margin.sandbox import Sandbox
    from binance_margin.streams import ExecutionReport

    out: dict[str, Any] = {}
    with Sandbox.running() as sb:
        sb.limiter.limits.orders_per_10s = 10**9  # many orders in a few seconds: not what is measured here
        cfg = ClientConfig.load(
            api_key="demo-api-key", api_secret="demo-api-secret", base_url=sb.base_url,
            ws_api_url=sb.ws_api_url, risk_stream_url=sb.risk_stream_url, max_retries=0,
        )  # fmt: skip
        with MarginClient(config=cfg) as client:
            client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal(50000))
            price = (sb.price("BTCUSDT") * Decimal("0.8")).quantize(Decimal("0.01"))

            raw_seen: dict[tuple[int, int], float] = {}
            raw_ready = threading.Event()
            raw_stop = threading.Event()

            def raw_receiver() -> None:
                async def main() -> None:
                    token = client.data_stream.create_listen_token().token
                    async with aiohttp.ClientSession() as session, session.ws_connect(sb.ws_api_url) as ws:
                        await ws.send_str(json.dumps({"id": "r", "method": "userDataStream.subscribe.listenToken",
                                                      "params": {"listenToken": token}}))  # fmt: skip
                        raw_ready.set()
                        while not raw_stop.is_set():
                            try:
                                msg = await ws.receive(timeout=0.2)
                            except TimeoutError:
                                continue
                            now = time.perf_counter()
                            if msg.type is not aiohttp.WSMsgType.TEXT:
                                break
                            frame = json.loads(msg.data)
                            ev = frame.get("event") or {}
                            if ev.get("e") == "executionReport":
                                raw_seen[(ev["i"], ev["I"])] = now

                asyncio.run(main())

            def place() -> int:
                order = client.trade.new_order(
                    symbol="BTCUSDT", side="BUY", type="LIMIT", time_in_force="GTC", quantity=Decimal("0.001"),
                    price=price,
                )  # fmt: skip
                return order.order_id

            thread = threading.Thread(target=raw_receiver)
            thread.start()
            raw_ready.wait(10)
            time.sleep(0.3)

            # The user waits in the iterator while another thread (sync) or task (async) places each order, so
            # what is measured is the SDK's path from its socket to the user, not the user being busy elsewhere.
            got: dict[tuple[int, int], float] = {}
            with client.user_stream() as stream:
                received = threading.Event()

                def orders() -> None:
                    for _ in range(events):
                        received.clear()
                        oid = place()
                        received.wait(10)
                        client.trade.cancel_order(symbol="BTCUSDT", order_id=oid)  # stay under MAX_NUM_ORDERS

                placer = threading.Thread(target=orders)
                placer.start()
                for item in stream:
                    if isinstance(item, ExecutionReport) and item.execution_type == "NEW":
                        got[(item.order_id, item.execution_id)] = time.perf_counter()
                        received.set()
                        if len(got) == events:
                            break
                placer.join()
            time.sleep(0.3)
            deltas = [(got[k] - raw_seen[k]) * 1e6 for k in got if k in raw_seen]
            p50, p99 = _percentiles(deltas)
            out["sync"] = {"events": len(deltas), "p50_us": p50, "p99_us": p99}

            async def async_run() -> dict[tuple[int, int], float]:
                seen: dict[tuple[int, int], float] = {}
                async with AsyncMarginClient(config=cfg) as aclient, aclient.user_stream() as astream:
                    arrived = asyncio.Event()

                    async def orders() -> None:
                        for _ in range(events):
                            arrived.clear()
                            order = await aclient.trade.new_order(
                                symbol="BTCUSDT", side="BUY", type="LIMIT", time_in_force="GTC",
                                quantity=Decimal("0.001"), price=price,
                            )  # fmt: skip
                            await asyncio.wait_for(arrived.wait(), 10)
                            await aclient.trade.cancel_order(symbol="BTCUSDT", order_id=order.order_id)

                    placer = asyncio.create_task(orders())
                    async for item in astream:
                        if isinstance(item, ExecutionReport) and item.execution_type == "NEW":
                            seen[(item.order_id, item.execution_id)] = time.perf_counter()
                            arrived.set()
                            if len(seen) == events:
                                break
                    await placer
                return seen

            got = asyncio.run(async_run())
            time.sleep(0.3)
            raw_stop.set()
            thread.join()
            deltas = [(got[k] - raw_seen[k]) * 1e6 for k in got if k in raw_seen]
            p50, p99 = _percentiles(deltas)
            out["async"] = {"events": len(deltas), "p50_us": p50, "p99_us": p99}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--frames", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--events", type=int, default=400)
    ap.add_argument("--no-install", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        frames_file = Path(tmp) / "frames.jsonl"
        frames_file.write_bytes(b"\n".join(make_frames(args.frames)))
        decode = run_decode(frames_file, args.rounds, not args.no_install)
    latency = run_latency(args.events)
    lines = [
        "# Stream benchmarks",
        "",
        f"Decoding {args.frames:,} `executionReport` WebSocket API frames into events (best of {args.rounds}"
        " interleaved rounds, one process per SDK and round, on a shared 2-core machine):",
        "",
        "| decoder | events/s | µs/event | time vs python-binance | vs python-binance+orjson | vs Binance's SDK |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for sdk, r in decode.items():

        def ratio(ref: str, r: dict[str, Any] = r) -> str:
            return f"{r['best_s'] / decode[ref]['best_s']:.2f}x" if ref in decode else "-"

        us = r["best_s"] / r["frames"] * 1e6
        lines.append(
            f"| {LABELS[sdk]} | {r['frames'] / r['best_s']:,.0f} | {us:.2f} | {ratio('pb')} | {ratio('pb_orjson')}"
            f" | {ratio('official')} |"
        )
    lines += [
        "",
        f"Latency the SDK adds ({args.events} order events each, the user waiting in the iterator; time the"
        " iterator hands the event over minus the time a bare aiohttp client on the same sandbox received it):",
        "",
        "| stream | events | p50 | p99 |",
        "|---|---:|---:|---:|",
    ]
    for kind, r in latency.items():
        lines.append(f"| {kind} | {r['events']} | {r['p50_us']:.0f} µs | {r['p99_us']:.0f} µs |")
    text = "\n".join(lines) + "\n"
    results = BENCH / "results"
    results.mkdir(exist_ok=True)
    (results / "streams-latest.md").write_text(text, encoding="utf-8")
    (results / "streams-latest.json").write_text(json.dumps({"decode": decode, "latency": latency}, indent=2))
    print(text)


if __name__ == "__main__":
    main()
