from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..models.symbol_filter_type import SYMBOL_FILTER_TYPE_BY_VALUE, SymbolFilterType
from ..types import _DECIMALS, UNSET, AbsentKeyError, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="SymbolFilter")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "filterType",
        "minPrice",
        "maxPrice",
        "tickSize",
        "multiplierUp",
        "multiplierDown",
        "bidMultiplierUp",
        "bidMultiplierDown",
        "askMultiplierUp",
        "askMultiplierDown",
        "avgPriceMins",
        "minQty",
        "maxQty",
        "stepSize",
        "minNotional",
        "applyToMarket",
        "maxNotional",
        "applyMinToMarket",
        "applyMaxToMarket",
        "limit",
        "maxNumOrders",
        "maxNumAlgoOrders",
        "maxNumIcebergOrders",
        "maxPosition",
        "minTrailingAboveDelta",
        "maxTrailingAboveDelta",
        "minTrailingBelowDelta",
        "maxTrailingBelowDelta",
        "maxNumOrderAmends",
        "maxNumOrderLists",
    ]
)


@_attrs_define
class SymbolFilter:
    """One symbol filter from exchangeInfo. Only `filterType` is always present; the other fields depend on it (see
    Binance's Filters page). Price/quantity rules are disabled when their value is 0.

        Attributes:
            filter_type (SymbolFilterType): Kind of symbol filter.
            min_price (Decimal | Unset): PRICE_FILTER - minimum price/stopPrice.
            max_price (Decimal | Unset): PRICE_FILTER - maximum price/stopPrice.
            tick_size (Decimal | Unset): PRICE_FILTER - price step; price % tickSize must be 0.
            multiplier_up (Decimal | Unset): PERCENT_PRICE - price <= weighted average price x multiplierUp.
            multiplier_down (Decimal | Unset): PERCENT_PRICE - price >= weighted average price x multiplierDown.
            bid_multiplier_up (Decimal | Unset): PERCENT_PRICE_BY_SIDE - upper bound factor for BUY orders.
            bid_multiplier_down (Decimal | Unset): PERCENT_PRICE_BY_SIDE - lower bound factor for BUY orders.
            ask_multiplier_up (Decimal | Unset): PERCENT_PRICE_BY_SIDE - upper bound factor for SELL orders.
            ask_multiplier_down (Decimal | Unset): PERCENT_PRICE_BY_SIDE - lower bound factor for SELL orders.
            avg_price_mins (int | Unset): PERCENT_PRICE(_BY_SIDE), MIN_NOTIONAL, NOTIONAL - minutes of the average price; 0
                = last price.
            min_qty (Decimal | Unset): LOT_SIZE / MARKET_LOT_SIZE - minimum quantity.
            max_qty (Decimal | Unset): LOT_SIZE / MARKET_LOT_SIZE - maximum quantity.
            step_size (Decimal | Unset): LOT_SIZE / MARKET_LOT_SIZE - quantity step; quantity % stepSize must be 0.
            min_notional (Decimal | Unset): MIN_NOTIONAL / NOTIONAL - minimum price x quantity.
            apply_to_market (bool | Unset): MIN_NOTIONAL - also applied to MARKET orders.
            max_notional (Decimal | Unset): NOTIONAL - maximum price x quantity.
            apply_min_to_market (bool | Unset): NOTIONAL - minNotional also applies to MARKET orders.
            apply_max_to_market (bool | Unset): NOTIONAL - maxNotional also applies to MARKET orders.
            limit (int | Unset): ICEBERG_PARTS - maximum parts of an iceberg order.
            max_num_orders (int | Unset): MAX_NUM_ORDERS - open orders per account on the symbol.
            max_num_algo_orders (int | Unset): MAX_NUM_ALGO_ORDERS - open stop/take-profit orders per account on the symbol.
            max_num_iceberg_orders (int | Unset): MAX_NUM_ICEBERG_ORDERS - open iceberg orders per account on the symbol.
            max_position (Decimal | Unset): MAX_POSITION - maximum position in the base asset.
            min_trailing_above_delta (int | Unset): TRAILING_DELTA - minimum trailingDelta (BIPS) for STOP_LOSS BUY /
                TAKE_PROFIT SELL orders.
            max_trailing_above_delta (int | Unset): TRAILING_DELTA - maximum trailingDelta for STOP_LOSS BUY / TAKE_PROFIT
                SELL orders.
            min_trailing_below_delta (int | Unset): TRAILING_DELTA - minimum trailingDelta for STOP_LOSS SELL / TAKE_PROFIT
                BUY orders.
            max_trailing_below_delta (int | Unset): TRAILING_DELTA - maximum trailingDelta for STOP_LOSS SELL / TAKE_PROFIT
                BUY orders.
            max_num_order_amends (int | Unset): MAX_NUM_ORDER_AMENDS - amendments allowed per order.
            max_num_order_lists (int | Unset): MAX_NUM_ORDER_LISTS - open order lists per account on the symbol.
    """

    filter_type: SymbolFilterType
    min_price: Decimal | Unset = UNSET
    max_price: Decimal | Unset = UNSET
    tick_size: Decimal | Unset = UNSET
    multiplier_up: Decimal | Unset = UNSET
    multiplier_down: Decimal | Unset = UNSET
    bid_multiplier_up: Decimal | Unset = UNSET
    bid_multiplier_down: Decimal | Unset = UNSET
    ask_multiplier_up: Decimal | Unset = UNSET
    ask_multiplier_down: Decimal | Unset = UNSET
    avg_price_mins: int | Unset = UNSET
    min_qty: Decimal | Unset = UNSET
    max_qty: Decimal | Unset = UNSET
    step_size: Decimal | Unset = UNSET
    min_notional: Decimal | Unset = UNSET
    apply_to_market: bool | Unset = UNSET
    max_notional: Decimal | Unset = UNSET
    apply_min_to_market: bool | Unset = UNSET
    apply_max_to_market: bool | Unset = UNSET
    limit: int | Unset = UNSET
    max_num_orders: int | Unset = UNSET
    max_num_algo_orders: int | Unset = UNSET
    max_num_iceberg_orders: int | Unset = UNSET
    max_position: Decimal | Unset = UNSET
    min_trailing_above_delta: int | Unset = UNSET
    max_trailing_above_delta: int | Unset = UNSET
    min_trailing_below_delta: int | Unset = UNSET
    max_trailing_below_delta: int | Unset = UNSET
    max_num_order_amends: int | Unset = UNSET
    max_num_order_lists: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (("filter_type", "filterType"),)
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        filter_type = self.filter_type.value

        min_price: str | Unset = UNSET
        if not isinstance(self.min_price, Unset):
            min_price = _format_decimal(self.min_price)

        max_price: str | Unset = UNSET
        if not isinstance(self.max_price, Unset):
            max_price = _format_decimal(self.max_price)

        tick_size: str | Unset = UNSET
        if not isinstance(self.tick_size, Unset):
            tick_size = _format_decimal(self.tick_size)

        multiplier_up: str | Unset = UNSET
        if not isinstance(self.multiplier_up, Unset):
            multiplier_up = _format_decimal(self.multiplier_up)

        multiplier_down: str | Unset = UNSET
        if not isinstance(self.multiplier_down, Unset):
            multiplier_down = _format_decimal(self.multiplier_down)

        bid_multiplier_up: str | Unset = UNSET
        if not isinstance(self.bid_multiplier_up, Unset):
            bid_multiplier_up = _format_decimal(self.bid_multiplier_up)

        bid_multiplier_down: str | Unset = UNSET
        if not isinstance(self.bid_multiplier_down, Unset):
            bid_multiplier_down = _format_decimal(self.bid_multiplier_down)

        ask_multiplier_up: str | Unset = UNSET
        if not isinstance(self.ask_multiplier_up, Unset):
            ask_multiplier_up = _format_decimal(self.ask_multiplier_up)

        ask_multiplier_down: str | Unset = UNSET
        if not isinstance(self.ask_multiplier_down, Unset):
            ask_multiplier_down = _format_decimal(self.ask_multiplier_down)

        avg_price_mins = self.avg_price_mins

        min_qty: str | Unset = UNSET
        if not isinstance(self.min_qty, Unset):
            min_qty = _format_decimal(self.min_qty)

        max_qty: str | Unset = UNSET
        if not isinstance(self.max_qty, Unset):
            max_qty = _format_decimal(self.max_qty)

        step_size: str | Unset = UNSET
        if not isinstance(self.step_size, Unset):
            step_size = _format_decimal(self.step_size)

        min_notional: str | Unset = UNSET
        if not isinstance(self.min_notional, Unset):
            min_notional = _format_decimal(self.min_notional)

        apply_to_market = self.apply_to_market

        max_notional: str | Unset = UNSET
        if not isinstance(self.max_notional, Unset):
            max_notional = _format_decimal(self.max_notional)

        apply_min_to_market = self.apply_min_to_market

        apply_max_to_market = self.apply_max_to_market

        limit = self.limit

        max_num_orders = self.max_num_orders

        max_num_algo_orders = self.max_num_algo_orders

        max_num_iceberg_orders = self.max_num_iceberg_orders

        max_position: str | Unset = UNSET
        if not isinstance(self.max_position, Unset):
            max_position = _format_decimal(self.max_position)

        min_trailing_above_delta = self.min_trailing_above_delta

        max_trailing_above_delta = self.max_trailing_above_delta

        min_trailing_below_delta = self.min_trailing_below_delta

        max_trailing_below_delta = self.max_trailing_below_delta

        max_num_order_amends = self.max_num_order_amends

        max_num_order_lists = self.max_num_order_lists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
            }
        )
        if min_price is not UNSET:
            field_dict["minPrice"] = min_price
        if max_price is not UNSET:
            field_dict["maxPrice"] = max_price
        if tick_size is not UNSET:
            field_dict["tickSize"] = tick_size
        if multiplier_up is not UNSET:
            field_dict["multiplierUp"] = multiplier_up
        if multiplier_down is not UNSET:
            field_dict["multiplierDown"] = multiplier_down
        if bid_multiplier_up is not UNSET:
            field_dict["bidMultiplierUp"] = bid_multiplier_up
        if bid_multiplier_down is not UNSET:
            field_dict["bidMultiplierDown"] = bid_multiplier_down
        if ask_multiplier_up is not UNSET:
            field_dict["askMultiplierUp"] = ask_multiplier_up
        if ask_multiplier_down is not UNSET:
            field_dict["askMultiplierDown"] = ask_multiplier_down
        if avg_price_mins is not UNSET:
            field_dict["avgPriceMins"] = avg_price_mins
        if min_qty is not UNSET:
            field_dict["minQty"] = min_qty
        if max_qty is not UNSET:
            field_dict["maxQty"] = max_qty
        if step_size is not UNSET:
            field_dict["stepSize"] = step_size
        if min_notional is not UNSET:
            field_dict["minNotional"] = min_notional
        if apply_to_market is not UNSET:
            field_dict["applyToMarket"] = apply_to_market
        if max_notional is not UNSET:
            field_dict["maxNotional"] = max_notional
        if apply_min_to_market is not UNSET:
            field_dict["applyMinToMarket"] = apply_min_to_market
        if apply_max_to_market is not UNSET:
            field_dict["applyMaxToMarket"] = apply_max_to_market
        if limit is not UNSET:
            field_dict["limit"] = limit
        if max_num_orders is not UNSET:
            field_dict["maxNumOrders"] = max_num_orders
        if max_num_algo_orders is not UNSET:
            field_dict["maxNumAlgoOrders"] = max_num_algo_orders
        if max_num_iceberg_orders is not UNSET:
            field_dict["maxNumIcebergOrders"] = max_num_iceberg_orders
        if max_position is not UNSET:
            field_dict["maxPosition"] = max_position
        if min_trailing_above_delta is not UNSET:
            field_dict["minTrailingAboveDelta"] = min_trailing_above_delta
        if max_trailing_above_delta is not UNSET:
            field_dict["maxTrailingAboveDelta"] = max_trailing_above_delta
        if min_trailing_below_delta is not UNSET:
            field_dict["minTrailingBelowDelta"] = min_trailing_below_delta
        if max_trailing_below_delta is not UNSET:
            field_dict["maxTrailingBelowDelta"] = max_trailing_below_delta
        if max_num_order_amends is not UNSET:
            field_dict["maxNumOrderAmends"] = max_num_order_amends
        if max_num_order_lists is not UNSET:
            field_dict["maxNumOrderLists"] = max_num_order_lists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.filter_type = SYMBOL_FILTER_TYPE_BY_VALUE[d["filterType"]]
            _min_price = d.get("minPrice", UNSET)
            parsed_model_.min_price = UNSET if _min_price is UNSET else _DECIMALS[_min_price]
            _max_price = d.get("maxPrice", UNSET)
            parsed_model_.max_price = UNSET if _max_price is UNSET else _DECIMALS[_max_price]
            _tick_size = d.get("tickSize", UNSET)
            parsed_model_.tick_size = UNSET if _tick_size is UNSET else _DECIMALS[_tick_size]
            _multiplier_up = d.get("multiplierUp", UNSET)
            parsed_model_.multiplier_up = UNSET if _multiplier_up is UNSET else _DECIMALS[_multiplier_up]
            _multiplier_down = d.get("multiplierDown", UNSET)
            parsed_model_.multiplier_down = UNSET if _multiplier_down is UNSET else _DECIMALS[_multiplier_down]
            _bid_multiplier_up = d.get("bidMultiplierUp", UNSET)
            parsed_model_.bid_multiplier_up = UNSET if _bid_multiplier_up is UNSET else _DECIMALS[_bid_multiplier_up]
            _bid_multiplier_down = d.get("bidMultiplierDown", UNSET)
            parsed_model_.bid_multiplier_down = (
                UNSET if _bid_multiplier_down is UNSET else _DECIMALS[_bid_multiplier_down]
            )
            _ask_multiplier_up = d.get("askMultiplierUp", UNSET)
            parsed_model_.ask_multiplier_up = UNSET if _ask_multiplier_up is UNSET else _DECIMALS[_ask_multiplier_up]
            _ask_multiplier_down = d.get("askMultiplierDown", UNSET)
            parsed_model_.ask_multiplier_down = (
                UNSET if _ask_multiplier_down is UNSET else _DECIMALS[_ask_multiplier_down]
            )
            parsed_model_.avg_price_mins = avg_price_mins = d.get("avgPriceMins", UNSET)
            _min_qty = d.get("minQty", UNSET)
            parsed_model_.min_qty = UNSET if _min_qty is UNSET else _DECIMALS[_min_qty]
            _max_qty = d.get("maxQty", UNSET)
            parsed_model_.max_qty = UNSET if _max_qty is UNSET else _DECIMALS[_max_qty]
            _step_size = d.get("stepSize", UNSET)
            parsed_model_.step_size = UNSET if _step_size is UNSET else _DECIMALS[_step_size]
            _min_notional = d.get("minNotional", UNSET)
            parsed_model_.min_notional = UNSET if _min_notional is UNSET else _DECIMALS[_min_notional]
            parsed_model_.apply_to_market = apply_to_market = d.get("applyToMarket", UNSET)
            _max_notional = d.get("maxNotional", UNSET)
            parsed_model_.max_notional = UNSET if _max_notional is UNSET else _DECIMALS[_max_notional]
            parsed_model_.apply_min_to_market = apply_min_to_market = d.get("applyMinToMarket", UNSET)
            parsed_model_.apply_max_to_market = apply_max_to_market = d.get("applyMaxToMarket", UNSET)
            parsed_model_.limit = limit = d.get("limit", UNSET)
            parsed_model_.max_num_orders = max_num_orders = d.get("maxNumOrders", UNSET)
            parsed_model_.max_num_algo_orders = max_num_algo_orders = d.get("maxNumAlgoOrders", UNSET)
            parsed_model_.max_num_iceberg_orders = max_num_iceberg_orders = d.get("maxNumIcebergOrders", UNSET)
            _max_position = d.get("maxPosition", UNSET)
            parsed_model_.max_position = UNSET if _max_position is UNSET else _DECIMALS[_max_position]
            parsed_model_.min_trailing_above_delta = min_trailing_above_delta = d.get("minTrailingAboveDelta", UNSET)
            parsed_model_.max_trailing_above_delta = max_trailing_above_delta = d.get("maxTrailingAboveDelta", UNSET)
            parsed_model_.min_trailing_below_delta = min_trailing_below_delta = d.get("minTrailingBelowDelta", UNSET)
            parsed_model_.max_trailing_below_delta = max_trailing_below_delta = d.get("maxTrailingBelowDelta", UNSET)
            parsed_model_.max_num_order_amends = max_num_order_amends = d.get("maxNumOrderAmends", UNSET)
            parsed_model_.max_num_order_lists = max_num_order_lists = d.get("maxNumOrderLists", UNSET)
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {}
            if len(d)
            == 1
            + (_min_price is not UNSET)
            + (_max_price is not UNSET)
            + (_tick_size is not UNSET)
            + (_multiplier_up is not UNSET)
            + (_multiplier_down is not UNSET)
            + (_bid_multiplier_up is not UNSET)
            + (_bid_multiplier_down is not UNSET)
            + (_ask_multiplier_up is not UNSET)
            + (_ask_multiplier_down is not UNSET)
            + (avg_price_mins is not UNSET)
            + (_min_qty is not UNSET)
            + (_max_qty is not UNSET)
            + (_step_size is not UNSET)
            + (_min_notional is not UNSET)
            + (apply_to_market is not UNSET)
            + (_max_notional is not UNSET)
            + (apply_min_to_market is not UNSET)
            + (apply_max_to_market is not UNSET)
            + (limit is not UNSET)
            + (max_num_orders is not UNSET)
            + (max_num_algo_orders is not UNSET)
            + (max_num_iceberg_orders is not UNSET)
            + (_max_position is not UNSET)
            + (min_trailing_above_delta is not UNSET)
            + (max_trailing_above_delta is not UNSET)
            + (min_trailing_below_delta is not UNSET)
            + (max_trailing_below_delta is not UNSET)
            + (max_num_order_amends is not UNSET)
            + (max_num_order_lists is not UNSET)
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
            raise AbsentKeyError(key, "SymbolFilter")
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
            raise TypeError(f"{key!r} is a typed attribute of SymbolFilter: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """SymbolFilter.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    _filter_type = d["filterType"]
    filter_type = SYMBOL_FILTER_TYPE_BY_VALUE.get(_filter_type) or SymbolFilterType(_filter_type)

    _min_price = d.get("minPrice", UNSET)
    min_price: Decimal | Unset
    if _min_price is UNSET:
        min_price = UNSET
    else:
        _min_price_cached = _DECIMALS.get(_min_price)
        min_price = _min_price_cached if _min_price_cached is not None else _parse_decimal(_min_price)

    _max_price = d.get("maxPrice", UNSET)
    max_price: Decimal | Unset
    if _max_price is UNSET:
        max_price = UNSET
    else:
        _max_price_cached = _DECIMALS.get(_max_price)
        max_price = _max_price_cached if _max_price_cached is not None else _parse_decimal(_max_price)

    _tick_size = d.get("tickSize", UNSET)
    tick_size: Decimal | Unset
    if _tick_size is UNSET:
        tick_size = UNSET
    else:
        _tick_size_cached = _DECIMALS.get(_tick_size)
        tick_size = _tick_size_cached if _tick_size_cached is not None else _parse_decimal(_tick_size)

    _multiplier_up = d.get("multiplierUp", UNSET)
    multiplier_up: Decimal | Unset
    if _multiplier_up is UNSET:
        multiplier_up = UNSET
    else:
        _multiplier_up_cached = _DECIMALS.get(_multiplier_up)
        multiplier_up = _multiplier_up_cached if _multiplier_up_cached is not None else _parse_decimal(_multiplier_up)

    _multiplier_down = d.get("multiplierDown", UNSET)
    multiplier_down: Decimal | Unset
    if _multiplier_down is UNSET:
        multiplier_down = UNSET
    else:
        _multiplier_down_cached = _DECIMALS.get(_multiplier_down)
        multiplier_down = (
            _multiplier_down_cached if _multiplier_down_cached is not None else _parse_decimal(_multiplier_down)
        )

    _bid_multiplier_up = d.get("bidMultiplierUp", UNSET)
    bid_multiplier_up: Decimal | Unset
    if _bid_multiplier_up is UNSET:
        bid_multiplier_up = UNSET
    else:
        _bid_multiplier_up_cached = _DECIMALS.get(_bid_multiplier_up)
        bid_multiplier_up = (
            _bid_multiplier_up_cached if _bid_multiplier_up_cached is not None else _parse_decimal(_bid_multiplier_up)
        )

    _bid_multiplier_down = d.get("bidMultiplierDown", UNSET)
    bid_multiplier_down: Decimal | Unset
    if _bid_multiplier_down is UNSET:
        bid_multiplier_down = UNSET
    else:
        _bid_multiplier_down_cached = _DECIMALS.get(_bid_multiplier_down)
        bid_multiplier_down = (
            _bid_multiplier_down_cached
            if _bid_multiplier_down_cached is not None
            else _parse_decimal(_bid_multiplier_down)
        )

    _ask_multiplier_up = d.get("askMultiplierUp", UNSET)
    ask_multiplier_up: Decimal | Unset
    if _ask_multiplier_up is UNSET:
        ask_multiplier_up = UNSET
    else:
        _ask_multiplier_up_cached = _DECIMALS.get(_ask_multiplier_up)
        ask_multiplier_up = (
            _ask_multiplier_up_cached if _ask_multiplier_up_cached is not None else _parse_decimal(_ask_multiplier_up)
        )

    _ask_multiplier_down = d.get("askMultiplierDown", UNSET)
    ask_multiplier_down: Decimal | Unset
    if _ask_multiplier_down is UNSET:
        ask_multiplier_down = UNSET
    else:
        _ask_multiplier_down_cached = _DECIMALS.get(_ask_multiplier_down)
        ask_multiplier_down = (
            _ask_multiplier_down_cached
            if _ask_multiplier_down_cached is not None
            else _parse_decimal(_ask_multiplier_down)
        )

    avg_price_mins = d.get("avgPriceMins", UNSET)

    _min_qty = d.get("minQty", UNSET)
    min_qty: Decimal | Unset
    if _min_qty is UNSET:
        min_qty = UNSET
    else:
        _min_qty_cached = _DECIMALS.get(_min_qty)
        min_qty = _min_qty_cached if _min_qty_cached is not None else _parse_decimal(_min_qty)

    _max_qty = d.get("maxQty", UNSET)
    max_qty: Decimal | Unset
    if _max_qty is UNSET:
        max_qty = UNSET
    else:
        _max_qty_cached = _DECIMALS.get(_max_qty)
        max_qty = _max_qty_cached if _max_qty_cached is not None else _parse_decimal(_max_qty)

    _step_size = d.get("stepSize", UNSET)
    step_size: Decimal | Unset
    if _step_size is UNSET:
        step_size = UNSET
    else:
        _step_size_cached = _DECIMALS.get(_step_size)
        step_size = _step_size_cached if _step_size_cached is not None else _parse_decimal(_step_size)

    _min_notional = d.get("minNotional", UNSET)
    min_notional: Decimal | Unset
    if _min_notional is UNSET:
        min_notional = UNSET
    else:
        _min_notional_cached = _DECIMALS.get(_min_notional)
        min_notional = _min_notional_cached if _min_notional_cached is not None else _parse_decimal(_min_notional)

    apply_to_market = d.get("applyToMarket", UNSET)

    _max_notional = d.get("maxNotional", UNSET)
    max_notional: Decimal | Unset
    if _max_notional is UNSET:
        max_notional = UNSET
    else:
        _max_notional_cached = _DECIMALS.get(_max_notional)
        max_notional = _max_notional_cached if _max_notional_cached is not None else _parse_decimal(_max_notional)

    apply_min_to_market = d.get("applyMinToMarket", UNSET)

    apply_max_to_market = d.get("applyMaxToMarket", UNSET)

    limit = d.get("limit", UNSET)

    max_num_orders = d.get("maxNumOrders", UNSET)

    max_num_algo_orders = d.get("maxNumAlgoOrders", UNSET)

    max_num_iceberg_orders = d.get("maxNumIcebergOrders", UNSET)

    _max_position = d.get("maxPosition", UNSET)
    max_position: Decimal | Unset
    if _max_position is UNSET:
        max_position = UNSET
    else:
        _max_position_cached = _DECIMALS.get(_max_position)
        max_position = _max_position_cached if _max_position_cached is not None else _parse_decimal(_max_position)

    min_trailing_above_delta = d.get("minTrailingAboveDelta", UNSET)

    max_trailing_above_delta = d.get("maxTrailingAboveDelta", UNSET)

    min_trailing_below_delta = d.get("minTrailingBelowDelta", UNSET)

    max_trailing_below_delta = d.get("maxTrailingBelowDelta", UNSET)

    max_num_order_amends = d.get("maxNumOrderAmends", UNSET)

    max_num_order_lists = d.get("maxNumOrderLists", UNSET)

    parsed_model_ = cls(
        filter_type,
        min_price,
        max_price,
        tick_size,
        multiplier_up,
        multiplier_down,
        bid_multiplier_up,
        bid_multiplier_down,
        ask_multiplier_up,
        ask_multiplier_down,
        avg_price_mins,
        min_qty,
        max_qty,
        step_size,
        min_notional,
        apply_to_market,
        max_notional,
        apply_min_to_market,
        apply_max_to_market,
        limit,
        max_num_orders,
        max_num_algo_orders,
        max_num_iceberg_orders,
        max_position,
        min_trailing_above_delta,
        max_trailing_above_delta,
        min_trailing_below_delta,
        max_trailing_below_delta,
        max_num_order_amends,
        max_num_order_lists,
    )

    if len(d) != 1 + ("minPrice" in d) + ("maxPrice" in d) + ("tickSize" in d) + ("multiplierUp" in d) + (
        "multiplierDown" in d
    ) + ("bidMultiplierUp" in d) + ("bidMultiplierDown" in d) + ("askMultiplierUp" in d) + (
        "askMultiplierDown" in d
    ) + ("avgPriceMins" in d) + ("minQty" in d) + ("maxQty" in d) + ("stepSize" in d) + ("minNotional" in d) + (
        "applyToMarket" in d
    ) + ("maxNotional" in d) + ("applyMinToMarket" in d) + ("applyMaxToMarket" in d) + ("limit" in d) + (
        "maxNumOrders" in d
    ) + ("maxNumAlgoOrders" in d) + ("maxNumIcebergOrders" in d) + ("maxPosition" in d) + (
        "minTrailingAboveDelta" in d
    ) + ("maxTrailingAboveDelta" in d) + ("minTrailingBelowDelta" in d) + ("maxTrailingBelowDelta" in d) + (
        "maxNumOrderAmends" in d
    ) + ("maxNumOrderLists" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
