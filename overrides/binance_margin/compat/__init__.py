"""python-binance's margin method names, on today's endpoints, returning typed models.

For code written against python-binance's "Margin Trading Endpoints" page. Half of those helpers call endpoints
Binance retired in 2024; here each name does the same job on the current endpoint (see ``spec/RETIRED.md`` and
the migration guide)::

    from binance_margin.compat import Client
    from binance_margin.compat.enums import *

    client = Client(api_key, api_secret)
    order = client.create_margin_order(symbol="BNBBTC", side=SIDE_BUY, type=ORDER_TYPE_LIMIT,
                                       timeInForce=TIME_IN_FORCE_GTC, quantity="100", price="0.00001")
    order["orderId"], order.order_id      # Binance's key (python-binance style) or the typed attribute

Results answer python-binance-style code: ``order["orderId"]``, ``order.get("fills", [])``, ``"fills" in order``,
``info["userAssets"][0]["free"]`` give Binance's keys and values as Binance sent them (numeric strings stay
strings, nested rows are dicts), and the same objects are typed models for new code (``order.order_id``).
Numbers and flags may be given the way python-binance passed them through (``orderId='123'``, ``limit='10'``,
``isIsolated='TRUE'``); they are converted exactly, and text that is not a number is refused.

Differences from python-binance: amounts are ``Decimal`` (a ``float`` is refused: pass a string or ``Decimal``),
results are not ``dict`` instances (``.to_dict()`` gives one, e.g. for ``json.dumps``), and errors are
``binance_margin.errors``.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from .._errors import BinanceError
from . import _plans
from ._plans import Amount, NotFoundError, Number, Plan, TransferLegError, TwoLegTransfer

if TYPE_CHECKING:
    from binance_margin_generated.models import (
        BorrowRepayRecords,
        CancelledOrder,
        CrossMarginAccount,
        CrossMarginPair,
        IsolatedAccountToggleResult,
        IsolatedMarginAccount,
        IsolatedMarginPair,
        MarginAsset,
        MarginOrder,
        MarginTrade,
        MaxBorrowable,
        MaxTransferable,
        NewOrderResult,
        PriceIndex,
        TransactionId,
    )

    from .._client import AsyncMarginClient, MarginClient

__all__ = ["AsyncClient", "Client", "NotFoundError", "TransferLegError", "TwoLegTransfer"]

T = TypeVar("T")
Flag = str | bool | None


def _client_kwargs(
    base_url: str | None,
    private_key: str | bytes | None,
    private_key_pass: str | bytes | None,
    options: dict[str, Any],
) -> dict[str, Any]:
    kwargs = dict(options)
    if base_url is not None:
        kwargs["base_url"] = base_url
    if private_key is not None:
        kwargs["private_key"] = private_key
    if private_key_pass is not None:
        kwargs["private_key_password"] = private_key_pass
    return kwargs


class Client:
    """python-binance's ``Client`` margin methods on today's endpoints (synchronous).

    Args:
        api_key: API key (default: ``BINANCE_API_KEY``).
        api_secret: HMAC secret (default: ``BINANCE_API_SECRET``).
        base_url: API root, e.g. a local sandbox ``http://127.0.0.1:8900``.
        private_key: RSA or Ed25519 private key (PEM bytes or a path), instead of ``api_secret``.
        private_key_pass: its password, if any.
        **options: any other ``MarginClient`` option (``recv_window``, ``timeout``, ``validate_orders`` ...).

    Unlike python-binance, constructing a client sends no request.
    """

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        private_key: str | bytes | None = None,
        private_key_pass: str | bytes | None = None,
        **options: Any,
    ) -> None:
        from .._client import MarginClient

        self.client: MarginClient = MarginClient(
            api_key, api_secret, **_client_kwargs(base_url, private_key, private_key_pass, options)
        )
        """The typed client underneath, for everything beyond python-binance's names."""

    def _run(self, plan: Plan[T]) -> T:
        try:
            call = next(plan)
            while True:
                method = getattr(getattr(self.client, call.group), call.method)
                try:
                    result = method(**_plans.coerce(call.kwargs))
                except BinanceError as exc:
                    call = plan.throw(exc)
                else:
                    call = plan.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    def close_connection(self) -> None:
        """Close the HTTP connections (python-binance's name for ``close()``)."""
        self.client.close()

    def close(self) -> None:
        """Close the HTTP connections."""
        self.client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- market data --------------------------------------------------------------------------------------------

    def get_margin_asset(self, *, asset: str) -> MarginAsset:
        """One margin asset, via ``GET /sapi/v1/margin/allAssets?asset=`` (the old endpoint is retired).

        Raises:
            NotFoundError: Binance lists no such margin asset.
        """
        return self._run(_plans.get_margin_asset(asset))

    def get_margin_symbol(self, *, symbol: str) -> CrossMarginPair:
        """One cross margin pair, via ``GET /sapi/v1/margin/allPairs?symbol=`` (the old endpoint is retired).

        Raises:
            NotFoundError: Binance lists no such cross margin pair.
        """
        return self._run(_plans.get_margin_symbol(symbol))

    def get_isolated_margin_symbol(self, *, symbol: str) -> IsolatedMarginPair:
        """One isolated margin pair, via ``GET /sapi/v1/margin/isolated/allPairs?symbol=`` (old one retired).

        Raises:
            NotFoundError: Binance lists no such isolated margin pair.
        """
        return self._run(_plans.get_isolated_margin_symbol(symbol))

    def get_all_isolated_margin_symbols(self) -> list[IsolatedMarginPair]:
        """Every isolated margin pair (``GET /sapi/v1/margin/isolated/allPairs``)."""
        return self.client.market_data.get_all_isolated_pairs()

    def get_margin_price_index(self, *, symbol: str) -> PriceIndex:
        """The margin price index of a symbol (``GET /sapi/v1/margin/priceIndex``)."""
        return self.client.market_data.get_price_index(symbol=symbol)

    # -- orders ---------------------------------------------------------------------------------------------------

    def create_margin_order(
        self,
        *,
        symbol: str,
        side: str,
        type: str,
        quantity: Amount | None = None,
        price: Amount | None = None,
        stopPrice: Amount | None = None,
        timeInForce: str | None = None,
        quoteOrderQty: Amount | None = None,
        icebergQty: Amount | None = None,
        newClientOrderId: str | None = None,
        newOrderRespType: str | None = None,
        sideEffectType: str | None = None,
        selfTradePreventionMode: str | None = None,
        autoRepayAtCancel: Flag = None,
        trailingDelta: Number | None = None,
        isIsolated: Flag = None,
        recvWindow: Number | None = None,
    ) -> NewOrderResult:
        """Place a margin order (``POST /sapi/v1/margin/order``).

        ``isIsolated='TRUE'`` places it in the isolated account of ``symbol``. The SDK sets a
        ``newClientOrderId`` when you give none, so an order whose outcome is unknown can be reconciled.
        """
        return cast("NewOrderResult", self._run(_plans.create_margin_order(locals_without_self(locals()))))

    def get_margin_order(
        self,
        *,
        symbol: str,
        orderId: Number | None = None,
        origClientOrderId: str | None = None,
        isIsolated: Flag = None,
        recvWindow: Number | None = None,
    ) -> MarginOrder:
        """One margin order by ``orderId`` or ``origClientOrderId`` (``GET /sapi/v1/margin/order``)."""
        return cast("MarginOrder", self._run(_plans.order_query("get_order", locals_without_self(locals()))))

    def cancel_margin_order(
        self,
        *,
        symbol: str,
        orderId: Number | None = None,
        origClientOrderId: str | None = None,
        newClientOrderId: str | None = None,
        isIsolated: Flag = None,
        recvWindow: Number | None = None,
    ) -> CancelledOrder:
        """Cancel a margin order (``DELETE /sapi/v1/margin/order``)."""
        plan = _plans.order_query("cancel_order", locals_without_self(locals()))
        return cast("CancelledOrder", self._run(plan))

    def get_open_margin_orders(
        self, *, symbol: str | None = None, isIsolated: Flag = None, recvWindow: Number | None = None
    ) -> list[MarginOrder]:
        """Open margin orders (``GET /sapi/v1/margin/openOrders``); ``symbol`` is required for isolated."""
        plan = _plans.order_query("get_open_orders", locals_without_self(locals()))
        return cast("list[MarginOrder]", self._run(plan))

    def get_all_margin_orders(
        self,
        *,
        symbol: str,
        orderId: Number | None = None,
        startTime: Number | None = None,
        endTime: Number | None = None,
        limit: Number | None = None,
        isIsolated: Flag = None,
        recvWindow: Number | None = None,
    ) -> list[MarginOrder]:
        """All margin orders of a symbol (``GET /sapi/v1/margin/allOrders``)."""
        plan = _plans.order_query("get_all_orders", locals_without_self(locals()))
        return cast("list[MarginOrder]", self._run(plan))

    def get_margin_trades(
        self,
        *,
        symbol: str,
        orderId: Number | None = None,
        startTime: Number | None = None,
        endTime: Number | None = None,
        fromId: Number | None = None,
        limit: Number | None = None,
        isIsolated: Flag = None,
        recvWindow: Number | None = None,
    ) -> list[MarginTrade]:
        """Your margin trades of a symbol (``GET /sapi/v1/margin/myTrades``)."""
        plan = _plans.order_query("get_my_trades", locals_without_self(locals()))
        return cast("list[MarginTrade]", self._run(plan))

    # -- accounts -------------------------------------------------------------------------------------------------

    def get_margin_account(self) -> CrossMarginAccount:
        """The cross margin account (``GET /sapi/v1/margin/account``)."""
        return self.client.account.get_cross_account()

    def create_isolated_margin_account(self, *, base: str, quote: str) -> IsolatedAccountToggleResult:
        """What the retired ``POST /sapi/v1/margin/isolated/create`` does today.

        Binance creates an isolated account with the first transfer into it, so nothing is created here: the
        pair is checked to be an isolated margin pair and, if you disabled it, re-enabled (``POST
        /sapi/v1/margin/isolated/account``). Fund it with ``transfer_spot_to_isolated_margin``.

        Raises:
            NotFoundError: ``base + quote`` is not an isolated margin pair.
        """
        return self._run(_plans.create_isolated_margin_account(base, quote))

    def get_isolated_margin_account(
        self, *, symbols: str | list[str] | None = None, recvWindow: Number | None = None
    ) -> IsolatedMarginAccount:
        """Isolated margin accounts (``GET /sapi/v1/margin/isolated/account``); ``symbols`` "A,B" (at most 5)."""
        return self.client.account.get_isolated_account(
            symbols=_plans.symbols_list(symbols), recv_window=_plans.opt_int("recvWindow", recvWindow)
        )

    # -- transfers ------------------------------------------------------------------------------------------------

    def transfer_spot_to_margin(self, *, asset: str, amount: Amount) -> TransactionId:
        """Spot -> cross margin, via the universal transfer ``MAIN_MARGIN`` (the old endpoint is retired)."""
        return cast(
            "TransactionId",
            self._run(_plans.plain(_plans.transfer("MAIN_MARGIN", asset, amount))),
        )

    def transfer_margin_to_spot(self, *, asset: str, amount: Amount) -> TransactionId:
        """Cross margin -> spot, via the universal transfer ``MARGIN_MAIN`` (the old endpoint is retired)."""
        return cast(
            "TransactionId",
            self._run(_plans.plain(_plans.transfer("MARGIN_MAIN", asset, amount))),
        )

    def transfer_spot_to_isolated_margin(self, *, asset: str, symbol: str, amount: Amount) -> TwoLegTransfer:
        """Spot -> isolated margin, as two universal transfers through cross margin.

        ``MAIN_MARGIN``, then ``MARGIN_ISOLATEDMARGIN`` with ``toSymbol``. Neither leg is ever retried.

        Raises:
            TransferLegError: the first leg went through and the second did not; it says where the funds are.
        """
        return self._run(_plans.spot_to_isolated(asset, symbol, amount))

    def transfer_isolated_margin_to_spot(self, *, asset: str, symbol: str, amount: Amount) -> TwoLegTransfer:
        """Isolated margin -> spot, as two universal transfers through cross margin.

        ``ISOLATEDMARGIN_MARGIN`` with ``fromSymbol``, then ``MARGIN_MAIN``. Neither leg is ever retried.

        Raises:
            TransferLegError: the first leg went through and the second did not; it says where the funds are.
        """
        return self._run(_plans.isolated_to_spot(asset, symbol, amount))

    def get_max_margin_transfer(
        self, *, asset: str, isolatedSymbol: str | None = None, recvWindow: Number | None = None
    ) -> MaxTransferable:
        """How much of ``asset`` can leave the margin account (``GET /sapi/v1/margin/maxTransferable``)."""
        margin = _plans.margin_from_isolated_symbol(isolatedSymbol)
        return self.client.transfer.get_max_transferable(
            asset=asset, margin=margin, recv_window=_plans.opt_int("recvWindow", recvWindow)
        )

    # -- borrow and repay -----------------------------------------------------------------------------------------

    def create_margin_loan(
        self, *, asset: str, amount: Amount, isIsolated: Flag = None, symbol: str | None = None
    ) -> TransactionId:
        """Borrow, via ``POST /sapi/v1/margin/borrow-repay`` type ``BORROW`` (the old endpoint is retired)."""
        return cast("TransactionId", self._run(_plans.borrow_repay("BORROW", asset, amount, isIsolated, symbol)))

    def repay_margin_loan(
        self, *, asset: str, amount: Amount, isIsolated: Flag = None, symbol: str | None = None
    ) -> TransactionId:
        """Repay, via ``POST /sapi/v1/margin/borrow-repay`` type ``REPAY`` (the old endpoint is retired)."""
        return cast("TransactionId", self._run(_plans.borrow_repay("REPAY", asset, amount, isIsolated, symbol)))

    def get_margin_loan_details(
        self,
        *,
        asset: str | None = None,
        txId: Number | None = None,
        isolatedSymbol: str | None = None,
        startTime: Number | None = None,
        endTime: Number | None = None,
        current: Number | None = None,
        size: Number | None = None,
        archived: str | bool | None = None,
        recvWindow: Number | None = None,
    ) -> BorrowRepayRecords:
        """Loan records, via ``GET /sapi/v1/margin/borrow-repay`` type ``BORROW`` (the old endpoint is retired)."""
        params = locals_without_self(locals())
        return cast("BorrowRepayRecords", self._run(_plans.borrow_repay_records("BORROW", params.pop("asset"), params)))

    def get_margin_repay_details(
        self,
        *,
        asset: str | None = None,
        txId: Number | None = None,
        isolatedSymbol: str | None = None,
        startTime: Number | None = None,
        endTime: Number | None = None,
        current: Number | None = None,
        size: Number | None = None,
        archived: str | bool | None = None,
        recvWindow: Number | None = None,
    ) -> BorrowRepayRecords:
        """Repay records, via ``GET /sapi/v1/margin/borrow-repay`` type ``REPAY`` (the old endpoint is retired)."""
        params = locals_without_self(locals())
        return cast("BorrowRepayRecords", self._run(_plans.borrow_repay_records("REPAY", params.pop("asset"), params)))

    def get_max_margin_loan(
        self, *, asset: str, isolatedSymbol: str | None = None, recvWindow: Number | None = None
    ) -> MaxBorrowable:
        """How much of ``asset`` you can borrow (``GET /sapi/v1/margin/maxBorrowable``, weight 750 UID)."""
        margin = _plans.margin_from_isolated_symbol(isolatedSymbol)
        return self.client.borrow_repay.get_max_borrowable(
            asset=asset, margin=margin, recv_window=_plans.opt_int("recvWindow", recvWindow)
        )


