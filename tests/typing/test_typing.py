"""User-style snippets checked with mypy --strict against the installed wheel, in a clean virtual environment:
good code passes, bad code fails exactly on the marked lines, and revealed types are the real models (not Any).

Nothing of the source tree is on mypy's path: the snippets are copied to a temporary folder, mypy runs there with
an empty configuration and finds ``binance_margin`` and ``binance_margin_generated`` only through the wheel's
PEP 561 markers in the clean environment (``--python-executable``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from tests._wheel import installed_wheel, venv_python

SNIPPETS = Path(__file__).resolve().parent / "snippets"
LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): (?P<kind>error|note): (?P<message>.*)$")
REVEALED = re.compile(r'Revealed type is "(?P<type>.*)"')

Found = dict[str, dict[int, list[str]]]


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> tuple[Found, Found]:
    """(errors, revealed types) per snippet file and line, from mypy --strict over the installed wheel."""
    pytest.importorskip("mypy")
    venv = installed_wheel()
    work = tmp_path_factory.mktemp("user-project")
    for snippet in SNIPPETS.glob("*.py"):
        shutil.copy(snippet, work / snippet.name)
    (work / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            "mypy.ini",
            "--strict",
            "--python-executable",
            str(venv_python(venv)),
            "--show-error-codes",
            "--no-pretty",
            "--no-error-summary",
            *sorted(p.name for p in work.glob("*.py")),
        ],
        cwd=work,
        capture_output=True,
        text=True,
        check=False,
    )
    assert not result.stderr.strip(), result.stderr
    errors: Found = defaultdict(lambda: defaultdict(list))
    revealed: Found = defaultdict(lambda: defaultdict(list))
    for line in result.stdout.splitlines():
        match = LINE.match(line)
        if not match:
            continue
        name, number = Path(match["path"]).name, int(match["line"])
        if match["kind"] == "error":
            errors[name][number].append(match["message"])
        elif reveal := REVEALED.search(match["message"]):
            revealed[name][number].append(reveal["type"])
    return errors, revealed


def test_the_typing_runs_use_the_installed_wheel_not_the_source_tree() -> None:
    venv = installed_wheel()
    probe = "import binance_margin, binance_margin_generated; print(binance_margin.__file__); "
    probe += "print(binance_margin_generated.__file__)"
    out = subprocess.run([str(venv_python(venv)), "-c", probe], capture_output=True, text=True, check=True, cwd="/")
    for path in out.stdout.split():
        assert "site-packages" in path and str(venv) in path
        assert (Path(path).parent / "py.typed").is_file()


@pytest.mark.parametrize("name", sorted(p.name for p in SNIPPETS.glob("ok_*.py")))
def test_good_code_passes_strict(name: str, mypy_output: tuple[Found, Found]) -> None:
    assert dict(mypy_output[0].get(name, {})) == {}


@pytest.mark.parametrize("name", sorted(p.name for p in SNIPPETS.glob("bad_*.py")))
def test_bad_code_fails_exactly_where_marked(name: str, mypy_output: tuple[Found, Found]) -> None:
    source = (SNIPPETS / name).read_text(encoding="utf-8").splitlines()
    expected = {number for number, text in enumerate(source, start=1) if text.rstrip().endswith("# E")}
    found = mypy_output[0].get(name, {})
    assert expected, "a bad snippet must mark its errors"
    missing = sorted(expected - set(found))
    unexpected = {n: found[n] for n in sorted(set(found) - expected)}
    assert not missing and not unexpected, f"lines without the expected error: {missing}; unexpected: {unexpected}"


@pytest.mark.parametrize("name", sorted(p.name for p in SNIPPETS.glob("reveal_*.py")))
def test_revealed_types_are_the_real_models(name: str, mypy_output: tuple[Found, Found]) -> None:
    source = (SNIPPETS / name).read_text(encoding="utf-8").splitlines()
    expected = {
        number: text.split("# R: ", 1)[1].strip() for number, text in enumerate(source, start=1) if "# R: " in text
    }
    assert expected, "a reveal snippet must mark what it expects"
    found = {number: types for number, types in mypy_output[1].get(name, {}).items()}
    assert {n: found.get(n, ["<nothing revealed>"])[0] for n in expected} == expected
    assert not any("Any" in t for types in found.values() for t in types)
