from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="SmallLiabilityExchangeHistoryRow")


@_attrs_define
class SmallLiabilityExchangeHistoryRow:
    """
    Attributes:
        asset (str | Unset):
        amount (Decimal | Unset):
        target_asset (Decimal | Unset):
        target_amount (Decimal | Unset):
        biz_type (Decimal | Unset):
        timestamp (int | Unset):
    """

    asset: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    target_asset: Decimal | Unset = UNSET
    target_amount: Decimal | Unset = UNSET
    biz_type: Decimal | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = _format_decimal(self.amount)

        target_asset: str | Unset = UNSET
        if not isinstance(self.target_asset, Unset):
            target_asset = _format_decimal(self.target_asset)

        target_amount: str | Unset = UNSET
        if not isinstance(self.target_amount, Unset):
            target_amount = _format_decimal(self.target_amount)

        biz_type: str | Unset = UNSET
        if not isinstance(self.biz_type, Unset):
            biz_type = _format_decimal(self.biz_type)

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset is not UNSET:
            field_dict["asset"] = asset
        if amount is not UNSET:
            field_dict["amount"] = amount
        if target_asset is not UNSET:
            field_dict["targetAsset"] = target_asset
        if target_amount is not UNSET:
            field_dict["targetAmount"] = target_amount
        if biz_type is not UNSET:
            field_dict["bizType"] = biz_type
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = _parse_decimal(_amount)

        _target_asset = d.pop("targetAsset", UNSET)
        target_asset: Decimal | Unset
        if isinstance(_target_asset, Unset):
            target_asset = UNSET
        else:
            target_asset = _parse_decimal(_target_asset)

        _target_amount = d.pop("targetAmount", UNSET)
        target_amount: Decimal | Unset
        if isinstance(_target_amount, Unset):
            target_amount = UNSET
        else:
            target_amount = _parse_decimal(_target_amount)

        _biz_type = d.pop("bizType", UNSET)
        biz_type: Decimal | Unset
        if isinstance(_biz_type, Unset):
            biz_type = UNSET
        else:
            biz_type = _parse_decimal(_biz_type)

        timestamp = d.pop("timestamp", UNSET)

        parsed_model_ = cls(
            asset=asset,
            amount=amount,
            target_asset=target_asset,
            target_amount=target_amount,
            biz_type=biz_type,
            timestamp=timestamp,
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
