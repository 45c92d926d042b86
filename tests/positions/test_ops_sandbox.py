"""``repay_all`` and ``close`` against the sandbox over real sockets: exact zeros after hours of interest, the top
of the hour, filters, unknown outcomes stopped and resumed, and the async twin."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from binance_margin import CROSS, AsyncMarginClient, Isolated, MarginClient
from binance_margin.errors import BinanceAPIError, ValidationError
from binance_margin.positions import (
    CloseReport,
    Journal,
    OperationInterrupted,
    RepayAllResult,
    RepayShortfallError,
)
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox

from ._setup import (
    BTCUSDT,
    client,
    holdings,
    ledger,
    liabilities,
    open_isolated_long,
    open_isolated_short,
    open_orders,
)

pytestmark = pytest.mark.integration

HOUR_MS = 3_600_000


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox.running(port=0) as sandbox:
        yield sandbox


def test_close_after_hours_of_interest_leaves_zero_debt_and_funds_in_spot(sb: Sandbox, tmp_path: Path) -> None:
    with client(sb) as c:
        open_isolated_long(c)
        sb.clock.advance(hours=7)
        before = liabilities(sb)
        assert before["USDT"] > Decimal("7700") and before["BTC"] > Decimal("0.01")  # principal plus interest
        spot_usdt = sb.balance("USDT").free
        report = c.positions.close(BTCUSDT, transfer_to="spot", journal=tmp_path / "j.sqlite3")
    assert isinstance(report, CloseReport) and report.closed
    assert liabilities(sb) == {"BTC": 0, "USDT": 0}  # exactly zero, interest included
    assert holdings(sb) == {}  # everything moved out
    assert open_orders(sb) == []
    assert report.transferred["USDT"] > 0
    assert sb.balance("USDT").free == spot_usdt + report.transferred["USDT"]
    assert sb.balance("USDT", "CROSS").free == 0  # the cross leg passed through
    kinds = [s.kind for s in report.steps]
    assert kinds[0] == "cancel_open_orders" and "order" in kinds and kinds[-1] == "transfer"
    assert all(s.status == "done" for s in report.steps)
    order = next(s for s in report.steps if s.kind == "order")
    assert order.sent["sideEffectType"] == "AUTO_REPAY" and order.outcome and order.outcome["orderId"] > 0
    assert Journal(tmp_path / "j.sqlite3").operations(unfinished=True) == []


def test_close_a_short_buys_back_rounded_up_and_reports_dust(sb: Sandbox) -> None:
    with client(sb) as c:
        open_isolated_short(c)
        sb.clock.advance(hours=3)
        owed = liabilities(sb)["BTC"]
        report = c.positions.close(BTCUSDT, transfer_to="cross", journal=None)
    assert report.closed and liabilities(sb) == {"BTC": 0, "USDT": 0}
    buy = next(s for s in report.steps if s.kind == "order")
    qty = Decimal(buy.sent["quantity"])
    assert buy.sent["side"] == "BUY" and qty >= owed and qty % Decimal("0.00001") == 0  # up to the lot step
    assert holdings(sb) == {}
    assert sb.balance("USDT", "CROSS").free == report.transferred["USDT"]
    # The base bought beyond the debt (step rounding, fee buffer) was too small to sell: reported, then moved.
    assert [d.asset for d in report.dust] == ["BTC"]
    assert report.transferred["BTC"] == report.dust[0].amount


def test_close_keeps_funds_when_not_asked_to_move_them(sb: Sandbox) -> None:
    with client(sb) as c:
        open_isolated_long(c)
        report = c.positions.close(BTCUSDT, journal=None)
    assert report.closed and report.transferred == {}
    assert set(holdings(sb)) == {"BTC", "USDT"}  # the sale's proceeds and the unsellable remainder stay
    assert report.balances == holdings(sb)


def test_close_the_cross_account(sb: Sandbox) -> None:
    with client(sb) as c:
        c.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("5000"))
        c.borrow_repay.borrow_repay(asset="ETH", amount=Decimal("1"), type="BORROW")
        c.trade.new_order(symbol="ETHUSDT", side="SELL", type="MARKET", quantity=Decimal("1"))  # short ETH
        c.trade.new_order(
            symbol="BNBUSDT", side="BUY", type="MARKET", quantity=Decimal("5"), side_effect_type="MARGIN_BUY"
        )  # long BNB on borrowed USDT
        sb.clock.advance(hours=2)
        report = c.positions.close(CROSS, transfer_to="spot", journal=None)
    assert report.closed
    assert all(v == 0 for v in liabilities(sb, "CROSS").values())
    assert holdings(sb, "CROSS") == {}
    sides = {s.sent["symbol"]: s.sent["side"] for s in report.steps if s.kind == "order"}
    assert sides == {"ETHUSDT": "BUY", "BNBUSDT": "SELL"}


def test_close_refuses_bad_arguments_before_sending(sb: Sandbox) -> None:
    with client(sb) as c:
        sb.request_log.clear()
        with pytest.raises(ValidationError):
            c.positions.close(CROSS, transfer_to="cross", journal=None)
        with pytest.raises(ValidationError):
            c.positions.close(BTCUSDT, transfer_to="funding", journal=None)  # type: ignore[arg-type]
        with pytest.raises(ValidationError):
            c.positions.repay_all("btc", journal=None)
        with pytest.raises(ValidationError):
            c.positions.close("BTCUSDT", journal=None)  # type: ignore[arg-type]
        with pytest.raises(ValidationError):
            c.positions.close(Isolated(), journal=None)
        with pytest.raises(ValidationError):
            c.positions.close(CROSS, quote="usdt", journal=None)
    assert sb.request_log == []


def test_repay_all_repays_principal_and_interest_exactly(sb: Sandbox) -> None:
    with client(sb) as c:
        c.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("1000"))
        c.borrow_repay.borrow_repay(asset="USDT", amount=Decimal("500"), type="BORROW")
        sb.clock.advance(hours=5)
        owed = liabilities(sb, "CROSS")["USDT"]
        interest = sb.user().cross.balance("USDT").interest
        result = c.positions.repay_all("USDT", journal=None)
    assert isinstance(result, RepayAllResult)
    assert (result.principal_repaid, result.interest_repaid, result.left, result.reason) == (
        Decimal(500),
        interest,
        0,
        None,
    )
    assert result.repaid == owed and result.interest_bnb_burn is False
    assert liabilities(sb, "CROSS")["USDT"] == 0
    assert [s.kind for s in result.steps] == ["repay"] and result.steps[0].outcome
    assert result.steps[0].outcome["tranId"] > 0


def test_repay_all_refuses_a_shortfall_before_sending(sb: Sandbox) -> None:
    with client(sb) as c:
        c.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("1000"))
        c.borrow_repay.borrow_repay(asset="BTC", amount=Decimal("0.005"), type="BORROW")
        c.trade.new_order(symbol="BTCUSDT", side="SELL", type="MARKET", quantity=Decimal("0.002"))
        sb.request_log.clear()
        with pytest.raises(RepayShortfallError) as info:
            c.positions.repay_all("BTC", journal=None)
    error = info.value
    assert error.asset == "BTC" and error.free == Decimal("0.003")
    assert error.shortfall == error.debt - error.free and error.shortfall > Decimal("0.002")
    assert "short" in str(error)
    assert [r for r in sb.request_log if r.method == "POST"] == []


def test_repay_all_across_the_top_of_the_hour_leaves_no_residual(sb: Sandbox) -> None:
    with client(sb) as c:
        c.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("1000"))
        c.borrow_repay.borrow_repay(asset="USDT", amount=Decimal("800"), type="BORROW")
        now = sb.clock.freeze()
        sb.clock.advance(milliseconds=HOUR_MS - now % HOUR_MS - 500)  # half a second before the top of the hour
        hold = sb.faults.add("/sapi/v1/margin/borrow-repay", "hold_before", method="POST", times=1)
        out: list[RepayAllResult | BaseException] = []

        def run() -> None:
            try:
                out.append(c.positions.repay_all("USDT", journal=None))
            except BaseException as exc:
                out.append(exc)

        worker = threading.Thread(target=run)
        worker.start()
        assert hold.reached.wait(30)  # the debt was read, the repay is on its way...
        interest_before = sb.user().cross.balance("USDT").interest
        sb.clock.advance(seconds=1)  # ...and the hour's interest is posted before it lands
        assert sb.user().cross.balance("USDT").interest > interest_before
        hold.release()
        worker.join(30)
    (result,) = out
    assert isinstance(result, RepayAllResult), result
    assert result.left == 0 and liabilities(sb, "CROSS")["USDT"] == 0
    repays = [s for s in result.steps if s.kind == "repay"]
    assert len(repays) == 2 and Decimal(repays[1].sent["amount"]) == sb.user().interest[-1].interest
    assert result.principal_repaid == 800


def test_unknown_outcome_stops_close_and_resume_finishes_it(sb: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with client(sb, recv_window=1000) as c:
        open_isolated_long(c)
        since = sb.state.next_id
        sb.faults.add("/sapi/v1/margin/order", "lost_response", method="POST", times=1)
        with pytest.raises(OperationInterrupted) as info:
            c.positions.close(BTCUSDT, transfer_to="spot", journal=path)
        stopped = Journal(path).steps(info.value.operation_id)
        assert stopped[-1].kind == "order" and stopped[-1].status == "unknown"
        assert stopped[-1].timestamp_ms is not None
        (outcome,) = c.positions.resume(journal=path)
        assert c.positions.resume(journal=path) == []  # nothing left to finish
    assert outcome.status == "finished" and outcome.operation_id == info.value.operation_id
    assert [(s.kind, s.status) for s in outcome.reconciled] == [("order", "done")]
    assert isinstance(outcome.result, CloseReport) and outcome.result.closed
    assert liabilities(sb) == {"BTC": 0, "USDT": 0} and holdings(sb) == {}
    orders = [kind for kind, _ in ledger(sb, since) if kind == "order"]
    assert len(orders) == 1  # the sale was reconciled, never sent again


def test_async_close_and_repay_all(sb: Sandbox) -> None:
    with client(sb) as c:
        open_isolated_long(c)
        c.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("100"))
        c.borrow_repay.borrow_repay(asset="USDT", amount=Decimal("50"), type="BORROW")
    sb.clock.advance(hours=2)

    async def main() -> tuple[RepayAllResult, CloseReport]:
        async with AsyncMarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sb.base_url) as ac:
            repaid = await ac.positions.repay_all("USDT", margin=CROSS, journal=None)
            closed = await ac.positions.close(BTCUSDT, transfer_to="spot", journal=None)
            return repaid, closed

    repaid, closed = asyncio.run(main())
    assert repaid.left == 0 and repaid.principal_repaid == 50
    assert closed.closed and liabilities(sb) == {"BTC": 0, "USDT": 0} and holdings(sb) == {}


def test_resume_takes_only_its_own_accounts_operations(sb: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with client(sb, recv_window=1000) as c:
        open_isolated_long(c)
        sb.faults.add("/sapi/v1/margin/order", "lost_response", method="POST", times=1)
        with pytest.raises(OperationInterrupted):
            c.positions.close(BTCUSDT, journal=path)
    other_host = sb.base_url.replace("127.0.0.1", "localhost")  # the same exchange under another name: another scope
    with MarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=other_host) as stranger:
        assert stranger.positions.resume(journal=path) == []
    (op,) = Journal(path).operations(unfinished=True)
    assert op.scope and DEMO_API_KEY not in op.scope  # a fingerprint, never the key
    with client(sb) as c:
        assert [o.status for o in c.positions.resume(journal=path)] == ["finished"]


def test_an_operation_refused_before_any_step_is_not_left_to_resume(sb: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with client(sb) as c:
        with pytest.raises(BinanceAPIError) as info:
            c.positions.close(Isolated("ETHUSDT"), journal=path)  # no such isolated account yet
        assert info.value.code == -11001
        assert Journal(path).operations(unfinished=True) == []
        (op,) = Journal(path).operations()
        assert op.status == "failed" and op.error and "-11001" in op.error


def test_async_resume_finishes_what_an_async_close_left(sb: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with client(sb) as c:
        open_isolated_long(c)
    since = sb.state.next_id
    sb.faults.add("/sapi/v1/asset/transfer", "lost_response", method="POST", times=1)

    async def main() -> list[Any]:
        async with AsyncMarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sb.base_url, recv_window=1000) as ac:
            with pytest.raises(OperationInterrupted) as info:
                await ac.positions.close(BTCUSDT, transfer_to="spot", journal=path)
            assert info.value.error.operation_id == "universalTransfer"
            return await ac.positions.resume(journal=path)

    (outcome,) = asyncio.run(main())
    assert outcome.status == "finished"
    assert [(s.kind, s.status) for s in outcome.reconciled] == [("transfer", "done")]  # found in the history
    assert liabilities(sb) == {"BTC": 0, "USDT": 0} and holdings(sb) == {}
    transfers = [d for kind, d in ledger(sb, since) if kind == "transfer"]
    assert len(transfers) == 4 and len(set(transfers)) == 4  # each leg once
