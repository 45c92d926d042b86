"""The sync client's own http.client pool against the sandbox: threads sharing one client, dropped requests."""

from __future__ import annotations

import threading

import pytest
from binance_margin import MarginClient, UnknownExecutionStatus
from binance_margin._sync_http import SyncPool
from binance_margin.sandbox import Sandbox

pytestmark = pytest.mark.integration


def test_threads_place_orders_through_one_client_against_the_sandbox() -> None:
    errors: list[BaseException] = []
    ids: list[int] = []
    with Sandbox.running() as sb, MarginClient("demo-api-key", "demo-api-secret", base_url=sb.base_url) as c:
        assert isinstance(c._runtime._fast, SyncPool)
        c.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount="5000")

        def work() -> None:
            try:
                for _ in range(5):
                    order = c.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="0.001")
                    ids.append(order.order_id)
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors
        assert len(set(ids)) == 20
        orders = c.trade.get_all_orders(symbol="BTCUSDT")
        assert {o.order_id for o in orders} >= set(ids)
        sb.faults.add("/sapi/v1/margin/order", "drop", method="POST", times=1)
        with pytest.raises(UnknownExecutionStatus):
            c.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="0.001")
        sb.faults.add("/sapi/v1/bnbBurn", "drop", method="GET", times=1)
        c._runtime.sleep = lambda _s: None
        assert isinstance(c.account.get_bnb_burn_status().spot_bnb_burn, bool), "a read: retried after the drop"


def test_httpx_transport_is_built_only_when_httpx_sends(monkeypatch: pytest.MonkeyPatch) -> None:
    """Constructing a MarginClient builds no SSL context (httpx's transport waits for its first request); calls go
    through the runtime's pool; ``sync_time()`` goes through httpx and builds it then."""
    import httpx
    from binance_margin import _runtime

    built: list[object] = []
    real = httpx.HTTPTransport

    def counting(*args: object, **kwargs: object) -> httpx.HTTPTransport:
        transport = real(*args, **kwargs)  # type: ignore[arg-type]
        built.append(transport)
        return transport

    monkeypatch.setattr(_runtime.httpx, "HTTPTransport", counting)
    with Sandbox.running() as sb, MarginClient("demo-api-key", "demo-api-secret", base_url=sb.base_url) as c:
        c.account.get_cross_account()
        assert built == []
        c.sync_time()
        c.sync_time()
        assert len(built) == 1
    with MarginClient("k", "s", base_url="http://127.0.0.1:9", transport=httpx.MockTransport(lambda r: None)):
        pass
    assert len(built) == 1
