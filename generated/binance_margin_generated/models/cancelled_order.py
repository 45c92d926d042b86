from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from decimal import Decimal
from typing import cast

from ..models.order_side import ORDER_SIDE_BY_VALUE, OrderSide
from ..models.order_status import ORDER_STATUS_BY_VALUE, OrderStatus
from ..models.order_type import ORDER_TYPE_BY_VALUE, OrderType
from ..models.self_trade_prevention_mode import SELF_TRADE_PREVENTION_MODE_BY_VALUE, SelfTradePreventionMode
from ..models.time_in_force import TIME_IN_FORCE_BY_VALUE, TimeInForce
from ..types import _DECIMALS, UNSET, AbsentKeyError, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="CancelledOrder")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "symbol",
        "origClientOrderId",
        "orderId",
        "clientOrderId",
        "price",
        "origQty",
        "executedQty",
        "cummulativeQuoteQty",
        "status",
        "timeInForce",
        "type",
        "side",
        "isIsolated",
        "orderListId",
        "selfTradePreventionMode",
    ]
)


@_attrs_define
class CancelledOrder:
    """A cancelled order (DELETE order, and plain-order items of DELETE openOrders).

    Attributes:
        symbol (str):
        orig_client_order_id (str): Client order id of the cancelled order.
        order_id (int | str): Order id (int64). DELETE order sends it as a JSON string ("28"); DELETE openOrders
            documents a JSON number.
        client_order_id (str): Client id of this cancel request.
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
        is_isolated (bool | Unset): true for an order of an isolated margin pair.
        order_list_id (int | Unset): -1 when the order is not part of an order list.
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode (the allowed set
            depends on the symbol).
    """

    symbol: str
    orig_client_order_id: str
    order_id: int | str
    client_order_id: str
    price: Decimal
    orig_qty: Decimal
    executed_qty: Decimal
    cummulative_quote_qty: Decimal
    status: OrderStatus
    time_in_force: TimeInForce
    type_: OrderType
    side: OrderSide
    is_isolated: bool | Unset = UNSET
    order_list_id: int | Unset = UNSET
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("order_id", "orderId"),
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

        orig_client_order_id = self.orig_client_order_id

        order_id: int | str
        order_id = self.order_id

        client_order_id = self.client_order_id

        price = _format_decimal(self.price)

        orig_qty = _format_decimal(self.orig_qty)

        executed_qty = _format_decimal(self.executed_qty)

        cummulative_quote_qty = _format_decimal(self.cummulative_quote_qty)

        status = self.status.value

        time_in_force = self.time_in_force.value

        type_ = self.type_.value

        side = self.side.value

        is_isolated = self.is_isolated

        order_list_id = self.order_list_id

        self_trade_prevention_mode: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_mode, Unset):
            self_trade_prevention_mode = self.self_trade_prevention_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "origClientOrderId": orig_client_order_id,
                "orderId": order_id,
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
        if is_isolated is not UNSET:
            field_dict["isIsolated"] = is_isolated
        if order_list_id is not UNSET:
            field_dict["orderListId"] = order_list_id
        if self_trade_prevention_mode is not UNSET:
            field_dict["selfTradePreventionMode"] = self_trade_prevention_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        return _from_dict_checked(cls, src_dict)

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
            raise AbsentKeyError(key, "CancelledOrder")
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
            raise TypeError(f"{key!r} is a typed attribute of CancelledOrder: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """CancelledOrder.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    symbol = d["symbol"]

    orig_client_order_id = d["origClientOrderId"]

    def _parse_order_id(data: object) -> int | str:
        return cast(int | str, data)

    order_id = _parse_order_id(d["orderId"])

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

    is_isolated = d.get("isIsolated", UNSET)

    order_list_id = d.get("orderListId", UNSET)

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
        orig_client_order_id,
        order_id,
        client_order_id,
        price,
        orig_qty,
        executed_qty,
        cummulative_quote_qty,
        status,
        time_in_force,
        type_,
        side,
        is_isolated,
        order_list_id,
        self_trade_prevention_mode,
    )

    if len(d) != 12 + ("isIsolated" in d) + ("orderListId" in d) + ("selfTradePreventionMode" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
