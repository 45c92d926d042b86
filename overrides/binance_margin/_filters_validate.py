"""Order validation against a symbol's filters, and the rounding helpers that make an order pass them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import ROUND_DOWN, Decimal, localcontext
from typing import Any, Required, TypedDict

from ._errors import OrderValidationError
from ._filters_model import (
    FilterViolation,
    IcebergParts,
    LotSize,
    MarketLotSize,
    MaxNumAlgoOrders,
    MaxNumIcebergOrders,
    MaxNumOrders,
    MaxPosition,
    PriceFilter,
    SymbolRules,
    TrailingDelta,
)
from ._filters_numbers import (
    ZERO,
    DecimalLike,
    Rounding,
    format_decimal,
    grid_round,
    on_grid,
    parse_exchange_decimal,
    rounding_mode,
    to_decimal,
    wide_context,
)

__all__ = [
    "ALGO_ORDER_TYPES",
    "FilterError",
    "FilterViolation",
    "OrderArgs",
    "OrderValidationError",
    "check_order",
    "quantize_price",
    "quantize_quantity",
    "raise_for_violations",
    "validate_order",
]

ALGO_ORDER_TYPES = frozenset({"STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT"})
"""Order types Binance counts as "algo" orders (``MAX_NUM_ALGO_ORDERS``); they take ``stopPrice``/``trailingDelta``."""
_PRICED_TYPES = frozenset({"LIMIT", "LIMIT_MAKER", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT"})
_MARKET_LIKE = frozenset({"MARKET", "STOP_LOSS", "TAKE_PROFIT"})
_KNOWN_TYPES = _PRICED_TYPES | _MARKET_LIKE
_BAND_TYPES = frozenset({"LIMIT", "LIMIT_MAKER"})
_ABOVE_DELTA = frozenset(
    {("STOP_LOSS", "BUY"), ("STOP_LOSS_LIMIT", "BUY"), ("TAKE_PROFIT", "SELL"), ("TAKE_PROFIT_LIMIT", "SELL")}
)
"""(type, side) pairs whose trailingDelta is bounded by the "above" limits; the others use the "below" ones."""
_MAX_DECIMALS = 20


def _fmt(value: Decimal | int | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, int):
        return str(value)
    try:
        return format_decimal(abs(value)) if value >= 0 else "-" + format_decimal(-value)
    except ValueError:
        return format(value.normalize(wide_context()), "f")


FilterError = OrderValidationError
"""The name this module used first; the same class as ``binance_margin.errors.OrderValidationError``."""


# ----------------------------------------------------------------------------------------------------------------
# quantizing
# ----------------------------------------------------------------------------------------------------------------


def _positive_input(value: DecimalLike, name: str) -> Decimal:
    number = to_decimal(value, name)
    if number < 0:
        raise ValueError(f"{name} must not be negative, got {number}")
    return number


def quantize_price(rules: SymbolRules | PriceFilter, price: DecimalLike, rounding: Rounding = ROUND_DOWN) -> Decimal:
    """``price`` rounded onto the ``PRICE_FILTER`` grid ``minPrice + k * tickSize``.

    Args:
        rules: the symbol's rules or its ``PriceFilter``.
        price: the price (``Decimal``, numeric ``str`` or ``int``; ``float`` is refused).
        rounding: ``"down"`` (default, never increases), ``"up"``, ``"nearest"`` or a ``decimal.ROUND_*`` constant.

    Returns:
        The price with exactly the tick's decimals (format it with ``format_decimal``). Unchanged when the symbol has
        no ``PRICE_FILTER`` or its ``tickSize`` is 0. Bounds are not clamped: ``validate_order`` reports them.

    Raises:
        TypeError: ``price`` is a float.
        ValueError: ``price`` is negative or not a number, or ``rounding`` is unknown.
    """
    rounding_mode(rounding)
    number = _positive_input(price, "price")
    price_filter = rules.price_filter if isinstance(rules, SymbolRules) else rules
    if price_filter is None or price_filter.tick_size <= 0:
        return number
    return grid_round(number, price_filter.tick_size, rounding, price_filter.min_price)


def quantize_quantity(
    rules: SymbolRules | LotSize | MarketLotSize,
    quantity: DecimalLike,
    rounding: Rounding = ROUND_DOWN,
    *,
    market: bool = False,
) -> Decimal:
    """``quantity`` (or an ``icebergQty``) rounded onto the lot grid ``minQty + k * stepSize``.

    Args:
        rules: the symbol's rules, or one ``LotSize``/``MarketLotSize`` filter.
        quantity: the quantity (``Decimal``, numeric ``str`` or ``int``; ``float`` is refused).
        rounding: ``"down"`` (default: toward zero, never more than asked), ``"up"``, ``"nearest"`` or a
            ``decimal.ROUND_*`` constant.
        market: with ``SymbolRules``, round for a MARKET order: the ``MARKET_LOT_SIZE`` step applies on top of the
            ``LOT_SIZE`` one (finer step first, then the coarser one, in the same direction).

    Returns:
        The quantity with exactly the step's decimals. Unchanged when no step applies (filter absent or step 0).
        Bounds are not clamped: ``validate_order`` reports them.

    Raises:
        TypeError: ``quantity`` is a float.
        ValueError: ``quantity`` is negative or not a number, or ``rounding`` is unknown.
    """
    rounding_mode(rounding)
    number = _positive_input(quantity, "quantity")
    grids: list[LotSize | MarketLotSize] = []
    if isinstance(rules, SymbolRules):
        lot = rules.lot_size
        if lot is not None:
            grids.append(lot)
        market_lot = rules.market_lot_size if market else None
        if market_lot is not None:
            grids.append(market_lot)
    else:
        grids.append(rules)
    grids = sorted((g for g in grids if g.step_size > 0), key=lambda g: g.step_size)
    for grid in grids:
        number = grid_round(number, grid.step_size, rounding, grid.min_qty)
    return number


# ----------------------------------------------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------------------------------------------


class OrderArgs(TypedDict, total=False):
    """The keyword arguments of ``validate_order`` after ``rules`` (for ``FilterCache.validate_order(symbol, ...)``)."""

    side: Required[str]
    type: Required[str]
    quantity: DecimalLike | None
    price: DecimalLike | None
    stop_price: DecimalLike | None
    quote_order_qty: DecimalLike | None
    iceberg_qty: DecimalLike | None
    trailing_delta: int | None
    reference_price: DecimalLike | None
    open_orders: int | Iterable[Any] | None
    open_algo_orders: int | None
    open_iceberg_orders: int | None
    position: DecimalLike | None
    margin: bool


def _range_neighbours(
    value: Decimal, lo: Decimal, hi: Decimal, step: Decimal, base: Decimal
) -> tuple[Decimal | None, Decimal | None]:
    """Closest values <= and >= ``value`` on the grid ``base + k*step`` within ``[lo, hi]`` (0 = unbounded)."""
    with localcontext(wide_context()):
        below: Decimal | None = min(value, hi) if hi > 0 else value
        assert below is not None
        if step > 0:
            below = grid_round(below, step, "down", base)
        if below <= 0 or (lo > 0 and below < lo):
            below = None
        above: Decimal | None = max(value, lo) if lo > 0 else value
        assert above is not None
        if step > 0:
            above = grid_round(above, step, "up", base)
            if above <= 0:
                above = grid_round(step + base, step, "up", base)
        if above <= 0 or (hi > 0 and above > hi):
            above = None
        return below, above


def _ceil_to(value: Decimal, step: Decimal, base: Decimal) -> Decimal:
    if step > 0:
        return grid_round(value, step, "up", base)
    return grid_round(value, Decimal(1).scaleb(-_MAX_DECIMALS), "up")


def _floor_to(value: Decimal, step: Decimal, base: Decimal) -> Decimal:
    if step > 0:
        return grid_round(value, step, "down", base)
    return grid_round(value, Decimal(1).scaleb(-_MAX_DECIMALS), "down")


def _order_attr(order: object, *names: str) -> object:
    for name in names:
        value = order.get(name) if isinstance(order, Mapping) else getattr(order, name, None)
        if value is not None and value.__class__.__name__ != "Unset":
            return value
    return None


def _count_open(orders: Iterable[Any]) -> tuple[int, int, int]:
    total = algo = iceberg = 0
    for order in orders:
        total += 1
        kind = _order_attr(order, "type", "type_")
        if kind is not None and str(kind).upper() in ALGO_ORDER_TYPES:
            algo += 1
        qty = _order_attr(order, "icebergQty", "iceberg_qty")
        if qty is not None:
            try:
                if parse_exchange_decimal(qty, "icebergQty") > 0:
                    iceberg += 1
            except (TypeError, ValueError):
                pass
    return total, algo, iceberg


class _Checker:
    """Collects violations for one order."""

    def __init__(self) -> None:
        self.out: list[FilterViolation] = []

    def add(
        self, filter_: str, field_: str, value: Decimal | int | str | None, rule: str, message: str, **kw: Any
    ) -> None:
        self.out.append(FilterViolation(filter=filter_, field=field_, value=value, rule=rule, message=message, **kw))

    def range_filter(
        self,
        name: str,
        field_: str,
        value: Decimal,
        lo: Decimal,
        hi: Decimal,
        step: Decimal,
        keys: tuple[str, str, str],
        noun: str,
    ) -> None:
        """PRICE_FILTER / LOT_SIZE / MARKET_LOT_SIZE style: min, max and step counted from min (0 = disabled)."""
        min_key, max_key, step_key = keys
        below, above = _range_neighbours(value, lo, hi, step, lo)
        extra: dict[str, Any] = {
            "minimum": lo if lo > 0 else None,
            "maximum": hi if hi > 0 else None,
            "step": step if step > 0 else None,
            "nearest_below": below,
            "nearest_above": above,
        }
        allowed = f"allowed {_fmt(lo) if lo > 0 else '>0'} to {_fmt(hi) if hi > 0 else 'any'}"
        if step > 0:
            allowed += f" in steps of {_fmt(step)}"
        nearest = _nearest_text(below, above)
        if lo > 0 and value < lo:
            self.add(
                name,
                field_,
                value,
                min_key,
                f"{name}: {field_} {_fmt(value)} is below {min_key} {_fmt(lo)} ({allowed}){nearest}",
                **extra,
            )
        if hi > 0 and value > hi:
            self.add(
                name,
                field_,
                value,
                max_key,
                f"{name}: {field_} {_fmt(value)} is above {max_key} {_fmt(hi)} ({allowed}){nearest}",
                **extra,
            )
        if step > 0 and not on_grid(value, step, lo):
            origin = f" counted from {min_key} {_fmt(lo)}" if lo > 0 else ""
            self.add(
                name,
                field_,
                value,
                step_key,
                f"{name}: {field_} {_fmt(value)} is not a multiple of {step_key} {_fmt(step)}{origin} "
                f"({noun} {allowed}){nearest}",
                **extra,
            )


def _nearest_text(below: Decimal | int | None, above: Decimal | int | None) -> str:
    if below is None and above is None:
        return ""
    if below is None:
        return f"; nearest valid: {_fmt(above)}"
    if above is None or above == below:
        return f"; nearest valid: {_fmt(below)}"
    return f"; nearest valid: {_fmt(below)} or {_fmt(above)}"


def validate_order(
    rules: SymbolRules,
    *,
    side: str,
    type: str,
    quantity: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    iceberg_qty: DecimalLike | None = None,
    trailing_delta: int | None = None,
    reference_price: DecimalLike | None = None,
    open_orders: int | Iterable[Any] | None = None,
    open_algo_orders: int | None = None,
    open_iceberg_orders: int | None = None,
    position: DecimalLike | None = None,
    margin: bool = True,
) -> list[FilterViolation]:
    """Every rule of ``rules`` the order breaks (an empty list when it passes all that can be checked).

    Checked: the symbol's status, order types, iceberg/quote-quantity/trailing-stop permissions and (``margin``)
    ``isMarginTradingAllowed``; the arguments each order type needs; PRICE_FILTER (``price`` and ``stop_price``),
    LOT_SIZE (``quantity``, ``iceberg_qty``), MARKET_LOT_SIZE (MARKET ``quantity``), MIN_NOTIONAL and NOTIONAL,
    PERCENT_PRICE and PERCENT_PRICE_BY_SIDE (LIMIT and LIMIT_MAKER prices), ICEBERG_PARTS, MAX_NUM_ORDERS,
    MAX_NUM_ALGO_ORDERS, MAX_NUM_ICEBERG_ORDERS, MAX_POSITION and TRAILING_DELTA. Unknown filters are skipped.

    A check that needs data not given is skipped, not failed: PERCENT_PRICE(_BY_SIDE) and MARKET notional need
    ``reference_price``, the order-count filters need ``open_orders``, MAX_POSITION needs ``position``. Notional of
    STOP_LOSS/TAKE_PROFIT (market on trigger) uses ``stop_price`` (else ``reference_price``) with the filters'
    "apply to market" flags.

    Args:
        rules: the symbol's rules (``SymbolRules.parse(...)`` or ``FilterCache.get(symbol)``).
        side: ``"BUY"`` or ``"SELL"``.
        type: order type as Binance spells it (``"LIMIT"``, ``"MARKET"``, ``"STOP_LOSS_LIMIT"`` ...).
        quantity: base-asset quantity.
        price: limit price.
        stop_price: trigger price of STOP_LOSS*/TAKE_PROFIT* orders.
        quote_order_qty: quote-asset amount of a MARKET order sized by quote.
        iceberg_qty: visible part of an iceberg order (0 or ``None``: not an iceberg).
        trailing_delta: trailing stop distance in BIPS.
        reference_price: the price Binance compares with: the weighted average price over the filter's
            ``avgPriceMins`` (``GET /api/v3/avgPrice``), or the last price when ``avgPriceMins`` is 0.
        open_orders: this account's open orders on the symbol: their number, or the orders themselves (generated
            models or dicts; then algo and iceberg orders are counted from them too).
        open_algo_orders: open STOP_LOSS*/TAKE_PROFIT* orders on the symbol (overrides the count from ``open_orders``).
        open_iceberg_orders: open iceberg orders on the symbol (overrides the count from ``open_orders``).
        position: the MAX_POSITION position before this order: base-asset free + locked + open BUY quantity.
        margin: the order goes to a margin account, so ``isMarginTradingAllowed`` false is a violation.

    Raises:
        TypeError: a number was given as ``float``.
        ValueError: a number argument is not a number, or ``side`` is neither BUY nor SELL.
    """
    side_u = str(side).upper()
    if side_u not in ("BUY", "SELL"):
        raise ValueError(f"side must be 'BUY' or 'SELL', got {side!r}")
    kind = str(type).upper()
    qty = None if quantity is None else to_decimal(quantity, "quantity")
    px = None if price is None else to_decimal(price, "price")
    stop = None if stop_price is None else to_decimal(stop_price, "stop_price")
    quote = None if quote_order_qty is None else to_decimal(quote_order_qty, "quote_order_qty")
    iceberg = None if iceberg_qty is None else to_decimal(iceberg_qty, "iceberg_qty")
    ref = None if reference_price is None else to_decimal(reference_price, "reference_price")
    pos = None if position is None else to_decimal(position, "position")
    delta: int | None = None
    if trailing_delta is not None:
        if isinstance(trailing_delta, bool) or not isinstance(trailing_delta, int):
            number = to_decimal(trailing_delta, "trailing_delta")
            if number != number.to_integral_value():
                raise ValueError(f"trailing_delta must be a whole number of BIPS, got {trailing_delta!r}")
            delta = int(number)
        else:
            delta = trailing_delta
    if iceberg is not None and iceberg == 0:
        iceberg = None

    c = _Checker()
    with localcontext(wide_context()):
        _check_symbol(c, rules, kind, quote, iceberg, delta, margin)
        _check_parameters(c, kind, qty, px, stop, quote, iceberg, delta)
        _check_price_filter(c, rules, px, stop)
        _check_lots(c, rules, kind, qty, iceberg)
        _check_notional(c, rules, kind, qty, px, stop, quote, ref)
        _check_percent_price(c, rules, kind, side_u, px, ref)
        _check_iceberg_parts(c, rules, qty, iceberg)
        _check_counts(c, rules, kind, iceberg, open_orders, open_algo_orders, open_iceberg_orders)
        _check_max_position(c, rules, side_u, qty, pos)
        _check_trailing_delta(c, rules, kind, side_u, delta)
    return c.out


def _check_symbol(
    c: _Checker,
    rules: SymbolRules,
    kind: str,
    quote: Decimal | None,
    iceberg: Decimal | None,
    delta: int | None,
    margin: bool,
) -> None:
    name = rules.symbol
    if rules.status is not None and rules.status.upper() != "TRADING":
        c.add("status", "symbol", name, "status", f"status: {name} is {rules.status}, orders need TRADING")
    if margin and rules.is_margin_trading_allowed is False:
        c.add(
            "isMarginTradingAllowed",
            "symbol",
            name,
            "isMarginTradingAllowed",
            f"isMarginTradingAllowed: {name} cannot be traded on margin",
        )
    if rules.order_types and kind not in rules.order_types:
        c.add(
            "orderTypes",
            "type",
            kind,
            "orderTypes",
            f"orderTypes: {kind} orders are not allowed on {name} (allowed: {', '.join(rules.order_types)})",
        )
    if iceberg is not None and rules.iceberg_allowed is False:
        c.add("icebergAllowed", "iceberg_qty", iceberg, "icebergAllowed", f"icebergAllowed: {name} has no icebergs")
    if quote is not None and rules.quote_order_qty_market_allowed is False:
        c.add(
            "quoteOrderQtyMarketAllowed",
            "quote_order_qty",
            quote,
            "quoteOrderQtyMarketAllowed",
            f"quoteOrderQtyMarketAllowed: {name} does not take MARKET orders sized by quote_order_qty",
        )
    if delta is not None and rules.allow_trailing_stop is False:
        c.add(
            "allowTrailingStop",
            "trailing_delta",
            delta,
            "allowTrailingStop",
            f"allowTrailingStop: {name} does not take trailing stops (trailing_delta)",
        )


def _check_parameters(
    c: _Checker,
    kind: str,
    qty: Decimal | None,
    px: Decimal | None,
    stop: Decimal | None,
    quote: Decimal | None,
    iceberg: Decimal | None,
    delta: int | None,
) -> None:
    def need(field_: str, why: str) -> None:
        c.add("parameters", field_, None, "required", f"parameters: {kind} orders need {field_}{why}")

    def refuse(field_: str, value: Decimal | int) -> None:
        c.add("parameters", field_, value, "not allowed", f"parameters: {kind} orders do not take {field_}")

    if kind == "MARKET":
        if qty is None and quote is None:
            need("quantity", " or quote_order_qty")
        if qty is not None and quote is not None:
            c.add(
                "parameters",
                "quote_order_qty",
                quote,
                "not allowed",
                "parameters: a MARKET order takes quantity or quote_order_qty, not both",
            )
    elif kind in _KNOWN_TYPES:
        if qty is None:
            need("quantity", "")
        if quote is not None:
            refuse("quote_order_qty", quote)
    if kind in _PRICED_TYPES and px is None:
        need("price", "")
    if kind in ALGO_ORDER_TYPES and stop is None and delta is None:
        need("stop_price", " or trailing_delta")
    if kind in _KNOWN_TYPES and kind not in ALGO_ORDER_TYPES:
        if stop is not None:
            refuse("stop_price", stop)
        if delta is not None:
            refuse("trailing_delta", delta)
    if kind in _MARKET_LIKE and px is not None:
        refuse("price", px)
    for field_, value in (("quantity", qty), ("price", px), ("stop_price", stop), ("quote_order_qty", quote)):
        if value is not None and value <= 0:
            c.add("parameters", field_, value, "positive", f"parameters: {field_} must be greater than 0")
    if iceberg is not None and iceberg < 0:
        c.add("parameters", "iceberg_qty", iceberg, "positive", "parameters: iceberg_qty must not be negative")
    if delta is not None and delta <= 0:
        c.add("parameters", "trailing_delta", delta, "positive", "parameters: trailing_delta must be greater than 0")


def _check_price_filter(c: _Checker, rules: SymbolRules, px: Decimal | None, stop: Decimal | None) -> None:
    pf = rules.price_filter
    if pf is None:
        return
    for field_, value in (("price", px), ("stop_price", stop)):
        if value is not None and value > 0:
            c.range_filter(
                "PRICE_FILTER",
                field_,
                value,
                pf.min_price,
                pf.max_price,
                pf.tick_size,
                ("minPrice", "maxPrice", "tickSize"),
                "prices",
            )


def _check_lots(c: _Checker, rules: SymbolRules, kind: str, qty: Decimal | None, iceberg: Decimal | None) -> None:
    lot = rules.lot_size
    keys = ("minQty", "maxQty", "stepSize")
    if lot is not None:
        for field_, value in (("quantity", qty), ("iceberg_qty", iceberg)):
            if value is not None and value > 0:
                c.range_filter("LOT_SIZE", field_, value, lot.min_qty, lot.max_qty, lot.step_size, keys, "quantities")
    market_lot = rules.market_lot_size
    if market_lot is not None and kind == "MARKET" and qty is not None and qty > 0:
        c.range_filter(
            "MARKET_LOT_SIZE",
            "quantity",
            qty,
            market_lot.min_qty,
            market_lot.max_qty,
            market_lot.step_size,
            keys,
            "market quantities",
        )


def _check_notional(
    c: _Checker,
    rules: SymbolRules,
    kind: str,
    qty: Decimal | None,
    px: Decimal | None,
    stop: Decimal | None,
    quote: Decimal | None,
    ref: Decimal | None,
) -> None:
    market = kind in _MARKET_LIKE
    if kind == "MARKET":
        at, at_text = ref, "reference price"
    elif kind in ("STOP_LOSS", "TAKE_PROFIT"):
        at, at_text = (stop, "stop price") if stop is not None else (ref, "reference price")
    else:
        at, at_text = px, "price"
    checks: list[tuple[str, str, Decimal, bool]] = []  # (filter, rule, bound, is_min)
    mn = rules.min_notional
    if mn is not None and mn.min_notional > 0 and (not market or mn.apply_to_market):
        checks.append(("MIN_NOTIONAL", "minNotional", mn.min_notional, True))
    nt = rules.notional
    if nt is not None:
        if nt.min_notional > 0 and (not market or nt.apply_min_to_market):
            checks.append(("NOTIONAL", "minNotional", nt.min_notional, True))
        if nt.max_notional > 0 and (not market or nt.apply_max_to_market):
            checks.append(("NOTIONAL", "maxNotional", nt.max_notional, False))
    if not checks:
        return
    lot = rules.lot_size
    step = lot.step_size if lot is not None else ZERO
    base = lot.min_qty if lot is not None else ZERO
    for name, rule, bound, is_min in checks:
        if kind == "MARKET" and quote is not None and quote > 0:
            if (quote < bound) if is_min else (quote > bound):
                word = "below" if is_min else "above"
                c.add(
                    name,
                    "quote_order_qty",
                    quote,
                    rule,
                    f"{name}: quote_order_qty {_fmt(quote)} is {word} {rule} {_fmt(bound)}",
                    minimum=bound if is_min else None,
                    maximum=None if is_min else bound,
                    nearest_above=bound if is_min else None,
                    nearest_below=None if is_min else bound,
                )
            continue
        if qty is None or qty <= 0 or at is None or at <= 0:
            continue
        notional = at * qty
        if is_min and notional < bound:
            least = _ceil_to(bound / at, step, base)
            c.add(
                name,
                "quantity",
                qty,
                rule,
                f"{name}: {at_text} × quantity = {_fmt(notional)} is below {rule} {_fmt(bound)}; at {at_text} "
                f"{_fmt(at)} the quantity must be at least {_fmt(least)}",
                minimum=least,
                nearest_above=least,
            )
        elif not is_min and notional > bound:
            most = _floor_to(bound / at, step, base)
            c.add(
                name,
                "quantity",
                qty,
                rule,
                f"{name}: {at_text} × quantity = {_fmt(notional)} is above {rule} {_fmt(bound)}; at {at_text} "
                f"{_fmt(at)} the quantity must be at most {_fmt(most)}",
                maximum=most,
                nearest_below=most if most > 0 else None,
            )


def _check_percent_price(
    c: _Checker, rules: SymbolRules, kind: str, side: str, px: Decimal | None, ref: Decimal | None
) -> None:
    if kind not in _BAND_TYPES or px is None or px <= 0 or ref is None or ref <= 0:
        return
    bands: list[tuple[str, str, str, Decimal, Decimal]] = []
    pp = rules.percent_price
    if pp is not None:
        bands.append(("PERCENT_PRICE", "multiplierDown", "multiplierUp", pp.multiplier_down, pp.multiplier_up))
    pps = rules.percent_price_by_side
    if pps is not None:
        down, up = pps.multipliers(side)
        prefix = "bid" if side == "BUY" else "ask"
        bands.append(("PERCENT_PRICE_BY_SIDE", f"{prefix}MultiplierDown", f"{prefix}MultiplierUp", down, up))
    pf = rules.price_filter
    tick = pf.tick_size if pf is not None else ZERO
    tick_base = pf.min_price if pf is not None else ZERO
    for name, down_key, up_key, down, up in bands:
        lo = ref * down if down > 0 else ZERO
        hi = ref * up if up > 0 else ZERO
        below_ok = not (lo > 0 and px < lo)
        above_ok = not (hi > 0 and px > hi)
        if below_ok and above_ok:
            continue
        lowest = _ceil_to(lo, tick, tick_base) if lo > 0 else None
        highest = _floor_to(hi, tick, tick_base) if hi > 0 else None
        if lowest is not None and highest is not None and lowest > highest:
            lowest = highest = None
        band = f"{_fmt(lo) if lo > 0 else '>0'} to {_fmt(hi) if hi > 0 else 'any'}"
        side_text = f"{side} " if name == "PERCENT_PRICE_BY_SIDE" else ""
        if not below_ok:
            c.add(
                name,
                "price",
                px,
                down_key,
                f"{name}: {side_text}price {_fmt(px)} is below reference price {_fmt(ref)} × {down_key} {_fmt(down)} "
                f"= {_fmt(lo)} (allowed {band}); nearest valid: {_fmt(lowest)}",
                minimum=lowest,
                maximum=highest,
                step=tick if tick > 0 else None,
                nearest_above=lowest,
            )
        else:
            c.add(
                name,
                "price",
                px,
                up_key,
                f"{name}: {side_text}price {_fmt(px)} is above reference price {_fmt(ref)} × {up_key} {_fmt(up)} "
                f"= {_fmt(hi)} (allowed {band}); nearest valid: {_fmt(highest)}",
                minimum=lowest,
                maximum=highest,
                step=tick if tick > 0 else None,
                nearest_below=highest,
            )


def _check_iceberg_parts(c: _Checker, rules: SymbolRules, qty: Decimal | None, iceberg: Decimal | None) -> None:
    ip = rules.get(IcebergParts)
    if ip is None or ip.limit <= 0 or qty is None or qty <= 0 or iceberg is None or iceberg <= 0:
        return
    parts = -((-qty) // iceberg) if qty % iceberg else qty // iceberg
    if parts <= ip.limit:
        return
    lot = rules.lot_size
    least = _ceil_to(qty / ip.limit, lot.step_size if lot else ZERO, lot.min_qty if lot else ZERO)
    c.add(
        "ICEBERG_PARTS",
        "iceberg_qty",
        iceberg,
        "limit",
        f"ICEBERG_PARTS: quantity {_fmt(qty)} / iceberg_qty {_fmt(iceberg)} makes {int(parts)} parts, the limit is "
        f"{ip.limit}; iceberg_qty must be at least {_fmt(least)}",
        minimum=least,
        nearest_above=least,
    )


def _check_counts(
    c: _Checker,
    rules: SymbolRules,
    kind: str,
    iceberg: Decimal | None,
    open_orders: int | Iterable[Any] | None,
    open_algo: int | None,
    open_iceberg: int | None,
) -> None:
    total: int | None
    if open_orders is None:
        total = None
    elif isinstance(open_orders, int) and not isinstance(open_orders, bool):
        total = open_orders
    else:
        total, counted_algo, counted_iceberg = _count_open(open_orders)  # type: ignore[arg-type]
        open_algo = counted_algo if open_algo is None else open_algo
        open_iceberg = counted_iceberg if open_iceberg is None else open_iceberg
    checks: list[tuple[str, str, int, int | None, str]] = []
    mno = rules.get(MaxNumOrders)
    if mno is not None:
        checks.append(("MAX_NUM_ORDERS", "maxNumOrders", mno.max_num_orders, total, "open_orders"))
    mna = rules.get(MaxNumAlgoOrders)
    if mna is not None and kind in ALGO_ORDER_TYPES:
        checks.append(
            ("MAX_NUM_ALGO_ORDERS", "maxNumAlgoOrders", mna.max_num_algo_orders, open_algo, "open_algo_orders")
        )
    mni = rules.get(MaxNumIcebergOrders)
    if mni is not None and iceberg is not None:
        checks.append(
            (
                "MAX_NUM_ICEBERG_ORDERS",
                "maxNumIcebergOrders",
                mni.max_num_iceberg_orders,
                open_iceberg,
                "open_iceberg_orders",
            )
        )
    for name, rule, limit, count, field_ in checks:
        if limit <= 0 or count is None or count + 1 <= limit:
            continue
        c.add(
            name,
            field_,
            count + 1,
            rule,
            f"{name}: {count} already open on {rules.symbol}, this order would make {count + 1}; {rule} is {limit}",
            maximum=limit,
        )


def _check_max_position(c: _Checker, rules: SymbolRules, side: str, qty: Decimal | None, pos: Decimal | None) -> None:
    mp = rules.get(MaxPosition)
    if mp is None or mp.max_position <= 0 or side != "BUY" or qty is None or qty <= 0 or pos is None:
        return
    if pos + qty <= mp.max_position:
        return
    lot = rules.lot_size
    room = mp.max_position - pos
    most = _floor_to(room, lot.step_size if lot else ZERO, lot.min_qty if lot else ZERO) if room > 0 else None
    c.add(
        "MAX_POSITION",
        "quantity",
        qty,
        "maxPosition",
        f"MAX_POSITION: position {_fmt(pos)} + quantity {_fmt(qty)} = {_fmt(pos + qty)} is above maxPosition "
        f"{_fmt(mp.max_position)}; the quantity can be at most {_fmt(most) if most and most > 0 else 0}",
        maximum=most if most is not None and most > 0 else ZERO,
        nearest_below=most if most is not None and most > 0 else None,
    )


def _check_trailing_delta(c: _Checker, rules: SymbolRules, kind: str, side: str, delta: int | None) -> None:
    td = rules.get(TrailingDelta)
    if td is None or delta is None or delta <= 0 or kind not in ALGO_ORDER_TYPES:
        return
    if (kind, side) in _ABOVE_DELTA:
        lo, hi, lo_key, hi_key = (
            td.min_trailing_above_delta,
            td.max_trailing_above_delta,
            "minTrailingAboveDelta",
            "maxTrailingAboveDelta",
        )
    else:
        lo, hi, lo_key, hi_key = (
            td.min_trailing_below_delta,
            td.max_trailing_below_delta,
            "minTrailingBelowDelta",
            "maxTrailingBelowDelta",
        )
    allowed = f"allowed {lo if lo > 0 else 1} to {hi if hi > 0 else 'any'} BIPS for {kind} {side}"
    extra: dict[str, Any] = {"minimum": lo or None, "maximum": hi or None}
    if lo > 0 and delta < lo:
        c.add(
            "TRAILING_DELTA",
            "trailing_delta",
            delta,
            lo_key,
            f"TRAILING_DELTA: trailing_delta {delta} is below {lo_key} {lo} ({allowed})",
            nearest_above=lo,
            **extra,
        )
    if hi > 0 and delta > hi:
        c.add(
            "TRAILING_DELTA",
            "trailing_delta",
            delta,
            hi_key,
            f"TRAILING_DELTA: trailing_delta {delta} is above {hi_key} {hi} ({allowed})",
            nearest_below=hi,
            **extra,
        )


def raise_for_violations(violations: Iterable[FilterViolation], *, symbol: str | None = None) -> None:
    """Raise ``OrderValidationError`` carrying ``violations`` if there is any; return quietly otherwise."""
    found = tuple(violations)
    if found:
        raise OrderValidationError(found, symbol=symbol)


def check_order(
    rules: SymbolRules,
    *,
    side: str,
    type: str,
    quantity: DecimalLike | None = None,
    price: DecimalLike | None = None,
    stop_price: DecimalLike | None = None,
    quote_order_qty: DecimalLike | None = None,
    iceberg_qty: DecimalLike | None = None,
    trailing_delta: int | None = None,
    reference_price: DecimalLike | None = None,
    open_orders: int | Iterable[Any] | None = None,
    open_algo_orders: int | None = None,
    open_iceberg_orders: int | None = None,
    position: DecimalLike | None = None,
    margin: bool = True,
) -> None:
    """``validate_order`` that raises ``OrderValidationError`` (with every violation) instead of returning them."""
    raise_for_violations(
        validate_order(
            rules,
            side=side,
            type=type,
            quantity=quantity,
            price=price,
            stop_price=stop_price,
            quote_order_qty=quote_order_qty,
            iceberg_qty=iceberg_qty,
            trailing_delta=trailing_delta,
            reference_price=reference_price,
            open_orders=open_orders,
            open_algo_orders=open_algo_orders,
            open_iceberg_orders=open_iceberg_orders,
            position=position,
            margin=margin,
        ),
        symbol=rules.symbol,
    )
