"""binance_margin.filters: parsing exchangeInfo filters, validating orders, quantizing and formatting numbers."""

from __future__ import annotations

import asyncio
import copy
import inspect
from decimal import ROUND_05UP, ROUND_CEILING, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_UP, Decimal
from fractions import Fraction
from types import SimpleNamespace
from typing import Any

import pytest
from binance_margin.errors import ValidationError
from binance_margin.filters import (
    AsyncFilterCache,
    FilterCache,
    FilterError,
    FilterViolation,
    LotSize,
    MarketLotSize,
    Notional,
    OrderArgs,
    PriceFilter,
    SymbolRules,
    UnknownFilter,
    check_order,
    format_decimal,
    parse_filter,
    quantize_price,
    quantize_quantity,
    raise_for_violations,
    validate_order,
)
from binance_margin_generated.models import ExchangeInfo, ExchangeSymbol
from hypothesis import given
from hypothesis import strategies as st

D = Decimal

# exchangeInfo?symbol=BTCUSDT as Binance returned it in 2024 (spec/margin.yaml example).
BTCUSDT: dict[str, Any] = {
    "symbol": "BTCUSDT",
    "status": "TRADING",
    "baseAsset": "BTC",
    "baseAssetPrecision": 8,
    "quoteAsset": "USDT",
    "quotePrecision": 8,
    "quoteAssetPrecision": 8,
    "baseCommissionPrecision": 8,
    "quoteCommissionPrecision": 8,
    "orderTypes": [
        "LIMIT",
        "LIMIT_MAKER",
        "MARKET",
        "STOP_LOSS",
        "STOP_LOSS_LIMIT",
        "TAKE_PROFIT",
        "TAKE_PROFIT_LIMIT",
    ],
    "icebergAllowed": True,
    "ocoAllowed": True,
    "otoAllowed": True,
    "quoteOrderQtyMarketAllowed": True,
    "allowTrailingStop": True,
    "cancelReplaceAllowed": True,
    "isSpotTradingAllowed": True,
    "isMarginTradingAllowed": True,
    "filters": [
        {
            "filterType": "PRICE_FILTER",
            "minPrice": "0.01000000",
            "maxPrice": "1000000.00000000",
            "tickSize": "0.01000000",
        },
        {"filterType": "LOT_SIZE", "minQty": "0.00001000", "maxQty": "9000.00000000", "stepSize": "0.00001000"},
        {"filterType": "ICEBERG_PARTS", "limit": 10},
        {"filterType": "MARKET_LOT_SIZE", "minQty": "0.00000000", "maxQty": "112.21108820", "stepSize": "0.00000000"},
        {
            "filterType": "TRAILING_DELTA",
            "minTrailingAboveDelta": 10,
            "maxTrailingAboveDelta": 2000,
            "minTrailingBelowDelta": 10,
            "maxTrailingBelowDelta": 2000,
        },
        {
            "filterType": "PERCENT_PRICE_BY_SIDE",
            "bidMultiplierUp": "5",
            "bidMultiplierDown": "0.2",
            "askMultiplierUp": "5",
            "askMultiplierDown": "0.2",
            "avgPriceMins": 5,
        },
        {
            "filterType": "NOTIONAL",
            "minNotional": "5.00000000",
            "applyMinToMarket": True,
            "maxNotional": "9000000.00000000",
            "applyMaxToMarket": False,
            "avgPriceMins": 5,
        },
        {"filterType": "MAX_NUM_ORDERS", "maxNumOrders": 200},
        {"filterType": "MAX_NUM_ALGO_ORDERS", "maxNumAlgoOrders": 5},
    ],
    "permissions": [],
    "permissionSets": [["SPOT", "MARGIN"]],
    "defaultSelfTradePreventionMode": "EXPIRE_MAKER",
    "allowedSelfTradePreventionModes": ["EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH"],
}

# An ETHBTC-like symbol with the older filters (MIN_NOTIONAL, PERCENT_PRICE) and the rarer ones.
ETHBTC: dict[str, Any] = {
    **{k: v for k, v in BTCUSDT.items() if k != "filters"},
    "symbol": "ETHBTC",
    "baseAsset": "ETH",
    "quoteAsset": "BTC",
    "filters": [
        {
            "filterType": "PRICE_FILTER",
            "minPrice": "0.00001000",
            "maxPrice": "922327.00000000",
            "tickSize": "0.00001000",
        },
        {"filterType": "PERCENT_PRICE", "multiplierUp": "5", "multiplierDown": "0.2", "avgPriceMins": 5},
        {"filterType": "LOT_SIZE", "minQty": "0.00010000", "maxQty": "100000.00000000", "stepSize": "0.00010000"},
        {"filterType": "MIN_NOTIONAL", "minNotional": "0.00010000", "applyToMarket": False, "avgPriceMins": 5},
        {"filterType": "ICEBERG_PARTS", "limit": 10},
        {"filterType": "MARKET_LOT_SIZE", "minQty": "0.00010000", "maxQty": "2000.00000000", "stepSize": "0.00010000"},
        {"filterType": "MAX_NUM_ORDERS", "maxNumOrders": 200},
        {"filterType": "MAX_NUM_ALGO_ORDERS", "maxNumAlgoOrders": 5},
        {"filterType": "MAX_NUM_ICEBERG_ORDERS", "maxNumIcebergOrders": 2},
        {"filterType": "MAX_POSITION", "maxPosition": "10.00000000"},
        {"filterType": "MAX_NUM_ORDER_LISTS", "maxNumOrderLists": 20},
        {"filterType": "T_PLUS_SELL", "endTime": 1700000000000},
    ],
}


