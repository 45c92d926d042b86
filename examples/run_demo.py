"""`make demo`: start the sandbox exchange in the background, run the example workflows against it, stop it.

Each example is a plain script that reads BINANCE_BASE_URL / BINANCE_API_KEY / BINANCE_API_SECRET, so the same
scripts run against the sandbox here and against Binance with your own credentials.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
EXAMPLES = [
    ("Cross margin: transfer in, borrow, margin buy, auto-repay, repay, transfer out", "cross_margin_flow.py"),
    ("Isolated margin on ETHUSDT: the same on one pair", "isolated_margin_flow.py"),
    ("An order refused by a filter, and the quantized order that passes", "filter_rejection.py"),
    ("Async: concurrent queries and an unknown outcome reconciled", "async_overview.py"),
    ("Live events: one order from NEW through partial fills to FILLED, a borrow's liability", "live_events.py"),
    ("Positions: an isolated long, hours of interest, its risk, what if, closed to zero debt", "positions_flow.py"),
]
EMBEDDED = {"live_events.py", "positions_flow.py"}
"""Examples that need the market to trade against their order, or the sandbox clock: they run a sandbox in their own
process."""


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(base_url: str, proc: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    """Poll GET /api/v3/ping until the sandbox answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the sandbox exited with code {proc.returncode}")
        try:
            if httpx.get(f"{base_url}/api/v3/ping", timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise SystemExit("the sandbox did not start in time")


def main() -> int:
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    print(f"starting the sandbox exchange on {base_url} (demo user: demo-api-key / demo-api-secret)")
    proc = subprocess.Popen([sys.executable, "-m", "binance_margin.sandbox", "--port", str(port)])
    env = dict(
        os.environ,
        BINANCE_BASE_URL=base_url,
        BINANCE_API_KEY="demo-api-key",
        BINANCE_API_SECRET="demo-api-secret",
    )
    env.pop("BINANCE_PRIVATE_KEY_PATH", None)
    failures = 0
    try:
        wait_until_up(base_url, proc)
        for title, script in EXAMPLES:
            print(f"\n=== {title} ({script})")
            extra = ["--embedded-sandbox"] if script in EMBEDDED else []
            result = subprocess.run([sys.executable, str(HERE / script), *extra], env=env, check=False)
            if result.returncode != 0:
                failures += 1
                print(f"!!! {script} failed with exit code {result.returncode}")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        print("\nsandbox stopped")
    if failures:
        print(f"{failures} example(s) failed")
        return 1
    print("all examples ran")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
