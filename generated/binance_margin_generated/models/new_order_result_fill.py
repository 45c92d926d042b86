from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="NewOrderResultFill")


@_attrs_define
class NewOrderResultFill:
    """
    Attributes:
        price (Decimal | Unset):
        qty (Decimal | Unset):
        commission (Decimal | Unset):
        commission_asset (str | Unset):
        trade_id (int | Unset):
    """

    price: Decimal | Unset = UNSET
    qty: Decimal | Unset = UNSET
    commission: Decimal | Unset = UNSET
    commission_asset: str | Unset = UNSET
    trade_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = _format_decimal(self.price)

        qty: str | Unset = UNSET
        if not isinstance(self.qty, Unset):
            qty = _format_decimal(self.qty)

        commission: str | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = _format_decimal(self.commission)

        commission_asset = self.commission_asset

        trade_id = self.trade_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if qty is not UNSET:
            field_dict["qty"] = qty
        if commission is not UNSET:
            field_dict["commission"] = commission
        if commission_asset is not UNSET:
            field_dict["commissionAsset"] = commission_asset
        if trade_id is not UNSET:
            field_dict["tradeId"] = trade_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        _commission = d.pop("commission", UNSET)
        commission: Decimal | Unset
        if isinstance(_commission, Unset):
            commission = UNSET
        else:
            commission = _parse_decimal(_commission)

        commission_asset = d.pop("commissionAsset", UNSET)

        trade_id = d.pop("tradeId", UNSET)

        parsed_model_ = cls(
            price=price,
            qty=qty,
            commission=commission,
            commission_asset=commission_asset,
            trade_id=trade_id,
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