def exchange_info(*symbols: dict[str, Any]) -> dict[str, Any]:
    return {
        "timezone": "UTC",
        "serverTime": 1731077617996,
        "rateLimits": [],
        "exchangeFilters": [],
        "symbols": [copy.deepcopy(s) for s in symbols],
    }


BTC = SymbolRules.parse(exchange_info(BTCUSDT), "BTCUSDT")
ETH = SymbolRules.parse(ETHBTC)


def rules_with(*filters: dict[str, Any], **fields: Any) -> SymbolRules:
    entry: dict[str, Any] = {"symbol": "TESTUSDT", "filters": list(filters), **fields}
    return SymbolRules.parse(entry)


def by_filter(violations: list[FilterViolation], name: str) -> list[FilterViolation]:
    return [v for v in violations if v.filter == name]


def limit_buy(rules: SymbolRules = BTC, **kw: Any) -> list[FilterViolation]:
    args: dict[str, Any] = {"side": "BUY", "type": "LIMIT", "quantity": D("0.001"), "price": D("60000")}
    args.update(kw)
    return validate_order(rules, **args)


# ------------------------------------------------------------------------------------------------------------------
# parsing
# ------------------------------------------------------------------------------------------------------------------


def test_parse_from_dict_and_generated_model_agree() -> None:
    info = exchange_info(BTCUSDT, ETHBTC)
    from_dict = SymbolRules.all_from_exchange_info(info)
    model = ExchangeInfo.from_dict(info)
    from_model = SymbolRules.all_from_exchange_info(model)
    assert from_dict == from_model
    assert SymbolRules.parse(ExchangeSymbol.from_dict(BTCUSDT)) == BTC
    assert SymbolRules.parse(model.to_dict(), "btcusdt") == BTC
    assert BTC.price_filter == PriceFilter(min_price=D("0.01"), max_price=D("1000000"), tick_size=D("0.01"))
    assert BTC.lot_size == LotSize(min_qty=D("0.00001"), max_qty=D("9000"), step_size=D("0.00001"))
    assert BTC.market_lot_size == MarketLotSize(max_qty=D("112.21108820"))
    assert BTC.notional == Notional(
        min_notional=D(5), max_notional=D(9000000), apply_max_to_market=False, avg_price_mins=5
    )
    assert (BTC.base_asset, BTC.quote_asset, BTC.base_asset_precision, BTC.status) == ("BTC", "USDT", 8, "TRADING")
    assert "STOP_LOSS_LIMIT" in BTC.order_types and BTC.is_margin_trading_allowed is True
    assert BTC.permission_sets == (("SPOT", "MARGIN"),)
    assert isinstance(BTC.price_filter.tick_size, Decimal)


def test_unknown_filter_is_kept_and_read_only() -> None:
    (unknown,) = ETH.unknown_filters
    assert unknown == UnknownFilter(filter_type="T_PLUS_SELL", params={"endTime": 1700000000000})
    assert ETH.filter("T_PLUS_SELL") is unknown
    with pytest.raises(TypeError):
        unknown.params["endTime"] = 0  # type: ignore[index]
    assert validate_order(ETH, side="BUY", type="LIMIT", quantity="1", price="0.05") == []


def test_filters_are_immutable() -> None:
    assert BTC.price_filter is not None
    with pytest.raises(AttributeError):
        BTC.price_filter.tick_size = D(1)  # type: ignore[misc]
    with pytest.raises(AttributeError):
        BTC.symbol = "X"  # type: ignore[misc]


def test_malformed_known_filter_is_an_error() -> None:
    with pytest.raises(ValueError, match=r"LOT_SIZE.*stepSize"):
        parse_filter({"filterType": "LOT_SIZE", "minQty": "0.1", "maxQty": "10", "stepSize": "abc"})


def test_parse_needs_the_symbol_when_several_are_listed() -> None:
    info = exchange_info(BTCUSDT, ETHBTC)
    with pytest.raises(LookupError, match="2 symbols"):
        SymbolRules.parse(info)
    with pytest.raises(LookupError, match="BNBUSDT"):
        SymbolRules.parse(info, "BNBUSDT")
    assert SymbolRules.parse(info, "ethbtc") == ETH


