from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.borrow_repay_is_isolated import BorrowRepayIsIsolated
from ...models.borrow_repay_type import BorrowRepayType
from ...models.error import Error
from ...models.transaction_id import TransactionId
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    asset: str,
    is_isolated: BorrowRepayIsIsolated,
    amount: str,
    type_: BorrowRepayType,
    symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["asset"] = asset

    json_is_isolated = is_isolated.value
    params["isIsolated"] = json_is_isolated

    params["amount"] = amount

    json_type_ = type_.value
    params["type"] = json_type_

    params["symbol"] = symbol

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
        response_200 = TransactionId.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

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
    is_isolated: BorrowRepayIsIsolated,
    amount: str,
    type_: BorrowRepayType,
    symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | TransactionId]:
    """Margin account borrow/repay

     Margin account borrow/repay - `-3045 INSUFFICIENT_INVENTORY`: returned when system borrowable
    inventory is below the requested amount, or when inventory is severely insufficient (all borrow
    requests rejected regardless of size). Monitor system asset availability and adjust borrow strategy
    accordingly. - `-3006 EXCEED_MAX_BORROWABLE`: borrow amount exceeds your current max borrowable
    limit. Query `GET /sapi/v1/margin/maxBorrowable` and adjust the request. - `-3012
    ASSET_ADMIN_BAN_BORROW`: this asset does not currently support borrowing. Query `GET
    /sapi/v1/margin/allAssets` for asset borrow availability. - `-3015 REPAY_EXCEED_LIABILITY`: returned
    in two scenarios — (1) repay amount exceeds your outstanding liability, or (2) the remaining unpaid
    debt after this repayment would fall below Binance's minimum threshold. Adjust the repay amount
    accordingly. - `-3007 HAS_PENDING_TRANSACTION`: a borrow/repay transaction is already in progress on
    this account. Requests are processed in submission order across all assets, and an in-flight request
    briefly blocks subsequent ones. Typical processing time is ~100ms; space consecutive requests by at
    least 100ms. Auto-repay orders can also fail silently for this reason — verify outstanding liability
    after an auto-repay executes.

    Args:
        asset (str):
        is_isolated (BorrowRepayIsIsolated):
        amount (str):
        type_ (BorrowRepayType):
        symbol (str | Unset):
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
        amount=amount,
        type_=type_,
        symbol=symbol,
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
    is_isolated: BorrowRepayIsIsolated,
    amount: str,
    type_: BorrowRepayType,
    symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | TransactionId | None:
    """Margin account borrow/repay

     Margin account borrow/repay - `-3045 INSUFFICIENT_INVENTORY`: returned when system borrowable
    inventory is below the requested amount, or when inventory is severely insufficient (all borrow
    requests rejected regardless of size). Monitor system asset availability and adjust borrow strategy
    accordingly. - `-3006 EXCEED_MAX_BORROWABLE`: borrow amount exceeds your current max borrowable
    limit. Query `GET /sapi/v1/margin/maxBorrowable` and adjust the request. - `-3012
    ASSET_ADMIN_BAN_BORROW`: this asset does not currently support borrowing. Query `GET
    /sapi/v1/margin/allAssets` for asset borrow availability. - `-3015 REPAY_EXCEED_LIABILITY`: returned
    in two scenarios — (1) repay amount exceeds your outstanding liability, or (2) the remaining unpaid
    debt after this repayment would fall below Binance's minimum threshold. Adjust the repay amount
    accordingly. - `-3007 HAS_PENDING_TRANSACTION`: a borrow/repay transaction is already in progress on
    this account. Requests are processed in submission order across all assets, and an in-flight request
    briefly blocks subsequent ones. Typical processing time is ~100ms; space consecutive requests by at
    least 100ms. Auto-repay orders can also fail silently for this reason — verify outstanding liability
    after an auto-repay executes.

    Args:
        asset (str):
        is_isolated (BorrowRepayIsIsolated):
        amount (str):
        type_ (BorrowRepayType):
        symbol (str | Unset):
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
        amount=amount,
        type_=type_,
        symbol=symbol,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    asset: str,
    is_isolated: BorrowRepayIsIsolated,
    amount: str,
    type_: BorrowRepayType,
    symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | TransactionId]:
    """Margin account borrow/repay

     Margin account borrow/repay - `-3045 INSUFFICIENT_INVENTORY`: returned when system borrowable
    inventory is below the requested amount, or when inventory is severely insufficient (all borrow
    requests rejected regardless of size). Monitor system asset availability and adjust borrow strategy
    accordingly. - `-3006 EXCEED_MAX_BORROWABLE`: borrow amount exceeds your current max borrowable
    limit. Query `GET /sapi/v1/margin/maxBorrowable` and adjust the request. - `-3012
    ASSET_ADMIN_BAN_BORROW`: this asset does not currently support borrowing. Query `GET
    /sapi/v1/margin/allAssets` for asset borrow availability. - `-3015 REPAY_EXCEED_LIABILITY`: returned
    in two scenarios — (1) repay amount exceeds your outstanding liability, or (2) the remaining unpaid
    debt after this repayment would fall below Binance's minimum threshold. Adjust the repay amount
    accordingly. - `-3007 HAS_PENDING_TRANSACTION`: a borrow/repay transaction is already in progress on
    this account. Requests are processed in submission order across all assets, and an in-flight request
    briefly blocks subsequent ones. Typical processing time is ~100ms; space consecutive requests by at
    least 100ms. Auto-repay orders can also fail silently for this reason — verify outstanding liability
    after an auto-repay executes.

    Args:
        asset (str):
        is_isolated (BorrowRepayIsIsolated):
        amount (str):
        type_ (BorrowRepayType):
        symbol (str | Unset):
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
        amount=amount,
        type_=type_,
        symbol=symbol,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    asset: str,
    is_isolated: BorrowRepayIsIsolated,
    amount: str,
    type_: BorrowRepayType,
    symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | TransactionId | None:
    """Margin account borrow/repay

     Margin account borrow/repay - `-3045 INSUFFICIENT_INVENTORY`: returned when system borrowable
    inventory is below the requested amount, or when inventory is severely insufficient (all borrow
    requests rejected regardless of size). Monitor system asset availability and adjust borrow strategy
    accordingly. - `-3006 EXCEED_MAX_BORROWABLE`: borrow amount exceeds your current max borrowable
    limit. Query `GET /sapi/v1/margin/maxBorrowable` and adjust the request. - `-3012
    ASSET_ADMIN_BAN_BORROW`: this asset does not currently support borrowing. Query `GET
    /sapi/v1/margin/allAssets` for asset borrow availability. - `-3015 REPAY_EXCEED_LIABILITY`: returned
    in two scenarios — (1) repay amount exceeds your outstanding liability, or (2) the remaining unpaid
    debt after this repayment would fall below Binance's minimum threshold. Adjust the repay amount
    accordingly. - `-3007 HAS_PENDING_TRANSACTION`: a borrow/repay transaction is already in progress on
    this account. Requests are processed in submission order across all assets, and an in-flight request
    briefly blocks subsequent ones. Typical processing time is ~100ms; space consecutive requests by at
    least 100ms. Auto-repay orders can also fail silently for this reason — verify outstanding liability
    after an auto-repay executes.

    Args:
        asset (str):
        is_isolated (BorrowRepayIsIsolated):
        amount (str):
        type_ (BorrowRepayType):
        symbol (str | Unset):
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
            amount=amount,
            type_=type_,
            symbol=symbol,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
