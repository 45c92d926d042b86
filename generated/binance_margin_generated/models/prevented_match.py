from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="PreventedMatch")


@_attrs_define
class PreventedMatch:
    """
    Attributes:
        symbol (str | Unset):
        prevented_match_id (int | Unset):
        taker_order_id (int | Unset):
        maker_symbol (str | Unset):
        maker_order_id (int | Unset):
        trade_group_id (int | Unset):
        self_trade_prevention_mode (str | Unset):
        price (Decimal | Unset):
        maker_prevented_quantity (str | Unset):
        transact_time (int | Unset):
    """

    symbol: str | Unset = UNSET
    prevented_match_id: int | Unset = UNSET
    taker_order_id: int | Unset = UNSET
    maker_symbol: str | Unset = UNSET
    maker_order_id: int | Unset = UNSET
    trade_group_id: int | Unset = UNSET
    self_trade_prevention_mode: str | Unset = UNSET
    price: Decimal | Unset = UNSET
    maker_prevented_quantity: str | Unset = UNSET
    transact_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        prevented_match_id = self.prevented_match_id

        taker_order_id = self.taker_order_id

        maker_symbol = self.maker_symbol

        maker_order_id = self.maker_order_id

        trade_group_id = self.trade_group_id

        self_trade_prevention_mode = self.self_trade_prevention_mode

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = _format_decimal(self.price)

        maker_prevented_quantity = self.maker_prevented_quantity

        transact_time = self.transact_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if prevented_match_id is not UNSET:
            field_dict["preventedMatchId"] = prevented_match_id
        if taker_order_id is not UNSET:
            field_dict["takerOrderId"] = taker_order_id
        if maker_symbol is not UNSET:
            field_dict["makerSymbol"] = maker_symbol
        if maker_order_id is not UNSET:
            field_dict["makerOrderId"] = maker_order_id
        if trade_group_id is not UNSET:
            field_dict["tradeGroupId"] = trade_group_id
        if self_trade_prevention_mode is not UNSET:
            field_dict["selfTradePreventionMode"] = self_trade_prevention_mode
        if price is not UNSET:
            field_dict["price"] = price
        if maker_prevented_quantity is not UNSET:
            field_dict["makerPreventedQuantity"] = maker_prevented_quantity
        if transact_time is not UNSET:
            field_dict["transactTime"] = transact_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)

        prevented_match_id = d.pop("preventedMatchId", UNSET)

        taker_order_id = d.pop("takerOrderId", UNSET)

        maker_symbol = d.pop("makerSymbol", UNSET)

        maker_order_id = d.pop("makerOrderId", UNSET)

        trade_group_id = d.pop("tradeGroupId", UNSET)

        self_trade_prevention_mode = d.pop("selfTradePreventionMode", UNSET)

        _price = d.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = _parse_decimal(_price)

        maker_prevented_quantity = d.pop("makerPreventedQuantity", UNSET)

        transact_time = d.pop("transactTime", UNSET)

        parsed_model_ = cls(
            symbol=symbol,
            prevented_match_id=prevented_match_id,
            taker_order_id=taker_order_id,
            maker_symbol=maker_symbol,
            maker_order_id=maker_order_id,
            trade_group_id=trade_group_id,
            self_trade_prevention_mode=self_trade_prevention_mode,
            price=price,
            maker_prevented_quantity=maker_prevented_quantity,
            transact_time=transact_time,
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