def test_missing_bounds_mean_disabled() -> None:
    rules = rules_with({"filterType": "PRICE_FILTER", "minPrice": "0", "maxPrice": "0", "tickSize": "0"})
    assert limit_buy(rules, price=D("123.456789123")) == []
    assert quantize_price(rules, D("123.456789123")) == D("123.456789123")


# ------------------------------------------------------------------------------------------------------------------
# each filter
# ------------------------------------------------------------------------------------------------------------------


def test_price_filter_min_max_tick() -> None:
    assert limit_buy() == []
    # below minPrice is also off the grid that starts at minPrice: both rules are reported
    low, off_grid = limit_buy(price=D("0.001"), quantity=D(6000))
    assert (low.filter, low.field, low.rule, low.value) == ("PRICE_FILTER", "price", "minPrice", D("0.001"))
    assert (off_grid.rule, off_grid.nearest_above) == ("tickSize", D("0.01"))
    assert low.minimum == D("0.01") and low.nearest_above == D("0.01") and low.nearest_below is None
    (high,) = by_filter(limit_buy(price=D("1000000.01")), "PRICE_FILTER")
    assert high.rule == "maxPrice" and high.nearest_below == D("1000000") and high.nearest_above is None
    (tick,) = limit_buy(price=D("60000.005"))
    assert tick.rule == "tickSize" and tick.step == D("0.01")
    assert (tick.nearest_below, tick.nearest_above) == (D("60000.00"), D("60000.01"))
    assert "tickSize 0.01" in tick.message and "60000.01" in tick.message


def test_price_filter_applies_to_stop_price() -> None:
    violations = validate_order(
        BTC, side="SELL", type="STOP_LOSS_LIMIT", quantity=D("0.001"), price=D("59000"), stop_price=D("59000.001")
    )
    (v,) = violations
    assert (v.filter, v.field, v.rule) == ("PRICE_FILTER", "stop_price", "tickSize")


def test_tick_counts_from_min_price() -> None:
    rules = rules_with({"filterType": "PRICE_FILTER", "minPrice": "0.005", "maxPrice": "0", "tickSize": "0.01"})
    assert limit_buy(rules, price=D("0.015")) == []
    (v,) = limit_buy(rules, price=D("0.02"))
    assert (v.nearest_below, v.nearest_above) == (D("0.015"), D("0.025"))
    assert quantize_price(rules, D("0.02")) == D("0.015")


def test_lot_size_min_max_step_and_iceberg() -> None:
    low, _ = by_filter(limit_buy(quantity=D("0.000001")), "LOT_SIZE")
    assert (low.rule, low.minimum, low.nearest_above) == ("minQty", D("0.00001"), D("0.00001"))
    assert "minQty 0.00001" in low.message
    (high,) = by_filter(limit_buy(quantity=D("9000.1"), price=D("1")), "LOT_SIZE")
    assert (high.rule, high.maximum, high.nearest_below) == ("maxQty", D("9000"), D("9000"))
    (step,) = limit_buy(quantity=D("0.001234567"))
    assert (step.rule, step.nearest_below, step.nearest_above) == ("stepSize", D("0.00123"), D("0.00124"))
    (ice,) = limit_buy(quantity=D("0.01"), iceberg_qty=D("0.0012345"))
    assert (ice.filter, ice.field, ice.rule) == ("LOT_SIZE", "iceberg_qty", "stepSize")


def test_market_lot_size_only_for_market_orders() -> None:
    market = validate_order(BTC, side="SELL", type="MARKET", quantity=D("200"), reference_price=D("60000"))
    (v,) = market
    assert (v.filter, v.rule, v.maximum) == ("MARKET_LOT_SIZE", "maxQty", D("112.21108820"))
    assert "112.2110882" in v.message
    assert limit_buy(quantity=D("200"), price=D("100")) == []
    # ETHBTC: MARKET_LOT_SIZE with a step, checked on top of LOT_SIZE
    eth = validate_order(ETH, side="BUY", type="MARKET", quantity=D("2500.00005"))
    assert {(v.filter, v.rule) for v in eth} == {
        ("LOT_SIZE", "stepSize"),
        ("MARKET_LOT_SIZE", "maxQty"),
        ("MARKET_LOT_SIZE", "stepSize"),
    }


def test_notional_min_and_max() -> None:
    (low,) = limit_buy(quantity=D("0.00005"), price=D("60000"))
    assert (low.filter, low.rule, low.field) == ("NOTIONAL", "minNotional", "quantity")
    assert low.minimum == D("0.00009") == low.nearest_above  # 5 / 60000 = 0.0000833 -> next step up
    assert "minNotional 5" in low.message and "0.00009" in low.message
    (high,) = limit_buy(quantity=D("200"), price=D("50000"))
    assert (high.rule, high.maximum, high.nearest_below) == ("maxNotional", D("180"), D("180"))
    assert limit_buy(quantity=D("0.00009"), price=D("60000")) == []


