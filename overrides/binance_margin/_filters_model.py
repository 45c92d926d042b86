"""Typed, immutable symbol filters and the trading rules of one symbol, read from ``GET /api/v3/exchangeInfo``.

The input is either the generated model (``ExchangeInfo``, ``ExchangeSymbol``, ``SymbolFilter``: anything with a
``to_dict()``) or the raw JSON as a ``dict``; both go through the JSON field names, so the module also works from
``to_dict()`` output and from responses of other clients.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType
from typing import Any, ClassVar, Protocol, TypeAlias, TypeVar, runtime_checkable

from ._filters_numbers import ZERO, parse_exchange_decimal

__all__ = [
    "ExchangeInfoLike",
    "Filter",
    "FilterViolation",
    "IcebergParts",
    "LotSize",
    "MarketLotSize",
    "MaxNumAlgoOrders",
    "MaxNumIcebergOrders",
    "MaxNumOrderAmends",
    "MaxNumOrderLists",
    "MaxNumOrders",
    "MaxPosition",
    "MinNotional",
    "Notional",
    "PercentPrice",
    "PercentPriceBySide",
    "PriceFilter",
    "SupportsToDict",
    "SymbolRules",
    "TrailingDelta",
    "UnknownFilter",
    "as_mapping",
    "parse_filter",
]


@runtime_checkable
class SupportsToDict(Protocol):
    """A generated model: anything whose ``to_dict()`` gives the JSON object with Binance's field names."""

    def to_dict(self) -> dict[str, Any]:
        """The object as JSON-ready ``dict`` (camelCase keys, decimals as strings)."""
        ...


ExchangeInfoLike: TypeAlias = Mapping[str, Any] | SupportsToDict
"""An ``exchangeInfo`` response, one of its ``symbols`` entries or one filter: a generated model or raw JSON."""


