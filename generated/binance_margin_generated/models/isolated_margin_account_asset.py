from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _format_decimal, _parse_decimal

T = TypeVar("T", bound="IsolatedMarginAccountAsset")


@_attrs_define
class IsolatedMarginAccountAsset:
    """Base or quote asset balance of an isolated margin pair.

    Attributes:
        asset (str):
        borrow_enabled (bool):
        borrowed (Decimal):
        free (Decimal):
        interest (Decimal):
        locked (Decimal):
        net_asset (Decimal):
        net_asset_of_btc (Decimal):
        repay_enabled (bool):
        total_asset (Decimal):
    """

    asset: str
    borrow_enabled: bool
    borrowed: Decimal
    free: Decimal
    interest: Decimal
    locked: Decimal
    net_asset: Decimal
    net_asset_of_btc: Decimal
    repay_enabled: bool
    total_asset: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        borrow_enabled = self.borrow_enabled

        borrowed = _format_decimal(self.borrowed)

        free = _format_decimal(self.free)

        interest = _format_decimal(self.interest)

        locked = _format_decimal(self.locked)

        net_asset = _format_decimal(self.net_asset)

        net_asset_of_btc = _format_decimal(self.net_asset_of_btc)

        repay_enabled = self.repay_enabled

        total_asset = _format_decimal(self.total_asset)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "borrowEnabled": borrow_enabled,
                "borrowed": borrowed,
                "free": free,
                "interest": interest,
                "locked": locked,
                "netAsset": net_asset,
                "netAssetOfBtc": net_asset_of_btc,
                "repayEnabled": repay_enabled,
                "totalAsset": total_asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset")

        borrow_enabled = d.pop("borrowEnabled")

        borrowed = _parse_decimal(d.pop("borrowed"))

        free = _parse_decimal(d.pop("free"))

        interest = _parse_decimal(d.pop("interest"))

        locked = _parse_decimal(d.pop("locked"))

        net_asset = _parse_decimal(d.pop("netAsset"))

        net_asset_of_btc = _parse_decimal(d.pop("netAssetOfBtc"))

        repay_enabled = d.pop("repayEnabled")

        total_asset = _parse_decimal(d.pop("totalAsset"))

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
