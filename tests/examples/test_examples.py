"""The example workflows (what `make demo` runs) succeed against a freshly started sandbox."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.integration
def test_make_demo_examples_run_against_the_sandbox() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "run_demo.py")], capture_output=True, text=True, timeout=240
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = result.stdout
    assert "all examples ran" in out
    assert "refused before sending" in out and "LOT_SIZE" in out
    assert "not placing it twice" in out
    assert out.count("PARTIALLY_FILLED +") == 2 and "done:" in out and "liability event: BORROW" in out
    assert re.search(r"closed \(every liability zero\) +True", out) and "MARGIN_MAIN" in out
