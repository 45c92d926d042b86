from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_side import OrderSide
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="ForceLiquidationRecord")


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

    def to_dict(self) -> dict[str, Any]:
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
        d = dict(src_dict)
        avg_price = _parse_decimal(d.pop("avgPrice"))

        executed_qty = _parse_decimal(d.pop("executedQty"))

        order_id = d.pop("orderId")

        price = _parse_decimal(d.pop("price"))

        qty = _parse_decimal(d.pop("qty"))

        side = OrderSide(d.pop("side"))

        symbol = d.pop("symbol")

        time_in_force = TimeInForce(d.pop("timeInForce"))

        updated_time = d.pop("updatedTime")

        is_isolated = d.pop("isIsolated", UNSET)

        parsed_model_ = cls(
            avg_price=avg_price,
            executed_qty=executed_qty,
            order_id=order_id,
            price=price,
            qty=qty,
            side=side,
            symbol=symbol,
            time_in_force=time_in_force,
            updated_time=updated_time,
            is_isolated=is_isolated,
        )

        parsed_model_.additional_properties = d
        return parsed_model_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
