from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..models.self_trade_prevention_mode import SELF_TRADE_PREVENTION_MODE_BY_VALUE, SelfTradePreventionMode
from ..types import _DECIMALS, AbsentKeyError, _format_decimal, _parse_decimal

T = TypeVar("T", bound="PreventedMatch")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "symbol",
        "preventedMatchId",
        "takerOrderId",
        "makerSymbol",
        "makerOrderId",
        "tradeGroupId",
        "selfTradePreventionMode",
        "price",
        "makerPreventedQuantity",
        "transactTime",
    ]
)


@_attrs_define
class PreventedMatch:
    """An order expired by self-trade prevention (STP).

    Attributes:
        symbol (str):
        prevented_match_id (int): Unique id of the prevented match event.
        taker_order_id (int): Order id of the taker order that triggered STP.
        maker_symbol (str): Symbol of the maker order.
        maker_order_id (int): Order id of the maker order involved in STP.
        trade_group_id (int): Trade group of the accounts involved.
        self_trade_prevention_mode (SelfTradePreventionMode): Self-trade prevention mode (the allowed set depends on the
            symbol).
        price (Decimal): Price at which the match would have occurred.
        maker_prevented_quantity (Decimal): Quantity of the maker order that was prevented from matching.
        transact_time (int): Time of the prevented match (ms).
    """

    symbol: str
    prevented_match_id: int
    taker_order_id: int
    maker_symbol: str
    maker_order_id: int
    trade_group_id: int
    self_trade_prevention_mode: SelfTradePreventionMode
    price: Decimal
    maker_prevented_quantity: Decimal
    transact_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (("self_trade_prevention_mode", "selfTradePreventionMode"),)
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        symbol = self.symbol

        prevented_match_id = self.prevented_match_id

        taker_order_id = self.taker_order_id

        maker_symbol = self.maker_symbol

        maker_order_id = self.maker_order_id

        trade_group_id = self.trade_group_id

        self_trade_prevention_mode = self.self_trade_prevention_mode.value

        price = _format_decimal(self.price)

        maker_prevented_quantity = _format_decimal(self.maker_prevented_quantity)

        transact_time = self.transact_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "preventedMatchId": prevented_match_id,
                "takerOrderId": taker_order_id,
                "makerSymbol": maker_symbol,
                "makerOrderId": maker_order_id,
                "tradeGroupId": trade_group_id,
                "selfTradePreventionMode": self_trade_prevention_mode,
                "price": price,
                "makerPreventedQuantity": maker_prevented_quantity,
                "transactTime": transact_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.symbol = d["symbol"]
            parsed_model_.prevented_match_id = d["preventedMatchId"]
            parsed_model_.taker_order_id = d["takerOrderId"]
            parsed_model_.maker_symbol = d["makerSymbol"]
            parsed_model_.maker_order_id = d["makerOrderId"]
            parsed_model_.trade_group_id = d["tradeGroupId"]
            parsed_model_.self_trade_prevention_mode = SELF_TRADE_PREVENTION_MODE_BY_VALUE[d["selfTradePreventionMode"]]
            parsed_model_.price = _DECIMALS[d["price"]]
            parsed_model_.maker_prevented_quantity = _DECIMALS[d["makerPreventedQuantity"]]
            parsed_model_.transact_time = d["transactTime"]
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = {} if len(d) == 10 else _unknown_keys(d, _KNOWN_KEYS)
        return parsed_model_

    @property
    def additional_keys(self) -> list[str]:
        """The JSON keys Binance sent that the spec does not document."""
        return list(self.additional_properties.keys())

    # Read by JSON key, as the dict Binance sent (python-binance style): documented keys give their value in the
    # wire form (numeric strings stay strings, nested objects are dicts), other keys the extra fields.
    def __getitem__(self, key: str) -> Any:
        if key in _KNOWN_KEYS:
            data = self.to_dict()
            if key in data:
                return data[key]
            raise AbsentKeyError(key, "PreventedMatch")
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        """The value of the JSON key ``key`` as Binance sent it, or ``default`` when the response has no such key."""
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self) -> list[str]:
        """The JSON keys of the response."""
        return list(self.to_dict())

    def values(self) -> list[Any]:
        """The values of the response, as Binance sent them."""
        return list(self.to_dict().values())

    def items(self) -> list[tuple[str, Any]]:
        """The (JSON key, value) pairs of the response, as Binance sent them."""
        return list(self.to_dict().items())

    def __setitem__(self, key: str, value: Any) -> None:
        if key in _KNOWN_KEYS:
            raise TypeError(f"{key!r} is a typed attribute of PreventedMatch: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """PreventedMatch.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    symbol = d["symbol"]

    prevented_match_id = d["preventedMatchId"]

    taker_order_id = d["takerOrderId"]

    maker_symbol = d["makerSymbol"]

    maker_order_id = d["makerOrderId"]

    trade_group_id = d["tradeGroupId"]

    _self_trade_prevention_mode = d["selfTradePreventionMode"]
    self_trade_prevention_mode = SELF_TRADE_PREVENTION_MODE_BY_VALUE.get(
        _self_trade_prevention_mode
    ) or SelfTradePreventionMode(_self_trade_prevention_mode)

    _price = d["price"]
    price = _DECIMALS.get(_price)
    if price is None:
        price = _parse_decimal(_price)

    _maker_prevented_quantity = d["makerPreventedQuantity"]
    maker_prevented_quantity = _DECIMALS.get(_maker_prevented_quantity)
    if maker_prevented_quantity is None:
        maker_prevented_quantity = _parse_decimal(_maker_prevented_quantity)

    transact_time = d["transactTime"]

    parsed_model_ = cls(
        symbol,
        prevented_match_id,
        taker_order_id,
        maker_symbol,
        maker_order_id,
        trade_group_id,
        self_trade_prevention_mode,
        price,
        maker_prevented_quantity,
        transact_time,
    )

    if len(d) != 10:
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
