from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarginOrderListOrder")


@_attrs_define
class MarginOrderListOrder:
    """An order of an order list (symbol, ids; status only in the open OTO/OTOCO query).

    Attributes:
        symbol (str):
        order_id (int | None): Order id; null for a pending order of an OTO/OTOCO that is not placed yet.
        client_order_id (str):
        status (OrderStatus | Unset): Order status (PENDING_NEW: pending order of an order list not placed yet;
            EXPIRED_IN_MATCH: expired by self-trade prevention).
    """

    symbol: str
    order_id: int | None
    client_order_id: str
    status: OrderStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_id: int | None
        order_id = self.order_id

        client_order_id = self.client_order_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "orderId": order_id,
                "clientOrderId": client_order_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        def _parse_order_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        order_id = _parse_order_id(d.pop("orderId"))

        client_order_id = d.pop("clientOrderId")

        _status = d.pop("status", UNSET)
        status: OrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderStatus(_status)

        parsed_model_ = cls(
            symbol=symbol,
            order_id=order_id,
            client_order_id=client_order_id,
            status=status,
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