def test_notional_for_market_orders_uses_reference_price_and_flags() -> None:
    # applyMinToMarket: checked with the reference (average) price
    (v,) = validate_order(BTC, side="BUY", type="MARKET", quantity=D("0.00005"), reference_price=D("60000"))
    assert (v.filter, v.rule) == ("NOTIONAL", "minNotional") and "reference price" in v.message
    # no reference price: cannot be checked, so not reported
    assert validate_order(BTC, side="BUY", type="MARKET", quantity=D("0.00005")) == []
    # applyMaxToMarket false: the maximum does not apply to MARKET
    assert validate_order(BTC, side="BUY", type="MARKET", quantity=D("100"), reference_price=D("100000")) == []
    # quote_order_qty is the notional itself
    (q,) = validate_order(BTC, side="BUY", type="MARKET", quote_order_qty=D("4.99"))
    assert (q.field, q.minimum, q.nearest_above) == ("quote_order_qty", D(5), D(5))
    assert validate_order(BTC, side="BUY", type="MARKET", quote_order_qty=D("5")) == []


def test_legacy_min_notional_apply_to_market() -> None:
    (v,) = validate_order(ETH, side="BUY", type="LIMIT", quantity=D("0.001"), price=D("0.05"))
    assert (v.filter, v.rule, v.minimum) == ("MIN_NOTIONAL", "minNotional", D("0.002"))
    # applyToMarket false: MARKET orders are not held to it
    assert validate_order(ETH, side="BUY", type="MARKET", quantity=D("0.001"), reference_price=D("0.05")) == []


def test_stop_market_notional_uses_stop_price() -> None:
    (v,) = validate_order(BTC, side="SELL", type="STOP_LOSS", quantity=D("0.00005"), stop_price=D("50000"))
    assert (v.filter, v.rule) == ("NOTIONAL", "minNotional") and "stop price" in v.message


def test_percent_price_by_side_uses_the_side_band() -> None:
    rules = rules_with(
        {"filterType": "PRICE_FILTER", "minPrice": "0.01", "maxPrice": "0", "tickSize": "0.01"},
        {
            "filterType": "PERCENT_PRICE_BY_SIDE",
            "bidMultiplierUp": "1.2",
            "bidMultiplierDown": "0.2",
            "askMultiplierUp": "5",
            "askMultiplierDown": "0.8",
            "avgPriceMins": 1,
        },
    )
    ref = D("100.005")
    (buy,) = validate_order(rules, side="BUY", type="LIMIT", quantity=D(1), price=D(121), reference_price=ref)
    assert (buy.filter, buy.rule, buy.nearest_below) == ("PERCENT_PRICE_BY_SIDE", "bidMultiplierUp", D("120.00"))
    assert buy.maximum == D("120.00") and buy.minimum == D("20.01")
    assert "120.006" in buy.message and "BUY" in buy.message
    assert validate_order(rules, side="SELL", type="LIMIT", quantity=D(1), price=D(121), reference_price=ref) == []
    (sell,) = validate_order(rules, side="SELL", type="LIMIT", quantity=D(1), price=D(80), reference_price=ref)
    assert (sell.rule, sell.nearest_above) == ("askMultiplierDown", D("80.01"))
    # without a reference price the band cannot be checked
    assert validate_order(rules, side="BUY", type="LIMIT", quantity=D(1), price=D(121)) == []


def test_percent_price() -> None:
    (v,) = validate_order(ETH, side="SELL", type="LIMIT", quantity=D(1), price=D("0.3"), reference_price=D("0.05"))
    assert (v.filter, v.rule, v.nearest_below) == ("PERCENT_PRICE", "multiplierUp", D("0.25"))


def test_iceberg_parts() -> None:
    (v,) = limit_buy(quantity=D("1"), iceberg_qty=D("0.05"))
    assert (v.filter, v.field, v.rule, v.minimum) == ("ICEBERG_PARTS", "iceberg_qty", "limit", D("0.1"))
    assert "20 parts" in v.message
    assert limit_buy(quantity=D("1"), iceberg_qty=D("0.1")) == []
    assert limit_buy(quantity=D("1"), iceberg_qty=D("0")) == []  # 0 = not an iceberg


