"""The README's Python blocks run, in order, against a sandbox: a newcomer's copy-paste works."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = (
    "## Quickstart",
    "## Cross and isolated margin",
    "## Whole histories",
    "## Positions and risk",
    "## Errors",
    "## Decimal, never float",
    "## Live account events (streams)",
)


def _blocks(section: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(section)
    end = text.find("\n## ", start + 3)
    return re.findall(r"```python\n(.*?)```", text[start : end if end != -1 else None], flags=re.S)


@pytest.mark.integration
def test_readme_python_blocks_run_against_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BINANCE_API_KEY", DEMO_API_KEY)
    monkeypatch.setenv("BINANCE_API_SECRET", DEMO_API_SECRET)
    with Sandbox.running(port=0) as sandbox:
        namespace: dict[str, Any] = {"__name__": "readme"}
        ran = 0
        for section in SECTIONS:
            for block in _blocks(section):
                code = block.replace("http://127.0.0.1:8900", sandbox.base_url)
                code = code.replace("ws://127.0.0.1:8900", sandbox.risk_stream_url)
                if "except UnknownExecutionStatus" in code:
                    # The reconcile example needs a lost response: switch the sandbox's fault on for one order.
                    sandbox.faults.add("/sapi/v1/margin/order", "lost_response", method="POST", times=1)
                exec(compile(code, f"README.md {section}", "exec"), namespace)
                ran += 1
        assert ran >= 7
        assert sandbox.balance("USDT", "BTCUSDT").borrowed >= 100, "the isolated flow really borrowed"
        namespace["client"].close()
