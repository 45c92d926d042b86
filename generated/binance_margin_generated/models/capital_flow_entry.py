from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..models.capital_flow_note import CAPITAL_FLOW_NOTE_BY_VALUE, CapitalFlowNote
from ..models.capital_flow_type import CAPITAL_FLOW_TYPE_BY_VALUE, CapitalFlowType
from ..types import _DECIMALS, UNSET, AbsentKeyError, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="CapitalFlowEntry")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "tranId",
        "timestamp",
        "asset",
        "type",
        "amount",
        "symbol",
        "note",
    ]
)


@_attrs_define
class CapitalFlowEntry:
    """One capital-flow record of the cross margin account or an isolated pair.

    Attributes:
        id (int): Record id; use as fromId to page.
        tran_id (int): Transaction id.
        timestamp (int):
        asset (str):
        type_ (CapitalFlowType): Kind of margin capital flow.
        amount (Decimal):
        symbol (str | Unset): Isolated pair (isolated data only).
        note (CapitalFlowNote | Unset): Marks flows that come from an institutional loan (capital-flow `note`, added
            2026-07-10).
    """

    id: int
    tran_id: int
    timestamp: int
    asset: str
    type_: CapitalFlowType
    amount: Decimal
    symbol: str | Unset = UNSET
    note: CapitalFlowNote | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type_", "type"),
        ("note", "note"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        id = self.id

        tran_id = self.tran_id

        timestamp = self.timestamp

        asset = self.asset

        type_ = self.type_.value

        amount = _format_decimal(self.amount)

        symbol = self.symbol

        note: str | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tranId": tran_id,
                "timestamp": timestamp,
                "asset": asset,
                "type": type_,
                "amount": amount,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.id = d["id"]
            parsed_model_.tran_id = d["tranId"]
            parsed_model_.timestamp = d["timestamp"]
            parsed_model_.asset = d["asset"]
            parsed_model_.type_ = CAPITAL_FLOW_TYPE_BY_VALUE[d["type"]]
            parsed_model_.amount = _DECIMALS[d["amount"]]
            parsed_model_.symbol = symbol = d.get("symbol", UNSET)
            _note = d.get("note", UNSET)
            parsed_model_.note = UNSET if _note is UNSET else CAPITAL_FLOW_NOTE_BY_VALUE[_note]
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {} if len(d) == 6 + (symbol is not UNSET) + (_note is not UNSET) else _unknown_keys(d, _KNOWN_KEYS)
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
            raise AbsentKeyError(key, "CapitalFlowEntry")
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
            raise TypeError(f"{key!r} is a typed attribute of CapitalFlowEntry: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """CapitalFlowEntry.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    id = d["id"]

    tran_id = d["tranId"]

    timestamp = d["timestamp"]

    asset = d["asset"]

    _type_ = d["type"]
    type_ = CAPITAL_FLOW_TYPE_BY_VALUE.get(_type_) or CapitalFlowType(_type_)

    _amount = d["amount"]
    amount = _DECIMALS.get(_amount)
    if amount is None:
        amount = _parse_decimal(_amount)

    symbol = d.get("symbol", UNSET)

    _note = d.get("note", UNSET)
    note: CapitalFlowNote | Unset
    if _note is UNSET:
        note = UNSET
    else:
        note = CAPITAL_FLOW_NOTE_BY_VALUE.get(_note) or CapitalFlowNote(_note)

    parsed_model_ = cls(
        id,
        tran_id,
        timestamp,
        asset,
        type_,
        amount,
        symbol,
        note,
    )

    if len(d) != 6 + ("symbol" in d) + ("note" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
