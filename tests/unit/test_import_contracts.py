"""The import contracts of ``[tool.importlinter]`` (run by ``make lint``) hold, and they catch what they are for.

Each breaking case copies the package to a temporary folder, adds one import that a contributor might write, and
runs ``lint-imports`` there with the project's own contracts: a contract that cannot fail would prove nothing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is a dev dependency")


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(cwd)},
    )


def test_the_tree_keeps_every_contract() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "overrides" / "binance_margin", tmp_path / "binance_margin")
    shutil.copytree(ROOT / "generated" / "binance_margin_generated", tmp_path / "binance_margin_generated")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text() + text)


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        # an annotation-only back reference is a cycle too
        (
            "_types.py",
            "\nif TYPE_CHECKING:\n    from ._errors import BinanceAPIError\n",
            "No import cycles",
        ),
        # a lazy import inside a function is a cycle too
        (
            "_warm.py",
            "\n\ndef _late() -> object:\n    from ._runtime import SyncRuntime\n\n    return SyncRuntime\n",
            "No import cycles",
        ),
        # positions may not reach back into the client, even for a type
        (
            "positions/_ops.py",
            "\nif TYPE_CHECKING:\n    from .._client import MarginClient\n",
            "Layers",
        ),
        # the runtime may not use the compat layer
        ("_runtime.py", "\nfrom .compat import enums as _enums\n", "Layers"),
        # the generated models may not import the hand-written layer
        (
            "../binance_margin_generated/models/__init__.py",
            "\nfrom binance_margin import _errors as _e\n",
            "The generated code does not import",
        ),
        # the sandbox stands apart from the clients
        ("sandbox/_clock.py", "\nfrom .._client import MarginClient as _MC\n", "The sandbox stands apart"),
        # and the clients from the sandbox
        ("streams/_items.py", "\nfrom ..sandbox import _clock as _c\n", "Nothing in the SDK imports the sandbox"),
    ],
)
def test_a_contract_breaks_on_the_import_it_forbids(tree: Path, module: str, line: str, broken: str) -> None:
    _append(tree / "binance_margin" / module, line)
    result = _lint(tree)
    assert result.returncode != 0, result.stdout
    broken_section = result.stdout.split("Broken contracts", 1)[-1]
    assert broken in broken_section, result.stdout
