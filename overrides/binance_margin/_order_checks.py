"""The pre-send hook of the trade group: checks an order before the runtime sends it.

A thin wrapper around a runtime. With ``validate_orders=True``, for the order-placing operations it looks the
symbol's rules up in a per-client cache (loaded from ``GET /api/v3/exchangeInfo``) and raises
``OrderValidationError`` naming every broken filter, instead of a ``-1013`` round trip. With
``min_margin_level_after`` set, the positions guard (``positions._guard``) then refuses a borrowing order whose
what-if margin level falls below it (``MarginLevelGuardError``). Everything else passes straight through.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from binance_margin_generated.operations import Operation

from ._types import Unlisted

if TYPE_CHECKING:
    from ._filters_cache import AsyncFilterCache, FilterCache
    from ._runtime import AsyncRuntime, SyncRuntime
    from ._types import ApiResponse, MarginMode
    from .positions._guard import AsyncGuard, SyncGuard

__all__ = ["AsyncOrderChecks", "SyncOrderChecks", "order_arguments"]


def _new_order(p: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "side": p.get("side"),
            "type": p.get("type_"),
            "quantity": p.get("quantity"),
            "price": p.get("price"),
            "stop_price": p.get("stop_price"),
            "quote_order_qty": p.get("quote_order_qty"),
            "iceberg_qty": p.get("iceberg_qty"),
            "trailing_delta": p.get("trailing_delta"),
        }
    ]


def _new_oco(p: dict[str, Any]) -> list[dict[str, Any]]:
    """An OCO is a LIMIT_MAKER leg at ``price`` and a STOP_LOSS(_LIMIT) leg at ``stopPrice``."""
    limit_leg = {
        "side": p.get("side"),
        "type": "LIMIT_MAKER",
        "quantity": p.get("quantity"),
        "price": p.get("price"),
        "iceberg_qty": p.get("limit_iceberg_qty"),
    }
    stop_limit = p.get("stop_limit_price")
    stop_leg = {
        "side": p.get("side"),
        "type": "STOP_LOSS_LIMIT" if stop_limit is not None else "STOP_LOSS",
        "quantity": p.get("quantity"),
        "price": stop_limit,
        "stop_price": p.get("stop_price"),
        "iceberg_qty": p.get("stop_iceberg_qty"),
    }
    return [limit_leg, stop_leg]


_LEGS: dict[str, Callable[[dict[str, Any]], list[dict[str, Any]]]] = {"newOrder": _new_order, "newOco": _new_oco}
"""The orders each checked operation places, as ``validate_order`` arguments (OTO/OTOCO are sent unchecked)."""


def order_arguments(op: Operation, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The orders an operation would place, as ``validate_order`` keyword arguments (empty: nothing to check).

    Orders with a float anywhere are left to the runtime, which refuses floats with its own message; orders with
    an ``Unlisted`` value are sent unchecked (the local rules cannot know what a value the spec lacks needs).
    """
    legs = _LEGS.get(op.operation_id)
    if legs is None or any(isinstance(v, (float, Unlisted)) for v in params.values()):
        return []
    orders = []
    for leg in legs(params):
        order = {k: (str(v) if k in ("side", "type") else v) for k, v in leg.items() if v is not None}
        if isinstance(order.get("trailing_delta"), Decimal):
            order["trailing_delta"] = int(order["trailing_delta"])
        orders.append(order)
    return orders


class SyncOrderChecks:
    """A runtime that checks orders (cached filters, then the margin-level guard), then delegates to the runtime."""

    def __init__(self, runtime: SyncRuntime, cache: FilterCache | None, guard: SyncGuard | None = None) -> None:
        self._runtime = runtime
        self._cache = cache
        self._guard = guard

    def _check(self, op: Operation, params: dict[str, Any], margin: MarginMode | None) -> None:
        if self._cache is not None:
            for order in order_arguments(op, params):
                self._cache.check_order(str(params["symbol"]), **order)
        if self._guard is not None:
            self._guard.check(op, params, margin)

    def call(
        self, op: Operation, params: dict[str, Any], margin: MarginMode | None, extra: Mapping[str, Any] | None = None
    ) -> Any:
        """Check, then ``runtime.call``."""
        self._check(op, params, margin)
        try:
            return self._runtime.call(op, params, margin, extra)
        finally:
            if self._guard is not None:
                self._guard.sent(op)

    def call_raw(
        self, op: Operation, params: dict[str, Any], margin: MarginMode | None, extra: Mapping[str, Any] | None = None
    ) -> ApiResponse[Any]:
        """Check, then ``runtime.call_raw``."""
        self._check(op, params, margin)
        try:
            return self._runtime.call_raw(op, params, margin, extra)
        finally:
            if self._guard is not None:
                self._guard.sent(op)


class AsyncOrderChecks:
    """The asyncio form of ``SyncOrderChecks``."""

    def __init__(self, runtime: AsyncRuntime, cache: AsyncFilterCache | None, guard: AsyncGuard | None = None) -> None:
        self._runtime = runtime
        self._cache = cache
        self._guard = guard

    async def _check(self, op: Operation, params: dict[str, Any], margin: MarginMode | None) -> None:
        if self._cache is not None:
            for order in order_arguments(op, params):
                await self._cache.check_order(str(params["symbol"]), **order)
        if self._guard is not None:
            await self._guard.check(op, params, margin)

    async def call(
        self, op: Operation, params: dict[str, Any], margin: MarginMode | None, extra: Mapping[str, Any] | None = None
    ) -> Any:
        """Check, then ``runtime.call``."""
        await self._check(op, params, margin)
        try:
            return await self._runtime.call(op, params, margin, extra)
        finally:
            if self._guard is not None:
                self._guard.sent(op)

    async def call_raw(
        self, op: Operation, params: dict[str, Any], margin: MarginMode | None, extra: Mapping[str, Any] | None = None
    ) -> ApiResponse[Any]:
        """Check, then ``runtime.call_raw``."""
        await self._check(op, params, margin)
        try:
            return await self._runtime.call_raw(op, params, margin, extra)
        finally:
            if self._guard is not None:
                self._guard.sent(op)
