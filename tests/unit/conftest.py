"""Unit tests run without network and without the developer's BINANCE_* environment."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("BINANCE_"):
            monkeypatch.delenv(name)
