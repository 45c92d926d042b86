from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _format_decimal, _parse_decimal

T = TypeVar("T", bound="CrossMarginFeeData")


@_attrs_define
class CrossMarginFeeData:
    """Cross margin interest rate and borrow limit of one coin at one VIP level.

    Attributes:
        vip_level (int):
        coin (str):
        transfer_in (bool): The coin can be transferred into the cross margin account.
        borrowable (bool):
        daily_interest (Decimal): Daily interest rate.
        yearly_interest (Decimal): Yearly interest rate.
        borrow_limit (Decimal):
        marginable_pairs (list[str]): Cross margin pairs this coin can be used in.
    """

    vip_level: int
    coin: str
    transfer_in: bool
    borrowable: bool
    daily_interest: Decimal
    yearly_interest: Decimal
    borrow_limit: Decimal
    marginable_pairs: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vip_level = self.vip_level

        coin = self.coin

        transfer_in = self.transfer_in

        borrowable = self.borrowable

        daily_interest = _format_decimal(self.daily_interest)

        yearly_interest = _format_decimal(self.yearly_interest)

        borrow_limit = _format_decimal(self.borrow_limit)

        marginable_pairs = self.marginable_pairs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vipLevel": vip_level,
                "coin": coin,
                "transferIn": transfer_in,
                "borrowable": borrowable,
                "dailyInterest": daily_interest,
                "yearlyInterest": yearly_interest,
                "borrowLimit": borrow_limit,
                "marginablePairs": marginable_pairs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vip_level = d.pop("vipLevel")

        coin = d.pop("coin")

        transfer_in = d.pop("transferIn")

        borrowable = d.pop("borrowable")

        daily_interest = _parse_decimal(d.pop("dailyInterest"))

        yearly_interest = _parse_decimal(d.pop("yearlyInterest"))

        borrow_limit = _parse_decimal(d.pop("borrowLimit"))

        marginable_pairs = cast(list[str], d.pop("marginablePairs"))

        parsed_model_ = cls(
            vip_level=vip_level,
            coin=coin,
            transfer_in=transfer_in,
            borrowable=borrowable,
            daily_interest=daily_interest,
            yearly_interest=yearly_interest,
            borrow_limit=borrow_limit,
            marginable_pairs=marginable_pairs,
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
