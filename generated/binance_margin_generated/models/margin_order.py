from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="MarginOrder")


@_attrs_define
class MarginOrder:
    """
    Attributes:
        client_order_id (str | Unset):
        cummulative_quote_qty (Decimal | Unset):
        executed_qty (Decimal | Unset):
        iceberg_qty (Decimal | Unset):
        is_working (bool | Unset):
        order_id (int | Unset):
        orig_qty (Decimal | Unset):
        price (Decimal | Unset):
        side (str | Unset):
        status (str | Unset):
        stop_price (Decimal | Unset):
        symbol (str | Unset):
        is_isolated (bool | Unset):
        time (int | Unset):
        time_in_force (str | Unset):
        type_ (str | Unset):
        self_trade_prevention_mode (str | Unset):
        update_time (int | Unset):
    """

    client_order_id: str | Unset = UNSET
    cummulative_quote_qty: Decimal | Unset = UNSET
    executed_qty: Decimal | Unset = UNSET
    iceberg_qty: Decimal | Unset = UNSET
    is_working: bool | Unset = UNSET
    order_id: int | Unset = UNSET
    orig_qty: Decimal | Unset = UNSET
    price: Decimal | Unset = UNSET
    side: str | Unset = UNSET
    status: str | Unset = UNSET
    stop_price: Decimal | Unset = UNSET
    symbol: str | Unset = UNSET
    is_isolated: bool | Unset = UNSET
    time: int | Unset = UNSET
    time_in_force: str | Unset = UNSET
    type_: str | Unset = UNSET
    self_trade_prevention_mode: str | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_order_id = self.client_order_id

        cummulative_quote_qty: str | Unset = UNSET
        if not isinstance(self.cummulative_quote_qty, Unset):
            cummulative_quote_qty = _format_decimal(self.cummulative_quote_qty)

        executed_qty: str | Unset = UNSET
        if not isinstance(self.executed_qty, Unset):
            executed_qty = _format_decimal(self.executed_qty)

        iceberg_qty: str | Unset = UNSET
        if not isinstance(self.iceberg_qty, Unset):
            iceberg_qty = _format_decimal(self.iceberg_qty)

        is_working = self.is_working

        order_id = self.order_id

        orig_qty: str | Unset = UNSET
        if not isinstance(self.orig_qty, Unset):
            orig_qty = _format_decimal(self.orig_qty)

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = _format_decimal(self.price)

        side = self.side

        status = self.status

        stop_price: str | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = _format_decimal(self.stop_price)

        symbol = self.symbol

        is_isolated = self.is_isolated

        time = self.time

        time_in_force = self.time_in_force

        type_ = self.type_

        self_trade_prevention_mode = self.self_trade_prevention_mode

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if cummulative_quote_qty is not UNSET:
            field_dict["cummulativeQuoteQty"] = cummulative_quote_qty
        if executed_qty is not UNSET:
            field_dict["executedQty"] = executed_qty
        if iceberg_qty is not UNSET:
            field_dict["icebergQty"] = iceberg_qty
        if is_working is not UNSET:
            field_dict["isWorking"] = is_working
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if orig_qty is not UNSET:
            field_dict["origQty"] = orig_qty
        if price is not UNSET:
            field_dict["price"] = price
        if side is not UNSET:
            field_dict["side"] = side
        if status is not UNSET:
            field_dict["status"] = status
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if is_isolated is not UNSET:
            field_dict["isIsolated"] = is_isolated
        if time is not UNSET:
            field_dict["time"] = time
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force
        if type_ is not UNSET:
            field_dict["type"] = type_
        if self_trade_prevention_mode is not UNSET:
            field_dict["selfTradePreventionMode"] = self_trade_prevention_mode
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_order_id = d.pop("clientOrderId", UNSET)

        _cummulative_quote_qty = d.pop("cummulativeQuoteQty", UNSET)
        cummulative_quote_qty: Decimal | Unset
        if isinstance(_cummulative_quote_qty, Unset):
            cummulative_quote_qty = UNSET
        else:
            cummulative_quote_qty = _parse_decimal(_cummulative_quote_qty)

        _executed_qty = d.pop("executedQty", UNSET)
        executed_qty: Decimal | Unset
        if isinstance(_executed_qty, Unset):
            executed_qty = UNSET
        else:
            executed_qty = _parse_decimal(_executed_qty)

        _iceberg_qty = d.pop("icebergQty", UNSET)
        iceberg_qty: Decimal | Unset
        if isinstance(_iceberg_qty, Unset):
            iceberg_qty = UNSET
        else:
            iceberg_qty = _parse_decimal(_iceberg_qty)

        is_working = d.pop("isWorking", UNSET)

        order_id = d.pop("orderId", UNSET)

        _orig_qty = d.pop("origQty", UNSET)
        orig_qty: Decimal | Unset
        if isinstance(_orig_qty, Unset):
            orig_qty = UNSET
        else:
            orig_qty = _parse_decimal(_orig_qty)

        _price = d.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = _parse_decimal(_price)

        side = d.pop("side", UNSET)

        status = d.pop("status", UNSET)

        _stop_price = d.pop("stopPrice", UNSET)
        stop_price: Decimal | Unset
        if isinstance(_stop_price, Unset):
            stop_price = UNSET
        else:
            stop_price = _parse_decimal(_stop_price)

        symbol = d.pop("symbol", UNSET)

        is_isolated = d.pop("isIsolated", UNSET)

        time = d.pop("time", UNSET)

        time_in_force = d.pop("timeInForce", UNSET)

        type_ = d.pop("type", UNSET)

        self_trade_prevention_mode = d.pop("selfTradePreventionMode", UNSET)

        update_time = d.pop("updateTime", UNSET)

        parsed_model_ = cls(
            client_order_id=client_order_id,
            cummulative_quote_qty=cummulative_quote_qty,
            executed_qty=executed_qty,
            iceberg_qty=iceberg_qty,
            is_working=is_working,
            order_id=order_id,
            orig_qty=orig_qty,
            price=price,
            side=side,
            status=status,
            stop_price=stop_price,
            symbol=symbol,
            is_isolated=is_isolated,
            time=time,
            time_in_force=time_in_force,
            type_=type_,
            self_trade_prevention_mode=self_trade_prevention_mode,
            update_time=update_time,
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