def test_open_order_counts() -> None:
    (v,) = limit_buy(open_orders=200)
    assert (v.filter, v.field, v.value, v.maximum) == ("MAX_NUM_ORDERS", "open_orders", 201, 200)
    assert limit_buy(open_orders=199) == []
    stop: dict[str, Any] = {
        "side": "SELL",
        "type": "STOP_LOSS_LIMIT",
        "quantity": D("0.001"),
        "price": D(50000),
        "stop_price": D(50000),
    }
    algos = [{"type": "STOP_LOSS_LIMIT", "icebergQty": "0"} for _ in range(5)]
    (a,) = validate_order(BTC, **stop, open_orders=algos)
    assert (a.filter, a.value, a.maximum) == ("MAX_NUM_ALGO_ORDERS", 6, 5)
    assert validate_order(BTC, **stop, open_orders=10, open_algo_orders=4) == []
    assert limit_buy(open_orders=algos) == []  # a LIMIT order is not an algo order
    # generated models are read by attribute (type_, iceberg_qty)
    icebergs = [
        SimpleNamespace(type_="LIMIT", iceberg_qty=D("0.1")),
        SimpleNamespace(type_="LIMIT", iceberg_qty=D("0.2")),
    ]
    ice = validate_order(ETH, side="BUY", type="LIMIT", quantity=D(1), price=D("0.05"), iceberg_qty="0.5")
    assert ice == []
    (i,) = validate_order(
        ETH, side="BUY", type="LIMIT", quantity=D(1), price=D("0.05"), iceberg_qty="0.5", open_orders=icebergs
    )
    assert (i.filter, i.value, i.maximum) == ("MAX_NUM_ICEBERG_ORDERS", 3, 2)


def test_max_position() -> None:
    buy: dict[str, Any] = {"side": "BUY", "type": "LIMIT", "quantity": D(3), "price": D("0.05")}
    (v,) = validate_order(ETH, **buy, position=D("8.5"))
    assert (v.filter, v.rule, v.maximum, v.nearest_below) == ("MAX_POSITION", "maxPosition", D("1.5"), D("1.5"))
    assert validate_order(ETH, **buy, position=D(7)) == []
    assert validate_order(ETH, **{**buy, "side": "SELL"}, position=D(9)) == []
    assert validate_order(ETH, **buy) == []  # position unknown: not checked


@pytest.mark.parametrize(
    ("kind", "side", "bound"),
    [
        ("STOP_LOSS", "BUY", "Above"),
        ("STOP_LOSS_LIMIT", "BUY", "Above"),
        ("TAKE_PROFIT", "SELL", "Above"),
        ("TAKE_PROFIT_LIMIT", "SELL", "Above"),
        ("STOP_LOSS", "SELL", "Below"),
        ("STOP_LOSS_LIMIT", "SELL", "Below"),
        ("TAKE_PROFIT", "BUY", "Below"),
        ("TAKE_PROFIT_LIMIT", "BUY", "Below"),
    ],
)
def test_trailing_delta_bounds_by_type_and_side(kind: str, side: str, bound: str) -> None:
    rules = rules_with(
        {
            "filterType": "TRAILING_DELTA",
            "minTrailingAboveDelta": 10,
            "maxTrailingAboveDelta": 2000,
            "minTrailingBelowDelta": 20,
            "maxTrailingBelowDelta": 1000,
        }
    )
    price = {"price": D(100)} if kind.endswith("LIMIT") else {}
    args: dict[str, Any] = {"side": side, "type": kind, "quantity": D(1), **price}
    low, high = (10, 2000) if bound == "Above" else (20, 1000)
    assert validate_order(rules, **args, trailing_delta=low) == []
    assert validate_order(rules, **args, trailing_delta=high) == []
    (under,) = validate_order(rules, **args, trailing_delta=low - 1)
    assert (under.filter, under.rule, under.nearest_above) == ("TRAILING_DELTA", f"minTrailing{bound}Delta", low)
    (over,) = validate_order(rules, **args, trailing_delta=high + 1)
    assert (over.rule, over.nearest_below, over.maximum) == (f"maxTrailing{bound}Delta", high, high)


def test_symbol_level_rules() -> None:
    entry = {
        **copy.deepcopy(BTCUSDT),
        "status": "HALT",
        "orderTypes": ["LIMIT", "MARKET"],
        "icebergAllowed": False,
        "quoteOrderQtyMarketAllowed": False,
        "allowTrailingStop": False,
        "isMarginTradingAllowed": False,
    }
    rules = SymbolRules.parse(entry)
    names = {v.filter for v in limit_buy(rules, iceberg_qty=D("0.0005"))}
    assert names == {"status", "isMarginTradingAllowed", "icebergAllowed"}
    assert {v.filter for v in limit_buy(rules, margin=False)} == {"status"}
    stop = validate_order(rules, side="SELL", type="STOP_LOSS", quantity=D("0.001"), trailing_delta=100)
    assert {"orderTypes", "allowTrailingStop"} <= {v.filter for v in stop}
    quote = validate_order(rules, side="BUY", type="MARKET", quote_order_qty=D(10), margin=False)
    assert {v.filter for v in quote} == {"status", "quoteOrderQtyMarketAllowed"}


