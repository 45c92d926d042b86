"""Helpers to walk spec/margin.yaml in tests."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "margin.yaml"


@functools.cache
def load_spec() -> dict[str, Any]:
    """The spec as plain data."""
    data: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return data


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation."""
    for path, methods in load_spec()["paths"].items():
        for method, op in methods.items():
            yield method, path, op


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow a local $ref."""
    while "$ref" in schema:
        schema = load_spec()["components"]["schemas"][schema["$ref"].split("/")[-1]]
    return schema


def examples(op: dict[str, Any]) -> list[tuple[str, Any]]:
    """The documented 200 response examples of an operation, by name."""
    media = op["responses"]["200"]["content"]["application/json"]
    out: list[tuple[str, Any]] = []
    if "example" in media:
        out.append(("example", media["example"]))
    for name, ex in (media.get("examples") or {}).items():
        out.append((name, ex["value"]))
    return out
