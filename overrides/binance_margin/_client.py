"""``MarginClient`` and ``AsyncMarginClient``: the typed surface, grouped like Binance's docs."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from decimal import Decimal
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeAlias, cast

from binance_margin_generated import operations as _ops
from binance_margin_generated import surface as _surface  # the module only: see the note below

from ._drift import SpecDrift
from ._errors import ConfigurationError, UnknownExecutionStatus, UnknownOrderError
from ._runtime import AsyncRuntime, SyncRuntime
from ._signing import private_key_from_text
from ._types import CROSS, MarginMode

if TYPE_CHECKING:
    import httpx
    from binance_margin_generated.models import (
        BorrowRepayRecord,
        ExchangeInfo,
        MarginOrder,
        MarginOrderList,
        UniversalTransferRecord,
    )

    from ._config import ClientConfig  # imported when a client is built
    from ._filters_cache import AsyncFilterCache, FilterCache
    from ._filters_model import SymbolRules
    from ._ratelimit import RateLimitStatus
    from .positions import AsyncPositions, Positions
    from .streams import AsyncStream, Stream

# The generated surface imports binance_margin._types, so binance_margin may be imported while the surface is still
# initialising. Hence the surface classes are reached as ``_surface.X`` (string annotations, attribute lookups at
# client construction), never imported by name at module level.

__all__ = ["AsyncMarginClient", "MarginClient", "async_reconcile_order", "reconcile_order"]

Reconciled: TypeAlias = "MarginOrder | MarginOrderList | BorrowRepayRecord | UniversalTransferRecord"
"""What ``reconcile`` can find: the order, the order list, the borrow/repay record or the transfer record."""

_RECONCILE_POLL = 0.5
"""Seconds between two lookups while ``reconcile_order`` waits for Binance's data to catch up."""


def _config_from_arguments(config: ClientConfig | None, **values: Any) -> ClientConfig:
    given = {k: v for k, v in values.items() if v is not None}
    if config is not None:
        if given:
            raise ConfigurationError(f"pass either config= or individual settings, not both (got {sorted(given)})")
        return config
    private_key = given.pop("private_key", None)
    if isinstance(private_key, bytes):
        given["private_key"] = private_key
    elif isinstance(private_key, str):
        # Key text (PEM, with a BOM or .env quotes, or the base64 body alone) or a path; never echoed either way.
        key = private_key_from_text(private_key) if not os.path.exists(private_key) else None
        if key is not None:
            given["private_key"] = key
        else:
            given["private_key_path"] = private_key.strip().lstrip("\ufeff").strip("\"'")
    elif private_key is not None:
        given["private_key_path"] = os.fspath(private_key)
    password = given.get("private_key_password")
    if isinstance(password, bytes):
        given["private_key_password"] = password.decode("utf-8")
    from ._config import ClientConfig

    return ClientConfig.load(**given)


