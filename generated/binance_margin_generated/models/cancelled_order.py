from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="CancelledOrder")


@_attrs_define
class CancelledOrder:
    """
    Attributes:
        symbol (str | Unset):
        order_id (Decimal | Unset):
        orig_client_order_id (str | Unset):
        client_order_id (str | Unset):
        price (Decimal | Unset):
        orig_qty (Decimal | Unset):
        executed_qty (Decimal | Unset):
        cummulative_quote_qty (Decimal | Unset):
        status (str | Unset):
        time_in_force (str | Unset):
        type_ (str | Unset):
        side (str | Unset):
        is_isolated (bool | Unset):
    """

    symbol: str | Unset = UNSET
    order_id: Decimal | Unset = UNSET
    orig_client_order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    price: Decimal | Unset = UNSET
    orig_qty: Decimal | Unset = UNSET
    executed_qty: Decimal | Unset = UNSET
    cummulative_quote_qty: Decimal | Unset = UNSET
    status: str | Unset = UNSET
    time_in_force: str | Unset = UNSET
    type_: str | Unset = UNSET
    side: str | Unset = UNSET
    is_isolated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = _format_decimal(self.order_id)

        orig_client_order_id = self.orig_client_order_id

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

        is_isolated = self.is_isolated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if orig_client_order_id is not UNSET:
            field_dict["origClientOrderId"] = orig_client_order_id
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
        if is_isolated is not UNSET:
            field_dict["isIsolated"] = is_isolated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)

        _order_id = d.pop("orderId", UNSET)
        order_id: Decimal | Unset
        if isinstance(_order_id, Unset):
            order_id = UNSET
        else:
            order_id = _parse_decimal(_order_id)

        orig_client_order_id = d.pop("origClientOrderId", UNSET)

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

        is_isolated = d.pop("isIsolated", UNSET)

        parsed_model_ = cls(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            client_order_id=client_order_id,
            price=price,
            orig_qty=orig_qty,
            executed_qty=executed_qty,
            cummulative_quote_qty=cummulative_quote_qty,
            status=status,
            time_in_force=time_in_force,
            type_=type_,
            side=side,
            is_isolated=is_isolated,
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
