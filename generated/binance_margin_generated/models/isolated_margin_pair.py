from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IsolatedMarginPair")


@_attrs_define
class IsolatedMarginPair:
    """
    Attributes:
        base (str | Unset):
        is_buy_allowed (bool | Unset):
        is_margin_trade (bool | Unset):
        is_sell_allowed (bool | Unset):
        quote (str | Unset):
        symbol (str | Unset):
    """

    base: str | Unset = UNSET
    is_buy_allowed: bool | Unset = UNSET
    is_margin_trade: bool | Unset = UNSET
    is_sell_allowed: bool | Unset = UNSET
    quote: str | Unset = UNSET
    symbol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        is_buy_allowed = self.is_buy_allowed

        is_margin_trade = self.is_margin_trade

        is_sell_allowed = self.is_sell_allowed

        quote = self.quote

        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base is not UNSET:
            field_dict["base"] = base
        if is_buy_allowed is not UNSET:
            field_dict["isBuyAllowed"] = is_buy_allowed
        if is_margin_trade is not UNSET:
            field_dict["isMarginTrade"] = is_margin_trade
        if is_sell_allowed is not UNSET:
            field_dict["isSellAllowed"] = is_sell_allowed
        if quote is not UNSET:
            field_dict["quote"] = quote
        if symbol is not UNSET:
            field_dict["symbol"] = symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base = d.pop("base", UNSET)

        is_buy_allowed = d.pop("isBuyAllowed", UNSET)

        is_margin_trade = d.pop("isMarginTrade", UNSET)

        is_sell_allowed = d.pop("isSellAllowed", UNSET)

        quote = d.pop("quote", UNSET)

        symbol = d.pop("symbol", UNSET)

        parsed_model_ = cls(
            base=base,
            is_buy_allowed=is_buy_allowed,
            is_margin_trade=is_margin_trade,
            is_sell_allowed=is_sell_allowed,
            quote=quote,
            symbol=symbol,
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
