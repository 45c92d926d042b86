from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..types import _DECIMALS, UNSET, AbsentKeyError, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="CollateralRatioTierCollateral")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "minUsdValue",
        "discountRate",
        "maxUsdValue",
    ]
)


@_attrs_define
class CollateralRatioTierCollateral:
    """One tier of USD value and the discount rate applied to the part of an asset's value in it.

    Attributes:
        min_usd_value (Decimal): Lower bound of the tier, in USD.
        discount_rate (Decimal): Fraction of the value in this tier counted as collateral (1 = all of it).
        max_usd_value (Decimal | Unset): Upper bound of the tier, in USD; absent for the open top tier.
    """

    min_usd_value: Decimal
    discount_rate: Decimal
    max_usd_value: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = ()
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        min_usd_value = _format_decimal(self.min_usd_value)

        discount_rate = _format_decimal(self.discount_rate)

        max_usd_value: str | Unset = UNSET
        if not isinstance(self.max_usd_value, Unset):
            max_usd_value = _format_decimal(self.max_usd_value)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minUsdValue": min_usd_value,
                "discountRate": discount_rate,
            }
        )
        if max_usd_value is not UNSET:
            field_dict["maxUsdValue"] = max_usd_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.min_usd_value = _DECIMALS[d["minUsdValue"]]
            parsed_model_.discount_rate = _DECIMALS[d["discountRate"]]
            _max_usd_value = d.get("maxUsdValue", UNSET)
            parsed_model_.max_usd_value = UNSET if _max_usd_value is UNSET else _DECIMALS[_max_usd_value]
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {} if len(d) == 2 + (_max_usd_value is not UNSET) else _unknown_keys(d, _KNOWN_KEYS)
        )
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
            raise AbsentKeyError(key, "CollateralRatioTierCollateral")
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
            raise TypeError(f"{key!r} is a typed attribute of CollateralRatioTierCollateral: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """CollateralRatioTierCollateral.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    _min_usd_value = d["minUsdValue"]
    min_usd_value = _DECIMALS.get(_min_usd_value)
    if min_usd_value is None:
        min_usd_value = _parse_decimal(_min_usd_value)

    _discount_rate = d["discountRate"]
    discount_rate = _DECIMALS.get(_discount_rate)
    if discount_rate is None:
        discount_rate = _parse_decimal(_discount_rate)

    _max_usd_value = d.get("maxUsdValue", UNSET)
    max_usd_value: Decimal | Unset
    if _max_usd_value is UNSET:
        max_usd_value = UNSET
    else:
        _max_usd_value_cached = _DECIMALS.get(_max_usd_value)
        max_usd_value = _max_usd_value_cached if _max_usd_value_cached is not None else _parse_decimal(_max_usd_value)

    parsed_model_ = cls(
        min_usd_value,
        discount_rate,
        max_usd_value,
    )

    if len(d) != 2 + ("maxUsdValue" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
