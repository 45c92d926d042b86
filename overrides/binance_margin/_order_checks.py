"""``validate_orders=True``: check orders against the symbol's exchange filters before the runtime sends them.

A thin wrapper around a runtime: for the order-placing operations it looks the symbol's rules up in a per-client
cache (loaded from ``GET /api/v3/exchangeInfo``) and raises ``OrderValidationError`` naming every broken filter,
instead of a ``-1013`` round trip. Everything else passes straight through.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from binance_margin_generated.operations import Operation

if TYPE_CHECKING:
    from ._filters_cache import AsyncFilterCache, FilterCache
    from ._runtime import AsyncRuntime, SyncRuntime
    from ._types import ApiResponse, MarginMode

__all__ = ["AsyncOrderChecks", "SyncOrderChecks", "order_arguments"]

# One order each: (operation, {filter argument: generated argument name}).
_LEGS: dict[str, tuple[dict[str, str], ...]] = {
    "newOrder": (
        {
            "side": "side",
            "type": "type_",
            "quantity": "quantity",
            "price": "price",
            "stop_price": "stop_price",
            "quote_order_qty": "quote_order_qty",
            "iceberg_qty": "iceberg_qty",
            "trailing_delta": "trailing_delta",
        },
    ),
}


def order_arguments(op: Operation, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The orders an operation would place, as ``validate_order`` keyword arguments (empty: nothing to check).

    Orders with a float anywhere are left to the runtime, which refuses floats with its own message.
    """
    legs = _LEGS.get(op.operation_id)
    if not legs or any(isinstance(v, float) for v in params.values()):
        return []
    orders = []
    for leg in legs:
        order: dict[str, Any] = {}
        for arg, name in leg.items():
            value = params.get(name)
            if value is None:
                continue
            order[arg] = str(value) if arg in ("side", "type") else value
        if isinstance(order.get("trailing_delta"), Decimal):
            order["trailing_delta"] = int(order["trailing_delta"])
        orders.append(order)
    return orders


class SyncOrderChecks:
    """A runtime that checks orders against the cached filters, then delegates to the real runtime."""

    def __init__(self, runtime: SyncRuntime, cache: FilterCache) -> None:
        self._runtime = runtime
        self._cache = cache

    def _check(self, op: Operation, params: dict[str, Any]) -> None:
        for order in order_arguments(op, params):
            self._cache.check_order(str(params["symbol"]), **order)

    def call(self, op: Operation, params: dict[str, Any], margin: MarginMode | None) -> Any:
        """Check, then ``runtime.call``."""
        self._check(op, params)
        return self._runtime.call(op, params, margin)

    def call_raw(self, op: Operation, params: dict[str, Any], margin: MarginMode | None) -> ApiResponse[Any]:
        """Check, then ``runtime.call_raw``."""
        self._check(op, params)
        return self._runtime.call_raw(op, params, margin)


class AsyncOrderChecks:
    """The asyncio form of ``SyncOrderChecks``."""

    def __init__(self, runtime: AsyncRuntime, cache: AsyncFilterCache) -> None:
        self._runtime = runtime
        self._cache = cache

    async def _check(self, op: Operation, params: dict[str, Any]) -> None:
        for order in order_arguments(op, params):
            await self._cache.check_order(str(params["symbol"]), **order)

    async def call(self, op: Operation, params: dict[str, Any], margin: MarginMode | None) -> Any:
        """Check, then ``runtime.call``."""
        await self._check(op, params)
        return await self._runtime.call(op, params, margin)

    async def call_raw(self, op: Operation, params: dict[str, Any], margin: MarginMode | None) -> ApiResponse[Any]:
        """Check, then ``runtime.call_raw``."""
        await self._check(op, params)
        return await self._runtime.call_raw(op, params, margin)
