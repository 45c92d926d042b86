"""The generated parsing fast paths: known keys read in place, decimal cache, enum lookup map, orjson with fallback."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from binance_margin_generated import types as gen_types
from binance_margin_generated.models.margin_order import MarginOrder
from binance_margin_generated.models.order_side import ORDER_SIDE_BY_VALUE, OrderSide
from binance_margin_generated.types import UNSET, _json_loads, _parse_decimal

ORDER: dict[str, Any] = {
    "clientOrderId": "abc",
    "cummulativeQuoteQty": "0.00000000",
    "executedQty": "0.00000000",
    "isWorking": True,
    "orderId": 9223372036854775807,
    "origQty": "0.00100000",
    "price": "67000.12345678",
    "side": "BUY",
    "status": "NEW",
    "symbol": "BTCUSDT",
    "isIsolated": False,
    "time": 1717900000000,
    "timeInForce": "GTC",
    "type": "LIMIT",
    "selfTradePreventionMode": "EXPIRE_MAKER",
    "updateTime": 1717900000001,
}


def test_known_fields_only_no_additional_properties_and_source_untouched() -> None:
    src = dict(ORDER)
    order = MarginOrder.from_dict(src)
    assert order.additional_properties == {} and order.iceberg_qty is UNSET and src == ORDER
    assert order.to_dict() == ORDER and order.order_id == 9223372036854775807


def test_unknown_fields_kept_even_when_optional_known_fields_are_missing() -> None:
    src = {**ORDER, "newField": [1, 2], "stopPrice": "1E-8"}
    order = MarginOrder.from_dict(src)
    assert order.additional_properties == {"newField": [1, 2]}
    assert order.stop_price == Decimal("1E-8") and order.to_dict()["stopPrice"] == "0.00000001"
    assert order.to_dict()["newField"] == [1, 2]
    order.additional_properties["x"] = 1
    assert "x" not in src  # additional_properties is a new dict, not the source


def test_unknown_enum_value_kept() -> None:
    order = MarginOrder.from_dict({**ORDER, "side": "SIDEWAYS", "status": ""})
    assert (
        isinstance(order.side, OrderSide) and order.side.value == "SIDEWAYS" and order.to_dict()["side"] == "SIDEWAYS"
    )
    assert order.status.value == "" and ORDER_SIDE_BY_VALUE["BUY"] is OrderSide.BUY
    with pytest.raises(ValueError):
        MarginOrder.from_dict({**ORDER, "side": 3})


def test_decimals_exact_cached_and_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _parse_decimal("0.10000000") is _parse_decimal("0.10000000")  # shared, immutable
    assert str(_parse_decimal("0.10000000")) == "0.10000000"
    assert _parse_decimal(0.1) == Decimal("0.1") and _parse_decimal(3) == Decimal(3)
    with pytest.raises(ValueError, match="not a decimal"):
        _parse_decimal("abc")
    with pytest.raises(ValueError):
        MarginOrder.from_dict({**ORDER, "price": "abc"})
    monkeypatch.setattr(gen_types, "_DECIMALS_MAX", 2)
    gen_types._DECIMALS.clear()
    for text in ("1", "2", "3"):
        _parse_decimal(text)
    assert len(gen_types._DECIMALS) <= 2


def test_json_loads_orjson_and_fallback() -> None:
    body = json.dumps([ORDER]).encode()
    assert _json_loads(body) == [ORDER]
    huge = b'{"id": 123456789012345678901234567890, "x": NaN}'  # orjson refuses both; json accepts them
    value = _json_loads(huge)
    assert value["id"] == 123456789012345678901234567890 and value["x"] != value["x"]
    with pytest.raises(ValueError):
        _json_loads(b"{not json")
