"""``binance-margin rate-limits`` shows the governor's budget, the fleet's when Redis is configured."""

from __future__ import annotations

import json

import pytest
from binance_margin.cli import app
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox
from typer.testing import CliRunner


@pytest.mark.parametrize("shared", [False, True], ids=["in-process", "redis"])
def test_rate_limits_command_shows_used_and_remaining(
    shared: bool, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BINANCE_API_KEY", DEMO_API_KEY)
    monkeypatch.setenv("BINANCE_API_SECRET", DEMO_API_SECRET)
    if shared:
        monkeypatch.setenv("BINANCE_RATE_LIMIT_REDIS_URL", request.getfixturevalue("redis_url"))
    else:
        monkeypatch.delenv("BINANCE_RATE_LIMIT_REDIS_URL", raising=False)
    with Sandbox.running() as sb:
        runner = CliRunner()
        result = runner.invoke(app, ["--base-url", sb.base_url, "--json", "rate-limits"])
        assert result.exit_code == 0, result.output
        usage = json.loads(result.stdout)
        table = runner.invoke(app, ["--base-url", sb.base_url, "rate-limits"])
    limits = {lim["name"]: lim for lim in usage["limits"]}
    assert usage["shared"] is shared
    assert limits["ip_weight_1m"]["used"] >= 1 and limits["api_weight_1m"]["used"] >= 1
    assert limits["ip_weight_1m"]["remaining"] == limits["ip_weight_1m"]["usable"] - limits["ip_weight_1m"]["used"]
    assert "Remaining" in table.stdout and ("shared through Redis" if shared else "this process") in table.stdout
