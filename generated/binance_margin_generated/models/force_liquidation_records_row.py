from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="ForceLiquidationRecordsRow")


@_attrs_define
class ForceLiquidationRecordsRow:
    """
    Attributes:
        avg_price (Decimal | Unset):
        executed_qty (Decimal | Unset):
        order_id (int | Unset):
        price (Decimal | Unset):
        qty (Decimal | Unset):
        side (str | Unset):
        symbol (str | Unset):
        time_in_force (str | Unset):
        is_isolated (bool | Unset):
        updated_time (int | Unset):
    """

    avg_price: Decimal | Unset = UNSET
    executed_qty: Decimal | Unset = UNSET
    order_id: int | Unset = UNSET
    price: Decimal | Unset = UNSET
    qty: Decimal | Unset = UNSET
    side: str | Unset = UNSET
    symbol: str | Unset = UNSET
    time_in_force: str | Unset = UNSET
    is_isolated: bool | Unset = UNSET
    updated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_price: str | Unset = UNSET
        if not isinstance(self.avg_price, Unset):
            avg_price = _format_decimal(self.avg_price)

        executed_qty: str | Unset = UNSET
        if not isinstance(self.executed_qty, Unset):
            executed_qty = _format_decimal(self.executed_qty)

        order_id = self.order_id

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = _format_decimal(self.price)

        qty: str | Unset = UNSET
        if not isinstance(self.qty, Unset):
            qty = _format_decimal(self.qty)

        side = self.side

        symbol = self.symbol

        time_in_force = self.time_in_force

        is_isolated = self.is_isolated

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avg_price is not UNSET:
            field_dict["avgPrice"] = avg_price
        if executed_qty is not UNSET:
            field_dict["executedQty"] = executed_qty
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if price is not UNSET:
            field_dict["price"] = price
        if qty is not UNSET:
            field_dict["qty"] = qty
        if side is not UNSET:
            field_dict["side"] = side
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force
        if is_isolated is not UNSET:
            field_dict["isIsolated"] = is_isolated
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _avg_price = d.pop("avgPrice", UNSET)
        avg_price: Decimal | Unset
        if isinstance(_avg_price, Unset):
            avg_price = UNSET
        else:
            avg_price = _parse_decimal(_avg_price)

        _executed_qty = d.pop("executedQty", UNSET)
        executed_qty: Decimal | Unset
        if isinstance(_executed_qty, Unset):
            executed_qty = UNSET
        else:
            executed_qty = _parse_decimal(_executed_qty)

        order_id = d.pop("orderId", UNSET)

        _price = d.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = _parse_decimal(_price)

        _qty = d.pop("qty", UNSET)
        qty: Decimal | Unset
        if isinstance(_qty, Unset):
            qty = UNSET
        else:
            qty = _parse_decimal(_qty)

        side = d.pop("side", UNSET)

        symbol = d.pop("symbol", UNSET)

        time_in_force = d.pop("timeInForce", UNSET)

        is_isolated = d.pop("isIsolated", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        parsed_model_ = cls(
            avg_price=avg_price,
            executed_qty=executed_qty,
            order_id=order_id,
            price=price,
            qty=qty,
            side=side,
            symbol=symbol,
            time_in_force=time_in_force,
            is_isolated=is_isolated,
            updated_time=updated_time,
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
