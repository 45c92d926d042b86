"""Reconciling an ``UnknownExecutionStatus``: find what the request did, or learn for sure that it did nothing.

One implementation of the decisions (which lookup, which record matches, when "not found" is final) shared by the
sync and async clients, which only differ in how they send the lookup and sleep between two of them.

When is "not found" final? Binance refuses a signed request once its clock is past ``timestamp + recvWindow``, so a
request delayed in the network can still execute until then, long after the client gave up on it. Until that
moment (converted to the local clock with the client's offset to Binance, plus ``FINALITY_MARGIN_MS``) a lookup
that finds nothing is repeated; only a lookup made after it can answer ``None``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Final

from binance_margin_generated import operations as _ops
from binance_margin_generated.operations import Operation

from ._errors import AmbiguousReconciliationError, UnknownExecutionStatus, UnknownOrderError, ValidationError
from ._types import CROSS, Isolated, MarginMode

if TYPE_CHECKING:
    from binance_margin_generated.models import (
        BorrowRepayRecord,
        MarginOrder,
        MarginOrderList,
        UniversalTransferRecord,
    )

__all__ = ["FINALITY_MARGIN_MS", "RECONCILE_POLL", "Lookup", "final_moment", "lookup_for"]

RECONCILE_POLL: Final = 0.5
"""Seconds between two lookups while Binance may still execute the request (or its data catches up)."""
FINALITY_MARGIN_MS: Final = 1000
"""Added to ``timestamp + recvWindow`` before "not found" is final: Binance accepts timestamps up to 1000 ms
ahead of its clock, and its histories can lag a moment behind an execution."""
_EARLY_MS: Final = 1000
"""A record may carry a time up to this much before the request's ``timestamp`` (a client clock ahead)."""

_ORDER_LISTS: Final = frozenset({"newOco", "newOto", "newOtoco"})


class Lookup:
    """The read an ``UnknownExecutionStatus`` calls for, and how to pick the request's record from its answer."""

    __slots__ = ("error", "margin", "not_found", "op", "params", "pick")

    def __init__(
        self,
        error: UnknownExecutionStatus,
        op: Operation,
        params: dict[str, Any],
        margin: MarginMode | None,
        pick: Callable[[Any], Any],
        not_found: tuple[type[BaseException], ...] = (),
    ) -> None:
        self.error = error
        self.op = op
        self.params = params
        self.margin = margin
        self.pick = pick
        """From the parsed answer: the record, or ``None``; raises ``AmbiguousReconciliationError``."""
        self.not_found = not_found
        """Exceptions of the lookup that mean "no such record (yet)"."""


def final_moment(error: UnknownExecutionStatus, offset_ms: int, wait: float) -> float:
    """Local Unix time (s) after which a lookup that finds nothing is final.

    ``timestamp + recvWindow`` on Binance's clock, minus the client's offset to it, plus ``FINALITY_MARGIN_MS``; or
    ``wait`` seconds from now when that is later (or when the request was not signed, so has no timestamp).
    """
    waited = time.time() + wait
    if error.timestamp is None:
        return waited
    final_ms = error.timestamp + error.recv_window - offset_ms + FINALITY_MARGIN_MS
    return max(final_ms / 1000, waited)


def lookup_for(error: UnknownExecutionStatus) -> Lookup:
    """The lookup that reconciles ``error``.

    Raises:
        ValidationError: the operation cannot be reconciled automatically (not an order, borrow, repay or
            transfer), or the exception lacks what the lookup needs.
    """
    op_id = error.operation_id
    if op_id == "newOrder" or op_id in _ORDER_LISTS:
        if not error.symbol or not error.client_order_id:
            raise ValidationError(
                f"{op_id} has no order to look up (symbol {error.symbol!r}, client order id "
                f"{error.client_order_id!r}); check the account's state instead"
            )
        margin = _margin_of(error.margin, error.symbol)
        if op_id == "newOrder":
            op = _ops.OPERATIONS["getOrder"]
            params = _named(op, symbol=error.symbol, origClientOrderId=error.client_order_id)
        else:
            op = _ops.OPERATIONS["getOrderList"]
            params = _named(op, origClientOrderId=error.client_order_id)
            if isinstance(margin, Isolated):
                params.update(_named(op, symbol=error.symbol))
        return Lookup(error, op, params, margin, _found, (UnknownOrderError,))
    if op_id == "borrowRepay":
        return _borrow_repay_lookup(error)
    if op_id == "universalTransfer":
        return _transfer_lookup(error)
    raise ValidationError(
        f"{op_id} has no order to look up and cannot be reconciled automatically (orders, order lists, borrows, "
        "repays and universal transfers can); check the account's state instead"
    )


