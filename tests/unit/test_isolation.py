"""Every cross/isolated rule family of the operations table, through the real generated operations."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from binance_margin import CROSS, Isolated, MarginModeError, ValidationError, _isolation
from binance_margin_generated import surface
from binance_margin_generated.operations import OPERATIONS, Operation

from ._mock import FakeBinance, json_response, make_client


def _sent(fake: FakeBinance) -> dict[str, str]:
    params = fake.params()
    params.pop("timestamp", None)
    params.pop("signature", None)
    return params


def _call(operation_id: str, params: dict[str, Any], margin: Any) -> dict[str, str]:
    """Run one operation on a fake whose answer does not parse; return what was sent (or raise before sending)."""
    fake = FakeBinance(json_response(200, {}))
    client = make_client(fake)
    try:
        client._runtime.call(OPERATIONS[operation_id], params, margin)
    except MarginModeError:
        assert fake.requests == [], "nothing may be sent when the combination is refused"
        raise
    except Exception:  # the empty answer does not parse into the model; only the request matters here
        pass
    return _sent(fake)


def _refused(operation_id: str, params: dict[str, Any], margin: Any, match: str) -> None:
    with pytest.raises(MarginModeError, match=match):
        _call(operation_id, params, margin)


# -- is-isolated, symbol always an argument ---------------------------------------------------------------------

ORDER = {"symbol": "BTCUSDT", "side": "BUY", "type_": "MARKET", "quantity": "1", "new_client_order_id": "c1"}


def test_is_isolated_symbol_always() -> None:
    assert OPERATIONS["newOrder"].isolation_symbol == "always"
    assert "isIsolated" not in _call("newOrder", ORDER, CROSS)
    assert _call("newOrder", ORDER, Isolated("BTCUSDT"))["isIsolated"] == "TRUE"
    sent = _call("newOrder", ORDER, Isolated())
    assert sent["isIsolated"] == "TRUE" and sent["symbol"] == "BTCUSDT"
    _refused("newOrder", ORDER, Isolated("ETHUSDT"), "differs")
    filled = _call("newOrder", {k: v for k, v in ORDER.items() if k != "symbol"}, Isolated("BTCUSDT"))
    assert filled["symbol"] == "BTCUSDT"


def test_is_isolated_symbol_optional_for_cross_mandatory_for_isolated() -> None:
    assert OPERATIONS["getOpenOrders"].isolation_symbol == "optional"
    assert _call("getOpenOrders", {}, CROSS) == {}
    assert _call("getOpenOrders", {}, Isolated("BTCUSDT")) == {"symbol": "BTCUSDT", "isIsolated": "TRUE"}
    assert _call("getOpenOrders", {"symbol": "BTCUSDT"}, Isolated()) == {"symbol": "BTCUSDT", "isIsolated": "TRUE"}
    _refused("getOpenOrders", {}, Isolated(), "needs its pair")


def test_is_isolated_symbol_only_for_isolated() -> None:
    assert OPERATIONS["getOrderList"].isolation_symbol == "isolated-only"
    assert _call("getOrderList", {"order_list_id": 1}, CROSS) == {"orderListId": "1"}
    sent = _call("getOrderList", {"order_list_id": 1}, Isolated("BTCUSDT"))
    assert sent == {"isIsolated": "TRUE", "symbol": "BTCUSDT", "orderListId": "1"}
    _refused("getOrderList", {"order_list_id": 1}, Isolated(), "needs its pair")
    _refused("getOrderList", {"order_list_id": 1, "symbol": "BTCUSDT"}, CROSS, "symbol is set from margin")


def test_borrow_repay_flag_required_both_ways() -> None:
    args = {"asset": "BTC", "amount": "0.5", "type_": "BORROW"}
    cross = _call("borrowRepay", args, CROSS)
    assert cross["isIsolated"] == "FALSE" and "symbol" not in cross
    isolated = _call("borrowRepay", args, Isolated("BTCUSDT"))
    assert isolated["isIsolated"] == "TRUE" and isolated["symbol"] == "BTCUSDT"
    _refused("borrowRepay", args, Isolated(), "needs its pair")
    _refused("borrowRepay", {**args, "is_isolated": "TRUE"}, Isolated("BTCUSDT"), "is_isolated is set from margin")


def test_is_isolated_without_a_pair_parameter() -> None:
    assert OPERATIONS["getNextHourlyInterestRate"].isolation_symbol == "none"
    args = {"assets": ["BTC", "ETH"]}
    assert _call("getNextHourlyInterestRate", args, CROSS)["isIsolated"] == "FALSE"
    assert _call("getNextHourlyInterestRate", args, Isolated())["isIsolated"] == "TRUE"
    sent = _call("getNextHourlyInterestRate", args, Isolated("BTCUSDT"))
    assert sent == {"assets": "BTC,ETH", "isIsolated": "TRUE"}  # the pair has nowhere to go and is not needed


def test_isolated_symbol_rule() -> None:
    assert _call("getMaxBorrowable", {"asset": "BTC"}, CROSS) == {"asset": "BTC"}
    assert _call("getMaxBorrowable", {"asset": "BTC"}, Isolated("BTCUSDT")) == {
        "asset": "BTC",
        "isolatedSymbol": "BTCUSDT",
    }
    _refused("getMaxBorrowable", {"asset": "BTC"}, Isolated(), "needs its pair")
    _refused("getMaxBorrowable", {"asset": "BTC", "isolated_symbol": "BTCUSDT"}, CROSS, "isolated_symbol is set")


def test_type_rule_with_and_without_symbol() -> None:
    assert _call("manualLiquidation", {}, CROSS) == {"type": "MARGIN"}
    assert _call("manualLiquidation", {}, Isolated("BTCUSDT")) == {"type": "ISOLATED", "symbol": "BTCUSDT"}
    _refused("manualLiquidation", {}, Isolated(), "needs its pair")
    assert _call("getAvailableInventory", {}, CROSS) == {"type": "MARGIN"}
    assert _call("getAvailableInventory", {}, Isolated()) == {"type": "ISOLATED"}
    _refused("getAvailableInventory", {"type_": "ISOLATED"}, CROSS, "type is set from margin")


def test_symbol_rule() -> None:
    assert OPERATIONS["listSpecialKeys"].isolation_rule == "symbol"
    assert _call("listSpecialKeys", {}, CROSS) == {}
    assert _call("listSpecialKeys", {}, Isolated("BNBUSDT")) == {"symbol": "BNBUSDT"}
    _refused("listSpecialKeys", {}, Isolated(), "needs its pair")
    _refused("listSpecialKeys", {"symbol": "BNBUSDT"}, CROSS, "symbol is set from margin")


def test_is_isolated_bool_rule() -> None:
    assert OPERATIONS["createListenToken"].isolation_rule == "is-isolated-bool"
    assert _call("createListenToken", {}, CROSS) == {}
    assert _call("createListenToken", {}, Isolated("BNBUSDT")) == {"symbol": "BNBUSDT", "isIsolated": "true"}
    _refused("createListenToken", {}, Isolated(), "needs its pair")


def test_cross_only_refuses_isolated() -> None:
    assert _call("getCrossAccount", {}, CROSS) == {}
    assert _call("getCrossAccount", {}, None) == {}
    _refused("getCrossAccount", {}, Isolated("BTCUSDT"), "cross margin only")


def test_isolated_only() -> None:
    assert _call("enableIsolatedAccount", {"symbol": "BTCUSDT"}, None) == {"symbol": "BTCUSDT"}
    assert _call("enableIsolatedAccount", {}, Isolated("BTCUSDT")) == {"symbol": "BTCUSDT"}
    _refused("enableIsolatedAccount", {"symbol": "ETHUSDT"}, Isolated("BTCUSDT"), "differs")
    _refused("enableIsolatedAccount", {"symbol": "BTCUSDT"}, CROSS, "isolated margin only")
    assert _call("getIsolatedAccount", {}, Isolated("BTCUSDT")) == {"symbols": "BTCUSDT"}
    _refused("getIsolatedAccount", {"symbols": ["ETHUSDT"]}, Isolated("BTCUSDT"), "does not include")


def test_none_rule_refuses_isolated_and_bad_margin_values() -> None:
    assert _call("ping", {}, CROSS) == {}
    _refused("ping", {}, Isolated("BTCUSDT"), "not about a margin account")
    _refused("newOrder", ORDER, "ISOLATED", "margin must be CROSS or Isolated")


def test_margin_mode_error_is_a_value_error() -> None:
    assert issubclass(MarginModeError, ValidationError) and issubclass(MarginModeError, ValueError)
    with pytest.raises(ValueError):
        Isolated("")


def test_hand_built_operation_with_optional_flag() -> None:
    """A rule on a made-up operation: the engine works from the table alone."""
    from dataclasses import replace

    from binance_margin_generated.operations import Param

    base = OPERATIONS["createListenToken"]
    op = replace(
        base,
        operation_id="madeUp",
        params=(Param("symbol", "symbol", "str", False), Param("isIsolated", "is_isolated", "bool", True)),
    )
    plan = _isolation.IsolationPlan(op, {"is_isolated": lambda v: v, "symbol": lambda v: v})
    kwargs: dict[str, Any] = {}
    plan.apply(CROSS, kwargs)
    assert kwargs == {"is_isolated": False}  # a required flag is sent for cross too


def _surface_method(op: Operation) -> Any:
    group = op.tag.replace("-", "_")
    cls = getattr(surface, surface.GROUPS[group][0])
    return getattr(cls, op.module.rsplit(".", 1)[1])


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_engine_agrees_with_the_generated_surface(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    plan = make_client(FakeBinance())._runtime.core.plan(op)  # builds the isolation plan; raises on a bad rule
    arguments = inspect.signature(_surface_method(op)).parameters
    assert ("margin" in arguments) == plan.isolation.takes_margin
    consumed = _isolation.consumed_parameters(op)
    for param in op.params:
        if param.name in consumed:
            assert param.python_name not in arguments and param.python_name.rstrip("_") not in arguments


def test_isolated_symbol_check_is_the_specs_pattern() -> None:
    """``Isolated()`` checks pairs with a cheaper spelling of the spec's symbol pattern: both accept the same text."""
    import re

    from binance_margin._types import _SYMBOL

    patterns = {p.pattern for op in OPERATIONS.values() for p in op.params if p.name == "symbol" and p.pattern}
    assert len(patterns) == 1
    spec = re.compile(patterns.pop())
    for code in [*range(0x3000), 0xD7FF, 0xE000, 0xFFFE, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]:
        c = chr(code)
        for text in (c, "BTC" + c, c * 32, c * 33):
            assert bool(spec.fullmatch(text)) == bool(_SYMBOL.fullmatch(text)), repr(text)
