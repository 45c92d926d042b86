"""``binance-margin export``: the CSV rows and decimals are the ledger's, JSON lines parse back, times are ISO."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from binance_margin.cli import app
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET
from typer.testing import CliRunner

from ._ledger import DAY, Histories


@pytest.fixture
def run(histories: Histories, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("BINANCE_API_KEY", DEMO_API_KEY)
    monkeypatch.setenv("BINANCE_API_SECRET", DEMO_API_SECRET)
    return CliRunner()


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _range(start: int, end: int, fmt: str, out: Path) -> list[str]:
    return ["--start", str(start), "--end", str(end), "--format", fmt, "-o", str(out)]


def test_csv_export_of_orders_equals_the_ledger(histories: Histories, run: CliRunner, tmp_path: Path) -> None:
    h = histories
    h.clear()
    times = [h.t0 + DAY + i * 3_600_000 for i in range(700)] + [h.t0 + 3 * DAY] * 3  # several pages, same ms
    h.seed("orders", times)
    start, end = h.t0 + DAY, h.t0 + 40 * DAY
    out = tmp_path / "orders.csv"
    result = run.invoke(
        app,
        ["--base-url", h.sandbox.base_url, "export", "orders", "--symbol", "BTCUSDT", *_range(start, end, "csv", out)],
    )
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    want = h.ledger("orders", start, end)
    assert [(r["time"], int(r["orderId"]), Decimal(r["origQty"])) for r in rows] == [
        (_iso(t), i, q) for t, i, q in want
    ]
    # decimals are written exactly as the ledger holds them (8 places, as Binance sends), never as floats
    assert all(r["origQty"] == format(q, "f") for r, (_, _, q) in zip(rows, want, strict=True))
    assert rows[0]["time"].endswith("Z") and "." in rows[0]["time"]


def test_jsonl_export_of_borrows_parses_back(histories: Histories, run: CliRunner, tmp_path: Path) -> None:
    h = histories
    h.clear()
    h.seed("borrows", [h.t0 + 2 * DAY + i * 600_000 for i in range(230)])
    h.seed("repays", [h.t0 + 2 * DAY])
    start, end = h.t0, h.t0 + 20 * DAY
    out = tmp_path / "borrows.jsonl"
    result = run.invoke(
        app,
        ["--base-url", h.sandbox.base_url, "export", "borrows", "--asset", "USDT", *_range(start, end, "jsonl", out)],
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["timestamp"], r["txId"], Decimal(r["amount"])) for r in lines] == [
        (_iso(t), i, a) for t, i, a in h.ledger("borrows", start, end)
    ]


def test_export_of_orders_needs_a_pair(histories: Histories, run: CliRunner) -> None:
    result = run.invoke(app, ["--base-url", histories.sandbox.base_url, "export", "orders", "--start", "0"])
    assert result.exit_code == 2
    assert "needs the pair" in result.output