class AsyncClient:
    """python-binance's ``AsyncClient`` margin methods on today's endpoints: the same names, as coroutines.

    Args:
        api_key: API key (default: ``BINANCE_API_KEY``).
        api_secret: HMAC secret (default: ``BINANCE_API_SECRET``).
        base_url: API root, e.g. a local sandbox ``http://127.0.0.1:8900``.
        private_key: RSA or Ed25519 private key (PEM bytes or a path), instead of ``api_secret``.
        private_key_pass: its password, if any.
        **options: any other ``MarginClient`` option (``recv_window``, ``timeout``, ``validate_orders`` ...).

    Unlike python-binance, constructing a client sends no request. Use ``async with`` or
    ``await client.close_connection()``.
    """

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        private_key: str | bytes | None = None,
        private_key_pass: str | bytes | None = None,
        **options: Any,
    ) -> None:
        from .._client import AsyncMarginClient

        self.client: AsyncMarginClient = AsyncMarginClient(
            api_key, api_secret, **_client_kwargs(base_url, private_key, private_key_pass, options)
        )
        """The typed client underneath, for everything beyond python-binance's names."""

    async def _run(self, plan: Plan[T]) -> T:
        try:
            call = next(plan)
            while True:
                method = getattr(getattr(self.client, call.group), call.method)
                try:
                    result = await method(**_plans.coerce(call.kwargs))
                except BinanceError as exc:
                    call = plan.throw(exc)
                else:
                    call = plan.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    async def close_connection(self) -> None:
        """Close the HTTP connections (python-binance's name; ``await client.close_connection()``)."""
        await self.client.aclose()

    async def aclose(self) -> None:
        """Close the HTTP connections."""
        await self.client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # -- market data --------------------------------------------------------------------------------------------

    async def get_margin_asset(self, *, asset: str) -> MarginAsset:
        """One margin asset, via ``GET /sapi/v1/margin/allAssets?asset=`` (the old endpoint is retired).

        Raises:
            NotFoundError: Binance lists no such margin asset.
        """
        return await self._run(_plans.get_margin_asset(asset))

    async def get_margin_symbol(self, *, symbol: str) -> CrossMarginPair:
        """One cross margin pair, via ``GET /sapi/v1/margin/allPairs?symbol=`` (the old endpoint is retired).

        Raises:
            NotFoundError: Binance lists no such cross margin pair.
        """
        return await self._run(_plans.get_margin_symbol(symbol))

    async def get_isolated_margin_symbol(self, *, symbol: str) -> IsolatedMarginPair:
        """One isolated margin pair, via ``GET /sapi/v1/margin/isolated/allPairs?symbol=`` (old one retired).

        Raises:
            NotFoundError: Binance lists no such isolated margin pair.
        """
        return await self._run(_plans.get_isolated_margin_symbol(symbol))

    async def get_all_isolated_margin_symbols(self) -> list[IsolatedMarginPair]:
        """Every isolated margin pair (``GET /sapi/v1/margin/isolated/allPairs``)."""
        return await self.client.market_data.get_all_isolated_pairs()

    async def get_margin_price_index(self, *, symbol: str) -> PriceIndex:
        """The margin price index of a symbol (``GET /sapi/v1/margin/priceIndex``)."""
        return await self.client.market_data.get_price_index(symbol=symbol)

    # -- orders ---------------------------------------------------------------------------------------------------

    async def create_margin_order(
        self,
        *,
        symbol: str,
        side: str,
        type: str,
        quantity: Amount | None = None,
        price: Amount | None = None,
        stopPrice: Amount | None = None,
        timeInForce: str | None = None,
        quoteOrderQty: Amount | None = None,
        icebergQty: Amount | None = None,
        newClientOrderId: str | None = None,
        newOrderRespType: str | None = None,
        sideEffectType: str | None = None,
        selfTradePreventionMode: str | None = None,
        autoRepayAtCancel: Flag = None,
        trailingDelta: Number | None = None,
        isIsolated: Flag = None,
        recvWindow: Number | None = None,
    ) -> NewOrderResult:
        """Place a margin order (``POST /sapi/v1/margin/order``).

        ``isIsolated='TRUE'`` places it in the isolated account of ``symbol``. The SDK sets a
        ``newClientOrderId`` when you give none, so an order whose outcome is unknown can be reconciled.
        """
        return cast("NewOrderResult", await self._run(_plans.create_margin_order(locals_without_self(locals()))))

    async def get_margin_order(
        self,
        *,
        symbol: str,
        orderId: Number | None = None,
        origClientOrderId: str | None = None,
        isIsolated: Flag = None,
        recvWindow: Number | None = None,
    ) -> MarginOrder:
        """One margin order by ``orderId`` or ``origClientOrderId`` (``GET /sapi/v1/margin/order``)."""
        return cast("MarginOrder", await self._run(_plans.order_query("get_order", locals_without_self(locals()))))

    async def cancel_margin_order(
        self,
        *,
        symbol: str,
        orderId: Number | None = None,
        origClientOrderId: str | None = None,
        newClientOrderId: str | None = None,
        isIsolated: Flag = None,
        recvWindow: Number | None = None,
    ) -> CancelledOrder:
        """Cancel a margin order (``DELETE /sapi/v1/margin/order``)."""
        plan = _plans.order_query("cancel_order", locals_without_self(locals()))
        return cast("CancelledOrder", await self._run(plan))

    async def get_open_margin_orders(
        self, *, symbol: str | None = None, isIsolated: Flag = None, recvWindow: Number | None = None
    ) -> list[MarginOrder]:
        """Open margin orders (``GET /sapi/v1/margin/openOrders``); ``symbol`` is required for isolated."""
        plan = _plans.order_query("get_open_orders", locals_without_self(locals()))
        return cast("list[MarginOrder]", await self._run(plan))

    async def get_all_margin_orders(
        self,
        *,
        symbol: str,
        orderId: Number | None = None,
        startTime: Number | None = None,
        endTime: Number | None = None,
        limit: Number | None = None,
        isIsolated: Flag = None,
        recvWindow: Number | None = None,
    ) -> list[MarginOrder]:
        """All margin orders of a symbol (``GET /sapi/v1/margin/allOrders``)."""
        plan = _plans.order_query("get_all_orders", locals_without_self(locals()))
        return cast("list[MarginOrder]", await self._run(plan))

    async def get_margin_trades(
        self,
        *,
        symbol: str,
        orderId: Number | None = None,
        startTime: Number | None = None,
        endTime: Number | None = None,
        fromId: Number | None = None,
        limit: Number | None = None,
        isIsolated: Flag = None,
        recvWindow: Number | None = None,
    ) -> list[MarginTrade]:
        """Your margin trades of a symbol (``GET /sapi/v1/margin/myTrades``)."""
        plan = _plans.order_query("get_my_trades", locals_without_self(locals()))
        return cast("list[MarginTrade]", await self._run(plan))

    # -- accounts -------------------------------------------------------------------------------------------------

    async def get_margin_account(self) -> CrossMarginAccount:
        """The cross margin account (``GET /sapi/v1/margin/account``)."""
        return await self.client.account.get_cross_account()

    async def create_isolated_margin_account(self, *, base: str, quote: str) -> IsolatedAccountToggleResult:
        """What the retired ``POST /sapi/v1/margin/isolated/create`` does today.

        Binance creates an isolated account with the first transfer into it, so nothing is created here: the
        pair is checked to be an isolated margin pair and, if you disabled it, re-enabled (``POST
        /sapi/v1/margin/isolated/account``). Fund it with ``transfer_spot_to_isolated_margin``.

        Raises:
            NotFoundError: ``base + quote`` is not an isolated margin pair.
        """
        return await self._run(_plans.create_isolated_margin_account(base, quote))

    async def get_isolated_margin_account(
        self, *, symbols: str | list[str] | None = None, recvWindow: Number | None = None
    ) -> IsolatedMarginAccount:
        """Isolated margin accounts (``GET /sapi/v1/margin/isolated/account``); ``symbols`` "A,B" (at most 5)."""
        return await self.client.account.get_isolated_account(
            symbols=_plans.symbols_list(symbols), recv_window=_plans.opt_int("recvWindow", recvWindow)
        )

    # -- transfers ------------------------------------------------------------------------------------------------

    async def transfer_spot_to_margin(self, *, asset: str, amount: Amount) -> TransactionId:
        """Spot -> cross margin, via the universal transfer ``MAIN_MARGIN`` (the old endpoint is retired)."""
        return await self._run(_plans.plain(_plans.transfer("MAIN_MARGIN", asset, amount)))

    async def transfer_margin_to_spot(self, *, asset: str, amount: Amount) -> TransactionId:
        """Cross margin -> spot, via the universal transfer ``MARGIN_MAIN`` (the old endpoint is retired)."""
        return await self._run(_plans.plain(_plans.transfer("MARGIN_MAIN", asset, amount)))

    async def transfer_spot_to_isolated_margin(self, *, asset: str, symbol: str, amount: Amount) -> TwoLegTransfer:
        """Spot -> isolated margin, as two universal transfers through cross margin.

        ``MAIN_MARGIN``, then ``MARGIN_ISOLATEDMARGIN`` with ``toSymbol``. Neither leg is ever retried.

        Raises:
            TransferLegError: the first leg went through and the second did not; it says where the funds are.
        """
        return await self._run(_plans.spot_to_isolated(asset, symbol, amount))

    async def transfer_isolated_margin_to_spot(self, *, asset: str, symbol: str, amount: Amount) -> TwoLegTransfer:
        """Isolated margin -> spot, as two universal transfers through cross margin.

        ``ISOLATEDMARGIN_MARGIN`` with ``fromSymbol``, then ``MARGIN_MAIN``. Neither leg is ever retried.

        Raises:
            TransferLegError: the first leg went through and the second did not; it says where the funds are.
        """
        return await self._run(_plans.isolated_to_spot(asset, symbol, amount))

    async def get_max_margin_transfer(
        self, *, asset: str, isolatedSymbol: str | None = None, recvWindow: Number | None = None
    ) -> MaxTransferable:
        """How much of ``asset`` can leave the margin account (``GET /sapi/v1/margin/maxTransferable``)."""
        margin = _plans.margin_from_isolated_symbol(isolatedSymbol)
        return await self.client.transfer.get_max_transferable(
            asset=asset, margin=margin, recv_window=_plans.opt_int("recvWindow", recvWindow)
        )

    # -- borrow and repay -----------------------------------------------------------------------------------------

    async def create_margin_loan(
        self, *, asset: str, amount: Amount, isIsolated: Flag = None, symbol: str | None = None
    ) -> TransactionId:
        """Borrow, via ``POST /sapi/v1/margin/borrow-repay`` type ``BORROW`` (the old endpoint is retired)."""
        return cast("TransactionId", await self._run(_plans.borrow_repay("BORROW", asset, amount, isIsolated, symbol)))

    async def repay_margin_loan(
        self, *, asset: str, amount: Amount, isIsolated: Flag = None, symbol: str | None = None
    ) -> TransactionId:
        """Repay, via ``POST /sapi/v1/margin/borrow-repay`` type ``REPAY`` (the old endpoint is retired)."""
        return cast("TransactionId", await self._run(_plans.borrow_repay("REPAY", asset, amount, isIsolated, symbol)))

    async def get_margin_loan_details(
        self,
        *,
        asset: str | None = None,
        txId: Number | None = None,
        isolatedSymbol: str | None = None,
        startTime: Number | None = None,
        endTime: Number | None = None,
        current: Number | None = None,
        size: Number | None = None,
        archived: str | bool | None = None,
        recvWindow: Number | None = None,
    ) -> BorrowRepayRecords:
        """Loan records, via ``GET /sapi/v1/margin/borrow-repay`` type ``BORROW`` (the old endpoint is retired)."""
        params = locals_without_self(locals())
        return cast(
            "BorrowRepayRecords", await self._run(_plans.borrow_repay_records("BORROW", params.pop("asset"), params))
        )

    async def get_margin_repay_details(
        self,
        *,
        asset: str | None = None,
        txId: Number | None = None,
        isolatedSymbol: str | None = None,
        startTime: Number | None = None,
        endTime: Number | None = None,
        current: Number | None = None,
        size: Number | None = None,
        archived: str | bool | None = None,
        recvWindow: Number | None = None,
    ) -> BorrowRepayRecords:
        """Repay records, via ``GET /sapi/v1/margin/borrow-repay`` type ``REPAY`` (the old endpoint is retired)."""
        params = locals_without_self(locals())
        return cast(
            "BorrowRepayRecords", await self._run(_plans.borrow_repay_records("REPAY", params.pop("asset"), params))
        )

    async def get_max_margin_loan(
        self, *, asset: str, isolatedSymbol: str | None = None, recvWindow: Number | None = None
    ) -> MaxBorrowable:
        """How much of ``asset`` you can borrow (``GET /sapi/v1/margin/maxBorrowable``, weight 750 UID)."""
        margin = _plans.margin_from_isolated_symbol(isolatedSymbol)
        return await self.client.borrow_repay.get_max_borrowable(
            asset=asset, margin=margin, recv_window=_plans.opt_int("recvWindow", recvWindow)
        )


def locals_without_self(values: dict[str, Any]) -> dict[str, Any]:
    """A method's keyword arguments (its ``locals()`` at entry) without ``self``."""
    return {k: v for k, v in values.items() if k not in ("self", "__class__")}
