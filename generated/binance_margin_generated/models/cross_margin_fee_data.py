from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="CrossMarginFeeData")


@_attrs_define
class CrossMarginFeeData:
    """
    Attributes:
        vip_level (int | Unset):
        coin (str | Unset):
        transfer_in (bool | Unset):
        borrowable (bool | Unset):
        daily_interest (Decimal | Unset):
        yearly_interest (Decimal | Unset):
        borrow_limit (Decimal | Unset):
        marginable_pairs (list[Decimal] | Unset):
    """

    vip_level: int | Unset = UNSET
    coin: str | Unset = UNSET
    transfer_in: bool | Unset = UNSET
    borrowable: bool | Unset = UNSET
    daily_interest: Decimal | Unset = UNSET
    yearly_interest: Decimal | Unset = UNSET
    borrow_limit: Decimal | Unset = UNSET
    marginable_pairs: list[Decimal] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vip_level = self.vip_level

        coin = self.coin

        transfer_in = self.transfer_in

        borrowable = self.borrowable

        daily_interest: str | Unset = UNSET
        if not isinstance(self.daily_interest, Unset):
            daily_interest = _format_decimal(self.daily_interest)

        yearly_interest: str | Unset = UNSET
        if not isinstance(self.yearly_interest, Unset):
            yearly_interest = _format_decimal(self.yearly_interest)

        borrow_limit: str | Unset = UNSET
        if not isinstance(self.borrow_limit, Unset):
            borrow_limit = _format_decimal(self.borrow_limit)

        marginable_pairs: list[str] | Unset = UNSET
        if not isinstance(self.marginable_pairs, Unset):
            marginable_pairs = []
            for marginable_pairs_item_data in self.marginable_pairs:
                marginable_pairs_item = _format_decimal(marginable_pairs_item_data)
                marginable_pairs.append(marginable_pairs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vip_level is not UNSET:
            field_dict["vipLevel"] = vip_level
        if coin is not UNSET:
            field_dict["coin"] = coin
        if transfer_in is not UNSET:
            field_dict["transferIn"] = transfer_in
        if borrowable is not UNSET:
            field_dict["borrowable"] = borrowable
        if daily_interest is not UNSET:
            field_dict["dailyInterest"] = daily_interest
        if yearly_interest is not UNSET:
            field_dict["yearlyInterest"] = yearly_interest
        if borrow_limit is not UNSET:
            field_dict["borrowLimit"] = borrow_limit
        if marginable_pairs is not UNSET:
            field_dict["marginablePairs"] = marginable_pairs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vip_level = d.pop("vipLevel", UNSET)

        coin = d.pop("coin", UNSET)

        transfer_in = d.pop("transferIn", UNSET)

        borrowable = d.pop("borrowable", UNSET)

        _daily_interest = d.pop("dailyInterest", UNSET)
        daily_interest: Decimal | Unset
        if isinstance(_daily_interest, Unset):
            daily_interest = UNSET
        else:
            daily_interest = _parse_decimal(_daily_interest)

        _yearly_interest = d.pop("yearlyInterest", UNSET)
        yearly_interest: Decimal | Unset
        if isinstance(_yearly_interest, Unset):
            yearly_interest = UNSET
        else:
            yearly_interest = _parse_decimal(_yearly_interest)

        _borrow_limit = d.pop("borrowLimit", UNSET)
        borrow_limit: Decimal | Unset
        if isinstance(_borrow_limit, Unset):
            borrow_limit = UNSET
        else:
            borrow_limit = _parse_decimal(_borrow_limit)

        _marginable_pairs = d.pop("marginablePairs", UNSET)
        marginable_pairs: list[Decimal] | Unset = UNSET
        if _marginable_pairs is not UNSET:
            marginable_pairs = []
            for marginable_pairs_item_data in _marginable_pairs:
                marginable_pairs_item = _parse_decimal(marginable_pairs_item_data)

                marginable_pairs.append(marginable_pairs_item)

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
