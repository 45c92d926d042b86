from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

if TYPE_CHECKING:
    from ..models.new_order_result_fill import NewOrderResultFill


T = TypeVar("T", bound="NewOrderResult")


@_attrs_define
class NewOrderResult:
    """
    Attributes:
        symbol (str | Unset):
        order_id (int | Unset):
        client_order_id (str | Unset):
        is_isolated (bool | Unset):
        transact_time (int | Unset):
        price (Decimal | Unset):
        orig_qty (Decimal | Unset):
        executed_qty (Decimal | Unset):
        cummulative_quote_qty (Decimal | Unset):
        status (str | Unset):
        time_in_force (str | Unset):
        type_ (str | Unset):
        side (str | Unset):
        self_trade_prevention_mode (str | Unset):
        margin_buy_borrow_amount (int | Unset):
        margin_buy_borrow_asset (str | Unset):
        fills (list[NewOrderResultFill] | Unset):
    """

    symbol: str | Unset = UNSET
    order_id: int | Unset = UNSET
    client_order_id: str | Unset = UNSET
    is_isolated: bool | Unset = UNSET
    transact_time: int | Unset = UNSET
    price: Decimal | Unset = UNSET
    orig_qty: Decimal | Unset = UNSET
    executed_qty: Decimal | Unset = UNSET
    cummulative_quote_qty: Decimal | Unset = UNSET
    status: str | Unset = UNSET
    time_in_force: str | Unset = UNSET
    type_: str | Unset = UNSET
    side: str | Unset = UNSET
    self_trade_prevention_mode: str | Unset = UNSET
    margin_buy_borrow_amount: int | Unset = UNSET
    margin_buy_borrow_asset: str | Unset = UNSET
    fills: list[NewOrderResultFill] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_id = self.order_id

        client_order_id = self.client_order_id

        is_isolated = self.is_isolated

        transact_time = self.transact_time

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

        margin_buy_borrow_amount = self.margin_buy_borrow_amount

        margin_buy_borrow_asset = self.margin_buy_borrow_asset

        fills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fills, Unset):
            fills = []
            for fills_item_data in self.fills:
                fills_item = fills_item_data.to_dict()
                fills.append(fills_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if is_isolated is not UNSET:
            field_dict["isIsolated"] = is_isolated
        if transact_time is not UNSET:
            field_dict["transactTime"] = transact_time
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
        if margin_buy_borrow_amount is not UNSET:
            field_dict["marginBuyBorrowAmount"] = margin_buy_borrow_amount
        if margin_buy_borrow_asset is not UNSET:
            field_dict["marginBuyBorrowAsset"] = margin_buy_borrow_asset
        if fills is not UNSET:
            field_dict["fills"] = fills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_order_result_fill import NewOrderResultFill  # noqa: PLC0415

        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)

        order_id = d.pop("orderId", UNSET)

        client_order_id = d.pop("clientOrderId", UNSET)

        is_isolated = d.pop("isIsolated", UNSET)

        transact_time = d.pop("transactTime", UNSET)

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

        margin_buy_borrow_amount = d.pop("marginBuyBorrowAmount", UNSET)

        margin_buy_borrow_asset = d.pop("marginBuyBorrowAsset", UNSET)

        _fills = d.pop("fills", UNSET)
        fills: list[NewOrderResultFill] | Unset = UNSET
        if _fills is not UNSET:
            fills = []
            for fills_item_data in _fills:
                fills_item = NewOrderResultFill.from_dict(fills_item_data)

                fills.append(fills_item)

        parsed_model_ = cls(
            symbol=symbol,
            order_id=order_id,
            client_order_id=client_order_id,
            is_isolated=is_isolated,
            transact_time=transact_time,
            price=price,
            orig_qty=orig_qty,
            executed_qty=executed_qty,
            cummulative_quote_qty=cummulative_quote_qty,
            status=status,
            time_in_force=time_in_force,
            type_=type_,
            side=side,
            self_trade_prevention_mode=self_trade_prevention_mode,
            margin_buy_borrow_amount=margin_buy_borrow_amount,
            margin_buy_borrow_asset=margin_buy_borrow_asset,
            fills=fills,
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
