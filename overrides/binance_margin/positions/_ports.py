"""What ``binance_margin.positions`` uses of a client, as Protocols (sync and async twins).

``MarginClient``/``AsyncMarginClient`` satisfy them structurally: ``_client`` builds ``Positions(self)`` and
``SyncGuard(self, ...)``, while nothing under ``positions`` imports ``_client`` (not even for type checking), so the
client may import this package and never the reverse. Groups of the REST surface are the generated classes
themselves (``binance_margin_generated.surface``, which does not import ``_client``); the rest is stated here, no
more than ``_api``, ``_ops`` and ``_guard`` call.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, TypeAlias

if TYPE_CHECKING:
    from binance_margin_generated.models import (
        BorrowRepayRecord,
        MarginOrder,
        MarginOrderList,
        UniversalTransferRecord,
    )
    from binance_margin_generated.surface import (
        AccountApi,
        AsyncAccountApi,
        AsyncBorrowRepayApi,
        AsyncMarketDataApi,
        AsyncTradeApi,
        AsyncTransferApi,
        BorrowRepayApi,
        MarketDataApi,
        TradeApi,
        TransferApi,
    )

    from .._config import ClientConfig
    from .._errors import UnknownExecutionStatus
    from .._filters_model import SymbolRules
    from .._types import MarginMode
    from ._snapshot import PositionSnapshot

__all__ = [
    "AnyClientPort",
    "AsyncClientPort",
    "AsyncSnapshotPort",
    "ClientPort",
    "Reconciled",
    "SnapshotPort",
    "SyncClientPort",
]

Reconciled: TypeAlias = "MarginOrder | MarginOrderList | BorrowRepayRecord | UniversalTransferRecord"
"""What ``client.reconcile`` can find (the same union as ``binance_margin._client.Reconciled``)."""


class SnapshotPort(Protocol):
    """What the guard uses of ``client.positions`` (``Positions``): reading a snapshot."""

    def snapshot(self, *, margin: MarginMode, price_assets: Iterable[str]) -> PositionSnapshot:
        """Read the account now and return its ``PositionSnapshot``."""
        ...


class AsyncSnapshotPort(Protocol):
    """What the async guard uses of ``aclient.positions`` (``AsyncPositions``): reading a snapshot."""

    async def snapshot(self, *, margin: MarginMode, price_assets: Iterable[str]) -> PositionSnapshot:
        """Read the account now and return its ``PositionSnapshot``."""
        ...


class ClientPort(Protocol):
    """What positions reads of either client, the same for both: its configuration and clock offset."""

    @property
    def config(self) -> ClientConfig:
        """The configuration in use (API host, key and ``recv_window`` name and time the operations)."""
        ...

    @property
    def time_offset_ms(self) -> int:
        """Milliseconds added to the local clock for Binance's (``taken_at_ms``, journaled times)."""
        ...


class SyncClientPort(ClientPort, Protocol):
    """What positions uses of a ``MarginClient``: the REST groups it calls, filters, time and reconciliation."""

    @property
    def account(self) -> AccountApi:
        """Cross and isolated accounts (balances, ``tradeCoeff``, BNB burn)."""
        ...

    @property
    def trade(self) -> TradeApi:
        """Orders: open orders and order lists, cancel, place."""
        ...

    @property
    def borrow_repay(self) -> BorrowRepayApi:
        """Repays."""
        ...

    @property
    def transfer(self) -> TransferApi:
        """Universal transfers (funds moved out of the account)."""
        ...

    @property
    def market_data(self) -> MarketDataApi:
        """The price index."""
        ...

    @property
    def positions(self) -> SnapshotPort:
        """The client's ``Positions`` (the guard reads snapshots through it, sharing nothing else)."""
        ...

    def symbol_rules(self, symbol: str) -> SymbolRules:
        """A symbol's trading rules and filters (cached per client)."""
        ...

    def sync_time(self) -> int:
        """Read Binance's server time now and keep the offset."""
        ...

    def reconcile(self, error: UnknownExecutionStatus) -> Reconciled | None:
        """What the request ``error`` left in doubt did; ``None`` once it is sure it did nothing."""
        ...


class AsyncClientPort(ClientPort, Protocol):
    """What positions uses of an ``AsyncMarginClient`` (see ``SyncClientPort``), awaited."""

    @property
    def account(self) -> AsyncAccountApi:
        """Cross and isolated accounts (balances, ``tradeCoeff``, BNB burn)."""
        ...

    @property
    def trade(self) -> AsyncTradeApi:
        """Orders: open orders and order lists, cancel, place."""
        ...

    @property
    def borrow_repay(self) -> AsyncBorrowRepayApi:
        """Repays."""
        ...

    @property
    def transfer(self) -> AsyncTransferApi:
        """Universal transfers (funds moved out of the account)."""
        ...

    @property
    def market_data(self) -> AsyncMarketDataApi:
        """The price index."""
        ...

    @property
    def positions(self) -> AsyncSnapshotPort:
        """The client's ``AsyncPositions`` (the guard reads snapshots through it, sharing nothing else)."""
        ...

    async def symbol_rules(self, symbol: str) -> SymbolRules:
        """A symbol's trading rules and filters (cached per client)."""
        ...

    async def sync_time(self) -> int:
        """Read Binance's server time now and keep the offset."""
        ...

    async def reconcile(self, error: UnknownExecutionStatus) -> Reconciled | None:
        """What the request ``error`` left in doubt did; ``None`` once it is sure it did nothing."""
        ...


AnyClientPort: TypeAlias = "SyncClientPort | AsyncClientPort"
"""Either client: what a plan's effect is given (it returns the answer, or for the async client an awaitable)."""
