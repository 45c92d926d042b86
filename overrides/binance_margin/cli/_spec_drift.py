"""``spec-drift``: what Binance sent that the spec does not know, pooled from saved records, and the spec patch."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from .._drift import SpecDrift
from ._app import ExitCode, app

FromOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--from",
        help="a record saved by a run (client.spec_drift().save(FILE) or BINANCE_SPEC_DRIFT_FILE); repeat to pool "
        "several runs (default: $BINANCE_SPEC_DRIFT_FILE)",
    ),
]


def _refuse(err: Console, message: str) -> typer.Exit:
    err.print(f"[bold red]Error:[/] {escape(message)}")
    return typer.Exit(int(ExitCode.VALIDATION))


@app.command("spec-drift")
def spec_drift(
    sources: FromOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the pooled record as JSON")] = False,
    save: Annotated[
        Path | None, typer.Option("--save", help="write the pooled record to FILE (merged into what it holds)")
    ] = None,
    patch: Annotated[
        str | None,
        typer.Option("--patch", help="write a unified diff of the spec that types what was seen to FILE ('-': stdout)"),
    ] = None,
    spec: Annotated[Path, typer.Option("--spec", help="the spec the patch is made against")] = Path("spec/margin.yaml"),
) -> None:
    """Show what Binance sent that spec/margin.yaml does not know, and write the spec patch that types it.

    Reads the drift records runs saved (new response and event keys with their JSON types, enum values outside the
    spec, unknown event types, error codes outside the error table), pools them, prints them, and with --patch
    writes a unified diff of the spec: new optional properties, enum values, skeleton event schemas marked
    x-review. Apply it (git apply FILE), review what is marked x-review, then make generate. See
    docs/regenerating.md.
    """
    out = Console(highlight=False, soft_wrap=True)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    paths = list(sources or [])
    if not paths:
        env = os.environ.get("BINANCE_SPEC_DRIFT_FILE")
        if not env:
            raise _refuse(err, "no record: pass --from FILE (or set BINANCE_SPEC_DRIFT_FILE)")
        paths = [Path(env)]
    if as_json and patch == "-":
        raise _refuse(err, "--json and --patch - both write to stdout: give --patch a file")
    records = []
    for path in paths:
        try:
            records.append(SpecDrift.load(path))
        except (OSError, ValueError) as exc:
            raise _refuse(err, f"cannot read {path}: {exc}") from None
    record = SpecDrift().merge(*records)
    if save is not None:
        record.save(save)
        err.print(f"[dim]Saved the pooled record to {escape(str(save))}.[/]")
    report = err if patch == "-" else out
    if as_json:
        sys.stdout.write(record.to_json())
    elif not record:
        report.print("No spec drift: Binance sent nothing the spec does not know.")
    else:
        for line in record.lines():
            report.print(escape(line))
    if patch is not None:
        try:
            text = spec.read_text(encoding="utf-8")
        except OSError as exc:
            message = f"cannot read the spec {spec}: {exc} (run from the repository root or pass --spec)"
            raise _refuse(err, message) from None
        from .._spec_patch import spec_patch

        try:
            name = Path(os.path.relpath(spec.resolve(), Path.cwd())).as_posix()
        except ValueError:  # another drive (Windows)
            name = spec.as_posix()
        if name.startswith("../"):
            name = spec.name
        result = spec_patch(text, record, path=name)
        for note in result.notes:
            err.print(f"[dim]Not in the patch:[/] {escape(note)}")
        if patch == "-":
            sys.stdout.write(result.diff)
        else:
            Path(patch).write_text(result.diff, encoding="utf-8")
            changed = "no change" if not result.diff else f"apply with: git apply {patch}; then make generate"
            err.print(f"[dim]Wrote {escape(patch)} ({escape(changed)}).[/]")
