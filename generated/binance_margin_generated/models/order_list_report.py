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

T = TypeVar("T", bound="OrderListReport")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "symbol",
        "orderId",
        "orderListId",
        "clientOrderId",
        "price",
        "origQty",
        "executedQty",
        "cummulativeQuoteQty",
        "status",
        "timeInForce",
        "type",
        "side",
        "origClientOrderId",
        "transactTime",
        "stopPrice",
        "icebergQty",
        "selfTradePreventionMode",
    ]
)


@_attrs_define
class OrderListReport:
    """State of one order of an order list after placing or cancelling it.

    Attributes:
        symbol (str):
        order_id (int):
        order_list_id (int):
        client_order_id (str):
        price (Decimal): Limit price (0 for MARKET orders).
        orig_qty (Decimal): Ordered quantity.
        executed_qty (Decimal): Quantity filled so far.
        cummulative_quote_qty (Decimal): Cumulative quote asset quantity transacted; < 0 for some historical orders
            (data not available).
        status (OrderStatus): Order status (PENDING_NEW: pending order of an order list not placed yet;
            EXPIRED_IN_MATCH: expired by self-trade prevention).
        time_in_force (TimeInForce): How long an order stays active (GTC good till cancelled, IOC immediate or cancel,
            FOK fill or kill).
        type_ (OrderType): Order type.
        side (OrderSide): Order side.
        orig_client_order_id (str | Unset): Client order id of the cancelled order (cancel responses).
        transact_time (int | Unset): Placement time (ms) (new order list responses).
        stop_price (Decimal | Unset): Stop price (stop orders only).
        iceberg_qty (Decimal | Unset): Iceberg quantity (iceberg orders only).
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode (the allowed set
            depends on the symbol).
    """

    symbol: str
    order_id: int
    order_list_id: int
    client_order_id: str
    price: Decimal
    orig_qty: Decimal
    executed_qty: Decimal
    cummulative_quote_qty: Decimal
    status: OrderStatus
    time_in_force: TimeInForce
    type_: OrderType
    side: OrderSide
    orig_client_order_id: str | Unset = UNSET
    transact_time: int | Unset = UNSET
    stop_price: Decimal | Unset = UNSET
    iceberg_qty: Decimal | Unset = UNSET
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("time_in_force", "timeInForce"),
        ("type_", "type"),
        ("side", "side"),
        ("self_trade_prevention_mode", "selfTradePreventionMode"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        symbol = self.symbol

        order_id = self.order_id

        order_list_id = self.order_list_id

        client_order_id = self.client_order_id

        price = _format_decimal(self.price)

        orig_qty = _format_decimal(self.orig_qty)

        executed_qty = _format_decimal(self.executed_qty)

        cummulative_quote_qty = _format_decimal(self.cummulative_quote_qty)

        status = self.status.value

        time_in_force = self.time_in_force.value

        type_ = self.type_.value

        side = self.side.value

        orig_client_order_id = self.orig_client_order_id

        transact_time = self.transact_time

        stop_price: str | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = _format_decimal(self.stop_price)

        iceberg_qty: str | Unset = UNSET
        if not isinstance(self.iceberg_qty, Unset):
            iceberg_qty = _format_decimal(self.iceberg_qty)

        self_trade_prevention_mode: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_mode, Unset):
            self_trade_prevention_mode = self.self_trade_prevention_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "orderId": order_id,
                "orderListId": order_list_id,
                "clientOrderId": client_order_id,
                "price": price,
                "origQty": orig_qty,
                "executedQty": executed_qty,
                "cummulativeQuoteQty": cummulative_quote_qty,
                "status": status,
                "timeInForce": time_in_force,
                "type": type_,
                "side": side,
            }
        )
        if orig_client_order_id is not UNSET:
            field_dict["origClientOrderId"] = orig_client_order_id
        if transact_time is not UNSET:
            field_dict["transactTime"] = transact_time
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
        if iceberg_qty is not UNSET:
            field_dict["icebergQty"] = iceberg_qty
        if self_trade_prevention_mode is not UNSET:
            field_dict["selfTradePreventionMode"] = self_trade_prevention_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.symbol = d["symbol"]
            parsed_model_.order_id = d["orderId"]
            parsed_model_.order_list_id = d["orderListId"]
            parsed_model_.client_order_id = d["clientOrderId"]
            parsed_model_.price = _DECIMALS[d["price"]]
            parsed_model_.orig_qty = _DECIMALS[d["origQty"]]
            parsed_model_.executed_qty = _DECIMALS[d["executedQty"]]
            parsed_model_.cummulative_quote_qty = _DECIMALS[d["cummulativeQuoteQty"]]
            parsed_model_.status = ORDER_STATUS_BY_VALUE[d["status"]]
            parsed_model_.time_in_force = TIME_IN_FORCE_BY_VALUE[d["timeInForce"]]
            parsed_model_.type_ = ORDER_TYPE_BY_VALUE[d["type"]]
            parsed_model_.side = ORDER_SIDE_BY_VALUE[d["side"]]
            parsed_model_.orig_client_order_id = orig_client_order_id = d.get("origClientOrderId", UNSET)
            parsed_model_.transact_time = transact_time = d.get("transactTime", UNSET)
            _stop_price = d.get("stopPrice", UNSET)
            parsed_model_.stop_price = UNSET if _stop_price is UNSET else _DECIMALS[_stop_price]
            _iceberg_qty = d.get("icebergQty", UNSET)
            parsed_model_.iceberg_qty = UNSET if _iceberg_qty is UNSET else _DECIMALS[_iceberg_qty]
            _self_trade_prevention_mode = d.get("selfTradePreventionMode", UNSET)
            parsed_model_.self_trade_prevention_mode = (
                UNSET
                if _self_trade_prevention_mode is UNSET
                else SELF_TRADE_PREVENTION_MODE_BY_VALUE[_self_trade_prevention_mode]
            )
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {}
            if len(d)
            == 12
            + (orig_client_order_id is not UNSET)
            + (transact_time is not UNSET)
            + (_stop_price is not UNSET)
            + (_iceberg_qty is not UNSET)
            + (_self_trade_prevention_mode is not UNSET)
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
            raise AbsentKeyError(key, "OrderListReport")
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
            raise TypeError(f"{key!r} is a typed attribute of OrderListReport: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """OrderListReport.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    symbol = d["symbol"]

    order_id = d["orderId"]

    order_list_id = d["orderListId"]

    client_order_id = d["clientOrderId"]

    _price = d["price"]
    price = _DECIMALS.get(_price)
    if price is None:
        price = _parse_decimal(_price)

    _orig_qty = d["origQty"]
    orig_qty = _DECIMALS.get(_orig_qty)
    if orig_qty is None:
        orig_qty = _parse_decimal(_orig_qty)

    _executed_qty = d["executedQty"]
    executed_qty = _DECIMALS.get(_executed_qty)
    if executed_qty is None:
        executed_qty = _parse_decimal(_executed_qty)

    _cummulative_quote_qty = d["cummulativeQuoteQty"]
    cummulative_quote_qty = _DECIMALS.get(_cummulative_quote_qty)
    if cummulative_quote_qty is None:
        cummulative_quote_qty = _parse_decimal(_cummulative_quote_qty)

    _status = d["status"]
    status = ORDER_STATUS_BY_VALUE.get(_status) or OrderStatus(_status)

    _time_in_force = d["timeInForce"]
    time_in_force = TIME_IN_FORCE_BY_VALUE.get(_time_in_force) or TimeInForce(_time_in_force)

    _type_ = d["type"]
    type_ = ORDER_TYPE_BY_VALUE.get(_type_) or OrderType(_type_)

    _side = d["side"]
    side = ORDER_SIDE_BY_VALUE.get(_side) or OrderSide(_side)

    orig_client_order_id = d.get("origClientOrderId", UNSET)

    transact_time = d.get("transactTime", UNSET)

    _stop_price = d.get("stopPrice", UNSET)
    stop_price: Decimal | Unset
    if _stop_price is UNSET:
        stop_price = UNSET
    else:
        _stop_price_cached = _DECIMALS.get(_stop_price)
        stop_price = _stop_price_cached if _stop_price_cached is not None else _parse_decimal(_stop_price)

    _iceberg_qty = d.get("icebergQty", UNSET)
    iceberg_qty: Decimal | Unset
    if _iceberg_qty is UNSET:
        iceberg_qty = UNSET
    else:
        _iceberg_qty_cached = _DECIMALS.get(_iceberg_qty)
        iceberg_qty = _iceberg_qty_cached if _iceberg_qty_cached is not None else _parse_decimal(_iceberg_qty)

    _self_trade_prevention_mode = d.get("selfTradePreventionMode", UNSET)
    self_trade_prevention_mode: SelfTradePreventionMode | Unset
    if _self_trade_prevention_mode is UNSET:
        self_trade_prevention_mode = UNSET
    else:
        self_trade_prevention_mode = SELF_TRADE_PREVENTION_MODE_BY_VALUE.get(
            _self_trade_prevention_mode
        ) or SelfTradePreventionMode(_self_trade_prevention_mode)

    parsed_model_ = cls(
        symbol,
        order_id,
        order_list_id,
        client_order_id,
        price,
        orig_qty,
        executed_qty,
        cummulative_quote_qty,
        status,
        time_in_force,
        type_,
        side,
        orig_client_order_id,
        transact_time,
        stop_price,
        iceberg_qty,
        self_trade_prevention_mode,
    )

    if len(d) != 12 + ("origClientOrderId" in d) + ("transactTime" in d) + ("stopPrice" in d) + ("icebergQty" in d) + (
        "selfTradePreventionMode" in d
    ):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
