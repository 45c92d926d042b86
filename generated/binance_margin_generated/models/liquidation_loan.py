from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..types import _DECIMALS, UNSET, AbsentKeyError, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="LiquidationLoan")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "asset",
        "amount",
        "repaidAmount",
        "remainingAmount",
    ]
)


@_attrs_define
class LiquidationLoan:
    """The cross margin liquidation loan (deficit left by a bankrupt liquidation). No field is marked required: Binance
    does not document the answer for an account that has no liquidation loan.

        Attributes:
            asset (str | Unset): Asset of the loan (USDC by default).
            amount (Decimal | Unset): Total liquidation loan amount.
            repaid_amount (Decimal | Unset): Amount repaid so far.
            remaining_amount (Decimal | Unset): Amount still to repay.
    """

    asset: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    repaid_amount: Decimal | Unset = UNSET
    remaining_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = ()
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        asset = self.asset

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = _format_decimal(self.amount)

        repaid_amount: str | Unset = UNSET
        if not isinstance(self.repaid_amount, Unset):
            repaid_amount = _format_decimal(self.repaid_amount)

        remaining_amount: str | Unset = UNSET
        if not isinstance(self.remaining_amount, Unset):
            remaining_amount = _format_decimal(self.remaining_amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset is not UNSET:
            field_dict["asset"] = asset
        if amount is not UNSET:
            field_dict["amount"] = amount
        if repaid_amount is not UNSET:
            field_dict["repaidAmount"] = repaid_amount
        if remaining_amount is not UNSET:
            field_dict["remainingAmount"] = remaining_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.asset = asset = d.get("asset", UNSET)
            _amount = d.get("amount", UNSET)
            parsed_model_.amount = UNSET if _amount is UNSET else _DECIMALS[_amount]
            _repaid_amount = d.get("repaidAmount", UNSET)
            parsed_model_.repaid_amount = UNSET if _repaid_amount is UNSET else _DECIMALS[_repaid_amount]
            _remaining_amount = d.get("remainingAmount", UNSET)
            parsed_model_.remaining_amount = UNSET if _remaining_amount is UNSET else _DECIMALS[_remaining_amount]
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {}
            if len(d)
            == 0
            + (asset is not UNSET)
            + (_amount is not UNSET)
            + (_repaid_amount is not UNSET)
            + (_remaining_amount is not UNSET)
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
            raise AbsentKeyError(key, "LiquidationLoan")
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
            raise TypeError(f"{key!r} is a typed attribute of LiquidationLoan: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """LiquidationLoan.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    asset = d.get("asset", UNSET)

    _amount = d.get("amount", UNSET)
    amount: Decimal | Unset
    if _amount is UNSET:
        amount = UNSET
    else:
        _amount_cached = _DECIMALS.get(_amount)
        amount = _amount_cached if _amount_cached is not None else _parse_decimal(_amount)

    _repaid_amount = d.get("repaidAmount", UNSET)
    repaid_amount: Decimal | Unset
    if _repaid_amount is UNSET:
        repaid_amount = UNSET
    else:
        _repaid_amount_cached = _DECIMALS.get(_repaid_amount)
        repaid_amount = _repaid_amount_cached if _repaid_amount_cached is not None else _parse_decimal(_repaid_amount)

    _remaining_amount = d.get("remainingAmount", UNSET)
    remaining_amount: Decimal | Unset
    if _remaining_amount is UNSET:
        remaining_amount = UNSET
    else:
        _remaining_amount_cached = _DECIMALS.get(_remaining_amount)
        remaining_amount = (
            _remaining_amount_cached if _remaining_amount_cached is not None else _parse_decimal(_remaining_amount)
        )

    parsed_model_ = cls(
        asset,
        amount,
        repaid_amount,
        remaining_amount,
    )

    if len(d) != 0 + ("asset" in d) + ("amount" in d) + ("repaidAmount" in d) + ("remainingAmount" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
