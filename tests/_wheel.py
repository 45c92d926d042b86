"""The SDK as a user gets it: the wheel built from this tree, installed into a clean virtual environment.

Built once per source state and shared by the test sessions and xdist workers (a file lock guards the build);
the key is a digest of everything that goes into the wheel, so an edit rebuilds it.
"""

from __future__ import annotations

import fcntl
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".pytest_cache" / "installed-wheel"
_INPUTS = ("overrides", "generated", "pyproject.toml", "README.md", "LICENSE")
_EXTRAS = "[sandbox,cli]"
"""The sandbox and the CLI are public modules of the wheel: their dependencies belong in the user's environment."""


def _digest() -> str:
    h = hashlib.sha256(_EXTRAS.encode())
    for name in _INPUTS:
        top = ROOT / name
        files = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        for path in files:
            if "__pycache__" in path.parts:
                continue
            h.update(str(path.relative_to(ROOT)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def venv_python(venv: Path) -> Path:
    """The interpreter of a virtual environment."""
    return venv / "bin" / "python"


def installed_wheel() -> Path:
    """The root of a clean virtual environment with only the wheel installed (with the sandbox and CLI extras,
    whose modules are part of the public surface, and the dependencies)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    target = CACHE / _digest()
    venv = target / "venv"
    done = target / "installed"
    with (CACHE / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            for old in CACHE.iterdir():
                if old.is_dir() and old != target:
                    shutil.rmtree(old, ignore_errors=True)
            shutil.rmtree(target, ignore_errors=True)
            dist = target / "dist"
            subprocess.run(
                [sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir", str(dist), str(ROOT)],
                check=True,
                capture_output=True,
            )
            wheel = next(dist.glob("*.whl"))
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            subprocess.run(
                [
                    str(venv_python(venv)),
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                    f"{wheel}{_EXTRAS}",
                ],
                check=True,
                capture_output=True,
            )
            done.write_text(str(wheel.name), encoding="utf-8")
    return venv