def test_parameters_each_order_type_needs() -> None:
    def problems(**kw: Any) -> set[tuple[str, str]]:
        return {(v.field, v.rule) for v in validate_order(BTC, **kw) if v.filter == "parameters"}

    assert problems(side="BUY", type="LIMIT", quantity=D("0.001")) == {("price", "required")}
    assert problems(side="BUY", type="MARKET") == {("quantity", "required")}
    assert problems(side="BUY", type="MARKET", quantity=D("0.001"), quote_order_qty=D(10)) == {
        ("quote_order_qty", "not allowed")
    }
    assert problems(side="SELL", type="STOP_LOSS", quantity=D("0.001")) == {("stop_price", "required")}
    assert problems(side="SELL", type="STOP_LOSS", quantity=D("0.001"), trailing_delta=100) == set()
    assert problems(side="BUY", type="LIMIT", quantity=D("0.001"), price=D(1), stop_price=D(1)) == {
        ("stop_price", "not allowed")
    }
    assert problems(side="BUY", type="LIMIT", quantity=D("-1"), price=D(1)) == {("quantity", "positive")}
    with pytest.raises(ValueError, match="side"):
        validate_order(BTC, side="LONG", type="LIMIT")


def test_every_violation_is_reported_at_once() -> None:
    violations = validate_order(
        BTC,
        side="BUY",
        type="LIMIT",
        quantity=D("0.0000123"),
        price=D("400000.001"),
        reference_price=D("60000"),
        open_orders=200,
    )
    found = {(v.filter, v.rule) for v in violations}
    assert found == {
        ("PRICE_FILTER", "tickSize"),
        ("LOT_SIZE", "stepSize"),
        ("NOTIONAL", "minNotional"),
        ("PERCENT_PRICE_BY_SIDE", "bidMultiplierUp"),
        ("MAX_NUM_ORDERS", "maxNumOrders"),
    }
    with pytest.raises(FilterError) as caught:
        check_order(
            BTC,
            side="BUY",
            type="LIMIT",
            quantity=D("0.0000123"),
            price=D("400000.001"),
            reference_price=D("60000"),
            open_orders=200,
        )
    error = caught.value
    assert isinstance(error, ValidationError) and isinstance(error, ValueError)
    assert error.violations == tuple(violations) and error.symbol == "BTCUSDT"
    assert error.filters == ("PRICE_FILTER", "LOT_SIZE", "NOTIONAL", "PERCENT_PRICE_BY_SIDE", "MAX_NUM_ORDERS")
    text = str(error)
    for part in ("BTCUSDT", "5 exchange rules", "tickSize 0.01", "stepSize 0.00001", "minNotional 5", "maxNumOrders"):
        assert part in text


def test_raise_for_violations() -> None:
    raise_for_violations([])
    with pytest.raises(FilterError, match="LOT_SIZE"):
        raise_for_violations(limit_buy(quantity=D("0.0000001")))


def test_floats_are_refused_with_a_clear_message() -> None:
    with pytest.raises(TypeError, match=r"not float.*Decimal\('0.1'\)"):
        limit_buy(quantity=0.1)
    with pytest.raises(TypeError, match="float"):
        quantize_price(BTC, 123.45)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="float"):
        quantize_quantity(BTC, 1e-05)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="float"):
        format_decimal(1e-05)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_decimal(True)
    with pytest.raises(ValueError, match="not a decimal"):
        quantize_price(BTC, "12,5")


# ------------------------------------------------------------------------------------------------------------------
# quantize and format
# ------------------------------------------------------------------------------------------------------------------


def test_quantize_examples() -> None:
    assert quantize_price(BTC, D("64123.456")) == D("64123.45")
    assert quantize_price(BTC, D("64123.451"), "up") == D("64123.46")
    assert quantize_price(BTC, "64123.455", "nearest") == D("64123.46")  # ties go up
    assert quantize_price(BTC, "64123.455", ROUND_HALF_EVEN) == D("64123.46")
    assert quantize_price(BTC, "64123.445", ROUND_HALF_EVEN) == D("64123.44")
    assert quantize_price(BTC.price_filter or PriceFilter(), 7, ROUND_CEILING) == D("7.00")
    assert quantize_quantity(BTC, D("0.123456789")) == D("0.12345")
    assert quantize_quantity(BTC, D("0.123451"), ROUND_UP) == D("0.12346")
    assert quantize_quantity(BTC, "0.123456789", ROUND_DOWN, market=True) == D("0.12345")
    assert quantize_quantity(ETH, D("1.23456"), market=True) == D("1.2345")
    assert quantize_quantity(ETH.market_lot_size or MarketLotSize(), D("1.23456"), "up") == D("1.2346")
    assert str(quantize_quantity(BTC, D(1))) == "1.00000"  # the step's decimals, no exponent
    with pytest.raises(ValueError, match="rounding"):
        quantize_price(BTC, D(1), ROUND_05UP)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="negative"):
        quantize_quantity(BTC, D("-1"))
    assert quantize_quantity(rules_with(), D("1.23456789")) == D("1.23456789")  # no LOT_SIZE: unchanged


