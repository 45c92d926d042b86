from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..models.order_side import ORDER_SIDE_BY_VALUE, OrderSide
from ..models.time_in_force import TIME_IN_FORCE_BY_VALUE, TimeInForce
from ..types import _DECIMALS, UNSET, AbsentKeyError, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="ForceLiquidationRecord")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "avgPrice",
        "executedQty",
        "orderId",
        "price",
        "qty",
        "side",
        "symbol",
        "timeInForce",
        "updatedTime",
        "isIsolated",
    ]
)


@_attrs_define
class ForceLiquidationRecord:
    """An order Binance placed to force-liquidate the margin account.

    Attributes:
        avg_price (Decimal): Average fill price.
        executed_qty (Decimal): Quantity filled.
        order_id (int):
        price (Decimal): Order price.
        qty (Decimal): Order quantity.
        side (OrderSide): Order side.
        symbol (str):
        time_in_force (TimeInForce): How long an order stays active (GTC good till cancelled, IOC immediate or cancel,
            FOK fill or kill).
        updated_time (int): Last update of the order (ms).
        is_isolated (bool | Unset): true if the liquidated account is an isolated margin account.
    """

    avg_price: Decimal
    executed_qty: Decimal
    order_id: int
    price: Decimal
    qty: Decimal
    side: OrderSide
    symbol: str
    time_in_force: TimeInForce
    updated_time: int
    is_isolated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("side", "side"),
        ("time_in_force", "timeInForce"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        avg_price = _format_decimal(self.avg_price)

        executed_qty = _format_decimal(self.executed_qty)

        order_id = self.order_id

        price = _format_decimal(self.price)

        qty = _format_decimal(self.qty)

        side = self.side.value

        symbol = self.symbol

        time_in_force = self.time_in_force.value

        updated_time = self.updated_time

        is_isolated = self.is_isolated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avgPrice": avg_price,
                "executedQty": executed_qty,
                "orderId": order_id,
                "price": price,
                "qty": qty,
                "side": side,
                "symbol": symbol,
                "timeInForce": time_in_force,
                "updatedTime": updated_time,
            }
        )
        if is_isolated is not UNSET:
            field_dict["isIsolated"] = is_isolated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.avg_price = _DECIMALS[d["avgPrice"]]
            parsed_model_.executed_qty = _DECIMALS[d["executedQty"]]
            parsed_model_.order_id = d["orderId"]
            parsed_model_.price = _DECIMALS[d["price"]]
            parsed_model_.qty = _DECIMALS[d["qty"]]
            parsed_model_.side = ORDER_SIDE_BY_VALUE[d["side"]]
            parsed_model_.symbol = d["symbol"]
            parsed_model_.time_in_force = TIME_IN_FORCE_BY_VALUE[d["timeInForce"]]
            parsed_model_.updated_time = d["updatedTime"]
            parsed_model_.is_isolated = is_isolated = d.get("isIsolated", UNSET)
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {} if len(d) == 9 + (is_isolated is not UNSET) else _unknown_keys(d, _KNOWN_KEYS)
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
            raise AbsentKeyError(key, "ForceLiquidationRecord")
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
            raise TypeError(f"{key!r} is a typed attribute of ForceLiquidationRecord: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """ForceLiquidationRecord.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    _avg_price = d["avgPrice"]
    avg_price = _DECIMALS.get(_avg_price)
    if avg_price is None:
        avg_price = _parse_decimal(_avg_price)

    _executed_qty = d["executedQty"]
    executed_qty = _DECIMALS.get(_executed_qty)
    if executed_qty is None:
        executed_qty = _parse_decimal(_executed_qty)

    order_id = d["orderId"]

    _price = d["price"]
    price = _DECIMALS.get(_price)
    if price is None:
        price = _parse_decimal(_price)

    _qty = d["qty"]
    qty = _DECIMALS.get(_qty)
    if qty is None:
        qty = _parse_decimal(_qty)

    _side = d["side"]
    side = ORDER_SIDE_BY_VALUE.get(_side) or OrderSide(_side)

    symbol = d["symbol"]

    _time_in_force = d["timeInForce"]
    time_in_force = TIME_IN_FORCE_BY_VALUE.get(_time_in_force) or TimeInForce(_time_in_force)

    updated_time = d["updatedTime"]

    is_isolated = d.get("isIsolated", UNSET)

    parsed_model_ = cls(
        avg_price,
        executed_qty,
        order_id,
        price,
        qty,
        side,
        symbol,
        time_in_force,
        updated_time,
        is_isolated,
    )

    if len(d) != 9 + ("isIsolated" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