class MarginClient:
    """Synchronous client for Binance margin trading (cross and isolated).

    Methods are grouped like Binance's docs: ``client.trade.new_order(...)``, ``client.account.get_cross_account()``,
    ``client.borrow_repay.borrow_repay(...)``, ... Every group has ``.with_raw_response`` for the status, headers
    and rate limits. Nothing is sent at construction; use it as a context manager or call ``close()``.

    Args:
        api_key: API key (else ``BINANCE_API_KEY``).
        api_secret: HMAC secret (else ``BINANCE_API_SECRET``).
        private_key: RSA or Ed25519 private key instead of a secret: PEM bytes, or a path to the PEM file
            (else ``BINANCE_PRIVATE_KEY_PATH``).
        private_key_password: password of an encrypted private key (else ``BINANCE_PRIVATE_KEY_PASSWORD``).
        base_url: API host (else ``BINANCE_BASE_URL``, default ``https://api.binance.com``).
        recv_window: default ``recvWindow`` in ms, at most 60000 (else ``BINANCE_RECV_WINDOW``).
        timeout: seconds per request phase (default 10).
        max_retries: retries of requests that change nothing (default 2); orders, borrows, repays and
            transfers are never retried.
        proxy: proxy URL.
        time_sync: keep an offset to Binance's clock, refreshed periodically (default off; a -1021 answer always
            refreshes it).
        ws_api_url: WebSocket API of the user data stream (else ``BINANCE_WS_API_URL``, default
            ``wss://ws-api.binance.com:443/ws-api/v3``).
        risk_stream_url: risk data stream host (else ``BINANCE_RISK_STREAM_URL``, default
            ``wss://margin-stream.binance.com``).
        config: a complete ``ClientConfig`` instead of the arguments above.
        http_client: an ``httpx.Client`` to send through (not closed by ``close()``).
        transport: an httpx transport for the client this object creates (tests: ``httpx.MockTransport``).
            Without either, and without a proxy, calls go through the client's own keep-alive pool (sockets,
            ``ssl``, responses read by llhttp through httptools): the bytes httpx would send, httpx's exceptions,
            ``httpx.Response``/``httpx.Headers`` where you see a response; ``proxy=`` (or one in the environment)
            keeps httpx's.
        rate_limit_redis_url: share the rate-limit budget with other processes and machines through this Redis
            (else ``BINANCE_RATE_LIMIT_REDIS_URL``; default: one budget shared in-process). More knobs (usable share,
            longest wait, wait or refuse orders) are ``ClientConfig.rate_limit_*``.
        validate_orders: check orders against the symbol's exchange filters before sending them.
        min_margin_level_after: refuse, before sending, an order with ``MARGIN_BUY``/``AUTO_BORROW_REPAY`` whose
            margin level after it would fall below this (``MarginLevelGuardError``; else
            ``BINANCE_MIN_MARGIN_LEVEL_AFTER``; default off). See docs/positions.md, "Guard".
    """

    general: _surface.GeneralApi
    """Connectivity, server time and exchange filters (spot API)."""
    account: _surface.AccountApi
    """Cross and isolated margin accounts, fees, leverage, BNB burn."""
    trade: _surface.TradeApi
    """Orders, order lists (OCO/OTO/OTOCO), trades and order-count usage."""
    borrow_repay: _surface.BorrowRepayApi
    """Borrowing, repaying, interest and borrow limits."""
    transfer: _surface.TransferApi
    """Transfers between spot, cross and isolated accounts, and their history."""
    market_data: _surface.MarketDataApi
    """Margin assets, pairs, price index, tiers and schedules."""
    risk: _surface.RiskApi
    """Liquidation records, small-liability exchange, liquidation loans."""
    data_stream: _surface.DataStreamApi
    """Listen keys and listen tokens for the user data streams."""
    special_key: _surface.SpecialKeyApi
    """Special API keys for low-latency margin trading."""

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        private_key: bytes | str | os.PathLike[str] | None = None,
        private_key_password: str | bytes | None = None,
        base_url: str | None = None,
        recv_window: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        proxy: str | None = None,
        time_sync: bool | None = None,
        ws_api_url: str | None = None,
        risk_stream_url: str | None = None,
        config: ClientConfig | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        validate_orders: bool = False,
        rate_limit_redis_url: str | None = None,
        min_margin_level_after: Decimal | None = None,
    ) -> None:
        cfg = _config_from_arguments(
            config,
            api_key=api_key,
            api_secret=api_secret,
            private_key=private_key,
            private_key_password=private_key_password,
            base_url=base_url,
            recv_window=recv_window,
            timeout=timeout,
            max_retries=max_retries,
            proxy=proxy,
            time_sync=time_sync,
            rate_limit_redis_url=rate_limit_redis_url,
            ws_api_url=ws_api_url,
            risk_stream_url=risk_stream_url,
            min_margin_level_after=min_margin_level_after,
        )
        self._runtime = SyncRuntime(cfg, http_client=http_client, transport=transport)
        for attr, (sync_name, _async_name) in _surface.GROUPS.items():
            setattr(self, attr, getattr(_surface, sync_name)(self._runtime))
        self._positions: Positions | None = None
        self._rules: FilterCache | None = None
        self.validate_orders = validate_orders
        """Whether orders are checked against the symbol's exchange filters before they are sent."""
        if validate_orders or cfg.min_margin_level_after is not None:
            from ._order_checks import SyncOrderChecks
            from .positions._guard import SyncGuard

            guard = None
            if cfg.min_margin_level_after is not None:
                guard = SyncGuard(self, cfg.min_margin_level_after, cfg.margin_snapshot_max_age)
            cache = self._rule_cache() if validate_orders else None
            self.trade = _surface.TradeApi(SyncOrderChecks(self._runtime, cache, guard))

    @property
    def positions(self) -> Positions:
        """Positions and risk: ``snapshot()`` (margin level, bars, liquidation prices, what-if); docs/positions.md."""
        if self._positions is None:
            from .positions import Positions

            self._positions = Positions(self)
        return self._positions

    def _rule_cache(self) -> FilterCache:
        if self._rules is None:
            from ._filters_cache import FilterCache

            self._rules = FilterCache(lambda symbol: self.general.get_exchange_info(symbol=symbol))
        return self._rules

    def symbol_rules(self, symbol: str, *, refresh: bool = False) -> SymbolRules:
        """A symbol's trading rules and filters from ``GET /api/v3/exchangeInfo``, cached per client.

        Use them with ``binance_margin.filters`` (``quantize_price``, ``quantize_quantity``, ``validate_order``).
        ``refresh=True`` reloads them (Binance changes filters from time to time).
        """
        cache = self._rule_cache()
        return cache.refresh(symbol) if refresh else cache.get(symbol)

    @property
    def config(self) -> ClientConfig:
        """The configuration in use (secrets stay hidden when printed)."""
        return self._runtime.core.config

    @property
    def rate_limits(self) -> RateLimitStatus:
        """Used and remaining budget per limit, and the highest counts Binance reported in the current window.

        Never moves backwards within a window. With a Redis budget, the fleet's counts as of this client's latest
        request; ``read_rate_limits()`` reads them now.
        """
        return self._runtime.governor.status()

    @property
    def time_offset_ms(self) -> int:
        """Milliseconds added to the local clock for ``timestamp`` (0 until the first synchronisation)."""
        return self._runtime.core.clock.offset_ms

    def read_rate_limits(self) -> RateLimitStatus:
        """``rate_limits`` with the fleet's current counts read from Redis (the local view without Redis)."""
        return self._runtime.governor.status(refresh=True)

    def sync_time(self) -> int:
        """Read Binance's server time now and keep the offset; return it in ms."""
        return self._runtime.sync_time()

    def warm_up(self, connections: int = 1) -> int:
        """Open pooled connections now (DNS, TCP and TLS), so the first call does not wait for them.

        Opens connections until ``connections`` are idle in the pool and returns how many it opened (0 when they
        already were); nothing is sent on them. It also prepares what placing an order first builds (the endpoint's
        module and models), so the first ``trade.new_order`` pays for neither. Through httpx (``http_client=``,
        ``transport=``, a proxy) a connection opens only with a request: one ``GET /api/v3/ping`` (weight 1) is
        sent instead. To keep a
        connection open afterwards, configure ``keep_warm``.

        Raises:
            TransportError: a connection could not be opened (the ones opened before stay in the pool).
        """
        return self._runtime.warm_up(connections)

    def reconcile_order(
        self, *, symbol: str, client_order_id: str, margin: MarginMode = CROSS, wait: float = 0.0
    ) -> MarginOrder | None:
        """Look an order up by its client order id; ``None`` if Binance does not know it.

        Use it after ``UnknownExecutionStatus``:
        ``client.reconcile_order(symbol=e.symbol, client_order_id=e.client_order_id, margin=e.margin)``.
        Binance's order data can lag a moment behind: with ``wait`` > 0 the lookup is repeated until the order
        shows up or ``wait`` seconds have passed. Only after ``None`` is it safe to place the order again.
        """
        return reconcile_order(self, symbol=symbol, client_order_id=client_order_id, margin=margin, wait=wait)

    def reconcile(self, error: UnknownExecutionStatus, *, wait: float = 0.0) -> Reconciled | None:
        """What the request an ``UnknownExecutionStatus`` left in doubt did; ``None`` once it is sure it did nothing.

        Orders are looked up by the client order id the SDK set (``MarginOrder``; ``MarginOrderList`` for OCO, OTO
        and OTOCO), borrows and repays in the borrow-repay records (``BorrowRepayRecord``), universal transfers in
        the transfer history (``UniversalTransferRecord``), matched by asset, amount, type, account and time.

        A request delayed in the network still executes until ``timestamp + recvWindow`` has passed on Binance's
        clock, so while nothing is found the lookup is repeated until then (plus the clock offset and a second);
        ``None`` is only answered after that moment, and only then is it safe to send the request again. ``wait``
        keeps looking at least that many seconds.

        Raises:
            AmbiguousReconciliationError: several borrow/repay/transfer records match (``candidates``).
            ValidationError: the operation cannot be reconciled automatically.
        """
        from ._reconcile import RECONCILE_POLL, final_moment, lookup_for  # on first use: import time

        lookup = lookup_for(error)
        runtime = self._runtime
        if runtime.core.clock.stale():
            # With time_sync on, know Binance's clock before deciding when "not found" is final: a fresh client
            # (a new process reconciling) has no offset yet, and ``error.timestamp`` is on Binance's clock.
            runtime.sync_time()
        final = final_moment(error, runtime.core.clock.offset_ms, wait)
        while True:
            try:
                found = lookup.pick(runtime.call(lookup.op, lookup.params, lookup.margin))
            except lookup.not_found:
                found = None
            if found is not None:
                return cast("Reconciled", found)
            remaining = final - time.time()
            if remaining <= 0:
                return None
            runtime.sleep(min(RECONCILE_POLL, remaining))

    def spec_drift(self) -> SpecDrift:
        """What Binance sent to this client that ``spec/margin.yaml`` does not know, so far.

        Response keys the models do not know (name and JSON type, never values), enum values outside the spec,
        stream event types and event keys outside the spec (its streams record here too), error codes outside the
        error table. Each is also logged once at INFO on the ``binance_margin.drift`` logger. ``.save(path)`` keeps
        the record for ``binance-margin spec-drift --from path --patch`` (docs/regenerating.md); with
        ``BINANCE_SPEC_DRIFT_FILE`` set the client saves it when it closes.
        """
        return self._runtime.core.drift.snapshot()

    def user_stream(self, *accounts: MarginMode, validity: float | timedelta | None = None) -> Stream:
        """Follow orders, fills and balances of the cross account and any isolated pairs, live, on one connection.

        ``with client.user_stream(CROSS, Isolated("BTCUSDT")) as stream: for event in stream: ...``; with no
        account it follows the cross account. Each event's ``account`` says whose it is. Listen tokens are renewed
        halfway through their life on the same connection (no gap, no duplicate); after a reconnect the stream
        yields ``StreamReconnected`` then ``Resync`` (open orders and balances from REST). See docs/streams.md.

        Args:
            accounts: ``CROSS`` and/or ``Isolated("PAIR")`` (default: ``CROSS``).
            validity: lifetime of each listen token, seconds or a ``timedelta``; default and maximum 24 hours.

        Raises:
            MarginModeError: an ``Isolated()`` without its pair.
            StreamError: (when started or while iterating) the stream cannot start or go on.
        """
        from .streams import Stream

        return Stream(self, "user", accounts, validity)

    def risk_stream(self) -> Stream:
        """Follow the cross account's margin level status and liability changes, live (risk data stream).

        ``with client.risk_stream() as stream: for event in stream: ...``: ``MarginLevelStatusChange`` and
        ``UserLiabilityChange`` events; the listenKey is kept alive, reconnects yield ``StreamReconnected`` and
        ``Resync`` as for ``user_stream``.
        """
        from .streams import Stream

        return Stream(self, "risk", (), None)

    def close(self) -> None:
        """Close the connections (a client passed as ``http_client`` is left open)."""
        self._runtime.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        cfg = self.config
        return f"MarginClient(base_url={cfg.base_url!r}, credentials={cfg.credentials_kind!r})"


