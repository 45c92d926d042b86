from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="LiquidationLoanRepayHistoryRow")


@_attrs_define
class LiquidationLoanRepayHistoryRow:
    """
    Attributes:
        repay_id (int | Unset):
        asset (str | Unset):
        amount (Decimal | Unset):
        status (str | Unset):
        create_time (int | Unset):
    """

    repay_id: int | Unset = UNSET
    asset: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    status: str | Unset = UNSET
    create_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repay_id = self.repay_id

        asset = self.asset

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = _format_decimal(self.amount)

        status = self.status

        create_time = self.create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if repay_id is not UNSET:
            field_dict["repayId"] = repay_id
        if asset is not UNSET:
            field_dict["asset"] = asset
        if amount is not UNSET:
            field_dict["amount"] = amount
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["createTime"] = create_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        repay_id = d.pop("repayId", UNSET)

        asset = d.pop("asset", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = _parse_decimal(_amount)

        status = d.pop("status", UNSET)

        create_time = d.pop("createTime", UNSET)

        parsed_model_ = cls(
            repay_id=repay_id,
            asset=asset,
            amount=amount,
            status=status,
            create_time=create_time,
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
