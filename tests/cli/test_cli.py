"""The ``binance-margin`` command line, run in-process with typer's CliRunner against the local sandbox."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from binance_margin.cli import ExitCode, app
from typer.testing import CliRunner, Result

try:
    from binance_margin.sandbox import Sandbox
    from binance_margin.sandbox._state import BorrowRepayRecord, Order
except ImportError:  # pragma: no cover - the sandbox needs the "sandbox" extra (aiohttp)
    Sandbox = None  # type: ignore[assignment,misc,unused-ignore]

DEMO_KEY = "demo-api-key"
DEMO_SECRET = "demo-api-secret"

needs_sandbox = pytest.mark.skipif(Sandbox is None, reason="binance_margin.sandbox is not available")


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("BINANCE_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def sandbox() -> Iterator[Any]:
    """A fresh sandbox (default configuration: the demo user, funded in spot) on a free loopback port."""
    if Sandbox is None:
        pytest.skip("binance_margin.sandbox is not available")
    with Sandbox.running(port=0) as box:
        yield box


@pytest.fixture
def sandbox_url(sandbox: Any) -> str:
    url: str = sandbox.base_url
    return url


@pytest.fixture
def cli(sandbox_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run ``binance-margin --base-url <sandbox> ...`` with the demo credentials in the environment."""
    monkeypatch.setenv("BINANCE_API_KEY", DEMO_KEY)
    monkeypatch.setenv("BINANCE_API_SECRET", DEMO_SECRET)

    def run(*args: str) -> Result:
        return CliRunner().invoke(app, ["--sandbox", "--base-url", sandbox_url, *args])

    return run


def _ok(result: Result) -> Result:
    assert result.exit_code == 0, f"exit {result.exit_code}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return result


def _json(result: Result) -> Any:
    return json.loads(_ok(result).stdout)


def _cross_asset(cli: Any, asset: str) -> dict[str, Any]:
    account = _json(cli("--json", "account", "cross"))
    for row in account["userAssets"]:
        if row["asset"] == asset:
            return dict(row)
    return {"asset": asset, "free": "0", "borrowed": "0", "netAsset": "0"}


def _fund_cross(cli: Any, asset: str = "USDT", amount: str = "1000") -> None:
    _ok(cli("transfer", asset, amount, "--from", "spot", "--to", "cross"))


# ----------------------------------------------------------------------------------------------------------------
# against the sandbox
# ----------------------------------------------------------------------------------------------------------------


@needs_sandbox
def test_account_cross_shows_balances_as_a_table(cli: Any) -> None:
    _fund_cross(cli, "USDT", "1234.5")
    result = _ok(cli("account", "cross"))
    assert "Cross margin account" in result.stdout
    assert "Margin level" in result.stdout
    line = next(line for line in result.stdout.splitlines() if " USDT " in f" {line} ")
    assert "1234.5" in line


@needs_sandbox
def test_json_output_parses_and_keeps_decimals_as_strings(cli: Any) -> None:
    _fund_cross(cli, "BTC", "0.5")
    account = _json(cli("account", "cross", "--json"))
    assert isinstance(account["marginLevel"], str)
    btc = next(row for row in account["userAssets"] if row["asset"] == "BTC")
    assert isinstance(btc["free"], str)
    assert Decimal(btc["free"]) == Decimal("0.5")
    price = _json(cli("--json", "price-index", "BTCUSDT"))
    assert price["symbol"] == "BTCUSDT"
    assert Decimal(price["price"]) > 0


