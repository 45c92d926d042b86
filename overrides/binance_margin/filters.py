"""Order validation against Binance's exchange filters, and exact rounding/formatting of prices and quantities.

Margin orders obey the spot symbol filters of ``GET /api/v3/exchangeInfo``. This module reads them into typed,
immutable objects, checks an order against all of them at once, and rounds and formats numbers so they pass::

    from decimal import Decimal
    from binance_margin.filters import SymbolRules, check_order, format_decimal, quantize_price, quantize_quantity

    rules = SymbolRules.parse(exchange_info, "BTCUSDT")   # generated ExchangeInfo/ExchangeSymbol, or the raw dict
    qty = quantize_quantity(rules, Decimal("0.0123456"))  # 0.01234 (toward zero by default)
    price = quantize_price(rules, Decimal("64123.456"), rounding="up")  # 64123.46
    check_order(rules, side="BUY", type="LIMIT", quantity=qty, price=price)  # raises FilterError if anything breaks
    params = {"quantity": format_decimal(qty), "price": format_decimal(price)}  # "0.01234", "64123.46"

``validate_order`` returns every ``FilterViolation`` (filter, field, value, allowed range, nearest valid values)
instead of raising. ``FilterCache`` / ``AsyncFilterCache`` keep one symbol's rules per client, loaded through a
callable that performs the exchangeInfo request.

Numbers are ``Decimal``, numeric ``str`` or ``int``; ``float`` is refused with a ``TypeError`` (``str(1e-05)`` is
``'1e-05'``, which Binance rejects with -1100).

Rules implemented (Binance "Filters" page; every bound is disabled when it is 0):

* PRICE_FILTER on ``price`` and ``stop_price``: ``minPrice <= p <= maxPrice``, ``(p - minPrice) % tickSize == 0``.
* LOT_SIZE on ``quantity`` and ``iceberg_qty``, MARKET_LOT_SIZE on MARKET ``quantity`` (both checked for MARKET):
  ``minQty <= q <= maxQty``, ``(q - minQty) % stepSize == 0``.
* MIN_NOTIONAL / NOTIONAL: ``minNotional <= price * quantity <= maxNotional``; MARKET orders only under
  ``applyToMarket`` / ``applyMinToMarket`` / ``applyMaxToMarket``, priced at ``reference_price`` (the average over
  ``avgPriceMins``, or the last price when it is 0), or sized by ``quote_order_qty``.
* PERCENT_PRICE / PERCENT_PRICE_BY_SIDE on LIMIT / LIMIT_MAKER prices: ``reference * down <= price <= reference *
  up`` (bid multipliers for BUY, ask multipliers for SELL).
* ICEBERG_PARTS: ``ceil(quantity / iceberg_qty) <= limit``.
* MAX_NUM_ORDERS, MAX_NUM_ALGO_ORDERS (STOP_LOSS*, TAKE_PROFIT*), MAX_NUM_ICEBERG_ORDERS: open orders + 1 <= limit.
* MAX_POSITION (BUY): ``position + quantity <= maxPosition``.
* TRAILING_DELTA: ``trailing_delta`` within the "above" bounds for STOP_LOSS* BUY / TAKE_PROFIT* SELL, within the
  "below" bounds for STOP_LOSS* SELL / TAKE_PROFIT* BUY.
* The symbol's ``status``, ``orderTypes``, ``icebergAllowed``, ``quoteOrderQtyMarketAllowed``, ``allowTrailingStop``,
  ``isMarginTradingAllowed``, and the arguments each order type needs.

MAX_NUM_ORDER_LISTS, MAX_NUM_ORDER_AMENDS and filter types this SDK does not know are parsed and kept, not checked.
"""

from __future__ import annotations

from ._filters_cache import AsyncFilterCache, AsyncRulesLoader, FilterCache, RulesLoader
from ._filters_model import (
    ExchangeInfoLike,
    Filter,
    IcebergParts,
    LotSize,
    MarketLotSize,
    MaxNumAlgoOrders,
    MaxNumIcebergOrders,
    MaxNumOrderAmends,
    MaxNumOrderLists,
    MaxNumOrders,
    MaxPosition,
    MinNotional,
    Notional,
    PercentPrice,
    PercentPriceBySide,
    PriceFilter,
    SupportsToDict,
    SymbolRules,
    TrailingDelta,
    UnknownFilter,
    parse_filter,
)
from ._filters_numbers import DecimalLike, Rounding, format_decimal
from ._filters_validate import (
    ALGO_ORDER_TYPES,
    FilterError,
    FilterViolation,
    OrderArgs,
    OrderValidationError,
    check_order,
    quantize_price,
    quantize_quantity,
    raise_for_violations,
    validate_order,
)

__all__ = [
    "ALGO_ORDER_TYPES",
    "AsyncFilterCache",
    "AsyncRulesLoader",
    "DecimalLike",
    "ExchangeInfoLike",
    "Filter",
    "FilterCache",
    "FilterError",
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
    "OrderArgs",
    "OrderValidationError",
    "PercentPrice",
    "PercentPriceBySide",
    "PriceFilter",
    "Rounding",
    "RulesLoader",
    "SupportsToDict",
    "SymbolRules",
    "TrailingDelta",
    "UnknownFilter",
    "check_order",
    "format_decimal",
    "parse_filter",
    "quantize_price",
    "quantize_quantity",
    "raise_for_violations",
    "validate_order",
]
