from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__

from ..models.contingency_type import CONTINGENCY_TYPE_BY_VALUE, ContingencyType
from ..models.list_order_status import LIST_ORDER_STATUS_BY_VALUE, ListOrderStatus
from ..models.list_status_type import LIST_STATUS_TYPE_BY_VALUE, ListStatusType
from ..types import UNSET, AbsentKeyError, Unset

if TYPE_CHECKING:
    from ..models.margin_order_list_order import MarginOrderListOrder


T = TypeVar("T", bound="MarginOrderList")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "orderListId",
        "contingencyType",
        "listStatusType",
        "listOrderStatus",
        "listClientOrderId",
        "transactionTime",
        "symbol",
        "orders",
        "isIsolated",
    ]
)


@_attrs_define
class MarginOrderList:
    """An order list (OCO, OTO, OTOCO) as returned by the order-list queries.

    Attributes:
        order_list_id (int):
        contingency_type (ContingencyType): Kind of order list.
        list_status_type (ListStatusType): Status of an order list (RESPONSE: answer to a failed action; EXEC_STARTED:
            placed or updated; ALL_DONE: no longer active).
        list_order_status (ListOrderStatus): Order status of an order list (EXECUTING, ALL_DONE, or REJECT for a failed
            action).
        list_client_order_id (str):
        transaction_time (int): Time of the last update of the list (ms).
        symbol (str):
        orders (list[MarginOrderListOrder]):
        is_isolated (bool | Unset): true for an order list of an isolated margin pair.
    """

    order_list_id: int
    contingency_type: ContingencyType
    list_status_type: ListStatusType
    list_order_status: ListOrderStatus
    list_client_order_id: str
    transaction_time: int
    symbol: str
    orders: list[MarginOrderListOrder]
    is_isolated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("contingency_type", "contingencyType"),
        ("list_status_type", "listStatusType"),
        ("list_order_status", "listOrderStatus"),
        ("orders", "orders"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        order_list_id = self.order_list_id

        contingency_type = self.contingency_type.value

        list_status_type = self.list_status_type.value

        list_order_status = self.list_order_status.value

        list_client_order_id = self.list_client_order_id

        transaction_time = self.transaction_time

        symbol = self.symbol

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        is_isolated = self.is_isolated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderListId": order_list_id,
                "contingencyType": contingency_type,
                "listStatusType": list_status_type,
                "listOrderStatus": list_order_status,
                "listClientOrderId": list_client_order_id,
                "transactionTime": transaction_time,
                "symbol": symbol,
                "orders": orders,
            }
        )
        if is_isolated is not UNSET:
            field_dict["isIsolated"] = is_isolated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        from ..models.margin_order_list_order import MarginOrderListOrder  # noqa: PLC0415

        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.order_list_id = d["orderListId"]
            parsed_model_.contingency_type = CONTINGENCY_TYPE_BY_VALUE[d["contingencyType"]]
            parsed_model_.list_status_type = LIST_STATUS_TYPE_BY_VALUE[d["listStatusType"]]
            parsed_model_.list_order_status = LIST_ORDER_STATUS_BY_VALUE[d["listOrderStatus"]]
            parsed_model_.list_client_order_id = d["listClientOrderId"]
            parsed_model_.transaction_time = d["transactionTime"]
            parsed_model_.symbol = d["symbol"]
            parsed_model_.orders = [MarginOrderListOrder.from_dict(item_) for item_ in d["orders"]]
            parsed_model_.is_isolated = is_isolated = d.get("isIsolated", UNSET)
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {} if len(d) == 8 + (is_isolated is not UNSET) else _unknown_keys(d, _KNOWN_KEYS)
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
            raise AbsentKeyError(key, "MarginOrderList")
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
            raise TypeError(f"{key!r} is a typed attribute of MarginOrderList: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """MarginOrderList.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    from ..models.margin_order_list_order import MarginOrderListOrder  # noqa: PLC0415

    d = src_dict
    order_list_id = d["orderListId"]

    _contingency_type = d["contingencyType"]
    contingency_type = CONTINGENCY_TYPE_BY_VALUE.get(_contingency_type) or ContingencyType(_contingency_type)

    _list_status_type = d["listStatusType"]
    list_status_type = LIST_STATUS_TYPE_BY_VALUE.get(_list_status_type) or ListStatusType(_list_status_type)

    _list_order_status = d["listOrderStatus"]
    list_order_status = LIST_ORDER_STATUS_BY_VALUE.get(_list_order_status) or ListOrderStatus(_list_order_status)

    list_client_order_id = d["listClientOrderId"]

    transaction_time = d["transactionTime"]

    symbol = d["symbol"]

    _orders_from_dict = MarginOrderListOrder.from_dict
    orders = [_orders_from_dict(orders_item_data) for orders_item_data in d["orders"]]

    is_isolated = d.get("isIsolated", UNSET)

    parsed_model_ = cls(
        order_list_id,
        contingency_type,
        list_status_type,
        list_order_status,
        list_client_order_id,
        transaction_time,
        symbol,
        orders,
        is_isolated,
    )

    if len(d) != 8 + ("isIsolated" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
