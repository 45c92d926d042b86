"""The server as a whole: every spec operation has a handler, configuration files, the CLI, the async variant."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import httpx
import pydantic
import pytest
from binance_margin.sandbox import (
    DEMO_API_KEY,
    DEMO_API_SECRET,
    AsyncSandbox,
    Sandbox,
    config_from_dict,
    create_app,
    default_config,
    load_config,
)
from binance_margin.sandbox._handlers import HANDLERS
from binance_margin.sandbox._routes import build_routes
from binance_margin_generated.operations import BY_ROUTE

from ._signing import Api

ROOT = Path(__file__).resolve().parents[2]


def test_every_spec_operation_has_a_handler() -> None:
    missing = sorted(f"{m} {p}" for (m, p) in BY_ROUTE if (m, p) not in HANDLERS)
    assert missing == []
    routes = build_routes()
    assert set(BY_ROUTE) <= set(routes)
    assert all(routes[k].in_spec for k in BY_ROUTE)


def test_default_config() -> None:
    cfg = default_config()
    demo = cfg.users[0]
    assert demo.api_keys[0].api_key == DEMO_API_KEY == "demo-api-key"
    assert demo.api_keys[0].secret is not None and demo.api_keys[0].secret.get_secret_value() == DEMO_API_SECRET
    assert demo.spot == {"BTC": 10, "ETH": 100, "BNB": 1000, "USDT": 100_000}
    assert [p.symbol for p in cfg.pairs] == ["BTCUSDT", "ETHUSDT", "BNBUSDT", "ETHBTC", "BNBBTC"]
    btc = cfg.pair("BTCUSDT")
    assert btc is not None
    assert (btc.filters.tick_size, btc.filters.step_size, btc.filters.min_notional) == (
        Decimal("0.01"),
        Decimal("0.00001"),
        Decimal(5),
    )
    assert all(p.cross and p.isolated for p in cfg.pairs)


def test_config_file_yaml_and_json(tmp_path: Path) -> None:
    yaml_file = tmp_path / "sandbox.yaml"
    yaml_file.write_text(
        """
assets:
  - name: SOL
    full_name: Solana
    daily_interest: 0.0003
pairs:
  - symbol: SOLUSDT
    base: SOL
    quote: USDT
    price: 150.5
    filters: {tick_size: "0.01", step_size: "0.001", min_qty: "0.001"}
users:
  - name: demo
    spot: {SOL: 25}
  - name: alice
    api_keys: [{api_key: alice-key, secret: alice-secret}]
    cross: {USDT: 500}
    isolated: {BTCUSDT: {USDT: 100}}
prices: {BTCUSDT: 65000}
""",
        encoding="utf-8",
    )
    cfg = load_config(yaml_file)
    assert cfg.pair("SOLUSDT") is not None and cfg.pair("BTCUSDT").price == Decimal(65000)  # type: ignore[union-attr]
    assert cfg.users[0].spot["SOL"] == Decimal(25) and cfg.users[0].spot["BTC"] == Decimal(10)
    with Sandbox.running(cfg) as sb:
        alice = Api(sb.base_url, "alice-key", secret="alice-secret")
        iso = alice.get("/sapi/v1/margin/isolated/account")
        assert iso["assets"][0]["quoteAsset"]["free"] == "100.00000000"
        assert alice.get("/sapi/v1/margin/priceIndex", {"symbol": "SOLUSDT"}, signed=False)["price"] == "150.50000000"
        demo = Api(sb.base_url)
        assert demo.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "SOL", "amount": "5"})
    json_file = tmp_path / "sandbox.json"
    json_file.write_text(json.dumps({"include_defaults": False, "assets": [{"name": "USDT"}, {"name": "XYZ"}]}))
    bare = load_config(json_file)
    assert bare.users == [] and bare.pairs == []


def test_bad_config_is_refused() -> None:
    with pytest.raises(pydantic.ValidationError):
        config_from_dict({"pairs": [{"symbol": "DOGEUSDT", "base": "DOGE", "quote": "USDT", "price": 1}]})
    with pytest.raises(pydantic.ValidationError):
        config_from_dict({"users": [{"name": "x", "api_keys": [{"api_key": "k", "type": "RSA"}]}]})
    with pytest.raises(ValueError):
        config_from_dict({"prices": {"NOPE": 1}})


def test_create_app() -> None:
    app = create_app()
    assert app.router.routes()


def _start_cli(*extra: str) -> tuple[subprocess.Popen[str], str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "binance_margin.sandbox", "--port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    for _ in range(50):
        line = proc.stdout.readline()
        m = re.search(r"listening on (http://\S+)", line)
        if m:
            return proc, m.group(1)
    proc.kill()
    raise AssertionError("the sandbox did not start")


def test_cli_runs_and_stops(tmp_path: Path) -> None:
    cfg = tmp_path / "c.json"
    cfg.write_text(json.dumps({"prices": {"ETHUSDT": "3000"}}))
    proc, url = _start_cli("--config", str(cfg))
    try:
        assert httpx.get(f"{url}/api/v3/time").json()["serverTime"] > 0
        api = Api(url)
        assert api.get("/sapi/v1/margin/priceIndex", {"symbol": "ETHUSDT"}, signed=False)["price"] == "3000.00000000"
        assert api.get("/sapi/v1/margin/account")["marginLevel"] == "999.00000000"
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=20)
    assert proc.returncode == 0, out
    assert "stopped" in out


def test_cli_help() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "binance_margin.sandbox", "--help"], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    assert "--port" in out and "--config" in out


async def test_async_sandbox() -> None:
    async with AsyncSandbox.running() as sb, httpx.AsyncClient() as client:
        r = await client.get(f"{sb.base_url}/api/v3/time")
        assert r.status_code == 200
        assert r.headers["X-MBX-USED-WEIGHT-1M"] == "1"
        sb.set_price("BTCUSDT", "90000")
        r = await client.get(
            f"{sb.base_url}/sapi/v1/margin/priceIndex?symbol=BTCUSDT", headers={"X-MBX-APIKEY": DEMO_API_KEY}
        )
        assert r.json()["price"] == "90000.00000000"


def test_two_sandboxes_are_independent() -> None:
    with Sandbox.running() as a, Sandbox.running() as b:
        assert a.port != b.port
        a.set_price("BTCUSDT", Decimal(1000))
        assert b.price("BTCUSDT") == Decimal("97000.00")
