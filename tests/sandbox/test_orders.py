"""Orders matched against the price tests move: every type, order lists, queries, cross and isolated."""

from __future__ import annotations

from decimal import Decimal

import pytest
from binance_margin.sandbox import Sandbox

from ._signing import Api

D = Decimal
ORDER = "/sapi/v1/margin/order"


@pytest.fixture
def funded(api: Api) -> Api:
    """Cross funded with 20,000 USDT and 1 BTC."""
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "20000"})
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "BTC", "amount": "1"})
    return api


def test_limit_rests_locks_and_fills_as_maker(funded: Api, sandbox: Sandbox) -> None:
    o = funded.post(
        ORDER,
        {
            "symbol": "BTCUSDT",
            "side": "BUY",
            "type": "LIMIT",
            "timeInForce": "GTC",
            "quantity": "0.1",
            "price": "95000",
            "newClientOrderId": "my-1",
        },
    )
    assert o["status"] == "NEW" and o["fills"] == [] and o["clientOrderId"] == "my-1"
    usdt = sandbox.balance("USDT", "CROSS")
    assert (usdt.free, usdt.locked) == (D(10500), D(9500))
    assert [x["orderId"] for x in funded.get("/sapi/v1/margin/openOrders", {"symbol": "BTCUSDT"})] == [o["orderId"]]
    sandbox.set_price("BTCUSDT", D("96000"))
    assert funded.get(ORDER, {"symbol": "BTCUSDT", "orderId": o["orderId"]})["status"] == "NEW"
    sandbox.set_price("BTCUSDT", D("94000"))
    q = funded.get(ORDER, {"symbol": "BTCUSDT", "origClientOrderId": "my-1"})
    assert q["status"] == "FILLED" and q["executedQty"] == "0.10000000" and q["cummulativeQuoteQty"] == "9500.00000000"
    trades = funded.get("/sapi/v1/margin/myTrades", {"symbol": "BTCUSDT"})
    assert len(trades) == 1 and trades[0]["isMaker"] is True and trades[0]["price"] == "95000.00000000"
    usdt = sandbox.balance("USDT", "CROSS")
    assert (usdt.free, usdt.locked) == (D(10500), D(0))
    assert sandbox.balance("BTC", "CROSS").free == D("1.0999")
    assert funded.get("/sapi/v1/margin/openOrders") == []


def test_marketable_limit_takes_at_the_price(funded: Api) -> None:
    o = funded.post(
        ORDER,
        {
            "symbol": "BTCUSDT",
            "side": "SELL",
            "type": "LIMIT",
            "timeInForce": "GTC",
            "quantity": "0.1",
            "price": "96000",
        },
    )
    assert o["status"] == "FILLED"
    assert o["fills"][0]["price"] == "97000.00000000"
    assert o["fills"][0]["commissionAsset"] == "USDT"
    assert D(o["fills"][0]["commission"]) == D("9.7")


