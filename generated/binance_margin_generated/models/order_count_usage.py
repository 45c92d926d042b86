from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="OrderCountUsage")


@_attrs_define
class OrderCountUsage:
    """
    Attributes:
        rate_limit_type (Decimal | Unset):
        interval (Decimal | Unset):
        interval_num (int | Unset):
        limit (int | Unset):
        count (int | Unset):
    """

    rate_limit_type: Decimal | Unset = UNSET
    interval: Decimal | Unset = UNSET
    interval_num: int | Unset = UNSET
    limit: int | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate_limit_type: str | Unset = UNSET
        if not isinstance(self.rate_limit_type, Unset):
            rate_limit_type = _format_decimal(self.rate_limit_type)

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = _format_decimal(self.interval)

        interval_num = self.interval_num

        limit = self.limit

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate_limit_type is not UNSET:
            field_dict["rateLimitType"] = rate_limit_type
        if interval is not UNSET:
            field_dict["interval"] = interval
        if interval_num is not UNSET:
            field_dict["intervalNum"] = interval_num
        if limit is not UNSET:
            field_dict["limit"] = limit
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _rate_limit_type = d.pop("rateLimitType", UNSET)
        rate_limit_type: Decimal | Unset
        if isinstance(_rate_limit_type, Unset):
            rate_limit_type = UNSET
        else:
            rate_limit_type = _parse_decimal(_rate_limit_type)

        _interval = d.pop("interval", UNSET)
        interval: Decimal | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = _parse_decimal(_interval)

        interval_num = d.pop("intervalNum", UNSET)

        limit = d.pop("limit", UNSET)

        count = d.pop("count", UNSET)

        parsed_model_ = cls(
            rate_limit_type=rate_limit_type,
            interval=interval,
            interval_num=interval_num,
            limit=limit,
            count=count,
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
