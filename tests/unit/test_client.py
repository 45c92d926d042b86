"""The clients: groups, lifecycle, async twin, reconciliation, public exports."""

from __future__ import annotations

import inspect
import subprocess
import sys
from typing import get_type_hints

import binance_margin
import httpx
import pytest
from binance_margin import (
    CROSS,
    AsyncMarginClient,
    Isolated,
    MarginClient,
    RateLimitedError,
    ServerError,
    UnknownExecutionStatus,
    async_reconcile_order,
    errors,
    models,
    reconcile_order,
)
from binance_margin_generated import surface

from ._mock import MARGIN_ORDER, ORDER, FakeBinance, error, json_response, make_async_client, make_client


@pytest.mark.parametrize("cls", [MarginClient, AsyncMarginClient])
def test_every_group_is_a_typed_attribute(cls: type) -> None:
    hints = get_type_hints(cls)
    client = cls("k", "s")
    assert not hasattr(cls, "__getattr__")
    for attr, (sync_name, async_name) in surface.GROUPS.items():
        expected = getattr(surface, async_name if cls is AsyncMarginClient else sync_name)
        assert hints[attr] is expected, f"{cls.__name__}.{attr} must be annotated as {expected.__name__}"
        assert type(getattr(client, attr)) is expected
        assert getattr(client, attr).with_raw_response is getattr(client, attr).with_raw_response


def test_sync_and_async_surfaces_match() -> None:
    for sync_name, async_name in surface.GROUPS.values():
        sync_cls, async_cls = getattr(surface, sync_name), getattr(surface, async_name)
        sync_methods = {n for n, f in inspect.getmembers(sync_cls, inspect.isfunction) if not n.startswith("_")}
        async_methods = {n for n, f in inspect.getmembers(async_cls, inspect.iscoroutinefunction)}
        # the history iterators are plain functions on both sides: the async one returns an async iterator
        async_iters = {n for n, f in inspect.getmembers(async_cls, inspect.isfunction) if n.startswith("iter_")}
        assert all("AsyncIterator[" in str(getattr(async_cls, n).__annotations__["return"]) for n in async_iters)
        assert sync_methods == async_methods | async_iters


def test_context_manager_closes_owned_client_only() -> None:
    fake = FakeBinance()
    with make_client(fake) as client:
        http = client._runtime.http
    assert http.is_closed
    own = httpx.Client(transport=httpx.MockTransport(fake.handler))
    with MarginClient("k", "s", http_client=own):
        pass
    assert not own.is_closed
    own.close()


async def test_async_client_round_trip() -> None:
    fake = FakeBinance(json_response(200, ORDER, {"X-SAPI-USED-UID-WEIGHT-1M": "12"}))
    async with make_async_client(fake) as client:
        order = await client.trade.new_order(
            symbol="BTCUSDT", side="BUY", type="LIMIT", quantity="1", price="2", time_in_force="GTC", margin=Isolated()
        )
        assert order.order_id == 28 and client.rate_limits.used_uid_weight == {"1m": 12}
    params = fake.params()
    assert params["isIsolated"] == "TRUE" and params["newClientOrderId"].startswith("bm-")
    assert client._runtime.http.is_closed


async def test_async_retries_reads_but_not_orders() -> None:
    fake = FakeBinance(httpx.Response(503), json_response(200, {"spotBNBBurn": True, "interestBNBBurn": True}))
    async with make_async_client(fake, max_retries=2) as client:
        status = await client.account.get_bnb_burn_status()
        assert status.spot_bnb_burn is True and len(fake.requests) == 2 and len(fake.sleeps) == 1
        fake.queue(httpx.Response(503))
        with pytest.raises(UnknownExecutionStatus):
            await client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
        assert len(fake.requests) == 3
        fake.queue(error(429, -1003, "slow", {"Retry-After": "999"}))
        with pytest.raises(RateLimitedError):
            await client.account.get_bnb_burn_status()


async def test_async_sync_time_and_close_alias() -> None:
    fake = FakeBinance()
    client = make_async_client(fake)
    fake.server_time = 0
    offset = await client.sync_time()
    assert offset < 0 and client.time_offset_ms == offset
    await client.close()
    assert client._runtime.http.is_closed


def test_reconcile_finds_the_order() -> None:
    fake = FakeBinance(json_response(200, MARGIN_ORDER))
    with make_client(fake) as client:
        order = client.reconcile_order(symbol="BTCUSDT", client_order_id="abc", margin=Isolated("BTCUSDT"))
    assert order is not None and order.order_id == 28
    params = fake.params()
    assert params["origClientOrderId"] == "abc" and params["symbol"] == "BTCUSDT" and params["isIsolated"] == "TRUE"
    assert fake.last.method == "GET" and fake.last.url.path == "/sapi/v1/margin/order"


