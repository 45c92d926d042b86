"""``binance-margin position``, ``position close``, ``position resume`` and ``repay-all`` against the sandbox."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from binance_margin import Isolated, MarginClient
from binance_margin.cli import ExitCode, app
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox
from typer.testing import CliRunner, Result

pytestmark = pytest.mark.integration


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("BINANCE_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("BINANCE_API_KEY", DEMO_API_KEY)
    monkeypatch.setenv("BINANCE_API_SECRET", DEMO_API_SECRET)


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox.running(port=0) as sandbox:
        yield sandbox


def _cli(sb: Sandbox, *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(app, ["--base-url", sb.base_url, *args], input=input)


def _ok(result: Result) -> Result:
    assert result.exit_code == 0, f"exit {result.exit_code}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return result


def _long(sb: Sandbox) -> None:
    with MarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sb.base_url) as c:
        c.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("2000"))
        c.transfer.universal_transfer(
            type="MARGIN_ISOLATEDMARGIN", asset="USDT", amount=Decimal("2000"), to_symbol="BTCUSDT"
        )
        c.trade.new_order(
            symbol="BTCUSDT",
            side="BUY",
            type="MARKET",
            quantity=Decimal("0.1"),
            side_effect_type="MARGIN_BUY",
            margin=Isolated("BTCUSDT"),
        )
    sb.clock.advance(hours=4)


def test_position_table_shows_levels_and_prices(sb: Sandbox) -> None:
    _long(sb)
    out = _ok(_cli(sb, "position", "--isolated", "btcusdt")).stdout
    assert "Position: isolated BTCUSDT margin" in out
    assert "Margin level (computed)" in out and "Margin level (Binance)" in out
    liq_line = next(line for line in out.splitlines() if "Liquidation price of BTC" in line)
    assert "%" in liq_line and "-" in liq_line.split("USDT;")[1]  # below the current price
    data = json.loads(_ok(_cli(sb, "position", "--isolated", "BTCUSDT", "--json")).stdout)
    assert Decimal(data["assets"]["USDT"]["borrowed"]) == Decimal("7700")
    assert Decimal(data["liquidation_prices"]["BTC"]) < Decimal("97000")


def test_position_close_asks_prints_each_step_and_resume_has_nothing_left(sb: Sandbox, tmp_path: Path) -> None:
    _long(sb)
    journal = str(tmp_path / "j.sqlite3")
    refused = _cli(sb, "position", "close", "--isolated", "BTCUSDT", "--journal", journal, input="n\n")
    assert refused.exit_code == 1 and "Aborted" in refused.output
    assert sb.user().account(("ISOLATED", "BTCUSDT")).balance("USDT").borrowed == Decimal("7700")  # nothing sent
    result = _ok(_cli(sb, "position", "close", "--isolated", "BTCUSDT", "--to", "spot", "--yes", "--journal", journal))
    assert "Closed: owed nothing." in result.stdout
    assert "SELL" in result.stdout and "AUTO_REPAY" in result.stdout and "MARGIN_MAIN" in result.stdout
    acc = sb.user().account(("ISOLATED", "BTCUSDT"))
    assert all(b.borrowed + b.interest == 0 and b.free == 0 for b in acc.balances.values())
    assert "Nothing to resume." in _ok(_cli(sb, "position", "resume", "--journal", journal)).stdout


def test_close_interrupted_exits_5_and_resume_finishes(sb: Sandbox, tmp_path: Path) -> None:
    _long(sb)
    journal = str(tmp_path / "j.sqlite3")
    sb.faults.add("/sapi/v1/margin/order", "lost_response", method="POST", times=1)
    stopped = _cli(sb, "position", "close", "--isolated", "BTCUSDT", "--yes", "--journal", journal)
    assert stopped.exit_code == ExitCode.UNKNOWN_STATUS
    assert "position resume" in stopped.stderr
    resumed = json.loads(_ok(_cli(sb, "position", "resume", "--journal", journal, "--json")).stdout)
    assert [(r["kind"], r["status"]) for r in resumed] == [("close", "finished")]
    assert resumed[0]["reconciled"][0]["status"] == "done" and resumed[0]["result"]["closed"] is True


def test_repay_all_and_its_shortfall(sb: Sandbox, tmp_path: Path) -> None:
    journal = str(tmp_path / "j.sqlite3")
    with MarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sb.base_url) as c:
        c.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("100"))
        c.borrow_repay.borrow_repay(asset="USDT", amount=Decimal("60"), type="BORROW")
        c.borrow_repay.borrow_repay(asset="BTC", amount=Decimal("0.001"), type="BORROW")
        c.trade.new_order(symbol="BTCUSDT", side="SELL", type="MARKET", quantity=Decimal("0.0005"))
    sb.clock.advance(hours=2)
    data = json.loads(_ok(_cli(sb, "repay-all", "usdt", "--journal", journal, "--json")).stdout)
    assert Decimal(data["principal_repaid"]) == 60 and Decimal(data["left"]) == 0
    assert Decimal(data["interest_repaid"]) > 0
    short = _cli(sb, "repay-all", "BTC", "--journal", journal)
    assert short.exit_code == ExitCode.VALIDATION
    assert "short" in short.stderr and "BTC" in short.stderr
