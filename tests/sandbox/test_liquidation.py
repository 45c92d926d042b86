"""Margin level, forced liquidation below the bar (cross and isolated), manual liquidation, bad debt."""

from __future__ import annotations

from decimal import Decimal

from binance_margin.sandbox import Clock, Exchange, Sandbox, default_config

from ._signing import Api
from .test_stateful import LedgerMachine

D = Decimal


def _leveraged_cross(api: Api) -> None:
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1000"})
    api.post(
        "/sapi/v1/margin/order",
        {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "0.03", "sideEffectType": "MARGIN_BUY"},
    )


def test_cross_force_liquidation(api: Api, sandbox: Sandbox) -> None:
    _leveraged_cross(api)
    acc = api.get("/sapi/v1/margin/account")
    assert D("1.4") < D(acc["marginLevel"]) < D("1.6")
    # a resting order is cancelled by the liquidation
    api.post(
        "/sapi/v1/margin/order",
        {
            "symbol": "BTCUSDT",
            "side": "SELL",
            "type": "LIMIT",
            "timeInForce": "GTC",
            "quantity": "0.01",
            "price": "99000",
        },
    )
    sandbox.set_price("BTCUSDT", D("75000"))  # level ~1.18: margin call, not yet liquidated
    acc = api.get("/sapi/v1/margin/account")
    assert D("1.1") < D(acc["marginLevel"]) < D("1.3")
    assert api.get("/sapi/v1/margin/forceLiquidationRec")["total"] == 0
    sandbox.set_price("BTCUSDT", D("69000"))
    assert sandbox.balance("USDT", "CROSS").liability == 0
    assert sandbox.margin_level() == D(999)
    assert api.get("/sapi/v1/margin/openOrders") == []
    rec = api.get("/sapi/v1/margin/forceLiquidationRec")
    assert rec["total"] == 1
    row = rec["rows"][0]
    assert (row["symbol"], row["side"], row["isIsolated"]) == ("BTCUSDT", "SELL", False)
    assert row["avgPrice"] == "69000.00000000"
    left_btc = sandbox.balance("BTC", "CROSS").free
    assert D(0) < left_btc < D("0.03")
    types = {f["type"] for f in api.get("/sapi/v1/margin/capital-flow")}
    assert {"SELL_LIQUIDATION", "LIQUIDATION_FEE", "REPAY_LIQUIDATION"} <= types


def test_isolated_force_liquidation(api: Api, sandbox: Sandbox) -> None:
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "100"})
    api.post(
        "/sapi/v1/asset/transfer",
        {"type": "MARGIN_ISOLATEDMARGIN", "asset": "USDT", "amount": "100", "toSymbol": "ETHUSDT"},
    )
    api.post(
        "/sapi/v1/margin/order",
        {
            "symbol": "ETHUSDT",
            "isIsolated": "TRUE",
            "side": "BUY",
            "type": "MARKET",
            "quantity": "0.25",
            "sideEffectType": "MARGIN_BUY",
        },
    )
    pair = api.get("/sapi/v1/margin/isolated/account", {"symbols": "ETHUSDT"})["assets"][0]
    liq_price = D(pair["liquidatePrice"])
    assert D(3100) < liq_price < D(3200)
    assert pair["marginLevelStatus"] in ("MARGIN_CALL", "PRE_LIQUIDATION", "NORMAL")
    sandbox.set_price("ETHUSDT", liq_price + 20)
    assert sandbox.balance("USDT", "ETHUSDT").liability > 0
    sandbox.set_price("ETHUSDT", liq_price - 20)
    assert sandbox.balance("USDT", "ETHUSDT").liability == 0
    rec = api.get("/sapi/v1/margin/forceLiquidationRec", {"isolatedSymbol": "ETHUSDT"})
    assert rec["total"] == 1 and rec["rows"][0]["isIsolated"] is True
    # the cross account was not touched
    assert sandbox.balance("USDT", "CROSS").free == 0


def test_interest_alone_can_liquidate(api: Api, sandbox: Sandbox) -> None:
    _leveraged_cross(api)
    sandbox.set_price("BTCUSDT", D("70200"))  # just above the bar
    assert sandbox.balance("USDT", "CROSS").liability > 0
    sandbox.clock.advance(days=60)  # interest keeps growing hour after hour
    assert sandbox.balance("USDT", "CROSS").liability == 0
    assert (
        api.get("/sapi/v1/margin/forceLiquidationRec", {"startTime": sandbox.clock.now_ms() - 29 * 86_400_000})["total"]
        == 1
    )


def test_bad_debt_becomes_liquidation_loan(api: Api, sandbox: Sandbox) -> None:
    _leveraged_cross(api)
    sandbox.set_price("BTCUSDT", D("40000"))
    usdt = sandbox.balance("USDT", "CROSS")
    assert usdt.liability == 0 and usdt.free == 0
    assert sandbox.balance("BTC", "CROSS").total == 0
    loan = api.get("/sapi/v1/margin/liquidation-loan")
    assert loan["asset"] == "USDT"
    remaining = D(loan["remainingAmount"])
    assert D(600) < remaining < D(800)
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1000"})
    assert api.error("POST", "/sapi/v1/margin/liquidation-loan/repay", {"asset": "USDT", "amount": "5000"}) == (
        400,
        -3015,
    )
    paid = api.post("/sapi/v1/margin/liquidation-loan/repay", {"asset": "USDT", "amount": f"{remaining:f}"})
    assert paid["status"] == "SUCCESS"
    assert D(api.get("/sapi/v1/margin/liquidation-loan")["remainingAmount"]) == 0
    assert api.get("/sapi/v1/margin/liquidation-loan/repay-history")["total"] == 1


