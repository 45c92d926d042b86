"""User-style snippets checked with mypy --strict (the project's configuration): good code passes, bad code fails."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = Path(__file__).resolve().parent / "snippets"
ERROR_LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): error: (?P<message>.*)$")


@pytest.fixture(scope="module")
def mypy_errors() -> dict[str, dict[int, list[str]]]:
    api = pytest.importorskip("mypy.api")
    files = sorted(str(p.relative_to(ROOT)) for p in SNIPPETS.glob("*.py"))
    stdout, stderr, _status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--strict",
            "--cache-dir",
            str(ROOT / ".mypy_cache" / "typing-snippets"),
            "--show-error-codes",
            "--no-pretty",
            *files,
        ]
    )
    assert not stderr.strip(), stderr
    errors: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for line in stdout.splitlines():
        match = ERROR_LINE.match(line)
        if match:
            errors[Path(match["path"]).name][int(match["line"])].append(match["message"])
    return errors


@pytest.mark.parametrize("name", sorted(p.name for p in SNIPPETS.glob("ok_*.py")))
def test_good_code_passes_strict(name: str, mypy_errors: dict[str, dict[int, list[str]]]) -> None:
    assert dict(mypy_errors.get(name, {})) == {}


@pytest.mark.parametrize("name", sorted(p.name for p in SNIPPETS.glob("bad_*.py")))
def test_bad_code_fails_exactly_where_marked(name: str, mypy_errors: dict[str, dict[int, list[str]]]) -> None:
    source = (SNIPPETS / name).read_text(encoding="utf-8").splitlines()
    expected = {number for number, text in enumerate(source, start=1) if text.rstrip().endswith("# E")}
    found = mypy_errors.get(name, {})
    assert expected, "a bad snippet must mark its errors"
    missing = sorted(expected - set(found))
    unexpected = {n: found[n] for n in sorted(set(found) - expected)}
    assert not missing and not unexpected, f"lines without the expected error: {missing}; unexpected: {unexpected}"
