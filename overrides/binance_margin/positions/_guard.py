"""The margin-level guard (``ClientConfig.min_margin_level_after``): refuse a borrowing order before it is sent when
its what-if margin level falls below the threshold.

It rides on the order pre-send hook of ``_order_checks`` (the one ``validate_orders`` uses): the decision is the pure
``check_order`` below; ``SyncGuard``/``AsyncGuard`` only fetch the snapshot (reused for ``margin_snapshot_max_age``
seconds, dropped whenever an order or other state-changing call goes out through the same hook).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from .._errors import MarginLevelGuardError, ValidationError
from .._types import CROSS, Isolated, MarginMode
from ._amounts import div
from ._whatif import BORROWING

if TYPE_CHECKING:
    from binance_margin_generated.operations import Operation

    from ._ports import AsyncClientPort, SyncClientPort
    from ._snapshot import PositionSnapshot

__all__ = ["GUARD_FEE_RATE", "AsyncGuard", "PlannedOrder", "SyncGuard", "check_order", "planned_order"]

GUARD_FEE_RATE: Final = Decimal("0.001")
"""Commission the guard assumes (Binance's regular-user rate); a lower real fee only leaves the level higher."""


@dataclass(frozen=True, slots=True)
class PlannedOrder:
    """An order the guard must check: a ``newOrder`` that borrows at placement."""

    symbol: str
    margin: MarginMode
    side: str
    side_effect: str
    quantity: Decimal | None
    quote_order_qty: Decimal | None
    price: Decimal | None


def _text(value: object) -> str:
    raw = getattr(value, "value", value)
    return str(raw)


def planned_order(op: Operation, params: dict[str, Any], margin: MarginMode | None) -> PlannedOrder | None:
    """The order ``newOrder`` would place when it borrows (``MARGIN_BUY``/``AUTO_BORROW_REPAY``), else ``None``."""
    if op.operation_id != "newOrder":
        return None
    effect = params.get("side_effect_type")
    if effect is None or _text(effect) not in BORROWING:
        return None
    symbol = str(params.get("symbol"))
    account: MarginMode = Isolated(margin.symbol or symbol) if isinstance(margin, Isolated) else CROSS

    def dec(name: str) -> Decimal | None:
        value = params.get(name)
        return value if isinstance(value, Decimal) else None

    return PlannedOrder(
        symbol=symbol,
        margin=account,
        side=_text(params.get("side")),
        side_effect=_text(effect),
        quantity=dec("quantity"),
        quote_order_qty=dec("quote_order_qty"),
        price=dec("price"),
    )


def check_order(
    snap: PositionSnapshot,
    order: PlannedOrder,
    base: str,
    quote: str,
    minimum: Decimal,
    fee_rate: Decimal = GUARD_FEE_RATE,
) -> Decimal | None:
    """The margin level after ``order`` fills completely; raises when it is below ``minimum``.

    A LIMIT order is valued at its price, a MARKET order at the snapshot's price of the pair. Returns ``None``
    (allowed) when the order leaves nothing owed.

    Raises:
        MarginLevelGuardError: the level after the order is below ``minimum``.
        ValidationError: the order cannot be evaluated (no quantity, or an asset the snapshot cannot price).
    """
    try:
        market = div(snap.price(base), snap.price(quote))
        price = order.price if order.price is not None else market
        if order.quantity is not None:
            quantity = order.quantity
        elif order.quote_order_qty is not None:
            quantity = div(order.quote_order_qty, price)
        else:
            raise ValueError("the order has neither quantity nor quoteOrderQty")
        after = snap.after_order(
            side=order.side,
            quantity=quantity,
            price=price,
            side_effect_type=order.side_effect,
            fee_rate=fee_rate,
            base=base,
            quote=quote,
        )
    except (KeyError, ValueError) as e:
        raise ValidationError(
            f"min_margin_level_after: cannot compute the margin level after this order on {order.symbol}: {e}"
        ) from None
    level = after.margin_level
    if level is not None and level < minimum:
        raise MarginLevelGuardError(
            level_after=level,
            minimum=minimum,
            level_before=snap.margin_level,
            symbol=order.symbol,
            margin=order.margin,
        )
    return level


class _Cache:
    """The last snapshot per account, with the monotonic time it was taken."""

    def __init__(self, max_age: float) -> None:
        self.max_age = max_age
        self._snaps: dict[MarginMode, tuple[float, PositionSnapshot]] = {}

    def get(self, margin: MarginMode, needed: tuple[str, ...]) -> PositionSnapshot | None:
        """The cached snapshot of ``margin`` if young enough and pricing every asset of ``needed``."""
        found = self._snaps.get(margin)
        if found is None or time.monotonic() - found[0] > self.max_age:
            return None
        snap = found[1]
        priced = all(a == snap.valuation_asset or a in snap.prices for a in needed)
        return snap if priced else None

    def put(self, margin: MarginMode, snap: PositionSnapshot) -> None:
        self._snaps[margin] = (time.monotonic(), snap)

    def clear(self) -> None:
        self._snaps.clear()


class SyncGuard:
    """The guard of a ``MarginClient`` (built when ``min_margin_level_after`` is set)."""

    def __init__(self, client: SyncClientPort, minimum: Decimal, max_age: float) -> None:
        self._client = client
        self.minimum = minimum
        self._cache = _Cache(max_age)

    def check(self, op: Operation, params: dict[str, Any], margin: MarginMode | None) -> None:
        """Raise ``MarginLevelGuardError`` when the order ``op`` would place falls below the threshold."""
        order = planned_order(op, params, margin)
        if order is None:
            return
        if isinstance(order.margin, Isolated):
            snap = self._snapshot(order.margin, ())
            base, quote = snap.base_asset or "", snap.quote_asset or ""
        else:
            rules = self._client.symbol_rules(order.symbol)
            base, quote = _assets(rules.base_asset, rules.quote_asset, order.symbol)
            snap = self._snapshot(CROSS, (base, quote))
        check_order(snap, order, base, quote, self.minimum)

    def _snapshot(self, margin: MarginMode, needed: tuple[str, ...]) -> PositionSnapshot:
        cached = self._cache.get(margin, needed)
        if cached is not None:
            return cached
        snap = self._client.positions.snapshot(margin=margin, price_assets=needed)
        self._cache.put(margin, snap)
        return snap

    def sent(self, op: Operation) -> None:
        """Forget the snapshots once a state-changing request went out (the account changed)."""
        if op.state_changing:
            self._cache.clear()


class AsyncGuard:
    """The guard of an ``AsyncMarginClient`` (see ``SyncGuard``)."""

    def __init__(self, client: AsyncClientPort, minimum: Decimal, max_age: float) -> None:
        self._client = client
        self.minimum = minimum
        self._cache = _Cache(max_age)

    async def check(self, op: Operation, params: dict[str, Any], margin: MarginMode | None) -> None:
        """Raise ``MarginLevelGuardError`` when the order ``op`` would place falls below the threshold."""
        order = planned_order(op, params, margin)
        if order is None:
            return
        if isinstance(order.margin, Isolated):
            snap = await self._snapshot(order.margin, ())
            base, quote = snap.base_asset or "", snap.quote_asset or ""
        else:
            rules = await self._client.symbol_rules(order.symbol)
            base, quote = _assets(rules.base_asset, rules.quote_asset, order.symbol)
            snap = await self._snapshot(CROSS, (base, quote))
        check_order(snap, order, base, quote, self.minimum)

    async def _snapshot(self, margin: MarginMode, needed: tuple[str, ...]) -> PositionSnapshot:
        cached = self._cache.get(margin, needed)
        if cached is not None:
            return cached
        snap = await self._client.positions.snapshot(margin=margin, price_assets=needed)
        self._cache.put(margin, snap)
        return snap

    def sent(self, op: Operation) -> None:
        """Forget the snapshots once a state-changing request went out (the account changed)."""
        if op.state_changing:
            self._cache.clear()


def _assets(base: str | None, quote: str | None, symbol: str) -> tuple[str, str]:
    if not base or not quote:
        raise ValidationError(f"min_margin_level_after: exchangeInfo does not name the assets of {symbol}")
    return base, quote