def test_format_decimal_examples() -> None:
    assert format_decimal(D("1E-8")) == "0.00000001"
    assert format_decimal(D("1E+2")) == "100"
    assert format_decimal(D("0.01000000")) == "0.01"
    assert format_decimal(D("-0")) == "0"
    assert format_decimal(D("0E-8")) == "0"
    assert format_decimal("1.50000000", "0.00100000") == "1.500"
    assert format_decimal(D(3), step=D("1.00000000")) == "3"
    assert format_decimal(12, step="0.01") == "12.00"
    assert format_decimal(quantize_quantity(BTC, D("0.00001"))) == "0.00001"
    with pytest.raises(ValueError, match="more decimals than step"):
        format_decimal(D("1.2345"), step=D("0.01"))
    with pytest.raises(ValueError, match="negative"):
        format_decimal(D("-1"))
    with pytest.raises(ValueError, match="20"):
        format_decimal(D("1E+25"))
    with pytest.raises(ValueError, match="20"):
        format_decimal(D("1E-21"))
    with pytest.raises(ValueError):
        format_decimal(D("NaN"))


# ------------------------------------------------------------------------------------------------------------------
# properties
# ------------------------------------------------------------------------------------------------------------------

ROUNDINGS = st.sampled_from(
    ["down", "up", "nearest", "ROUND_DOWN", "ROUND_UP", "ROUND_FLOOR", "ROUND_CEILING", "ROUND_HALF_EVEN"]
)


@st.composite
def grids(draw: st.DrawFn) -> tuple[Decimal, Decimal, Decimal]:
    """(min, max, step): step = m * 10^-k, min a few steps or an off-grid amount above 0, max on the grid."""
    step = D(draw(st.sampled_from([1, 2, 5, 25]))).scaleb(-draw(st.integers(0, 10)))
    lo = step * draw(st.integers(1, 5))
    if draw(st.booleans()):
        lo += step / 2  # a minimum off the multiples of step: the grid starts at the minimum
    hi = lo + step * draw(st.integers(1, 10**9))
    return lo, hi, step


@st.composite
def in_range(draw: st.DrawFn) -> tuple[tuple[Decimal, Decimal, Decimal], Decimal]:
    lo, hi, step = draw(grids())
    digits = draw(st.integers(0, 14))
    units = draw(st.integers(0, 10**14))
    value = lo + (hi - lo) * D(units) / D(10**14)
    return (lo, hi, step), value.quantize(D(1).scaleb(min(-digits, step.as_tuple().exponent - 3)))  # type: ignore[operator]


@given(in_range(), ROUNDINGS)
def test_quantized_price_passes_price_filter(
    case: tuple[tuple[Decimal, Decimal, Decimal], Decimal], rounding: Any
) -> None:
    (lo, hi, step), value = case
    rules = rules_with(
        {"filterType": "PRICE_FILTER", "minPrice": str(lo), "maxPrice": str(hi), "tickSize": str(step)},
        {"filterType": "LOT_SIZE", "minQty": "1", "maxQty": "0", "stepSize": "1"},
    )
    price = quantize_price(rules, value, rounding)
    assert lo <= price <= hi
    assert validate_order(rules, side="BUY", type="LIMIT", quantity=D(1), price=price) == []
    assert quantize_price(rules, price, rounding) == price  # idempotent
    if rounding in ("down", "ROUND_DOWN", "ROUND_FLOOR"):
        assert price <= value
    if rounding in ("up", "ROUND_UP", "ROUND_CEILING"):
        assert price >= value
    assert abs(price - value) <= step
    text = format_decimal(price)
    assert "E" not in text and "e" not in text and D(text) == price


@given(in_range(), ROUNDINGS, st.booleans())
def test_quantized_quantity_passes_lot_size(
    case: tuple[tuple[Decimal, Decimal, Decimal], Decimal], rounding: Any, market: bool
) -> None:
    (lo, hi, step), value = case
    lot = {"minQty": str(lo), "maxQty": str(hi), "stepSize": str(step)}
    rules = rules_with({"filterType": "LOT_SIZE", **lot}, {"filterType": "MARKET_LOT_SIZE", **lot})
    qty = quantize_quantity(rules, value, rounding, market=market)
    assert lo <= qty <= hi
    kind = "MARKET" if market else "LIMIT"
    price: dict[str, Any] = {} if market else {"price": D(1)}
    assert validate_order(rules, side="SELL", type=kind, quantity=qty, **price) == []
    assert quantize_quantity(rules, qty, rounding, market=market) == qty
    if rounding in ("down", "ROUND_DOWN", "ROUND_FLOOR"):
        assert qty <= value
    if rounding in ("up", "ROUND_UP", "ROUND_CEILING"):
        assert qty >= value
    assert "E" not in format_decimal(qty)
    if (lo / step) % 1 == 0:  # grid values have the step's decimals only when minQty is a multiple of stepSize
        assert "E" not in format_decimal(qty, step)


