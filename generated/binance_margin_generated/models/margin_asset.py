from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..types import _DECIMALS, UNSET, AbsentKeyError, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="MarginAsset")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "assetFullName",
        "assetName",
        "isBorrowable",
        "isMortgageable",
        "userMinBorrow",
        "userMinRepay",
        "delistTime",
    ]
)


@_attrs_define
class MarginAsset:
    """A margin asset (GET /sapi/v1/margin/allAssets).

    Attributes:
        asset_full_name (str): Full name of the asset, e.g. "USD coin".
        asset_name (str): Asset code, e.g. USDC.
        is_borrowable (bool): Whether the asset can be borrowed.
        is_mortgageable (bool): Whether the asset counts as collateral.
        user_min_borrow (Decimal): Minimum amount a user can borrow.
        user_min_repay (Decimal): Minimum amount a user can repay.
        delist_time (int | Unset): Scheduled delist time; only sent for assets being delisted (the docs example shows a
            value in seconds).
    """

    asset_full_name: str
    asset_name: str
    is_borrowable: bool
    is_mortgageable: bool
    user_min_borrow: Decimal
    user_min_repay: Decimal
    delist_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = ()
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        asset_full_name = self.asset_full_name

        asset_name = self.asset_name

        is_borrowable = self.is_borrowable

        is_mortgageable = self.is_mortgageable

        user_min_borrow = _format_decimal(self.user_min_borrow)

        user_min_repay = _format_decimal(self.user_min_repay)

        delist_time = self.delist_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetFullName": asset_full_name,
                "assetName": asset_name,
                "isBorrowable": is_borrowable,
                "isMortgageable": is_mortgageable,
                "userMinBorrow": user_min_borrow,
                "userMinRepay": user_min_repay,
            }
        )
        if delist_time is not UNSET:
            field_dict["delistTime"] = delist_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.asset_full_name = d["assetFullName"]
            parsed_model_.asset_name = d["assetName"]
            parsed_model_.is_borrowable = d["isBorrowable"]
            parsed_model_.is_mortgageable = d["isMortgageable"]
            parsed_model_.user_min_borrow = _DECIMALS[d["userMinBorrow"]]
            parsed_model_.user_min_repay = _DECIMALS[d["userMinRepay"]]
            parsed_model_.delist_time = delist_time = d.get("delistTime", UNSET)
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {} if len(d) == 6 + (delist_time is not UNSET) else _unknown_keys(d, _KNOWN_KEYS)
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
            raise AbsentKeyError(key, "MarginAsset")
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
            raise TypeError(f"{key!r} is a typed attribute of MarginAsset: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """MarginAsset.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    asset_full_name = d["assetFullName"]

    asset_name = d["assetName"]

    is_borrowable = d["isBorrowable"]

    is_mortgageable = d["isMortgageable"]

    _user_min_borrow = d["userMinBorrow"]
    user_min_borrow = _DECIMALS.get(_user_min_borrow)
    if user_min_borrow is None:
        user_min_borrow = _parse_decimal(_user_min_borrow)

    _user_min_repay = d["userMinRepay"]
    user_min_repay = _DECIMALS.get(_user_min_repay)
    if user_min_repay is None:
        user_min_repay = _parse_decimal(_user_min_repay)

    delist_time = d.get("delistTime", UNSET)

    parsed_model_ = cls(
        asset_full_name,
        asset_name,
        is_borrowable,
        is_mortgageable,
        user_min_borrow,
        user_min_repay,
        delist_time,
    )

    if len(d) != 6 + ("delistTime" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
