from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.liquidation_loan_repay_status import LiquidationLoanRepayStatus
from ..types import _format_decimal, _parse_decimal

T = TypeVar("T", bound="LiquidationLoanRepayResult")


@_attrs_define
class LiquidationLoanRepayResult:
    """A repayment of the cross margin liquidation loan (the repay answer and each repay-history row).

    Attributes:
        repay_id (int): Unique id of the repayment.
        asset (str): Asset used for the repayment.
        amount (Decimal): Amount actually repaid.
        status (LiquidationLoanRepayStatus): Status of a liquidation loan repayment (SUCCESS completed, PENDING
            processing; failures are errors).
        create_time (int): When the repayment was created (ms).
    """

    repay_id: int
    asset: str
    amount: Decimal
    status: LiquidationLoanRepayStatus
    create_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repay_id = self.repay_id

        asset = self.asset

        amount = _format_decimal(self.amount)

        status = self.status.value

        create_time = self.create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repayId": repay_id,
                "asset": asset,
                "amount": amount,
                "status": status,
                "createTime": create_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        repay_id = d.pop("repayId")

        asset = d.pop("asset")

        amount = _parse_decimal(d.pop("amount"))

        status = LiquidationLoanRepayStatus(d.pop("status"))

        create_time = d.pop("createTime")

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
