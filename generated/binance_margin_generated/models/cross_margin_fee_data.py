from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _unknown_keys

_new_object = object.__new__
from decimal import Decimal
from typing import cast

from ..types import _DECIMALS, AbsentKeyError, _format_decimal, _parse_decimal

T = TypeVar("T", bound="CrossMarginFeeData")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "vipLevel",
        "coin",
        "transferIn",
        "borrowable",
        "dailyInterest",
        "yearlyInterest",
        "borrowLimit",
        "marginablePairs",
    ]
)


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

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (("marginable_pairs", "marginablePairs"),)
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
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
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        return _from_dict_checked(cls, src_dict)

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
            raise AbsentKeyError(key, "CrossMarginFeeData")
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
            raise TypeError(f"{key!r} is a typed attribute of CrossMarginFeeData: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """CrossMarginFeeData.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    vip_level = d["vipLevel"]

    coin = d["coin"]

    transfer_in = d["transferIn"]

    borrowable = d["borrowable"]

    _daily_interest = d["dailyInterest"]
    daily_interest = _DECIMALS.get(_daily_interest)
    if daily_interest is None:
        daily_interest = _parse_decimal(_daily_interest)

    _yearly_interest = d["yearlyInterest"]
    yearly_interest = _DECIMALS.get(_yearly_interest)
    if yearly_interest is None:
        yearly_interest = _parse_decimal(_yearly_interest)

    _borrow_limit = d["borrowLimit"]
    borrow_limit = _DECIMALS.get(_borrow_limit)
    if borrow_limit is None:
        borrow_limit = _parse_decimal(_borrow_limit)

    marginable_pairs = cast(list[str], d["marginablePairs"])

    parsed_model_ = cls(
        vip_level,
        coin,
        transfer_in,
        borrowable,
        daily_interest,
        yearly_interest,
        borrow_limit,
        marginable_pairs,
    )

    if len(d) != 8:
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
