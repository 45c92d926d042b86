"""Positions against the sandbox over real sockets: snapshots and their requests, the liquidation price against the
sandbox's ``liquidatePrice`` and its liquidation engine, what-if against the real order, and the guard."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_DOWN, ROUND_UP, Decimal

import pytest
from binance_margin import (
    CROSS,
    AsyncMarginClient,
    Isolated,
    MarginClient,
    MarginLevelGuardError,
    MarginModeError,
    PositionSnapshot,
)
from binance_margin.sandbox import Sandbox

pytestmark = pytest.mark.integration
D = Decimal
E8 = D("0.00000001")
KEY, SECRET = "demo-api-key", "demo-api-secret"


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    """A default sandbox whose answers are checked against the spec."""
    with Sandbox.running(validate_responses=True) as sandbox:
        yield sandbox
        assert sandbox.errors == [], "\n".join(sandbox.errors)


@pytest.fixture
def client(sb: Sandbox) -> Iterator[MarginClient]:
    with MarginClient(KEY, SECRET, base_url=sb.base_url, max_retries=0) as c:
        yield c


def _fund_isolated(client: MarginClient, symbol: str, asset: str, amount: Decimal) -> None:
    client.transfer.universal_transfer(type="MAIN_MARGIN", asset=asset, amount=amount)
    client.transfer.universal_transfer(type="MARGIN_ISOLATEDMARGIN", asset=asset, amount=amount, to_symbol=symbol)


def _hourly(sb: Sandbox, asset: str) -> Decimal:
    return sb.exchange.hourly_rate(asset)


def _taker(sb: Sandbox) -> Decimal:
    return sb.user().taker_commission


def _sent(sb: Sandbox, method: str, path: str) -> int:
    return sum(1 for r in sb.request_log if r.method == method and r.path == path)


def test_isolated_snapshot_is_one_request(client: MarginClient, sb: Sandbox) -> None:
    _fund_isolated(client, "ETHUSDT", "USDT", D(100))
    client.trade.new_order(
        symbol="ETHUSDT",
        side="BUY",
        type="MARKET",
        quantity=D("0.25"),
        side_effect_type="MARGIN_BUY",
        margin=Isolated(),
    )
    sb.request_log.clear()
    snap = client.positions.snapshot(margin=Isolated("ETHUSDT"))
    assert [(r.method, r.path) for r in sb.request_log] == [("GET", "/sapi/v1/margin/isolated/account")]
    assert snap.symbol == "ETHUSDT" and snap.base_asset == "ETH" and snap.quote_asset == "USDT"
    assert snap.assets["ETH"].free == sb.balance("ETH", "ETHUSDT").free
    assert snap.assets["USDT"].debt == sb.balance("USDT", "ETHUSDT").liability
    assert snap.prices["ETH"] == sb.price("ETHUSDT")
    assert snap.margin_level is not None
    assert snap.margin_level.quantize(E8, ROUND_DOWN) == snap.reported_margin_level
    assert abs(snap.margin_level - sb.margin_level("ETHUSDT")) < D("1e-20")
    with pytest.raises(MarginModeError, match="needs its pair"):
        client.positions.snapshot(margin=Isolated())


def test_cross_snapshot_prices_only_what_it_holds(client: MarginClient, sb: Sandbox) -> None:
    client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=D(5000))
    client.trade.new_order(
        symbol="ETHBTC", side="BUY", type="MARKET", quantity=D("0.5"), side_effect_type="MARGIN_BUY"
    )  # borrows BTC for ETH: the account holds USDT and ETH, owes BTC
    sb.request_log.clear()
    snap = client.positions.snapshot()
    paths = [(r.path, r.params.get("symbol")) for r in sb.request_log]
    assert sorted(paths) == sorted(
        [
            ("/sapi/v1/margin/account", None),
            ("/sapi/v1/margin/tradeCoeff", None),
            ("/sapi/v1/margin/priceIndex", "BTCUSDT"),  # USDT valued through BTCUSDT, inverted
            ("/sapi/v1/margin/priceIndex", "ETHBTC"),
        ]
    )
    assert snap.margin == CROSS and snap.valuation_asset == "BTC"
    assert snap.prices["ETH"] == sb.price("ETHBTC")
    assert snap.assets["BTC"].debt == sb.balance("BTC", "CROSS").liability
    assert snap.margin_level is not None
    assert abs(snap.margin_level - sb.margin_level("CROSS")) < D("1e-20")
    assert snap.margin_level.quantize(E8, ROUND_DOWN) == snap.reported_margin_level
    coeff = client.account.get_account_summary()
    assert snap.bars.force_liquidation == coeff.force_liquidation_bar
    # per net-exposed asset, each price reaching the bar; USDT falling (in BTC) liquidates, ETH alone cannot (the
    # USDT still covers the BTC debt at any ETH price), BTC is the unit
    for asset, price in snap.liquidation_prices.items():
        level = snap.after_price(asset, price).margin_level
        assert level is not None and abs(level - snap.bars.force_liquidation) < D("1e-40")
    assert set(snap.liquidation_prices) == {"USDT"}
    assert snap.price_for_level(snap.bars.force_liquidation, asset="ETH") is None


async def test_async_snapshot_equals_sync(client: MarginClient, sb: Sandbox) -> None:
    client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=D(5000))
    client.trade.new_order(
        symbol="BTCUSDT", side="BUY", type="MARKET", quantity=D("0.08"), side_effect_type="MARGIN_BUY"
    )
    _fund_isolated(client, "ETHUSDT", "USDT", D(100))
    sync_cross = client.positions.snapshot()
    sync_iso = client.positions.snapshot(margin=Isolated("ETHUSDT"))
    async with AsyncMarginClient(KEY, SECRET, base_url=sb.base_url, max_retries=0) as ac:
        cross = await ac.positions.snapshot()
        iso = await ac.positions.snapshot(margin=Isolated("ETHUSDT"))
    for a, b in ((cross, sync_cross), (iso, sync_iso)):
        assert a.assets == b.assets and a.prices == b.prices and a.margin_level == b.margin_level and a.bars == b.bars


@pytest.mark.parametrize(
    ("side", "quantity", "funds"),
    [("BUY", D("0.25"), ("USDT", D(100))), ("SELL", D("0.3"), ("USDT", D(120))), ("BUY", D("0.9"), ("ETH", D("0.1")))],
)
def test_liquidation_price_is_the_sandboxs_and_liquidates_there(
    client: MarginClient, sb: Sandbox, side: str, quantity: Decimal, funds: tuple[str, Decimal]
) -> None:
    iso = Isolated("ETHUSDT")
    _fund_isolated(client, "ETHUSDT", *funds)
    client.trade.new_order(
        symbol="ETHUSDT", side=side, type="MARKET", quantity=quantity, side_effect_type="MARGIN_BUY", margin=iso
    )
    sb.clock.advance(hours=3)  # some interest on the debt
    snap = client.positions.snapshot(margin=iso)
    liq = snap.liquidation_price
    assert liq is not None and snap.reported_liquidation_price is not None
    assert liq.quantize(E8, ROUND_DOWN) == snap.reported_liquidation_price  # Binance writes it truncated
    long = side == "BUY"
    safe = (liq.quantize(E8, ROUND_UP) + E8) if long else (liq.quantize(E8, ROUND_DOWN) - E8)
    unsafe = (liq.quantize(E8, ROUND_DOWN) - E8) if long else (liq.quantize(E8, ROUND_UP) + E8)
    debt_asset = "USDT" if long else "ETH"
    sb.set_price("ETHUSDT", safe)
    assert sb.balance(debt_asset, "ETHUSDT").liability > 0, "liquidated on the safe side of the price"
    level = client.positions.snapshot(margin=iso).margin_level
    assert level is not None and level > snap.bars.force_liquidation
    sb.set_price("ETHUSDT", unsafe)
    assert sb.balance(debt_asset, "ETHUSDT").liability == 0, "not liquidated past the price"
    assert client.risk.get_force_liquidation_records(margin=iso).total >= 1


def _what_if_matches(before: PositionSnapshot, predicted: PositionSnapshot, after: PositionSnapshot) -> None:
    assert predicted.hypothetical and not after.hypothetical
    for asset, pos in after.assets.items():
        want = predicted.asset(asset)
        assert (pos.free, pos.borrowed, pos.interest) == (want.free, want.borrowed, want.interest), asset
    assert predicted.margin_level is not None and after.margin_level is not None
    assert abs(predicted.margin_level - after.margin_level) < D("1e-20")
    assert predicted.margin_level.quantize(E8, ROUND_DOWN) == after.reported_margin_level
    assert before.margin_level != after.margin_level


def test_what_if_isolated_margin_buy_then_auto_repay(client: MarginClient, sb: Sandbox) -> None:
    iso = Isolated("ETHUSDT")
    _fund_isolated(client, "ETHUSDT", "USDT", D(100))
    fee, rate, px = _taker(sb), _hourly(sb, "USDT"), sb.price("ETHUSDT")
    before = client.positions.snapshot(margin=iso)
    predicted = before.after_order(
        side="BUY",
        quantity=D("0.25"),
        price=px,
        side_effect_type="MARGIN_BUY",
        fee_rate=fee,
        hourly_interest_rate=rate,
    )
    client.trade.new_order(
        symbol="ETHUSDT", side="BUY", type="MARKET", quantity=D("0.25"), side_effect_type="MARGIN_BUY", margin=iso
    )
    after = client.positions.snapshot(margin=iso)
    _what_if_matches(before, predicted, after)
    # the price moves, then half is sold with AUTO_REPAY: the proceeds repay interest first, then principal
    sb.set_price("ETHUSDT", px + 40)
    sb.clock.advance(hours=2)
    before = client.positions.snapshot(margin=iso)
    predicted = before.after_order(
        side="SELL", quantity=D("0.12"), price=px + 40, side_effect_type="AUTO_REPAY", fee_rate=fee
    )
    client.trade.new_order(
        symbol="ETHUSDT", side="SELL", type="MARKET", quantity=D("0.12"), side_effect_type="AUTO_REPAY", margin=iso
    )
    _what_if_matches(before, predicted, client.positions.snapshot(margin=iso))


def test_what_if_cross_margin_buy_then_auto_repay(client: MarginClient, sb: Sandbox) -> None:
    client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=D(3000))
    fee, rate = _taker(sb), _hourly(sb, "USDT")
    before = client.positions.snapshot(price_assets=("BTC", "USDT"))
    px = sb.price("BTCUSDT")
    predicted = before.after_order(
        side="BUY",
        quantity=D("0.07"),
        price=px,
        side_effect_type="MARGIN_BUY",
        fee_rate=fee,
        base="BTC",
        quote="USDT",
        hourly_interest_rate=rate,
    )
    client.trade.new_order(
        symbol="BTCUSDT", side="BUY", type="MARKET", quantity=D("0.07"), side_effect_type="MARGIN_BUY"
    )
    after = client.positions.snapshot()
    _what_if_matches(before, predicted, after)
    sb.clock.advance(hours=5)
    before = client.positions.snapshot()
    predicted = before.after_order(
        side="SELL", quantity=D("0.02"), price=px, side_effect_type="AUTO_REPAY", fee_rate=fee, base="BTC", quote="USDT"
    )
    client.trade.new_order(
        symbol="BTCUSDT", side="SELL", type="MARKET", quantity=D("0.02"), side_effect_type="AUTO_REPAY"
    )
    _what_if_matches(before, predicted, client.positions.snapshot())


def test_guard_refuses_before_sending(sb: Sandbox) -> None:
    with MarginClient(KEY, SECRET, base_url=sb.base_url, max_retries=0, min_margin_level_after=D("1.5")) as client:
        _fund_isolated(client, "ETHUSDT", "USDT", D(100))
        client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=D(1000))
        sb.request_log.clear()
        # isolated: 100 USDT, buying 0.25 ETH (~800 USDT) borrows ~700: level ~1.14 < 1.5
        with pytest.raises(MarginLevelGuardError, match=r"would be 1\.1\d+ .*below min_margin_level_after 1\.5") as e:
            client.trade.new_order(
                symbol="ETHUSDT",
                side="BUY",
                type="MARKET",
                quantity=D("0.25"),
                side_effect_type="MARGIN_BUY",
                margin=Isolated(),
            )
        assert e.value.level_after < D("1.5") and e.value.margin == Isolated("ETHUSDT")
        # cross: 1000 USDT, buying 0.05 BTC (~4500 USDT) with AUTO_BORROW_REPAY: level ~1.28
        with pytest.raises(MarginLevelGuardError):
            client.trade.new_order(
                symbol="BTCUSDT",
                side="BUY",
                type="LIMIT",
                time_in_force="GTC",
                price=sb.price("BTCUSDT"),
                quantity=D("0.05"),
                side_effect_type="AUTO_BORROW_REPAY",
            )
        assert _sent(sb, "POST", "/sapi/v1/margin/order") == 0
        assert sb.balance("USDT", "ETHUSDT").liability == sb.balance("USDT", "CROSS").liability == 0
        # within the threshold, or without borrowing: sent
        client.trade.new_order(
            symbol="BTCUSDT", side="BUY", type="MARKET", quantity=D("0.01"), side_effect_type="MARGIN_BUY"
        )
        client.trade.new_order(symbol="ETHUSDT", side="BUY", type="MARKET", quantity=D("0.01"), margin=Isolated())
        assert _sent(sb, "POST", "/sapi/v1/margin/order") == 2


async def test_async_guard_refuses_before_sending(sb: Sandbox) -> None:
    async with AsyncMarginClient(
        KEY, SECRET, base_url=sb.base_url, max_retries=0, min_margin_level_after=D("1.5"), validate_orders=True
    ) as client:
        await client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=D(1000))
        sb.request_log.clear()
        with pytest.raises(MarginLevelGuardError):
            await client.trade.new_order(
                symbol="BTCUSDT", side="BUY", type="MARKET", quantity=D("0.05"), side_effect_type="MARGIN_BUY"
            )
        assert _sent(sb, "POST", "/sapi/v1/margin/order") == 0
        await client.trade.new_order(
            symbol="BTCUSDT", side="BUY", type="MARKET", quantity=D("0.01"), side_effect_type="MARGIN_BUY"
        )
        assert _sent(sb, "POST", "/sapi/v1/margin/order") == 1


def _buy_eth(client: MarginClient, quantity: str) -> None:
    client.trade.new_order(
        symbol="ETHUSDT",
        side="BUY",
        type="MARKET",
        quantity=D(quantity),
        side_effect_type="MARGIN_BUY",
        margin=Isolated("ETHUSDT"),
    )


def test_guard_reuses_a_young_snapshot_until_something_is_sent(sb: Sandbox) -> None:
    with (
        MarginClient(KEY, SECRET, base_url=sb.base_url, max_retries=0, min_margin_level_after=D("1.5")) as plain,
        MarginClient(config=plain.config.model_copy(update={"margin_snapshot_max_age": 600.0})) as client,
    ):
        _fund_isolated(client, "ETHUSDT", "USDT", D(100))
        sb.request_log.clear()
        for _ in range(2):
            with pytest.raises(MarginLevelGuardError):
                _buy_eth(client, "0.25")
        assert _sent(sb, "GET", "/sapi/v1/margin/isolated/account") == 1  # the second refusal reused the snapshot
        _buy_eth(client, "0.01")  # allowed and sent: the account changed
        with pytest.raises(MarginLevelGuardError):
            _buy_eth(client, "0.25")
        assert _sent(sb, "GET", "/sapi/v1/margin/isolated/account") == 2
        assert _sent(sb, "POST", "/sapi/v1/margin/order") == 1
        # without a max age (the default), every guarded order reads the account afresh
        sb.request_log.clear()
        for _ in range(2):
            with pytest.raises(MarginLevelGuardError):
                _buy_eth(plain, "0.25")
        assert _sent(sb, "GET", "/sapi/v1/margin/isolated/account") == 2
