from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

if TYPE_CHECKING:
    from ..models.collateral_ratio_tier_collateral import CollateralRatioTierCollateral


T = TypeVar("T", bound="CollateralRatioTier")


@_attrs_define
class CollateralRatioTier:
    """
    Attributes:
        collaterals (list[CollateralRatioTierCollateral] | Unset):
        asset_names (list[Decimal] | Unset):
    """

    collaterals: list[CollateralRatioTierCollateral] | Unset = UNSET
    asset_names: list[Decimal] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collaterals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collaterals, Unset):
            collaterals = []
            for collaterals_item_data in self.collaterals:
                collaterals_item = collaterals_item_data.to_dict()
                collaterals.append(collaterals_item)

        asset_names: list[str] | Unset = UNSET
        if not isinstance(self.asset_names, Unset):
            asset_names = []
            for asset_names_item_data in self.asset_names:
                asset_names_item = _format_decimal(asset_names_item_data)
                asset_names.append(asset_names_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collaterals is not UNSET:
            field_dict["collaterals"] = collaterals
        if asset_names is not UNSET:
            field_dict["assetNames"] = asset_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collateral_ratio_tier_collateral import CollateralRatioTierCollateral  # noqa: PLC0415

        d = dict(src_dict)
        _collaterals = d.pop("collaterals", UNSET)
        collaterals: list[CollateralRatioTierCollateral] | Unset = UNSET
        if _collaterals is not UNSET:
            collaterals = []
            for collaterals_item_data in _collaterals:
                collaterals_item = CollateralRatioTierCollateral.from_dict(collaterals_item_data)

                collaterals.append(collaterals_item)

        _asset_names = d.pop("assetNames", UNSET)
        asset_names: list[Decimal] | Unset = UNSET
        if _asset_names is not UNSET:
            asset_names = []
            for asset_names_item_data in _asset_names:
                asset_names_item = _parse_decimal(asset_names_item_data)

                asset_names.append(asset_names_item)

        parsed_model_ = cls(
            collaterals=collaterals,
            asset_names=asset_names,
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
