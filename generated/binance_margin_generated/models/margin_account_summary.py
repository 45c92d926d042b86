from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..types import _DECIMALS, AbsentKeyError, _format_decimal, _parse_decimal

T = TypeVar("T", bound="MarginAccountSummary")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "normalBar",
        "marginCallBar",
        "forceLiquidationBar",
    ]
)


@_attrs_define
class MarginAccountSummary:
    """Margin level thresholds of the cross margin account.

    Attributes:
        normal_bar (Decimal): Initial margin level.
        margin_call_bar (Decimal): Margin call level.
        force_liquidation_bar (Decimal): Liquidation level.
    """

    normal_bar: Decimal
    margin_call_bar: Decimal
    force_liquidation_bar: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = ()
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        normal_bar = _format_decimal(self.normal_bar)

        margin_call_bar = _format_decimal(self.margin_call_bar)

        force_liquidation_bar = _format_decimal(self.force_liquidation_bar)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "normalBar": normal_bar,
                "marginCallBar": margin_call_bar,
                "forceLiquidationBar": force_liquidation_bar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.normal_bar = _DECIMALS[d["normalBar"]]
            parsed_model_.margin_call_bar = _DECIMALS[d["marginCallBar"]]
            parsed_model_.force_liquidation_bar = _DECIMALS[d["forceLiquidationBar"]]
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = {} if len(d) == 3 else _unknown_keys(d, _KNOWN_KEYS)
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
            raise AbsentKeyError(key, "MarginAccountSummary")
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
            raise TypeError(f"{key!r} is a typed attribute of MarginAccountSummary: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """MarginAccountSummary.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    _normal_bar = d["normalBar"]
    normal_bar = _DECIMALS.get(_normal_bar)
    if normal_bar is None:
        normal_bar = _parse_decimal(_normal_bar)

    _margin_call_bar = d["marginCallBar"]
    margin_call_bar = _DECIMALS.get(_margin_call_bar)
    if margin_call_bar is None:
        margin_call_bar = _parse_decimal(_margin_call_bar)

    _force_liquidation_bar = d["forceLiquidationBar"]
    force_liquidation_bar = _DECIMALS.get(_force_liquidation_bar)
    if force_liquidation_bar is None:
        force_liquidation_bar = _parse_decimal(_force_liquidation_bar)

    parsed_model_ = cls(
        normal_bar,
        margin_call_bar,
        force_liquidation_bar,
    )

    if len(d) != 3:
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
