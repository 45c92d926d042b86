"""Orders: validation against the pair's filters, balance locking, side effects, matching against the price.

The sandbox is its own counterparty: a pair has one price (tests move it with ``Sandbox.set_price``). A
marketable order fills at once, in full, at that price (taker); a resting limit order fills in full at its
limit price once the price reaches it (maker); stop / take-profit orders trigger when the price crosses
their stop price. OCO legs cancel each other; OTO / OTOCO pending legs are placed when the working leg fills.

Partial fills come from :meth:`OrderEngine.trade` (``Sandbox.trade``): another market participant trades a
given quantity at a given price against the resting limit orders that price crosses, without moving the
pair's price, so each order it reaches fills in part (``PARTIALLY_FILLED``) or in full.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Protocol

from ._config import AssetConfig, PairConfig, SandboxConfig
from ._errors import ApiError
from ._state import ZERO, AccountKey, ExchangeState, MarginAccount, Order, OrderList, Trade, UserState

__all__ = ["Fill", "OrderEngine", "OrderEvents", "OrderLedger", "OrderRequest", "Placed"]

LIMIT_TYPES = ("LIMIT", "LIMIT_MAKER", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT")
STOP_TYPES = ("STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT")
BORROWING = ("MARGIN_BUY", "AUTO_BORROW_REPAY")
REPAYING = ("AUTO_REPAY", "AUTO_BORROW_REPAY")
_ALPHABET = string.ascii_letters + string.digits


def new_client_id() -> str:
    """A Binance-looking generated client order id."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(22))


def decimals(value: Decimal) -> int:
    """Digits after the point as written (``1.500`` has 3)."""
    exp = value.as_tuple().exponent
    return -exp if isinstance(exp, int) and exp < 0 else 0


def floor_to(value: Decimal, step: Decimal) -> Decimal:
    """``value`` rounded down to a multiple of ``step`` (unchanged when step is 0)."""
    if step <= 0:
        return value
    return (value / step).to_integral_value(rounding=ROUND_DOWN) * step


@dataclass
class OrderRequest:
    """One order as the client asked for it (already parsed)."""

    symbol: str
    side: str
    type: str
    quantity: Decimal | None = None
    quote_order_qty: Decimal | None = None
    price: Decimal | None = None
    stop_price: Decimal | None = None
    time_in_force: str | None = None
    client_order_id: str | None = None
    iceberg_qty: Decimal | None = None
    trailing_delta: int | None = None
    self_trade_prevention_mode: str | None = None
    prefix: str = ""
    """Parameter-name prefix for error messages (``working``, ``pendingAbove``...)."""

    def pname(self, name: str) -> str:
        """The wire name of one of this order's parameters."""
        if not self.prefix:
            return name
        return self.prefix + name[0].upper() + name[1:]


@dataclass
class Fill:
    """One execution, as reported in a FULL response."""

    price: Decimal
    qty: Decimal
    commission: Decimal
    commission_asset: str
    trade_id: int


@dataclass
class Placed:
    """What placing an order (or an order list) produced."""

    orders: list[Order]
    fills: dict[int, list[Fill]] = field(default_factory=dict)
    borrowed_asset: str | None = None
    borrowed_amount: Decimal = ZERO
    order_list: OrderList | None = None


class OrderEvents(Protocol):
    """What :class:`OrderEngine` reports to the stream event bus (``Exchange.events``, an ``EventBus``)."""

    def order(
        self,
        user: UserState,
        o: Order,
        execution: str,
        *,
        last_qty: Decimal = ...,
        last_price: Decimal = ...,
        commission: Decimal | None = ...,
        commission_asset: str | None = ...,
        trade_id: int = ...,
        maker: bool = ...,
    ) -> None:
        """An ``executionReport`` for ``o`` (``execution``: NEW, TRADE, CANCELED, EXPIRED...)."""

    def order_list(self, user: UserState, ol: OrderList) -> None:
        """A ``listStatus`` for an order list as it stands."""


class OrderLedger(Protocol):
    """What :class:`OrderEngine` uses of the ledger that owns it (the sandbox's ``Exchange``).

    Stated here so that the engine does not depend on the module of its owner (which creates it).
    """

    @property
    def config(self) -> SandboxConfig:
        """The sandbox configuration (rate limits, limit-price pairs)."""

    @property
    def state(self) -> ExchangeState:
        """Users, prices and the id sequence."""

    @property
    def assets(self) -> dict[str, AssetConfig]:
        """The configured assets by name."""

    @property
    def events(self) -> OrderEvents:
        """Where order and order-list events go."""

    def now(self) -> int:
        """The exchange time in ms."""

    def pair(self, symbol: str | None) -> PairConfig:
        """A configured pair, or ``-1121 Invalid symbol.``."""

    def price(self, symbol: str) -> Decimal:
        """The current price of ``symbol``."""

    def value(self, asset: str, amount: Decimal, in_asset: str) -> Decimal:
        """``amount`` of ``asset`` in ``in_asset``."""

    def flow(self, user: UserState, acc: MarginAccount, asset: str, type_: str, amount: Decimal, tran_id: int) -> None:
        """Add a capital-flow entry."""

    def borrow(self, user: UserState, acc: MarginAccount, asset: str, amount: Decimal, mode: str = ...) -> int:
        """Borrow ``amount`` of ``asset`` into ``acc``; returns the txId."""

    def repay(
        self,
        user: UserState,
        acc: MarginAccount,
        asset: str,
        amount: Decimal,
        mode: str = ...,
        *,
        strict: bool = ...,
        flow_type: str = ...,
    ) -> tuple[int, Decimal, Decimal]:
        """Repay interest first, then principal; returns (txId, interest paid, principal paid)."""


