from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="CapitalFlowEntry")


@_attrs_define
class CapitalFlowEntry:
    """
    Attributes:
        id (int | Unset):
        tran_id (int | Unset):
        timestamp (int | Unset):
        asset (str | Unset):
        symbol (str | Unset):
        type_ (str | Unset):
        amount (Decimal | Unset):
        note (str | Unset):
    """

    id: int | Unset = UNSET
    tran_id: int | Unset = UNSET
    timestamp: int | Unset = UNSET
    asset: str | Unset = UNSET
    symbol: str | Unset = UNSET
    type_: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tran_id = self.tran_id

        timestamp = self.timestamp

        asset = self.asset

        symbol = self.symbol

        type_ = self.type_

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = _format_decimal(self.amount)

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if tran_id is not UNSET:
            field_dict["tranId"] = tran_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if asset is not UNSET:
            field_dict["asset"] = asset
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        tran_id = d.pop("tranId", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        asset = d.pop("asset", UNSET)

        symbol = d.pop("symbol", UNSET)

        type_ = d.pop("type", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = _parse_decimal(_amount)

        note = d.pop("note", UNSET)

        parsed_model_ = cls(
            id=id,
            tran_id=tran_id,
            timestamp=timestamp,
            asset=asset,
            symbol=symbol,
            type_=type_,
            amount=amount,
            note=note,
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
