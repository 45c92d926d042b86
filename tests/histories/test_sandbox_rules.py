"""The sandbox holds histories to Binance's limits: too long a window, too big a page, too far back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sandbox._signing import Api

from ._ledger import DAY, Histories


@pytest.fixture
def api(histories: Histories) -> Iterator[Api]:
    a = Api(histories.sandbox.base_url)
    yield a
    a.client.close()


@pytest.mark.parametrize(
    ("path", "params", "code"),
    [
        # windows: allOrders / myTrades "less than 24 hours", allOrderList 24 hours, 7 or 30 days elsewhere
        ("/sapi/v1/margin/allOrders", {"symbol": "BTCUSDT", "span": DAY}, -1127),
        ("/sapi/v1/margin/myTrades", {"symbol": "BTCUSDT", "span": DAY}, -1127),
        ("/sapi/v1/margin/allOrderList", {"span": DAY + 1}, -1127),
        ("/sapi/v1/margin/borrow-repay", {"type": "BORROW", "span": 7 * DAY + 1}, -1127),
        ("/sapi/v1/margin/borrow-repay", {"type": "BORROW", "asset": "USDT", "span": 30 * DAY + 1}, -1127),
        ("/sapi/v1/margin/interestHistory", {"span": 30 * DAY + 1}, -1127),
        ("/sapi/v1/margin/transfer", {"span": 30 * DAY + 1}, -1127),
        ("/sapi/v1/margin/capital-flow", {"span": 7 * DAY + 1}, -1127),
        ("/sapi/v1/margin/interestRateHistory", {"asset": "USDT", "span": 30 * DAY + 1}, -1127),
        # pages over the maximum
        ("/sapi/v1/margin/allOrders", {"symbol": "BTCUSDT", "limit": 501}, -1130),
        ("/sapi/v1/margin/myTrades", {"symbol": "BTCUSDT", "limit": 1001}, -1130),
        ("/sapi/v1/margin/borrow-repay", {"type": "REPAY", "size": 101}, -1130),
        ("/sapi/v1/margin/transfer", {"size": 101}, -1130),
        ("/sapi/v1/margin/forceLiquidationRec", {"size": 101}, -1130),
        ("/sapi/v1/margin/capital-flow", {"limit": 1001}, -1130),
        # past the horizon
        ("/sapi/v1/margin/interestHistory", {"back": 91 * DAY}, -1130),
        ("/sapi/v1/margin/capital-flow", {"back": 91 * DAY}, -1130),
        ("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "back": 181 * DAY}, -1130),
    ],
)
def test_limits_answer_binance_errors(
    histories: Histories, api: Api, path: str, params: dict[str, object], code: int
) -> None:
    query = {k: v for k, v in params.items() if k not in ("span", "back")}
    now = histories.sandbox.clock.now_ms()
    if "span" in params:
        start = now - 60 * DAY
        query |= {"startTime": start, "endTime": start + int(str(params["span"]))}
    if "back" in params:
        query |= {"startTime": now - int(str(params["back"])), "endTime": now - int(str(params["back"])) + DAY}
    assert api.error("GET", path, query)[1] == code
    # and the largest allowed request is answered
    if "span" in params:
        query["endTime"] = int(str(query["endTime"])) - 1
        api.call("GET", path, query)


def test_liquidation_loan_history_clamps_to_90_days(histories: Histories, api: Api) -> None:
    now = histories.sandbox.clock.now_ms()
    # a startTime further back is moved up to the horizon rather than refused (Binance's documented behaviour)
    body = api.get("/sapi/v1/margin/liquidation-loan/repay-history", {"startTime": now - 200 * DAY, "endTime": now})
    assert body == {"total": 0, "rows": []}


def test_the_request_log_records_every_answer(histories: Histories, api: Api) -> None:
    histories.sandbox.request_log.clear()
    api.error("GET", "/sapi/v1/margin/allOrders", {"symbol": "BTCUSDT", "limit": 501})
    api.call("GET", "/sapi/v1/margin/allOrders", {"symbol": "BTCUSDT", "limit": 500})
    log = histories.sandbox.request_log
    assert [(r.path, r.status, r.code, r.params["limit"]) for r in log] == [
        ("/sapi/v1/margin/allOrders", 400, -1130, "501"),
        ("/sapi/v1/margin/allOrders", 200, None, "500"),
    ]
