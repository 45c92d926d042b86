from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="MarginAsset")


@_attrs_define
class MarginAsset:
    """
    Attributes:
        asset_full_name (str | Unset):
        asset_name (str | Unset):
        is_borrowable (bool | Unset):
        is_mortgageable (bool | Unset):
        user_min_borrow (Decimal | Unset):
        user_min_repay (Decimal | Unset):
        delist_time (int | Unset):
    """

    asset_full_name: str | Unset = UNSET
    asset_name: str | Unset = UNSET
    is_borrowable: bool | Unset = UNSET
    is_mortgageable: bool | Unset = UNSET
    user_min_borrow: Decimal | Unset = UNSET
    user_min_repay: Decimal | Unset = UNSET
    delist_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_full_name = self.asset_full_name

        asset_name = self.asset_name

        is_borrowable = self.is_borrowable

        is_mortgageable = self.is_mortgageable

        user_min_borrow: str | Unset = UNSET
        if not isinstance(self.user_min_borrow, Unset):
            user_min_borrow = _format_decimal(self.user_min_borrow)

        user_min_repay: str | Unset = UNSET
        if not isinstance(self.user_min_repay, Unset):
            user_min_repay = _format_decimal(self.user_min_repay)

        delist_time = self.delist_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_full_name is not UNSET:
            field_dict["assetFullName"] = asset_full_name
        if asset_name is not UNSET:
            field_dict["assetName"] = asset_name
        if is_borrowable is not UNSET:
            field_dict["isBorrowable"] = is_borrowable
        if is_mortgageable is not UNSET:
            field_dict["isMortgageable"] = is_mortgageable
        if user_min_borrow is not UNSET:
            field_dict["userMinBorrow"] = user_min_borrow
        if user_min_repay is not UNSET:
            field_dict["userMinRepay"] = user_min_repay
        if delist_time is not UNSET:
            field_dict["delistTime"] = delist_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_full_name = d.pop("assetFullName", UNSET)

        asset_name = d.pop("assetName", UNSET)

        is_borrowable = d.pop("isBorrowable", UNSET)

        is_mortgageable = d.pop("isMortgageable", UNSET)

        _user_min_borrow = d.pop("userMinBorrow", UNSET)
        user_min_borrow: Decimal | Unset
        if isinstance(_user_min_borrow, Unset):
            user_min_borrow = UNSET
        else:
            user_min_borrow = _parse_decimal(_user_min_borrow)

        _user_min_repay = d.pop("userMinRepay", UNSET)
        user_min_repay: Decimal | Unset
        if isinstance(_user_min_repay, Unset):
            user_min_repay = UNSET
        else:
            user_min_repay = _parse_decimal(_user_min_repay)

        delist_time = d.pop("delistTime", UNSET)

        parsed_model_ = cls(
            asset_full_name=asset_full_name,
            asset_name=asset_name,
            is_borrowable=is_borrowable,
            is_mortgageable=is_mortgageable,
            user_min_borrow=user_min_borrow,
            user_min_repay=user_min_repay,
            delist_time=delist_time,
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