@needs_sandbox
def test_borrow_and_repay_change_the_balances(cli: Any) -> None:
    _fund_cross(cli, "USDT", "1000")
    _fund_cross(cli, "BTC", "0.01")  # to pay the interest charged on borrowing
    before = _cross_asset(cli, "BTC")
    assert Decimal(before["borrowed"]) == 0

    borrowed = _json(cli("--json", "borrow", "btc", "0.001"))
    assert borrowed["tranId"] > 0
    assert borrowed["amount"] == "0.001"
    after_borrow = _cross_asset(cli, "BTC")
    assert Decimal(after_borrow["borrowed"]) == Decimal("0.001")
    assert Decimal(after_borrow["free"]) == Decimal(before["free"]) + Decimal("0.001")

    owed = Decimal(after_borrow["borrowed"]) + Decimal(after_borrow["interest"])
    result = _ok(cli("repay", "BTC", format(owed, "f")))
    assert f"Repaid {format(owed, 'f')} BTC" in result.stdout
    after_repay = _cross_asset(cli, "BTC")
    assert Decimal(after_repay["borrowed"]) == 0
    assert Decimal(after_repay["interest"]) == 0

    history = _json(cli("--json", "borrow-repay-history", "borrow", "--asset", "BTC", "--days", "40"))
    assert [row["txId"] for row in history] == [borrowed["tranId"]]


@needs_sandbox
def test_max_borrowable_grows_with_collateral(cli: Any) -> None:
    nothing = _json(cli("--json", "max-borrowable", "USDT"))
    _fund_cross(cli, "BTC", "1")
    some = _json(cli("--json", "max-borrowable", "USDT"))
    assert Decimal(some["amount"]) > Decimal(nothing["amount"])


@needs_sandbox
def test_order_placed_listed_cancelled_and_in_history(cli: Any) -> None:
    _fund_cross(cli, "USDT", "1000")
    placed = _json(cli("--json", "orders", "new", "BTCUSDT", "buy", "limit", "-q", "0.001", "-p", "50000"))
    order_id = placed["orderId"]
    assert placed["status"] == "NEW"

    table = _ok(cli("orders", "open", "BTCUSDT"))
    assert str(order_id) in table.stdout
    assert "50000" in table.stdout
    listed = _json(cli("--json", "orders", "open"))
    assert [o["orderId"] for o in listed] == [order_id]

    cancelled = _json(cli("--json", "orders", "cancel", "BTCUSDT", "--order-id", str(order_id)))
    assert cancelled["status"] == "CANCELED"
    assert _json(cli("--json", "orders", "open", "BTCUSDT")) == []

    history = _ok(cli("orders", "history", "BTCUSDT"))
    assert str(order_id) in history.stdout
    assert "CANCELED" in history.stdout
    by_id = _json(cli("--json", "orders", "history", "BTCUSDT", "--from-id", "0"))
    assert [o["orderId"] for o in by_id] == [order_id]


@needs_sandbox
def test_order_history_pages_by_time_and_by_id(cli: Any, sandbox: Any) -> None:
    now = int(time.time() * 1000)
    user = sandbox.user()
    ids = []
    for i in range(1200):  # 100 s apart: about 860 orders in the last day, more than one page of 500
        order_id = sandbox.state.new_id()
        ids.append(order_id)
        stamp = now - 5_000 - (1199 - i) * 100_000
        user.orders[order_id] = Order(
            order_id=order_id,
            client_order_id=f"seeded-{i}",
            symbol="BTCUSDT",
            account=("CROSS", None),
            side="BUY",
            type="LIMIT",
            time_in_force="GTC",
            orig_qty=Decimal("0.001"),
            price=Decimal(50000),
            status="CANCELED",
            time=stamp,
            update_time=stamp,
            is_working=False,
        )
    by_time = _json(cli("--json", "orders", "history", "BTCUSDT", "--days", "2"))
    assert [o["orderId"] for o in by_time] == ids
    by_id = _json(cli("--json", "orders", "history", "BTCUSDT", "--from-id", "0"))
    assert [o["orderId"] for o in by_id] == ids
    capped = _json(cli("--json", "orders", "history", "BTCUSDT", "--from-id", str(ids[100]), "--max", "600"))
    assert [o["orderId"] for o in capped] == ids[100:700]
    last_day = _ok(cli("orders", "history", "BTCUSDT"))
    assert "Orders on BTCUSDT (cross): 864" in last_day.stdout


