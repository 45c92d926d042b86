"""What ``extra_params`` costs in the runtime's ``prepare`` (issue 20), and what it costs when it is not used.

``.venv/bin/python bench/prepare.py [--against REF] [--rounds 7] [--calls 5000]``

Times ``RuntimeCore.prepare`` (convert, check, cross/isolated rule, wire parameters and canonical query; no
socket) per call for a LIMIT order and a universal transfer: as the surface calls it without ``extra_params``,
and with two extra parameters. ``--against REF`` also times the normal path of the code at a git ref (its
``overrides`` and ``generated`` extracted to a temporary folder), each round in fresh processes, interleaved
with ours, so a shared machine's noise hits both alike. Prints the median and the minimum over the rounds (ns
per call).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WORKER = r"""
import json, sys, time
from decimal import Decimal
from binance_margin._config import ClientConfig
from binance_margin._runtime import RuntimeCore
from binance_margin_generated import operations as ops

calls, with_extra = int(sys.argv[1]), sys.argv[2] == "1"
core = RuntimeCore(ClientConfig(api_key="k", api_secret="s", base_url="http://127.0.0.1:9"))
order = {"symbol": "BTCUSDT", "side": "BUY", "type_": "LIMIT", "quantity": Decimal("0.001"),
         "price": Decimal("30000"), "time_in_force": "GTC", "new_client_order_id": "bench-1"}
transfer = {"type_": "MAIN_MARGIN", "asset": "USDT", "amount": Decimal(1)}
extra = {"strategyTag": "t1", "fee": Decimal("0.10")}
out = {}
for name, op, params in (("new_order", ops.NEW_ORDER, order), ("universal_transfer", ops.UNIVERSAL_TRANSFER, transfer)):
    prepare = core.prepare
    if with_extra:
        for _ in range(200):
            prepare(op, params, None, extra)
        start = time.perf_counter_ns()
        for _ in range(calls):
            prepare(op, params, None, extra)
    else:
        for _ in range(200):
            prepare(op, params, None)
        start = time.perf_counter_ns()
        for _ in range(calls):
            prepare(op, params, None)
    out[name] = (time.perf_counter_ns() - start) / calls
print(json.dumps(out))
"""


def _extract(ref: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "archive", ref, "overrides", "generated"], cwd=ROOT, capture_output=True, check=True
    )
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def _run(calls: int, with_extra: bool, tree: Path | None) -> dict[str, float]:
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(tree / "overrides"), str(tree / "generated")])
    out = subprocess.run(
        [sys.executable, "-c", WORKER, str(calls), "1" if with_extra else "0"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", help="a git ref whose normal path to time beside ours (e.g. main)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--calls", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = _extract(args.against, Path(tmp)) if args.against else None
        variants: dict[str, tuple[bool, Path | None]] = {"ours": (False, None), "ours + 2 extra_params": (True, None)}
        if base is not None:
            variants[f"{args.against}"] = (False, base)
        samples: dict[str, dict[str, list[float]]] = {v: {} for v in variants}
        for _ in range(args.rounds):
            for label, (with_extra, tree) in variants.items():
                for op, ns in _run(args.calls, with_extra, tree).items():
                    samples[label].setdefault(op, []).append(ns)
    print(f"RuntimeCore.prepare, ns per call ({args.rounds} rounds of {args.calls} calls; median / min)")
    for label, per_op in samples.items():
        cells = ", ".join(f"{op} {statistics.median(v):,.0f} / {min(v):,.0f}" for op, v in per_op.items())
        print(f"  {label:28} {cells}")


if __name__ == "__main__":
    main()
