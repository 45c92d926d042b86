from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="BorrowRepayRecordsRow")


@_attrs_define
class BorrowRepayRecordsRow:
    """
    Attributes:
        type_ (str | Unset):
        isolated_symbol (str | Unset):
        amount (Decimal | Unset):
        asset (str | Unset):
        interest (Decimal | Unset):
        principal (Decimal | Unset):
        status (str | Unset):
        timestamp (int | Unset):
        tx_id (int | Unset):
    """

    type_: str | Unset = UNSET
    isolated_symbol: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    asset: str | Unset = UNSET
    interest: Decimal | Unset = UNSET
    principal: Decimal | Unset = UNSET
    status: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    tx_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        isolated_symbol = self.isolated_symbol

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = _format_decimal(self.amount)

        asset = self.asset

        interest: str | Unset = UNSET
        if not isinstance(self.interest, Unset):
            interest = _format_decimal(self.interest)

        principal: str | Unset = UNSET
        if not isinstance(self.principal, Unset):
            principal = _format_decimal(self.principal)

        status = self.status

        timestamp = self.timestamp

        tx_id = self.tx_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if isolated_symbol is not UNSET:
            field_dict["isolatedSymbol"] = isolated_symbol
        if amount is not UNSET:
            field_dict["amount"] = amount
        if asset is not UNSET:
            field_dict["asset"] = asset
        if interest is not UNSET:
            field_dict["interest"] = interest
        if principal is not UNSET:
            field_dict["principal"] = principal
        if status is not UNSET:
            field_dict["status"] = status
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if tx_id is not UNSET:
            field_dict["txId"] = tx_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        isolated_symbol = d.pop("isolatedSymbol", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = _parse_decimal(_amount)

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

        status = d.pop("status", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        tx_id = d.pop("txId", UNSET)

        parsed_model_ = cls(
            type_=type_,
            isolated_symbol=isolated_symbol,
            amount=amount,
            asset=asset,
            interest=interest,
            principal=principal,
            status=status,
            timestamp=timestamp,
            tx_id=tx_id,
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
