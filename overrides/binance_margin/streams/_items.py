"""What a stream yields besides Binance's events: the reconnect marker and the resync snapshot; and the decoder."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias

from binance_margin_generated.events import EVENT_TYPES, StreamEvent, UnknownEvent

from .._types import CROSS, MarginMode

if TYPE_CHECKING:
    from binance_margin_generated.models import CrossMarginAccount, IsolatedMarginAccountPair, MarginOrder

__all__ = ["AccountSnapshot", "Resync", "StreamItem", "StreamReconnected", "decode_event"]

_log = logging.getLogger("binance_margin.streams")


@dataclass(frozen=True, slots=True)
class StreamReconnected:
    """The stream was blind for a while (connection lost, stalled, server shutdown, or a lapsed subscription).

    A ``Resync`` follows at once: compare it with what you know, since events of the blind period are lost.
    """

    blind_seconds: float
    """How long no event could arrive, in seconds (from the loss of the connection to the new subscriptions)."""
    reason: str
    """Why: ``"connection lost"``, ``"stalled"``, ``"server shutdown"``, ``"subscription lapsed"`` ..."""
    attempts: int = 1
    """Connection attempts it took."""
    accounts: tuple[MarginMode, ...] = (CROSS,)
    """The accounts that were blind."""


@dataclass(frozen=True, slots=True)
class AccountSnapshot:
    """What REST says now about one followed account."""

    account: MarginMode
    """``CROSS`` or ``Isolated(symbol)``."""
    open_orders: list[MarginOrder]
    """Open orders of the account (``GET /sapi/v1/margin/openOrders``)."""
    cross: CrossMarginAccount | None = None
    """Balances, liabilities and margin level of the cross account (``None`` for an isolated pair)."""
    isolated: IsolatedMarginAccountPair | None = None
    """Balances and margin level of the isolated pair (``None`` for the cross account)."""


@dataclass(frozen=True, slots=True)
class Resync:
    """What REST says now, right after a ``StreamReconnected``: reconcile your state with it.

    ``snapshots`` holds one ``AccountSnapshot`` per followed account (open orders and balances).
    """

    snapshots: dict[MarginMode, AccountSnapshot] = field(default_factory=dict)
    """Followed account -> its snapshot."""

    def open_order_ids(self) -> set[int]:
        """Order ids of every open order in the snapshot, all accounts together."""
        return {order.order_id for snap in self.snapshots.values() for order in snap.open_orders}


StreamItem: TypeAlias = StreamEvent | StreamReconnected | Resync
"""What iterating a stream yields: a typed Binance event (``account`` says whose), or a marker."""


def decode_event(payload: Mapping[str, Any], account: MarginMode = CROSS) -> StreamEvent:
    """The typed event of a payload: its model from the generated table, ``UnknownEvent`` for a type the spec
    does not know or a payload its model cannot read (never dropped, never an exception)."""
    model = EVENT_TYPES.get(payload.get("e"))  # type: ignore[arg-type]
    if model is not None:
        try:
            return model.from_dict(payload, account)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            _log.warning("stream event %r does not match its schema (%s); delivered as UnknownEvent", model, exc)
    return UnknownEvent.from_dict(payload, account)
