from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..models.contingency_type import CONTINGENCY_TYPE_BY_VALUE, ContingencyType
from ..models.list_order_status import LIST_ORDER_STATUS_BY_VALUE, ListOrderStatus
from ..models.list_status_type import LIST_STATUS_TYPE_BY_VALUE, ListStatusType
from ..types import _DECIMALS, UNSET, AbsentKeyError, Unset, _format_decimal, _parse_decimal

if TYPE_CHECKING:
    from ..models.margin_order_list_order import MarginOrderListOrder
    from ..models.order_list_report import OrderListReport


T = TypeVar("T", bound="NewOrderListResult")

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
        "marginBuyBorrowAmount",
        "marginBuyBorrowAsset",
        "orderReports",
    ]
)


@_attrs_define
class NewOrderListResult:
    """A new order list (OCO, OTO, OTOCO) as placed. Binance reports an OTOCO with contingencyType OTO.

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
        margin_buy_borrow_amount (Decimal | Unset): Amount borrowed for the order list; absent if no borrowing happened.
        margin_buy_borrow_asset (str | Unset): Asset borrowed; absent if no borrowing happened.
        order_reports (list[OrderListReport] | Unset):
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
    margin_buy_borrow_amount: Decimal | Unset = UNSET
    margin_buy_borrow_asset: str | Unset = UNSET
    order_reports: list[OrderListReport] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("contingency_type", "contingencyType"),
        ("list_status_type", "listStatusType"),
        ("list_order_status", "listOrderStatus"),
        ("orders", "orders"),
        ("order_reports", "orderReports"),
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

        margin_buy_borrow_amount: str | Unset = UNSET
        if not isinstance(self.margin_buy_borrow_amount, Unset):
            margin_buy_borrow_amount = _format_decimal(self.margin_buy_borrow_amount)

        margin_buy_borrow_asset = self.margin_buy_borrow_asset

        order_reports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_reports, Unset):
            order_reports = []
            for order_reports_item_data in self.order_reports:
                order_reports_item = order_reports_item_data.to_dict()
                order_reports.append(order_reports_item)

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
        if margin_buy_borrow_amount is not UNSET:
            field_dict["marginBuyBorrowAmount"] = margin_buy_borrow_amount
        if margin_buy_borrow_asset is not UNSET:
            field_dict["marginBuyBorrowAsset"] = margin_buy_borrow_asset
        if order_reports is not UNSET:
            field_dict["orderReports"] = order_reports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        from ..models.margin_order_list_order import MarginOrderListOrder  # noqa: PLC0415
        from ..models.order_list_report import OrderListReport  # noqa: PLC0415

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
            _margin_buy_borrow_amount = d.get("marginBuyBorrowAmount", UNSET)
            parsed_model_.margin_buy_borrow_amount = (
                UNSET if _margin_buy_borrow_amount is UNSET else _DECIMALS[_margin_buy_borrow_amount]
            )
            parsed_model_.margin_buy_borrow_asset = margin_buy_borrow_asset = d.get("marginBuyBorrowAsset", UNSET)
            _order_reports = d.get("orderReports", UNSET)
            parsed_model_.order_reports = (
                UNSET if _order_reports is UNSET else [OrderListReport.from_dict(item_) for item_ in _order_reports]
            )
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {}
            if len(d)
            == 8
            + (is_isolated is not UNSET)
            + (_margin_buy_borrow_amount is not UNSET)
            + (margin_buy_borrow_asset is not UNSET)
            + (_order_reports is not UNSET)
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
            raise AbsentKeyError(key, "NewOrderListResult")
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
            raise TypeError(f"{key!r} is a typed attribute of NewOrderListResult: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """NewOrderListResult.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    from ..models.margin_order_list_order import MarginOrderListOrder  # noqa: PLC0415
    from ..models.order_list_report import OrderListReport  # noqa: PLC0415

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

    _margin_buy_borrow_amount = d.get("marginBuyBorrowAmount", UNSET)
    margin_buy_borrow_amount: Decimal | Unset
    if _margin_buy_borrow_amount is UNSET:
        margin_buy_borrow_amount = UNSET
    else:
        _margin_buy_borrow_amount_cached = _DECIMALS.get(_margin_buy_borrow_amount)
        margin_buy_borrow_amount = (
            _margin_buy_borrow_amount_cached
            if _margin_buy_borrow_amount_cached is not None
            else _parse_decimal(_margin_buy_borrow_amount)
        )

    margin_buy_borrow_asset = d.get("marginBuyBorrowAsset", UNSET)

    _order_reports = d.get("orderReports", UNSET)
    order_reports: list[OrderListReport] | Unset = UNSET
    if _order_reports is not UNSET:
        _order_reports_from_dict = OrderListReport.from_dict
        order_reports = [
            _order_reports_from_dict(order_reports_item_data) for order_reports_item_data in _order_reports
        ]

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
        margin_buy_borrow_amount,
        margin_buy_borrow_asset,
        order_reports,
    )

    if len(d) != 8 + ("isIsolated" in d) + ("marginBuyBorrowAmount" in d) + ("marginBuyBorrowAsset" in d) + (
        "orderReports" in d
    ):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