@needs_sandbox
def test_borrow_repay_history_walks_windows_and_pages(cli: Any, sandbox: Any) -> None:
    now = int(time.time() * 1000)
    user = sandbox.user()
    for i in reversed(range(250)):  # one every 2 hours over about 21 days, oldest (smallest id) first
        user.borrow_repay.append(
            BorrowRepayRecord(
                tx_id=sandbox.state.new_id(),
                kind="BORROW",
                asset="USDT",
                amount=Decimal(i + 1),
                principal=Decimal(i + 1),
                timestamp=now - 60_000 - i * 7_200_000,
            )
        )
    with_asset = _json(cli("--json", "borrow-repay-history", "borrow", "--asset", "usdt"))  # one 30-day window
    assert [Decimal(r["principal"]) for r in with_asset] == [Decimal(i + 1) for i in range(250)]
    without = _json(cli("--json", "borrow-repay-history", "BORROW", "--days", "30"))  # five 7-day windows
    assert [r["txId"] for r in without] == [r["txId"] for r in with_asset]
    assert _json(cli("--json", "borrow-repay-history", "repay")) == []
    one = _json(cli("--json", "borrow-repay-history", "borrow", "--tx-id", str(with_asset[3]["txId"])))
    assert [r["principal"] for r in one] == ["4.00000000"]


@needs_sandbox
def test_isolated_transfer_from_spot_is_one_transfer(cli: Any) -> None:
    result = _json(
        cli("--json", "transfer", "USDT", "40", "--from", "spot", "--to", "isolated", "--isolated", "ETHUSDT")
    )
    assert [(leg["type"], leg["status"]) for leg in result["legs"]] == [("MAIN_ISOLATED_MARGIN", "done")]
    (pair,) = _json(cli("--json", "account", "isolated", "--symbol", "ETHUSDT"))["assets"]
    assert Decimal(pair["quoteAsset"]["free"]) == Decimal(40)
    back = _json(cli("--json", "transfer", "USDT", "40", "--from", "isolated", "--to", "spot", "--isolated", "ETHUSDT"))
    assert [(leg["type"], leg["status"]) for leg in back["legs"]] == [("ISOLATED_MARGIN_MAIN", "done")]
    assert cli("transfer", "USDT", "1", "--from", "spot", "--to", "cross", "--via-cross").exit_code != 0


@needs_sandbox
def test_isolated_transfer_from_spot_via_cross_runs_as_two_legs(cli: Any) -> None:
    result = _json(
        cli(
            "--json",
            "transfer",
            "USDT",
            "250",
            "--from",
            "spot",
            "--to",
            "isolated",
            "--isolated",
            "btcusdt",
            "--via-cross",
        )
    )
    legs = result["legs"]
    assert [leg["type"] for leg in legs] == ["MAIN_MARGIN", "MARGIN_ISOLATEDMARGIN"]
    assert [leg["status"] for leg in legs] == ["done", "done"]
    assert all(leg["tranId"] for leg in legs)

    isolated = _json(cli("--json", "account", "isolated", "--symbol", "BTCUSDT"))
    (pair,) = isolated["assets"]
    assert pair["symbol"] == "BTCUSDT"
    assert Decimal(pair["quoteAsset"]["free"]) == Decimal(250)
    table = _ok(cli("account", "isolated", "-s", "BTCUSDT"))
    assert "BTCUSDT" in table.stdout

    order = _json(
        cli("--json", "orders", "new", "BTCUSDT", "BUY", "LIMIT", "-q", "0.001", "-p", "50000", "--isolated", "BTCUSDT")
    )
    assert order["isIsolated"] is True
    (listed,) = _json(cli("orders", "open", "--isolated", "BTCUSDT", "--json"))
    assert listed["orderId"] == order["orderId"]
    assert _json(cli("--json", "orders", "open")) == []  # nothing in cross margin
    _ok(cli("orders", "cancel", "BTCUSDT", "--client-order-id", order["clientOrderId"], "--isolated", "BTCUSDT"))

    back = _ok(
        cli("transfer", "USDT", "250", "--from", "isolated", "--to", "spot", "--isolated", "BTCUSDT", "--via-cross")
    )
    assert "ISOLATEDMARGIN_MARGIN" in back.stdout
    assert "MARGIN_MAIN" in back.stdout
    assert back.stdout.count("done") == 2


