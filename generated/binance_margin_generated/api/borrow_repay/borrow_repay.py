from __future__ import annotations

from decimal import Decimal
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.borrow_repay_type import BorrowRepayType
from ...models.error import Error
from ...models.isolated_flag import IsolatedFlag
from ...models.transaction_id import TransactionId
from ...types import UNSET, Response, Unset, _format_decimal, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    asset: str,
    is_isolated: IsolatedFlag,
    symbol: str | Unset = UNSET,
    amount: Decimal,
    type_: BorrowRepayType,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["asset"] = asset

    json_is_isolated = is_isolated.value
    params["isIsolated"] = json_is_isolated

    params["symbol"] = symbol

    json_amount = _format_decimal(amount)
    params["amount"] = json_amount

    json_type_ = type_.value
    params["type"] = json_type_

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sapi/v1/margin/borrow-repay",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TransactionId | None:
    if response.status_code == 200:
        response_200 = TransactionId.from_dict(_json_loads(response.content))

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(_json_loads(response.content))

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TransactionId]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    asset: str,
    is_isolated: IsolatedFlag,
    symbol: str | Unset = UNSET,
    amount: Decimal,
    type_: BorrowRepayType,
    recv_window: int | Unset = UNSET,
) -> Response[Error | TransactionId]:
    """Margin account borrow/repay

     Borrow or repay `amount` of `asset` in the cross margin account (`isIsolated=FALSE`) or in the
    isolated account of `symbol` (`isIsolated=TRUE`). There is no idempotency key: never retry blindly,
    reconcile with GET /sapi/v1/margin/borrow-repay. Errors Binance documents: -3045 the system does not
    have enough asset now (borrow inventory too low, also for auto-borrow orders); -3006 amount exceeds
    the max borrowable (see GET /sapi/v1/margin/maxBorrowable); -3012 borrowing is banned for this asset
    (see GET /sapi/v1/margin/allAssets); -3015 repay amount exceeds the liability, or the remaining debt
    would fall below the minimum; -3007 another borrow/repay of the account is still pending (requests
    are processed in order, about 100 ms each: space them at least 100 ms apart; auto-repay orders can
    fail silently for this reason).

    Args:
        asset (str):
        is_isolated (IsolatedFlag): Binance's string flag for the isolated margin account ("TRUE")
            or cross margin ("FALSE").
        symbol (str | Unset):
        amount (Decimal):
        type_ (BorrowRepayType): Whether a margin loan operation borrows or repays.
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TransactionId]
    """

    kwargs = _get_kwargs(
        asset=asset,
        is_isolated=is_isolated,
        symbol=symbol,
        amount=amount,
        type_=type_,
        recv_window=recv_window,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    asset: str,
    is_isolated: IsolatedFlag,
    symbol: str | Unset = UNSET,
    amount: Decimal,
    type_: BorrowRepayType,
    recv_window: int | Unset = UNSET,
) -> Error | TransactionId | None:
    """Margin account borrow/repay

     Borrow or repay `amount` of `asset` in the cross margin account (`isIsolated=FALSE`) or in the
    isolated account of `symbol` (`isIsolated=TRUE`). There is no idempotency key: never retry blindly,
    reconcile with GET /sapi/v1/margin/borrow-repay. Errors Binance documents: -3045 the system does not
    have enough asset now (borrow inventory too low, also for auto-borrow orders); -3006 amount exceeds
    the max borrowable (see GET /sapi/v1/margin/maxBorrowable); -3012 borrowing is banned for this asset
    (see GET /sapi/v1/margin/allAssets); -3015 repay amount exceeds the liability, or the remaining debt
    would fall below the minimum; -3007 another borrow/repay of the account is still pending (requests
    are processed in order, about 100 ms each: space them at least 100 ms apart; auto-repay orders can
    fail silently for this reason).

    Args:
        asset (str):
        is_isolated (IsolatedFlag): Binance's string flag for the isolated margin account ("TRUE")
            or cross margin ("FALSE").
        symbol (str | Unset):
        amount (Decimal):
        type_ (BorrowRepayType): Whether a margin loan operation borrows or repays.
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TransactionId
    """

    return sync_detailed(
        client=client,
        asset=asset,
        is_isolated=is_isolated,
        symbol=symbol,
        amount=amount,
        type_=type_,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    asset: str,
    is_isolated: IsolatedFlag,
    symbol: str | Unset = UNSET,
    amount: Decimal,
    type_: BorrowRepayType,
    recv_window: int | Unset = UNSET,
) -> Response[Error | TransactionId]:
    """Margin account borrow/repay

     Borrow or repay `amount` of `asset` in the cross margin account (`isIsolated=FALSE`) or in the
    isolated account of `symbol` (`isIsolated=TRUE`). There is no idempotency key: never retry blindly,
    reconcile with GET /sapi/v1/margin/borrow-repay. Errors Binance documents: -3045 the system does not
    have enough asset now (borrow inventory too low, also for auto-borrow orders); -3006 amount exceeds
    the max borrowable (see GET /sapi/v1/margin/maxBorrowable); -3012 borrowing is banned for this asset
    (see GET /sapi/v1/margin/allAssets); -3015 repay amount exceeds the liability, or the remaining debt
    would fall below the minimum; -3007 another borrow/repay of the account is still pending (requests
    are processed in order, about 100 ms each: space them at least 100 ms apart; auto-repay orders can
    fail silently for this reason).

    Args:
        asset (str):
        is_isolated (IsolatedFlag): Binance's string flag for the isolated margin account ("TRUE")
            or cross margin ("FALSE").
        symbol (str | Unset):
        amount (Decimal):
        type_ (BorrowRepayType): Whether a margin loan operation borrows or repays.
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TransactionId]
    """

    kwargs = _get_kwargs(
        asset=asset,
        is_isolated=is_isolated,
        symbol=symbol,
        amount=amount,
        type_=type_,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    asset: str,
    is_isolated: IsolatedFlag,
    symbol: str | Unset = UNSET,
    amount: Decimal,
    type_: BorrowRepayType,
    recv_window: int | Unset = UNSET,
) -> Error | TransactionId | None:
    """Margin account borrow/repay

     Borrow or repay `amount` of `asset` in the cross margin account (`isIsolated=FALSE`) or in the
    isolated account of `symbol` (`isIsolated=TRUE`). There is no idempotency key: never retry blindly,
    reconcile with GET /sapi/v1/margin/borrow-repay. Errors Binance documents: -3045 the system does not
    have enough asset now (borrow inventory too low, also for auto-borrow orders); -3006 amount exceeds
    the max borrowable (see GET /sapi/v1/margin/maxBorrowable); -3012 borrowing is banned for this asset
    (see GET /sapi/v1/margin/allAssets); -3015 repay amount exceeds the liability, or the remaining debt
    would fall below the minimum; -3007 another borrow/repay of the account is still pending (requests
    are processed in order, about 100 ms each: space them at least 100 ms apart; auto-repay orders can
    fail silently for this reason).

    Args:
        asset (str):
        is_isolated (IsolatedFlag): Binance's string flag for the isolated margin account ("TRUE")
            or cross margin ("FALSE").
        symbol (str | Unset):
        amount (Decimal):
        type_ (BorrowRepayType): Whether a margin loan operation borrows or repays.
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TransactionId
    """

    return (
        await asyncio_detailed(
            client=client,
            asset=asset,
            is_isolated=is_isolated,
            symbol=symbol,
            amount=amount,
            type_=type_,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