def test_quote_order_qty_and_ioc(funded: Api, sandbox: Sandbox) -> None:
    o = funded.post(ORDER, {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quoteOrderQty": "1000"})
    assert o["status"] == "FILLED" and D(o["executedQty"]) == D("0.01030")
    ioc = funded.post(
        ORDER,
        {
            "symbol": "BTCUSDT",
            "side": "BUY",
            "type": "LIMIT",
            "timeInForce": "IOC",
            "quantity": "0.01",
            "price": "90000",
        },
    )
    assert ioc["status"] == "EXPIRED"
    assert sandbox.balance("USDT", "CROSS").locked == 0


def test_limit_maker_refused_when_it_would_take(funded: Api) -> None:
    params = {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT_MAKER", "quantity": "0.01", "price": "98000"}
    assert funded.error("POST", ORDER, params) == (400, -2010)
    ok = funded.post(ORDER, {**params, "price": "96000"})
    assert "status" not in ok and "fills" not in ok  # ACK by default for non-LIMIT/MARKET types
    assert funded.get(ORDER, {"symbol": "BTCUSDT", "orderId": ok["orderId"]})["status"] == "NEW"


def test_stop_loss_and_take_profit(funded: Api, sandbox: Sandbox) -> None:
    stop = funded.post(
        ORDER, {"symbol": "BTCUSDT", "side": "SELL", "type": "STOP_LOSS", "quantity": "0.1", "stopPrice": "95000"}
    )
    tp = funded.post(
        ORDER,
        {
            "symbol": "BTCUSDT",
            "side": "SELL",
            "type": "TAKE_PROFIT_LIMIT",
            "quantity": "0.1",
            "stopPrice": "99000",
            "price": "98900",
            "timeInForce": "GTC",
            "newOrderRespType": "RESULT",
        },
    )
    assert tp["status"] == "NEW" and "fills" not in tp
    assert sandbox.balance("BTC", "CROSS").locked == D("0.2")
    q = funded.get(ORDER, {"symbol": "BTCUSDT", "orderId": stop["orderId"]})
    assert q["isWorking"] is False
    assert funded.error(
        "POST",
        ORDER,
        {"symbol": "BTCUSDT", "side": "SELL", "type": "STOP_LOSS", "quantity": "0.1", "stopPrice": "98000"},
    ) == (
        400,
        -2010,
    )
    sandbox.set_price("BTCUSDT", D("99500"))
    q = funded.get(ORDER, {"symbol": "BTCUSDT", "orderId": tp["orderId"]})
    assert q["status"] == "FILLED" and q["cummulativeQuoteQty"] == f"{D('0.1') * D(99500):.8f}"
    sandbox.set_price("BTCUSDT", D("94000"))
    q = funded.get(ORDER, {"symbol": "BTCUSDT", "orderId": stop["orderId"]})
    assert q["status"] == "FILLED" and q["isWorking"] is True
    assert D(q["cummulativeQuoteQty"]) == D(9400)
    assert sandbox.balance("BTC", "CROSS").locked == 0


def test_oco_one_leg_fills_other_expires(funded: Api, sandbox: Sandbox) -> None:
    oco = funded.post(
        "/sapi/v1/margin/order/oco",
        {
            "symbol": "BTCUSDT",
            "side": "SELL",
            "quantity": "0.5",
            "price": "100000",
            "stopPrice": "94000",
            "stopLimitPrice": "93900",
            "stopLimitTimeInForce": "GTC",
            "listClientOrderId": "oco-1",
        },
    )
    assert oco["contingencyType"] == "OCO" and oco["listStatusType"] == "EXEC_STARTED"
    assert {r["type"] for r in oco["orderReports"]} == {"LIMIT_MAKER", "STOP_LOSS_LIMIT"}
    assert sandbox.balance("BTC", "CROSS").locked == D("0.5")  # both legs share one lock
    assert len(funded.get("/sapi/v1/margin/openOrderList")) == 1
    sandbox.set_price("BTCUSDT", D("100500"))
    lst = funded.get("/sapi/v1/margin/orderList", {"orderListId": oco["orderListId"]})
    assert lst["listStatusType"] == "ALL_DONE"
    statuses = {funded.get(ORDER, {"symbol": "BTCUSDT", "orderId": x["orderId"]})["status"] for x in lst["orders"]}
    assert statuses == {"FILLED", "EXPIRED"}
    assert sandbox.balance("BTC", "CROSS").locked == 0
    assert sandbox.balance("BTC", "CROSS").free == D("0.5")
    assert funded.get("/sapi/v1/margin/openOrderList") == []
    assert len(funded.get("/sapi/v1/margin/allOrderList")) == 1
    bad = {"symbol": "BTCUSDT", "side": "SELL", "quantity": "0.1", "price": "90000", "stopPrice": "94000"}
    assert funded.error("POST", "/sapi/v1/margin/order/oco", bad) == (400, -2010)


def test_cancel_oco_leg_cancels_list(funded: Api, sandbox: Sandbox) -> None:
    oco = funded.post(
        "/sapi/v1/margin/order/oco",
        {"symbol": "BTCUSDT", "side": "BUY", "quantity": "0.1", "price": "90000", "stopPrice": "99000"},
    )
    leg = oco["orders"][0]["orderId"]
    funded.delete(ORDER, {"symbol": "BTCUSDT", "orderId": leg})
    assert funded.get("/sapi/v1/margin/orderList", {"orderListId": oco["orderListId"]})["listOrderStatus"] == "ALL_DONE"
    assert sandbox.balance("USDT", "CROSS").locked == 0
    assert funded.error(
        "DELETE", "/sapi/v1/margin/orderList", {"symbol": "BTCUSDT", "orderListId": oco["orderListId"]}
    ) == (400, -2011)


def test_oto_and_otoco(funded: Api, sandbox: Sandbox) -> None:
    oto = funded.post(
        "/sapi/v1/margin/order/oto",
        {
            "symbol": "BTCUSDT",
            "workingType": "LIMIT",
            "workingSide": "BUY",
            "workingPrice": "96000",
            "workingQuantity": "0.1",
            "workingTimeInForce": "GTC",
            "pendingType": "LIMIT",
            "pendingSide": "SELL",
            "pendingPrice": "99000",
            "pendingQuantity": "0.1",
            "pendingTimeInForce": "GTC",
        },
    )
    assert oto["contingencyType"] == "OTO"
    assert [r["status"] for r in oto["orderReports"]] == ["NEW", "PENDING_NEW"]
    assert len(funded.get("/sapi/v1/margin/oto/openOrderList")) == 1
    sandbox.set_price("BTCUSDT", D("95500"))
    reports = [funded.get(ORDER, {"symbol": "BTCUSDT", "orderId": x["orderId"]}) for x in oto["orders"]]
    assert [r["status"] for r in reports] == ["FILLED", "NEW"]
    sandbox.set_price("BTCUSDT", D("99500"))
    assert funded.get(ORDER, {"symbol": "BTCUSDT", "orderId": oto["orders"][1]["orderId"]})["status"] == "FILLED"
    assert funded.get("/sapi/v1/margin/orderList", {"orderListId": oto["orderListId"]})["listStatusType"] == "ALL_DONE"

    otoco = funded.post(
        "/sapi/v1/margin/order/otoco",
        {
            "symbol": "BTCUSDT",
            "workingType": "LIMIT",
            "workingSide": "BUY",
            "workingPrice": "99000",
            "workingQuantity": "0.1",
            "workingTimeInForce": "GTC",
            "pendingSide": "SELL",
            "pendingQuantity": "0.1",
            "pendingAboveType": "LIMIT_MAKER",
            "pendingAbovePrice": "102000",
            "pendingBelowType": "STOP_LOSS",
            "pendingBelowStopPrice": "97000",
        },
    )
    assert len(otoco["orders"]) == 3
    sandbox.set_price("BTCUSDT", D("98900"))
    sandbox.set_price("BTCUSDT", D("96000"))
    statuses = [funded.get(ORDER, {"symbol": "BTCUSDT", "orderId": x["orderId"]})["status"] for x in otoco["orders"]]
    assert statuses == ["FILLED", "EXPIRED", "FILLED"]


def test_cancel_all_and_all_orders(funded: Api, sandbox: Sandbox) -> None:
    base = {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "timeInForce": "GTC", "quantity": "0.01"}
    ids = [funded.post(ORDER, {**base, "price": p})["orderId"] for p in ("90000", "91000")]
    funded.post(
        "/sapi/v1/margin/order/oco",
        {"symbol": "BTCUSDT", "side": "BUY", "quantity": "0.01", "price": "92000", "stopPrice": "99000"},
    )
    cancelled = funded.delete("/sapi/v1/margin/openOrders", {"symbol": "BTCUSDT"})
    assert len(cancelled) == 3
    assert sum(1 for c in cancelled if "contingencyType" in c) == 1
    assert {c["orderId"] for c in cancelled if "orderId" in c} == set(ids)
    assert sandbox.balance("USDT", "CROSS").locked == 0
    assert funded.error("DELETE", "/sapi/v1/margin/openOrders", {"symbol": "BTCUSDT"}) == (400, -2011)
    all_orders = funded.get("/sapi/v1/margin/allOrders", {"symbol": "BTCUSDT"})
    assert len(all_orders) == 4 and all(o["status"] == "CANCELED" for o in all_orders)
    assert len(funded.get("/sapi/v1/margin/allOrders", {"symbol": "BTCUSDT", "orderId": ids[1]})) == 3
    assert funded.error("DELETE", ORDER, {"symbol": "BTCUSDT", "orderId": ids[0]}) == (400, -2011)


def test_isolated_orders_are_separate(api: Api, sandbox: Sandbox) -> None:
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "2000"})
    api.post(
        "/sapi/v1/asset/transfer",
        {"type": "MARGIN_ISOLATEDMARGIN", "asset": "USDT", "amount": "1000", "toSymbol": "ETHUSDT"},
    )
    o = api.post(
        ORDER,
        {
            "symbol": "ETHUSDT",
            "isIsolated": "TRUE",
            "side": "BUY",
            "type": "LIMIT",
            "timeInForce": "GTC",
            "quantity": "1",
            "price": "3000",
            "sideEffectType": "MARGIN_BUY",
        },
    )
    assert o["isIsolated"] is True
    assert D(str(o["marginBuyBorrowAmount"])) == D(2000)
    assert sandbox.balance("USDT", "ETHUSDT").borrowed == D(2000)
    assert sandbox.balance("USDT", "CROSS").borrowed == 0
    # the cross account does not see the isolated order
    assert api.error("GET", ORDER, {"symbol": "ETHUSDT", "orderId": o["orderId"]}) == (400, -2013)
    got = api.get(ORDER, {"symbol": "ETHUSDT", "orderId": o["orderId"], "isIsolated": "TRUE"})
    assert got["isIsolated"] is True
    assert api.error("GET", "/sapi/v1/margin/openOrders", {"isIsolated": "TRUE"}) == (400, -1102)
    assert len(api.get("/sapi/v1/margin/openOrders", {"symbol": "ETHUSDT", "isIsolated": "TRUE"})) == 1
    assert api.get("/sapi/v1/margin/openOrders") == []
    # isolated without a funded account
    assert api.error(
        "POST", ORDER, {"symbol": "BTCUSDT", "isIsolated": "TRUE", "side": "BUY", "type": "MARKET", "quantity": "0.001"}
    ) == (400, -11001)
    sandbox.set_price("ETHUSDT", D("2990"))
    assert sandbox.balance("ETH", "ETHUSDT").free == D("0.999")
    trades = api.get("/sapi/v1/margin/myTrades", {"symbol": "ETHUSDT", "isIsolated": "TRUE"})
    assert trades[0]["isIsolated"] is True


def test_order_count_usage_and_headers(funded: Api) -> None:
    r = funded.raw("POST", ORDER, {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "0.001"})
    assert r.status_code == 200
    assert r.headers["X-MBX-ORDER-COUNT-10S"] == "1"
    assert r.headers["X-MBX-ORDER-COUNT-1D"] == "1"
    funded.post(
        "/sapi/v1/margin/order/oco",
        {"symbol": "BTCUSDT", "side": "BUY", "quantity": "0.001", "price": "92000", "stopPrice": "99000"},
    )
    usage = funded.get("/sapi/v1/margin/rateLimit/order")
    assert [(u["interval"], u["count"]) for u in usage] == [("SECOND", 3), ("DAY", 3)]
    assert usage[0]["limit"] == 100


def test_filters_refuse_orders(funded: Api) -> None:
    def err(**kw: str) -> tuple[int, int]:
        base = {
            "symbol": "BTCUSDT",
            "side": "BUY",
            "type": "LIMIT",
            "timeInForce": "GTC",
            "quantity": "0.01",
            "price": "96000",
        }
        return funded.error("POST", ORDER, {**base, **kw})

    assert err(price="96000.001") == (400, -1013)  # PRICE_FILTER tick 0.01
    assert err(quantity="0.000015") == (400, -1013)  # LOT_SIZE step 0.00001
    assert err(quantity="0.00004") == (400, -1013)  # NOTIONAL < 5
    assert err(price="10000") == (400, -1013)  # PERCENT_PRICE_BY_SIDE (< 0.2 x)
    assert err(quantity="0.0000000001") == (400, -1111)
    r = funded.raw(
        "POST",
        ORDER,
        {
            "symbol": "BTCUSDT",
            "side": "BUY",
            "type": "LIMIT",
            "timeInForce": "GTC",
            "quantity": "0.01",
            "price": "96000.001",
        },
    )
    assert r.json() == {"code": -1013, "msg": "Filter failure: PRICE_FILTER"}
    r = funded.raw("POST", ORDER, {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "200"})
    assert r.json()["msg"] == "Filter failure: MARKET_LOT_SIZE"
    for i in range(5):
        funded.post(
            ORDER,
            {"symbol": "BTCUSDT", "side": "SELL", "type": "STOP_LOSS", "quantity": "0.01", "stopPrice": f"{90000 + i}"},
        )
    r = funded.raw(
        "POST",
        ORDER,
        {"symbol": "BTCUSDT", "side": "SELL", "type": "STOP_LOSS", "quantity": "0.01", "stopPrice": "89000"},
    )
    assert r.json()["msg"] == "Filter failure: MAX_NUM_ALGO_ORDERS"
