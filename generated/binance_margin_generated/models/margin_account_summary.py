from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="MarginAccountSummary")


@_attrs_define
class MarginAccountSummary:
    """
    Attributes:
        normal_bar (Decimal | Unset):
        margin_call_bar (Decimal | Unset):
        force_liquidation_bar (Decimal | Unset):
    """

    normal_bar: Decimal | Unset = UNSET
    margin_call_bar: Decimal | Unset = UNSET
    force_liquidation_bar: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        normal_bar: str | Unset = UNSET
        if not isinstance(self.normal_bar, Unset):
            normal_bar = _format_decimal(self.normal_bar)

        margin_call_bar: str | Unset = UNSET
        if not isinstance(self.margin_call_bar, Unset):
            margin_call_bar = _format_decimal(self.margin_call_bar)

        force_liquidation_bar: str | Unset = UNSET
        if not isinstance(self.force_liquidation_bar, Unset):
            force_liquidation_bar = _format_decimal(self.force_liquidation_bar)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if normal_bar is not UNSET:
            field_dict["normalBar"] = normal_bar
        if margin_call_bar is not UNSET:
            field_dict["marginCallBar"] = margin_call_bar
        if force_liquidation_bar is not UNSET:
            field_dict["forceLiquidationBar"] = force_liquidation_bar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _normal_bar = d.pop("normalBar", UNSET)
        normal_bar: Decimal | Unset
        if isinstance(_normal_bar, Unset):
            normal_bar = UNSET
        else:
            normal_bar = _parse_decimal(_normal_bar)

        _margin_call_bar = d.pop("marginCallBar", UNSET)
        margin_call_bar: Decimal | Unset
        if isinstance(_margin_call_bar, Unset):
            margin_call_bar = UNSET
        else:
            margin_call_bar = _parse_decimal(_margin_call_bar)

        _force_liquidation_bar = d.pop("forceLiquidationBar", UNSET)
        force_liquidation_bar: Decimal | Unset
        if isinstance(_force_liquidation_bar, Unset):
            force_liquidation_bar = UNSET
        else:
            force_liquidation_bar = _parse_decimal(_force_liquidation_bar)

        parsed_model_ = cls(
            normal_bar=normal_bar,
            margin_call_bar=margin_call_bar,
            force_liquidation_bar=force_liquidation_bar,
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
