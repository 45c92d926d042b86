from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="CollateralRatioTierCollateral")


@_attrs_define
class CollateralRatioTierCollateral:
    """
    Attributes:
        min_usd_value (Decimal | Unset):
        max_usd_value (Decimal | Unset):
        discount_rate (Decimal | Unset):
    """

    min_usd_value: Decimal | Unset = UNSET
    max_usd_value: Decimal | Unset = UNSET
    discount_rate: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_usd_value: str | Unset = UNSET
        if not isinstance(self.min_usd_value, Unset):
            min_usd_value = _format_decimal(self.min_usd_value)

        max_usd_value: str | Unset = UNSET
        if not isinstance(self.max_usd_value, Unset):
            max_usd_value = _format_decimal(self.max_usd_value)

        discount_rate: str | Unset = UNSET
        if not isinstance(self.discount_rate, Unset):
            discount_rate = _format_decimal(self.discount_rate)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_usd_value is not UNSET:
            field_dict["minUsdValue"] = min_usd_value
        if max_usd_value is not UNSET:
            field_dict["maxUsdValue"] = max_usd_value
        if discount_rate is not UNSET:
            field_dict["discountRate"] = discount_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _min_usd_value = d.pop("minUsdValue", UNSET)
        min_usd_value: Decimal | Unset
        if isinstance(_min_usd_value, Unset):
            min_usd_value = UNSET
        else:
            min_usd_value = _parse_decimal(_min_usd_value)

        _max_usd_value = d.pop("maxUsdValue", UNSET)
        max_usd_value: Decimal | Unset
        if isinstance(_max_usd_value, Unset):
            max_usd_value = UNSET
        else:
            max_usd_value = _parse_decimal(_max_usd_value)

        _discount_rate = d.pop("discountRate", UNSET)
        discount_rate: Decimal | Unset
        if isinstance(_discount_rate, Unset):
            discount_rate = UNSET
        else:
            discount_rate = _parse_decimal(_discount_rate)

        parsed_model_ = cls(
            min_usd_value=min_usd_value,
            max_usd_value=max_usd_value,
            discount_rate=discount_rate,
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
