from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IsolatedMarginPair")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "base",
        "isBuyAllowed",
        "isMarginTrade",
        "isSellAllowed",
        "quote",
        "symbol",
    ]
)


@_attrs_define
class IsolatedMarginPair:
    """An isolated margin pair (GET /sapi/v1/margin/isolated/allPairs).

    Attributes:
        base (str): Base asset.
        is_buy_allowed (bool):
        is_margin_trade (bool): Whether margin trading is enabled for the pair.
        is_sell_allowed (bool):
        quote (str): Quote asset.
        symbol (str):
    """

    base: str
    is_buy_allowed: bool
    is_margin_trade: bool
    is_sell_allowed: bool
    quote: str
    symbol: str
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
        field_dict.update(
            {
                "base": base,
                "isBuyAllowed": is_buy_allowed,
                "isMarginTrade": is_margin_trade,
                "isSellAllowed": is_sell_allowed,
                "quote": quote,
                "symbol": symbol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        base = d["base"]

        is_buy_allowed = d["isBuyAllowed"]

        is_margin_trade = d["isMarginTrade"]

        is_sell_allowed = d["isSellAllowed"]

        quote = d["quote"]

        symbol = d["symbol"]

        parsed_model_ = cls(
            base,
            is_buy_allowed,
            is_margin_trade,
            is_sell_allowed,
            quote,
            symbol,
        )

        if len(d) != 6:
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
