"""Per-client caches of symbol rules, filled through a callable (the client's ``GET /api/v3/exchangeInfo`` call)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Unpack

from ._filters_model import ExchangeInfoLike, SymbolRules, as_mapping
from ._filters_validate import FilterViolation, OrderArgs, raise_for_violations, validate_order

__all__ = ["AsyncFilterCache", "AsyncRulesLoader", "FilterCache", "RulesLoader"]

RulesLoader = Callable[[str], "SymbolRules | ExchangeInfoLike"]
"""Loads the rules of one symbol: called with the symbol (upper-case), returns ``SymbolRules``, an exchangeInfo
response (generated ``ExchangeInfo`` or dict; every symbol it lists is cached) or one ``symbols`` entry."""

AsyncRulesLoader = Callable[[str], Awaitable["SymbolRules | ExchangeInfoLike"]]
"""The coroutine form of ``RulesLoader``."""


class _Store:
    """The dictionary, expiry and bookkeeping shared by the sync and async caches."""

    def __init__(self, ttl: float | None, clock: Callable[[], float]) -> None:
        if ttl is not None and ttl <= 0:
            raise ValueError(f"ttl must be positive seconds or None, got {ttl!r}")
        self.ttl = ttl
        """Seconds after which cached rules are reloaded on the next use (``None``: kept until refreshed)."""
        self._clock = clock
        self._entries: dict[str, tuple[SymbolRules, float]] = {}
        self._guard = threading.Lock()

    def peek(self, symbol: str) -> SymbolRules | None:
        """The cached rules of ``symbol`` if present and fresh, without loading anything."""
        key = symbol.upper()
        with self._guard:
            entry = self._entries.get(key)
        if entry is None:
            return None
        rules, loaded_at = entry
        if self.ttl is not None and self._clock() - loaded_at >= self.ttl:
            return None
        return rules

    def __contains__(self, symbol: object) -> bool:
        return isinstance(symbol, str) and self.peek(symbol) is not None

    def put(self, data: SymbolRules | ExchangeInfoLike) -> None:
        """Store rules without calling the loader: ``SymbolRules``, one exchangeInfo symbol entry, or a whole
        exchangeInfo response (every symbol it lists is stored)."""
        self._store_all(data)

    def invalidate(self, symbol: str | None = None) -> None:
        """Forget the rules of ``symbol`` (all symbols when ``None``); the next use loads them again."""
        with self._guard:
            if symbol is None:
                self._entries.clear()
            else:
                self._entries.pop(symbol.upper(), None)

    def _store_all(self, data: SymbolRules | ExchangeInfoLike) -> dict[str, SymbolRules]:
        if isinstance(data, SymbolRules):
            found = {data.symbol.upper(): data}
        else:
            mapping = as_mapping(data, "exchangeInfo")
            if "symbols" in mapping:
                found = {k.upper(): v for k, v in SymbolRules.all_from_exchange_info(mapping).items()}
            else:
                rules = SymbolRules.from_symbol(mapping)
                found = {rules.symbol.upper(): rules}
        now = self._clock()
        with self._guard:
            for key, rules in found.items():
                self._entries[key] = (rules, now)
        return found

    def _store_loaded(self, symbol: str, data: SymbolRules | ExchangeInfoLike) -> SymbolRules:
        found = self._store_all(data)
        try:
            return found[symbol]
        except KeyError:
            raise LookupError(f"the exchangeInfo loader returned no rules for {symbol!r}") from None


class FilterCache(_Store):
    """Symbol rules cached per symbol, loaded on first use through ``loader`` and reloadable.

    ::

        cache = FilterCache(lambda symbol: client.get_exchange_info(symbol=symbol))
        cache.check_order("BTCUSDT", side="BUY", type="LIMIT", quantity=qty, price=price)

    Thread-safe; two threads missing the same symbol at once may both call the loader (the last answer wins).

    Args:
        loader: ``RulesLoader``, called with the upper-case symbol; its exceptions propagate unchanged.
        ttl: seconds before cached rules are reloaded on next use; ``None`` (default) keeps them until ``refresh``
            or ``invalidate`` (Binance changes filters rarely and announces it).
        clock: monotonic clock in seconds (for tests).
    """

    def __init__(
        self, loader: RulesLoader, *, ttl: float | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(ttl, clock)
        self._loader = loader

    def get(self, symbol: str) -> SymbolRules:
        """The rules of ``symbol``, loaded on first use (or when expired).

        Raises:
            LookupError: the loader's answer does not describe ``symbol``.
        """
        cached = self.peek(symbol)
        return cached if cached is not None else self.refresh(symbol)

    def refresh(self, symbol: str) -> SymbolRules:
        """Load the rules of ``symbol`` now, replace the cached ones and return them."""
        key = symbol.upper()
        return self._store_loaded(key, self._loader(key))

    def validate_order(self, symbol: str, **order: Unpack[OrderArgs]) -> list[FilterViolation]:
        """``validate_order(self.get(symbol), **order)``."""
        return validate_order(self.get(symbol), **order)

    def check_order(self, symbol: str, **order: Unpack[OrderArgs]) -> None:
        """``check_order`` against the cached rules of ``symbol``: raises ``FilterError`` listing every violation."""
        rules = self.get(symbol)
        raise_for_violations(validate_order(rules, **order), symbol=rules.symbol)


class AsyncFilterCache(_Store):
    """The asyncio form of ``FilterCache``: ``get``/``refresh``/``validate_order``/``check_order`` are coroutines.

    Concurrent ``get`` calls for the same missing symbol share one loader call.

    Args:
        loader: ``AsyncRulesLoader``, awaited with the upper-case symbol; its exceptions propagate unchanged.
        ttl: seconds before cached rules are reloaded on next use; ``None`` (default) keeps them until refreshed.
        clock: monotonic clock in seconds (for tests).
    """

    def __init__(
        self, loader: AsyncRulesLoader, *, ttl: float | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(ttl, clock)
        self._loader = loader
        self._locks: dict[str, asyncio.Lock] = {}

    async def get(self, symbol: str) -> SymbolRules:
        """The rules of ``symbol``, loaded on first use (or when expired).

        Raises:
            LookupError: the loader's answer does not describe ``symbol``.
        """
        cached = self.peek(symbol)
        if cached is not None:
            return cached
        key = symbol.upper()
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            cached = self.peek(key)  # loaded by another task while this one waited
            if cached is not None:
                return cached
            return self._store_loaded(key, await self._loader(key))

    async def refresh(self, symbol: str) -> SymbolRules:
        """Load the rules of ``symbol`` now, replace the cached ones and return them."""
        key = symbol.upper()
        return self._store_loaded(key, await self._loader(key))

    async def validate_order(self, symbol: str, **order: Unpack[OrderArgs]) -> list[FilterViolation]:
        """``validate_order(await self.get(symbol), **order)``."""
        return validate_order(await self.get(symbol), **order)

    async def check_order(self, symbol: str, **order: Unpack[OrderArgs]) -> None:
        """``check_order`` against the cached rules of ``symbol``: raises ``FilterError`` listing every violation."""
        rules = await self.get(symbol)
        raise_for_violations(validate_order(rules, **order), symbol=rules.symbol)
