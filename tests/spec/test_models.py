"""Every documented response parses into the generated models and serialises back to the same JSON."""

from __future__ import annotations

import copy
import importlib
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from binance_margin_generated import Client
from binance_margin_generated.operations import BY_ROUTE

from ._spec import examples, operations

CLIENT = Client(base_url="https://api.binance.com")

CASES = [
    pytest.param(method, path, name, example, id=f"{op['operationId']}-{name}")
    for method, path, op in operations()
    for name, example in examples(op)
]


def _parse(method: str, path: str, payload: Any) -> Any:
    op = BY_ROUTE[(method.upper(), path)]
    module = importlib.import_module(op.module)
    # Through the wire format: what Binance sends is bytes, parsed as JSON by the generated code.
    response = httpx.Response(200, content=json.dumps(payload).encode())
    return module.parse_response(client=CLIENT, response=response)


def _to_json(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [_to_json(item) for item in parsed]
    return parsed.to_dict()


@pytest.mark.parametrize(("method", "path", "name", "example"), CASES)
def test_example_round_trips(method: str, path: str, name: str, example: Any) -> None:
    parsed = _parse(method, path, example)
    assert parsed is not None
    assert _to_json(parsed) == example


def _add_unknown_field(payload: Any) -> Any:
    if isinstance(payload, dict):
        payload["fieldBinanceAddsIn2027"] = "x"
    elif isinstance(payload, list) and payload and isinstance(payload[0], dict):
        payload[0]["fieldBinanceAddsIn2027"] = "x"
    return payload


@pytest.mark.parametrize(("method", "path", "name", "example"), CASES)
def test_unknown_fields_are_kept(method: str, path: str, name: str, example: Any) -> None:
    payload = _add_unknown_field(copy.deepcopy(example))
    assert _to_json(_parse(method, path, payload)) == payload


def test_decimals_keep_every_trailing_zero_and_never_use_floats() -> None:
    from binance_margin_generated.models import MarginOrder

    order = MarginOrder.from_dict(
        {
            "symbol": "BTCUSDT",
            "orderId": 9007199254740993,
            "clientOrderId": "a",
            "price": "0.00000100",
            "origQty": "1E-8",
            "executedQty": "0.00000000",
            "cummulativeQuoteQty": "123456789.123456789",
            "status": "NEW",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "BUY",
            "time": 1,
            "updateTime": 2,
            "isWorking": True,
            "isIsolated": False,
            "stopPrice": "0.00000000",
            "icebergQty": "0.00000000",
            "selfTradePreventionMode": "NONE",
        }
    )
    assert order.price == Decimal("0.00000100") and str(order.price) == "0.00000100"
    assert order.to_dict()["cummulativeQuoteQty"] == "123456789.123456789"
    assert order.to_dict()["origQty"] == "0.00000001", "no exponent on the way out"
    assert order.order_id == 2**53 + 1, "int64 ids above 2^53 stay exact"


def test_unknown_enum_values_are_kept() -> None:
    from binance_margin_generated.models import MarginOrder, OrderStatus

    payload = {
        "symbol": "BTCUSDT",
        "orderId": 1,
        "clientOrderId": "a",
        "price": "1",
        "origQty": "1",
        "executedQty": "0",
        "cummulativeQuoteQty": "0",
        "status": "STATUS_BINANCE_ADDS_LATER",
        "timeInForce": "GTC",
        "type": "LIMIT",
        "side": "BUY",
        "time": 1,
        "updateTime": 2,
        "isWorking": True,
        "isIsolated": True,
        "selfTradePreventionMode": "NONE",
    }
    order = MarginOrder.from_dict(payload)
    assert isinstance(order.status, OrderStatus)
    assert order.status == "STATUS_BINANCE_ADDS_LATER"
    assert order.to_dict()["status"] == "STATUS_BINANCE_ADDS_LATER"
    assert OrderStatus("FILLED") is OrderStatus.FILLED, "known values stay singletons"
    assert "STATUS_BINANCE_ADDS_LATER" not in [s.value for s in OrderStatus]


def _big_ints(value: Any) -> list[int]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [value] if value > 2**53 else []
    if isinstance(value, dict):
        return [i for v in value.values() for i in _big_ints(v)]
    if isinstance(value, list):
        return [i for v in value for i in _big_ints(v)]
    return []


def test_int64_ids_above_2_53_in_documented_examples_stay_exact() -> None:
    checked = 0
    for case in CASES:
        method, path, _, example = case.values
        big = _big_ints(example)
        if big:
            assert _big_ints(_to_json(_parse(method, path, example))) == big
            checked += 1
    assert checked, "the docs examples include ids above 2^53 (allPairs ids, interest history txId)"
