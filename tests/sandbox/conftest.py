"""Fixtures: a sandbox on a free port per test, with every answer checked against the spec."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from binance_margin.sandbox import Sandbox
from binance_margin.sandbox._validation import ResponseValidator, find_spec

from ._signing import Api


@pytest.fixture(scope="session")
def spec_validator() -> ResponseValidator:
    """The spec's 200 / error schemas, loaded once."""
    spec = find_spec()
    assert spec is not None, "spec/margin.yaml not found"
    return ResponseValidator(spec)


@pytest.fixture
def sandbox(spec_validator: ResponseValidator) -> Iterator[Sandbox]:
    """A fresh default sandbox on a free port; fails the test if it answered 500 or off-spec."""
    with Sandbox.running(port=0, validate_responses=spec_validator) as sb:
        yield sb
        assert sb.errors == [], "\n".join(sb.errors)


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[Api]:
    """The demo user's signed client for ``sandbox``."""
    a = Api(sandbox.base_url)
    yield a
    a.client.close()
