from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..models.borrow_repay_status import BORROW_REPAY_STATUS_BY_VALUE, BorrowRepayStatus
from ..models.borrow_repay_trigger import BORROW_REPAY_TRIGGER_BY_VALUE, BorrowRepayTrigger
from ..types import _DECIMALS, UNSET, AbsentKeyError, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="BorrowRepayRecord")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "asset",
        "principal",
        "status",
        "timestamp",
        "txId",
        "type",
        "isolatedSymbol",
        "amount",
        "interest",
    ]
)


@_attrs_define
class BorrowRepayRecord:
    """One borrow or repay of the margin account.

    Attributes:
        asset (str):
        principal (Decimal): Principal borrowed or repaid.
        status (BorrowRepayStatus): Status of a borrow/repay: PENDING (pending execution), CONFIRMED (executed), FAILED
            (execution failed, nothing happened to the account).
        timestamp (int): Time of the operation (ms).
        tx_id (int): Transaction id (the `tranId` of POST /sapi/v1/margin/borrow-repay).
        type_ (BorrowRepayTrigger | Unset): How a borrow/repay record came about. Cross borrow: AUTO, MANUAL; cross
            repay: MANUAL, AUTO, BNB_AUTO_REPAY, POINT_AUTO_REPAY; isolated borrow or repay: AUTO, MANUAL.
        isolated_symbol (str | Unset): Isolated pair; not returned for cross margin.
        amount (Decimal | Unset): Total amount (for repay records: principal + interest repaid).
        interest (Decimal | Unset): Interest paid.
    """

    asset: str
    principal: Decimal
    status: BorrowRepayStatus
    timestamp: int
    tx_id: int
    type_: BorrowRepayTrigger | Unset = UNSET
    isolated_symbol: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    interest: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type_", "type"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        asset = self.asset

        principal = _format_decimal(self.principal)

        status = self.status.value

        timestamp = self.timestamp

        tx_id = self.tx_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        isolated_symbol = self.isolated_symbol

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = _format_decimal(self.amount)

        interest: str | Unset = UNSET
        if not isinstance(self.interest, Unset):
            interest = _format_decimal(self.interest)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "principal": principal,
                "status": status,
                "timestamp": timestamp,
                "txId": tx_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if isolated_symbol is not UNSET:
            field_dict["isolatedSymbol"] = isolated_symbol
        if amount is not UNSET:
            field_dict["amount"] = amount
        if interest is not UNSET:
            field_dict["interest"] = interest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.asset = d["asset"]
            parsed_model_.principal = _DECIMALS[d["principal"]]
            parsed_model_.status = BORROW_REPAY_STATUS_BY_VALUE[d["status"]]
            parsed_model_.timestamp = d["timestamp"]
            parsed_model_.tx_id = d["txId"]
            _type_ = d.get("type", UNSET)
            parsed_model_.type_ = UNSET if _type_ is UNSET else BORROW_REPAY_TRIGGER_BY_VALUE[_type_]
            parsed_model_.isolated_symbol = isolated_symbol = d.get("isolatedSymbol", UNSET)
            _amount = d.get("amount", UNSET)
            parsed_model_.amount = UNSET if _amount is UNSET else _DECIMALS[_amount]
            _interest = d.get("interest", UNSET)
            parsed_model_.interest = UNSET if _interest is UNSET else _DECIMALS[_interest]
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {}
            if len(d)
            == 5
            + (_type_ is not UNSET)
            + (isolated_symbol is not UNSET)
            + (_amount is not UNSET)
            + (_interest is not UNSET)
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
            raise AbsentKeyError(key, "BorrowRepayRecord")
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
            raise TypeError(f"{key!r} is a typed attribute of BorrowRepayRecord: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """BorrowRepayRecord.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    asset = d["asset"]

    _principal = d["principal"]
    principal = _DECIMALS.get(_principal)
    if principal is None:
        principal = _parse_decimal(_principal)

    _status = d["status"]
    status = BORROW_REPAY_STATUS_BY_VALUE.get(_status) or BorrowRepayStatus(_status)

    timestamp = d["timestamp"]

    tx_id = d["txId"]

    _type_ = d.get("type", UNSET)
    type_: BorrowRepayTrigger | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = BORROW_REPAY_TRIGGER_BY_VALUE.get(_type_) or BorrowRepayTrigger(_type_)

    isolated_symbol = d.get("isolatedSymbol", UNSET)

    _amount = d.get("amount", UNSET)
    amount: Decimal | Unset
    if _amount is UNSET:
        amount = UNSET
    else:
        _amount_cached = _DECIMALS.get(_amount)
        amount = _amount_cached if _amount_cached is not None else _parse_decimal(_amount)

    _interest = d.get("interest", UNSET)
    interest: Decimal | Unset
    if _interest is UNSET:
        interest = UNSET
    else:
        _interest_cached = _DECIMALS.get(_interest)
        interest = _interest_cached if _interest_cached is not None else _parse_decimal(_interest)

    parsed_model_ = cls(
        asset,
        principal,
        status,
        timestamp,
        tx_id,
        type_,
        isolated_symbol,
        amount,
        interest,
    )

    if len(d) != 5 + ("type" in d) + ("isolatedSymbol" in d) + ("amount" in d) + ("interest" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
