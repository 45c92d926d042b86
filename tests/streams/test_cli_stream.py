"""``binance-margin stream`` against the sandbox: readable lines and JSON lines, then a clean exit."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from decimal import Decimal

import pytest
from binance_margin import MarginClient
from binance_margin.cli import app
from binance_margin.sandbox import Sandbox
from typer.testing import CliRunner

pytestmark = pytest.mark.integration
ENV = {"BINANCE_API_KEY": "demo-api-key", "BINANCE_API_SECRET": "demo-api-secret", "COLUMNS": "200"}


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    """A sandbox with 1,000 USDT in the demo user's cross account."""
    with Sandbox.running() as sandbox:
        with MarginClient("demo-api-key", "demo-api-secret", base_url=sandbox.base_url) as c:
            c.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal(1000))
        yield sandbox


def _order_soon(sb: Sandbox) -> threading.Thread:
    def place() -> None:
        # Once the command has subscribed (not after a fixed delay: on a loaded machine the command may subscribe
        # later, and an event sent before that would never arrive); if it never does, the command fails on its own.
        sb.streams.wait_until(lambda hub: hub.subscription_count >= 1, timeout=60)
        with MarginClient("demo-api-key", "demo-api-secret", base_url=sb.base_url) as c:
            c.trade.new_order(
                symbol="BTCUSDT",
                side="BUY",
                type="LIMIT",
                time_in_force="GTC",
                quantity=Decimal("0.001"),
                price=Decimal(80000),
            )

    thread = threading.Thread(target=place)
    thread.start()
    return thread


@pytest.mark.parametrize("as_json", [False, True])
def test_stream_prints_events(sb: Sandbox, as_json: bool) -> None:
    thread = _order_soon(sb)
    args = ["stream", "--sandbox", "--base-url", sb.base_url, "--count", "2"] + (["--json"] if as_json else [])
    result = CliRunner().invoke(app, args, env=ENV)
    thread.join()
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if as_json:
        first = json.loads(lines[0])
        assert first["account"] == "CROSS" and first["event"]["e"] == "executionReport"
        assert first["event"]["q"] == "0.00100000" and first["event"]["X"] == "NEW"
    else:
        assert "CROSS order" in lines[0] and "BTCUSDT BUY LIMIT NEW/NEW filled 0/0.001 @ 80000" in lines[0]
    assert sb.streams.wait_until(lambda hub: hub.open_count == 0, timeout=5)
