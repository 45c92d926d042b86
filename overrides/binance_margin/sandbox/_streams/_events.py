"""The event bus: the ledger's state changes as Binance's user-data and risk stream events.

The exchange calls the bus where its state changes (an order placed, filled, cancelled or expired; a list
started or done; a transfer, a borrow, a repay, an interest charge), always with ``Exchange.lock`` held.
Events are collected per *batch* (one request, one price move, one clock advance, one simulated trade); when
the outermost batch ends the bus adds what Binance derives from the balances (``outboundAccountPosition``
with only the assets that changed, per account) and from the margin level (``MARGIN_LEVEL_STATUS_CHANGE``),
then hands every event, in order, to the sinks attached to its channel. A sink never blocks: the WebSocket
side queues the event on the asyncio loop that owns the connection (``loop.call_soon_threadsafe``), which
keeps the order per subscription.

Nothing is rendered for a channel nobody follows, so the bus costs nothing without stream clients.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from .._config import SandboxConfig
from .._next_version import next_version_events
from .._state import ZERO, AccountKey, ExchangeState, MarginAccount, Order, OrderList, UserState

__all__ = ["BusLedger", "Channel", "EventBus", "ListenKeyInfo", "ListenToken", "Sink", "risk_channel", "s8"]

Channel = tuple[int, str, str | None]
"""``(uid, "CROSS", None)``, ``(uid, "ISOLATED", symbol)`` or ``(uid, "RISK", None)``."""

_D8 = Decimal("0.00000001")
_ALPHABET = string.ascii_letters + string.digits


def s8(value: Decimal) -> str:
    """A decimal as Binance writes it in stream events: fixed point, 8 decimals."""
    return f"{value.quantize(_D8):f}"


def risk_channel(uid: int) -> Channel:
    """The risk data stream channel of a user (cross margin only)."""
    return (uid, "RISK", None)


def account_channel(uid: int, key: AccountKey) -> Channel:
    """The user data stream channel of one margin account."""
    return (uid, key[0], key[1])


class Sink(Protocol):
    """Where the bus hands a channel's events (a WebSocket subscription); must not block."""

    def deliver(self, event: dict[str, Any]) -> None:
        """Take one event (called with the exchange lock held, on any thread)."""


class BusLedger(Protocol):
    """What :class:`EventBus` reads of the ledger that owns it (the sandbox's ``Exchange``).

    Stated here so that the bus does not depend on the module of its owner (which creates it).
    """

    @property
    def config(self) -> SandboxConfig:
        """The sandbox configuration (``next_version``)."""

    @property
    def state(self) -> ExchangeState:
        """The users, by uid."""

    def now(self) -> int:
        """The exchange time in ms."""

    def user(self, uid: int) -> UserState:
        """The user with ``uid``."""

    def level_status(self, user: UserState, acc: MarginAccount) -> str:
        """EXCESSIVE, NORMAL, MARGIN_CALL, PRE_LIQUIDATION or FORCE_LIQUIDATION."""

    def margin_level(self, acc: MarginAccount) -> Decimal:
        """Total assets / total liabilities (999 without liabilities)."""


@dataclass
class ListenToken:
    """A listen token minted by ``POST /sapi/v1/userListenToken``."""

    token: str
    uid: int
    account: AccountKey
    expires_ms: int


@dataclass
class ListenKeyInfo:
    """A risk data stream listen key and when it expires."""

    key: str
    uid: int
    version: str
    expires_ms: int


@dataclass
class _Batch:
    depth: int = 0
    pending: list[tuple[Channel, dict[str, Any]]] = field(default_factory=list)
    before: dict[Channel, dict[str, tuple[Decimal, Decimal]]] = field(default_factory=dict)


