from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.collateral_ratio_tier_collateral import CollateralRatioTierCollateral


T = TypeVar("T", bound="CollateralRatioTier")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "collaterals",
        "assetNames",
    ]
)


@_attrs_define
class CollateralRatioTier:
    """The collateral ratio tiers shared by a group of assets (cross margin).

    Attributes:
        collaterals (list[CollateralRatioTierCollateral]): Tiers of USD value, lowest first.
        asset_names (list[str]): Assets these tiers apply to.
    """

    collaterals: list[CollateralRatioTierCollateral]
    asset_names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collaterals = []
        for collaterals_item_data in self.collaterals:
            collaterals_item = collaterals_item_data.to_dict()
            collaterals.append(collaterals_item)

        asset_names = self.asset_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collaterals": collaterals,
                "assetNames": asset_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collateral_ratio_tier_collateral import CollateralRatioTierCollateral  # noqa: PLC0415

        d = src_dict
        collaterals = [
            CollateralRatioTierCollateral.from_dict(collaterals_item_data) for collaterals_item_data in d["collaterals"]
        ]

        asset_names = cast(list[str], d["assetNames"])

        parsed_model_ = cls(
            collaterals,
            asset_names,
        )

        if len(d) != 2:
            parsed_model_.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
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
