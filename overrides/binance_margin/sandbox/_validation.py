"""Checking the sandbox's own answers against the spec's 200 response schemas (tests and development).

Needs PyYAML and openapi-schema-validator (both dev dependencies); the spec file is ``spec/margin.yaml`` of
a source checkout.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

__all__ = ["ResponseValidator", "find_spec"]


def find_spec(start: Path | None = None) -> Path | None:
    """``spec/margin.yaml`` of the checkout this package runs from, if there is one."""
    here = (start or Path(__file__)).resolve()
    for parent in here.parents:
        candidate = parent / "spec" / "margin.yaml"
        if candidate.is_file():
            return candidate
    return None


class ResponseValidator:
    """Validates a JSON body against the 200 schema of (method, path) in the spec."""

    def __init__(self, spec_path: str | Path) -> None:
        import importlib

        import yaml
        from openapi_schema_validator import OAS30Validator
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT4

        self.spec_path: Path = Path(spec_path)
        spec: dict[str, Any] = yaml.safe_load(self.spec_path.read_text(encoding="utf-8"))
        self.spec = spec
        resource = Resource.from_contents(spec, default_specification=DRAFT4)
        registry: Registry[Any] = Registry().with_resource("spec.yaml", resource)
        checker: Any = importlib.import_module("jsonschema").FormatChecker()

        def _is_decimal(value: object) -> bool:
            if not isinstance(value, str):
                return True
            Decimal(value)
            return value.strip() == value and "e" not in value.lower()

        checker.checks("decimal", raises=(InvalidOperation, ValueError))(_is_decimal)

        self._validators: dict[tuple[str, str], Any] = {}
        for path, methods in spec.get("paths", {}).items():
            for method, op in methods.items():
                if not isinstance(op, dict):
                    continue
                content = ((op.get("responses") or {}).get("200") or {}).get("content") or {}
                schema = (content.get("application/json") or {}).get("schema")
                if schema is None:
                    continue
                wrapped = {"$ref": "spec.yaml#/__schema__"}
                doc = dict(spec)
                doc["__schema__"] = schema
                reg = registry.with_resource("spec.yaml", Resource.from_contents(doc, default_specification=DRAFT4))
                self._validators[(method.upper(), path)] = OAS30Validator(wrapped, registry=reg, format_checker=checker)
        error_schema = spec.get("components", {}).get("schemas", {}).get("Error")
        self._error = OAS30Validator(error_schema, format_checker=checker) if error_schema else None

    def knows(self, method: str, path: str) -> bool:
        """Whether the spec has a 200 schema for this operation."""
        return (method.upper(), path) in self._validators

    def errors(self, method: str, path: str, status: int, body: Any) -> list[str]:
        """Why ``body`` does not conform (empty when it does or when the spec has no schema for it)."""
        if status == 200:
            validator = self._validators.get((method.upper(), path))
        elif 400 <= status < 500:
            validator = self._error
        else:
            return []
        if validator is None:
            return []
        return [
            f"{method} {path} {status}: {'/'.join(str(p) for p in e.absolute_path)}: {e.message}"
            for e in validator.iter_errors(body)
        ]
