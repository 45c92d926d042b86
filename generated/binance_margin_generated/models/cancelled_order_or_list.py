from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

if TYPE_CHECKING:
    from ..models.cancelled_order_or_list_order import CancelledOrderOrListOrder
    from ..models.cancelled_order_or_list_order_report import CancelledOrderOrListOrderReport


T = TypeVar("T", bound="CancelledOrderOrList")


@_attrs_define
class CancelledOrderOrList:
    """
    Attributes:
        symbol (str | Unset):
        is_isolated (bool | Unset):
        orig_client_order_id (str | Unset):
        order_id (int | Unset):
        order_list_id (int | Unset):
        client_order_id (str | Unset):
        price (Decimal | Unset):
        orig_qty (Decimal | Unset):
        executed_qty (Decimal | Unset):
        cummulative_quote_qty (Decimal | Unset):
        status (str | Unset):
        time_in_force (str | Unset):
        type_ (str | Unset):
        side (str | Unset):
        self_trade_prevention_mode (str | Unset):
        contingency_type (str | Unset):
        list_status_type (str | Unset):
        list_order_status (str | Unset):
        list_client_order_id (str | Unset):
        transaction_time (int | Unset):
        orders (list[CancelledOrderOrListOrder] | Unset):
        order_reports (list[CancelledOrderOrListOrderReport] | Unset):
    """

    symbol: str | Unset = UNSET
    is_isolated: bool | Unset = UNSET
    orig_client_order_id: str | Unset = UNSET
    order_id: int | Unset = UNSET
    order_list_id: int | Unset = UNSET
    client_order_id: str | Unset = UNSET
    price: Decimal | Unset = UNSET
    orig_qty: Decimal | Unset = UNSET
    executed_qty: Decimal | Unset = UNSET
    cummulative_quote_qty: Decimal | Unset = UNSET
    status: str | Unset = UNSET
    time_in_force: str | Unset = UNSET
    type_: str | Unset = UNSET
    side: str | Unset = UNSET
    self_trade_prevention_mode: str | Unset = UNSET
    contingency_type: str | Unset = UNSET
    list_status_type: str | Unset = UNSET
    list_order_status: str | Unset = UNSET
    list_client_order_id: str | Unset = UNSET
    transaction_time: int | Unset = UNSET
    orders: list[CancelledOrderOrListOrder] | Unset = UNSET
    order_reports: list[CancelledOrderOrListOrderReport] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        is_isolated = self.is_isolated

        orig_client_order_id = self.orig_client_order_id

        order_id = self.order_id

        order_list_id = self.order_list_id

        client_order_id = self.client_order_id

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = _format_decimal(self.price)

        orig_qty: str | Unset = UNSET
        if not isinstance(self.orig_qty, Unset):
            orig_qty = _format_decimal(self.orig_qty)

        executed_qty: str | Unset = UNSET
        if not isinstance(self.executed_qty, Unset):
            executed_qty = _format_decimal(self.executed_qty)

        cummulative_quote_qty: str | Unset = UNSET
        if not isinstance(self.cummulative_quote_qty, Unset):
            cummulative_quote_qty = _format_decimal(self.cummulative_quote_qty)

        status = self.status

        time_in_force = self.time_in_force

        type_ = self.type_

        side = self.side

        self_trade_prevention_mode = self.self_trade_prevention_mode

        contingency_type = self.contingency_type

        list_status_type = self.list_status_type

        list_order_status = self.list_order_status

        list_client_order_id = self.list_client_order_id

        transaction_time = self.transaction_time

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
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if is_isolated is not UNSET:
            field_dict["isIsolated"] = is_isolated
        if orig_client_order_id is not UNSET:
            field_dict["origClientOrderId"] = orig_client_order_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if order_list_id is not UNSET:
            field_dict["orderListId"] = order_list_id
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if price is not UNSET:
            field_dict["price"] = price
        if orig_qty is not UNSET:
            field_dict["origQty"] = orig_qty
        if executed_qty is not UNSET:
            field_dict["executedQty"] = executed_qty
        if cummulative_quote_qty is not UNSET:
            field_dict["cummulativeQuoteQty"] = cummulative_quote_qty
        if status is not UNSET:
            field_dict["status"] = status
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force
        if type_ is not UNSET:
            field_dict["type"] = type_
        if side is not UNSET:
            field_dict["side"] = side
        if self_trade_prevention_mode is not UNSET:
            field_dict["selfTradePreventionMode"] = self_trade_prevention_mode
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
        if orders is not UNSET:
            field_dict["orders"] = orders
        if order_reports is not UNSET:
            field_dict["orderReports"] = order_reports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cancelled_order_or_list_order import CancelledOrderOrListOrder  # noqa: PLC0415
        from ..models.cancelled_order_or_list_order_report import CancelledOrderOrListOrderReport  # noqa: PLC0415

        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)

        is_isolated = d.pop("isIsolated", UNSET)

        orig_client_order_id = d.pop("origClientOrderId", UNSET)

        order_id = d.pop("orderId", UNSET)

        order_list_id = d.pop("orderListId", UNSET)

        client_order_id = d.pop("clientOrderId", UNSET)

        _price = d.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = _parse_decimal(_price)

        _orig_qty = d.pop("origQty", UNSET)
        orig_qty: Decimal | Unset
        if isinstance(_orig_qty, Unset):
            orig_qty = UNSET
        else:
            orig_qty = _parse_decimal(_orig_qty)

        _executed_qty = d.pop("executedQty", UNSET)
        executed_qty: Decimal | Unset
        if isinstance(_executed_qty, Unset):
            executed_qty = UNSET
        else:
            executed_qty = _parse_decimal(_executed_qty)

        _cummulative_quote_qty = d.pop("cummulativeQuoteQty", UNSET)
        cummulative_quote_qty: Decimal | Unset
        if isinstance(_cummulative_quote_qty, Unset):
            cummulative_quote_qty = UNSET
        else:
            cummulative_quote_qty = _parse_decimal(_cummulative_quote_qty)

        status = d.pop("status", UNSET)

        time_in_force = d.pop("timeInForce", UNSET)

        type_ = d.pop("type", UNSET)

        side = d.pop("side", UNSET)

        self_trade_prevention_mode = d.pop("selfTradePreventionMode", UNSET)

        contingency_type = d.pop("contingencyType", UNSET)

        list_status_type = d.pop("listStatusType", UNSET)

        list_order_status = d.pop("listOrderStatus", UNSET)

        list_client_order_id = d.pop("listClientOrderId", UNSET)

        transaction_time = d.pop("transactionTime", UNSET)

        _orders = d.pop("orders", UNSET)
        orders: list[CancelledOrderOrListOrder] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = CancelledOrderOrListOrder.from_dict(orders_item_data)

                orders.append(orders_item)

        _order_reports = d.pop("orderReports", UNSET)
        order_reports: list[CancelledOrderOrListOrderReport] | Unset = UNSET
        if _order_reports is not UNSET:
            order_reports = []
            for order_reports_item_data in _order_reports:
                order_reports_item = CancelledOrderOrListOrderReport.from_dict(order_reports_item_data)

                order_reports.append(order_reports_item)

        parsed_model_ = cls(
            symbol=symbol,
            is_isolated=is_isolated,
            orig_client_order_id=orig_client_order_id,
            order_id=order_id,
            order_list_id=order_list_id,
            client_order_id=client_order_id,
            price=price,
            orig_qty=orig_qty,
            executed_qty=executed_qty,
            cummulative_quote_qty=cummulative_quote_qty,
            status=status,
            time_in_force=time_in_force,
            type_=type_,
            side=side,
            self_trade_prevention_mode=self_trade_prevention_mode,
            contingency_type=contingency_type,
            list_status_type=list_status_type,
            list_order_status=list_order_status,
            list_client_order_id=list_client_order_id,
            transaction_time=transaction_time,
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
