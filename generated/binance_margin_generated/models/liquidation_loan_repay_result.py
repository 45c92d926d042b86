from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..models.liquidation_loan_repay_status import LIQUIDATION_LOAN_REPAY_STATUS_BY_VALUE, LiquidationLoanRepayStatus
from ..types import _DECIMALS, AbsentKeyError, _format_decimal, _parse_decimal

T = TypeVar("T", bound="LiquidationLoanRepayResult")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "repayId",
        "asset",
        "amount",
        "status",
        "createTime",
    ]
)


@_attrs_define
class LiquidationLoanRepayResult:
    """A repayment of the cross margin liquidation loan (the repay answer and each repay-history row).

    Attributes:
        repay_id (int): Unique id of the repayment.
        asset (str): Asset used for the repayment.
        amount (Decimal): Amount actually repaid.
        status (LiquidationLoanRepayStatus): Status of a liquidation loan repayment (SUCCESS completed, PENDING
            processing; failures are errors).
        create_time (int): When the repayment was created (ms).
    """

    repay_id: int
    asset: str
    amount: Decimal
    status: LiquidationLoanRepayStatus
    create_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (("status", "status"),)
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        repay_id = self.repay_id

        asset = self.asset

        amount = _format_decimal(self.amount)

        status = self.status.value

        create_time = self.create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repayId": repay_id,
                "asset": asset,
                "amount": amount,
                "status": status,
                "createTime": create_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.repay_id = d["repayId"]
            parsed_model_.asset = d["asset"]
            parsed_model_.amount = _DECIMALS[d["amount"]]
            parsed_model_.status = LIQUIDATION_LOAN_REPAY_STATUS_BY_VALUE[d["status"]]
            parsed_model_.create_time = d["createTime"]
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = {} if len(d) == 5 else _unknown_keys(d, _KNOWN_KEYS)
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
            raise AbsentKeyError(key, "LiquidationLoanRepayResult")
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
            raise TypeError(f"{key!r} is a typed attribute of LiquidationLoanRepayResult: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """LiquidationLoanRepayResult.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    repay_id = d["repayId"]

    asset = d["asset"]

    _amount = d["amount"]
    amount = _DECIMALS.get(_amount)
    if amount is None:
        amount = _parse_decimal(_amount)

    _status = d["status"]
    status = LIQUIDATION_LOAN_REPAY_STATUS_BY_VALUE.get(_status) or LiquidationLoanRepayStatus(_status)

    create_time = d["createTime"]

    parsed_model_ = cls(
        repay_id,
        asset,
        amount,
        status,
        create_time,
    )

    if len(d) != 5:
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
