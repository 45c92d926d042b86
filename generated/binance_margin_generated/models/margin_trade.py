from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..types import _DECIMALS, AbsentKeyError, _format_decimal, _parse_decimal

T = TypeVar("T", bound="MarginTrade")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "commission",
        "commissionAsset",
        "id",
        "isBestMatch",
        "isBuyer",
        "isMaker",
        "orderId",
        "price",
        "qty",
        "symbol",
        "isIsolated",
        "time",
    ]
)


@_attrs_define
class MarginTrade:
    """A trade of a margin account.

    Attributes:
        commission (Decimal): Commission paid.
        commission_asset (str):
        id (int): Trade id.
        is_best_match (bool): Whether the trade was the best price match.
        is_buyer (bool): Whether the account was the buyer.
        is_maker (bool): Whether the account was the maker.
        order_id (int):
        price (Decimal):
        qty (Decimal): Traded quantity.
        symbol (str):
        is_isolated (bool): true for an order of an isolated margin pair.
        time (int): Trade time (ms).
    """

    commission: Decimal
    commission_asset: str
    id: int
    is_best_match: bool
    is_buyer: bool
    is_maker: bool
    order_id: int
    price: Decimal
    qty: Decimal
    symbol: str
    is_isolated: bool
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = ()
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        commission = _format_decimal(self.commission)

        commission_asset = self.commission_asset

        id = self.id

        is_best_match = self.is_best_match

        is_buyer = self.is_buyer

        is_maker = self.is_maker

        order_id = self.order_id

        price = _format_decimal(self.price)

        qty = _format_decimal(self.qty)

        symbol = self.symbol

        is_isolated = self.is_isolated

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commission": commission,
                "commissionAsset": commission_asset,
                "id": id,
                "isBestMatch": is_best_match,
                "isBuyer": is_buyer,
                "isMaker": is_maker,
                "orderId": order_id,
                "price": price,
                "qty": qty,
                "symbol": symbol,
                "isIsolated": is_isolated,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.commission = _DECIMALS[d["commission"]]
            parsed_model_.commission_asset = d["commissionAsset"]
            parsed_model_.id = d["id"]
            parsed_model_.is_best_match = d["isBestMatch"]
            parsed_model_.is_buyer = d["isBuyer"]
            parsed_model_.is_maker = d["isMaker"]
            parsed_model_.order_id = d["orderId"]
            parsed_model_.price = _DECIMALS[d["price"]]
            parsed_model_.qty = _DECIMALS[d["qty"]]
            parsed_model_.symbol = d["symbol"]
            parsed_model_.is_isolated = d["isIsolated"]
            parsed_model_.time = d["time"]
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = {} if len(d) == 12 else _unknown_keys(d, _KNOWN_KEYS)
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
            raise AbsentKeyError(key, "MarginTrade")
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
            raise TypeError(f"{key!r} is a typed attribute of MarginTrade: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """MarginTrade.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    _commission = d["commission"]
    commission = _DECIMALS.get(_commission)
    if commission is None:
        commission = _parse_decimal(_commission)

    commission_asset = d["commissionAsset"]

    id = d["id"]

    is_best_match = d["isBestMatch"]

    is_buyer = d["isBuyer"]

    is_maker = d["isMaker"]

    order_id = d["orderId"]

    _price = d["price"]
    price = _DECIMALS.get(_price)
    if price is None:
        price = _parse_decimal(_price)

    _qty = d["qty"]
    qty = _DECIMALS.get(_qty)
    if qty is None:
        qty = _parse_decimal(_qty)

    symbol = d["symbol"]

    is_isolated = d["isIsolated"]

    time = d["time"]

    parsed_model_ = cls(
        commission,
        commission_asset,
        id,
        is_best_match,
        is_buyer,
        is_maker,
        order_id,
        price,
        qty,
        symbol,
        is_isolated,
        time,
    )

    if len(d) != 12:
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
