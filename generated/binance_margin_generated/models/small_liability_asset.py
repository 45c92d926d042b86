from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..types import _DECIMALS, AbsentKeyError, _format_decimal, _parse_decimal

T = TypeVar("T", bound="SmallLiabilityAsset")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "asset",
        "interest",
        "principal",
        "liabilityAsset",
        "liabilityQty",
    ]
)


@_attrs_define
class SmallLiabilityAsset:
    """A cross margin liability that can be converted by a small liability exchange.

    Attributes:
        asset (str): Asset owed.
        interest (Decimal): Interest owed.
        principal (Decimal): Principal owed.
        liability_asset (str): Asset the liability is valued in, e.g. USDT.
        liability_qty (float): Value of the liability in `liabilityAsset` (Binance sends a JSON number, not a string).
    """

    asset: str
    interest: Decimal
    principal: Decimal
    liability_asset: str
    liability_qty: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = ()
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        asset = self.asset

        interest = _format_decimal(self.interest)

        principal = _format_decimal(self.principal)

        liability_asset = self.liability_asset

        liability_qty = self.liability_qty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "interest": interest,
                "principal": principal,
                "liabilityAsset": liability_asset,
                "liabilityQty": liability_qty,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.asset = d["asset"]
            parsed_model_.interest = _DECIMALS[d["interest"]]
            parsed_model_.principal = _DECIMALS[d["principal"]]
            parsed_model_.liability_asset = d["liabilityAsset"]
            parsed_model_.liability_qty = d["liabilityQty"]
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = {} if len(d) == 5 else _unknown_keys(d, _KNOWN_KEYS)
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
            raise AbsentKeyError(key, "SmallLiabilityAsset")
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
            raise TypeError(f"{key!r} is a typed attribute of SmallLiabilityAsset: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """SmallLiabilityAsset.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    asset = d["asset"]

    _interest = d["interest"]
    interest = _DECIMALS.get(_interest)
    if interest is None:
        interest = _parse_decimal(_interest)

    _principal = d["principal"]
    principal = _DECIMALS.get(_principal)
    if principal is None:
        principal = _parse_decimal(_principal)

    liability_asset = d["liabilityAsset"]

    liability_qty = d["liabilityQty"]

    parsed_model_ = cls(
        asset,
        interest,
        principal,
        liability_asset,
        liability_qty,
    )

    if len(d) != 5:
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
