"""Side-by-side benchmarks of binance-margin against the SDKs users would pick instead (``make bench``).

What it does, in order:

1. Creates one virtualenv per peer under ``bench/.envs/`` (gitignored) with pinned versions, installing
   only when the env is missing or its pins changed. Our SDK and the floors run in the project's ``.venv``.
2. Starts ``bench/server.py``: a loopback HTTP/1.1 keep-alive server with canned Binance answers that
   verifies HMAC signatures (a wrongly signed request gets -1022 and the SDK's row shows the error), on a plain
   port and an HTTPS port. The HTTPS port serves a certificate signed by a CA made for this run (``bench/tls.py``);
   the ``tls_*`` scenarios run with ``SSL_CERT_FILE`` and ``REQUESTS_CA_BUNDLE`` naming that CA, so every SDK
   verifies the server's certificate as it would Binance's. The server counts TLS handshakes.
3. Runs every (SDK, scenario) in its own fresh process (``bench/workloads/<sdk>.py``), interleaved
   A B C A B C ... for several rounds (the order rotates each round) so machine drift cancels. Each process
   builds its client outside the timed region, warms up, then times calls for about ``--target-seconds``.
4. Measures cold import time and the memory an import adds, in fresh interpreters, interleaved too.
5. Reports medians over rounds and ratios: Markdown (``bench/results/latest.md`` + a dated copy), every raw
   number in ``latest.json``, and a PNG plot (``latest.png``, drawn with matplotlib in the tools env).

Usage: ``.venv/bin/python bench/run.py [--quick] [--rounds N] [--only SCENARIO,...] [--no-install]``.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tls import Certificates, make_ca

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
ENVS = BENCH / ".envs"
RESULTS = BENCH / "results"
WORKLOADS = BENCH / "workloads"
PROJECT_PY = ROOT / ".venv" / "bin" / "python"

# Pinned peers (checked on PyPI when this was written). Change a pin and the env is rebuilt.
PEER_ENVS: dict[str, list[str]] = {
    "pybinance": ["python-binance==1.0.37"],
    "connector": ["binance-connector==3.13.0"],
    "official": ["binance-sdk-margin-trading==8.9.0"],
    "tools": ["matplotlib==3.11.2", "pyinstrument==5.1.3"],
    # Our package alone, editable, base dependencies only: the import cost a user of `pip install
    # binance-margin` pays (the project .venv also has the dev/cli extras, e.g. rich and click, which make
    # `import httpx` load its CLI).
    "ours-clean": ["-e", str(ROOT)],
    # The same with the `cli` extra (rich, click...): what `import binance_margin` costs where those are installed
    # (httpx's own CLI would load them with httpx; issue 19 measures the import here).
    "ours-cli": ["-e", f"{ROOT}[cli]"],
}

SYNC_SCENARIOS = ["account", "order", "all_orders"]
ASYNC_SCENARIOS = ["async_account", "async_order", "async_all_orders", "gather200"]
TLS = "tls_"
"""Prefix of the HTTPS twin of a scenario: the same workload against the server's TLS port."""
TLS_SYNC_SCENARIOS = [TLS + s for s in SYNC_SCENARIOS]
TLS_ASYNC_SCENARIOS = [TLS + s for s in ASYNC_SCENARIOS]
SYNC = tuple(SYNC_SCENARIOS)
ASYNC = tuple(ASYNC_SCENARIOS)
SYNC_TLS = SYNC + tuple(TLS_SYNC_SCENARIOS)
ASYNC_TLS = ASYNC + tuple(TLS_ASYNC_SCENARIOS)
SCENARIO_TITLES = {
    "account": "signed GET cross margin account (20 assets)",
    "order": "signed POST new margin order (FULL, 4 fills)",
    "all_orders": "signed GET all orders (500 orders)",
    "async_account": "async signed GET cross margin account",
    "async_order": "async signed POST new margin order (FULL)",
    "async_all_orders": "async signed GET all orders (500 orders)",
    "gather200": "200 concurrent signed GETs on one async client (µs per batch)",
}
SCENARIO_TITLES.update({TLS + k: v + ", HTTPS" for k, v in list(SCENARIO_TITLES.items())})


