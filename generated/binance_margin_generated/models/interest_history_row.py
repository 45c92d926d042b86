from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="InterestHistoryRow")


@_attrs_define
class InterestHistoryRow:
    """
    Attributes:
        tx_id (int | Unset):
        interest_accured_time (int | Unset):
        asset (str | Unset):
        raw_asset (Decimal | Unset):
        principal (Decimal | Unset):
        interest (Decimal | Unset):
        interest_rate (Decimal | Unset):
        type_ (str | Unset):
        isolated_symbol (str | Unset):
    """

    tx_id: int | Unset = UNSET
    interest_accured_time: int | Unset = UNSET
    asset: str | Unset = UNSET
    raw_asset: Decimal | Unset = UNSET
    principal: Decimal | Unset = UNSET
    interest: Decimal | Unset = UNSET
    interest_rate: Decimal | Unset = UNSET
    type_: str | Unset = UNSET
    isolated_symbol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tx_id = self.tx_id

        interest_accured_time = self.interest_accured_time

        asset = self.asset

        raw_asset: str | Unset = UNSET
        if not isinstance(self.raw_asset, Unset):
            raw_asset = _format_decimal(self.raw_asset)

        principal: str | Unset = UNSET
        if not isinstance(self.principal, Unset):
            principal = _format_decimal(self.principal)

        interest: str | Unset = UNSET
        if not isinstance(self.interest, Unset):
            interest = _format_decimal(self.interest)

        interest_rate: str | Unset = UNSET
        if not isinstance(self.interest_rate, Unset):
            interest_rate = _format_decimal(self.interest_rate)

        type_ = self.type_

        isolated_symbol = self.isolated_symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tx_id is not UNSET:
            field_dict["txId"] = tx_id
        if interest_accured_time is not UNSET:
            field_dict["interestAccuredTime"] = interest_accured_time
        if asset is not UNSET:
            field_dict["asset"] = asset
        if raw_asset is not UNSET:
            field_dict["rawAsset"] = raw_asset
        if principal is not UNSET:
            field_dict["principal"] = principal
        if interest is not UNSET:
            field_dict["interest"] = interest
        if interest_rate is not UNSET:
            field_dict["interestRate"] = interest_rate
        if type_ is not UNSET:
            field_dict["type"] = type_
        if isolated_symbol is not UNSET:
            field_dict["isolatedSymbol"] = isolated_symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tx_id = d.pop("txId", UNSET)

        interest_accured_time = d.pop("interestAccuredTime", UNSET)

        asset = d.pop("asset", UNSET)

        _raw_asset = d.pop("rawAsset", UNSET)
        raw_asset: Decimal | Unset
        if isinstance(_raw_asset, Unset):
            raw_asset = UNSET
        else:
            raw_asset = _parse_decimal(_raw_asset)

        _principal = d.pop("principal", UNSET)
        principal: Decimal | Unset
        if isinstance(_principal, Unset):
            principal = UNSET
        else:
            principal = _parse_decimal(_principal)

        _interest = d.pop("interest", UNSET)
        interest: Decimal | Unset
        if isinstance(_interest, Unset):
            interest = UNSET
        else:
            interest = _parse_decimal(_interest)

        _interest_rate = d.pop("interestRate", UNSET)
        interest_rate: Decimal | Unset
        if isinstance(_interest_rate, Unset):
            interest_rate = UNSET
        else:
            interest_rate = _parse_decimal(_interest_rate)

        type_ = d.pop("type", UNSET)

        isolated_symbol = d.pop("isolatedSymbol", UNSET)

        parsed_model_ = cls(
            tx_id=tx_id,
            interest_accured_time=interest_accured_time,
            asset=asset,
            raw_asset=raw_asset,
            principal=principal,
            interest=interest,
            interest_rate=interest_rate,
            type_=type_,
            isolated_symbol=isolated_symbol,
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
