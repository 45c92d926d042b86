"""``pyright --verifytypes binance_margin`` on the installed wheel: every public symbol has a known type.

Run with ``--ignoreexternal``: types that come from other packages (pydantic, httpx, aiohttp, typer) are theirs
to complete, not ours; everything binance-margin declares, the sandbox and the CLI included (both are public
modules of the wheel), must be fully known.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests._wheel import installed_wheel


def _pyright() -> str:
    found = shutil.which("pyright", path=str(Path(sys.executable).parent)) or shutil.which("pyright")
    assert found, "pyright is a dev dependency (pip install -e '.[dev]')"
    return found


def test_the_public_surface_is_100_percent_typed(tmp_path: Path) -> None:
    venv = installed_wheel()
    env = dict(os.environ, VIRTUAL_ENV=str(venv), PATH=f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    result = subprocess.run(
        [_pyright(), "--verifytypes", "binance_margin", "--ignoreexternal", "--outputjson"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(result.stdout)
    completeness = report["typeCompleteness"]
    assert str(venv) in completeness["packageRootDirectory"], "pyright must read the installed wheel"
    assert completeness["pyTypedPath"], "binance_margin ships py.typed"
    problems = [
        f"{symbol['name']}: {diagnostic['message']}"
        for symbol in completeness["symbols"]
        if not symbol["isTypeKnown"] or symbol["isTypeAmbiguous"]
        for diagnostic in symbol["diagnostics"] or [{"message": "type not fully known"}]
    ]
    checked = {symbol["name"] for symbol in completeness["symbols"] if symbol["isExported"]}
    assert {
        "binance_margin.MarginClient",
        "binance_margin.AsyncMarginClient",
        "binance_margin.compat.Client",
        "binance_margin.sandbox.Sandbox",
        "binance_margin.errors.UnknownExecutionStatus",
    } <= checked, "the verification covers the public surface"
    assert completeness["completenessScore"] == 1.0, "\n".join(problems[:40])
    assert not problems
