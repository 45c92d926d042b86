from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="RestrictedAssets")


@_attrs_define
class RestrictedAssets:
    """
    Attributes:
        open_long_restricted_asset (list[Decimal] | Unset):
        max_collateral_exceeded_asset (list[Decimal] | Unset):
    """

    open_long_restricted_asset: list[Decimal] | Unset = UNSET
    max_collateral_exceeded_asset: list[Decimal] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_long_restricted_asset: list[str] | Unset = UNSET
        if not isinstance(self.open_long_restricted_asset, Unset):
            open_long_restricted_asset = []
            for open_long_restricted_asset_item_data in self.open_long_restricted_asset:
                open_long_restricted_asset_item = _format_decimal(open_long_restricted_asset_item_data)
                open_long_restricted_asset.append(open_long_restricted_asset_item)

        max_collateral_exceeded_asset: list[str] | Unset = UNSET
        if not isinstance(self.max_collateral_exceeded_asset, Unset):
            max_collateral_exceeded_asset = []
            for max_collateral_exceeded_asset_item_data in self.max_collateral_exceeded_asset:
                max_collateral_exceeded_asset_item = _format_decimal(max_collateral_exceeded_asset_item_data)
                max_collateral_exceeded_asset.append(max_collateral_exceeded_asset_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_long_restricted_asset is not UNSET:
            field_dict["openLongRestrictedAsset"] = open_long_restricted_asset
        if max_collateral_exceeded_asset is not UNSET:
            field_dict["maxCollateralExceededAsset"] = max_collateral_exceeded_asset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _open_long_restricted_asset = d.pop("openLongRestrictedAsset", UNSET)
        open_long_restricted_asset: list[Decimal] | Unset = UNSET
        if _open_long_restricted_asset is not UNSET:
            open_long_restricted_asset = []
            for open_long_restricted_asset_item_data in _open_long_restricted_asset:
                open_long_restricted_asset_item = _parse_decimal(open_long_restricted_asset_item_data)

                open_long_restricted_asset.append(open_long_restricted_asset_item)

        _max_collateral_exceeded_asset = d.pop("maxCollateralExceededAsset", UNSET)
        max_collateral_exceeded_asset: list[Decimal] | Unset = UNSET
        if _max_collateral_exceeded_asset is not UNSET:
            max_collateral_exceeded_asset = []
            for max_collateral_exceeded_asset_item_data in _max_collateral_exceeded_asset:
                max_collateral_exceeded_asset_item = _parse_decimal(max_collateral_exceeded_asset_item_data)

                max_collateral_exceeded_asset.append(max_collateral_exceeded_asset_item)

        parsed_model_ = cls(
            open_long_restricted_asset=open_long_restricted_asset,
            max_collateral_exceeded_asset=max_collateral_exceeded_asset,
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