def test_reconcile_unknown_order_is_none_and_can_wait() -> None:
    unknown = error(400, -2013, "Order does not exist.")
    fake = FakeBinance(unknown)
    with make_client(fake) as client:
        assert reconcile_order(client, symbol="BTCUSDT", client_order_id="abc") is None
        assert len(fake.requests) == 1 and "isIsolated" not in fake.params()
        fake.queue(unknown, unknown, json_response(200, MARGIN_ORDER))
        order = client.reconcile_order(symbol="BTCUSDT", client_order_id="abc", margin=CROSS, wait=5)
        assert order is not None and len(fake.sleeps) == 2


def test_reconcile_after_unknown_execution_status() -> None:
    fake = FakeBinance(httpx.ReadTimeout("slow"))
    with make_client(fake) as client:
        with pytest.raises(UnknownExecutionStatus) as info:
            client.trade.new_order(symbol="BTCUSDT", side="SELL", type="MARKET", quantity="1", margin=Isolated())
        e = info.value
        assert e.client_order_id is not None and e.symbol == "BTCUSDT"
        fake.queue(json_response(200, MARGIN_ORDER))
        order = client.reconcile_order(symbol=e.symbol, client_order_id=e.client_order_id, margin=e.margin or CROSS)
    assert order is not None
    assert fake.params()["origClientOrderId"] == e.client_order_id and fake.params()["isIsolated"] == "TRUE"


def test_reconcile_propagates_other_errors() -> None:
    fake = FakeBinance(httpx.Response(503))
    with make_client(fake, max_retries=0) as client, pytest.raises(ServerError):
        client.reconcile_order(symbol="BTCUSDT", client_order_id="abc")


async def test_async_reconcile() -> None:
    fake = FakeBinance(error(400, -2013, "Order does not exist."), json_response(200, MARGIN_ORDER))
    async with make_async_client(fake) as client:
        assert await async_reconcile_order(client, symbol="BTCUSDT", client_order_id="abc") is None
        assert await client.reconcile_order(symbol="BTCUSDT", client_order_id="abc") is not None


def test_public_exports_are_complete() -> None:
    public = {name for name in dir(binance_margin) if not name.startswith("_")}
    modules = {"errors", "models", "signing"}
    assert set(binance_margin.__all__) - {"__version__"} >= public - modules - {
        name for name in public if inspect.ismodule(getattr(binance_margin, name))
    }
    for name in binance_margin.__all__:
        assert hasattr(binance_margin, name), name
    assert set(errors.__all__) == {n for n in binance_margin.__all__ if n in vars(errors)}
    for name in binance_margin.__all__:
        obj = getattr(binance_margin, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert obj.__doc__, f"{name} has no docstring"
    # issue 20: what a user needs to send what the spec does not know yet
    assert {"Unlisted", "UnlistedValueWarning", "ExtraParams"} <= set(binance_margin.__all__)


def test_positions_exports() -> None:
    from binance_margin import positions

    assert set(positions.__all__) <= set(binance_margin.__all__)
    for name in positions.__all__:
        assert getattr(positions, name) is getattr(binance_margin, name)
    with binance_margin.MarginClient("k", "s") as client:
        assert isinstance(client.positions, binance_margin.Positions)


async def test_async_positions_attached() -> None:
    async with binance_margin.AsyncMarginClient("k", "s") as client:
        assert isinstance(client.positions, binance_margin.AsyncPositions)


def test_models_are_lazy_and_complete() -> None:
    code = (
        "import sys, binance_margin; "
        "n = sum(1 for k in sys.modules if k.startswith('binance_margin_generated.models.')); "
        "from binance_margin.models import MarginOrder; "
        "print(n, MarginOrder.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) < 10 and out[1] == "MarginOrder"
    assert "MarginOrder" in dir(models) and models.MarginOrder is not None
    with pytest.raises(AttributeError):
        models.NoSuchModel  # noqa: B018


@pytest.mark.parametrize(
    "first", ["binance_margin_generated.surface", "binance_margin", "binance_margin_generated.operations"]
)
def test_import_order_does_not_matter(first: str) -> None:
    code = f"import {first}; import binance_margin, binance_margin_generated.surface; binance_margin.MarginClient()"
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_import_and_construction_leave_attrs_and_asyncio_for_later() -> None:
    """``from binance_margin import MarginClient`` loads neither attrs (the models and the generated client classes
    load it with the first call) nor asyncio; building a sync client loads neither (an async one brings asyncio)."""
    code = (
        "import sys; from binance_margin import MarginClient; "
        "a = sorted(m for m in ('attr', 'attrs', 'asyncio', 'binance_margin_generated.client') if m in sys.modules); "
        "c = MarginClient(api_key='k', api_secret='s', base_url='http://127.0.0.1:9'); "
        "b = sorted(m for m in ('attr', 'attrs', 'asyncio', 'binance_margin_generated.client') if m in sys.modules); "
        "from binance_margin_generated import Client, AuthenticatedClient; "
        "print(repr((a, b, Client.__name__, AuthenticatedClient.__name__)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == repr(([], [], "Client", "AuthenticatedClient"))
