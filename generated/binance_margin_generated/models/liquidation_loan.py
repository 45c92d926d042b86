from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="LiquidationLoan")


@_attrs_define
class LiquidationLoan:
    """The cross margin liquidation loan (deficit left by a bankrupt liquidation). No field is marked required: Binance
    does not document the answer for an account that has no liquidation loan.

        Attributes:
            asset (str | Unset): Asset of the loan (USDC by default).
            amount (Decimal | Unset): Total liquidation loan amount.
            repaid_amount (Decimal | Unset): Amount repaid so far.
            remaining_amount (Decimal | Unset): Amount still to repay.
    """

    asset: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    repaid_amount: Decimal | Unset = UNSET
    remaining_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = _format_decimal(self.amount)

        repaid_amount: str | Unset = UNSET
        if not isinstance(self.repaid_amount, Unset):
            repaid_amount = _format_decimal(self.repaid_amount)

        remaining_amount: str | Unset = UNSET
        if not isinstance(self.remaining_amount, Unset):
            remaining_amount = _format_decimal(self.remaining_amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset is not UNSET:
            field_dict["asset"] = asset
        if amount is not UNSET:
            field_dict["amount"] = amount
        if repaid_amount is not UNSET:
            field_dict["repaidAmount"] = repaid_amount
        if remaining_amount is not UNSET:
            field_dict["remainingAmount"] = remaining_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = _parse_decimal(_amount)

        _repaid_amount = d.pop("repaidAmount", UNSET)
        repaid_amount: Decimal | Unset
        if isinstance(_repaid_amount, Unset):
            repaid_amount = UNSET
        else:
            repaid_amount = _parse_decimal(_repaid_amount)

        _remaining_amount = d.pop("remainingAmount", UNSET)
        remaining_amount: Decimal | Unset
        if isinstance(_remaining_amount, Unset):
            remaining_amount = UNSET
        else:
            remaining_amount = _parse_decimal(_remaining_amount)

        parsed_model_ = cls(
            asset=asset,
            amount=amount,
            repaid_amount=repaid_amount,
            remaining_amount=remaining_amount,
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
