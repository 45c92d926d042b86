"""What if: pure transformations of a ``PositionSnapshot`` (each returns a new, hypothetical snapshot).

Amounts follow Binance's 8 decimals where Binance rounds: an order's quote amount is rounded down (what the trade
moves), what it must hold at placement up; a commission half up; interest posted at borrowing up.

A snapshot is seen through ``SnapshotView`` (``_amounts``) and new ones are made with its ``_with``: ``_snapshot``
imports this module, not the reverse.
"""

from __future__ import annotations

import decimal
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal
from typing import TypeVar

from ._amounts import MATH, ZERO, AssetPosition, SideEffect, SnapshotView, mul

__all__ = ["SIDE_EFFECTS", "SideEffect"]

_S = TypeVar("_S", bound=SnapshotView)
"""The snapshot type a what-if is given and returns (``PositionSnapshot``)."""
SIDE_EFFECTS: frozenset[str] = frozenset({"NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"})
BORROWING: frozenset[str] = frozenset({"MARGIN_BUY", "AUTO_BORROW_REPAY"})
"""Side effects that borrow at placement what the free balance lacks."""
REPAYING: frozenset[str] = frozenset({"AUTO_REPAY", "AUTO_BORROW_REPAY"})
"""Side effects that repay the received asset's debt from the proceeds."""

_D8 = Decimal("0.00000001")


def _q8(value: Decimal, rounding: str) -> Decimal:
    return value.quantize(_D8, rounding=rounding)


def _positive(name: str, value: object) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite() or value <= 0:
        raise ValueError(f"{name} must be a positive Decimal, got {value!r}")
    return value


def _known(snap: SnapshotView, asset: str) -> None:
    if snap.base_asset is not None and asset not in (snap.base_asset, snap.quote_asset):
        raise ValueError(f"{asset} is not an asset of the isolated pair {snap.symbol}")
    if asset != snap.valuation_asset and asset not in snap.prices:
        raise ValueError(
            f"the snapshot has no price for {asset} in {snap.valuation_asset}: give it one with after_price first"
        )


def _change(
    snap: SnapshotView,
    assets: dict[str, AssetPosition],
    asset: str,
    *,
    free: Decimal = ZERO,
    borrowed: Decimal = ZERO,
    interest: Decimal = ZERO,
) -> dict[str, AssetPosition]:
    p = assets.get(asset) or snap.asset(asset)
    with decimal.localcontext(MATH):
        changed = AssetPosition.of(asset, p.free + free, p.locked, p.borrowed + borrowed, p.interest + interest)
    new = dict(assets)
    new[asset] = changed
    return new


def _repay(
    snap: SnapshotView, assets: dict[str, AssetPosition], asset: str, amount: Decimal
) -> dict[str, AssetPosition]:
    p = assets.get(asset) or snap.asset(asset)
    interest = min(amount, p.interest)
    return _change(snap, assets, asset, free=-amount, interest=-interest, borrowed=-(amount - interest))


def _borrow(
    snap: SnapshotView, assets: dict[str, AssetPosition], asset: str, amount: Decimal, hourly_rate: Decimal
) -> dict[str, AssetPosition]:
    first_hour = _q8(mul(amount, hourly_rate), ROUND_UP) if hourly_rate > 0 else ZERO
    return _change(snap, assets, asset, free=amount, borrowed=amount, interest=first_hour)


def _rate(name: str, value: object) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0 or value >= 1:
        raise ValueError(f"{name} must be a Decimal in [0, 1), got {value!r}")
    return value


def after_price(snap: _S, asset: str, price: Decimal) -> _S:
    """See ``PositionSnapshot.after_price``."""
    _positive("price", price)
    if asset == snap.valuation_asset:
        raise ValueError(f"{asset} is the valuation asset: its price is 1 by definition")
    if snap.base_asset is not None and asset not in (snap.base_asset, snap.quote_asset):
        raise ValueError(f"{asset} is not an asset of the isolated pair {snap.symbol}")
    prices = dict(snap.prices)
    prices[asset] = price
    return snap._with(snap.assets, prices)


