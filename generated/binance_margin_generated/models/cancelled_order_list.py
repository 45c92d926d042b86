from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cancelled_order_list_order import CancelledOrderListOrder
    from ..models.cancelled_order_list_order_report import CancelledOrderListOrderReport


T = TypeVar("T", bound="CancelledOrderList")


@_attrs_define
class CancelledOrderList:
    """
    Attributes:
        order_list_id (int | Unset):
        contingency_type (str | Unset):
        list_status_type (str | Unset):
        list_order_status (str | Unset):
        list_client_order_id (str | Unset):
        transaction_time (int | Unset):
        symbol (str | Unset):
        is_isolated (bool | Unset):
        orders (list[CancelledOrderListOrder] | Unset):
        order_reports (list[CancelledOrderListOrderReport] | Unset):
    """

    order_list_id: int | Unset = UNSET
    contingency_type: str | Unset = UNSET
    list_status_type: str | Unset = UNSET
    list_order_status: str | Unset = UNSET
    list_client_order_id: str | Unset = UNSET
    transaction_time: int | Unset = UNSET
    symbol: str | Unset = UNSET
    is_isolated: bool | Unset = UNSET
    orders: list[CancelledOrderListOrder] | Unset = UNSET
    order_reports: list[CancelledOrderListOrderReport] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_list_id = self.order_list_id

        contingency_type = self.contingency_type

        list_status_type = self.list_status_type

        list_order_status = self.list_order_status

        list_client_order_id = self.list_client_order_id

        transaction_time = self.transaction_time

        symbol = self.symbol

        is_isolated = self.is_isolated

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        order_reports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_reports, Unset):
            order_reports = []
            for order_reports_item_data in self.order_reports:
                order_reports_item = order_reports_item_data.to_dict()
                order_reports.append(order_reports_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_list_id is not UNSET:
            field_dict["orderListId"] = order_list_id
        if contingency_type is not UNSET:
            field_dict["contingencyType"] = contingency_type
        if list_status_type is not UNSET:
            field_dict["listStatusType"] = list_status_type
        if list_order_status is not UNSET:
            field_dict["listOrderStatus"] = list_order_status
        if list_client_order_id is not UNSET:
            field_dict["listClientOrderId"] = list_client_order_id
        if transaction_time is not UNSET:
            field_dict["transactionTime"] = transaction_time
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if is_isolated is not UNSET:
            field_dict["isIsolated"] = is_isolated
        if orders is not UNSET:
            field_dict["orders"] = orders
        if order_reports is not UNSET:
            field_dict["orderReports"] = order_reports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cancelled_order_list_order import CancelledOrderListOrder  # noqa: PLC0415
        from ..models.cancelled_order_list_order_report import CancelledOrderListOrderReport  # noqa: PLC0415

        d = dict(src_dict)
        order_list_id = d.pop("orderListId", UNSET)

        contingency_type = d.pop("contingencyType", UNSET)

        list_status_type = d.pop("listStatusType", UNSET)

        list_order_status = d.pop("listOrderStatus", UNSET)

        list_client_order_id = d.pop("listClientOrderId", UNSET)

        transaction_time = d.pop("transactionTime", UNSET)

        symbol = d.pop("symbol", UNSET)

        is_isolated = d.pop("isIsolated", UNSET)

        _orders = d.pop("orders", UNSET)
        orders: list[CancelledOrderListOrder] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = CancelledOrderListOrder.from_dict(orders_item_data)

                orders.append(orders_item)

        _order_reports = d.pop("orderReports", UNSET)
        order_reports: list[CancelledOrderListOrderReport] | Unset = UNSET
        if _order_reports is not UNSET:
            order_reports = []
            for order_reports_item_data in _order_reports:
                order_reports_item = CancelledOrderListOrderReport.from_dict(order_reports_item_data)

                order_reports.append(order_reports_item)

        parsed_model_ = cls(
            order_list_id=order_list_id,
            contingency_type=contingency_type,
            list_status_type=list_status_type,
            list_order_status=list_order_status,
            list_client_order_id=list_client_order_id,
            transaction_time=transaction_time,
            symbol=symbol,
            is_isolated=is_isolated,
            orders=orders,
            order_reports=order_reports,
        )

        parsed_model_.additional_properties = d
        return parsed_model_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
