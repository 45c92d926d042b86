from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capital_flow_note import CapitalFlowNote
from ..models.capital_flow_type import CapitalFlowType
from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="CapitalFlowEntry")


@_attrs_define
class CapitalFlowEntry:
    """One capital-flow record of the cross margin account or an isolated pair.

    Attributes:
        id (int): Record id; use as fromId to page.
        tran_id (int): Transaction id.
        timestamp (int):
        asset (str):
        type_ (CapitalFlowType): Kind of margin capital flow.
        amount (Decimal):
        symbol (str | Unset): Isolated pair (isolated data only).
        note (CapitalFlowNote | Unset): Marks flows that come from an institutional loan (capital-flow `note`, added
            2026-07-10).
    """

    id: int
    tran_id: int
    timestamp: int
    asset: str
    type_: CapitalFlowType
    amount: Decimal
    symbol: str | Unset = UNSET
    note: CapitalFlowNote | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tran_id = self.tran_id

        timestamp = self.timestamp

        asset = self.asset

        type_ = self.type_.value

        amount = _format_decimal(self.amount)

        symbol = self.symbol

        note: str | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tranId": tran_id,
                "timestamp": timestamp,
                "asset": asset,
                "type": type_,
                "amount": amount,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        tran_id = d.pop("tranId")

        timestamp = d.pop("timestamp")

        asset = d.pop("asset")

        type_ = CapitalFlowType(d.pop("type"))

        amount = _parse_decimal(d.pop("amount"))

        symbol = d.pop("symbol", UNSET)

        _note = d.pop("note", UNSET)
        note: CapitalFlowNote | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = CapitalFlowNote(_note)

        parsed_model_ = cls(
            id=id,
            tran_id=tran_id,
            timestamp=timestamp,
            asset=asset,
            type_=type_,
            amount=amount,
            symbol=symbol,
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
