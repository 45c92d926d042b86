"""Instructions executed per call (valgrind's callgrind): load-independent, so it can be measured on a busy machine.

``.venv/bin/python bench/instructions.py [--scenarios account,order,async_account,async_order,gather200]
[--calls 200]``

For each scenario: starts the bench server (bench/server.py) in this process's venv, then runs the scenario of
``bench/workloads/ours.py`` twice under ``valgrind --tool=callgrind``: a warm-up (one call, or one batch of 200
concurrent GETs) followed by ``--calls`` calls, and the warm-up alone. The difference divided by the number of
requests is the figure (``gather200``: per request, over ``--calls / 100`` batches of 200). Needs valgrind on PATH.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
SCENARIOS = ("account", "order", "async_account", "async_order", "gather200")


def child(scenario: str, base: str, calls: int) -> None:
    """Run the warm-up and ``calls`` calls of ``scenario`` (inside valgrind)."""
    sys.path.insert(0, str(BENCH / "workloads"))
    import ours

    factory = getattr(ours, scenario)
    if not inspect.iscoroutinefunction(factory):
        call, check = factory(base)[:2]
        check(call())
        for _ in range(calls):
            call()
        return

    async def run() -> None:
        call, check, close = await factory(base)
        check(await call())
        for _ in range(calls):
            await call()
        await close()

    asyncio.run(run())


def instructions(scenario: str, base: str, calls: int) -> int:
    env = dict(os.environ)
    if scenario == "gather200":  # under valgrind a batch of 200 outlasts the default 5 s window and 10 s timeouts
        env["BINANCE_RECV_WINDOW"] = "60000"
        env["BINANCE_TIMEOUT"] = "300"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        run = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                "--child",
                scenario,
                base,
                str(calls),
            ],
            check=False,
            capture_output=True,
            text=True,
            env=env,
        )
        if run.returncode:
            raise SystemExit(f"{scenario} failed under valgrind:\n{run.stderr[-4000:]}")
        found = re.search(rb"^(?:summary|totals): (\d+)", out.read_bytes(), re.MULTILINE)
        assert found is not None, "no totals in the callgrind output"
        return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scenarios", default=",".join(SCENARIOS))
    ap.add_argument(
        "--calls", type=int, default=200, help="calls per measured run (gather200: a hundredth as many batches of 200)"
    )
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return
    for name in ("IP_WEIGHT", "UID_WEIGHT", "API_WEIGHT", "ORDERS_10S", "ORDERS_DAY"):
        os.environ.setdefault(f"BINANCE_RATE_LIMIT_{name}", str(10**12))
    server = subprocess.Popen(
        [sys.executable, str(BENCH / "server.py")], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline().split()
        assert line and line[0] == "READY", line
        base = f"http://127.0.0.1:{line[1]}"
        results: dict[str, Any] = {}
        for scenario in args.scenarios.split(","):
            # 200 concurrent GETs: a batch is 200 requests, so a hundredth of the batches
            calls, per = (max(1, args.calls // 100), 200) if scenario == "gather200" else (args.calls, 1)
            full = instructions(scenario, base, calls)
            warm = instructions(scenario, base, 0)
            results[scenario] = (full - warm) / (calls * per)
            print(f"{scenario:16} {results[scenario] / 1e6:.3f} M instructions per request", flush=True)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
