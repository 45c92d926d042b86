"""Prices that matter: the price of one asset at which a snapshot's margin level reaches a given level.

With every other price held, the margin level is a ratio of two linear functions of one asset's price ``p``::

    level(p) = (T + t*p) / (D + d*p)

``t``/``d`` the asset's total (free + locked) and debt (borrowed + interest), ``T``/``D`` the value of everything
else held and owed. Solving ``level(p) = L``: ``p = (L*D - T) / (t - L*d)``. For an isolated pair (base ``B``, quote
``Q``, price ``P`` of ``B`` in ``Q``) this is the liquidation price ``P = (L*Q_debt - Q_total) / (B_total - L*B_debt)``
that Binance reports as ``liquidatePrice`` with ``L`` its ``liquidateRate``.

A snapshot is seen through ``SnapshotView`` (``_amounts``): ``_snapshot`` imports this module, not the reverse.
"""

from __future__ import annotations

import decimal
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType

from ._amounts import MATH, ZERO, SnapshotView, div, mul

__all__ = ["price_for_level", "prices_for_level"]


def _solve(snap: SnapshotView, level: Decimal, asset: str) -> Decimal | None:
    with decimal.localcontext(MATH):
        return _solve_exact(snap, level, asset)


def _solve_exact(snap: SnapshotView, level: Decimal, asset: str) -> Decimal | None:
    pos = snap.asset(asset)
    t, d = pos.total, pos.debt
    price = snap.prices.get(asset, ZERO)
    others_total = snap.total_asset_value - mul(t, price)
    others_debt = snap.total_debt - mul(d, price)
    if others_debt == 0 and d == 0:
        return None  # nothing is owed: the level is not defined at any price
    denom = t - mul(level, d)
    if denom == 0:
        return None  # the asset's exposure at this level is zero: its price does not move the level
    p = div(mul(level, others_debt) - others_total, denom)
    return p if p > 0 else None


def price_for_level(snap: SnapshotView, level: Decimal, asset: str | None) -> Decimal | None:
    """See ``PositionSnapshot.price_for_level``."""
    if not isinstance(level, Decimal) or not level.is_finite() or level <= 0:
        raise ValueError(f"level must be a positive Decimal, got {level!r}")
    if asset is None:
        if snap.base_asset is None:
            raise ValueError("asset= is required for the cross account (which asset's price moves?)")
        asset = snap.base_asset
    if asset == snap.valuation_asset:
        raise ValueError(f"{asset} is the valuation asset: its price is 1 by definition")
    if snap.base_asset is not None and asset not in (snap.base_asset, snap.quote_asset):
        raise ValueError(f"{asset} is not an asset of the isolated pair {snap.symbol}")
    return _solve(snap, level, asset)


def prices_for_level(snap: SnapshotView, level: Decimal) -> Mapping[str, Decimal]:
    """``price_for_level`` for every asset of the snapshot but the valuation asset, where a price exists."""
    found = {}
    for asset in snap.assets:
        if asset == snap.valuation_asset:
            continue
        p = _solve(snap, level, asset)
        if p is not None:
            found[asset] = p
    return MappingProxyType(found)