@dataclass(frozen=True)
class Variant:
    key: str
    label: str
    kind: str  # "ours" | "peer" | "floor"
    env: str  # "project" or a key of PEER_ENVS
    script: str
    scenarios: tuple[str, ...]


# The HTTPS rows (tls_*) run our clients, python-binance (both), Binance's SDK and the stdlib/aiohttp floors.
VARIANTS = [
    Variant("ours", "binance-margin MarginClient", "ours", "project", "ours.py", SYNC_TLS),
    Variant("pb", "python-binance Client", "peer", "pybinance", "python_binance.py", SYNC_TLS),
    Variant("connector", "binance-connector Spot", "peer", "connector", "binance_connector.py", SYNC),
    Variant("official", "binance-sdk-margin-trading", "peer", "official", "official_sdk.py", SYNC_TLS),
    Variant("floor_http", "floor: http.client, pre-signed", "floor", "project", "floor_http_client.py", SYNC_TLS),
    Variant("floor_httpx", "floor: httpx.Client, pre-signed", "floor", "project", "floor_httpx.py", SYNC),
    Variant("ours_async", "binance-margin AsyncMarginClient", "ours", "project", "ours.py", ASYNC_TLS),
    Variant("pb_async", "python-binance AsyncClient", "peer", "pybinance", "python_binance.py", ASYNC_TLS),
    Variant("floor_httpx_async", "floor: httpx.AsyncClient, pre-signed", "floor", "project", "floor_httpx.py", ASYNC),
    Variant("floor_aiohttp", "floor: aiohttp, pre-signed", "floor", "project", "floor_aiohttp.py", ASYNC_TLS),
]  # fmt: skip
BY_KEY = {v.key: v for v in VARIANTS}

# (key, label, env, statement) for the cold-import probe.
IMPORTS = [
    ("ours_cli", "binance-margin (fresh env, cli extra)", "ours-cli", "from binance_margin import MarginClient"),
    ("ours_clean", "binance-margin (fresh env, base deps)", "ours-clean", "from binance_margin import MarginClient"),
    ("ours", "binance-margin (project .venv, all extras)", "project", "from binance_margin import MarginClient"),
    ("pb", "python-binance", "pybinance", "from binance.client import Client"),
    ("official", "binance-sdk-margin-trading", "official",
     "from binance_sdk_margin_trading.margin_trading import MarginTrading"),
    ("connector", "binance-connector", "connector", "from binance.spot import Spot"),
    ("httpx", "httpx alone (reference)", "project", "import httpx"),
]  # fmt: skip

# Ratios: which row is "python-binance" and which rows are floors, for sync and async scenarios.
REFERENCE = {"sync": "pb", "async": "pb_async", "sync_tls": "pb", "async_tls": "pb_async"}
FLOORS = {
    "sync": ["floor_http", "floor_httpx"],
    "async": ["floor_httpx_async", "floor_aiohttp"],
    "sync_tls": ["floor_http"],
    "async_tls": ["floor_aiohttp"],
}
GROUPS = (
    ("sync", "Sync clients", SYNC_SCENARIOS),
    ("async", "Async clients", ASYNC_SCENARIOS),
    ("sync_tls", "Sync clients over HTTPS", TLS_SYNC_SCENARIOS),
    ("async_tls", "Async clients over HTTPS", TLS_ASYNC_SCENARIOS),
)


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- environments


def env_python(env: str) -> Path:
    return PROJECT_PY if env == "project" else ENVS / env / "bin" / "python"


