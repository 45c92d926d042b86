from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="MarginTrade")


@_attrs_define
class MarginTrade:
    """
    Attributes:
        commission (Decimal | Unset):
        commission_asset (str | Unset):
        id (int | Unset):
        is_best_match (bool | Unset):
        is_buyer (bool | Unset):
        is_maker (bool | Unset):
        order_id (int | Unset):
        price (Decimal | Unset):
        qty (Decimal | Unset):
        symbol (str | Unset):
        is_isolated (bool | Unset):
        time (int | Unset):
    """

    commission: Decimal | Unset = UNSET
    commission_asset: str | Unset = UNSET
    id: int | Unset = UNSET
    is_best_match: bool | Unset = UNSET
    is_buyer: bool | Unset = UNSET
    is_maker: bool | Unset = UNSET
    order_id: int | Unset = UNSET
    price: Decimal | Unset = UNSET
    qty: Decimal | Unset = UNSET
    symbol: str | Unset = UNSET
    is_isolated: bool | Unset = UNSET
    time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commission: str | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = _format_decimal(self.commission)

        commission_asset = self.commission_asset

        id = self.id

        is_best_match = self.is_best_match

        is_buyer = self.is_buyer

        is_maker = self.is_maker

        order_id = self.order_id

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = _format_decimal(self.price)

        qty: str | Unset = UNSET
        if not isinstance(self.qty, Unset):
            qty = _format_decimal(self.qty)

        symbol = self.symbol

        is_isolated = self.is_isolated

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commission is not UNSET:
            field_dict["commission"] = commission
        if commission_asset is not UNSET:
            field_dict["commissionAsset"] = commission_asset
        if id is not UNSET:
            field_dict["id"] = id
        if is_best_match is not UNSET:
            field_dict["isBestMatch"] = is_best_match
        if is_buyer is not UNSET:
            field_dict["isBuyer"] = is_buyer
        if is_maker is not UNSET:
            field_dict["isMaker"] = is_maker
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if price is not UNSET:
            field_dict["price"] = price
        if qty is not UNSET:
            field_dict["qty"] = qty
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if is_isolated is not UNSET:
            field_dict["isIsolated"] = is_isolated
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _commission = d.pop("commission", UNSET)
        commission: Decimal | Unset
        if isinstance(_commission, Unset):
            commission = UNSET
        else:
            commission = _parse_decimal(_commission)

        commission_asset = d.pop("commissionAsset", UNSET)

        id = d.pop("id", UNSET)

        is_best_match = d.pop("isBestMatch", UNSET)

        is_buyer = d.pop("isBuyer", UNSET)

        is_maker = d.pop("isMaker", UNSET)

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

        symbol = d.pop("symbol", UNSET)

        is_isolated = d.pop("isIsolated", UNSET)

        time = d.pop("time", UNSET)

        parsed_model_ = cls(
            commission=commission,
            commission_asset=commission_asset,
            id=id,
            is_best_match=is_best_match,
            is_buyer=is_buyer,
            is_maker=is_maker,
            order_id=order_id,
            price=price,
            qty=qty,
            symbol=symbol,
            is_isolated=is_isolated,
            time=time,
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
