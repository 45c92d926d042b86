from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..models.order_side import ORDER_SIDE_BY_VALUE, OrderSide
from ..models.order_status import ORDER_STATUS_BY_VALUE, OrderStatus
from ..models.order_type import ORDER_TYPE_BY_VALUE, OrderType
from ..models.self_trade_prevention_mode import SELF_TRADE_PREVENTION_MODE_BY_VALUE, SelfTradePreventionMode
from ..models.time_in_force import TIME_IN_FORCE_BY_VALUE, TimeInForce
from ..types import _DECIMALS, UNSET, AbsentKeyError, Unset, _format_decimal, _parse_decimal

if TYPE_CHECKING:
    from ..models.new_order_fill import NewOrderFill


T = TypeVar("T", bound="NewOrderResult")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "symbol",
        "orderId",
        "clientOrderId",
        "transactTime",
        "isIsolated",
        "price",
        "origQty",
        "executedQty",
        "cummulativeQuoteQty",
        "status",
        "timeInForce",
        "type",
        "side",
        "selfTradePreventionMode",
        "marginBuyBorrowAmount",
        "marginBuyBorrowAsset",
        "fills",
    ]
)


@_attrs_define
class NewOrderResult:
    """A new margin order: ACK has symbol, orderId, clientOrderId, transactTime (and isIsolated); RESULT adds the order
    state; FULL adds fills.

        Attributes:
            symbol (str):
            order_id (int):
            client_order_id (str):
            transact_time (int): Placement time (ms).
            is_isolated (bool | Unset): true for an order of an isolated margin pair.
            price (Decimal | Unset): Limit price (0 for MARKET orders).
            orig_qty (Decimal | Unset): Ordered quantity.
            executed_qty (Decimal | Unset): Quantity filled so far.
            cummulative_quote_qty (Decimal | Unset): Cumulative quote asset quantity transacted.
            status (OrderStatus | Unset): Order status (PENDING_NEW: pending order of an order list not placed yet;
                EXPIRED_IN_MATCH: expired by self-trade prevention).
            time_in_force (TimeInForce | Unset): How long an order stays active (GTC good till cancelled, IOC immediate or
                cancel, FOK fill or kill).
            type_ (OrderType | Unset): Order type.
            side (OrderSide | Unset): Order side.
            self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode (the allowed set
                depends on the symbol).
            margin_buy_borrow_amount (float | Unset): Amount borrowed for the order; absent if no borrowing happened.
                Binance's example sends a JSON number here (5) but a string in the OCO response.
            margin_buy_borrow_asset (str | Unset): Asset borrowed; absent if no borrowing happened.
            fills (list[NewOrderFill] | Unset): Fills (FULL responses only).
    """

    symbol: str
    order_id: int
    client_order_id: str
    transact_time: int
    is_isolated: bool | Unset = UNSET
    price: Decimal | Unset = UNSET
    orig_qty: Decimal | Unset = UNSET
    executed_qty: Decimal | Unset = UNSET
    cummulative_quote_qty: Decimal | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    time_in_force: TimeInForce | Unset = UNSET
    type_: OrderType | Unset = UNSET
    side: OrderSide | Unset = UNSET
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET
    margin_buy_borrow_amount: float | Unset = UNSET
    margin_buy_borrow_asset: str | Unset = UNSET
    fills: list[NewOrderFill] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("time_in_force", "timeInForce"),
        ("type_", "type"),
        ("side", "side"),
        ("self_trade_prevention_mode", "selfTradePreventionMode"),
        ("fills", "fills"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        symbol = self.symbol

        order_id = self.order_id

        client_order_id = self.client_order_id

        transact_time = self.transact_time

        is_isolated = self.is_isolated

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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        self_trade_prevention_mode: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_mode, Unset):
            self_trade_prevention_mode = self.self_trade_prevention_mode.value

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
        field_dict.update(
            {
                "symbol": symbol,
                "orderId": order_id,
                "clientOrderId": client_order_id,
                "transactTime": transact_time,
            }
        )
        if is_isolated is not UNSET:
            field_dict["isIsolated"] = is_isolated
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
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        from ..models.new_order_fill import NewOrderFill  # noqa: PLC0415

        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.symbol = d["symbol"]
            parsed_model_.order_id = d["orderId"]
            parsed_model_.client_order_id = d["clientOrderId"]
            parsed_model_.transact_time = d["transactTime"]
            parsed_model_.is_isolated = is_isolated = d.get("isIsolated", UNSET)
            _price = d.get("price", UNSET)
            parsed_model_.price = UNSET if _price is UNSET else _DECIMALS[_price]
            _orig_qty = d.get("origQty", UNSET)
            parsed_model_.orig_qty = UNSET if _orig_qty is UNSET else _DECIMALS[_orig_qty]
            _executed_qty = d.get("executedQty", UNSET)
            parsed_model_.executed_qty = UNSET if _executed_qty is UNSET else _DECIMALS[_executed_qty]
            _cummulative_quote_qty = d.get("cummulativeQuoteQty", UNSET)
            parsed_model_.cummulative_quote_qty = (
                UNSET if _cummulative_quote_qty is UNSET else _DECIMALS[_cummulative_quote_qty]
            )
            _status = d.get("status", UNSET)
            parsed_model_.status = UNSET if _status is UNSET else ORDER_STATUS_BY_VALUE[_status]
            _time_in_force = d.get("timeInForce", UNSET)
            parsed_model_.time_in_force = UNSET if _time_in_force is UNSET else TIME_IN_FORCE_BY_VALUE[_time_in_force]
            _type_ = d.get("type", UNSET)
            parsed_model_.type_ = UNSET if _type_ is UNSET else ORDER_TYPE_BY_VALUE[_type_]
            _side = d.get("side", UNSET)
            parsed_model_.side = UNSET if _side is UNSET else ORDER_SIDE_BY_VALUE[_side]
            _self_trade_prevention_mode = d.get("selfTradePreventionMode", UNSET)
            parsed_model_.self_trade_prevention_mode = (
                UNSET
                if _self_trade_prevention_mode is UNSET
                else SELF_TRADE_PREVENTION_MODE_BY_VALUE[_self_trade_prevention_mode]
            )
            parsed_model_.margin_buy_borrow_amount = margin_buy_borrow_amount = d.get("marginBuyBorrowAmount", UNSET)
            parsed_model_.margin_buy_borrow_asset = margin_buy_borrow_asset = d.get("marginBuyBorrowAsset", UNSET)
            _fills = d.get("fills", UNSET)
            parsed_model_.fills = UNSET if _fills is UNSET else [NewOrderFill.from_dict(item_) for item_ in _fills]
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {}
            if len(d)
            == 4
            + (is_isolated is not UNSET)
            + (_price is not UNSET)
            + (_orig_qty is not UNSET)
            + (_executed_qty is not UNSET)
            + (_cummulative_quote_qty is not UNSET)
            + (_status is not UNSET)
            + (_time_in_force is not UNSET)
            + (_type_ is not UNSET)
            + (_side is not UNSET)
            + (_self_trade_prevention_mode is not UNSET)
            + (margin_buy_borrow_amount is not UNSET)
            + (margin_buy_borrow_asset is not UNSET)
            + (_fills is not UNSET)
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
            raise AbsentKeyError(key, "NewOrderResult")
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
            raise TypeError(f"{key!r} is a typed attribute of NewOrderResult: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """NewOrderResult.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    from ..models.new_order_fill import NewOrderFill  # noqa: PLC0415

    d = src_dict
    symbol = d["symbol"]

    order_id = d["orderId"]

    client_order_id = d["clientOrderId"]

    transact_time = d["transactTime"]

    is_isolated = d.get("isIsolated", UNSET)

    _price = d.get("price", UNSET)
    price: Decimal | Unset
    if _price is UNSET:
        price = UNSET
    else:
        _price_cached = _DECIMALS.get(_price)
        price = _price_cached if _price_cached is not None else _parse_decimal(_price)

    _orig_qty = d.get("origQty", UNSET)
    orig_qty: Decimal | Unset
    if _orig_qty is UNSET:
        orig_qty = UNSET
    else:
        _orig_qty_cached = _DECIMALS.get(_orig_qty)
        orig_qty = _orig_qty_cached if _orig_qty_cached is not None else _parse_decimal(_orig_qty)

    _executed_qty = d.get("executedQty", UNSET)
    executed_qty: Decimal | Unset
    if _executed_qty is UNSET:
        executed_qty = UNSET
    else:
        _executed_qty_cached = _DECIMALS.get(_executed_qty)
        executed_qty = _executed_qty_cached if _executed_qty_cached is not None else _parse_decimal(_executed_qty)

    _cummulative_quote_qty = d.get("cummulativeQuoteQty", UNSET)
    cummulative_quote_qty: Decimal | Unset
    if _cummulative_quote_qty is UNSET:
        cummulative_quote_qty = UNSET
    else:
        _cummulative_quote_qty_cached = _DECIMALS.get(_cummulative_quote_qty)
        cummulative_quote_qty = (
            _cummulative_quote_qty_cached
            if _cummulative_quote_qty_cached is not None
            else _parse_decimal(_cummulative_quote_qty)
        )

    _status = d.get("status", UNSET)
    status: OrderStatus | Unset
    if _status is UNSET:
        status = UNSET
    else:
        status = ORDER_STATUS_BY_VALUE.get(_status) or OrderStatus(_status)

    _time_in_force = d.get("timeInForce", UNSET)
    time_in_force: TimeInForce | Unset
    if _time_in_force is UNSET:
        time_in_force = UNSET
    else:
        time_in_force = TIME_IN_FORCE_BY_VALUE.get(_time_in_force) or TimeInForce(_time_in_force)

    _type_ = d.get("type", UNSET)
    type_: OrderType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = ORDER_TYPE_BY_VALUE.get(_type_) or OrderType(_type_)

    _side = d.get("side", UNSET)
    side: OrderSide | Unset
    if _side is UNSET:
        side = UNSET
    else:
        side = ORDER_SIDE_BY_VALUE.get(_side) or OrderSide(_side)

    _self_trade_prevention_mode = d.get("selfTradePreventionMode", UNSET)
    self_trade_prevention_mode: SelfTradePreventionMode | Unset
    if _self_trade_prevention_mode is UNSET:
        self_trade_prevention_mode = UNSET
    else:
        self_trade_prevention_mode = SELF_TRADE_PREVENTION_MODE_BY_VALUE.get(
            _self_trade_prevention_mode
        ) or SelfTradePreventionMode(_self_trade_prevention_mode)

    margin_buy_borrow_amount = d.get("marginBuyBorrowAmount", UNSET)

    margin_buy_borrow_asset = d.get("marginBuyBorrowAsset", UNSET)

    _fills = d.get("fills", UNSET)
    fills: list[NewOrderFill] | Unset = UNSET
    if _fills is not UNSET:
        _fills_from_dict = NewOrderFill.from_dict
        fills = [_fills_from_dict(fills_item_data) for fills_item_data in _fills]

    parsed_model_ = cls(
        symbol,
        order_id,
        client_order_id,
        transact_time,
        is_isolated,
        price,
        orig_qty,
        executed_qty,
        cummulative_quote_qty,
        status,
        time_in_force,
        type_,
        side,
        self_trade_prevention_mode,
        margin_buy_borrow_amount,
        margin_buy_borrow_asset,
        fills,
    )

    if len(d) != 4 + ("isIsolated" in d) + ("price" in d) + ("origQty" in d) + ("executedQty" in d) + (
        "cummulativeQuoteQty" in d
    ) + ("status" in d) + ("timeInForce" in d) + ("type" in d) + ("side" in d) + ("selfTradePreventionMode" in d) + (
        "marginBuyBorrowAmount" in d
    ) + ("marginBuyBorrowAsset" in d) + ("fills" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
