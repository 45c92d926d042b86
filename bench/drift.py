"""What the spec drift hook costs on the hot path: the parse of a 2xx answer and of a stream event, before/after.

``.venv/bin/python bench/drift.py [--before REV] [--repeat 15] [--callgrind]``

The drift hook (binance_margin._drift) adds a read of ``binance_margin_generated.types._DRIFT`` before and after
each parse in ``RuntimeCore.process`` and in the stream router, and the models mark that list only off their fast
path. This bench measures, with the bench server's canned payloads (bench/server.py):

- ``process``: ``RuntimeCore.process`` on a 200 answer (parse + hook), for the cross margin account, a FULL new
  order and 500 orders (allOrders);
- ``event``: ``StreamEngine._deliver`` of an executionReport (dedupe off; decode + hook);
- with drift (this tree only): the same payloads with an unknown key in every object, which takes the slow path
  (additional_properties, the mark, a walk of the model).

It runs the same code in this tree and in ``--before REV`` (default: the commit before the drift hook, extracted
with ``git archive`` into a temporary folder and put first on ``PYTHONPATH``), alternating runs, min of
``--repeat`` timings. ``--callgrind`` also counts instructions per call under valgrind (noise-free).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DEFAULT_BEFORE = "d671ee7"


def _payloads(drift: bool) -> dict[str, Any]:
    sys.path.insert(0, str(BENCH))
    import server

    payloads: dict[str, Any] = {
        "account": server.cross_margin_account(),
        "order": server.new_order_full(),
        "all_orders": server.all_orders(),
    }
    if drift:

        def add(obj: Any) -> None:
            if isinstance(obj, dict):
                obj["nextVersionKey"] = "0.00100000"
                for v in list(obj.values()):
                    add(v)
            elif isinstance(obj, list):
                for v in obj:
                    add(v)

        for p in payloads.values():
            add(p)
    return payloads


def _cases(drift: bool, walk_each: bool = False) -> dict[str, Any]:
    """name -> zero-argument callable doing one parse (through the runtime's own code)."""
    import httpx
    from binance_margin._config import ClientConfig
    from binance_margin._runtime import RuntimeCore
    from binance_margin_generated import operations as ops

    extra: dict[str, Any] = {"spec_drift_interval": 0} if walk_each else {}
    core = RuntimeCore(ClientConfig(api_key="k", api_secret="s", base_url="http://127.0.0.1:9", **extra))
    cases: dict[str, Any] = {}
    payloads = _payloads(drift)
    specs = {
        "account": (ops.GET_CROSS_ACCOUNT, {}),
        "order": (ops.NEW_ORDER, {"symbol": "BTCUSDT", "side": "BUY", "type_": "MARKET", "quantity": "1"}),
        "all_orders": (ops.GET_ALL_ORDERS, {"symbol": "BTCUSDT"}),
    }
    for name, (op, params) in specs.items():
        call = core.prepare(op, params, None)
        body = json.dumps(payloads[name]).encode()
        response = httpx.Response(200, content=body, headers={"content-type": "application/json"})

        def run(call: Any = call, response: Any = response) -> Any:
            return core.process(call, response, 1.0, 0)

        run()
        cases[f"process:{name}"] = run

    from binance_margin._types import CROSS
    from binance_margin.streams._engine import StreamEngine

    engine = StreamEngine.__new__(StreamEngine)
    engine._dedupe_until = 0.0
    engine._held = None
    engine._sink = lambda item: None
    engine.kind = "user"
    if hasattr(engine, "_drift") or "drift" in StreamEngine.__init__.__code__.co_varnames:
        from binance_margin._drift import DriftRecorder

        engine._drift = DriftRecorder(0 if walk_each else 1.0)
    event = {
        "e": "executionReport", "E": 1499405658658, "s": "BTCUSDT", "c": "bm-abc", "S": "BUY", "o": "LIMIT",
        "f": "GTC", "q": "1.00000000", "p": "0.10264410", "P": "0.00000000", "F": "0.00000000", "g": -1, "C": "",
        "x": "TRADE", "X": "PARTIALLY_FILLED", "r": "NONE", "i": 4293153, "l": "0.50000000", "z": "0.50000000",
        "L": "0.10264410", "n": "0.00050000", "N": "BNB", "T": 1499405658657, "t": 12345, "I": 8641984, "w": False,
        "m": False, "M": True, "O": 1499405658657, "Z": "0.05132205", "Y": "0.05132205", "Q": "0.00000000",
    }  # fmt: skip
    if drift:
        event["nv"] = "0.00100000"
    engine._deliver(event, CROSS)
    cases["event:executionReport"] = lambda: engine._deliver(event, CROSS)
    return cases


def _time(fn: Any, repeat: int) -> float:
    """Best time per call in µs (auto-scaled loops, min of ``repeat``)."""
    n = 1
    while True:
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        if time.perf_counter() - t0 > 0.05:
            break
        n *= 2
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - t0) / n)
    return best * 1e6


