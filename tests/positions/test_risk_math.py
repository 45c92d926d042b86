"""The pure arithmetic of positions (no socket): margin level, prices for a level, what-if, the guard's decision."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

import pytest
from binance_margin import CROSS, Isolated, MarginLevelGuardError, OrderValidationError, ValidationError
from binance_margin.models import CrossMarginAccount, IsolatedMarginAccountPair, MarginAccountSummary
from binance_margin.positions import AssetPosition, MarginBars, PositionSnapshot
from binance_margin.positions._amounts import div
from binance_margin.positions._build import build_cross, build_isolated, price_sources
from binance_margin.positions._guard import PlannedOrder, check_order
from binance_margin.positions._snapshot import status_for
from hypothesis import assume, given
from hypothesis import strategies as st

D = Decimal
Z = D(0)
PX = D(3000)
BARS = MarginBars(D("1.11111111"), D("1.08055555"), D("1.05"))

amounts = st.decimals(min_value=0, max_value=D(10_000), places=8, allow_nan=False, allow_infinity=False)
positive = st.decimals(min_value=D("0.01"), max_value=D(100_000), places=8, allow_nan=False, allow_infinity=False)
levels = st.decimals(min_value=D("1.01"), max_value=D(5), places=4, allow_nan=False, allow_infinity=False)


def isolated(
    base_total: Decimal = Z,
    base_debt: Decimal = Z,
    quote_total: Decimal = Z,
    quote_debt: Decimal = Z,
    price: Decimal = PX,
    *,
    base_interest: Decimal = Z,
    quote_interest: Decimal = Z,
) -> PositionSnapshot:
    return PositionSnapshot(
        margin=Isolated("ETHUSDT"),
        symbol="ETHUSDT",
        base_asset="ETH",
        quote_asset="USDT",
        valuation_asset="USDT",
        assets={
            "ETH": AssetPosition.of("ETH", base_total, D(0), base_debt, base_interest),
            "USDT": AssetPosition.of("USDT", quote_total, D(0), quote_debt, quote_interest),
        },
        prices={"ETH": price, "USDT": D(1)},
        bars=BARS,
        taken_at_ms=0,
    )


def cross(assets: dict[str, tuple[str, str, str, str]], prices: dict[str, str]) -> PositionSnapshot:
    return PositionSnapshot(
        margin=CROSS,
        symbol=None,
        base_asset=None,
        quote_asset=None,
        valuation_asset="BTC",
        assets={a: AssetPosition.of(a, D(f), D(0), D(b), D(i)) for a, (f, _, b, i) in assets.items()},
        prices={k: D(v) for k, v in prices.items()},
        bars=MarginBars(D("1.5"), D("1.3"), D("1.1")),
        taken_at_ms=0,
    )


def test_margin_level_and_totals() -> None:
    snap = isolated(D("0.5"), D(0), D(100), D(1300), D(3000))
    assert snap.total_asset_value == D(1600)
    assert snap.total_debt == D(1300)
    assert snap.net_value == D(300)
    assert snap.margin_level == div(D(1600), D(1300))
    assert snap.status == "EXCESSIVE"  # above the normal bar (1.111)
    assert isolated(D("0.5"), D(0), D(100), D(1450), D(3000)).status == "NORMAL"
    assert isolated(D(1), D(0), D(0), D(0)).margin_level is None
    assert isolated(D(1), D(0), D(0), D(0)).status == "EXCESSIVE"


def test_status_against_bars() -> None:
    assert status_for(None, BARS) == "EXCESSIVE"
    assert status_for(D(2), BARS) == "EXCESSIVE"
    assert status_for(BARS.normal, BARS) == "NORMAL"
    assert status_for(BARS.margin_call, BARS) == "MARGIN_CALL"
    assert status_for(D("1.06"), BARS) == "MARGIN_CALL"
    assert status_for(BARS.force_liquidation, BARS) == "FORCE_LIQUIDATION"


def test_liquidation_price_is_the_documented_formula() -> None:
    # P = (bar * Q_debt - Q_total) / (B_total - bar * B_debt)
    snap = isolated(D("0.3"), D(0), D("100.5"), D("800.25"), D(3200), quote_interest=D("0.0333"))
    bar = BARS.force_liquidation
    expected = (bar * (D("800.25") + D("0.0333")) - D("100.5")) / D("0.3")
    assert snap.liquidation_price is not None
    assert abs(snap.liquidation_price - expected) < D("1e-20")
    assert snap.margin_call_price is not None and snap.margin_call_price > snap.liquidation_price
    # a short: the price rises to liquidation
    short = isolated(D(0), D("0.5"), D(2000), D(0), D(3000))
    assert short.liquidation_price is not None and short.liquidation_price > 3000


def test_no_liquidation_price_and_why() -> None:
    assert isolated(D(1), D(0), D(100), D(0)).liquidation_price is None  # nothing owed
    # a long with a quote debt so small that even at price 0 the quote covers it: the level never reaches the bar
    assert isolated(D(1), D(0), D(100), D(10)).liquidation_price is None
    # exposure exactly zero at the bar: t - bar*d = 0
    assert isolated(D("1.05"), D(1), D(0), D(0)).price_for_level(D("1.05")) is None
    with pytest.raises(ValueError, match="positive"):
        isolated(D(1), D(0), D(0), D(10)).price_for_level(D(0))
    with pytest.raises(ValueError, match="valuation asset"):
        isolated(D(1), D(0), D(0), D(10)).price_for_level(D(2), asset="USDT")
    snap = cross({"BTC": ("1", "0", "0", "0"), "USDT": ("0", "0", "40000", "0")}, {"USDT": "0.00001"})
    with pytest.raises(ValueError, match="asset= is required"):
        snap.price_for_level(D(2))
    assert snap.liquidation_price is None


@given(amounts, amounts, amounts, amounts, positive, levels)
def test_level_at_price_for_level_is_that_level(
    bt: Decimal, bd: Decimal, qt: Decimal, qd: Decimal, px: Decimal, level: Decimal
) -> None:
    snap = isolated(bt, bd, qt, qd, px)
    p = snap.price_for_level(level)
    if p is None:
        return
    after = snap.after_price("ETH", p)
    assert after.margin_level is not None
    assert abs(after.margin_level - level) <= level * D("1e-40")


@given(amounts, amounts, amounts, positive, levels)
def test_cross_price_for_level_per_asset(
    btc: Decimal, usdt_debt: Decimal, eth: Decimal, px: Decimal, level: Decimal
) -> None:
    snap = PositionSnapshot(
        margin=CROSS,
        symbol=None,
        base_asset=None,
        quote_asset=None,
        valuation_asset="BTC",
        assets={
            "BTC": AssetPosition.of("BTC", btc, D(0), D(0), D(0)),
            "USDT": AssetPosition.of("USDT", D(0), D(0), usdt_debt, D(0)),
            "ETH": AssetPosition.of("ETH", eth, D(0), D(0), D(0)),
        },
        prices={"BTC": D(1), "USDT": D("0.00001"), "ETH": px / 100_000},
        bars=MarginBars(D("1.5"), D("1.3"), D("1.1")),
        taken_at_ms=0,
    )
    for asset in ("USDT", "ETH"):
        p = snap.price_for_level(level, asset=asset)
        if p is None:
            continue
        got = snap.after_price(asset, p).margin_level
        assert got is not None and abs(got - level) <= level * D("1e-40")
    liq = snap.liquidation_prices
    assert set(liq) <= {"USDT", "ETH"}
    for asset, p in liq.items():
        assert snap.price_for_level(snap.bars.force_liquidation, asset=asset) == p


@given(amounts, amounts, positive, st.sampled_from(["ETH", "USDT"]))
def test_borrow_then_repay_is_the_identity(free: Decimal, borrowed: Decimal, amount: Decimal, asset: str) -> None:
    snap = isolated(free, borrowed, free, borrowed)
    back = snap.after_borrow(asset, amount).after_repay(asset, amount)
    assert back.assets == snap.assets
    assert back.margin_level == snap.margin_level
    assert back.hypothetical and not snap.hypothetical


def test_repay_takes_interest_first_and_refuses_too_much() -> None:
    snap = isolated(D(0), D(0), D(500), D(1000), quote_interest=D("0.5"))
    after = snap.after_repay("USDT", D(100))
    assert after.assets["USDT"].interest == 0
    assert after.assets["USDT"].borrowed == D("900.5")
    assert after.assets["USDT"].free == D(400)
    with pytest.raises(ValueError, match="more than the debt"):
        snap.after_repay("USDT", D("1000.51"))
    with pytest.raises(ValueError, match="free balance"):
        isolated(D(0), D(0), D(5), D(1000)).after_repay("USDT", D(10))


def test_borrow_posts_the_first_hour_of_interest_when_given_the_rate() -> None:
    snap = isolated(D(0), D(0), D(100), D(0))
    after = snap.after_borrow("USDT", D(1000), hourly_interest_rate=D("0.0000041666"))
    assert after.assets["USDT"].interest == D("0.0041666")
    assert after.assets["USDT"].borrowed == D(1000)


def test_transfer_in_and_out() -> None:
    snap = isolated(D(0), D(0), D(100), D(500))
    assert snap.after_transfer("USDT", D(50), into=True).assets["USDT"].free == D(150)
    assert snap.after_transfer("USDT", D(50), into=False).assets["USDT"].free == D(50)
    with pytest.raises(ValueError, match="free balance"):
        snap.after_transfer("USDT", D(101), into=False)
    with pytest.raises(ValueError, match="not an asset of the isolated pair"):
        snap.after_transfer("BTC", D(1), into=True)


def test_margin_buy_borrows_only_what_the_free_balance_lacks() -> None:
    snap = isolated(D(0), D(0), D(100), D(0), D(3000))
    after = snap.after_order(side="BUY", quantity=D("0.1"), price=D(3000), side_effect_type="MARGIN_BUY")
    usdt, eth = after.assets["USDT"], after.assets["ETH"]
    assert usdt.borrowed == D(200) and usdt.free == 0
    assert eth.free == D("0.1")
    with pytest.raises(ValueError, match="free balance"):
        snap.after_order(side="BUY", quantity=D("0.1"), price=D(3000))
    # enough free quote: nothing is borrowed
    rich = isolated(D(0), D(0), D(1000), D(0), D(3000))
    assert (
        rich.after_order(side="BUY", quantity=D("0.1"), price=D(3000), side_effect_type="MARGIN_BUY")
        .assets["USDT"]
        .borrowed
        == 0
    )


def test_margin_buy_sell_short_and_auto_repay_from_proceeds() -> None:
    snap = isolated(D(0), D(0), D(1000), D(0), D(3000))
    short = snap.after_order(side="SELL", quantity=D("0.5"), price=D(3000), side_effect_type="MARGIN_BUY")
    assert short.assets["ETH"].borrowed == D("0.5")
    assert short.assets["USDT"].free == D(2500)
    # buy back with AUTO_REPAY: the fee comes off the received ETH, then the ETH debt is repaid from what is left
    back = short.after_interest("ETH", D("0.0001")).after_order(
        side="BUY", quantity=D("0.5"), price=D(2900), side_effect_type="AUTO_REPAY", fee_rate=D("0.001")
    )
    eth = back.assets["ETH"]
    assert eth.interest == 0  # interest first
    assert eth.free == 0
    assert eth.borrowed == D("0.5") + D("0.0001") - (D("0.5") - D("0.0005"))
    assert back.assets["USDT"].free == D(2500) - D(1450)


def test_fee_is_taken_from_the_received_asset_rounded_half_up() -> None:
    snap = isolated(D(0), D(0), D(1000), D(0), D(3000))
    after = snap.after_order(side="BUY", quantity=D("0.012345"), price=D(3000), fee_rate=D("0.001"))
    assert after.assets["ETH"].free == D("0.012345") - D("0.00001235")


@given(
    st.decimals(min_value=D("0.001"), max_value=D(5), places=3),
    st.decimals(min_value=D(100), max_value=D(5000), places=2),
    st.sampled_from(["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]),
    st.sampled_from(["BUY", "SELL"]),
    amounts,
    amounts,
)
def test_a_fee_free_order_at_the_snapshot_price_keeps_the_net_value(
    qty: Decimal, px: Decimal, effect: str, side: str, quote_free: Decimal, base_free: Decimal
) -> None:
    snap = isolated(base_free, D("0.2"), quote_free, D(300), px)
    try:
        after = snap.after_order(side=side, quantity=qty, price=px, side_effect_type=effect)
    except ValueError:
        assume(False)
        return
    assert after.net_value == snap.net_value  # borrowing and repaying move no value; the trade is at the price


def test_bad_order_arguments() -> None:
    snap = isolated(D(0), D(0), D(1000), D(0))
    with pytest.raises(ValueError, match="side"):
        snap.after_order(side="HOLD", quantity=D(1), price=D(1))
    with pytest.raises(ValueError, match="side_effect_type"):
        snap.after_order(side="BUY", quantity=D(1), price=D(1), side_effect_type="MARGIN_SELL")
    with pytest.raises(ValueError, match="quantity"):
        snap.after_order(side="BUY", quantity=1.5, price=D(1))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="fee_rate"):
        snap.after_order(side="BUY", quantity=D(1), price=D(1), fee_rate=D(2))
    c = cross({"BTC": ("1", "0", "0", "0")}, {})
    with pytest.raises(ValueError, match="base= and quote="):
        c.after_order(side="BUY", quantity=D(1), price=D(1))
    with pytest.raises(ValueError, match="no price for ETH"):
        c.after_order(side="SELL", quantity=D("0.1"), price=D("0.05"), base="ETH", quote="BTC")
    ok = c.after_price("ETH", D("0.05")).after_order(
        side="BUY", quantity=D(2), price=D("0.05"), base="ETH", quote="BTC", side_effect_type="MARGIN_BUY"
    )
    assert ok.assets["ETH"].free == 2 and ok.assets["BTC"].free == D("0.9")


def _pair_json(**over: Any) -> dict[str, Any]:
    asset = {
        "borrowEnabled": True,
        "repayEnabled": True,
        "locked": "0",
        "interest": "0",
        "netAssetOfBtc": "0",
    }
    data = {
        "baseAsset": {**asset, "asset": "ETH", "free": "0.3", "borrowed": "0", "netAsset": "0.3", "totalAsset": "0.3"},
        "quoteAsset": {
            **asset,
            "asset": "USDT",
            "free": "100",
            "borrowed": "800",
            "netAsset": "-700",
            "totalAsset": "100",
        },
        "symbol": "ETHUSDT",
        "isolatedCreated": True,
        "enabled": True,
        "marginLevel": "1.25000000",
        "marginLevelStatus": "NORMAL",
        "marginRatio": "10",
        "indexPrice": "3000",
        "liquidatePrice": "2466.66666666",
        "liquidateRate": "1.05",
        "tradeEnabled": True,
    }
    data.update(over)
    return data


def test_build_isolated_from_the_answer(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="binance_margin.positions"):
        snap = build_isolated(IsolatedMarginAccountPair.from_dict(_pair_json()), 123)
    assert caplog.records == []
    assert snap.margin == Isolated("ETHUSDT") and snap.valuation_asset == "USDT"
    assert snap.margin_level == D("1.25") == snap.reported_margin_level
    assert snap.bars.force_liquidation == D("1.05")
    assert snap.bars.normal == div(D(10), D(9))
    assert abs(snap.bars.margin_call - (D("1.05") + (D(10) / D(9) - D("1.05")) / 2)) < D("1e-25")
    assert snap.liquidation_price is not None
    assert snap.liquidation_price.quantize(D("1e-8"), rounding="ROUND_DOWN") == snap.reported_liquidation_price
    assert snap.reported_status == "NORMAL" and snap.taken_at_ms == 123


def test_a_level_mismatch_is_logged_not_hidden(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="binance_margin.positions"):
        snap = build_isolated(IsolatedMarginAccountPair.from_dict(_pair_json(marginLevel="1.30000000")), 0)
    assert snap.margin_level == D("1.25") and snap.reported_margin_level == D("1.3")
    assert "computed 1.25" in caplog.text and "Binance reports 1.3" in caplog.text


def test_build_cross_prices_only_what_it_holds() -> None:
    account = CrossMarginAccount.from_dict(
        {
            "borrowEnabled": True,
            "marginLevel": "2.00000000",
            "totalAssetOfBtc": "2",
            "totalLiabilityOfBtc": "1",
            "totalNetAssetOfBtc": "1",
            "tradeEnabled": True,
            "transferInEnabled": True,
            "transferOutEnabled": True,
            "userAssets": [
                {"asset": "BTC", "free": "2", "locked": "0", "borrowed": "0", "interest": "0", "netAsset": "2"},
                {
                    "asset": "USDT",
                    "free": "0",
                    "locked": "0",
                    "borrowed": "99990",
                    "interest": "10",
                    "netAsset": "-1e5",
                },
                {"asset": "ETH", "free": "0", "locked": "0", "borrowed": "0", "interest": "0", "netAsset": "0"},
            ],
        }
    )
    sources = price_sources(account)
    assert [(s.asset, s.symbols[0]) for s in sources] == [("USDT", ("BTCUSDT", True))]
    assert [s.asset for s in price_sources(account, also=("ETH", "BTC"))] == ["USDT", "ETH"]
    assert sources[0].price(D(100_000), True) == D("0.00001")
    coeff = MarginAccountSummary.from_dict({"normalBar": "1.5", "marginCallBar": "1.3", "forceLiquidationBar": "1.1"})
    snap = build_cross(account, coeff, {"USDT": D("0.00001")}, 0)
    assert set(snap.assets) == {"BTC", "USDT"}
    assert snap.margin_level == D(2) and snap.status == "EXCESSIVE"
    # liquidation when USDT's price in BTC rises to 2 / (1.1 * 100000): BTC falls to 55000 USDT
    assert snap.liquidation_prices["USDT"] == div(D(2), D("1.1") * 100_000)


def test_guard_decision() -> None:
    snap = isolated(D(0), D(0), D(100), D(0), D(3000))
    order = PlannedOrder("ETHUSDT", Isolated("ETHUSDT"), "BUY", "MARGIN_BUY", D("0.3"), None, None)
    level = check_order(snap, order, "ETH", "USDT", D("1.1"), fee_rate=D(0))
    assert level == div(D(900), D(800))
    with pytest.raises(MarginLevelGuardError, match=r"would be 1\.1250") as info:
        check_order(snap, order, "ETH", "USDT", D("1.2"), fee_rate=D(0))
    err = info.value
    assert isinstance(err, OrderValidationError) and isinstance(err, ValidationError)
    assert err.level_after == div(D(900), D(800)) and err.minimum == D("1.2") and err.level_before is None
    by_quote = PlannedOrder("ETHUSDT", Isolated("ETHUSDT"), "BUY", "MARGIN_BUY", None, D(900), None)
    assert check_order(snap, by_quote, "ETH", "USDT", D("1.1"), fee_rate=D(0)) == level
    empty = PlannedOrder("ETHUSDT", Isolated("ETHUSDT"), "BUY", "MARGIN_BUY", None, None, None)
    with pytest.raises(ValidationError, match="neither quantity nor quoteOrderQty"):
        check_order(snap, empty, "ETH", "USDT", D("1.1"))


def test_snapshots_pickle_and_do_not_share_state() -> None:
    import pickle

    assets = {"ETH": AssetPosition.of("ETH", D(1), D(0), D(0), D(0))}
    snap = PositionSnapshot(
        margin=Isolated("ETHUSDT"),
        symbol="ETHUSDT",
        base_asset="ETH",
        quote_asset="USDT",
        valuation_asset="USDT",
        assets=assets,
        prices={"ETH": D(3000)},
        bars=BARS,
        taken_at_ms=0,
    )
    assets["ETH"] = AssetPosition.of("ETH", D(5), D(0), D(0), D(0))
    assert snap.assets["ETH"].free == 1 and snap.prices["USDT"] == 1
    assert pickle.loads(pickle.dumps(snap)) == snap