class EventBus:
    """Stream events from the ledger, routed per channel (see the module docstring)."""

    def __init__(self, exchange: BusLedger) -> None:
        self.ex = exchange
        self._sinks: dict[Channel, list[Sink]] = {}
        self._batch = _Batch()
        self._risk_status: dict[int, str] = {}
        self.tokens: dict[str, ListenToken] = {}
        """Listen tokens by token (expired ones are refused on use)."""
        self.listen_keys: dict[str, ListenKeyInfo] = {}
        """Risk-stream listen keys by key."""
        self.emitted: int = 0
        """How many events the bus handed to sinks."""
        self._ignored_seq = 0

    # -- sinks -----------------------------------------------------------------------------------------------

    def attach(self, channel: Channel, sink: Sink) -> None:
        """Send ``channel``'s events to ``sink`` from now on (call with the exchange lock held)."""
        self._sinks.setdefault(channel, []).append(sink)
        if channel[1] == "RISK" and channel[0] not in self._risk_status:
            user = self.ex.user(channel[0])
            self._risk_status[channel[0]] = self.ex.level_status(user, user.cross)

    def detach(self, channel: Channel, sink: Sink) -> None:
        """Stop sending ``channel``'s events to ``sink``."""
        sinks = self._sinks.get(channel)
        if sinks is None:
            return
        if sink in sinks:
            sinks.remove(sink)
        if not sinks:
            del self._sinks[channel]
            if channel[1] == "RISK":
                self._risk_status.pop(channel[0], None)

    def wants(self, channel: Channel) -> bool:
        """Whether anybody follows ``channel``."""
        return channel in self._sinks

    def sink_count(self) -> int:
        """How many sinks are attached, over every channel."""
        return sum(len(s) for s in self._sinks.values())

    def _next_ignored(self) -> int:
        self._ignored_seq += 1
        return self._ignored_seq

    # -- batches ---------------------------------------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Collect events until the outermost batch ends, then add the derived ones and deliver them all."""
        b = self._batch
        if b.depth == 0:
            b.before = self._balances()
        b.depth += 1
        try:
            yield
        finally:
            b.depth -= 1
            if b.depth == 0:
                self._flush()

    def emit(self, channel: Channel, event: dict[str, Any]) -> None:
        """Queue one event for ``channel`` (delivered when the batch ends, or now outside a batch)."""
        if channel not in self._sinks:
            return
        if self._batch.depth > 0:
            self._batch.pending.append((channel, event))
        else:
            self._deliver(channel, event)

    def _deliver(self, channel: Channel, event: dict[str, Any]) -> None:
        events = next_version_events(event) if self.ex.config.next_version else (event,)
        for sink in list(self._sinks.get(channel, ())):
            for item in events:
                sink.deliver(item)
                self.emitted += 1

    def _balances(self) -> dict[Channel, dict[str, tuple[Decimal, Decimal]]]:
        snap: dict[Channel, dict[str, tuple[Decimal, Decimal]]] = {}
        for ch in self._sinks:
            acc = self._account(ch)
            if acc is not None:
                snap[ch] = {a: (b.free, b.locked) for a, b in acc.balances.items()}
        return snap

    def _account(self, ch: Channel) -> MarginAccount | None:
        uid, kind, symbol = ch
        user = self.ex.state.users.get(uid)
        if user is None or kind == "RISK":
            return None
        if kind == "CROSS":
            return user.cross
        return user.isolated.get(symbol or "")

    def _flush(self) -> None:
        b = self._batch
        pending, b.pending = b.pending, []
        before, b.before = b.before, {}
        now = self.ex.now()
        for ch, old in before.items():
            acc = self._account(ch)
            if acc is None:
                continue
            changed = [
                {"a": a, "f": s8(bal.free), "l": s8(bal.locked)}
                for a, bal in acc.balances.items()
                if old.get(a, (ZERO, ZERO)) != (bal.free, bal.locked)
            ]
            if changed:
                pending.append((ch, {"e": "outboundAccountPosition", "E": now, "u": now, "B": changed}))
        b.depth += 1  # margin_status queues into b.pending, after what the batch already had
        try:
            for uid in list(self._risk_status):
                user = self.ex.state.users.get(uid)
                if user is not None:
                    self.margin_status(user)
        finally:
            b.depth -= 1
        pending.extend(b.pending)
        b.pending = []
        for ch, event in pending:
            self._deliver(ch, event)

    # -- what the ledger reports -----------------------------------------------------------------------------

    def order(
        self,
        user: UserState,
        o: Order,
        execution: str,
        *,
        last_qty: Decimal = ZERO,
        last_price: Decimal = ZERO,
        commission: Decimal | None = None,
        commission_asset: str | None = None,
        trade_id: int = -1,
        maker: bool = False,
        reject_reason: str = "NONE",
    ) -> None:
        """An ``executionReport`` for ``o`` (``x`` = ``execution``: NEW, TRADE, CANCELED, EXPIRED...)."""
        ch = account_channel(user.uid, o.account)
        if ch not in self._sinks:
            return
        now = self.ex.now()
        canceled = execution == "CANCELED"
        # Market and IOC / FOK orders never rest; stops rest once triggered; pending legs once placed.
        bookable = o.type != "MARKET" and o.time_in_force not in ("IOC", "FOK") and o.is_working and not o.pending
        event: dict[str, Any] = {
            "e": "executionReport",
            "E": now,
            "s": o.symbol,
            # A cancel reports the cancel request's own client id in c and the order's in C.
            "c": _client_id() if canceled else o.client_order_id,
            "S": o.side,
            "o": o.type,
            "f": o.time_in_force or "GTC",
            "q": s8(o.orig_qty),
            "p": s8(o.price),
            "P": s8(o.stop_price),
            "F": s8(o.iceberg_qty),
            "g": o.order_list_id,
            "C": o.client_order_id if canceled else "",
            "x": execution,
            "X": o.status,
            "r": reject_reason,
            "i": o.order_id,
            "l": s8(last_qty),
            "z": s8(o.executed_qty),
            "L": s8(last_price),
            "n": s8(commission) if commission is not None else "0",
            "N": commission_asset,
            "T": now,
            "t": trade_id,
            "I": self._next_ignored(),
            "w": o.is_open and bookable,
            "m": maker,
            "M": False,
            "O": o.time,
            "Z": s8(o.cummulative_quote_qty),
            "Y": s8(last_qty * last_price),
            "Q": s8(o.quote_order_qty or ZERO),
            "V": o.self_trade_prevention_mode,
        }
        if bookable:
            event["W"] = o.time  # only for an order that has been placed on the book
        if o.trailing_delta is not None:
            event["d"] = o.trailing_delta
        self.emit(ch, event)

    def order_list(self, user: UserState, ol: OrderList) -> None:
        """A ``listStatus`` for an OCO / OTO / OTOCO as it stands."""
        ch = account_channel(user.uid, ol.account)
        if ch not in self._sinks:
            return
        self.emit(
            ch,
            {
                "e": "listStatus",
                "E": self.ex.now(),
                "s": ol.symbol,
                "g": ol.order_list_id,
                "c": ol.contingency_type,
                "l": ol.list_status_type,
                "L": ol.list_order_status,
                "r": "NONE",
                "C": ol.list_client_order_id,
                "T": ol.transaction_time,
                "O": [
                    {"s": ol.symbol, "i": i, "c": user.orders[i].client_order_id}
                    for i in ol.order_ids
                    if i in user.orders
                ],
            },
        )

    def margin_status(self, user: UserState) -> None:
        """Report the cross account's margin level status now if it changed (e.g. just before a liquidation)."""
        status = self._risk_status.get(user.uid)
        if status is None:
            return
        new = self.ex.level_status(user, user.cross)
        if new != status:
            self._risk_status[user.uid] = new
            level = self.ex.margin_level(user.cross)
            self.emit(
                risk_channel(user.uid),
                {"e": "MARGIN_LEVEL_STATUS_CHANGE", "E": self.ex.now(), "l": s8(level), "s": new},
            )

    def balance_update(self, user: UserState, acc: MarginAccount, asset: str, delta: Decimal) -> None:
        """A ``balanceUpdate``: funds moved into (delta > 0) or out of a margin account by a transfer."""
        now = self.ex.now()
        self.emit(
            account_channel(user.uid, acc.key), {"e": "balanceUpdate", "E": now, "a": asset, "d": s8(delta), "T": now}
        )

    def liability(
        self, user: UserState, acc: MarginAccount, asset: str, type_: str, principal: Decimal, interest: Decimal
    ) -> None:
        """A ``USER_LIABILITY_CHANGE`` on the risk stream (cross margin only): BORROW, REPAY or INTEREST.

        ``p`` and ``i`` are the principal and the interest this change moved.
        """
        if acc.kind != "CROSS":
            return
        self.emit(
            risk_channel(user.uid),
            {
                "e": "USER_LIABILITY_CHANGE",
                "E": self.ex.now(),
                "a": asset,
                "t": type_,
                "p": s8(principal),
                "i": s8(interest),
            },
        )


def _client_id() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(22))
