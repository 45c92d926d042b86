from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="InterestRateHistoryEntry")


@_attrs_define
class InterestRateHistoryEntry:
    """
    Attributes:
        asset (str | Unset):
        daily_interest_rate (Decimal | Unset):
        timestamp (int | Unset):
        vip_level (int | Unset):
    """

    asset: str | Unset = UNSET
    daily_interest_rate: Decimal | Unset = UNSET
    timestamp: int | Unset = UNSET
    vip_level: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        daily_interest_rate: str | Unset = UNSET
        if not isinstance(self.daily_interest_rate, Unset):
            daily_interest_rate = _format_decimal(self.daily_interest_rate)

        timestamp = self.timestamp

        vip_level = self.vip_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset is not UNSET:
            field_dict["asset"] = asset
        if daily_interest_rate is not UNSET:
            field_dict["dailyInterestRate"] = daily_interest_rate
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if vip_level is not UNSET:
            field_dict["vipLevel"] = vip_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset", UNSET)

        _daily_interest_rate = d.pop("dailyInterestRate", UNSET)
        daily_interest_rate: Decimal | Unset
        if isinstance(_daily_interest_rate, Unset):
            daily_interest_rate = UNSET
        else:
            daily_interest_rate = _parse_decimal(_daily_interest_rate)

        timestamp = d.pop("timestamp", UNSET)

        vip_level = d.pop("vipLevel", UNSET)

        parsed_model_ = cls(
            asset=asset,
            daily_interest_rate=daily_interest_rate,
            timestamp=timestamp,
            vip_level=vip_level,
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
