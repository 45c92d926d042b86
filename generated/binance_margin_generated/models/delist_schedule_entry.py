from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _unknown_keys

_new_object = object.__new__
from typing import cast

from ..types import AbsentKeyError

T = TypeVar("T", bound="DelistScheduleEntry")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "delistTime",
        "crossMarginAssets",
        "isolatedMarginSymbols",
    ]
)


@_attrs_define
class DelistScheduleEntry:
    """Assets and isolated pairs delisted from margin at one time.

    Attributes:
        delist_time (int): Delist time (ms).
        cross_margin_assets (list[str]): Cross margin assets delisted at this time.
        isolated_margin_symbols (list[str]): Isolated margin pairs delisted at this time.
    """

    delist_time: int
    cross_margin_assets: list[str]
    isolated_margin_symbols: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cross_margin_assets", "crossMarginAssets"),
        ("isolated_margin_symbols", "isolatedMarginSymbols"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        delist_time = self.delist_time

        cross_margin_assets = self.cross_margin_assets

        isolated_margin_symbols = self.isolated_margin_symbols

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delistTime": delist_time,
                "crossMarginAssets": cross_margin_assets,
                "isolatedMarginSymbols": isolated_margin_symbols,
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
            raise AbsentKeyError(key, "DelistScheduleEntry")
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
            raise TypeError(f"{key!r} is a typed attribute of DelistScheduleEntry: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """DelistScheduleEntry.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    delist_time = d["delistTime"]

    cross_margin_assets = cast(list[str], d["crossMarginAssets"])

    isolated_margin_symbols = cast(list[str], d["isolatedMarginSymbols"])

    parsed_model_ = cls(
        delist_time,
        cross_margin_assets,
        isolated_margin_symbols,
    )

    if len(d) != 3:
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
