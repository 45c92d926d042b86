"""Shared test configuration."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.register_profile("dev", max_examples=30, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _fresh_rate_limit_budget() -> Iterator[None]:
    """Clients of one process share a rate-limit budget; each test starts with an empty one."""
    from binance_margin._ratelimit import PROCESS_STORE

    PROCESS_STORE.clear()
    yield
    PROCESS_STORE.clear()


@pytest.fixture(autouse=True)
def _sdk_logger_restored() -> Iterator[None]:
    """The CLI configures the ``binance_margin`` logger for its process; in-process CLI tests must not leak that."""

    logger = logging.getLogger("binance_margin")
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)
