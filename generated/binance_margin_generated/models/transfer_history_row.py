from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..models.margin_transfer_direction import MARGIN_TRANSFER_DIRECTION_BY_VALUE, MarginTransferDirection
from ..models.transfer_account_type import TRANSFER_ACCOUNT_TYPE_BY_VALUE, TransferAccountType
from ..models.transfer_status import TRANSFER_STATUS_BY_VALUE, TransferStatus
from ..types import _DECIMALS, UNSET, AbsentKeyError, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="TransferHistoryRow")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "amount",
        "asset",
        "status",
        "timestamp",
        "txId",
        "type",
        "transFrom",
        "transTo",
        "fromSymbol",
        "toSymbol",
    ]
)


@_attrs_define
class TransferHistoryRow:
    """One transfer into or out of the cross margin account or an isolated pair.

    Attributes:
        amount (Decimal):
        asset (str):
        status (TransferStatus): Processing status of a transfer.
        timestamp (int):
        tx_id (int):
        type_ (MarginTransferDirection): Direction of a margin transfer record (into or out of the margin account).
        trans_from (TransferAccountType | Unset): Wallet a margin transfer came from or went to.
        trans_to (TransferAccountType | Unset): Wallet a margin transfer came from or went to.
        from_symbol (str | Unset): Source isolated pair, for transfers out of an isolated account.
        to_symbol (str | Unset): Target isolated pair, for transfers into an isolated account.
    """

    amount: Decimal
    asset: str
    status: TransferStatus
    timestamp: int
    tx_id: int
    type_: MarginTransferDirection
    trans_from: TransferAccountType | Unset = UNSET
    trans_to: TransferAccountType | Unset = UNSET
    from_symbol: str | Unset = UNSET
    to_symbol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("type_", "type"),
        ("trans_from", "transFrom"),
        ("trans_to", "transTo"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        amount = _format_decimal(self.amount)

        asset = self.asset

        status = self.status.value

        timestamp = self.timestamp

        tx_id = self.tx_id

        type_ = self.type_.value

        trans_from: str | Unset = UNSET
        if not isinstance(self.trans_from, Unset):
            trans_from = self.trans_from.value

        trans_to: str | Unset = UNSET
        if not isinstance(self.trans_to, Unset):
            trans_to = self.trans_to.value

        from_symbol = self.from_symbol

        to_symbol = self.to_symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "asset": asset,
                "status": status,
                "timestamp": timestamp,
                "txId": tx_id,
                "type": type_,
            }
        )
        if trans_from is not UNSET:
            field_dict["transFrom"] = trans_from
        if trans_to is not UNSET:
            field_dict["transTo"] = trans_to
        if from_symbol is not UNSET:
            field_dict["fromSymbol"] = from_symbol
        if to_symbol is not UNSET:
            field_dict["toSymbol"] = to_symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.amount = _DECIMALS[d["amount"]]
            parsed_model_.asset = d["asset"]
            parsed_model_.status = TRANSFER_STATUS_BY_VALUE[d["status"]]
            parsed_model_.timestamp = d["timestamp"]
            parsed_model_.tx_id = d["txId"]
            parsed_model_.type_ = MARGIN_TRANSFER_DIRECTION_BY_VALUE[d["type"]]
            _trans_from = d.get("transFrom", UNSET)
            parsed_model_.trans_from = UNSET if _trans_from is UNSET else TRANSFER_ACCOUNT_TYPE_BY_VALUE[_trans_from]
            _trans_to = d.get("transTo", UNSET)
            parsed_model_.trans_to = UNSET if _trans_to is UNSET else TRANSFER_ACCOUNT_TYPE_BY_VALUE[_trans_to]
            parsed_model_.from_symbol = from_symbol = d.get("fromSymbol", UNSET)
            parsed_model_.to_symbol = to_symbol = d.get("toSymbol", UNSET)
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {}
            if len(d)
            == 6
            + (_trans_from is not UNSET)
            + (_trans_to is not UNSET)
            + (from_symbol is not UNSET)
            + (to_symbol is not UNSET)
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
            raise AbsentKeyError(key, "TransferHistoryRow")
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
            raise TypeError(f"{key!r} is a typed attribute of TransferHistoryRow: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """TransferHistoryRow.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    _amount = d["amount"]
    amount = _DECIMALS.get(_amount)
    if amount is None:
        amount = _parse_decimal(_amount)

    asset = d["asset"]

    _status = d["status"]
    status = TRANSFER_STATUS_BY_VALUE.get(_status) or TransferStatus(_status)

    timestamp = d["timestamp"]

    tx_id = d["txId"]

    _type_ = d["type"]
    type_ = MARGIN_TRANSFER_DIRECTION_BY_VALUE.get(_type_) or MarginTransferDirection(_type_)

    _trans_from = d.get("transFrom", UNSET)
    trans_from: TransferAccountType | Unset
    if _trans_from is UNSET:
        trans_from = UNSET
    else:
        trans_from = TRANSFER_ACCOUNT_TYPE_BY_VALUE.get(_trans_from) or TransferAccountType(_trans_from)

    _trans_to = d.get("transTo", UNSET)
    trans_to: TransferAccountType | Unset
    if _trans_to is UNSET:
        trans_to = UNSET
    else:
        trans_to = TRANSFER_ACCOUNT_TYPE_BY_VALUE.get(_trans_to) or TransferAccountType(_trans_to)

    from_symbol = d.get("fromSymbol", UNSET)

    to_symbol = d.get("toSymbol", UNSET)

    parsed_model_ = cls(
        amount,
        asset,
        status,
        timestamp,
        tx_id,
        type_,
        trans_from,
        trans_to,
        from_symbol,
        to_symbol,
    )

    if len(d) != 6 + ("transFrom" in d) + ("transTo" in d) + ("fromSymbol" in d) + ("toSymbol" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
