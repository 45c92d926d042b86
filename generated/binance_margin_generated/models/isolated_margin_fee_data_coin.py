from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _DECIMALS, _format_decimal, _parse_decimal

T = TypeVar("T", bound="IsolatedMarginFeeDataCoin")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "coin",
        "dailyInterest",
        "borrowLimit",
    ]
)


@_attrs_define
class IsolatedMarginFeeDataCoin:
    """Interest rate and borrow limit of the base or quote coin of an isolated pair.

    Attributes:
        coin (str):
        daily_interest (Decimal): Daily interest rate.
        borrow_limit (Decimal):
    """

    coin: str
    daily_interest: Decimal
    borrow_limit: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        daily_interest = _format_decimal(self.daily_interest)

        borrow_limit = _format_decimal(self.borrow_limit)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "dailyInterest": daily_interest,
                "borrowLimit": borrow_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        coin = d["coin"]

        _daily_interest = d["dailyInterest"]
        daily_interest = _DECIMALS.get(_daily_interest)
        if daily_interest is None:
            daily_interest = _parse_decimal(_daily_interest)

        _borrow_limit = d["borrowLimit"]
        borrow_limit = _DECIMALS.get(_borrow_limit)
        if borrow_limit is None:
            borrow_limit = _parse_decimal(_borrow_limit)

        parsed_model_ = cls(
            coin,
            daily_interest,
            borrow_limit,
        )

        if len(d) != 3:
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
