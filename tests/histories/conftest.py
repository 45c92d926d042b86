"""Fixtures: one sandbox per module with months of free past (frozen, advanced clock), and clients on it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from binance_margin import AsyncMarginClient, MarginClient
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox

from ._ledger import Histories


@pytest.fixture(scope="module")
def histories() -> Iterator[Histories]:
    """A sandbox whose clock stands 150 days after its start; its errors fail the module."""
    with Sandbox.running(port=0) as sb:
        yield Histories.open(sb)
        assert sb.errors == [], "\n".join(sb.errors)


@pytest.fixture(scope="module")
def client(histories: Histories) -> Iterator[MarginClient]:
    """The demo user's client, its clock synced to the sandbox's advanced clock."""
    with MarginClient(api_key=DEMO_API_KEY, api_secret=DEMO_API_SECRET, base_url=histories.sandbox.base_url) as c:
        c.sync_time()
        yield c


@pytest.fixture
async def aclient(histories: Histories) -> AsyncIterator[AsyncMarginClient]:
    """The async twin of ``client``."""
    async with AsyncMarginClient(
        api_key=DEMO_API_KEY, api_secret=DEMO_API_SECRET, base_url=histories.sandbox.base_url
    ) as c:
        await c.sync_time()
        yield c
