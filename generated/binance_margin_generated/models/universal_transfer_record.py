from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_status import TransferStatus
from ..types import _format_decimal, _parse_decimal

T = TypeVar("T", bound="UniversalTransferRecord")


@_attrs_define
class UniversalTransferRecord:
    """One universal transfer.

    Attributes:
        asset (str):
        amount (Decimal):
        type_ (str): Transfer type as requested (any of Binance's universal transfer types, e.g. MARGIN_MAIN).
        status (TransferStatus): Processing status of a transfer.
        tran_id (int):
        timestamp (int):
    """

    asset: str
    amount: Decimal
    type_: str
    status: TransferStatus
    tran_id: int
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        amount = _format_decimal(self.amount)

        type_ = self.type_

        status = self.status.value

        tran_id = self.tran_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "amount": amount,
                "type": type_,
                "status": status,
                "tranId": tran_id,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset")

        amount = _parse_decimal(d.pop("amount"))

        type_ = d.pop("type")

        status = TransferStatus(d.pop("status"))

        tran_id = d.pop("tranId")

        timestamp = d.pop("timestamp")

        parsed_model_ = cls(
            asset=asset,
            amount=amount,
            type_=type_,
            status=status,
            tran_id=tran_id,
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
