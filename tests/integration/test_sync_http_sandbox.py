"""The sync client's own http.client pool against the sandbox: threads sharing one client, dropped requests."""

from __future__ import annotations

import threading
from typing import Any

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


def test_calls_and_sync_time_never_build_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    """A MarginClient on its own pool sends calls and reads the server time without httpx: no httpx client, no
    httpx transport (and no SSL context of its own) is built."""
    import httpx

    built: list[object] = []
    real = httpx.HTTPTransport.__init__

    def counting(self: httpx.HTTPTransport, *args: Any, **kwargs: Any) -> None:
        built.append(self)
        real(self, *args, **kwargs)

    monkeypatch.setattr(httpx.HTTPTransport, "__init__", counting)
    with Sandbox.running() as sb, MarginClient("demo-api-key", "demo-api-secret", base_url=sb.base_url) as c:
        c.account.get_cross_account()
        c.sync_time()
        assert c.sync_time() == c.time_offset_ms
        assert built == [] and c._runtime._httpx is None
    with MarginClient("k", "s", base_url="http://127.0.0.1:9", transport=httpx.MockTransport(lambda r: None)):
        pass
    assert built == [], "a given transport replaces httpx's"
