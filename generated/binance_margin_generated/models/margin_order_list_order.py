from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from typing import cast

from ..models.order_status import ORDER_STATUS_BY_VALUE, OrderStatus
from ..types import UNSET, AbsentKeyError, Unset

T = TypeVar("T", bound="MarginOrderListOrder")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "symbol",
        "orderId",
        "clientOrderId",
        "status",
    ]
)


@_attrs_define
class MarginOrderListOrder:
    """An order of an order list (symbol, ids; status only in the open OTO/OTOCO query).

    Attributes:
        symbol (str):
        order_id (int | None): Order id; null for a pending order of an OTO/OTOCO that is not placed yet.
        client_order_id (str):
        status (OrderStatus | Unset): Order status (PENDING_NEW: pending order of an order list not placed yet;
            EXPIRED_IN_MATCH: expired by self-trade prevention).
    """

    symbol: str
    order_id: int | None
    client_order_id: str
    status: OrderStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("order_id", "orderId"),
        ("status", "status"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        symbol = self.symbol

        order_id: int | None
        order_id = self.order_id

        client_order_id = self.client_order_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "orderId": order_id,
                "clientOrderId": client_order_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

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
            raise AbsentKeyError(key, "MarginOrderListOrder")
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
            raise TypeError(f"{key!r} is a typed attribute of MarginOrderListOrder: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """MarginOrderListOrder.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    symbol = d["symbol"]

    def _parse_order_id(data: object) -> int | None:
        if data is None:
            return data
        return cast(int | None, data)

    order_id = _parse_order_id(d["orderId"])

    client_order_id = d["clientOrderId"]

    _status = d.get("status", UNSET)
    status: OrderStatus | Unset
    if _status is UNSET:
        status = UNSET
    else:
        status = ORDER_STATUS_BY_VALUE.get(_status) or OrderStatus(_status)

    parsed_model_ = cls(
        symbol,
        order_id,
        client_order_id,
        status,
    )

    if len(d) != 3 + ("status" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
