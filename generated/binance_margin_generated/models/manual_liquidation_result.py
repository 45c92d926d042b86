from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="ManualLiquidationResult")


@_attrs_define
class ManualLiquidationResult:
    """
    Attributes:
        asset (str | Unset):
        interest (Decimal | Unset):
        principal (Decimal | Unset):
        liability_asset (Decimal | Unset):
        liability_qty (str | Unset):
    """

    asset: str | Unset = UNSET
    interest: Decimal | Unset = UNSET
    principal: Decimal | Unset = UNSET
    liability_asset: Decimal | Unset = UNSET
    liability_qty: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        interest: str | Unset = UNSET
        if not isinstance(self.interest, Unset):
            interest = _format_decimal(self.interest)

        principal: str | Unset = UNSET
        if not isinstance(self.principal, Unset):
            principal = _format_decimal(self.principal)

        liability_asset: str | Unset = UNSET
        if not isinstance(self.liability_asset, Unset):
            liability_asset = _format_decimal(self.liability_asset)

        liability_qty = self.liability_qty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset is not UNSET:
            field_dict["asset"] = asset
        if interest is not UNSET:
            field_dict["interest"] = interest
        if principal is not UNSET:
            field_dict["principal"] = principal
        if liability_asset is not UNSET:
            field_dict["liabilityAsset"] = liability_asset
        if liability_qty is not UNSET:
            field_dict["liabilityQty"] = liability_qty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset", UNSET)

        _interest = d.pop("interest", UNSET)
        interest: Decimal | Unset
        if isinstance(_interest, Unset):
            interest = UNSET
        else:
            interest = _parse_decimal(_interest)

        _principal = d.pop("principal", UNSET)
        principal: Decimal | Unset
        if isinstance(_principal, Unset):
            principal = UNSET
        else:
            principal = _parse_decimal(_principal)

        _liability_asset = d.pop("liabilityAsset", UNSET)
        liability_asset: Decimal | Unset
        if isinstance(_liability_asset, Unset):
            liability_asset = UNSET
        else:
            liability_asset = _parse_decimal(_liability_asset)

        liability_qty = d.pop("liabilityQty", UNSET)

        parsed_model_ = cls(
            asset=asset,
            interest=interest,
            principal=principal,
            liability_asset=liability_asset,
            liability_qty=liability_qty,
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