@needs_sandbox
def test_failed_second_leg_is_reported_with_the_first_leg_done(cli: Any) -> None:
    result = cli(
        "--json",
        "transfer",
        "USDT",
        "10",
        "--from",
        "spot",
        "--to",
        "isolated",
        "--isolated",
        "NOPEUSDT",
        "--via-cross",
    )
    assert result.exit_code == ExitCode.API
    legs = json.loads(result.stdout)["legs"]
    assert [leg["status"] for leg in legs] == ["done", "failed"]
    assert "now in cross margin" in result.stderr
    assert "To undo:" in result.stderr
    assert Decimal(_cross_asset(cli, "USDT")["free"]) == Decimal(10)


@needs_sandbox
def test_api_error_prints_the_sdk_message_and_exits_3(cli: Any) -> None:
    result = cli("repay", "BTC", "1")
    assert result.exit_code == ExitCode.API
    assert result.stderr.startswith("Error: [-")
    assert "Traceback" not in result.output


@needs_sandbox
def test_order_with_a_lost_response_is_looked_up(cli: Any, sandbox: Any) -> None:
    _fund_cross(cli, "USDT", "1000")
    sandbox.faults.add("/sapi/v1/margin/order", "lost_response", method="POST", times=1)
    result = cli("--json", "orders", "new", "BTCUSDT", "BUY", "LIMIT", "-q", "0.001", "-p", "50000")
    assert result.exit_code == 0, result.stderr
    assert "Outcome unknown" in result.stderr
    assert "The order was placed." in result.stderr
    found = json.loads(result.stdout)
    assert found["status"] == "NEW"
    assert [o["orderId"] for o in _json(cli("--json", "orders", "open"))] == [found["orderId"]]


@needs_sandbox
def test_order_whose_outcome_stays_unknown_exits_5(cli: Any, sandbox: Any) -> None:
    _fund_cross(cli, "USDT", "1000")
    sandbox.faults.add("/sapi/v1/margin/order", "5xx", method="POST", status=503, code=-1007, times=1)
    result = cli("orders", "new", "BTCUSDT", "BUY", "LIMIT", "-q", "0.001", "-p", "50000", "--reconcile-wait", "0")
    assert result.exit_code == ExitCode.UNKNOWN_STATUS
    assert "Binance does not know this order" in result.stderr
    assert "client order id bm-" in result.stderr
    assert _json(cli("--json", "orders", "open")) == []


@needs_sandbox
def test_transfer_leg_with_unknown_outcome_exits_5(cli: Any, sandbox: Any) -> None:
    sandbox.faults.add("/sapi/v1/asset/transfer", "lost_response", method="POST", skip=1, times=1)
    result = cli(
        "--json", "transfer", "USDT", "10", "--from", "spot", "--to", "isolated", "--isolated", "ETHUSDT", "--via-cross"
    )
    assert result.exit_code == ExitCode.UNKNOWN_STATUS
    assert [leg["status"] for leg in json.loads(result.stdout)["legs"]] == ["done", "unknown"]
    assert "outcome is unknown" in result.stderr


@needs_sandbox
def test_rate_limits_after_a_call(cli: Any) -> None:
    usage = _json(cli("--json", "rate-limits"))
    assert usage["used_weight"]
    assert usage["used_ip_weight"]
    result = _ok(cli("--rate-limits", "price-index", "ETHUSDT"))
    assert "Rate-limit usage after this command" in result.stderr
    assert "sapi IP weight" in result.stderr