def child(args: argparse.Namespace) -> None:
    cases = _cases(args.drift, args.walk_each)
    if args.loops is not None:  # under callgrind: run the case `loops` times inside itertools.starmap, whose C
        fn = cases[args.case]  # iterator (starmap_next) callgrind's --toggle-collect counts alone: no startup cost
        for _ in itertools.starmap(fn, itertools.repeat((), args.loops)):
            pass
        return
    print(json.dumps({name: _time(fn, args.repeat) for name, fn in cases.items()}))


def _run(pythonpath: str | None, extra: list[str]) -> dict[str, float]:
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    out = subprocess.run(
        [sys.executable, __file__, "--child", *extra], capture_output=True, text=True, check=True, env=env
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _instructions(pythonpath: str | None, case: str, loops: int, flags: list[str]) -> int:
    """Instructions of ``loops`` calls of ``case`` (collected only inside itertools.starmap: one run, no startup)."""
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", "--toggle-collect=starmap_next"]
    cmd += [sys.executable, __file__, "--child"]
    cmd += ["--case", case, "--loops", str(loops), *flags]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
    match = re.search(r"Collected : (\d+)", out.stderr)
    if match is None:
        raise SystemExit(f"no callgrind summary:\n{out.stderr[-2000:]}")
    return int(match.group(1))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--before", default=DEFAULT_BEFORE, help="git revision without the drift hook")
    p.add_argument("--repeat", type=int, default=15)
    p.add_argument("--rounds", type=int, default=3, help="alternating before/after runs")
    p.add_argument("--callgrind", action="store_true", help="also count instructions per call under valgrind")
    p.add_argument(
        "--callgrind-cases",
        default="process:order,event:executionReport,process:all_orders",
        help="comma-separated cases for --callgrind",
    )
    p.add_argument("--skip-timing", action="store_true", help="only the instruction counts")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--drift", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--walk-each", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--case", help=argparse.SUPPRESS)
    p.add_argument("--loops", type=int, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args)
        return
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "archive", args.before, "overrides", "generated"], cwd=ROOT, capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        before_path = f"{tmp}/overrides{os.pathsep}{tmp}/generated"
        rep = ["--repeat", str(args.repeat)]
        before: dict[str, float] = {}
        after: dict[str, float] = {}
        drifted: dict[str, float] = {}
        walked: dict[str, float] = {}
        runs = (
            (before, before_path, rep),
            (after, None, rep),
            (drifted, None, [*rep, "--drift"]),
            (walked, None, [*rep, "--drift", "--walk-each"]),
        )
        for _ in range(0 if args.skip_timing else args.rounds):
            for store, path, extra in runs:
                for k, v in _run(path, extra).items():
                    store[k] = min(store.get(k, v), v)
        if not args.skip_timing:
            print(f"µs per call, min of {args.rounds} x {args.repeat} (before = {args.before})")
        print("with drift: a new key in every object (and the event); walked: spec_drift_interval=0 (every answer)")
        if not args.skip_timing:
            print(f"{'case':24} {'before':>9} {'after':>9} {'delta':>8} {'with drift':>11} {'walked':>9}")
        for k in before:
            d = after[k] - before[k]
            print(f"{k:24} {before[k]:9.2f} {after[k]:9.2f} {d:+8.2f} {drifted[k]:11.2f} {walked[k]:9.2f}")
        if args.callgrind:
            print("\ninstructions per call (callgrind, collected inside the timed loop only)")
            print(f"{'case':24} {'before':>10} {'after':>10} {'delta':>8} {'with drift':>11} {'walked':>10}")
            configs = ((before_path, []), (None, []), (None, ["--drift"]), (None, ["--drift", "--walk-each"]))
            for k in args.callgrind_cases.split(","):
                loops = 10 if k.endswith("all_orders") else 200
                row = [_instructions(path, k, loops, flags) / loops for path, flags in configs]
                print(f"{k:24} {row[0]:10.0f} {row[1]:10.0f} {row[1] - row[0]:+8.0f} {row[2]:11.0f} {row[3]:10.0f}")


if __name__ == "__main__":
    main()