def as_mapping(obj: object, what: str) -> Mapping[str, Any]:
    """``obj`` itself when it is a mapping, else its ``to_dict()``; ``TypeError`` for anything else."""
    if isinstance(obj, Mapping):
        return obj
    to_dict = getattr(obj, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
        if isinstance(data, Mapping):
            return data
    raise TypeError(f"expected {what} as a generated model or a dict, got {type(obj).__name__}")


def _dec(data: Mapping[str, Any], key: str, filter_type: str) -> Decimal:
    value = data.get(key)
    if value is None:
        return ZERO
    try:
        return parse_exchange_decimal(value, f"{filter_type}.{key}")
    except (TypeError, ValueError) as exc:
        raise ValueError(f"malformed {filter_type} filter: {exc}") from None


def _int(data: Mapping[str, Any], key: str, filter_type: str) -> int:
    value = data.get(key)
    if value is None:
        return 0
    if isinstance(value, bool):
        raise ValueError(f"malformed {filter_type} filter: {key} is {value!r}")
    try:
        number = parse_exchange_decimal(value, f"{filter_type}.{key}")
    except (TypeError, ValueError) as exc:
        raise ValueError(f"malformed {filter_type} filter: {exc}") from None
    if number != number.to_integral_value():
        raise ValueError(f"malformed {filter_type} filter: {key} {value!r} is not a whole number")
    return int(number)


def _bool(data: Mapping[str, Any], key: str, default: bool) -> bool:
    value = data.get(key)
    if value is None:
        return default
    if isinstance(value, str):
        return value.strip().lower() == "true"
    return bool(value)


# ----------------------------------------------------------------------------------------------------------------
# filters
# ----------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class PriceFilter:
    """``PRICE_FILTER``: bounds and tick of ``price`` and ``stopPrice``; each rule is disabled when its value is 0.

    A price passes when ``price >= min_price``, ``price <= max_price`` and ``(price - min_price) % tick_size == 0``.
    """

    FILTER_TYPE: ClassVar[str] = "PRICE_FILTER"
    filter_type: str = field(default="PRICE_FILTER", init=False)
    min_price: Decimal = ZERO
    """``minPrice``; 0 = no minimum."""
    max_price: Decimal = ZERO
    """``maxPrice``; 0 = no maximum."""
    tick_size: Decimal = ZERO
    """``tickSize``; 0 = any precision."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PriceFilter:
        """Read the filter from its exchangeInfo JSON."""
        t = cls.FILTER_TYPE
        return cls(
            min_price=_dec(data, "minPrice", t),
            max_price=_dec(data, "maxPrice", t),
            tick_size=_dec(data, "tickSize", t),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class PercentPrice:
    """``PERCENT_PRICE``: ``price`` must lie within ``[avg * multiplier_down, avg * multiplier_up]``.

    ``avg`` is the reference price: the weighted average over ``avg_price_mins`` minutes (``GET /api/v3/avgPrice``),
    the last price when ``avg_price_mins`` is 0.
    """

    FILTER_TYPE: ClassVar[str] = "PERCENT_PRICE"
    filter_type: str = field(default="PERCENT_PRICE", init=False)
    multiplier_up: Decimal = ZERO
    """``multiplierUp``; 0 = no upper bound."""
    multiplier_down: Decimal = ZERO
    """``multiplierDown``; 0 = no lower bound."""
    avg_price_mins: int = 0
    """``avgPriceMins``: minutes of the weighted average price; 0 = the last price."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PercentPrice:
        """Read the filter from its exchangeInfo JSON."""
        t = cls.FILTER_TYPE
        return cls(
            multiplier_up=_dec(data, "multiplierUp", t),
            multiplier_down=_dec(data, "multiplierDown", t),
            avg_price_mins=_int(data, "avgPriceMins", t),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class PercentPriceBySide:
    """``PERCENT_PRICE_BY_SIDE``: like ``PERCENT_PRICE`` with one band for BUY (bid) and one for SELL (ask) orders."""

    FILTER_TYPE: ClassVar[str] = "PERCENT_PRICE_BY_SIDE"
    filter_type: str = field(default="PERCENT_PRICE_BY_SIDE", init=False)
    bid_multiplier_up: Decimal = ZERO
    """``bidMultiplierUp``: BUY price <= avg * this; 0 = no bound."""
    bid_multiplier_down: Decimal = ZERO
    """``bidMultiplierDown``: BUY price >= avg * this; 0 = no bound."""
    ask_multiplier_up: Decimal = ZERO
    """``askMultiplierUp``: SELL price <= avg * this; 0 = no bound."""
    ask_multiplier_down: Decimal = ZERO
    """``askMultiplierDown``: SELL price >= avg * this; 0 = no bound."""
    avg_price_mins: int = 0
    """``avgPriceMins``: minutes of the weighted average price; 0 = the last price."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PercentPriceBySide:
        """Read the filter from its exchangeInfo JSON."""
        t = cls.FILTER_TYPE
        return cls(
            bid_multiplier_up=_dec(data, "bidMultiplierUp", t),
            bid_multiplier_down=_dec(data, "bidMultiplierDown", t),
            ask_multiplier_up=_dec(data, "askMultiplierUp", t),
            ask_multiplier_down=_dec(data, "askMultiplierDown", t),
            avg_price_mins=_int(data, "avgPriceMins", t),
        )

    def multipliers(self, side: str) -> tuple[Decimal, Decimal]:
        """``(down, up)`` multipliers for ``side`` (``"BUY"`` uses the bid band, ``"SELL"`` the ask band)."""
        if side.upper() == "BUY":
            return self.bid_multiplier_down, self.bid_multiplier_up
        return self.ask_multiplier_down, self.ask_multiplier_up


@dataclass(frozen=True, slots=True, kw_only=True)
class LotSize:
    """``LOT_SIZE``: bounds and step of ``quantity`` and ``icebergQty``; each rule is disabled when its value is 0.

    A quantity passes when ``qty >= min_qty``, ``qty <= max_qty`` and ``(qty - min_qty) % step_size == 0``.
    """

    FILTER_TYPE: ClassVar[str] = "LOT_SIZE"
    filter_type: str = field(default="LOT_SIZE", init=False)
    min_qty: Decimal = ZERO
    """``minQty``; 0 = no minimum."""
    max_qty: Decimal = ZERO
    """``maxQty``; 0 = no maximum."""
    step_size: Decimal = ZERO
    """``stepSize``; 0 = any precision."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LotSize:
        """Read the filter from its exchangeInfo JSON."""
        t = cls.FILTER_TYPE
        return cls(
            min_qty=_dec(data, "minQty", t), max_qty=_dec(data, "maxQty", t), step_size=_dec(data, "stepSize", t)
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class MarketLotSize:
    """``MARKET_LOT_SIZE``: the ``LOT_SIZE`` rules for the ``quantity`` of MARKET orders (checked on top of LOT_SIZE).

    Binance often sends 0 for ``min_qty`` and ``step_size`` here (rule disabled); ``max_qty`` follows liquidity.
    """

    FILTER_TYPE: ClassVar[str] = "MARKET_LOT_SIZE"
    filter_type: str = field(default="MARKET_LOT_SIZE", init=False)
    min_qty: Decimal = ZERO
    """``minQty``; 0 = no minimum."""
    max_qty: Decimal = ZERO
    """``maxQty``; 0 = no maximum."""
    step_size: Decimal = ZERO
    """``stepSize``; 0 = any precision."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MarketLotSize:
        """Read the filter from its exchangeInfo JSON."""
        t = cls.FILTER_TYPE
        return cls(
            min_qty=_dec(data, "minQty", t), max_qty=_dec(data, "maxQty", t), step_size=_dec(data, "stepSize", t)
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class MinNotional:
    """``MIN_NOTIONAL`` (older form of ``NOTIONAL``): ``price * quantity >= min_notional``.

    MARKET orders are checked only when ``apply_to_market``, with the average price over ``avg_price_mins``.
    """

    FILTER_TYPE: ClassVar[str] = "MIN_NOTIONAL"
    filter_type: str = field(default="MIN_NOTIONAL", init=False)
    min_notional: Decimal = ZERO
    """``minNotional``; 0 = no minimum."""
    apply_to_market: bool = True
    """``applyToMarket``: MARKET orders are checked too."""
    avg_price_mins: int = 0
    """``avgPriceMins``: minutes of the average price used for MARKET orders; 0 = the last price."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MinNotional:
        """Read the filter from its exchangeInfo JSON."""
        t = cls.FILTER_TYPE
        return cls(
            min_notional=_dec(data, "minNotional", t),
            apply_to_market=_bool(data, "applyToMarket", True),
            avg_price_mins=_int(data, "avgPriceMins", t),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Notional:
    """``NOTIONAL``: ``min_notional <= price * quantity <= max_notional`` (0 disables a bound).

    For MARKET orders each bound applies only when its ``apply_*_to_market`` flag is set, with the average price
    over ``avg_price_mins`` minutes (0 = last price) in place of the order price.
    """

    FILTER_TYPE: ClassVar[str] = "NOTIONAL"
    filter_type: str = field(default="NOTIONAL", init=False)
    min_notional: Decimal = ZERO
    """``minNotional``; 0 = no minimum."""
    apply_min_to_market: bool = True
    """``applyMinToMarket``: the minimum applies to MARKET orders too."""
    max_notional: Decimal = ZERO
    """``maxNotional``; 0 = no maximum."""
    apply_max_to_market: bool = False
    """``applyMaxToMarket``: the maximum applies to MARKET orders too."""
    avg_price_mins: int = 0
    """``avgPriceMins``: minutes of the average price used for MARKET orders; 0 = the last price."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Notional:
        """Read the filter from its exchangeInfo JSON."""
        t = cls.FILTER_TYPE
        return cls(
            min_notional=_dec(data, "minNotional", t),
            apply_min_to_market=_bool(data, "applyMinToMarket", True),
            max_notional=_dec(data, "maxNotional", t),
            apply_max_to_market=_bool(data, "applyMaxToMarket", False),
            avg_price_mins=_int(data, "avgPriceMins", t),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class IcebergParts:
    """``ICEBERG_PARTS``: an iceberg order has at most ``limit`` parts, ``ceil(quantity / icebergQty)``."""

    FILTER_TYPE: ClassVar[str] = "ICEBERG_PARTS"
    filter_type: str = field(default="ICEBERG_PARTS", init=False)
    limit: int = 0
    """``limit``; 0 = no limit."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IcebergParts:
        """Read the filter from its exchangeInfo JSON."""
        return cls(limit=_int(data, "limit", cls.FILTER_TYPE))


@dataclass(frozen=True, slots=True, kw_only=True)
class MaxNumOrders:
    """``MAX_NUM_ORDERS``: open orders (algo orders included) an account may have on the symbol."""

    FILTER_TYPE: ClassVar[str] = "MAX_NUM_ORDERS"
    filter_type: str = field(default="MAX_NUM_ORDERS", init=False)
    max_num_orders: int = 0
    """``maxNumOrders``; 0 = no limit."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MaxNumOrders:
        """Read the filter from its exchangeInfo JSON."""
        return cls(max_num_orders=_int(data, "maxNumOrders", cls.FILTER_TYPE))


@dataclass(frozen=True, slots=True, kw_only=True)
class MaxNumAlgoOrders:
    """``MAX_NUM_ALGO_ORDERS``: open STOP_LOSS(_LIMIT) / TAKE_PROFIT(_LIMIT) orders allowed on the symbol."""

    FILTER_TYPE: ClassVar[str] = "MAX_NUM_ALGO_ORDERS"
    filter_type: str = field(default="MAX_NUM_ALGO_ORDERS", init=False)
    max_num_algo_orders: int = 0
    """``maxNumAlgoOrders``; 0 = no limit."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MaxNumAlgoOrders:
        """Read the filter from its exchangeInfo JSON."""
        return cls(max_num_algo_orders=_int(data, "maxNumAlgoOrders", cls.FILTER_TYPE))


@dataclass(frozen=True, slots=True, kw_only=True)
class MaxNumIcebergOrders:
    """``MAX_NUM_ICEBERG_ORDERS``: open iceberg orders (``icebergQty > 0``) allowed on the symbol."""

    FILTER_TYPE: ClassVar[str] = "MAX_NUM_ICEBERG_ORDERS"
    filter_type: str = field(default="MAX_NUM_ICEBERG_ORDERS", init=False)
    max_num_iceberg_orders: int = 0
    """``maxNumIcebergOrders``; 0 = no limit."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MaxNumIcebergOrders:
        """Read the filter from its exchangeInfo JSON."""
        return cls(max_num_iceberg_orders=_int(data, "maxNumIcebergOrders", cls.FILTER_TYPE))


@dataclass(frozen=True, slots=True, kw_only=True)
class MaxPosition:
    """``MAX_POSITION``: a BUY fails when base free + locked + open BUY quantity + its own quantity exceeds it."""

    FILTER_TYPE: ClassVar[str] = "MAX_POSITION"
    filter_type: str = field(default="MAX_POSITION", init=False)
    max_position: Decimal = ZERO
    """``maxPosition``; 0 = no limit."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MaxPosition:
        """Read the filter from its exchangeInfo JSON."""
        return cls(max_position=_dec(data, "maxPosition", cls.FILTER_TYPE))


@dataclass(frozen=True, slots=True, kw_only=True)
class TrailingDelta:
    """``TRAILING_DELTA``: bounds of ``trailingDelta`` (in BIPS, 1 = 0.01 %) for trailing stop orders.

    The "above" bounds apply to STOP_LOSS(_LIMIT) BUY and TAKE_PROFIT(_LIMIT) SELL orders, the "below" bounds to
    STOP_LOSS(_LIMIT) SELL and TAKE_PROFIT(_LIMIT) BUY orders. 0 disables a bound.
    """

    FILTER_TYPE: ClassVar[str] = "TRAILING_DELTA"
    filter_type: str = field(default="TRAILING_DELTA", init=False)
    min_trailing_above_delta: int = 0
    """``minTrailingAboveDelta``."""
    max_trailing_above_delta: int = 0
    """``maxTrailingAboveDelta``."""
    min_trailing_below_delta: int = 0
    """``minTrailingBelowDelta``."""
    max_trailing_below_delta: int = 0
    """``maxTrailingBelowDelta``."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TrailingDelta:
        """Read the filter from its exchangeInfo JSON."""
        t = cls.FILTER_TYPE
        return cls(
            min_trailing_above_delta=_int(data, "minTrailingAboveDelta", t),
            max_trailing_above_delta=_int(data, "maxTrailingAboveDelta", t),
            min_trailing_below_delta=_int(data, "minTrailingBelowDelta", t),
            max_trailing_below_delta=_int(data, "maxTrailingBelowDelta", t),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class MaxNumOrderLists:
    """``MAX_NUM_ORDER_LISTS``: open order lists (OCO, OTO, OTOCO; each counts once) allowed on the symbol."""

    FILTER_TYPE: ClassVar[str] = "MAX_NUM_ORDER_LISTS"
    filter_type: str = field(default="MAX_NUM_ORDER_LISTS", init=False)
    max_num_order_lists: int = 0
    """``maxNumOrderLists``; 0 = no limit."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MaxNumOrderLists:
        """Read the filter from its exchangeInfo JSON."""
        return cls(max_num_order_lists=_int(data, "maxNumOrderLists", cls.FILTER_TYPE))


@dataclass(frozen=True, slots=True, kw_only=True)
class MaxNumOrderAmends:
    """``MAX_NUM_ORDER_AMENDS``: how many times one order may be amended (-2038 beyond)."""

    FILTER_TYPE: ClassVar[str] = "MAX_NUM_ORDER_AMENDS"
    filter_type: str = field(default="MAX_NUM_ORDER_AMENDS", init=False)
    max_num_order_amends: int = 0
    """``maxNumOrderAmends``; 0 = no limit."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MaxNumOrderAmends:
        """Read the filter from its exchangeInfo JSON."""
        return cls(max_num_order_amends=_int(data, "maxNumOrderAmends", cls.FILTER_TYPE))


@dataclass(frozen=True, slots=True)
class UnknownFilter:
    """A filter type this SDK does not know (Binance adds some from time to time): kept as sent, never checked."""

    filter_type: str
    """The ``filterType`` as Binance sent it."""
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}), hash=False)
    """The other fields of the filter, read-only, as sent."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UnknownFilter:
        """Keep the filter's JSON as it is."""
        rest = {k: v for k, v in data.items() if k != "filterType"}
        return cls(filter_type=str(data.get("filterType")), params=MappingProxyType(rest))


Filter: TypeAlias = (
    PriceFilter
    | PercentPrice
    | PercentPriceBySide
    | LotSize
    | MarketLotSize
    | MinNotional
    | Notional
    | IcebergParts
    | MaxNumOrders
    | MaxNumAlgoOrders
    | MaxNumIcebergOrders
    | MaxPosition
    | TrailingDelta
    | MaxNumOrderLists
    | MaxNumOrderAmends
    | UnknownFilter
)
"""Any symbol filter (a known one, or ``UnknownFilter``)."""

_KNOWN: dict[str, Callable[[Mapping[str, Any]], Filter]] = {
    cls.FILTER_TYPE: cls.from_dict
    for cls in (
        PriceFilter,
        PercentPrice,
        PercentPriceBySide,
        LotSize,
        MarketLotSize,
        MinNotional,
        Notional,
        IcebergParts,
        MaxNumOrders,
        MaxNumAlgoOrders,
        MaxNumIcebergOrders,
        MaxPosition,
        TrailingDelta,
        MaxNumOrderLists,
        MaxNumOrderAmends,
    )
}


def parse_filter(data: ExchangeInfoLike) -> Filter:
    """One filter from its exchangeInfo JSON or the generated ``SymbolFilter``; unknown types become ``UnknownFilter``.

    Raises:
        ValueError: a known filter with a malformed value (a bound that is not a number).
    """
    mapping = as_mapping(data, "a symbol filter")
    filter_type = str(mapping.get("filterType", ""))
    parser = _KNOWN.get(filter_type)
    return parser(mapping) if parser is not None else UnknownFilter.from_dict(mapping)


# ----------------------------------------------------------------------------------------------------------------
# the rules of one symbol
# ----------------------------------------------------------------------------------------------------------------

F = TypeVar("F")


def _opt_int(data: Mapping[str, Any], *keys: str) -> int | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().isdigit():
            return int(value)
    return None


def _opt_bool(data: Mapping[str, Any], key: str) -> bool | None:
    value = data.get(key)
    return None if value is None else _bool(data, key, False)


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, Iterable) and not isinstance(value, str | bytes):
        return tuple(str(v) for v in value)
    return ()


@dataclass(frozen=True, slots=True, kw_only=True)
class SymbolRules:
    """The trading rules of one symbol from ``GET /api/v3/exchangeInfo`` (margin orders obey the spot filters).

    Build it with ``SymbolRules.parse(...)`` from the generated ``ExchangeInfo``/``ExchangeSymbol`` or the raw JSON.
    Optional exchangeInfo flags that were absent are ``None`` (unknown), and unknown ones are not checked.
    """

    symbol: str
    """The symbol, e.g. ``"BTCUSDT"``."""
    status: str | None = None
    """``status``: ``"TRADING"``, ``"HALT"``, ``"BREAK"`` ..."""
    base_asset: str | None = None
    """``baseAsset``, e.g. ``"BTC"`` (the asset ``quantity`` counts)."""
    quote_asset: str | None = None
    """``quoteAsset``, e.g. ``"USDT"`` (the asset ``price`` and ``quoteOrderQty`` count)."""
    base_asset_precision: int | None = None
    """``baseAssetPrecision``: decimals of the base asset."""
    quote_asset_precision: int | None = None
    """``quoteAssetPrecision`` (or the older ``quotePrecision``): decimals of the quote asset."""
    order_types: tuple[str, ...] = ()
    """``orderTypes`` allowed on the symbol (empty: not known, not checked)."""
    iceberg_allowed: bool | None = None
    """``icebergAllowed``."""
    oco_allowed: bool | None = None
    """``ocoAllowed``."""
    oto_allowed: bool | None = None
    """``otoAllowed``."""
    quote_order_qty_market_allowed: bool | None = None
    """``quoteOrderQtyMarketAllowed``: MARKET orders may be sized with ``quoteOrderQty``."""
    allow_trailing_stop: bool | None = None
    """``allowTrailingStop``: ``trailingDelta`` is accepted."""
    is_spot_trading_allowed: bool | None = None
    """``isSpotTradingAllowed``."""
    is_margin_trading_allowed: bool | None = None
    """``isMarginTradingAllowed``: the symbol can be traded on margin."""
    permission_sets: tuple[tuple[str, ...], ...] = ()
    """``permissionSets``, e.g. ``(("SPOT", "MARGIN"),)``."""
    filters: tuple[Filter, ...] = ()
    """Every filter of the symbol in exchangeInfo order, unknown types included (as ``UnknownFilter``)."""

    # -- construction -------------------------------------------------------------------------------------------

    @classmethod
    def from_symbol(cls, data: ExchangeInfoLike) -> SymbolRules:
        """Rules from one ``symbols`` entry of exchangeInfo (generated ``ExchangeSymbol`` or raw dict)."""
        entry = as_mapping(data, "an exchangeInfo symbol")
        symbol = entry.get("symbol")
        if not isinstance(symbol, str) or not symbol:
            raise ValueError("exchangeInfo symbol entry without a 'symbol'")
        filters_data = entry.get("filters") or []
        if not isinstance(filters_data, Iterable):
            raise ValueError(f"{symbol}: 'filters' is not a list")
        status = entry.get("status")
        return cls(
            symbol=symbol,
            status=None if status is None else str(status),
            base_asset=None if entry.get("baseAsset") is None else str(entry["baseAsset"]),
            quote_asset=None if entry.get("quoteAsset") is None else str(entry["quoteAsset"]),
            base_asset_precision=_opt_int(entry, "baseAssetPrecision"),
            quote_asset_precision=_opt_int(entry, "quoteAssetPrecision", "quotePrecision"),
            order_types=tuple(t.upper() for t in _strings(entry.get("orderTypes"))),
            iceberg_allowed=_opt_bool(entry, "icebergAllowed"),
            oco_allowed=_opt_bool(entry, "ocoAllowed"),
            oto_allowed=_opt_bool(entry, "otoAllowed"),
            quote_order_qty_market_allowed=_opt_bool(entry, "quoteOrderQtyMarketAllowed"),
            allow_trailing_stop=_opt_bool(entry, "allowTrailingStop"),
            is_spot_trading_allowed=_opt_bool(entry, "isSpotTradingAllowed"),
            is_margin_trading_allowed=_opt_bool(entry, "isMarginTradingAllowed"),
            permission_sets=tuple(_strings(s) for s in entry.get("permissionSets") or ()),
            filters=tuple(parse_filter(f) for f in filters_data),
        )

    @classmethod
    def all_from_exchange_info(cls, info: ExchangeInfoLike) -> dict[str, SymbolRules]:
        """Rules of every symbol of an exchangeInfo response, by symbol."""
        data = as_mapping(info, "an exchangeInfo response")
        symbols = data.get("symbols")
        if not isinstance(symbols, Iterable):
            raise ValueError("exchangeInfo response without a 'symbols' list")
        rules = (cls.from_symbol(entry) for entry in symbols)
        return {r.symbol: r for r in rules}

    @classmethod
    def parse(cls, data: SymbolRules | ExchangeInfoLike, symbol: str | None = None) -> SymbolRules:
        """Rules from whatever describes a symbol: ``SymbolRules``, an exchangeInfo response or one symbol entry.

        Args:
            data: a ``SymbolRules`` (returned as is), a whole exchangeInfo response (generated ``ExchangeInfo`` or
                dict with ``symbols``) or one entry of its ``symbols``.
            symbol: the symbol to pick from an exchangeInfo response; may be left out when it has exactly one.

        Raises:
            LookupError: the response does not list ``symbol`` (or lists several and none was named).
        """
        if isinstance(data, SymbolRules):
            rules = data
        else:
            mapping = as_mapping(data, "exchangeInfo")
            if "symbols" in mapping:
                everything = cls.all_from_exchange_info(mapping)
                if symbol is None:
                    if len(everything) != 1:
                        raise LookupError(f"exchangeInfo lists {len(everything)} symbols; name the one to use")
                    return next(iter(everything.values()))
                try:
                    return everything[symbol.upper()]
                except KeyError:
                    raise LookupError(f"exchangeInfo does not list symbol {symbol.upper()!r}") from None
            rules = cls.from_symbol(mapping)
        if symbol is not None and rules.symbol.upper() != symbol.upper():
            raise LookupError(f"expected the rules of {symbol.upper()!r}, got those of {rules.symbol!r}")
        return rules

    # -- access -------------------------------------------------------------------------------------------------

    def get(self, kind: type[F]) -> F | None:
        """The first filter of class ``kind`` (e.g. ``rules.get(LotSize)``), ``None`` when the symbol has none."""
        for item in self.filters:
            if isinstance(item, kind):
                return item
        return None

    def filter(self, filter_type: str) -> Filter | None:
        """The first filter whose ``filterType`` is ``filter_type`` (works for unknown types too)."""
        for item in self.filters:
            if item.filter_type == filter_type:
                return item
        return None

    @property
    def price_filter(self) -> PriceFilter | None:
        """The ``PRICE_FILTER``, if any."""
        return self.get(PriceFilter)

    @property
    def percent_price(self) -> PercentPrice | None:
        """The ``PERCENT_PRICE`` filter, if any."""
        return self.get(PercentPrice)

    @property
    def percent_price_by_side(self) -> PercentPriceBySide | None:
        """The ``PERCENT_PRICE_BY_SIDE`` filter, if any."""
        return self.get(PercentPriceBySide)

    @property
    def lot_size(self) -> LotSize | None:
        """The ``LOT_SIZE`` filter, if any."""
        return self.get(LotSize)

    @property
    def market_lot_size(self) -> MarketLotSize | None:
        """The ``MARKET_LOT_SIZE`` filter, if any."""
        return self.get(MarketLotSize)

    @property
    def min_notional(self) -> MinNotional | None:
        """The ``MIN_NOTIONAL`` filter, if any."""
        return self.get(MinNotional)

    @property
    def notional(self) -> Notional | None:
        """The ``NOTIONAL`` filter, if any."""
        return self.get(Notional)

    @property
    def iceberg_parts(self) -> IcebergParts | None:
        """The ``ICEBERG_PARTS`` filter, if any."""
        return self.get(IcebergParts)

    @property
    def max_num_orders(self) -> MaxNumOrders | None:
        """The ``MAX_NUM_ORDERS`` filter, if any."""
        return self.get(MaxNumOrders)

    @property
    def max_num_algo_orders(self) -> MaxNumAlgoOrders | None:
        """The ``MAX_NUM_ALGO_ORDERS`` filter, if any."""
        return self.get(MaxNumAlgoOrders)

    @property
    def max_num_iceberg_orders(self) -> MaxNumIcebergOrders | None:
        """The ``MAX_NUM_ICEBERG_ORDERS`` filter, if any."""
        return self.get(MaxNumIcebergOrders)

    @property
    def max_position(self) -> MaxPosition | None:
        """The ``MAX_POSITION`` filter, if any."""
        return self.get(MaxPosition)

    @property
    def trailing_delta(self) -> TrailingDelta | None:
        """The ``TRAILING_DELTA`` filter, if any."""
        return self.get(TrailingDelta)

    @property
    def unknown_filters(self) -> tuple[UnknownFilter, ...]:
        """Filters of types this SDK does not know (kept, not checked)."""
        return tuple(f for f in self.filters if isinstance(f, UnknownFilter))


@dataclass(frozen=True, slots=True, kw_only=True)
class FilterViolation:
    """One broken rule of an order.

    ``minimum``/``maximum``/``step`` describe what the field may hold (in the field's own unit: for a NOTIONAL
    violation on ``quantity`` they are the quantities that pass at the order's price), and ``nearest_below`` /
    ``nearest_above`` are the closest values of the field that pass this filter (``None`` when there is none or it
    cannot be known).
    """

    filter: str
    """The ``filterType`` broken (``"PRICE_FILTER"``, ``"LOT_SIZE"`` ...), or for a symbol-level rule the exchangeInfo
    field (``"status"``, ``"orderTypes"``, ``"icebergAllowed"``, ``"quoteOrderQtyMarketAllowed"``,
    ``"allowTrailingStop"``, ``"isMarginTradingAllowed"``), or ``"parameters"`` for a missing/misplaced argument."""
    field: str
    """The ``validate_order`` argument at fault: ``"price"``, ``"stop_price"``, ``"quantity"``, ``"iceberg_qty"``,
    ``"quote_order_qty"``, ``"trailing_delta"``, ``"type"``, ``"open_orders"`` ..."""
    value: Decimal | int | str | None
    """The value given (for an open-order count: the count this order would make)."""
    rule: str
    """The filter field whose rule is broken (``"tickSize"``, ``"minNotional"``, ``"maxNumOrders"`` ...)."""
    message: str
    """A sentence naming the filter, the value and the allowed values."""
    minimum: Decimal | int | None = None
    """Smallest allowed value of ``field`` (``None``: no minimum or not applicable)."""
    maximum: Decimal | int | None = None
    """Largest allowed value of ``field``."""
    step: Decimal | None = None
    """Step the value must be a multiple of (counted from ``minimum`` for price and lot filters)."""
    nearest_below: Decimal | int | None = None
    """The closest value below (or equal) that passes this filter."""
    nearest_above: Decimal | int | None = None
    """The closest value above (or equal) that passes this filter."""

    def __str__(self) -> str:
        return self.message
