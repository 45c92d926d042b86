"""``client.positions``: positions and risk of the cross account and isolated pairs (sync and async twins).

The classes here only fetch; what the answers mean is decided once, in the pure functions of ``_build`` (the
snapshot) and ``_snapshot``/``_levels``/``_whatif`` (the arithmetic).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from .._errors import BinanceAPIError, MarginModeError
from .._types import CROSS, Isolated, MarginMode
from ._build import PriceSource, build_cross, build_isolated, price_sources
from ._ops import DEFAULT_JOURNAL, CloseReport, JournalArg, RepayAllResult, ResumeOutcome, TransferTo
from ._ops import adrive as _adrive
from ._ops import close_plan as _close_plan
from ._ops import drive as _drive
from ._ops import opened as _opened
from ._ops import repay_all_plan as _repay_all_plan
from ._ops import resume_plan as _resume_plan
from ._snapshot import PositionSnapshot

if TYPE_CHECKING:
    from binance_margin_generated.models import IsolatedMarginAccountPair

    from ._ports import AsyncClientPort, SyncClientPort

__all__ = ["AsyncPositions", "Positions"]

_UNKNOWN_SYMBOL = -1121


def _isolated_symbol(margin: MarginMode) -> str | None:
    if isinstance(margin, Isolated):
        if margin.symbol is None:
            raise MarginModeError("a position snapshot of an isolated account needs its pair: Isolated('BTCUSDT')")
        return margin.symbol
    return None


def _pick_pair(pairs: list[IsolatedMarginAccountPair], symbol: str) -> IsolatedMarginAccountPair:
    for pair in pairs:
        if pair.symbol == symbol:
            return pair
    raise MarginModeError(f"Binance's isolated account answer has no pair {symbol}")


def _now_ms(offset_ms: int) -> int:
    return int(time.time() * 1000) + offset_ms


def _no_price(source: PriceSource, last: BinanceAPIError | None) -> BinanceAPIError:
    tried = ", ".join(s for s, _ in source.symbols)
    return BinanceAPIError(
        last.status if last else 400,
        _UNKNOWN_SYMBOL,
        f"no price index values {source.asset} (tried {tried})",
        last.headers if last else None,
    )


class Positions:
    """Positions and risk of the cross account and isolated pairs (``client.positions``).

    ``snapshot()`` reads one consistent view (balances, debts, prices, margin level, bars); the snapshot's methods
    answer "at which price" and "what if" without any request.
    """

    def __init__(self, client: SyncClientPort) -> None:
        self._client = client

    def snapshot(self, *, margin: MarginMode = CROSS, price_assets: Iterable[str] = ()) -> PositionSnapshot:
        """Read the account now and return its ``PositionSnapshot``.

        ``price_assets`` (cross account): also price these assets, which the account neither holds nor owes, so that
        a what-if can trade them (e.g. ``("ETH", "USDT")`` before ``after_order(base="ETH", quote="USDT", ...)``).

        Requests: an isolated pair costs one (``GET /sapi/v1/margin/isolated/account?symbols=S``, weight 10); the
        cross account two (``GET /sapi/v1/margin/account`` and ``GET /sapi/v1/margin/tradeCoeff``, weight 10 each)
        plus one ``GET /sapi/v1/margin/priceIndex`` (weight 10) per asset other than BTC that it holds or owes.

        A computed margin level that differs from Binance's beyond rounding is logged on ``binance_margin.positions``.

        Raises:
            MarginModeError: ``Isolated()`` without a pair.
            BinanceError: a request failed (see the exception tree in the README).
        """
        client = self._client
        symbol = _isolated_symbol(margin)
        if symbol is not None:
            answer = client.account.get_isolated_account(symbols=[symbol])
            return build_isolated(_pick_pair(answer.assets, symbol), _now_ms(client.time_offset_ms))
        account = client.account.get_cross_account()
        coeff = client.account.get_account_summary()
        taken = _now_ms(client.time_offset_ms)
        prices = {s.asset: self._price(s) for s in price_sources(account, also=price_assets)}
        return build_cross(account, coeff, prices, taken)

    def repay_all(
        self, asset: str, *, margin: MarginMode = CROSS, journal: JournalArg = DEFAULT_JOURNAL
    ) -> RepayAllResult:
        """Repay all of ``asset``'s liability (principal + interest, as read now) from the account's free balance.

        Reads the account, repays exactly the debt, reads again; interest posted meanwhile (the top of the hour) is
        repaid as a residual. Never sends more than the debt read. Every repay is journaled before it is sent (see
        ``close`` for ``journal=``). Requests: the BNB-burn setting, then a read and a repay (weight 1500 UID) per
        round, and a final read.

        Raises:
            RepayShortfallError: the free balance cannot cover the debt (``shortfall``); nothing more was sent.
            OperationInterrupted: a repay's outcome is unknown; ``resume()`` reconciles it and finishes.
            BinanceError: a request failed or was refused.
        """
        with _opened(journal) as j:
            return _drive(self._client, _repay_all_plan(self._client, j, asset, margin))

    def close(
        self,
        margin: MarginMode,
        *,
        transfer_to: TransferTo | None = None,
        journal: JournalArg = DEFAULT_JOURNAL,
        quote: str = "USDT",
    ) -> CloseReport:
        """Close the account's position: cancel, buy back or sell, repay to zero, optionally move the funds out.

        Steps, each planned from a fresh read of the account: cancel the open orders and order lists; for each asset
        other than the quote (an isolated pair's base; for cross, every asset with a ``<asset><quote>`` pair), buy
        back what is owed (debt rounded *up* to the lot step, at least the minimum notional) with ``AUTO_REPAY``,
        repay what remains of it, sell the rest with ``AUTO_REPAY``; repay the quote's debt; with ``transfer_to``,
        move every remaining asset out (isolated -> ``"cross"``, or ``"spot"`` through cross margin; cross ->
        ``"spot"``). Amounts the filters refuse are reported as ``dust``.

        Every state-changing step is written to ``journal`` before it is sent and marked when its outcome is known:
        by default a SQLite file in the user's state directory; a path for another file; ``None`` for none (then an
        interrupted close cannot be resumed).

        Raises:
            OperationInterrupted: a step's outcome is unknown; nothing was guessed; ``resume()`` finishes it.
            RepayShortfallError: a debt cannot be covered by the free balance.
            ValidationError: bad arguments (nothing sent).
            BinanceError: a request failed or was refused (the operation stays resumable).
        """
        with _opened(journal) as j:
            return _drive(self._client, _close_plan(self._client, j, margin, transfer_to, quote))

    def resume(self, *, journal: JournalArg = DEFAULT_JOURNAL) -> list[ResumeOutcome]:
        """Finish every unfinished ``close``/``repay_all`` of ``journal``.

        Each operation is claimed (another process resuming it at the same time leaves it alone: ``taken``); every
        step whose outcome was not recorded is reconciled with ``client.reconcile`` (which waits until a request
        that may still be in flight can no longer execute), never sent again; then the operation continues from a
        fresh read of the account.
        """
        with _opened(journal) as j:
            return _drive(self._client, _resume_plan(self._client, j))

    def _price(self, source: PriceSource) -> Decimal:
        last: BinanceAPIError | None = None
        for symbol, inverted in source.symbols:
            try:
                index = self._client.market_data.get_price_index(symbol=symbol)
            except BinanceAPIError as e:
                if e.code != _UNKNOWN_SYMBOL:
                    raise
                last = e
                continue
            return source.price(index.price, inverted)
        raise _no_price(source, last)


class AsyncPositions:
    """The asyncio twin of ``Positions`` (``aclient.positions``): the same methods, awaited."""

    def __init__(self, client: AsyncClientPort) -> None:
        self._client = client

    async def snapshot(self, *, margin: MarginMode = CROSS, price_assets: Iterable[str] = ()) -> PositionSnapshot:
        """Read the account now and return its ``PositionSnapshot`` (see ``Positions.snapshot``).

        The cross account's requests are sent concurrently (the account and ``tradeCoeff``, then the price indexes).
        """
        import asyncio  # here: importing the SDK does not load asyncio

        client = self._client
        symbol = _isolated_symbol(margin)
        if symbol is not None:
            answer = await client.account.get_isolated_account(symbols=[symbol])
            return build_isolated(_pick_pair(answer.assets, symbol), _now_ms(client.time_offset_ms))
        account, coeff = await asyncio.gather(client.account.get_cross_account(), client.account.get_account_summary())
        taken = _now_ms(client.time_offset_ms)
        sources = price_sources(account, also=price_assets)
        found = await asyncio.gather(*(self._price(s) for s in sources))
        return build_cross(account, coeff, {s.asset: p for s, p in zip(sources, found, strict=True)}, taken)

    async def repay_all(
        self, asset: str, *, margin: MarginMode = CROSS, journal: JournalArg = DEFAULT_JOURNAL
    ) -> RepayAllResult:
        """Repay all of ``asset``'s liability from the free balance (see ``Positions.repay_all``)."""
        with _opened(journal) as j:
            return await _adrive(self._client, _repay_all_plan(self._client, j, asset, margin))

    async def close(
        self,
        margin: MarginMode,
        *,
        transfer_to: TransferTo | None = None,
        journal: JournalArg = DEFAULT_JOURNAL,
        quote: str = "USDT",
    ) -> CloseReport:
        """Close the account's position, step by step, journaled (see ``Positions.close``)."""
        with _opened(journal) as j:
            return await _adrive(self._client, _close_plan(self._client, j, margin, transfer_to, quote))

    async def resume(self, *, journal: JournalArg = DEFAULT_JOURNAL) -> list[ResumeOutcome]:
        """Finish every unfinished operation of ``journal`` (see ``Positions.resume``)."""
        with _opened(journal) as j:
            return await _adrive(self._client, _resume_plan(self._client, j))

    async def _price(self, source: PriceSource) -> Decimal:
        last: BinanceAPIError | None = None
        for symbol, inverted in source.symbols:
            try:
                index = await self._client.market_data.get_price_index(symbol=symbol)
            except BinanceAPIError as e:
                if e.code != _UNKNOWN_SYMBOL:
                    raise
                last = e
                continue
            return source.price(index.price, inverted)
        raise _no_price(source, last)
