from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.available_inventory_assets import AvailableInventoryAssets


T = TypeVar("T", bound="AvailableInventory")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "assets",
        "updateTime",
    ]
)


@_attrs_define
class AvailableInventory:
    """Margin available inventory (amount the margin system can still lend, per asset).

    Attributes:
        assets (AvailableInventoryAssets): Available inventory keyed by asset name, e.g. {"BTC": "12.5"}.
        update_time (int): Time of the inventory snapshot (the docs example shows a value in seconds).
    """

    assets: AvailableInventoryAssets
    update_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets = self.assets.to_dict()

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
                "updateTime": update_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.available_inventory_assets import AvailableInventoryAssets  # noqa: PLC0415

        d = src_dict
        assets = AvailableInventoryAssets.from_dict(d["assets"])

        update_time = d["updateTime"]

        parsed_model_ = cls(
            assets,
            update_time,
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