class OrderEngine:
    """Order placement, matching and cancellation for every user of one ``Exchange``."""

    def __init__(self, exchange: OrderLedger) -> None:
        self.ex = exchange
        self._fills: dict[int, list[Fill]] = {}
        self._fresh: set[int] = set()
        """Orders placed by the current request: marketable ones take at the price (resting ones make)."""

    # -- queries ---------------------------------------------------------------------------------------------

    def open_orders(self, user: UserState, key: AccountKey, symbol: str | None = None) -> list[Order]:
        """Open orders of one account (optionally of one symbol), oldest first."""
        return [
            o
            for o in sorted(user.orders.values(), key=lambda o: o.order_id)
            if o.account == key and o.is_open and (symbol is None or o.symbol == symbol)
        ]

    def find(
        self, user: UserState, key: AccountKey, symbol: str, order_id: int | None, client_id: str | None
    ) -> Order | None:
        """An order of ``key`` on ``symbol`` by id (or, failing that, by client id; the newest wins)."""
        if order_id is not None:
            o = user.orders.get(order_id)
            if o is not None and o.account == key and o.symbol == symbol:
                return o
            return None
        for o in sorted(user.orders.values(), key=lambda o: -o.order_id):
            if o.account == key and o.symbol == symbol and o.client_order_id == client_id:
                return o
        return None

    # -- order-count limits ----------------------------------------------------------------------------------

    def order_counts(self, user: UserState) -> tuple[int, int]:
        """(orders placed in the current 10 s window, in the current day)."""
        now = self.ex.now()
        day_start = now - now % 86_400_000
        ten_start = now - now % 10_000
        user.order_times = [t for t in user.order_times if t >= day_start]
        return sum(1 for t in user.order_times if t >= ten_start), len(user.order_times)

    def check_order_limit(self, user: UserState, n: int = 1) -> None:
        """Refuse ``n`` more orders past the 10 s / day limits (``-1015``, HTTP 429)."""
        limits = self.ex.config.rate_limits
        ten, day = self.order_counts(user)
        now = self.ex.now()
        if ten + n > limits.orders_per_10s:
            raise ApiError(
                -1015,
                f"Too many new orders; current limit is {limits.orders_per_10s} orders per 10 SECOND.",
                429,
                retry_after=max(1, (10_000 - now % 10_000 + 999) // 1000),
            )
        if day + n > limits.orders_per_day:
            raise ApiError(
                -1015,
                f"Too many new orders; current limit is {limits.orders_per_day} orders per DAY.",
                429,
                retry_after=max(1, (86_400_000 - now % 86_400_000 + 999) // 1000),
            )

    def add_orders(self, user: UserState, n: int = 1) -> None:
        """Count ``n`` orders that reached the matching engine."""
        user.order_times.extend([self.ex.now()] * n)

    # -- validation ------------------------------------------------------------------------------------------

    def _check_price(self, pair: PairConfig, name: str, price: Decimal) -> None:
        f = pair.filters
        if decimals(price) > pair.quote_precision:
            raise ApiError.precision(name)
        if price <= 0:
            raise ApiError(-1013, "Invalid price.")
        if (f.min_price > 0 and price < f.min_price) or (f.max_price > 0 and price > f.max_price):
            raise ApiError.filter_failure("PRICE_FILTER")
        if f.tick_size > 0 and (price - f.min_price) % f.tick_size != 0:
            raise ApiError.filter_failure("PRICE_FILTER")

    def _check_qty(self, pair: PairConfig, name: str, qty: Decimal, market: bool) -> None:
        f = pair.filters
        if decimals(qty) > pair.base_precision:
            raise ApiError.precision(name)
        if qty <= 0:
            raise ApiError(-1013, "Invalid quantity.")
        if qty < f.min_qty or qty > f.max_qty or (f.step_size > 0 and (qty - f.min_qty) % f.step_size != 0):
            raise ApiError.filter_failure("LOT_SIZE")
        if market and (
            qty < f.market_min_qty
            or (f.market_max_qty > 0 and qty > f.market_max_qty)
            or (f.market_step_size > 0 and (qty - f.market_min_qty) % f.market_step_size != 0)
        ):
            raise ApiError.filter_failure("MARKET_LOT_SIZE")

    def _check_notional(self, pair: PairConfig, notional: Decimal, market: bool) -> None:
        f = pair.filters
        if (not market or f.apply_min_to_market) and notional < f.min_notional:
            raise ApiError.filter_failure("NOTIONAL")
        if (not market or f.apply_max_to_market) and f.max_notional > 0 and notional > f.max_notional:
            raise ApiError.filter_failure("NOTIONAL")

    def _check_percent(self, pair: PairConfig, side: str, price: Decimal, key: AccountKey) -> None:
        f = pair.filters
        px = self.ex.price(pair.symbol)
        if side == "BUY":
            ok = px * f.bid_multiplier_down <= price <= px * f.bid_multiplier_up
        else:
            ok = px * f.ask_multiplier_down <= price <= px * f.ask_multiplier_up
        if not ok:
            raise ApiError.filter_failure("PERCENT_PRICE_BY_SIDE")
        if (
            key[0] == "CROSS"
            and pair.symbol in self.ex.config.limit_price_pairs
            and abs(price - px) > px * Decimal("0.15")
        ):
            raise ApiError.margin(-3064)

    def validate(self, user: UserState, key: AccountKey, req: OrderRequest, *, pending: bool = False) -> Decimal:
        """Check an order against Binance's rules and the pair's filters; returns its quantity."""
        pair = self.ex.pair(req.symbol)
        t = req.type
        px = self.ex.price(pair.symbol)
        if t in ("MARKET", "LIMIT_MAKER", "STOP_LOSS", "TAKE_PROFIT") and req.time_in_force is not None:
            raise ApiError(-1106, f"Parameter '{req.pname('timeInForce')}' sent when not required.")
        if t in ("LIMIT", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT") and req.time_in_force is None:
            raise ApiError.mandatory(req.pname("timeInForce"))
        if t in LIMIT_TYPES and req.price is None:
            raise ApiError.mandatory(req.pname("price"))
        if t in ("MARKET", "STOP_LOSS", "TAKE_PROFIT") and req.price is not None:
            raise ApiError(-1106, f"Parameter '{req.pname('price')}' sent when not required.")
        if t in STOP_TYPES and req.stop_price is None and req.trailing_delta is None:
            raise ApiError.either(req.pname("stopPrice"), req.pname("trailingDelta"))
        if t not in STOP_TYPES and (req.stop_price is not None or req.trailing_delta is not None):
            name = "stopPrice" if req.stop_price is not None else "trailingDelta"
            raise ApiError(-1106, f"Parameter '{req.pname(name)}' sent when not required.")
        if t == "MARKET":
            if req.quantity is None and req.quote_order_qty is None:
                raise ApiError.either("quantity", "quoteOrderQty")
            if req.quantity is not None and req.quote_order_qty is not None:
                raise ApiError(-1106, "Parameter 'quoteOrderQty' sent when not required.")
        else:
            if req.quote_order_qty is not None:
                raise ApiError(-1106, "Parameter 'quoteOrderQty' sent when not required.")
            if req.quantity is None:
                raise ApiError.mandatory(req.pname("quantity"))
        iceberg = req.iceberg_qty is not None and req.iceberg_qty > 0
        if iceberg and (t not in LIMIT_TYPES or req.time_in_force not in (None, "GTC")):
            raise ApiError.rejected("Iceberg orders are only allowed for GTC limit orders.")
        if req.price is not None:
            self._check_price(pair, req.pname("price"), req.price)
        if req.stop_price is not None:
            self._check_price(pair, req.pname("stopPrice"), req.stop_price)
        if req.trailing_delta is not None:
            f = pair.filters
            if not f.min_trailing_delta <= req.trailing_delta <= f.max_trailing_delta:
                raise ApiError.filter_failure("TRAILING_DELTA")
        market = t in ("MARKET", "STOP_LOSS", "TAKE_PROFIT")
        if req.quote_order_qty is not None:
            if decimals(req.quote_order_qty) > pair.quote_precision:
                raise ApiError.precision("quoteOrderQty")
            if req.quote_order_qty <= 0:
                raise ApiError(-1013, "Invalid quantity.")
            self._check_notional(pair, req.quote_order_qty, True)
            qty = floor_to(req.quote_order_qty / px, pair.filters.step_size or Decimal("0.00000001"))
            if qty < pair.filters.min_qty or qty <= 0:
                raise ApiError.filter_failure("LOT_SIZE")
        else:
            assert req.quantity is not None
            qty = req.quantity
            self._check_qty(pair, req.pname("quantity"), qty, market)
        if req.iceberg_qty is not None and req.iceberg_qty > 0:
            self._check_qty(pair, req.pname("icebergQty"), req.iceberg_qty, False)
            if qty / req.iceberg_qty > pair.filters.iceberg_parts:
                raise ApiError.filter_failure("ICEBERG_PARTS")
        ref = req.price if req.price is not None else (req.stop_price if (req.stop_price and t != "MARKET") else px)
        self._check_notional(pair, qty * ref, market)
        if req.price is not None:
            self._check_percent(pair, req.side, req.price, key)
        open_ = self.open_orders(user, key, pair.symbol)
        if len(open_) >= pair.filters.max_num_orders:
            raise ApiError.filter_failure("MAX_NUM_ORDERS")
        if t in STOP_TYPES and sum(1 for o in open_ if o.type in STOP_TYPES) >= pair.filters.max_num_algo_orders:
            raise ApiError.filter_failure("MAX_NUM_ALGO_ORDERS")
        if not pending:
            if t in STOP_TYPES and req.stop_price is not None and self._triggered_at(t, req.side, req.stop_price, px):
                raise ApiError.rejected("Stop price would trigger immediately.")
            if t == "LIMIT_MAKER" and req.price is not None and self._crosses(req.side, req.price, px):
                raise ApiError.rejected("Order would immediately match and take.")
        if req.client_order_id is not None and any(
            o.client_order_id == req.client_order_id for o in self.open_orders(user, key)
        ):
            raise ApiError.rejected("Duplicate order sent.")
        return qty

    @staticmethod
    def _crosses(side: str, limit: Decimal, px: Decimal) -> bool:
        return limit >= px if side == "BUY" else limit <= px

    @staticmethod
    def _triggered_at(type_: str, side: str, stop: Decimal, px: Decimal) -> bool:
        if type_.startswith("STOP_LOSS"):
            return px >= stop if side == "BUY" else px <= stop
        return px <= stop if side == "BUY" else px >= stop

    def _trailing_stop(self, req: OrderRequest) -> None:
        """A trailing order becomes a stop at the current price -/+ the delta (no further trailing)."""
        if req.type not in STOP_TYPES or req.stop_price is not None or req.trailing_delta is None:
            return
        pair = self.ex.pair(req.symbol)
        px = self.ex.price(pair.symbol)
        d = Decimal(req.trailing_delta) / Decimal(10_000)
        below = (req.type.startswith("STOP_LOSS")) == (req.side == "SELL")
        stop = px * (1 - d) if below else px * (1 + d)
        req.stop_price = max(pair.filters.tick_size, floor_to(stop, pair.filters.tick_size))

    # -- funds -----------------------------------------------------------------------------------------------

    def _needs(self, pair: PairConfig, req: OrderRequest, qty: Decimal) -> tuple[str, Decimal]:
        """(asset, amount) the order must lock."""
        if req.side == "SELL":
            return pair.base, qty
        if req.quote_order_qty is not None:
            return pair.quote, req.quote_order_qty
        if req.price is not None:
            price = max(req.price, req.stop_price or ZERO) if req.type.endswith("_LIMIT") else req.price
        elif req.stop_price is not None:
            price = max(req.stop_price, self.ex.price(pair.symbol))
        else:
            price = self.ex.price(pair.symbol)
        return pair.quote, _q8(qty * price, up=True)

    def _lock(self, user: UserState, order: Order, asset: str, amount: Decimal) -> None:
        bal = user.account(order.account).balance(asset)
        if bal.free < amount:
            raise ApiError.insufficient()
        bal.free -= amount
        bal.locked += amount
        order.reserved_asset = asset
        order.reserved += amount

    def _release(self, user: UserState, order: Order) -> None:
        if order.reserved > 0 and order.reserved_asset:
            bal = user.account(order.account).balance(order.reserved_asset)
            bal.locked -= order.reserved
            bal.free += order.reserved
        order.reserved = ZERO

    def _borrow_for(self, user: UserState, key: AccountKey, side_effect: str, asset: str, need: Decimal) -> Decimal:
        """Borrow what a MARGIN_BUY / AUTO_BORROW_REPAY order lacks; returns the amount borrowed."""
        if side_effect not in BORROWING:
            return ZERO
        acc = user.account(key)
        short = _q8(need - acc.balance(asset).free, up=True)
        if short <= 0:
            return ZERO
        self.ex.borrow(user, acc, asset, short, mode="AUTO")
        return short

    # -- placement -------------------------------------------------------------------------------------------

    def _new_order(
        self,
        user: UserState,
        key: AccountKey,
        req: OrderRequest,
        qty: Decimal,
        *,
        side_effect: str,
        auto_repay_at_cancel: bool,
        order_list_id: int = -1,
        pending: bool = False,
    ) -> Order:
        now = self.ex.now()
        o = Order(
            order_id=self.ex.state.new_id(),
            client_order_id=req.client_order_id or new_client_id(),
            symbol=req.symbol,
            account=key,
            side="BUY" if req.side == "BUY" else "SELL",
            type=req.type,
            time_in_force=req.time_in_force or "GTC",
            orig_qty=qty,
            quote_order_qty=req.quote_order_qty,
            price=req.price or ZERO,
            stop_price=req.stop_price or ZERO,
            iceberg_qty=req.iceberg_qty or ZERO,
            status="PENDING_NEW" if pending else "NEW",
            time=now,
            update_time=now,
            is_working=req.type not in STOP_TYPES and not pending,
            self_trade_prevention_mode=req.self_trade_prevention_mode or "EXPIRE_MAKER",
            side_effect_type=side_effect,
            auto_repay_at_cancel=auto_repay_at_cancel,
            order_list_id=order_list_id,
            pending=pending,
            trailing_delta=req.trailing_delta,
        )
        user.orders[o.order_id] = o
        self._fresh.add(o.order_id)
        self.ex.events.order(user, o, "NEW")
        return o

    def place(
        self, user: UserState, key: AccountKey, req: OrderRequest, *, side_effect: str, auto_repay_at_cancel: bool
    ) -> Placed:
        """Validate, borrow if asked, lock, and match a single order."""
        self._fresh.clear()
        self._trailing_stop(req)
        qty = self.validate(user, key, req)
        pair = self.ex.pair(req.symbol)
        asset, need = self._needs(pair, req, qty)
        borrowed = self._borrow_for(user, key, side_effect, asset, need)
        if user.account(key).balance(asset).free < need:
            raise ApiError.insufficient()
        o = self._new_order(user, key, req, qty, side_effect=side_effect, auto_repay_at_cancel=auto_repay_at_cancel)
        if borrowed > 0:
            o.borrowed_asset, o.borrowed_amount = asset, borrowed
        self._fills[o.order_id] = []
        if o.type == "MARKET":
            self._market_fill(user, o)
        else:
            self._lock(user, o, asset, need)
            self._settle(user, o.symbol)
        self._fresh.clear()
        return Placed(
            orders=[o],
            fills={o.order_id: self._fills.pop(o.order_id, [])},
            borrowed_asset=asset if borrowed > 0 else None,
            borrowed_amount=borrowed,
        )

    def _list(self, user: UserState, key: AccountKey, symbol: str, kind: str, client_id: str | None) -> OrderList:
        if client_id is not None and any(
            ol.list_client_order_id == client_id and ol.list_status_type != "ALL_DONE"
            for ol in user.order_lists.values()
        ):
            raise ApiError.rejected("Duplicate order sent.")
        ol = OrderList(
            order_list_id=self.ex.state.new_id(),
            list_client_order_id=client_id or new_client_id(),
            contingency_type="OCO" if kind == "OCO" else "OTO",
            symbol=symbol,
            account=key,
            order_ids=[],
            transaction_time=self.ex.now(),
        )
        return ol

    def place_oco(
        self,
        user: UserState,
        key: AccountKey,
        limit: OrderRequest,
        stop: OrderRequest,
        *,
        list_client_id: str | None,
        side_effect: str,
        auto_repay_at_cancel: bool,
    ) -> Placed:
        """An OCO: a LIMIT_MAKER leg and a STOP_LOSS(_LIMIT) leg on the other side of the price."""
        pair = self.ex.pair(limit.symbol)
        px = self.ex.price(pair.symbol)
        assert limit.price is not None and stop.stop_price is not None
        ok = limit.price > px > stop.stop_price if limit.side == "SELL" else limit.price < px < stop.stop_price
        if not ok:
            raise ApiError.rejected("The relationship of the prices for the orders is not correct.")
        qty = self.validate(user, key, limit)
        self.validate(user, key, stop)
        ol = self._list(user, key, pair.symbol, "OCO", list_client_id)
        asset, need_l = self._needs(pair, limit, qty)
        _, need_s = self._needs(pair, stop, qty)
        need = max(need_l, need_s)
        borrowed = self._borrow_for(user, key, side_effect, asset, need)
        if user.account(key).balance(asset).free < need:
            raise ApiError.insufficient()
        lo = self._new_order(
            user,
            key,
            limit,
            qty,
            side_effect=side_effect,
            auto_repay_at_cancel=auto_repay_at_cancel,
            order_list_id=ol.order_list_id,
        )
        so = self._new_order(
            user,
            key,
            stop,
            qty,
            side_effect=side_effect,
            auto_repay_at_cancel=auto_repay_at_cancel,
            order_list_id=ol.order_list_id,
        )
        if borrowed > 0:
            lo.borrowed_asset, lo.borrowed_amount = asset, borrowed
        self._lock(user, lo, asset, need)
        so.reserved_asset = asset
        ol.order_ids = [so.order_id, lo.order_id]
        ol.oco_ids = [so.order_id, lo.order_id]
        ol.working_ids = [so.order_id, lo.order_id]
        user.order_lists[ol.order_list_id] = ol
        self.ex.events.order_list(user, ol)
        self._settle(user, pair.symbol)
        self._fresh.clear()
        return Placed(
            orders=[so, lo], borrowed_asset=asset if borrowed > 0 else None, borrowed_amount=borrowed, order_list=ol
        )

    def place_oto(
        self,
        user: UserState,
        key: AccountKey,
        working: OrderRequest,
        pendings: list[OrderRequest],
        *,
        list_client_id: str | None,
        side_effect: str,
        auto_repay_at_cancel: bool,
    ) -> Placed:
        """An OTO (one pending leg) or OTOCO (two pending legs that form an OCO)."""
        if working.type not in ("LIMIT", "LIMIT_MAKER"):
            raise ApiError.illegal("workingType", "LIMIT|LIMIT_MAKER")
        pair = self.ex.pair(working.symbol)
        qty = self.validate(user, key, working)
        pqty = [self.validate(user, key, p, pending=True) for p in pendings]
        ol = self._list(user, key, pair.symbol, "OTO", list_client_id)
        asset, need = self._needs(pair, working, qty)
        borrowed = self._borrow_for(user, key, side_effect, asset, need)
        if user.account(key).balance(asset).free < need:
            raise ApiError.insufficient()
        wo = self._new_order(
            user,
            key,
            working,
            qty,
            side_effect=side_effect,
            auto_repay_at_cancel=auto_repay_at_cancel,
            order_list_id=ol.order_list_id,
        )
        if borrowed > 0:
            wo.borrowed_asset, wo.borrowed_amount = asset, borrowed
        pos = [
            self._new_order(
                user,
                key,
                p,
                q,
                side_effect="NO_SIDE_EFFECT",
                auto_repay_at_cancel=auto_repay_at_cancel,
                order_list_id=ol.order_list_id,
                pending=True,
            )
            for p, q in zip(pendings, pqty, strict=True)
        ]
        self._lock(user, wo, asset, need)
        ol.order_ids = [wo.order_id, *(p.order_id for p in pos)]
        ol.working_ids = [wo.order_id]
        ol.pending_ids = [p.order_id for p in pos]
        ol.oco_ids = [p.order_id for p in pos] if len(pos) > 1 else []
        user.order_lists[ol.order_list_id] = ol
        self.ex.events.order_list(user, ol)
        self._settle(user, pair.symbol)
        self._fresh.clear()
        return Placed(
            orders=[wo, *pos], borrowed_asset=asset if borrowed > 0 else None, borrowed_amount=borrowed, order_list=ol
        )

    # -- matching --------------------------------------------------------------------------------------------

    def on_price(self, symbol: str) -> None:
        """The price of ``symbol`` moved: trigger stops and fill resting orders that it crossed."""
        for user in self.ex.state.users.values():
            self._settle(user, symbol)
        self._fresh.clear()

    def _settle(self, user: UserState, symbol: str) -> None:
        """Run every open order of ``user`` on ``symbol`` against the price until nothing changes."""
        for _ in range(50):
            changed = False
            px = self.ex.price(symbol)
            for o in [o for o in sorted(user.orders.values(), key=lambda o: o.order_id) if o.symbol == symbol]:
                if not o.is_open or o.pending:
                    continue
                if not o.is_working:
                    if self._triggered_at(o.type, o.side, o.stop_price, px):
                        o.is_working = True
                        o.update_time = self.ex.now()
                        self._oco_sibling_done(user, o)
                        if o.type in ("STOP_LOSS", "TAKE_PROFIT"):
                            self._market_fill(user, o)
                        elif self._crosses(o.side, o.price, px):
                            self._fill(user, o, o.orig_qty - o.executed_qty, px, maker=False)
                        changed = True
                    continue
                if o.type in ("LIMIT", "LIMIT_MAKER", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT") and self._crosses(
                    o.side, o.price, px
                ):
                    taker = o.order_id in self._fresh and o.type != "LIMIT_MAKER"
                    self._oco_sibling_done(user, o)
                    self._fill(user, o, o.orig_qty - o.executed_qty, px if taker else o.price, maker=not taker)
                    changed = True
                elif o.type == "LIMIT" and o.time_in_force in ("IOC", "FOK") and o.executed_qty == 0:
                    self._finish(user, o, "EXPIRED")
                    changed = True
            if not changed:
                return

    def trade(
        self, symbol: str, qty: Decimal, price: Decimal | None = None, *, side: str | None = None
    ) -> list[tuple[int, Decimal]]:
        """Another participant trades ``qty`` at ``price`` (default: the current price) against resting orders.

        Every user's working limit orders on ``symbol`` that ``price`` crosses (buys at or above it, sells at or
        below it) fill at their own limit price as makers, best price first, then oldest first, until ``qty``
        is used up; the last one reached may fill in part. ``side`` is the participant's side (``SELL`` hits
        resting buys only, ``BUY`` resting sells only; None: both). The pair's price does not move. Returns
        ``[(order id, quantity filled), ...]`` in the order the fills happened.
        """
        self.ex.pair(symbol)
        if qty <= 0:
            raise ValueError("qty must be positive")
        px = self.ex.price(symbol) if price is None else price
        book: list[tuple[UserState, Order]] = [
            (u, o)
            for u in self.ex.state.users.values()
            for o in u.orders.values()
            if o.symbol == symbol
            and o.is_open
            and o.is_working
            and not o.pending
            and o.type in LIMIT_TYPES
            and (side is None or o.side != side)
            and self._crosses(o.side, o.price, px)
        ]
        book.sort(key=lambda uo: (-uo[1].price if uo[1].side == "BUY" else uo[1].price, uo[1].order_id))
        fills: list[tuple[int, Decimal]] = []
        left = qty
        for user, o in book:
            if left <= 0:
                break
            if not o.is_open:  # an OCO sibling reached earlier in this trade
                continue
            q = min(left, o.orig_qty - o.executed_qty)
            self._oco_sibling_done(user, o)
            before = o.executed_qty
            self._fill(user, o, q, o.price, maker=True)
            done = o.executed_qty - before
            if done > 0:
                fills.append((o.order_id, done))
                left -= done
        self._fresh.clear()
        return fills

    def _market_fill(self, user: UserState, o: Order) -> None:
        px = self.ex.price(o.symbol)
        qty = o.orig_qty
        if o.side == "BUY":
            pair = self.ex.pair(o.symbol)
            cost = _q8(qty * px, up=True)
            acc = user.account(o.account)
            if acc.balance(pair.quote).free + o.reserved < cost:
                self._finish(user, o, "EXPIRED")
                return
        self._fill(user, o, qty, px, maker=False)

    def _fill(self, user: UserState, o: Order, qty: Decimal, price: Decimal, *, maker: bool) -> None:
        ex = self.ex
        pair = ex.pair(o.symbol)
        acc = user.account(o.account)
        quote_amt = _q8(qty * price)
        if o.side == "BUY":
            pay_asset, pay, get_asset, get = pair.quote, quote_amt, pair.base, qty
        else:
            pay_asset, pay, get_asset, get = pair.base, qty, pair.quote, quote_amt
        pay_bal = acc.balance(pay_asset)
        from_reserved = min(pay, o.reserved) if o.reserved_asset == pay_asset else ZERO
        if pay_bal.free < pay - from_reserved:
            self._finish(user, o, "EXPIRED")
            return
        pay_bal.locked -= from_reserved
        o.reserved -= from_reserved
        pay_bal.free -= pay - from_reserved
        rate = user.maker_commission if maker else user.taker_commission
        commission = (get * rate).quantize(Decimal("0.00000001"), rounding=ROUND_HALF_UP)
        commission_asset = get_asset
        if user.spot_bnb_burn and get_asset != "BNB" and "BNB" in ex.assets and commission > 0:
            in_bnb = _q8(ex.value(get_asset, commission, "BNB") * Decimal("0.75"), up=True)
            if 0 < in_bnb <= acc.balance("BNB").free:
                acc.balance("BNB").free -= in_bnb
                commission, commission_asset = in_bnb, "BNB"
        get_bal = acc.balance(get_asset)
        get_bal.free += get - (commission if commission_asset == get_asset else ZERO)
        trade_id = ex.state.new_id()
        now = ex.now()
        user.trades.append(
            Trade(
                id=trade_id,
                order_id=o.order_id,
                symbol=o.symbol,
                account=o.account,
                price=price,
                qty=qty,
                quote_qty=quote_amt,
                commission=commission,
                commission_asset=commission_asset,
                time=now,
                is_buyer=o.side == "BUY",
                is_maker=maker,
            )
        )
        self._fills.setdefault(o.order_id, []).append(Fill(price, qty, commission, commission_asset, trade_id))
        kind = "BUY" if o.side == "BUY" else "SELL"
        ex.flow(user, acc, get_asset, f"{kind}_INCOME", get, trade_id)
        ex.flow(user, acc, pay_asset, f"{kind}_EXPENSE", -pay, trade_id)
        ex.flow(user, acc, commission_asset, "TRADING_COMMISSION", -commission, trade_id)
        o.executed_qty += qty
        o.cummulative_quote_qty += quote_amt
        o.update_time = now
        done = o.executed_qty >= o.orig_qty
        o.status = "FILLED" if done else "PARTIALLY_FILLED"
        if done:
            self._release(user, o)
        self.ex.events.order(
            user,
            o,
            "TRADE",
            last_qty=qty,
            last_price=price,
            commission=commission,
            commission_asset=commission_asset,
            trade_id=trade_id,
            maker=maker,
        )
        if done:
            self._after_done(user, o)
        if o.side_effect_type in REPAYING and get_bal.liability > 0:
            ex.repay(
                user,
                acc,
                get_asset,
                get - (commission if commission_asset == get_asset else ZERO),
                "AUTO",
                strict=False,
            )

    # -- lists -----------------------------------------------------------------------------------------------

    def _oco_sibling_done(self, user: UserState, o: Order) -> None:
        """An OCO leg executes or triggers: its siblings expire and hand it their locked funds."""
        ol = user.order_lists.get(o.order_list_id)
        if ol is None or o.order_id not in ol.oco_ids:
            return
        for sid in ol.oco_ids:
            s = user.orders[sid]
            if sid == o.order_id or not s.is_open:
                continue
            if s.reserved_asset == o.reserved_asset and s.reserved > 0:
                o.reserved += s.reserved
                s.reserved = ZERO
            if s.borrowed_amount > 0 and o.borrowed_amount == 0:
                o.borrowed_asset, o.borrowed_amount = s.borrowed_asset, s.borrowed_amount
                s.borrowed_amount = ZERO
            self._finish(user, s, "EXPIRED", repay=False)

    def _after_done(self, user: UserState, o: Order) -> None:
        """Contingencies after an order of a list filled: activate pending legs, close the list."""
        ol = user.order_lists.get(o.order_list_id)
        if ol is None:
            return
        if o.order_id in ol.working_ids and o.status == "FILLED" and ol.pending_ids:
            pair = self.ex.pair(ol.symbol)
            first = True
            for pid in ol.pending_ids:
                p = user.orders[pid]
                if p.status != "PENDING_NEW":
                    continue
                p.pending = False
                p.status = "NEW"
                p.is_working = p.type not in STOP_TYPES
                p.time = p.update_time = self.ex.now()
                self._fresh.add(p.order_id)
                self.ex.events.order(user, p, "NEW")
                req = OrderRequest(
                    symbol=p.symbol, side=p.side, type=p.type, price=p.price or None, stop_price=p.stop_price or None
                )
                asset, need = self._needs(pair, req, p.orig_qty)
                p.reserved_asset = asset
                if first or pid not in ol.oco_ids:
                    try:
                        self._lock(user, p, asset, need)
                    except ApiError:
                        self._finish(user, p, "EXPIRED")
                first = False
        self._update_list(user, ol)

    def _update_list(self, user: UserState, ol: OrderList) -> None:
        if all(not user.orders[i].is_open for i in ol.order_ids):
            was_done = ol.list_status_type == "ALL_DONE"
            ol.list_status_type = "ALL_DONE"
            ol.list_order_status = "ALL_DONE"
            ol.transaction_time = self.ex.now()
            if not was_done:
                self.ex.events.order_list(user, ol)

    def _finish(self, user: UserState, o: Order, status: str, *, repay: bool = True) -> None:
        """End an order (CANCELED / EXPIRED): release its funds, repay what it borrowed if asked."""
        self._release(user, o)
        o.status = status
        o.update_time = self.ex.now()
        self.ex.events.order(user, o, status)
        if repay and o.borrowed_amount > 0 and o.auto_repay_at_cancel and o.borrowed_asset:
            unfilled = (o.orig_qty - o.executed_qty) / o.orig_qty if o.orig_qty > 0 else Decimal(1)
            amount = _q8(o.borrowed_amount * unfilled)
            if amount > 0:
                acc = user.account(o.account)
                self.ex.repay(user, acc, o.borrowed_asset, amount, "AUTO", strict=False)
        if status != "FILLED":
            # A pending leg of an OTO can no longer run once its working leg is gone.
            ol = user.order_lists.get(o.order_list_id)
            if ol is not None and o.order_id in ol.working_ids:
                for pid in ol.pending_ids:
                    p = user.orders[pid]
                    if p.is_open:
                        self._release(user, p)
                        p.status = status
                        p.update_time = o.update_time
                        self.ex.events.order(user, p, status)
            if ol is not None:
                self._update_list(user, ol)

    # -- cancellation ----------------------------------------------------------------------------------------

    def cancel(self, user: UserState, o: Order) -> list[Order]:
        """Cancel an order; a leg of a list cancels the whole list. Returns the orders canceled."""
        if not o.is_open:
            raise ApiError.cancel_rejected()
        ol = user.order_lists.get(o.order_list_id)
        if ol is not None:
            return self.cancel_list(user, ol)
        self._finish(user, o, "CANCELED")
        return [o]

    def cancel_list(self, user: UserState, ol: OrderList) -> list[Order]:
        """Cancel every open order of a list."""
        if ol.list_status_type == "ALL_DONE":
            raise ApiError.cancel_rejected()
        done: list[Order] = []
        for oid in ol.order_ids:
            o = user.orders[oid]
            if o.is_open:
                self._release(user, o)
                o.status = "CANCELED"
                o.update_time = self.ex.now()
                self.ex.events.order(user, o, "CANCELED")
                done.append(o)
        for oid in ol.order_ids:
            o = user.orders[oid]
            if o.borrowed_amount > 0 and o.auto_repay_at_cancel and o.borrowed_asset and o.status == "CANCELED":
                unfilled = (o.orig_qty - o.executed_qty) / o.orig_qty if o.orig_qty > 0 else Decimal(1)
                self.ex.repay(
                    user,
                    user.account(o.account),
                    o.borrowed_asset,
                    _q8(o.borrowed_amount * unfilled),
                    "AUTO",
                    strict=False,
                )
        ol.list_status_type = "ALL_DONE"
        ol.list_order_status = "ALL_DONE"
        ol.transaction_time = self.ex.now()
        self.ex.events.order_list(user, ol)
        return done

    def cancel_account_orders(
        self, user: UserState, key: AccountKey, symbol: str | None = None
    ) -> list[Order | OrderList]:
        """Cancel every open order (and list) of an account; returns standalone orders and lists."""
        out: list[Order | OrderList] = []
        for ol in list(user.order_lists.values()):
            if ol.account == key and (symbol is None or ol.symbol == symbol) and ol.list_status_type != "ALL_DONE":
                self.cancel_list(user, ol)
                out.append(ol)
        for o in self.open_orders(user, key, symbol):
            self._finish(user, o, "CANCELED")
            out.append(o)
        return out


def _q8(value: Decimal, *, up: bool = False) -> Decimal:
    from decimal import ROUND_UP

    return value.quantize(Decimal("0.00000001"), rounding=ROUND_UP if up else ROUND_DOWN)
