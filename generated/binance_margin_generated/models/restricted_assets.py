from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RestrictedAssets")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "openLongRestrictedAsset",
        "maxCollateralExceededAsset",
    ]
)


@_attrs_define
class RestrictedAssets:
    """Margin restricted assets.

    Attributes:
        open_long_restricted_asset (list[str]): Assets for which opening long positions is restricted.
        max_collateral_exceeded_asset (list[str]): Assets whose maximum collateral amount has been exceeded.
    """

    open_long_restricted_asset: list[str]
    max_collateral_exceeded_asset: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_long_restricted_asset = self.open_long_restricted_asset

        max_collateral_exceeded_asset = self.max_collateral_exceeded_asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "openLongRestrictedAsset": open_long_restricted_asset,
                "maxCollateralExceededAsset": max_collateral_exceeded_asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        open_long_restricted_asset = cast(list[str], d["openLongRestrictedAsset"])

        max_collateral_exceeded_asset = cast(list[str], d["maxCollateralExceededAsset"])

        parsed_model_ = cls(
            open_long_restricted_asset,
            max_collateral_exceeded_asset,
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
