from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.self_trade_prevention_mode import SelfTradePreventionMode
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="MarginOrder")


@_attrs_define
class MarginOrder:
    """A margin order (GET order, openOrders, allOrders).

    Attributes:
        client_order_id (str):
        cummulative_quote_qty (Decimal): Cumulative quote asset quantity transacted; < 0 for some historical orders
            (data not available).
        executed_qty (Decimal): Quantity filled so far.
        is_working (bool): Whether the order is working (on the book).
        order_id (int):
        orig_qty (Decimal): Ordered quantity.
        price (Decimal): Limit price (0 for MARKET orders).
        side (OrderSide): Order side.
        status (OrderStatus): Order status (PENDING_NEW: pending order of an order list not placed yet;
            EXPIRED_IN_MATCH: expired by self-trade prevention).
        symbol (str):
        is_isolated (bool): true for an order of an isolated margin pair.
        time (int): Order creation time (ms).
        time_in_force (TimeInForce): How long an order stays active (GTC good till cancelled, IOC immediate or cancel,
            FOK fill or kill).
        type_ (OrderType): Order type.
        self_trade_prevention_mode (SelfTradePreventionMode): Self-trade prevention mode (the allowed set depends on the
            symbol).
        update_time (int): Last update time (ms).
        iceberg_qty (Decimal | Unset): Iceberg quantity (0 for a non-iceberg order).
        stop_price (Decimal | Unset): Stop price (0 when not a stop order).
    """

    client_order_id: str
    cummulative_quote_qty: Decimal
    executed_qty: Decimal
    is_working: bool
    order_id: int
    orig_qty: Decimal
    price: Decimal
    side: OrderSide
    status: OrderStatus
    symbol: str
    is_isolated: bool
    time: int
    time_in_force: TimeInForce
    type_: OrderType
    self_trade_prevention_mode: SelfTradePreventionMode
    update_time: int
    iceberg_qty: Decimal | Unset = UNSET
    stop_price: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_order_id = self.client_order_id

        cummulative_quote_qty = _format_decimal(self.cummulative_quote_qty)

        executed_qty = _format_decimal(self.executed_qty)

        is_working = self.is_working

        order_id = self.order_id

        orig_qty = _format_decimal(self.orig_qty)

        price = _format_decimal(self.price)

        side = self.side.value

        status = self.status.value

        symbol = self.symbol

        is_isolated = self.is_isolated

        time = self.time

        time_in_force = self.time_in_force.value

        type_ = self.type_.value

        self_trade_prevention_mode = self.self_trade_prevention_mode.value

        update_time = self.update_time

        iceberg_qty: str | Unset = UNSET
        if not isinstance(self.iceberg_qty, Unset):
            iceberg_qty = _format_decimal(self.iceberg_qty)

        stop_price: str | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = _format_decimal(self.stop_price)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientOrderId": client_order_id,
                "cummulativeQuoteQty": cummulative_quote_qty,
                "executedQty": executed_qty,
                "isWorking": is_working,
                "orderId": order_id,
                "origQty": orig_qty,
                "price": price,
                "side": side,
                "status": status,
                "symbol": symbol,
                "isIsolated": is_isolated,
                "time": time,
                "timeInForce": time_in_force,
                "type": type_,
                "selfTradePreventionMode": self_trade_prevention_mode,
                "updateTime": update_time,
            }
        )
        if iceberg_qty is not UNSET:
            field_dict["icebergQty"] = iceberg_qty
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_order_id = d.pop("clientOrderId")

        cummulative_quote_qty = _parse_decimal(d.pop("cummulativeQuoteQty"))

        executed_qty = _parse_decimal(d.pop("executedQty"))

        is_working = d.pop("isWorking")

        order_id = d.pop("orderId")

        orig_qty = _parse_decimal(d.pop("origQty"))

        price = _parse_decimal(d.pop("price"))

        side = OrderSide(d.pop("side"))

        status = OrderStatus(d.pop("status"))

        symbol = d.pop("symbol")

        is_isolated = d.pop("isIsolated")

        time = d.pop("time")

        time_in_force = TimeInForce(d.pop("timeInForce"))

        type_ = OrderType(d.pop("type"))

        self_trade_prevention_mode = SelfTradePreventionMode(d.pop("selfTradePreventionMode"))

        update_time = d.pop("updateTime")

        _iceberg_qty = d.pop("icebergQty", UNSET)
        iceberg_qty: Decimal | Unset
        if isinstance(_iceberg_qty, Unset):
            iceberg_qty = UNSET
        else:
            iceberg_qty = _parse_decimal(_iceberg_qty)

        _stop_price = d.pop("stopPrice", UNSET)
        stop_price: Decimal | Unset
        if isinstance(_stop_price, Unset):
            stop_price = UNSET
        else:
            stop_price = _parse_decimal(_stop_price)

        parsed_model_ = cls(
            client_order_id=client_order_id,
            cummulative_quote_qty=cummulative_quote_qty,
            executed_qty=executed_qty,
            is_working=is_working,
            order_id=order_id,
            orig_qty=orig_qty,
            price=price,
            side=side,
            status=status,
            symbol=symbol,
            is_isolated=is_isolated,
            time=time,
            time_in_force=time_in_force,
            type_=type_,
            self_trade_prevention_mode=self_trade_prevention_mode,
            update_time=update_time,
            iceberg_qty=iceberg_qty,
            stop_price=stop_price,
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
