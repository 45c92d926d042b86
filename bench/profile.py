"""Where does our client spend its time? Profiles binance-margin's sync scenarios against the bench server.

``.venv/bin/python bench/profile.py [--scenarios account,order,all_orders] [--seconds 3] [--no-html]``
(async scenarios too: ``--scenarios async_account,async_order,async_all_orders``)

For each scenario: builds ``MarginClient`` against the loopback server (bench/server.py), warms up, then
runs calls for ``--seconds`` under pyinstrument (installed in the bench tools env, not in .venv; cProfile
is the fallback) and prints the call tree and the functions with the most self time. HTML profiles go
to ``bench/results/profiles/``. Then three things that need no profiler:

- components: the cost of each piece of the hot path measured alone (JSON decoding with json and orjson,
  ``from_dict`` of the generated models, ``Decimal`` construction, query encoding and HMAC signing);
- the transport floor (raw httpx with a pre-signed request) for the same scenario, for scale;
- ``python -X importtime`` of ``from binance_margin import MarginClient``: the modules that cost most.

With ``--py-spy`` and ``py-spy`` on PATH it also records a flame graph SVG per scenario.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH / "workloads"))

import _harness as h  # noqa: E402
import run  # noqa: E402
import server as canned  # noqa: E402

PROFILES = run.RESULTS / "profiles"


def load_pyinstrument(install: bool) -> Any:
    try:
        import pyinstrument

        return pyinstrument
    except ImportError:
        pass
    try:
        py = run.ensure_env("tools", install=install)
    except (SystemExit, subprocess.CalledProcessError) as e:
        print(f"[profile] no tools env ({e}); falling back to cProfile", file=sys.stderr)
        return None
    site = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    tools_ver = subprocess.run(
        [str(py), "-c", "import sys; print(sys.version_info[:2])"], capture_output=True, text=True, check=True
    ).stdout.strip()
    if tools_ver != str(sys.version_info[:2]):
        print(f"[profile] tools env is Python {tools_ver}, not ours; falling back to cProfile", file=sys.stderr)
        return None
    sys.path.append(site)  # appended: only pyinstrument is taken from there, nothing of ours is shadowed
    try:
        import pyinstrument

        return pyinstrument
    except ImportError as e:
        print(f"[profile] pyinstrument not importable ({e}); falling back to cProfile", file=sys.stderr)
        return None


def timed(call: Callable[[], Any], seconds: float) -> tuple[int, float]:
    n = 0
    t0 = time.perf_counter()
    end = t0 + seconds
    while time.perf_counter() < end:
        call()
        n += 1
    return n, time.perf_counter() - t0


FLOOR_REQUESTS = {
    "account": ("GET", "/sapi/v1/margin/account", {}),
    "order": ("POST", "/sapi/v1/margin/order", h.ORDER_PARAMS),
    "all_orders": ("GET", "/sapi/v1/margin/allOrders", {"symbol": h.SYMBOL}),
}


def _floor_request(name: str) -> tuple[str, str]:
    method, path, params = FLOOR_REQUESTS[name.removeprefix("async_")]
    return method, h.presign(path, params)


def _headline(name: str, ours_us: float, floor_us: float, floor: str) -> None:
    print(f"\n=== {name}: {ours_us:,.0f} µs/call unprofiled; {floor} floor {floor_us:,.0f} µs/call", end="")
    print(f" (our overhead above the floor: {ours_us - floor_us:,.0f} µs, {ours_us / floor_us:.2f}x)")


def _report(prof: Any, n: int, name: str, html: bool) -> None:
    print(f"--- pyinstrument, {n} calls; call tree, % of wall time (httpcore's handle_request includes the wait")
    print("    for the server; the 'overhead above the floor' line above is what our code adds):")
    print(prof.output_text(unicode=True, color=False, show_all=False, time="percent_of_total"))
    print("--- functions by self time (flat, library frames included):")
    flat = prof.output_text(unicode=True, color=False, flat=True, show_all=True, time="percent_of_total")
    print("\n".join(flat.splitlines()[:40]))
    if html:
        PROFILES.mkdir(parents=True, exist_ok=True)
        (PROFILES / ".gitignore").write_text("*\n")
        out = PROFILES / f"{name}.html"
        out.write_text(prof.output_html())
        print(f"(HTML: {out.relative_to(run.ROOT)})")


def profile_scenario(name: str, base: str, seconds: float, pyi: Any, html: bool) -> None:
    import floor_httpx
    import ours

    if h.is_async(name):
        asyncio.run(_profile_async(name, base, seconds, pyi, html))
        return
    try:
        call, check = getattr(ours, name)(base)
    except h.Skip as e:
        print(f"\n=== {name}: skipped: {e}")
        return
    check(call())
    for _ in range(50):
        call()
    n, dt = timed(call, 0.5)
    floor_call, _ = floor_httpx._sync(*_floor_request(name), None)(base)
    for _ in range(20):
        floor_call()
    fn, fdt = timed(floor_call, 0.5)
    _headline(name, dt / n * 1e6, fdt / fn * 1e6, "raw httpx.Client")
    if pyi is not None:
        prof = pyi.Profiler(interval=0.0001)
        prof.start()
        n, _ = timed(call, seconds)
        prof.stop()
        _report(prof, n, name, html)
    else:
        import cProfile
        import pstats

        pr = cProfile.Profile()
        pr.enable()
        n, _ = timed(call, seconds)
        pr.disable()
        print(f"--- cProfile, {n} calls; top functions by internal time:")
        pstats.Stats(pr).sort_stats("tottime").print_stats(30)


async def atimed(call: Callable[[], Awaitable[Any]], seconds: float) -> tuple[int, float]:
    n = 0
    t0 = time.perf_counter()
    end = t0 + seconds
    while time.perf_counter() < end:
        await call()
        n += 1
    return n, time.perf_counter() - t0


async def _profile_async(name: str, base: str, seconds: float, pyi: Any, html: bool) -> None:
    import floor_httpx
    import ours

    if name == "gather200":
        print("\n=== gather200: profile async_account instead (same path, one request at a time)")
        return
    try:
        call, check, close = await getattr(ours, name)(base)
    except h.Skip as e:
        print(f"\n=== {name}: skipped: {e}")
        return
    check(await call())
    for _ in range(50):
        await call()
    n, dt = await atimed(call, 0.5)
    floor_call, _, floor_close = await floor_httpx._async(*_floor_request(name), None)(base)
    for _ in range(20):
        await floor_call()
    fn, fdt = await atimed(floor_call, 0.5)
    await floor_close()
    _headline(name, dt / n * 1e6, fdt / fn * 1e6, "raw httpx.AsyncClient")
    if pyi is not None:
        prof = pyi.Profiler(interval=0.0001, async_mode="enabled")
        prof.start()
        n, _ = await atimed(call, seconds)
        prof.stop()
        _report(prof, n, name, html)
    else:
        import cProfile
        import pstats

        pr = cProfile.Profile()
        pr.enable()
        n, _ = await atimed(call, seconds)
        pr.disable()
        print(f"--- cProfile, {n} calls (coroutine resumptions count as calls); top functions by internal time:")
        pstats.Stats(pr).sort_stats("tottime").print_stats(30)
    await close()


def per_call(fn: Callable[[], Any], n: int) -> float:
    fn()
    t0 = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t0) / n * 1e6


def components() -> None:
    print("\n=== components, each measured alone (µs per operation)")
    orders_body = json.dumps(canned.all_orders(), separators=(",", ":")).encode()
    account_body = json.dumps(canned.cross_margin_account(), separators=(",", ":")).encode()
    order_body = json.dumps(canned.new_order_full(), separators=(",", ":")).encode()
    orders = json.loads(orders_body)
    rows: list[tuple[str, float]] = [
        ("json.loads 500 orders (215 KB)", per_call(lambda: json.loads(orders_body), 200)),
        ("json.loads account (20 assets)", per_call(lambda: json.loads(account_body), 3000)),
    ]
    try:
        import orjson

        rows += [
            ("orjson.loads 500 orders", per_call(lambda: orjson.loads(orders_body), 200)),
            ("orjson.loads account", per_call(lambda: orjson.loads(account_body), 3000)),
        ]
    except ImportError:
        rows.append(("orjson: not installed in .venv", 0.0))
    decimals = [o[k] for o in orders for k in ("price", "origQty", "executedQty", "cummulativeQuoteQty", "stopPrice")]
    rows.append(
        (
            f"Decimal(str) x {len(decimals)} (the 500 orders' decimal fields)",
            per_call(lambda: [Decimal(x) for x in decimals], 100),
        )
    )
    try:
        from binance_margin_generated.models import CrossMarginAccount, MarginOrder, NewOrderResult

        account, new_order = json.loads(account_body), json.loads(order_body)
        mo, cma, nor = MarginOrder.from_dict, CrossMarginAccount.from_dict, NewOrderResult.from_dict
        rows += [
            ("MarginOrder.from_dict x 500 (parsed dicts in)", per_call(lambda: [mo(o) for o in orders], 50)),
            ("CrossMarginAccount.from_dict (parsed dict in)", per_call(lambda: cma(account), 1000)),
            ("NewOrderResult.from_dict, 4 fills (parsed dict in)", per_call(lambda: nor(new_order), 2000)),
        ]
    except Exception as e:
        rows.append((f"generated models: {type(e).__name__}: {e}", 0.0))
    try:
        from binance_margin.signing import HmacSigner, encode_query

        params = {**h.ORDER_PARAMS, "recvWindow": 5000, "timestamp": 1718000000123}
        signer = HmacSigner(h.API_SECRET)
        q = encode_query(params).encode()
        rows += [
            ("signing.encode_query (order params)", per_call(lambda: encode_query(params), 20000)),
            ("HmacSigner.sign (order query)", per_call(lambda: signer.sign(q), 20000)),
        ]
    except Exception as e:
        rows.append((f"signing: {type(e).__name__}: {e}", 0.0))
    for label, us in rows:
        print(f"  {us:10,.1f}  {label}" if us else f"           {label}")


def import_breakdown(min_share: float = 0.015) -> None:
    stmt = "from binance_margin import MarginClient"
    p = subprocess.run(
        [sys.executable, "-I", "-X", "importtime", "-c", stmt], capture_output=True, text=True, check=False
    )
    if p.returncode != 0:
        print(f"\n=== import: `{stmt}` fails: {p.stderr.strip().splitlines()[-1:]}")
        return
    entries = []  # (cumulative us, self us, indented name), in the order -X importtime prints them
    for line in p.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        parts = line[len("import time:") :].split("|")
        entries.append((int(parts[1]), int(parts[0]), parts[2][1:]))
    total = sum(c for c, _s, name in entries if not name.startswith(" "))
    print(f"\n=== python -X importtime -c '{stmt}': {total / 1000:.0f} ms (importtime's own overhead included)")
    print(f"  import tree, modules costing at least {min_share:.1%} cumulative (children first, as Python prints):")
    for cum, self_us, name in entries:
        if cum >= total * min_share:
            print(f"  {cum / 1000:7.1f} ms cum {self_us / 1000:6.1f} ms self  {name}")
    print("  modules by self time:")
    for _c, self_us, name in sorted(entries, key=lambda e: -e[1])[:15]:
        print(f"  {self_us / 1000:8.1f} ms  {name.strip()}")


def py_spy(name: str, base: str, seconds: float) -> None:
    exe = shutil.which("py-spy")
    if exe is None:
        print("[py-spy] not on PATH; skipped")
        return
    PROFILES.mkdir(parents=True, exist_ok=True)
    out = PROFILES / f"{name}.svg"
    cmd = [exe, "record", "-r", "500", "-o", str(out), "--", sys.executable, str(BENCH / "workloads" / "ours.py")]
    cmd += ["--base-url", base, "--scenario", name, "--target-seconds", str(seconds)]
    r = subprocess.run(cmd, capture_output=True, text=True, check=False)
    print(f"[py-spy] {name}: {'wrote ' + str(out) if r.returncode == 0 else r.stderr.strip()[-300:]}")


def main() -> None:
    ap = argparse.ArgumentParser(description="profile binance-margin's sync hot path")
    ap.add_argument("--scenarios", default="account,order,all_orders")
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--no-html", action="store_true")
    ap.add_argument("--no-install", action="store_true")
    ap.add_argument("--py-spy", action="store_true", help="also record py-spy flame graphs (needs py-spy on PATH)")
    args = ap.parse_args()
    pyi = load_pyinstrument(install=not args.no_install)
    with run.Server() as srv:
        for name in args.scenarios.split(","):
            profile_scenario(name, srv.base_url, args.seconds, pyi, html=not args.no_html)
            if args.py_spy:
                py_spy(name, srv.base_url, args.seconds)
    components()
    import_breakdown()


if __name__ == "__main__":
    main()