def after_borrow(snap: _S, asset: str, amount: Decimal, hourly_rate: Decimal = ZERO) -> _S:
    """See ``PositionSnapshot.after_borrow``."""
    _positive("amount", amount)
    _rate("hourly_interest_rate", hourly_rate)
    _known(snap, asset)
    return snap._with(_borrow(snap, dict(snap.assets), asset, amount, hourly_rate))


def after_interest(snap: _S, asset: str, amount: Decimal) -> _S:
    """See ``PositionSnapshot.after_interest``."""
    _positive("amount", amount)
    _known(snap, asset)
    return snap._with(_change(snap, dict(snap.assets), asset, interest=amount))


def after_repay(snap: _S, asset: str, amount: Decimal) -> _S:
    """See ``PositionSnapshot.after_repay``."""
    _positive("amount", amount)
    p = snap.asset(asset)
    if amount > p.debt:
        raise ValueError(f"repaying {amount} {asset} is more than the debt ({p.debt})")
    if amount > p.free:
        raise ValueError(f"repaying {amount} {asset} needs more than the free balance ({p.free})")
    return snap._with(_repay(snap, dict(snap.assets), asset, amount))


def after_transfer(snap: _S, asset: str, amount: Decimal, *, into: bool) -> _S:
    """See ``PositionSnapshot.after_transfer``."""
    _positive("amount", amount)
    if into:
        _known(snap, asset)
        return snap._with(_change(snap, dict(snap.assets), asset, free=amount))
    p = snap.asset(asset)
    if amount > p.free:
        raise ValueError(f"transferring {amount} {asset} out needs more than the free balance ({p.free})")
    return snap._with(_change(snap, dict(snap.assets), asset, free=-amount))


def after_order(
    snap: _S,
    *,
    side: str,
    quantity: Decimal,
    price: Decimal,
    side_effect_type: str,
    fee_rate: Decimal,
    base: str | None,
    quote: str | None,
    hourly_rate: Decimal = ZERO,
) -> _S:
    """See ``PositionSnapshot.after_order``."""
    side = str(side)
    effect = str(side_effect_type)
    if side not in ("BUY", "SELL"):
        raise ValueError(f"side must be 'BUY' or 'SELL', got {side!r}")
    if effect not in SIDE_EFFECTS:
        raise ValueError(f"side_effect_type must be one of {sorted(SIDE_EFFECTS)}, got {effect!r}")
    _positive("quantity", quantity)
    _positive("price", price)
    _rate("fee_rate", fee_rate)
    _rate("hourly_interest_rate", hourly_rate)
    if snap.base_asset is not None:
        if (base or snap.base_asset, quote or snap.quote_asset) != (snap.base_asset, snap.quote_asset):
            raise ValueError(f"base/quote {base}/{quote} are not the isolated pair {snap.symbol}'s")
        base, quote = snap.base_asset, snap.quote_asset
    if base is None or quote is None:
        raise ValueError("base= and quote= are required for an order in the cross account")
    _known(snap, base)
    _known(snap, quote)
    notional = mul(quantity, price)
    if side == "BUY":
        pay_asset, get_asset = quote, base
        pay, need, get = _q8(notional, ROUND_DOWN), _q8(notional, ROUND_UP), quantity
    else:
        pay_asset, get_asset = base, quote
        pay, need, get = quantity, quantity, _q8(notional, ROUND_DOWN)
    assets = dict(snap.assets)
    free = snap.asset(pay_asset).free
    if effect in BORROWING and need > free:
        assets = _borrow(snap, assets, pay_asset, need - free, hourly_rate)
        free = need
    if free < need:
        raise ValueError(
            f"the order needs {need} {pay_asset}, the free balance is {free} (borrow it first or use MARGIN_BUY)"
        )
    fee = _q8(mul(get, fee_rate), ROUND_HALF_UP)
    assets = _change(snap, assets, pay_asset, free=-pay)
    assets = _change(snap, assets, get_asset, free=get - fee)
    if effect in REPAYING:
        received = assets[get_asset]
        amount = min(get - fee, received.free, received.debt)
        if amount > 0:
            assets = _repay(snap, assets, get_asset, amount)
    return snap._with(assets)
