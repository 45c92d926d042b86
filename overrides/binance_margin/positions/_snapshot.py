"""The position snapshot: balances, prices, margin level and bars of one margin account, as plain exact values.

Everything here is pure: no request, no clock. ``PositionSnapshot`` is built from Binance's answers by
``_build`` (fetched by ``_api``) and transformed by the what-if methods, which return new snapshots.
The arithmetic, ``AssetPosition`` and ``MarginBars`` live in ``_amounts``; the methods delegate
to ``_levels`` and ``_whatif``, which see a snapshot through ``_amounts.SnapshotView`` and never import this module.

Formulas (Binance FAQ "Binance Margin Level and Margin Call", support/faq/360030493931):

    margin level = total asset value / (total liabilities + outstanding interest)

with every asset valued at its current price in one unit (BTC for the cross account, the pair's quote asset for an
isolated pair); ``None`` when nothing is owed (Binance then reports 999).
"""

from __future__ import annotations

import decimal
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .._types import MarginMode
from . import _levels, _whatif
from ._amounts import MATH, ONE, ZERO, AssetPosition, MarginBars, SideEffect

__all__ = ["AssetPosition", "MarginBars", "PositionSnapshot"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PositionSnapshot:
    """A margin account at one moment: balances, the prices used, margin level, bars and totals.

    Built by ``client.positions.snapshot(margin=...)``; the ``after_*`` methods return hypothetical snapshots
    (``hypothetical`` is then true) without sending anything. All amounts are exact ``Decimal``; values are in
    ``valuation_asset`` (BTC for the cross account, the quote asset for an isolated pair).
    """

    margin: MarginMode
    """``CROSS`` or ``Isolated("PAIR")``."""
    symbol: str | None
    """The isolated pair, ``None`` for cross."""
    base_asset: str | None
    """The isolated pair's base asset (``None`` for cross)."""
    quote_asset: str | None
    """The isolated pair's quote asset (``None`` for cross)."""
    valuation_asset: str
    """The unit of ``prices`` and of the totals."""
    assets: Mapping[str, AssetPosition]
    """Every asset with a balance or a debt (isolated: always the base and the quote), by name."""
    prices: Mapping[str, Decimal]
    """Asset -> price in ``valuation_asset`` used for the values (the valuation asset itself is always there, at 1)."""
    bars: MarginBars
    """Normal, margin-call and liquidation levels of this account."""
    taken_at_ms: int
    """When the answers were read (ms since the epoch, on Binance's clock as far as the client knows it)."""
    reported_margin_level: Decimal | None = None
    """Binance's ``marginLevel`` (999 with no debt); ``None`` on a hypothetical snapshot."""
    reported_status: str | None = None
    """Binance's ``marginLevelStatus`` (isolated answers only); ``None`` otherwise."""
    reported_liquidation_price: Decimal | None = None
    """Binance's ``liquidatePrice`` (isolated answers only; Binance writes 0 when there is none)."""
    hypothetical: bool = False
    """True for a snapshot produced by an ``after_*`` method."""
    margin_level: Decimal | None = field(init=False)
    """Total asset value / total debt (liabilities + interest) from ``assets`` and ``prices``; ``None`` with no debt."""
    total_asset_value: Decimal = field(init=False)
    """Sum of every asset's ``total`` times its price."""
    total_debt: Decimal = field(init=False)
    """Sum of every asset's ``debt`` (borrowed + interest) times its price."""
    net_value: Decimal = field(init=False)
    """``total_asset_value - total_debt``."""
    status: str = field(init=False)
    """Risk status computed from ``margin_level`` against ``bars``: ``EXCESSIVE`` (no debt, or above ``normal``),
    ``NORMAL`` (at or below ``normal``), ``MARGIN_CALL`` (at or below ``margin_call``) or ``FORCE_LIQUIDATION`` (at or
    below ``force_liquidation``). Binance's own status, when it sends one, is ``reported_status``."""

    def __post_init__(self) -> None:
        # Own copies (plain dicts: a snapshot pickles and deep-copies); typed ``Mapping``, nothing here mutates them.
        assets = dict(self.assets)
        prices = {**self.prices, self.valuation_asset: ONE}
        object.__setattr__(self, "assets", assets)
        object.__setattr__(self, "prices", prices)
        total = debt = ZERO
        with decimal.localcontext(MATH):
            for a in assets.values():
                if a.total == 0 and a.debt == 0:
                    continue
                price = prices.get(a.asset)
                if price is None:
                    raise ValueError(f"no price for {a.asset} in {self.valuation_asset}")
                total += a.total * price
                debt += a.debt * price
            level = total / debt if debt > 0 else None
            net = total - debt
        object.__setattr__(self, "total_asset_value", total)
        object.__setattr__(self, "total_debt", debt)
        object.__setattr__(self, "net_value", net)
        object.__setattr__(self, "margin_level", level)
        object.__setattr__(self, "status", status_for(level, self.bars))

    # -- convenience ------------------------------------------------------------------------------------------

    def asset(self, name: str) -> AssetPosition:
        """The position in ``name`` (all zero when the account holds and owes none of it)."""
        found = self.assets.get(name)
        return found if found is not None else AssetPosition(name, ZERO, ZERO, ZERO, ZERO, ZERO)

    def price(self, name: str) -> Decimal:
        """The price of ``name`` in ``valuation_asset`` used by this snapshot.

        Raises:
            KeyError: the snapshot has no price for ``name`` (the account neither holds nor owes it).
        """
        if name == self.valuation_asset:
            return ONE
        return self.prices[name]

    def _with(
        self, assets: Mapping[str, AssetPosition], prices: Mapping[str, Decimal] | None = None
    ) -> PositionSnapshot:
        """A hypothetical copy with other balances (and prices)."""
        return replace(
            self,
            assets=assets,
            prices=self.prices if prices is None else prices,
            reported_margin_level=None,
            reported_status=None,
            reported_liquidation_price=None,
            hypothetical=True,
        )

    # -- prices that matter (see _levels) ---------------------------------------------------------------------

    def price_for_level(self, level: Decimal, *, asset: str | None = None) -> Decimal | None:
        """The price of ``asset`` in ``valuation_asset`` (every other price held) at which the level is ``level``.

        ``asset`` defaults to the isolated pair's base asset; it is required for the cross account. Exact: the
        margin level is linear in one price, ``level = (T + t*p) / (D + d*p)`` with ``t``/``d`` the asset's total
        and debt and ``T``/``D`` the value of everything else, so ``p = (level*D - T) / (t - level*d)``.

        Returns ``None`` when no positive price gives that level: nothing is owed; the asset's net exposure
        at that level (``t - level*d``) is zero, so its price does not move the level; or the solution is zero or
        negative (the level is out of reach whatever the price, e.g. a long that stays above the bar even at 0).

        Raises:
            ValueError: ``level`` is not positive, or ``asset`` is missing for the cross account or is the
                valuation asset (its price is 1 by definition).
        """
        return _levels.price_for_level(self, level, asset)

    @property
    def liquidation_price(self) -> Decimal | None:
        """Isolated: the base asset's price (in the quote) at which the level reaches ``bars.force_liquidation``.

        Binance's ``liquidatePrice`` for the same balances (it writes 0 where this is ``None``): ``None`` when nothing
        is owed or no positive price reaches the bar. For the cross account use ``liquidation_prices`` (one price per
        asset, the others held); this property is then ``None``.
        """
        if self.symbol is None or self.base_asset is None:
            return None
        return self.price_for_level(self.bars.force_liquidation, asset=self.base_asset)

    @property
    def margin_call_price(self) -> Decimal | None:
        """Isolated: the base asset's price (in the quote) at which the level reaches ``bars.margin_call``.

        ``None`` as for ``liquidation_price``; for the cross account use ``margin_call_prices``.
        """
        if self.symbol is None or self.base_asset is None:
            return None
        return self.price_for_level(self.bars.margin_call, asset=self.base_asset)

    @property
    def liquidation_prices(self) -> Mapping[str, Decimal]:
        """Per net-exposed asset (every asset but the valuation asset whose price moves the level), the price in
        ``valuation_asset`` at which the level reaches ``bars.force_liquidation``, all other prices held.

        Assets for which no positive price reaches the bar are left out (see ``price_for_level``).
        """
        return _levels.prices_for_level(self, self.bars.force_liquidation)

    @property
    def margin_call_prices(self) -> Mapping[str, Decimal]:
        """Per net-exposed asset, the price at which the level reaches ``bars.margin_call`` (see
        ``liquidation_prices``)."""
        return _levels.prices_for_level(self, self.bars.margin_call)

    # -- what if (see _whatif) --------------------------------------------------------------------------------

    def after_price(self, asset: str, price: Decimal) -> PositionSnapshot:
        """This snapshot with ``asset`` priced at ``price`` (in ``valuation_asset``), balances unchanged.

        Raises:
            ValueError: ``price`` is not positive, or ``asset`` is the valuation asset.
        """
        return _whatif.after_price(self, asset, price)

    def after_borrow(self, asset: str, amount: Decimal, *, hourly_interest_rate: Decimal = ZERO) -> PositionSnapshot:
        """This snapshot after borrowing ``amount`` of ``asset``: free and borrowed both grow.

        Binance posts one hour of interest at borrowing: ``hourly_interest_rate`` (e.g. the asset's
        ``next-hourly-interest-rate``) adds it, rounded up to 8 decimals; the default 0 leaves it out.

        Raises:
            ValueError: ``amount`` is not positive; ``asset`` is not the isolated pair's, or has no price in the
                snapshot (give it one with ``after_price``).
        """
        return _whatif.after_borrow(self, asset, amount, hourly_interest_rate)

    def after_interest(self, asset: str, amount: Decimal) -> PositionSnapshot:
        """This snapshot after ``amount`` of interest is posted on ``asset`` (e.g. the next hour's)."""
        return _whatif.after_interest(self, asset, amount)

    def after_repay(self, asset: str, amount: Decimal) -> PositionSnapshot:
        """This snapshot after repaying ``amount`` of ``asset`` from its free balance: interest first, then principal.

        Raises:
            ValueError: ``amount`` is not positive, exceeds the debt, or exceeds the free balance.
        """
        return _whatif.after_repay(self, asset, amount)

    def after_transfer(self, asset: str, amount: Decimal, *, into: bool) -> PositionSnapshot:
        """This snapshot after moving ``amount`` of ``asset`` into (``into=True``) or out of the account.

        Binance's own limit on transfers out (the level must stay at or above ``bars.normal``) is not enforced here:
        look at ``margin_level`` of the result.

        Raises:
            ValueError: ``amount`` is not positive, or a transfer out exceeds the free balance.
        """
        return _whatif.after_transfer(self, asset, amount, into=into)

    def after_order(
        self,
        *,
        side: str,
        quantity: Decimal,
        price: Decimal,
        side_effect_type: SideEffect | str = "NO_SIDE_EFFECT",
        fee_rate: Decimal = ZERO,
        base: str | None = None,
        quote: str | None = None,
        hourly_interest_rate: Decimal = ZERO,
    ) -> PositionSnapshot:
        """This snapshot after an order of ``quantity`` base at ``price`` (quote per base) fills completely.

        Binance's order of effects: ``MARGIN_BUY`` (and ``AUTO_BORROW_REPAY``) borrows at placement only what the
        free balance lacks (the quote for a BUY, the base for a SELL); the trade then spends and receives; the fee
        (``fee_rate`` times what is received) is taken from the received asset; ``AUTO_REPAY`` (and
        ``AUTO_BORROW_REPAY``) then repays the received asset's debt from the proceeds, interest first. Prices of the
        snapshot are not moved by the order (use ``after_price``).

        Args:
            side: ``"BUY"`` or ``"SELL"``.
            quantity: base quantity.
            price: fill price in the quote asset.
            side_effect_type: ``NO_SIDE_EFFECT``, ``MARGIN_BUY``, ``AUTO_REPAY`` or ``AUTO_BORROW_REPAY``.
            fee_rate: commission rate (e.g. ``Decimal("0.001")``).
            base: the pair's base asset (cross account: required; isolated: the pair's, may be left out).
            quote: the pair's quote asset (as ``base``).
            hourly_interest_rate: rate of the hour's interest Binance posts on what ``MARGIN_BUY`` borrows (see
                ``after_borrow``; default 0: left out).

        Raises:
            ValueError: bad side, quantity, price, fee rate or side effect; an order that needs more than the free
                balance without ``MARGIN_BUY``/``AUTO_BORROW_REPAY``; ``base``/``quote`` missing for the cross account
                or not the isolated pair's; an asset without a price in the snapshot.
        """
        return _whatif.after_order(
            self,
            side=side,
            quantity=quantity,
            price=price,
            side_effect_type=side_effect_type,
            fee_rate=fee_rate,
            base=base,
            quote=quote,
            hourly_rate=hourly_interest_rate,
        )


def status_for(level: Decimal | None, bars: MarginBars) -> str:
    """The risk status of ``level`` against ``bars`` (see ``PositionSnapshot.status``)."""
    if level is None or level > bars.normal:
        return "EXCESSIVE"
    if level <= bars.force_liquidation:
        return "FORCE_LIQUIDATION"
    if level <= bars.margin_call:
        return "MARGIN_CALL"
    return "NORMAL"
