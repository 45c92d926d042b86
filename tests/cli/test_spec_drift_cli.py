"""``binance-margin spec-drift``: reading, pooling, printing and saving records, writing the spec patch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from binance_margin import SpecDrift, UnknownEnumValue, UnknownErrorCode, UnknownField
from binance_margin.cli import ExitCode, app
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[2]

RUN_A = SpecDrift(
    (UnknownField("rest", "getCrossAccount", "$", "marginCallBuffer", "CrossMarginAccount", ("string",), True),),
    (UnknownEnumValue("rest", "getCrossAccount", "$", "accountType", "CrossMarginAccountType", "MARGIN_3"),),
)
RUN_B = SpecDrift(
    (
        UnknownField(
            "rest", "getCrossAccount", "$", "marginCallBuffer", "CrossMarginAccount", ("string",), True, count=4
        ),
    ),
    error_codes=(UnknownErrorCode("borrowRepay", -3067, 400, "A new refusal."),),
)


@pytest.fixture(autouse=True)
def _no_drift_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BINANCE_SPEC_DRIFT_FILE", raising=False)
    monkeypatch.setenv("COLUMNS", "200")


def _files(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    RUN_A.save(a)
    RUN_B.save(b)
    return a, b


def test_pools_prints_and_saves(tmp_path: Path) -> None:
    a, b = _files(tmp_path)
    pooled = tmp_path / "pooled.json"
    result = CliRunner().invoke(app, ["spec-drift", "--from", str(a), "--from", str(b), "--save", str(pooled)])
    assert result.exit_code == 0, result.output
    assert "getCrossAccount $.marginCallBuffer: string (decimal)" in result.output and "seen 5x" in result.output
    assert "CrossMarginAccountType += 'MARGIN_3'" in result.output and "-3067" in result.output
    assert SpecDrift.load(pooled) == RUN_A.merge(RUN_B)


def test_json_and_the_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, _b = _files(tmp_path)
    monkeypatch.setenv("BINANCE_SPEC_DRIFT_FILE", str(a))
    result = CliRunner().invoke(app, ["spec-drift", "--json"])
    assert result.exit_code == 0, result.output
    assert SpecDrift.from_dict(json.loads(result.stdout)) == RUN_A


def test_patch_to_stdout_is_a_diff_of_the_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = _files(tmp_path)
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["spec-drift", "--from", str(a), "--from", str(b), "--patch", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("--- a/spec/margin.yaml\n+++ b/spec/margin.yaml\n")
    assert "+        marginCallBuffer:\n" in result.stdout and "+      - MARGIN_3\n" in result.stdout
    assert "ERROR_CODES" in result.stderr  # the error code is noted, not patched


def test_no_record_or_a_bad_one_is_refused(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["spec-drift"])
    assert result.exit_code == ExitCode.VALIDATION and "BINANCE_SPEC_DRIFT_FILE" in result.output
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    result = runner.invoke(app, ["spec-drift", "--from", str(bad)])
    assert result.exit_code == ExitCode.VALIDATION and "not a spec drift record" in result.output
    a, _b = _files(tmp_path)
    result = runner.invoke(app, ["spec-drift", "--from", str(a), "--json", "--patch", "-"])
    assert result.exit_code == ExitCode.VALIDATION
    result = runner.invoke(app, ["spec-drift", "--from", str(a), "--patch", "x.diff", "--spec", str(tmp_path / "no")])
    assert result.exit_code == ExitCode.VALIDATION and "cannot read the spec" in result.output


def test_an_empty_record_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    SpecDrift().save(empty)
    result = CliRunner().invoke(app, ["spec-drift", "--from", str(empty)])
    assert result.exit_code == 0 and "No spec drift" in result.output
