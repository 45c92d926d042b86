from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _DECIMALS, _format_decimal, _parse_decimal

T = TypeVar("T", bound="MaxBorrowable")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "amount",
        "borrowLimit",
    ]
)


@_attrs_define
class MaxBorrowable:
    """How much of an asset the account can borrow.

    Attributes:
        amount (Decimal): The account's current max borrowable amount, assuming sufficient system inventory.
        borrow_limit (Decimal): Max borrowable amount allowed by the account's level.
    """

    amount: Decimal
    borrow_limit: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = _format_decimal(self.amount)

        borrow_limit = _format_decimal(self.borrow_limit)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "borrowLimit": borrow_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _amount = d["amount"]
        amount = _DECIMALS.get(_amount)
        if amount is None:
            amount = _parse_decimal(_amount)

        _borrow_limit = d["borrowLimit"]
        borrow_limit = _DECIMALS.get(_borrow_limit)
        if borrow_limit is None:
            borrow_limit = _parse_decimal(_borrow_limit)

        parsed_model_ = cls(
            amount,
            borrow_limit,
        )

        if len(d) != 2:
            parsed_model_.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
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
