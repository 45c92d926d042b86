"""`python -m build` gives a wheel and an sdist that install into a clean virtual environment and import."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_and_sdist_build_and_the_wheel_installs_cleanly(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("*.whl"))
    sdist = next(dist.glob("*.tar.gz"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "binance_margin/py.typed" in names
    assert "binance_margin_generated/surface.py" in names
    assert any(n.startswith("binance_margin/sandbox/") for n in names)
    assert not any("__pycache__" in n for n in names)
    with tarfile.open(sdist) as tar:
        members = tar.getnames()
    assert any(m.endswith("spec/margin.yaml") for m in members)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    probe = (
        "import binance_margin, binance_margin.filters, binance_margin.compat;"
        "from binance_margin import MarginClient;"
        "c = MarginClient('k', 's'); print(binance_margin.__version__, type(c).__name__); c.close()"
    )
    out = subprocess.run([str(python), "-c", probe], check=True, capture_output=True, text=True, cwd=tmp_path)
    assert out.stdout.split() == ["0.1.0", "MarginClient"]
