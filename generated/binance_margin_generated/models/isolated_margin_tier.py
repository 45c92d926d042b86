from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..types import _DECIMALS, AbsentKeyError, _format_decimal, _parse_decimal

T = TypeVar("T", bound="IsolatedMarginTier")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "symbol",
        "tier",
        "effectiveMultiple",
        "initialRiskRatio",
        "liquidationRiskRatio",
        "baseAssetMaxBorrowable",
        "quoteAssetMaxBorrowable",
    ]
)


@_attrs_define
class IsolatedMarginTier:
    """One isolated margin tier of a pair.

    Attributes:
        symbol (str):
        tier (int): Tier number (1 = lowest).
        effective_multiple (Decimal): Effective leverage multiple of the tier.
        initial_risk_ratio (Decimal): Initial risk ratio (margin level required to open).
        liquidation_risk_ratio (Decimal): Liquidation risk ratio (margin level at which liquidation starts).
        base_asset_max_borrowable (Decimal): Maximum borrowable amount of the base asset in this tier.
        quote_asset_max_borrowable (Decimal): Maximum borrowable amount of the quote asset in this tier.
    """

    symbol: str
    tier: int
    effective_multiple: Decimal
    initial_risk_ratio: Decimal
    liquidation_risk_ratio: Decimal
    base_asset_max_borrowable: Decimal
    quote_asset_max_borrowable: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = ()
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        symbol = self.symbol

        tier = self.tier

        effective_multiple = _format_decimal(self.effective_multiple)

        initial_risk_ratio = _format_decimal(self.initial_risk_ratio)

        liquidation_risk_ratio = _format_decimal(self.liquidation_risk_ratio)

        base_asset_max_borrowable = _format_decimal(self.base_asset_max_borrowable)

        quote_asset_max_borrowable = _format_decimal(self.quote_asset_max_borrowable)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "tier": tier,
                "effectiveMultiple": effective_multiple,
                "initialRiskRatio": initial_risk_ratio,
                "liquidationRiskRatio": liquidation_risk_ratio,
                "baseAssetMaxBorrowable": base_asset_max_borrowable,
                "quoteAssetMaxBorrowable": quote_asset_max_borrowable,
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
            parsed_model_.tier = d["tier"]
            parsed_model_.effective_multiple = _DECIMALS[d["effectiveMultiple"]]
            parsed_model_.initial_risk_ratio = _DECIMALS[d["initialRiskRatio"]]
            parsed_model_.liquidation_risk_ratio = _DECIMALS[d["liquidationRiskRatio"]]
            parsed_model_.base_asset_max_borrowable = _DECIMALS[d["baseAssetMaxBorrowable"]]
            parsed_model_.quote_asset_max_borrowable = _DECIMALS[d["quoteAssetMaxBorrowable"]]
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = {} if len(d) == 7 else _unknown_keys(d, _KNOWN_KEYS)
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
            raise AbsentKeyError(key, "IsolatedMarginTier")
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
            raise TypeError(f"{key!r} is a typed attribute of IsolatedMarginTier: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """IsolatedMarginTier.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    symbol = d["symbol"]

    tier = d["tier"]

    _effective_multiple = d["effectiveMultiple"]
    effective_multiple = _DECIMALS.get(_effective_multiple)
    if effective_multiple is None:
        effective_multiple = _parse_decimal(_effective_multiple)

    _initial_risk_ratio = d["initialRiskRatio"]
    initial_risk_ratio = _DECIMALS.get(_initial_risk_ratio)
    if initial_risk_ratio is None:
        initial_risk_ratio = _parse_decimal(_initial_risk_ratio)

    _liquidation_risk_ratio = d["liquidationRiskRatio"]
    liquidation_risk_ratio = _DECIMALS.get(_liquidation_risk_ratio)
    if liquidation_risk_ratio is None:
        liquidation_risk_ratio = _parse_decimal(_liquidation_risk_ratio)

    _base_asset_max_borrowable = d["baseAssetMaxBorrowable"]
    base_asset_max_borrowable = _DECIMALS.get(_base_asset_max_borrowable)
    if base_asset_max_borrowable is None:
        base_asset_max_borrowable = _parse_decimal(_base_asset_max_borrowable)

    _quote_asset_max_borrowable = d["quoteAssetMaxBorrowable"]
    quote_asset_max_borrowable = _DECIMALS.get(_quote_asset_max_borrowable)
    if quote_asset_max_borrowable is None:
        quote_asset_max_borrowable = _parse_decimal(_quote_asset_max_borrowable)

    parsed_model_ = cls(
        symbol,
        tier,
        effective_multiple,
        initial_risk_ratio,
        liquidation_risk_ratio,
        base_asset_max_borrowable,
        quote_asset_max_borrowable,
    )

    if len(d) != 7:
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