class AsyncMarginClient:
    """Asynchronous client for Binance margin trading; the same surface as ``MarginClient``, awaited.

    Takes the same arguments as ``MarginClient`` (``http_client`` is an ``httpx.AsyncClient`` and ``transport`` an
    async transport). Use ``async with`` or ``await client.aclose()``.
    """

    general: _surface.AsyncGeneralApi
    """Connectivity, server time and exchange filters (spot API)."""
    account: _surface.AsyncAccountApi
    """Cross and isolated margin accounts, fees, leverage, BNB burn."""
    trade: _surface.AsyncTradeApi
    """Orders, order lists (OCO/OTO/OTOCO), trades and order-count usage."""
    borrow_repay: _surface.AsyncBorrowRepayApi
    """Borrowing, repaying, interest and borrow limits."""
    transfer: _surface.AsyncTransferApi
    """Transfers between spot, cross and isolated accounts, and their history."""
    market_data: _surface.AsyncMarketDataApi
    """Margin assets, pairs, price index, tiers and schedules."""
    risk: _surface.AsyncRiskApi
    """Liquidation records, small-liability exchange, liquidation loans."""
    data_stream: _surface.AsyncDataStreamApi
    """Listen keys and listen tokens for the user data streams."""
    special_key: _surface.AsyncSpecialKeyApi
    """Special API keys for low-latency margin trading."""

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        private_key: bytes | str | os.PathLike[str] | None = None,
        private_key_password: str | bytes | None = None,
        base_url: str | None = None,
        recv_window: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        proxy: str | None = None,
        time_sync: bool | None = None,
        ws_api_url: str | None = None,
        risk_stream_url: str | None = None,
        config: ClientConfig | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        validate_orders: bool = False,
        rate_limit_redis_url: str | None = None,
        min_margin_level_after: Decimal | None = None,
    ) -> None:
        cfg = _config_from_arguments(
            config,
            api_key=api_key,
            api_secret=api_secret,
            private_key=private_key,
            private_key_password=private_key_password,
            base_url=base_url,
            recv_window=recv_window,
            timeout=timeout,
            max_retries=max_retries,
            proxy=proxy,
            time_sync=time_sync,
            rate_limit_redis_url=rate_limit_redis_url,
            ws_api_url=ws_api_url,
            risk_stream_url=risk_stream_url,
            min_margin_level_after=min_margin_level_after,
        )
        self._runtime = AsyncRuntime(cfg, http_client=http_client, transport=transport)
        for attr, (_sync_name, async_name) in _surface.GROUPS.items():
            setattr(self, attr, getattr(_surface, async_name)(self._runtime))
        self._positions: AsyncPositions | None = None
        self._rules: AsyncFilterCache | None = None
        self.validate_orders = validate_orders
        """Whether orders are checked against the symbol's exchange filters before they are sent."""
        if validate_orders or cfg.min_margin_level_after is not None:
            from ._order_checks import AsyncOrderChecks
            from .positions._guard import AsyncGuard

            guard = None
            if cfg.min_margin_level_after is not None:
                guard = AsyncGuard(self, cfg.min_margin_level_after, cfg.margin_snapshot_max_age)
            cache = self._rule_cache() if validate_orders else None
            self.trade = _surface.AsyncTradeApi(AsyncOrderChecks(self._runtime, cache, guard))

    @property
    def positions(self) -> AsyncPositions:
        """Positions and risk: ``await snapshot()`` (margin level, bars, liquidation prices, what-if); see
        docs/positions.md."""
        if self._positions is None:
            from .positions import AsyncPositions

            self._positions = AsyncPositions(self)
        return self._positions

    def _rule_cache(self) -> AsyncFilterCache:
        if self._rules is None:
            from ._filters_cache import AsyncFilterCache

            async def load(symbol: str) -> ExchangeInfo:
                return await self.general.get_exchange_info(symbol=symbol)

            self._rules = AsyncFilterCache(load)
        return self._rules

    async def symbol_rules(self, symbol: str, *, refresh: bool = False) -> SymbolRules:
        """A symbol's trading rules and filters from ``GET /api/v3/exchangeInfo``, cached per client.

        ``refresh=True`` reloads them.
        """
        cache = self._rule_cache()
        return await (cache.refresh(symbol) if refresh else cache.get(symbol))

    @property
    def config(self) -> ClientConfig:
        """The configuration in use (secrets stay hidden when printed)."""
        return self._runtime.core.config

    @property
    def rate_limits(self) -> RateLimitStatus:
        """Used and remaining budget per limit, and the highest counts Binance reported in the current window.

        Never moves backwards within a window. With a Redis budget, the fleet's counts as of this client's latest
        request; ``read_rate_limits()`` reads them now.
        """
        return self._runtime.governor.status()

    @property
    def time_offset_ms(self) -> int:
        """Milliseconds added to the local clock for ``timestamp`` (0 until the first synchronisation)."""
        return self._runtime.core.clock.offset_ms

    async def read_rate_limits(self) -> RateLimitStatus:
        """``rate_limits`` with the fleet's current counts read from Redis (the local view without Redis)."""
        return await self._runtime.governor.read_status()

    async def sync_time(self) -> int:
        """Read Binance's server time now and keep the offset; return it in ms."""
        return await self._runtime.sync_time()

    async def warm_up(self, connections: int = 1) -> int:
        """Open pooled connections now (DNS, TCP and TLS, concurrently), so the first call does not wait for them.

        Opens connections until ``connections`` are idle in the pool and returns how many it opened (0 when they
        already were); nothing is sent on them. It also prepares what placing an order first builds (the endpoint's
        module and models), so the first ``trade.new_order`` pays for neither. Through httpx (``http_client=``,
        ``transport=``, a proxy) a connection opens only with a request: one ``GET /api/v3/ping`` (weight 1) is
        sent instead. With
        ``keep_warm`` configured, also starts the task that keeps a connection open on this loop.

        Raises:
            TransportError: a connection could not be opened (the ones opened before stay in the pool).
        """
        return await self._runtime.warm_up(connections)

    async def reconcile_order(
        self, *, symbol: str, client_order_id: str, margin: MarginMode = CROSS, wait: float = 0.0
    ) -> MarginOrder | None:
        """Look an order up by its client order id; ``None`` if Binance does not know it (see ``MarginClient``)."""
        return await async_reconcile_order(
            self, symbol=symbol, client_order_id=client_order_id, margin=margin, wait=wait
        )

    async def reconcile(self, error: UnknownExecutionStatus, *, wait: float = 0.0) -> Reconciled | None:
        """What the request an ``UnknownExecutionStatus`` left in doubt did; ``None`` once it is sure it did nothing.

        See ``MarginClient.reconcile``: "not found" is only final after ``timestamp + recvWindow`` has passed.

        Raises:
            AmbiguousReconciliationError: several borrow/repay/transfer records match (``candidates``).
            ValidationError: the operation cannot be reconciled automatically.
        """
        from ._reconcile import RECONCILE_POLL, final_moment, lookup_for  # on first use: import time

        lookup = lookup_for(error)
        runtime = self._runtime
        if runtime.core.clock.stale():  # see MarginClient.reconcile: Binance's clock before the finality moment
            await runtime.sync_time()
        final = final_moment(error, runtime.core.clock.offset_ms, wait)
        while True:
            try:
                found = lookup.pick(await runtime.call(lookup.op, lookup.params, lookup.margin))
            except lookup.not_found:
                found = None
            if found is not None:
                return cast("Reconciled", found)
            remaining = final - time.time()
            if remaining <= 0:
                return None
            await runtime.sleep(min(RECONCILE_POLL, remaining))

    def spec_drift(self) -> SpecDrift:
        """What Binance sent to this client that ``spec/margin.yaml`` does not know, so far.

        Response keys the models do not know (name and JSON type, never values), enum values outside the spec,
        stream event types and event keys outside the spec (its streams record here too), error codes outside the
        error table. Each is also logged once at INFO on the ``binance_margin.drift`` logger. ``.save(path)`` keeps
        the record for ``binance-margin spec-drift --from path --patch`` (docs/regenerating.md); with
        ``BINANCE_SPEC_DRIFT_FILE`` set the client saves it when it closes.
        """
        return self._runtime.core.drift.snapshot()

    def user_stream(self, *accounts: MarginMode, validity: float | timedelta | None = None) -> AsyncStream:
        """Follow orders, fills and balances of the cross account and any isolated pairs, live, on one connection.

        ``async with aclient.user_stream(CROSS, Isolated("BTCUSDT")) as stream: async for event in stream: ...``;
        the same behaviour as ``MarginClient.user_stream`` (renewal, reconnect, ``StreamReconnected`` + ``Resync``).

        Args:
            accounts: ``CROSS`` and/or ``Isolated("PAIR")`` (default: ``CROSS``).
            validity: lifetime of each listen token, seconds or a ``timedelta``; default and maximum 24 hours.
        """
        from .streams import AsyncStream

        return AsyncStream(self, "user", accounts, validity)

    def risk_stream(self) -> AsyncStream:
        """Follow the cross account's margin level status and liability changes, live (risk data stream)."""
        from .streams import AsyncStream

        return AsyncStream(self, "risk", (), None)

    async def aclose(self) -> None:
        """Close the connections (a client passed as ``http_client`` is left open)."""
        await self._runtime.aclose()

    async def close(self) -> None:
        """Same as ``aclose()``."""
        await self._runtime.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        cfg = self.config
        return f"AsyncMarginClient(base_url={cfg.base_url!r}, credentials={cfg.credentials_kind!r})"


