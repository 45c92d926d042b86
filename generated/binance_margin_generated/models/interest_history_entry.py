from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..models.interest_type import INTEREST_TYPE_BY_VALUE, InterestType
from ..types import _DECIMALS, UNSET, AbsentKeyError, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="InterestHistoryEntry")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "txId",
        "interestAccuredTime",
        "asset",
        "principal",
        "interest",
        "interestRate",
        "type",
        "rawAsset",
        "isolatedSymbol",
    ]
)


@_attrs_define
class InterestHistoryEntry:
    """One interest charge on a margin loan.

    Attributes:
        tx_id (int): Transaction id; can exceed 2^53.
        interest_accured_time (int): When the interest accrued (ms). Binance's spelling.
        asset (str): Asset the interest was charged in.
        principal (Decimal):
        interest (Decimal):
        interest_rate (Decimal): Interest rate applied.
        type_ (InterestType): Kind of interest charge: PERIODIC (hourly), ON_BORROW (first charge on borrowing),
            PERIODIC_CONVERTED and ON_BORROW_CONVERTED (the same, paid in BNB), PORTFOLIO (daily interest on a portfolio
            margin negative balance).
        raw_asset (str | Unset): Asset of the loan; not returned for isolated margin.
        isolated_symbol (str | Unset): Isolated pair; not returned for cross margin.
    """

    tx_id: int
    interest_accured_time: int
    asset: str
    principal: Decimal
    interest: Decimal
    interest_rate: Decimal
    type_: InterestType
    raw_asset: str | Unset = UNSET
    isolated_symbol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (("type_", "type"),)
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        tx_id = self.tx_id

        interest_accured_time = self.interest_accured_time

        asset = self.asset

        principal = _format_decimal(self.principal)

        interest = _format_decimal(self.interest)

        interest_rate = _format_decimal(self.interest_rate)

        type_ = self.type_.value

        raw_asset = self.raw_asset

        isolated_symbol = self.isolated_symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "txId": tx_id,
                "interestAccuredTime": interest_accured_time,
                "asset": asset,
                "principal": principal,
                "interest": interest,
                "interestRate": interest_rate,
                "type": type_,
            }
        )
        if raw_asset is not UNSET:
            field_dict["rawAsset"] = raw_asset
        if isolated_symbol is not UNSET:
            field_dict["isolatedSymbol"] = isolated_symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.tx_id = d["txId"]
            parsed_model_.interest_accured_time = d["interestAccuredTime"]
            parsed_model_.asset = d["asset"]
            parsed_model_.principal = _DECIMALS[d["principal"]]
            parsed_model_.interest = _DECIMALS[d["interest"]]
            parsed_model_.interest_rate = _DECIMALS[d["interestRate"]]
            parsed_model_.type_ = INTEREST_TYPE_BY_VALUE[d["type"]]
            parsed_model_.raw_asset = raw_asset = d.get("rawAsset", UNSET)
            parsed_model_.isolated_symbol = isolated_symbol = d.get("isolatedSymbol", UNSET)
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {}
            if len(d) == 7 + (raw_asset is not UNSET) + (isolated_symbol is not UNSET)
            else _unknown_keys(d, _KNOWN_KEYS)
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
            raise AbsentKeyError(key, "InterestHistoryEntry")
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
            raise TypeError(f"{key!r} is a typed attribute of InterestHistoryEntry: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """InterestHistoryEntry.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    tx_id = d["txId"]

    interest_accured_time = d["interestAccuredTime"]

    asset = d["asset"]

    _principal = d["principal"]
    principal = _DECIMALS.get(_principal)
    if principal is None:
        principal = _parse_decimal(_principal)

    _interest = d["interest"]
    interest = _DECIMALS.get(_interest)
    if interest is None:
        interest = _parse_decimal(_interest)

    _interest_rate = d["interestRate"]
    interest_rate = _DECIMALS.get(_interest_rate)
    if interest_rate is None:
        interest_rate = _parse_decimal(_interest_rate)

    _type_ = d["type"]
    type_ = INTEREST_TYPE_BY_VALUE.get(_type_) or InterestType(_type_)

    raw_asset = d.get("rawAsset", UNSET)

    isolated_symbol = d.get("isolatedSymbol", UNSET)

    parsed_model_ = cls(
        tx_id,
        interest_accured_time,
        asset,
        principal,
        interest,
        interest_rate,
        type_,
        raw_asset,
        isolated_symbol,
    )

    if len(d) != 7 + ("rawAsset" in d) + ("isolatedSymbol" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
