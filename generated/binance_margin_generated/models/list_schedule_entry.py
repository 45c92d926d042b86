from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="ListScheduleEntry")


@_attrs_define
class ListScheduleEntry:
    """
    Attributes:
        list_time (int | Unset):
        cross_margin_assets (list[Decimal] | Unset):
        isolated_margin_symbols (list[Decimal] | Unset):
    """

    list_time: int | Unset = UNSET
    cross_margin_assets: list[Decimal] | Unset = UNSET
    isolated_margin_symbols: list[Decimal] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_time = self.list_time

        cross_margin_assets: list[str] | Unset = UNSET
        if not isinstance(self.cross_margin_assets, Unset):
            cross_margin_assets = []
            for cross_margin_assets_item_data in self.cross_margin_assets:
                cross_margin_assets_item = _format_decimal(cross_margin_assets_item_data)
                cross_margin_assets.append(cross_margin_assets_item)

        isolated_margin_symbols: list[str] | Unset = UNSET
        if not isinstance(self.isolated_margin_symbols, Unset):
            isolated_margin_symbols = []
            for isolated_margin_symbols_item_data in self.isolated_margin_symbols:
                isolated_margin_symbols_item = _format_decimal(isolated_margin_symbols_item_data)
                isolated_margin_symbols.append(isolated_margin_symbols_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_time is not UNSET:
            field_dict["listTime"] = list_time
        if cross_margin_assets is not UNSET:
            field_dict["crossMarginAssets"] = cross_margin_assets
        if isolated_margin_symbols is not UNSET:
            field_dict["isolatedMarginSymbols"] = isolated_margin_symbols

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_time = d.pop("listTime", UNSET)

        _cross_margin_assets = d.pop("crossMarginAssets", UNSET)
        cross_margin_assets: list[Decimal] | Unset = UNSET
        if _cross_margin_assets is not UNSET:
            cross_margin_assets = []
            for cross_margin_assets_item_data in _cross_margin_assets:
                cross_margin_assets_item = _parse_decimal(cross_margin_assets_item_data)

                cross_margin_assets.append(cross_margin_assets_item)

        _isolated_margin_symbols = d.pop("isolatedMarginSymbols", UNSET)
        isolated_margin_symbols: list[Decimal] | Unset = UNSET
        if _isolated_margin_symbols is not UNSET:
            isolated_margin_symbols = []
            for isolated_margin_symbols_item_data in _isolated_margin_symbols:
                isolated_margin_symbols_item = _parse_decimal(isolated_margin_symbols_item_data)

                isolated_margin_symbols.append(isolated_margin_symbols_item)

        parsed_model_ = cls(
            list_time=list_time,
            cross_margin_assets=cross_margin_assets,
            isolated_margin_symbols=isolated_margin_symbols,
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