def ensure_env(name: str, install: bool = True) -> Path:
    """Create ``bench/.envs/<name>`` with its pinned requirements unless it is already there."""
    reqs = PEER_ENVS[name]
    path = ENVS / name
    py = path / "bin" / "python"
    stamp = path / ".bench-requirements"
    want = "\n".join(reqs) + "\n"
    if "-e" in reqs:  # our own package: reinstall when its dependencies change
        want += hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest() + "\n"
    if py.exists() and stamp.exists() and stamp.read_text() == want:
        return py
    if not install:
        raise SystemExit(f"bench env {name} is missing or stale and --no-install was given")
    log(f"[env] creating {path.relative_to(ROOT)} with {' '.join(reqs)}")
    ENVS.mkdir(parents=True, exist_ok=True)
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
    subprocess.run(
        [str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *reqs],
        check=True,
    )
    stamp.write_text(want)
    return py


# --------------------------------------------------------------------------- server


class Server:
    """The bench server on a plain port and, with ``certs``, an HTTPS port."""

    def __init__(self, certs: Certificates | None = None) -> None:
        self.proc: subprocess.Popen[str] | None = None
        self.certs = certs
        self.base_url = ""
        self.tls_url = ""

    def __enter__(self) -> Server:
        cmd = [str(PROJECT_PY if PROJECT_PY.exists() else sys.executable), str(BENCH / "server.py"), "--port", "0"]
        if self.certs is not None:
            cmd += ["--tls-cert", str(self.certs.cert), "--tls-key", str(self.certs.key)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if not line.startswith("READY "):
            self.proc.kill()
            raise RuntimeError(f"bench server did not start: {line!r}")
        ports = line.split()[1:]
        self.base_url = f"http://127.0.0.1:{ports[0]}"
        if len(ports) > 1:
            self.tls_url = f"https://127.0.0.1:{ports[1]}"
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()


# --------------------------------------------------------------------------- running


@dataclass
class Config:
    rounds: int
    server: Server
    target_seconds: float
    import_runs: int
    scenarios: list[str]
    variants: list[str]
    records: dict[str, dict[str, list[dict[str, Any]]]] = field(default_factory=dict)


def run_workload(v: Variant, scenario: str, cfg: Config) -> dict[str, Any]:
    server = cfg.server
    tls = scenario.startswith(TLS)
    cmd = [
        str(env_python(v.env)),
        str(WORKLOADS / v.script),
        "--base-url",
        server.tls_url if tls else server.base_url,
        "--stats-url",
        server.base_url,
        "--scenario",
        scenario.removeprefix(TLS),
        "--target-seconds",
        str(cfg.target_seconds),
    ]
    env = {
        k: val
        for k, val in os.environ.items()
        if not k.startswith(("BINANCE_", "PYTHON")) and k not in ("SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE")
    }
    if tls:
        assert server.certs is not None
        env.update(server.certs.client_env())
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600, check=False)
    wall = time.perf_counter() - t0
    try:
        rec: dict[str, Any] = json.loads(p.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        rec = {"error": f"workload crashed (exit {p.returncode}): {p.stderr.strip()[-800:]}"}
    rec["process_seconds"] = round(wall, 3)
    if "error" not in rec:
        rec.pop("traceback", None)
    return rec


CONSTRUCT = "MarginClient(api_key='bench-key', api_secret='bench-secret')"
"""Timed after our imports: the first client constructed (no request is sent)."""


def run_import(env: str, stmt: str, then: str | None = None) -> dict[str, float]:
    py = env_python(env)
    cmd = [str(py), "-I", str(WORKLOADS / "_importtime.py"), stmt, *([then] if then else [])]
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BINANCE_") and "proxy" not in k.lower()}
    p = subprocess.run(cmd, capture_output=True, text=True, check=False, env=clean)
    if p.returncode != 0:
        return {"error": p.stderr.strip().splitlines()[-1] if p.stderr.strip() else f"exit {p.returncode}"}  # type: ignore[dict-item]
    ms, rss0, rss1, mods, *more = p.stdout.split()
    out = {"ms": float(ms), "rss_mb": (int(rss1) - int(rss0)) / 2**20, "modules": int(mods)}
    if more:
        out.update(construct_ms=float(more[0]), httpx_loaded=float(more[1]))
    return out


def rotate(seq: list[Any], n: int) -> list[Any]:
    if not seq:
        return seq
    n %= len(seq)
    return seq[n:] + seq[:n]


def run_all(cfg: Config) -> dict[str, Any]:
    records: dict[str, dict[str, list[dict[str, Any]]]] = {s: {} for s in cfg.scenarios}
    for r in range(cfg.rounds):
        t_round = time.perf_counter()
        for scenario in cfg.scenarios:
            keys = [k for k in cfg.variants if scenario in BY_KEY[k].scenarios]
            for key in rotate(keys, r):
                rec = run_workload(BY_KEY[key], scenario, cfg)
                records[scenario].setdefault(key, []).append(rec)
                if r == 0 and ("error" in rec or "skipped" in rec):
                    log(f"  {scenario:17s} {BY_KEY[key].label}: {rec.get('error') or 'skipped: ' + rec['skipped']}")
        log(f"[round {r + 1}/{cfg.rounds}] {time.perf_counter() - t_round:.1f}s")
    imports: dict[str, list[dict[str, float]]] = {k: [] for k, *_ in IMPORTS}
    if cfg.import_runs:
        for key, _label, env, stmt in IMPORTS:  # one discarded run each: writes .pyc files, warms the disk cache
            run_import(env, stmt, CONSTRUCT if key.startswith("ours") else None)
        for r in range(cfg.import_runs):
            for key, _label, env, stmt in rotate(IMPORTS, r):
                imports[key].append(run_import(env, stmt, CONSTRUCT if key.startswith("ours") else None))
        log(f"[imports] {cfg.import_runs} runs each")
    return {"scenarios": records, "imports": imports}


# --------------------------------------------------------------------------- aggregation


def summarize(raw: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"scenarios": {}, "imports": {}}
    for scenario, per_variant in raw["scenarios"].items():
        rows = {}
        for key, recs in per_variant.items():
            good = [x for x in recs if "mean_us" in x]
            row: dict[str, Any] = {"label": BY_KEY[key].label, "kind": BY_KEY[key].kind, "rounds": len(good)}
            if good:
                means = [x["mean_us"] for x in good]
                med = statistics.median(means)
                row.update(
                    us=med,
                    min_us=min(means),
                    max_us=max(means),
                    spread=(max(means) - min(means)) / med if med else 0.0,
                    per_call_median_us=statistics.median(x["median_us"] for x in good),
                    construction_requests=good[0].get("construction_requests"),
                    bad_signatures=sum(x.get("server", {}).get("bad_signature", 0) for x in recs),
                    versions=good[0].get("versions", {}),
                    connections=statistics.median(x.get("server", {}).get("connections", 0) for x in good),
                    tls_handshakes=statistics.median(x.get("server", {}).get("tls_handshakes", 0) for x in good),
                )
                if scenario.removeprefix(TLS) == "gather200":
                    row["per_request_us"] = med / 200
            errors = [x.get("error") for x in recs if "error" in x]
            skips = [x.get("skipped") for x in recs if "skipped" in x]
            if errors:
                row["error"] = errors[0]
            if skips:
                row["skipped"] = skips[0]
            rows[key] = row
        out["scenarios"][scenario] = rows
    for key, label, _env, stmt in IMPORTS:
        runs = [x for x in raw["imports"].get(key, []) if "ms" in x]
        errs = [x["error"] for x in raw["imports"].get(key, []) if "error" in x]
        row = {"label": label, "statement": stmt, "runs": len(runs)}
        if runs:
            row.update(
                ms=statistics.median(x["ms"] for x in runs),
                min_ms=min(x["ms"] for x in runs),
                rss_mb=statistics.median(x["rss_mb"] for x in runs),
                modules=int(statistics.median(x["modules"] for x in runs)),
            )
            if all("construct_ms" in x for x in runs):
                row.update(
                    construct_ms=statistics.median(x["construct_ms"] for x in runs),
                    httpx_loaded=max(x["httpx_loaded"] for x in runs),
                )
        if errs:
            row["error"] = errs[0]
        out["imports"][key] = row
    return out


def _us(row: dict[str, Any] | None) -> float | None:
    return row.get("us") if row else None


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def targets(summary: dict[str, Any]) -> list[dict[str, Any]]:
    sc = summary["scenarios"]

    def us(scenario: str, key: str) -> float | None:
        return _us(sc.get(scenario, {}).get(key))

    out: list[dict[str, Any]] = []

    def add(name: str, value: float | None, limit: float, op: str, fmt: str = "{:.2f}x") -> None:
        if value is None:
            met: bool | None = None
            shown = "n/a"
        else:
            met = value <= limit if op == "<=" else value >= limit
            shown = fmt.format(value)
        out.append({"target": name, "measured": shown, "limit": f"{op} {fmt.format(limit)}", "met": met})

    for p, over in (("", ""), (TLS, " (HTTPS)")):  # the HTTPS rows have the same targets as plain HTTP
        if p and not any(s.startswith(TLS) for s in sc):
            continue
        for s, what in ((p + "account", "signed GET"), (p + "order", "signed POST")):
            add(f"sync {what}{over} vs python-binance Client", ratio(us(s, "ours"), us(s, "pb")), 0.6, "<=")
            floor = ratio(us(s, "ours"), us(s, "floor_http"))
            out.append(
                {
                    "target": f"sync {what}{over} vs raw http.client floor (reported, no limit)",
                    "measured": "n/a" if floor is None else f"{floor:.2f}x",
                    "limit": "-",
                    "met": None if floor is None else True,
                }
            )
        add(
            f"500 orders (typed, Decimal){over} vs python-binance dicts",
            ratio(us(p + "all_orders", "ours"), us(p + "all_orders", "pb")),
            1.0,
            "<=",
        )
        add(
            f"500 orders (typed, Decimal){over} vs binance-sdk-margin-trading",
            ratio(us(p + "all_orders", "ours"), us(p + "all_orders", "official")),
            0.33,
            "<=",
        )
        for s in ("async_account", "async_order", "gather200"):
            add(
                f"{s}{over} vs python-binance AsyncClient",
                ratio(us(p + s, "ours_async"), us(p + s, "pb_async")),
                1.0,
                "<=",
            )
        add(
            f"async_all_orders{over} vs python-binance AsyncClient (reported)",
            ratio(us(p + "async_all_orders", "ours_async"), us(p + "async_all_orders", "pb_async")),
            1.0,
            "<=",
        )
    # One TLS handshake per pooled connection, and sequential calls on one pooled connection: a process of the
    # sequential HTTPS rows (thousands of calls) makes one handshake.
    seq = [
        sc.get(TLS + s, {}).get(k, {}).get("tls_handshakes")
        for s, k in [(s, "ours") for s in SYNC_SCENARIOS] + [(s, "ours_async") for s in ASYNC_SCENARIOS[:3]]
    ]
    seq = [n for n in seq if n is not None]
    add("TLS handshakes per process, our sequential HTTPS rows (most)", max(seq) if seq else None, 1, "<=", "{:.0f}")
    pairs = [
        (row.get("tls_handshakes"), row.get("connections"))
        for s, rows in sc.items()
        if s.startswith(TLS)
        for row in rows.values()
        if row.get("tls_handshakes") is not None
    ]
    extra = [h - c for h, c in pairs if h is not None and c is not None]
    add("TLS handshakes beyond one per connection (all HTTPS rows)", max(extra) if extra else None, 0, "<=", "{:.0f}")
    imports = summary["imports"]
    for key, where in (("ours_cli", "fresh env, cli extra"), ("ours_clean", "fresh env"), ("ours", "project .venv")):
        imp = imports.get(key, {})
        add(f"cold `from binance_margin import MarginClient` ({where})", imp.get("ms"), 100, "<=", "{:.0f} ms")
        add(f"memory added by that import ({where})", imp.get("rss_mb"), 25, "<=", "{:.1f} MB")
    cli, pb_import = imports.get("ours_cli", {}), imports.get("pb", {}).get("ms")
    add("import (fresh env, cli extra) vs python-binance's import", ratio(cli.get("ms"), pb_import), 0.35, "<=")
    add("first MarginClient constructed after that import", cli.get("construct_ms"), 30, "<=", "{:.1f} ms")
    add(
        "httpx loaded by import + construction (any env; 0 = no)",
        max((imports.get(k, {}).get("httpx_loaded", 1) for k in ("ours_cli", "ours_clean", "ours")), default=None),
        0,
        "<=",
        "{:.0f}",
    )
    constr = [
        sc.get(s, {}).get(k, {}).get("construction_requests")
        for s in sc
        for k in ("ours", "ours_async")
        if sc.get(s, {}).get(k, {}).get("construction_requests") is not None
    ]
    add("requests sent at construction", max(constr) if constr else None, 0, "<=", "{:.0f}")
    ours_rounds = [row.get("rounds") for rows in sc.values() for k, row in rows.items() if k.startswith("ours")]
    counted = [r for r in ours_rounds if isinstance(r, int)]
    add("interleaved rounds behind each of our medians (fewest)", min(counted) if counted else None, 6, ">=", "{:.0f}")
    return out


# --------------------------------------------------------------------------- report


def _f(x: float | None, fmt: str = "{:,.0f}") -> str:
    return "–" if x is None else fmt.format(x)


def _rx(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}x"


def render(summary: dict[str, Any], meta: dict[str, Any]) -> str:
    sc = summary["scenarios"]
    lines = [
        "# binance-margin benchmarks",
        "",
        f"Run {meta['when']} on {meta['machine']}, Python {meta['python']}; {meta['rounds']} rounds, "
        f"~{meta['target_seconds']}s of calls per process{' (--quick)' if meta['quick'] else ''}.",
        "",
        "Each cell is the median over rounds of one process's mean time per call (GC included), against a "
        "loopback HTTP/1.1 keep-alive server that verifies every signature. Processes run interleaved "
        "(A B C ... A B C ..., order rotated each round). Ratios are time / time of the reference: "
        "below 1.00x is faster. Clients are built outside the timed region (python-binance pings the "
        "server from its constructor, `AsyncClient.create` also fetches the server time). Floors send a "
        "request signed once up front and `json.loads` the body into dicts.",
        "",
    ]
    for group, heading, scenarios in GROUPS:
        ref = REFERENCE[group]
        floors = FLOORS[group]
        shown = [s for s in scenarios if s in sc]
        if not shown:
            continue
        lines += [f"## {heading}", ""]
        if group.endswith("_tls"):
            lines += [
                "The same workloads against the server's HTTPS port: a certificate from a CA generated for this "
                "run, trusted through `SSL_CERT_FILE` and `REQUESTS_CA_BUNDLE`, verification on in every SDK. "
                "TLS 1.3 on loopback: what it adds is the encryption of each request and answer, and one "
                "handshake per connection (see the handshake table).",
                "",
            ]
        lines += [
            "| scenario | SDK | µs/call | spread | × "
            + BY_KEY[ref].label
            + " | "
            + " | ".join(f"× {BY_KEY[f].label.split(',')[0].replace('floor: ', '')} floor" for f in floors)
            + " |",
            "|---|---|---:|---:|---:|" + "---:|" * len(floors),
        ]
        for s in shown:
            rows = sc[s]
            order = [k for k in (v.key for v in VARIANTS) if k in rows]
            for i, key in enumerate(order):
                row = rows[key]
                name = f"**{row['label']}**" if row["kind"] == "ours" else row["label"]
                title = SCENARIO_TITLES[s] if i == 0 else ""
                if "us" not in row:
                    why = row.get("error") or ("skipped: " + row.get("skipped", "no result"))
                    lines.append(f"| {title} | {name} | {why[:140]} | | |" + " |" * len(floors))
                    continue
                us = row["us"]
                cell = _f(us)
                if s.removeprefix(TLS) == "gather200":
                    cell += f" ({us / 200:,.0f}/req)"
                if row.get("bad_signatures"):
                    cell += f" ⚠ {row['bad_signatures']} bad signatures"
                vs_ref = _rx(ratio(us, _us(rows.get(ref))))
                vs_floors = " | ".join(_rx(ratio(us, _us(rows.get(f)))) for f in floors)
                lines.append(f"| {title} | {name} | {cell} | ±{row['spread'] * 50:.0f}% | {vs_ref} | {vs_floors} |")
        lines.append("")
    imps = summary["imports"]
    if any("ms" in r for r in imps.values()):
        lines += [
            "## Cold import and memory",
            "",
            "Fresh interpreter per run (`python -I`, bytecode already compiled, warm disk cache), time of the "
            "import statement alone and the resident memory it adds; median of the runs. For our rows, "
            "the same process then constructs a first `MarginClient` (no request sent): that time is the last "
            "column.",
            "",
            "| SDK | statement | import ms | × python-binance | RSS added (MB) | modules loaded | then a client (ms) |",
            "|---|---|---:|---:|---:|---:|---:|",
        ]
        ref_ms = imps.get("pb", {}).get("ms")
        for key, row in imps.items():
            name = f"**{row['label']}**" if key.startswith("ours") else row["label"]
            if "ms" not in row:
                lines.append(f"| {name} | `{row['statement']}` | {row.get('error', 'n/a')[:120]} | | | | |")
                continue
            construct = f"{row['construct_ms']:.1f}" if "construct_ms" in row else "–"
            lines.append(
                f"| {name} | `{row['statement']}` | {row['ms']:.0f} | {_rx(ratio(row['ms'], ref_ms))} | "
                f"{row['rss_mb']:.1f} | {row['modules']} | {construct} |"
            )
        lines.append("")
    tls_rows = [(s, k, row) for s, rows in sc.items() if s.startswith(TLS) for k, row in rows.items() if "us" in row]
    if tls_rows:
        lines += [
            "## TLS handshakes (counted by the server)",
            "",
            "Per process (median over rounds): connections the server accepted and TLS handshakes it completed, "
            "construction, warm-up and thousands of timed calls included. A keep-alive client makes one "
            "handshake per pooled connection.",
            "",
            "| scenario | SDK | connections | TLS handshakes |",
            "|---|---|---:|---:|",
        ]
        for s, _k, row in tls_rows:
            name = f"**{row['label']}**" if row["kind"] == "ours" else row["label"]
            lines.append(f"| {s} | {name} | {row['connections']:.0f} | {row['tls_handshakes']:.0f} |")
        lines.append("")
    constr = {}
    for rows in sc.values():
        for row in rows.values():
            if row["kind"] != "floor" and row.get("construction_requests") is not None:
                constr.setdefault(row["label"], row["construction_requests"])
    if constr:
        lines += ["## Requests sent while constructing the client", "", "| SDK | requests |", "|---|---:|"]
        lines += [f"| {label} | {n} |" for label, n in constr.items()]
        lines.append("")
    lines += ["## Targets (issues 14 and 19)", "", "| target | measured | limit | met |", "|---|---:|---:|:---:|"]
    for t in summary["targets"]:
        mark = {True: "yes", False: "**no**", None: "not measured"}[t["met"]]
        lines.append(f"| {t['target']} | {t['measured']} | {t['limit']} | {mark} |")
    lines += ["", "Versions: " + ", ".join(f"{k} {v}" for k, v in sorted(meta["versions"].items())), ""]
    return "\n".join(lines)


def collect_versions(summary: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for rows in summary["scenarios"].values():
        for row in rows.values():
            for k, v in row.get("versions", {}).items():
                if k != "python" and v != "missing":
                    out[k] = v
    return out


def write_outputs(summary: dict[str, Any], raw: dict[str, Any], meta: dict[str, Any], plot: bool) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / ".gitignore").write_text("partial.*\nprofiles/\n")
    md = render(summary, meta)
    payload = {"meta": meta, "summary": summary, "raw": raw}
    # A run restricted with --only/--sdks writes partial.* and leaves latest.* (what the README quotes) alone.
    name = "partial" if meta["partial"] else "latest"
    (RESULTS / f"{name}.md").write_text(md)
    if not meta["partial"]:
        (RESULTS / f"{_dt.datetime.now().strftime('%Y-%m-%d-%H%M')}.md").write_text(md)
    (RESULTS / f"{name}.json").write_text(json.dumps(payload, indent=1, default=str))
    if plot:
        try:
            py = ensure_env("tools", install=meta["install"])
            subprocess.run(
                [str(py), str(BENCH / "plot.py"), str(RESULTS / f"{name}.json"), str(RESULTS / f"{name}.png")],
                check=True,
            )
        except (subprocess.CalledProcessError, SystemExit) as e:
            log(f"[plot] skipped: {e}")
    return RESULTS / f"{name}.md"


def main() -> None:
    ap = argparse.ArgumentParser(description="binance-margin side-by-side benchmarks")
    ap.add_argument("--quick", action="store_true", help="2 rounds, short runs: about a minute")
    ap.add_argument("--rounds", type=int)
    ap.add_argument("--target-seconds", type=float, help="seconds of timed calls per process")
    ap.add_argument("--import-runs", type=int)
    ap.add_argument(
        "--only", help="comma-separated scenarios (account,order,all_orders,async_...,gather200; tls_<scenario>)"
    )
    ap.add_argument("--no-tls", action="store_true", help="leave out the HTTPS (tls_*) scenarios")
    ap.add_argument("--sdks", help="comma-separated variant keys: " + ",".join(BY_KEY))
    ap.add_argument("--no-install", action="store_true", help="fail instead of creating a missing env")
    ap.add_argument("--no-plot", action="store_true")
    args = ap.parse_args()

    quick = args.quick
    scenarios = args.only.split(",") if args.only else SYNC_SCENARIOS + ASYNC_SCENARIOS
    if not args.only and not args.no_tls:
        scenarios += TLS_SYNC_SCENARIOS + TLS_ASYNC_SCENARIOS
    unknown = [s for s in scenarios if s not in SCENARIO_TITLES]
    if unknown:
        ap.error(f"unknown scenarios {unknown}")
    variants = args.sdks.split(",") if args.sdks else list(BY_KEY)
    cfg = Config(
        server=Server(),
        rounds=args.rounds or (2 if quick else 6),
        target_seconds=args.target_seconds or (0.15 if quick else 0.4),
        import_runs=args.import_runs if args.import_runs is not None else (3 if quick else 9),
        scenarios=scenarios,
        variants=[k for k in variants if k in BY_KEY],
    )
    if not PROJECT_PY.exists():
        raise SystemExit(f"{PROJECT_PY} is missing: run `make setup` first")
    needed = {BY_KEY[k].env for k in cfg.variants} | {env for *_, env, _ in IMPORTS}
    for env in sorted(needed - {"project"}):
        ensure_env(env, install=not args.no_install)

    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-tls-") as folder:
        if any(s.startswith(TLS) for s in cfg.scenarios):
            cfg.server = Server(make_ca(Path(folder)))
        with cfg.server as server:
            log(f"[server] {server.base_url} {server.tls_url}; {cfg.rounds} rounds x {len(cfg.scenarios)} scenarios")
            raw = run_all(cfg)
    summary = summarize(raw)
    summary["targets"] = targets(summary)
    meta = {
        "when": _dt.datetime.now().isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "rounds": cfg.rounds,
        "target_seconds": cfg.target_seconds,
        "import_runs": cfg.import_runs,
        "quick": quick,
        "install": not args.no_install,
        "partial": bool(args.only or args.sdks),
        "seconds": round(time.perf_counter() - t0, 1),
        "versions": collect_versions(summary),
    }
    out = write_outputs(summary, raw, meta, plot=not args.no_plot)
    print(out.read_text())
    log(f"[done] {meta['seconds']}s; wrote {out.relative_to(ROOT)} (+ .json, .png)")


if __name__ == "__main__":
    main()