def test_manual_liquidation(api: Api, sandbox: Sandbox) -> None:
    assert api.error("POST", "/sapi/v1/margin/manual-liquidation", {"type": "MARGIN"}) == (400, -3026)
    _leveraged_cross(api)
    res = api.post("/sapi/v1/margin/manual-liquidation", {"type": "MARGIN"})
    assert res["asset"] == "USDT" and res["liabilityAsset"] == "USDT"
    assert D(res["principal"]) == D("1910")
    assert sandbox.balance("USDT", "CROSS").liability == 0
    assert sandbox.margin_level() == D(999)
    assert api.error("POST", "/sapi/v1/margin/manual-liquidation", {"type": "ISOLATED"}) == (400, -1102)


def test_small_liability_exchange(api: Api, sandbox: Sandbox) -> None:
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1000"})
    api.post(
        "/sapi/v1/margin/borrow-repay", {"asset": "BNB", "isIsolated": "FALSE", "amount": "0.01", "type": "BORROW"}
    )
    small = api.get("/sapi/v1/margin/exchange-small-liability")
    assert [s["asset"] for s in small] == ["BNB"]
    api.post("/sapi/v1/margin/exchange-small-liability", {"assetNames": "BNB"})
    assert sandbox.balance("BNB", "CROSS").liability == 0
    assert D(6) < sandbox.balance("USDT", "CROSS").borrowed < D(7)
    hist = api.get("/sapi/v1/margin/exchange-small-liability-history", {"current": 1, "size": 10})
    assert hist["total"] == 1 and hist["rows"][0]["targetAsset"] == "USDT"


def test_dust_isolated_borrow_becomes_liquidation_loan_without_creating_bnb() -> None:
    # hypothesis' TestLedger case: 0.00000434 USDT into isolated BNBUSDT, borrow a tenth of the max (1e-8 BNB)
    clock = Clock()
    clock.freeze()
    ex = Exchange(default_config(), clock)
    user = ex.user_by_name("demo")
    ex.transfer(user, "MAIN_MARGIN", "USDT", D(1))
    ex.transfer(user, "MARGIN_ISOLATEDMARGIN", "USDT", D("0.00000434"), None, "BNBUSDT")
    acc = user.isolated["BNBUSDT"]
    assert ex.max_borrowable(user, acc, "BNB")[0] == D("0.00000006")
    ex.borrow(user, acc, "BNB", D("0.00000001"))
    bnb = acc.balance("BNB")
    # the first hour's interest rounds up to 1e-8: as much as the loan, and the account is under its bar at once
    assert (bnb.free, bnb.borrowed, bnb.interest) == (D("0.00000001"), D("0.00000001"), D("0.00000001"))
    assert ex.margin_level(acc) < ex.bars(user, acc)[2]
    clock.advance(hours=1)  # the next hourly check liquidates it
    assert bnb.total == bnb.liability == 0
    assert user.liquidations == []  # 0.00000434 USDT buys no 1e-8 BNB at 650
    [repay] = [r for r in user.borrow_repay if r.kind == "REPAY"]
    assert (repay.interest, repay.principal) == (D("0.00000001"), 0)
    charged = sum((r.interest for r in user.interest if r.asset == "BNB"), D(0))
    assert charged == D("0.00000002")  # on borrow, then one periodic hour
    # still owed, as a liquidation loan: the 1e-8 principal and the 1e-8 interest left unpaid
    loan = user.liquidation_loans["BNB"].remaining
    assert loan == D("0.00000001") + (charged - repay.interest)
    # nothing created or lost: the platform has its lent BNB back, the user holds what they started with
    assert ex.state.inventory["BNB"] == D(200_000)
    assert user.wallet_balance("SPOT", "BNB").free == D(1000)
    assert acc.balance("USDT").free == D("0.00000434")


def test_ledger_machine_replays_the_dust_liquidation() -> None:
    m = LedgerMachine()
    m.fund_margin()
    m.transfer(
        type_="MARGIN_ISOLATEDMARGIN", asset="USDT", amount=D("0.00000434"), from_symbol="BTCUSDT", to_symbol="BNBUSDT"
    )
    m.borrow(asset="BNB", fraction=D("0.1"), isolated="BNBUSDT")
    m.time_passes(hours=1)
    assert m.user.liquidation_loans["BNB"].remaining == D("0.00000002")
    m.nothing_negative()
    m.assets_conserved()


def test_ledger_machine_counts_liquidation_trades_and_fees() -> None:
    m = LedgerMachine()
    m.fund_margin()
    m.transfer(type_="MAIN_MARGIN", asset="BNB", amount=D(10), from_symbol="BTCUSDT", to_symbol="BTCUSDT")
    m.transfer(type_="MARGIN_ISOLATEDMARGIN", asset="BNB", amount=D(10), from_symbol="BTCUSDT", to_symbol="BNBUSDT")
    m.borrow(asset="USDT", fraction=D(1), isolated="BNBUSDT")
    m.time_passes(hours=1)
    m.assets_conserved()
    with m.ex.lock:
        m.ex.set_price("BNBUSDT", D(260))  # margin level ~1.04: liquidated, BNB sold for the USDT still owed
    assert m.user.isolated["BNBUSDT"].balance("USDT").liability == 0
    assert m.user.liquidations
    assert any(f.type == "LIQUIDATION_FEE" for f in m.user.capital_flow)
    m.nothing_negative()
    m.assets_conserved()
