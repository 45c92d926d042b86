from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_transfer_direction import MarginTransferDirection
from ..models.transfer_account_type import TransferAccountType
from ..models.transfer_status import TransferStatus
from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="TransferHistoryRow")


@_attrs_define
class TransferHistoryRow:
    """One transfer into or out of the cross margin account or an isolated pair.

    Attributes:
        amount (Decimal):
        asset (str):
        status (TransferStatus): Processing status of a transfer.
        timestamp (int):
        tx_id (int):
        type_ (MarginTransferDirection): Direction of a margin transfer record (into or out of the margin account).
        trans_from (TransferAccountType | Unset): Wallet a margin transfer came from or went to.
        trans_to (TransferAccountType | Unset): Wallet a margin transfer came from or went to.
        from_symbol (str | Unset): Source isolated pair, for transfers out of an isolated account.
        to_symbol (str | Unset): Target isolated pair, for transfers into an isolated account.
    """

    amount: Decimal
    asset: str
    status: TransferStatus
    timestamp: int
    tx_id: int
    type_: MarginTransferDirection
    trans_from: TransferAccountType | Unset = UNSET
    trans_to: TransferAccountType | Unset = UNSET
    from_symbol: str | Unset = UNSET
    to_symbol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = _format_decimal(self.amount)

        asset = self.asset

        status = self.status.value

        timestamp = self.timestamp

        tx_id = self.tx_id

        type_ = self.type_.value

        trans_from: str | Unset = UNSET
        if not isinstance(self.trans_from, Unset):
            trans_from = self.trans_from.value

        trans_to: str | Unset = UNSET
        if not isinstance(self.trans_to, Unset):
            trans_to = self.trans_to.value

        from_symbol = self.from_symbol

        to_symbol = self.to_symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "asset": asset,
                "status": status,
                "timestamp": timestamp,
                "txId": tx_id,
                "type": type_,
            }
        )
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
        amount = _parse_decimal(d.pop("amount"))

        asset = d.pop("asset")

        status = TransferStatus(d.pop("status"))

        timestamp = d.pop("timestamp")

        tx_id = d.pop("txId")

        type_ = MarginTransferDirection(d.pop("type"))

        _trans_from = d.pop("transFrom", UNSET)
        trans_from: TransferAccountType | Unset
        if isinstance(_trans_from, Unset):
            trans_from = UNSET
        else:
            trans_from = TransferAccountType(_trans_from)

        _trans_to = d.pop("transTo", UNSET)
        trans_to: TransferAccountType | Unset
        if isinstance(_trans_to, Unset):
            trans_to = UNSET
        else:
            trans_to = TransferAccountType(_trans_to)

        from_symbol = d.pop("fromSymbol", UNSET)

        to_symbol = d.pop("toSymbol", UNSET)

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