@needs_sandbox
def test_missing_credentials_give_a_clear_message(sandbox_url: str) -> None:
    result = CliRunner().invoke(app, ["--base-url", sandbox_url, "--sandbox", "account", "cross"])
    assert result.exit_code == ExitCode.VALIDATION
    assert "missing credentials" in result.stderr
    assert "BINANCE_API_KEY" in result.stderr
    assert "demo-api-key" in result.stderr


# ----------------------------------------------------------------------------------------------------------------
# without a sandbox
# ----------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("amount", ["1e-05", "0.1e3", "nan", "inf", "+1", "0", "0.000", "1,5", "0.1f", "1.2.3"])
def test_float_like_or_bad_amount_is_refused_before_sending(amount: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BINANCE_API_KEY", DEMO_KEY)
    monkeypatch.setenv("BINANCE_API_SECRET", DEMO_SECRET)
    result = CliRunner().invoke(app, ["--base-url", "http://127.0.0.1:9", "borrow", "BTC", amount])
    assert result.exit_code == int(ExitCode.VALIDATION) == 2
    assert "Invalid value for 'AMOUNT'" in result.stderr
    assert repr(amount) in result.stderr
    assert "Traceback" not in result.output


def test_exponent_amount_message_says_what_to_type() -> None:
    result = CliRunner().invoke(app, ["orders", "new", "BTCUSDT", "BUY", "LIMIT", "-q", "1e-05", "-p", "50000"])
    assert result.exit_code == ExitCode.VALIDATION
    assert "write it as 0.00001" in result.stderr


def test_missing_credentials_without_a_server() -> None:
    result = CliRunner().invoke(app, ["--base-url", "http://127.0.0.1:9", "borrow", "USDT", "10"])
    assert result.exit_code == ExitCode.VALIDATION
    assert "missing credentials: set BINANCE_API_KEY and BINANCE_API_SECRET" in result.stderr
    assert "Traceback" not in result.output


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_connection_refused_exits_4(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BINANCE_API_KEY", DEMO_KEY)
    monkeypatch.setenv("BINANCE_API_SECRET", DEMO_SECRET)
    url = f"http://127.0.0.1:{_free_port()}"
    result = CliRunner().invoke(app, ["--sandbox", "--base-url", url, "borrow", "USDT", "10"])
    assert result.exit_code == ExitCode.TRANSPORT
    assert result.stderr.startswith("Error: ")
    assert f"is the sandbox running at {url}?" in result.stderr


class _Failing(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = b'{"code": -1000, "msg": "An unknown error occurred while processing the request."}'
        self.send_response(503)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def failing_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Failing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_unknown_execution_status_exits_5(failing_server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BINANCE_API_KEY", DEMO_KEY)
    monkeypatch.setenv("BINANCE_API_SECRET", DEMO_SECRET)
    result = CliRunner().invoke(app, ["--base-url", failing_server, "borrow", "USDT", "10"])
    assert result.exit_code == ExitCode.UNKNOWN_STATUS
    assert "do not resend before reconciling" in result.stderr
    assert "borrow-repay-history" in result.stderr


def test_transfer_to_isolated_needs_the_pair() -> None:
    result = CliRunner().invoke(app, ["transfer", "USDT", "10", "--from", "spot", "--to", "isolated"])
    assert result.exit_code == ExitCode.VALIDATION
    assert "--isolated SYMBOL" in result.stderr


def test_every_command_has_help() -> None:
    runner = CliRunner()
    commands = [
        ["account", "cross"],
        ["account", "isolated"],
        ["orders", "new"],
        ["orders", "cancel"],
        ["orders", "open"],
        ["orders", "history"],
        ["borrow"],
        ["repay"],
        ["transfer"],
        ["max-borrowable"],
        ["price-index"],
        ["rate-limits"],
        ["borrow-repay-history"],
        ["transfer-history"],
    ]
    for command in commands:
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0, command
        assert "Usage: binance-margin" in result.stdout
    top = runner.invoke(app, ["--help"])
    assert "Exit codes" in top.stdout


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "binance_margin.cli", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("binance-margin ")
