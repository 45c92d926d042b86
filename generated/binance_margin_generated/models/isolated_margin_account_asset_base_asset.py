from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="IsolatedMarginAccountAssetBaseAsset")


@_attrs_define
class IsolatedMarginAccountAssetBaseAsset:
    """
    Attributes:
        asset (str | Unset):
        borrow_enabled (bool | Unset):
        borrowed (Decimal | Unset):
        free (Decimal | Unset):
        interest (Decimal | Unset):
        locked (Decimal | Unset):
        net_asset (Decimal | Unset):
        net_asset_of_btc (Decimal | Unset):
        repay_enabled (bool | Unset):
        total_asset (Decimal | Unset):
    """

    asset: str | Unset = UNSET
    borrow_enabled: bool | Unset = UNSET
    borrowed: Decimal | Unset = UNSET
    free: Decimal | Unset = UNSET
    interest: Decimal | Unset = UNSET
    locked: Decimal | Unset = UNSET
    net_asset: Decimal | Unset = UNSET
    net_asset_of_btc: Decimal | Unset = UNSET
    repay_enabled: bool | Unset = UNSET
    total_asset: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        borrow_enabled = self.borrow_enabled

        borrowed: str | Unset = UNSET
        if not isinstance(self.borrowed, Unset):
            borrowed = _format_decimal(self.borrowed)

        free: str | Unset = UNSET
        if not isinstance(self.free, Unset):
            free = _format_decimal(self.free)

        interest: str | Unset = UNSET
        if not isinstance(self.interest, Unset):
            interest = _format_decimal(self.interest)

        locked: str | Unset = UNSET
        if not isinstance(self.locked, Unset):
            locked = _format_decimal(self.locked)

        net_asset: str | Unset = UNSET
        if not isinstance(self.net_asset, Unset):
            net_asset = _format_decimal(self.net_asset)

        net_asset_of_btc: str | Unset = UNSET
        if not isinstance(self.net_asset_of_btc, Unset):
            net_asset_of_btc = _format_decimal(self.net_asset_of_btc)

        repay_enabled = self.repay_enabled

        total_asset: str | Unset = UNSET
        if not isinstance(self.total_asset, Unset):
            total_asset = _format_decimal(self.total_asset)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset is not UNSET:
            field_dict["asset"] = asset
        if borrow_enabled is not UNSET:
            field_dict["borrowEnabled"] = borrow_enabled
        if borrowed is not UNSET:
            field_dict["borrowed"] = borrowed
        if free is not UNSET:
            field_dict["free"] = free
        if interest is not UNSET:
            field_dict["interest"] = interest
        if locked is not UNSET:
            field_dict["locked"] = locked
        if net_asset is not UNSET:
            field_dict["netAsset"] = net_asset
        if net_asset_of_btc is not UNSET:
            field_dict["netAssetOfBtc"] = net_asset_of_btc
        if repay_enabled is not UNSET:
            field_dict["repayEnabled"] = repay_enabled
        if total_asset is not UNSET:
            field_dict["totalAsset"] = total_asset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset", UNSET)

        borrow_enabled = d.pop("borrowEnabled", UNSET)

        _borrowed = d.pop("borrowed", UNSET)
        borrowed: Decimal | Unset
        if isinstance(_borrowed, Unset):
            borrowed = UNSET
        else:
            borrowed = _parse_decimal(_borrowed)

        _free = d.pop("free", UNSET)
        free: Decimal | Unset
        if isinstance(_free, Unset):
            free = UNSET
        else:
            free = _parse_decimal(_free)

        _interest = d.pop("interest", UNSET)
        interest: Decimal | Unset
        if isinstance(_interest, Unset):
            interest = UNSET
        else:
            interest = _parse_decimal(_interest)

        _locked = d.pop("locked", UNSET)
        locked: Decimal | Unset
        if isinstance(_locked, Unset):
            locked = UNSET
        else:
            locked = _parse_decimal(_locked)

        _net_asset = d.pop("netAsset", UNSET)
        net_asset: Decimal | Unset
        if isinstance(_net_asset, Unset):
            net_asset = UNSET
        else:
            net_asset = _parse_decimal(_net_asset)

        _net_asset_of_btc = d.pop("netAssetOfBtc", UNSET)
        net_asset_of_btc: Decimal | Unset
        if isinstance(_net_asset_of_btc, Unset):
            net_asset_of_btc = UNSET
        else:
            net_asset_of_btc = _parse_decimal(_net_asset_of_btc)

        repay_enabled = d.pop("repayEnabled", UNSET)

        _total_asset = d.pop("totalAsset", UNSET)
        total_asset: Decimal | Unset
        if isinstance(_total_asset, Unset):
            total_asset = UNSET
        else:
            total_asset = _parse_decimal(_total_asset)

        parsed_model_ = cls(
            asset=asset,
            borrow_enabled=borrow_enabled,
            borrowed=borrowed,
            free=free,
            interest=interest,
            locked=locked,
            net_asset=net_asset,
            net_asset_of_btc=net_asset_of_btc,
            repay_enabled=repay_enabled,
            total_asset=total_asset,
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
