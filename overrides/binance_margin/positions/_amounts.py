"""The plain values under a position snapshot: exact arithmetic, one asset's balances, the bars, and what the
arithmetic modules (``_levels``, ``_whatif``) read of a snapshot.

The bottom of ``binance_margin.positions``: it imports nothing of the package, so ``_snapshot`` (the snapshot itself)
and the modules computing on snapshots (``_levels``, ``_whatif``) all import from here, never from each other in a
circle: ``_levels``/``_whatif`` see a snapshot through ``SnapshotView``, which ``PositionSnapshot`` satisfies.
"""

from __future__ import annotations

import decimal
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Final, Literal, Protocol, Self, TypeAlias

__all__ = [
    "MATH",
    "NO_DEBT_LEVEL",
    "ONE",
    "ZERO",
    "AssetPosition",
    "MarginBars",
    "SideEffect",
    "SnapshotView",
    "div",
    "mul",
]

ZERO: Final = Decimal(0)
ONE: Final = Decimal(1)

MATH: Final = decimal.Context(prec=60, rounding=decimal.ROUND_HALF_EVEN, Emax=999_999, Emin=-999_999)
"""Context of the arithmetic here: 60 significant digits, far beyond Binance's 8 decimals on any amount."""

NO_DEBT_LEVEL: Final = Decimal(999)
"""What Binance reports as ``marginLevel`` when nothing is owed."""

SideEffect: TypeAlias = Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
"""An order's ``sideEffectType`` (``AUTO_BORROW_REPAY`` is ``MARGIN_BUY`` and ``AUTO_REPAY`` together)."""


def div(a: Decimal, b: Decimal) -> Decimal:
    """``a / b`` in the 60-digit context."""
    return MATH.divide(a, b)


def mul(a: Decimal, b: Decimal) -> Decimal:
    """``a * b`` in the 60-digit context (exact for amounts and prices of Binance's precision)."""
    return MATH.multiply(a, b)


@dataclass(frozen=True, slots=True)
class AssetPosition:
    """One asset of a margin account: what is held and what is owed, in units of the asset."""

    asset: str
    """The asset, e.g. ``"BTC"``."""
    free: Decimal
    """Available balance."""
    locked: Decimal
    """Balance held by open orders."""
    borrowed: Decimal
    """Outstanding principal of loans."""
    interest: Decimal
    """Interest accrued and not yet paid (Binance posts one hour of interest at borrowing and at each hour)."""
    net: Decimal
    """``free + locked - borrowed - interest`` (Binance's ``netAsset``)."""

    @property
    def total(self) -> Decimal:
        """``free + locked``: everything held."""
        return self.free + self.locked

    @property
    def debt(self) -> Decimal:
        """``borrowed + interest``: everything owed (what a full repay must pay)."""
        return self.borrowed + self.interest

    @staticmethod
    def of(asset: str, free: Decimal, locked: Decimal, borrowed: Decimal, interest: Decimal) -> AssetPosition:
        """An ``AssetPosition`` whose ``net`` is computed from the other amounts."""
        return AssetPosition(asset, free, locked, borrowed, interest, free + locked - borrowed - interest)


@dataclass(frozen=True, slots=True)
class MarginBars:
    """The margin levels at which Binance changes what an account may do.

    Above ``normal`` the account may borrow and move funds out; at or below ``margin_call`` Binance calls for more
    collateral; at or below ``force_liquidation`` the account is liquidated.
    """

    normal: Decimal
    """Initial level: borrowing and transfers out need at least this (cross: ``normalBar``)."""
    margin_call: Decimal
    """Margin call level (cross: ``marginCallBar``)."""
    force_liquidation: Decimal
    """Liquidation level (cross: ``forceLiquidationBar``; isolated: ``liquidateRate``)."""


class SnapshotView(Protocol):
    """What ``_levels`` and ``_whatif`` read of a snapshot, and how they make a new one (``_with``).

    ``PositionSnapshot`` satisfies it; the what-if functions return the type they are given.
    """

    @property
    def symbol(self) -> str | None:
        """The isolated pair, ``None`` for cross."""
        ...

    @property
    def base_asset(self) -> str | None:
        """The isolated pair's base asset (``None`` for cross)."""
        ...

    @property
    def quote_asset(self) -> str | None:
        """The isolated pair's quote asset (``None`` for cross)."""
        ...

    @property
    def valuation_asset(self) -> str:
        """The unit of ``prices`` and of the totals."""
        ...

    @property
    def assets(self) -> Mapping[str, AssetPosition]:
        """Every asset with a balance or a debt, by name."""
        ...

    @property
    def prices(self) -> Mapping[str, Decimal]:
        """Asset -> price in ``valuation_asset``."""
        ...

    @property
    def total_asset_value(self) -> Decimal:
        """Sum of every asset's ``total`` times its price."""
        ...

    @property
    def total_debt(self) -> Decimal:
        """Sum of every asset's ``debt`` times its price."""
        ...

    def asset(self, name: str) -> AssetPosition:
        """The position in ``name`` (all zero when the account holds and owes none of it)."""
        ...

    def _with(self, assets: Mapping[str, AssetPosition], prices: Mapping[str, Decimal] | None = None) -> Self:
        """A hypothetical copy with other balances (and prices)."""
        ...
