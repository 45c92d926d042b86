from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="TransferHistoryRow")


@_attrs_define
class TransferHistoryRow:
    """
    Attributes:
        amount (Decimal | Unset):
        asset (str | Unset):
        status (str | Unset):
        timestamp (int | Unset):
        tx_id (int | Unset):
        type_ (str | Unset):
        trans_from (str | Unset):
        trans_to (str | Unset):
        from_symbol (Decimal | Unset):
        to_symbol (Decimal | Unset):
    """

    amount: Decimal | Unset = UNSET
    asset: str | Unset = UNSET
    status: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    tx_id: int | Unset = UNSET
    type_: str | Unset = UNSET
    trans_from: str | Unset = UNSET
    trans_to: str | Unset = UNSET
    from_symbol: Decimal | Unset = UNSET
    to_symbol: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = _format_decimal(self.amount)

        asset = self.asset

        status = self.status

        timestamp = self.timestamp

        tx_id = self.tx_id

        type_ = self.type_

        trans_from = self.trans_from

        trans_to = self.trans_to

        from_symbol: str | Unset = UNSET
        if not isinstance(self.from_symbol, Unset):
            from_symbol = _format_decimal(self.from_symbol)

        to_symbol: str | Unset = UNSET
        if not isinstance(self.to_symbol, Unset):
            to_symbol = _format_decimal(self.to_symbol)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if asset is not UNSET:
            field_dict["asset"] = asset
        if status is not UNSET:
            field_dict["status"] = status
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if tx_id is not UNSET:
            field_dict["txId"] = tx_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trans_from is not UNSET:
            field_dict["transFrom"] = trans_from
        if trans_to is not UNSET:
            field_dict["transTo"] = trans_to
        if from_symbol is not UNSET:
            field_dict["fromSymbol"] = from_symbol
        if to_symbol is not UNSET:
            field_dict["toSymbol"] = to_symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = _parse_decimal(_amount)

        asset = d.pop("asset", UNSET)

        status = d.pop("status", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        tx_id = d.pop("txId", UNSET)

        type_ = d.pop("type", UNSET)

        trans_from = d.pop("transFrom", UNSET)

        trans_to = d.pop("transTo", UNSET)

        _from_symbol = d.pop("fromSymbol", UNSET)
        from_symbol: Decimal | Unset
        if isinstance(_from_symbol, Unset):
            from_symbol = UNSET
        else:
            from_symbol = _parse_decimal(_from_symbol)

        _to_symbol = d.pop("toSymbol", UNSET)
        to_symbol: Decimal | Unset
        if isinstance(_to_symbol, Unset):
            to_symbol = UNSET
        else:
            to_symbol = _parse_decimal(_to_symbol)

        parsed_model_ = cls(
            amount=amount,
            asset=asset,
            status=status,
            timestamp=timestamp,
            tx_id=tx_id,
            type_=type_,
            trans_from=trans_from,
            trans_to=trans_to,
            from_symbol=from_symbol,
            to_symbol=to_symbol,
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
