from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..models.order_side import ORDER_SIDE_BY_VALUE, OrderSide
from ..models.order_status import ORDER_STATUS_BY_VALUE, OrderStatus
from ..models.order_type import ORDER_TYPE_BY_VALUE, OrderType
from ..models.self_trade_prevention_mode import SELF_TRADE_PREVENTION_MODE_BY_VALUE, SelfTradePreventionMode
from ..models.time_in_force import TIME_IN_FORCE_BY_VALUE, TimeInForce
from ..types import _DECIMALS, UNSET, AbsentKeyError, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="MarginOrder")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "clientOrderId",
        "cummulativeQuoteQty",
        "executedQty",
        "isWorking",
        "orderId",
        "origQty",
        "price",
        "side",
        "status",
        "symbol",
        "isIsolated",
        "time",
        "timeInForce",
        "type",
        "selfTradePreventionMode",
        "updateTime",
        "icebergQty",
        "stopPrice",
    ]
)


@_attrs_define
class MarginOrder:
    """A margin order (GET order, openOrders, allOrders).

    Attributes:
        client_order_id (str):
        cummulative_quote_qty (Decimal): Cumulative quote asset quantity transacted; < 0 for some historical orders
            (data not available).
        executed_qty (Decimal): Quantity filled so far.
        is_working (bool): Whether the order is working (on the book).
        order_id (int):
        orig_qty (Decimal): Ordered quantity.
        price (Decimal): Limit price (0 for MARKET orders).
        side (OrderSide): Order side.
        status (OrderStatus): Order status (PENDING_NEW: pending order of an order list not placed yet;
            EXPIRED_IN_MATCH: expired by self-trade prevention).
        symbol (str):
        is_isolated (bool): true for an order of an isolated margin pair.
        time (int): Order creation time (ms).
        time_in_force (TimeInForce): How long an order stays active (GTC good till cancelled, IOC immediate or cancel,
            FOK fill or kill).
        type_ (OrderType): Order type.
        self_trade_prevention_mode (SelfTradePreventionMode): Self-trade prevention mode (the allowed set depends on the
            symbol).
        update_time (int): Last update time (ms).
        iceberg_qty (Decimal | Unset): Iceberg quantity (0 for a non-iceberg order).
        stop_price (Decimal | Unset): Stop price (0 when not a stop order).
    """

    client_order_id: str
    cummulative_quote_qty: Decimal
    executed_qty: Decimal
    is_working: bool
    order_id: int
    orig_qty: Decimal
    price: Decimal
    side: OrderSide
    status: OrderStatus
    symbol: str
    is_isolated: bool
    time: int
    time_in_force: TimeInForce
    type_: OrderType
    self_trade_prevention_mode: SelfTradePreventionMode
    update_time: int
    iceberg_qty: Decimal | Unset = UNSET
    stop_price: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("side", "side"),
        ("status", "status"),
        ("time_in_force", "timeInForce"),
        ("type_", "type"),
        ("self_trade_prevention_mode", "selfTradePreventionMode"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        client_order_id = self.client_order_id

        cummulative_quote_qty = _format_decimal(self.cummulative_quote_qty)

        executed_qty = _format_decimal(self.executed_qty)

        is_working = self.is_working

        order_id = self.order_id

        orig_qty = _format_decimal(self.orig_qty)

        price = _format_decimal(self.price)

        side = self.side.value

        status = self.status.value

        symbol = self.symbol

        is_isolated = self.is_isolated

        time = self.time

        time_in_force = self.time_in_force.value

        type_ = self.type_.value

        self_trade_prevention_mode = self.self_trade_prevention_mode.value

        update_time = self.update_time

        iceberg_qty: str | Unset = UNSET
        if not isinstance(self.iceberg_qty, Unset):
            iceberg_qty = _format_decimal(self.iceberg_qty)

        stop_price: str | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = _format_decimal(self.stop_price)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientOrderId": client_order_id,
                "cummulativeQuoteQty": cummulative_quote_qty,
                "executedQty": executed_qty,
                "isWorking": is_working,
                "orderId": order_id,
                "origQty": orig_qty,
                "price": price,
                "side": side,
                "status": status,
                "symbol": symbol,
                "isIsolated": is_isolated,
                "time": time,
                "timeInForce": time_in_force,
                "type": type_,
                "selfTradePreventionMode": self_trade_prevention_mode,
                "updateTime": update_time,
            }
        )
        if iceberg_qty is not UNSET:
            field_dict["icebergQty"] = iceberg_qty
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.client_order_id = d["clientOrderId"]
            parsed_model_.cummulative_quote_qty = _DECIMALS[d["cummulativeQuoteQty"]]
            parsed_model_.executed_qty = _DECIMALS[d["executedQty"]]
            parsed_model_.is_working = d["isWorking"]
            parsed_model_.order_id = d["orderId"]
            parsed_model_.orig_qty = _DECIMALS[d["origQty"]]
            parsed_model_.price = _DECIMALS[d["price"]]
            parsed_model_.side = ORDER_SIDE_BY_VALUE[d["side"]]
            parsed_model_.status = ORDER_STATUS_BY_VALUE[d["status"]]
            parsed_model_.symbol = d["symbol"]
            parsed_model_.is_isolated = d["isIsolated"]
            parsed_model_.time = d["time"]
            parsed_model_.time_in_force = TIME_IN_FORCE_BY_VALUE[d["timeInForce"]]
            parsed_model_.type_ = ORDER_TYPE_BY_VALUE[d["type"]]
            parsed_model_.self_trade_prevention_mode = SELF_TRADE_PREVENTION_MODE_BY_VALUE[d["selfTradePreventionMode"]]
            parsed_model_.update_time = d["updateTime"]
            _iceberg_qty = d.get("icebergQty", UNSET)
            parsed_model_.iceberg_qty = UNSET if _iceberg_qty is UNSET else _DECIMALS[_iceberg_qty]
            _stop_price = d.get("stopPrice", UNSET)
            parsed_model_.stop_price = UNSET if _stop_price is UNSET else _DECIMALS[_stop_price]
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {}
            if len(d) == 16 + (_iceberg_qty is not UNSET) + (_stop_price is not UNSET)
            else _unknown_keys(d, _KNOWN_KEYS)
        )
        return parsed_model_

    @property
    def additional_keys(self) -> list[str]:
        """The JSON keys Binance sent that the spec does not document."""
        return list(self.additional_properties.keys())

    # Read by JSON key, as the dict Binance sent (python-binance style): documented keys give their value in the
    # wire form (numeric strings stay strings, nested objects are dicts), other keys the extra fields.
    def __getitem__(self, key: str) -> Any:
        if key in _KNOWN_KEYS:
            data = self.to_dict()
            if key in data:
                return data[key]
            raise AbsentKeyError(key, "MarginOrder")
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        """The value of the JSON key ``key`` as Binance sent it, or ``default`` when the response has no such key."""
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self) -> list[str]:
        """The JSON keys of the response."""
        return list(self.to_dict())

    def values(self) -> list[Any]:
        """The values of the response, as Binance sent them."""
        return list(self.to_dict().values())

    def items(self) -> list[tuple[str, Any]]:
        """The (JSON key, value) pairs of the response, as Binance sent them."""
        return list(self.to_dict().items())

    def __setitem__(self, key: str, value: Any) -> None:
        if key in _KNOWN_KEYS:
            raise TypeError(f"{key!r} is a typed attribute of MarginOrder: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """MarginOrder.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    client_order_id = d["clientOrderId"]

    _cummulative_quote_qty = d["cummulativeQuoteQty"]
    cummulative_quote_qty = _DECIMALS.get(_cummulative_quote_qty)
    if cummulative_quote_qty is None:
        cummulative_quote_qty = _parse_decimal(_cummulative_quote_qty)

    _executed_qty = d["executedQty"]
    executed_qty = _DECIMALS.get(_executed_qty)
    if executed_qty is None:
        executed_qty = _parse_decimal(_executed_qty)

    is_working = d["isWorking"]

    order_id = d["orderId"]

    _orig_qty = d["origQty"]
    orig_qty = _DECIMALS.get(_orig_qty)
    if orig_qty is None:
        orig_qty = _parse_decimal(_orig_qty)

    _price = d["price"]
    price = _DECIMALS.get(_price)
    if price is None:
        price = _parse_decimal(_price)

    _side = d["side"]
    side = ORDER_SIDE_BY_VALUE.get(_side) or OrderSide(_side)

    _status = d["status"]
    status = ORDER_STATUS_BY_VALUE.get(_status) or OrderStatus(_status)

    symbol = d["symbol"]

    is_isolated = d["isIsolated"]

    time = d["time"]

    _time_in_force = d["timeInForce"]
    time_in_force = TIME_IN_FORCE_BY_VALUE.get(_time_in_force) or TimeInForce(_time_in_force)

    _type_ = d["type"]
    type_ = ORDER_TYPE_BY_VALUE.get(_type_) or OrderType(_type_)

    _self_trade_prevention_mode = d["selfTradePreventionMode"]
    self_trade_prevention_mode = SELF_TRADE_PREVENTION_MODE_BY_VALUE.get(
        _self_trade_prevention_mode
    ) or SelfTradePreventionMode(_self_trade_prevention_mode)

    update_time = d["updateTime"]

    _iceberg_qty = d.get("icebergQty", UNSET)
    iceberg_qty: Decimal | Unset
    if _iceberg_qty is UNSET:
        iceberg_qty = UNSET
    else:
        _iceberg_qty_cached = _DECIMALS.get(_iceberg_qty)
        iceberg_qty = _iceberg_qty_cached if _iceberg_qty_cached is not None else _parse_decimal(_iceberg_qty)

    _stop_price = d.get("stopPrice", UNSET)
    stop_price: Decimal | Unset
    if _stop_price is UNSET:
        stop_price = UNSET
    else:
        _stop_price_cached = _DECIMALS.get(_stop_price)
        stop_price = _stop_price_cached if _stop_price_cached is not None else _parse_decimal(_stop_price)

    parsed_model_ = cls(
        client_order_id,
        cummulative_quote_qty,
        executed_qty,
        is_working,
        order_id,
        orig_qty,
        price,
        side,
        status,
        symbol,
        is_isolated,
        time,
        time_in_force,
        type_,
        self_trade_prevention_mode,
        update_time,
        iceberg_qty,
        stop_price,
    )

    if len(d) != 16 + ("icebergQty" in d) + ("stopPrice" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