@given(grids(), st.integers(0, 10**12), st.integers(0, 12))
def test_step_violation_matches_exact_arithmetic(grid: tuple[Decimal, Decimal, Decimal], units: int, k: int) -> None:
    lo, _, step = grid
    value = lo + D(units).scaleb(-k)
    rules = rules_with({"filterType": "LOT_SIZE", "minQty": str(lo), "maxQty": "0", "stepSize": str(step)})
    reported = any(v.rule == "stepSize" for v in limit_buy(rules, quantity=value, price=D(1)))
    exact = (Fraction(value) - Fraction(lo)) % Fraction(step) != 0
    assert reported == exact
    if reported:
        (v,) = [v for v in limit_buy(rules, quantity=value, price=D(1)) if v.rule == "stepSize"]
        assert v.nearest_below is not None and v.nearest_above is not None
        assert v.nearest_below < value < v.nearest_above and v.nearest_above - v.nearest_below == step


@given(st.integers(0, 10**40 - 1), st.integers(-20, 19))
def test_format_decimal_round_trips(coefficient: int, exponent: int) -> None:
    value = D(coefficient).scaleb(exponent)
    try:
        text = format_decimal(value)
    except ValueError:
        digits = len(format(value.normalize(), "f").partition(".")[0])
        assert digits > 20 or "E" in str(value.normalize()) or value.normalize().as_tuple().exponent < -20  # type: ignore[operator]
        return
    assert D(text) == value
    assert "E" not in text and "e" not in text and not text.startswith("-")
    assert text == "0" or not text.endswith(("0", ".")) or "." not in text


# ------------------------------------------------------------------------------------------------------------------
# caches
# ------------------------------------------------------------------------------------------------------------------


class Loader:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, symbol: str) -> Any:
        self.calls.append(symbol)
        return ExchangeInfo.from_dict(exchange_info(BTCUSDT, ETHBTC))


def test_filter_cache_loads_once_and_refreshes() -> None:
    loader = Loader()
    cache = FilterCache(loader)
    assert "BTCUSDT" not in cache and cache.peek("BTCUSDT") is None
    assert cache.get("btcusdt") == BTC
    assert cache.get("BTCUSDT") == BTC and cache.get("ETHBTC") == ETH  # the response listed both
    assert loader.calls == ["BTCUSDT"]
    assert cache.refresh("ETHBTC") == ETH and loader.calls == ["BTCUSDT", "ETHBTC"]
    cache.invalidate("BTCUSDT")
    assert "BTCUSDT" not in cache and "ETHBTC" in cache
    cache.get("BTCUSDT")
    assert len(loader.calls) == 3
    cache.invalidate()
    assert "ETHBTC" not in cache
    with pytest.raises(LookupError, match="BNBUSDT"):
        cache.get("BNBUSDT")


def test_filter_cache_ttl_and_validation() -> None:
    now = [0.0]
    calls: list[str] = []

    def loader(symbol: str) -> Any:
        calls.append(symbol)
        return BTCUSDT  # one symbol entry (raw dict)

    cache = FilterCache(loader, ttl=60, clock=lambda: now[0])
    assert cache.validate_order("BTCUSDT", side="BUY", type="LIMIT", quantity=D("0.001"), price=D(60000)) == []
    now[0] = 59
    with pytest.raises(FilterError) as caught:
        cache.check_order("BTCUSDT", side="BUY", type="LIMIT", quantity=D("0.001"), price=D("60000.001"))
    assert caught.value.filters == ("PRICE_FILTER",) and caught.value.symbol == "BTCUSDT"
    assert calls == ["BTCUSDT"]
    now[0] = 61
    cache.get("BTCUSDT")
    assert calls == ["BTCUSDT", "BTCUSDT"]
    cache.put(ETH)
    assert cache.get("ETHBTC") is ETH and len(calls) == 2
    with pytest.raises(ValueError, match="ttl"):
        FilterCache(loader, ttl=0)


def test_async_filter_cache_shares_one_load() -> None:
    calls: list[str] = []

    async def loader(symbol: str) -> Any:
        calls.append(symbol)
        await asyncio.sleep(0.01)
        return exchange_info(BTCUSDT)

    async def scenario() -> None:
        cache = AsyncFilterCache(loader)
        results = await asyncio.gather(*(cache.get("BTCUSDT") for _ in range(5)))
        assert all(r == BTC for r in results) and calls == ["BTCUSDT"]
        assert await cache.validate_order("BTCUSDT", side="BUY", type="LIMIT", quantity=D("0.001"), price=D(1)) != []
        with pytest.raises(FilterError, match="NOTIONAL"):
            await cache.check_order("BTCUSDT", side="BUY", type="LIMIT", quantity=D("0.001"), price=D(1))
        assert await cache.refresh("BTCUSDT") == BTC and calls == ["BTCUSDT", "BTCUSDT"]
        with pytest.raises(LookupError):
            await cache.get("ETHBTC")

    asyncio.run(scenario())


def test_order_args_match_validate_order() -> None:
    params = list(inspect.signature(validate_order).parameters)[1:]
    assert params == list(OrderArgs.__annotations__)
    assert params == list(inspect.signature(check_order).parameters)[1:]
