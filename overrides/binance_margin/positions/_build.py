"""Build a ``PositionSnapshot`` from Binance's answers: pure functions, shared by the sync and async fetchers.

Cross account: ``GET /sapi/v1/margin/account`` (balances, Binance's margin level), ``GET /sapi/v1/margin/tradeCoeff``
(the bars) and ``GET /sapi/v1/margin/priceIndex`` for each asset other than BTC that the account holds or owes (the
account answer only carries BTC-valued totals, rounded to 8 decimals: too coarse to recover a price from).
Isolated pair: ``GET /sapi/v1/margin/isolated/account?symbols=S`` alone (it carries the index price and the bars).
"""

from __future__ import annotations

import decimal
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from .._types import CROSS, Isolated
from ._amounts import MATH, NO_DEBT_LEVEL, ONE, ZERO, AssetPosition, MarginBars, div
from ._snapshot import PositionSnapshot

if TYPE_CHECKING:
    from binance_margin_generated.models import (
        CrossMarginAccount,
        CrossMarginAccountUserAsset,
        IsolatedMarginAccountAsset,
        IsolatedMarginAccountPair,
        MarginAccountSummary,
    )

__all__ = [
    "CROSS_VALUATION",
    "PriceSource",
    "build_cross",
    "build_isolated",
    "check_reported",
    "cross_asset",
    "isolated_asset",
    "price_sources",
]

logger = logging.getLogger("binance_margin.positions")

CROSS_VALUATION: Final = "BTC"
"""The unit of the cross account's values (Binance's ``...OfBtc`` totals)."""

QUOTE_FIRST: Final = frozenset(
    {"USDT", "USDC", "FDUSD", "TUSD", "BUSD", "DAI", "EUR", "TRY", "BRL", "GBP", "AUD", "JPY", "ARS", "UAH", "ZAR"}
)
"""Assets that Binance lists as the quote of their BTC pair (``BTCUSDT``, not ``USDTBTC``): tried that way first."""

LEVEL_TOLERANCE: Final = Decimal("0.000001")
"""A computed and a reported margin level further apart than this (relative), plus Binance's 8-decimal rounding,
are logged as a mismatch."""


@dataclass(frozen=True, slots=True)
class PriceSource:
    """Where one asset's price in the valuation asset comes from: a price index, maybe inverted."""

    asset: str
    """The asset being valued."""
    symbols: tuple[tuple[str, bool], ...]
    """``(symbol, inverted)`` to try in order: ``ETHBTC`` gives ETH's price directly, ``BTCUSDT`` inverted gives
    USDT's (the next is tried when Binance does not know a symbol)."""

    def price(self, index_price: Decimal, inverted: bool) -> Decimal:
        """The asset's price from an index price of one of ``symbols``."""
        return div(ONE, index_price) if inverted else index_price


def price_sources(
    account: CrossMarginAccount, valuation: str = CROSS_VALUATION, also: Iterable[str] = ()
) -> list[PriceSource]:
    """The price indexes a cross snapshot needs: one per asset held or owed (and per asset of ``also``), other than
    ``valuation``."""
    held = [a.asset for a in account.user_assets if a.free or a.locked or a.borrowed or a.interest]
    sources = []
    for asset in dict.fromkeys([*held, *also]):
        if asset == valuation:
            continue
        direct = (f"{asset}{valuation}", False)
        inverse = (f"{valuation}{asset}", True)
        sources.append(PriceSource(asset, (inverse, direct) if asset in QUOTE_FIRST else (direct, inverse)))
    return sources


def build_cross(
    account: CrossMarginAccount,
    coeff: MarginAccountSummary,
    prices: Mapping[str, Decimal],
    taken_at_ms: int,
    valuation: str = CROSS_VALUATION,
) -> PositionSnapshot:
    """A cross snapshot from the account answer, ``tradeCoeff`` and the prices of ``price_sources``."""
    assets = {a.asset: cross_asset(a) for a in account.user_assets if a.free or a.locked or a.borrowed or a.interest}
    used = dict(prices)
    used[valuation] = ONE
    snap = PositionSnapshot(
        margin=CROSS,
        symbol=None,
        base_asset=None,
        quote_asset=None,
        valuation_asset=valuation,
        assets=assets,
        prices=used,
        bars=MarginBars(coeff.normal_bar, coeff.margin_call_bar, coeff.force_liquidation_bar),
        taken_at_ms=taken_at_ms,
        reported_margin_level=account.margin_level,
    )
    check_reported(snap)
    return snap


def cross_asset(a: CrossMarginAccountUserAsset) -> AssetPosition:
    """One asset of the cross account answer."""
    return AssetPosition(a.asset, a.free, a.locked, a.borrowed, a.interest, a.net_asset)


def isolated_asset(a: IsolatedMarginAccountAsset) -> AssetPosition:
    """The base or quote asset of an isolated pair in the isolated account answer."""
    return AssetPosition(a.asset, a.free, a.locked, a.borrowed, a.interest, a.net_asset)


def isolated_bars(pair: IsolatedMarginAccountPair) -> MarginBars:
    """An isolated pair's bars from its account answer.

    ``liquidateRate`` is the liquidation level. ``marginRatio`` is the pair's leverage ``L``; the initial level is
    ``L / (L - 1)`` (the level right after borrowing the most the leverage allows; 2, or the liquidation level if
    higher, when ``marginRatio`` is 1 or less, as in Binance's documented example). The answer carries no margin-call
    level: it is taken halfway between the initial and the liquidation level (the sandbox applies the same rule;
    Binance's web page shows the pair's margin-call level, no endpoint does).
    """
    liq = pair.liquidate_rate
    lev = pair.margin_ratio
    with decimal.localcontext(MATH):
        normal = lev / (lev - ONE) if lev > ONE else max(liq, Decimal(2))
        return MarginBars(normal, liq + (normal - liq) / 2, liq)


def build_isolated(pair: IsolatedMarginAccountPair, taken_at_ms: int) -> PositionSnapshot:
    """An isolated snapshot from one ``assets`` entry of ``GET /sapi/v1/margin/isolated/account``."""
    base, quote = pair.base_asset.asset, pair.quote_asset.asset
    snap = PositionSnapshot(
        margin=Isolated(pair.symbol),
        symbol=pair.symbol,
        base_asset=base,
        quote_asset=quote,
        valuation_asset=quote,
        assets={base: isolated_asset(pair.base_asset), quote: isolated_asset(pair.quote_asset)},
        prices={base: pair.index_price, quote: ONE},
        bars=isolated_bars(pair),
        taken_at_ms=taken_at_ms,
        reported_margin_level=pair.margin_level,
        reported_status=str(pair.margin_level_status),
        reported_liquidation_price=pair.liquidate_price,
    )
    check_reported(snap)
    return snap


def level_mismatch(computed: Decimal | None, reported: Decimal | None) -> bool:
    """Whether a computed margin level and Binance's differ by more than rounding (999 means "no debt")."""
    if reported is None:
        return False
    if computed is None:
        return reported not in (NO_DEBT_LEVEL, ZERO)
    return abs(computed - reported) > Decimal("0.00000001") + computed * LEVEL_TOLERANCE


def check_reported(snap: PositionSnapshot) -> None:
    """Log (``binance_margin.positions``, WARNING) a computed margin level that differs from Binance's."""
    if level_mismatch(snap.margin_level, snap.reported_margin_level):
        logger.warning(
            "margin level of %s: computed %s from balances and prices, Binance reports %s",
            snap.symbol or "the cross account",
            snap.margin_level,
            snap.reported_margin_level,
        )
