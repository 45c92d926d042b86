from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="MaxBorrowable")


@_attrs_define
class MaxBorrowable:
    """
    Attributes:
        amount (Decimal | Unset):
        borrow_limit (Decimal | Unset):
    """

    amount: Decimal | Unset = UNSET
    borrow_limit: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = _format_decimal(self.amount)

        borrow_limit: str | Unset = UNSET
        if not isinstance(self.borrow_limit, Unset):
            borrow_limit = _format_decimal(self.borrow_limit)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if borrow_limit is not UNSET:
            field_dict["borrowLimit"] = borrow_limit

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

        _borrow_limit = d.pop("borrowLimit", UNSET)
        borrow_limit: Decimal | Unset
        if isinstance(_borrow_limit, Unset):
            borrow_limit = UNSET
        else:
            borrow_limit = _parse_decimal(_borrow_limit)

        parsed_model_ = cls(
            amount=amount,
            borrow_limit=borrow_limit,
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