def _found(parsed: MarginOrder | MarginOrderList) -> MarginOrder | MarginOrderList:
    return parsed


def _named(op: Operation, **wire: Any) -> dict[str, Any]:
    """Arguments by python name from wire names."""
    names = {p.name: p.python_name for p in op.params}
    return {names[k]: v for k, v in wire.items() if v is not None}


def _margin_of(margin: MarginMode | None, symbol: str | None) -> MarginMode:
    if isinstance(margin, Isolated):
        return Isolated(margin.symbol or symbol)
    return CROSS


def _start_ms(error: UnknownExecutionStatus) -> int:
    if error.timestamp is None:
        raise ValidationError(f"{error.operation_id} was not signed: no time window to look it up in")
    return error.timestamp - _EARLY_MS


def _in_window(error: UnknownExecutionStatus, at_ms: int) -> bool:
    assert error.timestamp is not None
    return error.timestamp - _EARLY_MS <= at_ms <= error.timestamp + error.recv_window + FINALITY_MARGIN_MS


def _amount(error: UnknownExecutionStatus) -> Decimal:
    try:
        return Decimal(str(error.params["amount"]))
    except (KeyError, InvalidOperation):
        raise ValidationError(f"{error.operation_id}: the amount sent is unknown; check the history by hand") from None


def _one(error: UnknownExecutionStatus, candidates: list[Any]) -> Any:
    if len(candidates) > 1:
        raise AmbiguousReconciliationError(error, candidates)
    return candidates[0] if candidates else None


def _borrow_repay_lookup(error: UnknownExecutionStatus) -> Lookup:
    params = error.params
    amount = _amount(error)
    asset = str(params.get("asset"))
    kind = str(params.get("type"))
    isolated = str(params.get("isIsolated", "FALSE")).upper() == "TRUE"
    symbol = params.get("symbol")
    margin: MarginMode = Isolated(str(symbol)) if isolated and symbol else CROSS
    op = _ops.OPERATIONS["getBorrowRepayRecords"]
    lookup_params = _named(op, type=kind, asset=asset, startTime=_start_ms(error), size=100)

    def pick(records: Any) -> BorrowRepayRecord | None:
        rows: list[BorrowRepayRecord] = list(records.rows)
        candidates = [
            r
            for r in rows
            if r.asset == asset
            and (r.principal == amount or r.amount == amount)
            and getattr(r.type_, "value", None) in (None, "MANUAL")  # UNSET (no value) or a manual borrow/repay
            and _in_window(error, r.timestamp)
        ]
        result: BorrowRepayRecord | None = _one(error, candidates)
        return result

    return Lookup(error, op, lookup_params, margin, pick)


def _transfer_lookup(error: UnknownExecutionStatus) -> Lookup:
    params = error.params
    amount = _amount(error)
    asset = str(params.get("asset"))
    op = _ops.OPERATIONS["getUniversalTransferHistory"]
    lookup_params = _named(
        op,
        type=str(params.get("type")),
        startTime=_start_ms(error),
        size=100,
        fromSymbol=params.get("fromSymbol"),
        toSymbol=params.get("toSymbol"),
    )

    def pick(history: Any) -> UniversalTransferRecord | None:
        rows: list[UniversalTransferRecord] = list(history.rows or [])
        candidates = [r for r in rows if r.asset == asset and r.amount == amount and _in_window(error, r.timestamp)]
        result: UniversalTransferRecord | None = _one(error, candidates)
        return result

    return Lookup(error, op, lookup_params, None, pick)