def _lookup_params(symbol: str, client_order_id: str) -> dict[str, Any]:
    op = _ops.OPERATIONS["getOrder"]
    names = {p.name: p.python_name for p in op.params}
    return {names["symbol"]: symbol, names["origClientOrderId"]: client_order_id}


def reconcile_order(
    client: MarginClient, *, symbol: str, client_order_id: str, margin: MarginMode = CROSS, wait: float = 0.0
) -> MarginOrder | None:
    """Look an order up by its client order id (``GET /sapi/v1/margin/order``); ``None`` if Binance does not know it.

    With ``wait`` > 0, an unknown order is looked up again every half second until ``wait`` seconds have passed.
    Other errors propagate.
    """
    op = _ops.OPERATIONS["getOrder"]
    params = _lookup_params(symbol, client_order_id)
    deadline = time.monotonic() + wait
    while True:
        try:
            order: MarginOrder = client._runtime.call(op, params, margin)
            return order
        except UnknownOrderError:
            if time.monotonic() + _RECONCILE_POLL > deadline:
                return None
            client._runtime.sleep(_RECONCILE_POLL)


async def async_reconcile_order(
    client: AsyncMarginClient, *, symbol: str, client_order_id: str, margin: MarginMode = CROSS, wait: float = 0.0
) -> MarginOrder | None:
    """The asynchronous ``reconcile_order``."""
    op = _ops.OPERATIONS["getOrder"]
    params = _lookup_params(symbol, client_order_id)
    deadline = time.monotonic() + wait
    while True:
        try:
            order: MarginOrder = await client._runtime.call(op, params, margin)
            return order
        except UnknownOrderError:
            if time.monotonic() + _RECONCILE_POLL > deadline:
                return None
            await client._runtime.sleep(_RECONCILE_POLL)
