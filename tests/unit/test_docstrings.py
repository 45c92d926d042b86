"""Every public function, class and method a user can reach has a docstring the IDE can show."""

from __future__ import annotations

import importlib
import inspect
from types import ModuleType

import pytest

MODULES = [
    "binance_margin",
    "binance_margin.errors",
    "binance_margin.signing",
    "binance_margin.filters",
    "binance_margin.compat",
    "binance_margin.compat.enums",
    "binance_margin.sandbox",
    "binance_margin.streams",
    "binance_margin.positions",
    "binance_margin_generated.surface",
    "binance_margin_generated.events",
]


def _public(module: ModuleType) -> list[tuple[str, object]]:
    names = getattr(module, "__all__", None) or [n for n in vars(module) if not n.startswith("_")]
    return [(n, getattr(module, n)) for n in names]


@pytest.mark.parametrize("module_name", MODULES)
def test_public_names_have_docstrings(module_name: str) -> None:
    module = importlib.import_module(module_name)
    assert module.__doc__
    missing = []
    for name, obj in _public(module):
        if not (inspect.isclass(obj) or inspect.isfunction(obj)):
            continue
        if getattr(obj, "__module__", "").split(".")[0] not in ("binance_margin", "binance_margin_generated"):
            continue
        if not inspect.getdoc(obj):
            missing.append(name)
        if inspect.isclass(obj):
            for attr, member in vars(obj).items():
                if attr.startswith("_") or not (inspect.isfunction(member) or isinstance(member, property)):
                    continue
                if not inspect.getdoc(member):
                    missing.append(f"{name}.{attr}")
    assert not missing, f"{module_name}: no docstring on {missing}"
