from decimal import Decimal
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.transaction_id import TransactionId
from ...models.universal_transfer_type import UniversalTransferType
from ...types import UNSET, Response, Unset, _format_decimal, _json_loads


def _get_kwargs(
    *,
    type_: UniversalTransferType,
    asset: str,
    amount: Decimal,
    from_symbol: str | Unset = UNSET,
    to_symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params["asset"] = asset

    json_amount = _format_decimal(amount)
    params["amount"] = json_amount

    params["fromSymbol"] = from_symbol

    params["toSymbol"] = to_symbol

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sapi/v1/asset/transfer",
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
    type_: UniversalTransferType,
    asset: str,
    amount: Decimal,
    from_symbol: str | Unset = UNSET,
    to_symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | TransactionId]:
    """User Universal Transfer

     Wallet endpoint that moves assets between spot, cross margin, isolated margin and other wallets; the
    replacement for the retired POST /sapi/v1/margin/transfer and /sapi/v1/margin/isolated/transfer.
    Needs the "Permits Universal Transfer" API-key permission. `fromSymbol` must be sent for
    ISOLATEDMARGIN_MARGIN and ISOLATEDMARGIN_ISOLATEDMARGIN; `toSymbol` for MARGIN_ISOLATEDMARGIN and
    ISOLATEDMARGIN_ISOLATEDMARGIN.

    Args:
        type_ (UniversalTransferType): Universal transfer types (SOURCE_TARGET; MAIN = spot,
            MARGIN = cross margin, ISOLATEDMARGIN = the isolated pair named by fromSymbol/toSymbol,
            UMFUTURE / CMFUTURE = USD-M / COIN-M futures, FUNDING, OPTION, PORTFOLIO_MARGIN), exactly
            the "ENUM of transfer types" of Binance's User Universal Transfer page
            (developers.binance.com/docs/wallet/asset/user-universal-transfer) and Binance's own SDKs.
            Spot <-> isolated has no one-leg type there (MAIN_ISOLATED_MARGIN / ISOLATED_MARGIN_MAIN
            are not documented); chain MAIN_MARGIN and MARGIN_ISOLATEDMARGIN, or ISOLATEDMARGIN_MARGIN
            and MARGIN_MAIN.
        asset (str):
        amount (Decimal):
        from_symbol (str | Unset):
        to_symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TransactionId]
    """

    kwargs = _get_kwargs(
        type_=type_,
        asset=asset,
        amount=amount,
        from_symbol=from_symbol,
        to_symbol=to_symbol,
        recv_window=recv_window,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: UniversalTransferType,
    asset: str,
    amount: Decimal,
    from_symbol: str | Unset = UNSET,
    to_symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | TransactionId | None:
    """User Universal Transfer

     Wallet endpoint that moves assets between spot, cross margin, isolated margin and other wallets; the
    replacement for the retired POST /sapi/v1/margin/transfer and /sapi/v1/margin/isolated/transfer.
    Needs the "Permits Universal Transfer" API-key permission. `fromSymbol` must be sent for
    ISOLATEDMARGIN_MARGIN and ISOLATEDMARGIN_ISOLATEDMARGIN; `toSymbol` for MARGIN_ISOLATEDMARGIN and
    ISOLATEDMARGIN_ISOLATEDMARGIN.

    Args:
        type_ (UniversalTransferType): Universal transfer types (SOURCE_TARGET; MAIN = spot,
            MARGIN = cross margin, ISOLATEDMARGIN = the isolated pair named by fromSymbol/toSymbol,
            UMFUTURE / CMFUTURE = USD-M / COIN-M futures, FUNDING, OPTION, PORTFOLIO_MARGIN), exactly
            the "ENUM of transfer types" of Binance's User Universal Transfer page
            (developers.binance.com/docs/wallet/asset/user-universal-transfer) and Binance's own SDKs.
            Spot <-> isolated has no one-leg type there (MAIN_ISOLATED_MARGIN / ISOLATED_MARGIN_MAIN
            are not documented); chain MAIN_MARGIN and MARGIN_ISOLATEDMARGIN, or ISOLATEDMARGIN_MARGIN
            and MARGIN_MAIN.
        asset (str):
        amount (Decimal):
        from_symbol (str | Unset):
        to_symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TransactionId
    """

    return sync_detailed(
        client=client,
        type_=type_,
        asset=asset,
        amount=amount,
        from_symbol=from_symbol,
        to_symbol=to_symbol,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: UniversalTransferType,
    asset: str,
    amount: Decimal,
    from_symbol: str | Unset = UNSET,
    to_symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | TransactionId]:
    """User Universal Transfer

     Wallet endpoint that moves assets between spot, cross margin, isolated margin and other wallets; the
    replacement for the retired POST /sapi/v1/margin/transfer and /sapi/v1/margin/isolated/transfer.
    Needs the "Permits Universal Transfer" API-key permission. `fromSymbol` must be sent for
    ISOLATEDMARGIN_MARGIN and ISOLATEDMARGIN_ISOLATEDMARGIN; `toSymbol` for MARGIN_ISOLATEDMARGIN and
    ISOLATEDMARGIN_ISOLATEDMARGIN.

    Args:
        type_ (UniversalTransferType): Universal transfer types (SOURCE_TARGET; MAIN = spot,
            MARGIN = cross margin, ISOLATEDMARGIN = the isolated pair named by fromSymbol/toSymbol,
            UMFUTURE / CMFUTURE = USD-M / COIN-M futures, FUNDING, OPTION, PORTFOLIO_MARGIN), exactly
            the "ENUM of transfer types" of Binance's User Universal Transfer page
            (developers.binance.com/docs/wallet/asset/user-universal-transfer) and Binance's own SDKs.
            Spot <-> isolated has no one-leg type there (MAIN_ISOLATED_MARGIN / ISOLATED_MARGIN_MAIN
            are not documented); chain MAIN_MARGIN and MARGIN_ISOLATEDMARGIN, or ISOLATEDMARGIN_MARGIN
            and MARGIN_MAIN.
        asset (str):
        amount (Decimal):
        from_symbol (str | Unset):
        to_symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TransactionId]
    """

    kwargs = _get_kwargs(
        type_=type_,
        asset=asset,
        amount=amount,
        from_symbol=from_symbol,
        to_symbol=to_symbol,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: UniversalTransferType,
    asset: str,
    amount: Decimal,
    from_symbol: str | Unset = UNSET,
    to_symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | TransactionId | None:
    """User Universal Transfer

     Wallet endpoint that moves assets between spot, cross margin, isolated margin and other wallets; the
    replacement for the retired POST /sapi/v1/margin/transfer and /sapi/v1/margin/isolated/transfer.
    Needs the "Permits Universal Transfer" API-key permission. `fromSymbol` must be sent for
    ISOLATEDMARGIN_MARGIN and ISOLATEDMARGIN_ISOLATEDMARGIN; `toSymbol` for MARGIN_ISOLATEDMARGIN and
    ISOLATEDMARGIN_ISOLATEDMARGIN.

    Args:
        type_ (UniversalTransferType): Universal transfer types (SOURCE_TARGET; MAIN = spot,
            MARGIN = cross margin, ISOLATEDMARGIN = the isolated pair named by fromSymbol/toSymbol,
            UMFUTURE / CMFUTURE = USD-M / COIN-M futures, FUNDING, OPTION, PORTFOLIO_MARGIN), exactly
            the "ENUM of transfer types" of Binance's User Universal Transfer page
            (developers.binance.com/docs/wallet/asset/user-universal-transfer) and Binance's own SDKs.
            Spot <-> isolated has no one-leg type there (MAIN_ISOLATED_MARGIN / ISOLATED_MARGIN_MAIN
            are not documented); chain MAIN_MARGIN and MARGIN_ISOLATEDMARGIN, or ISOLATEDMARGIN_MARGIN
            and MARGIN_MAIN.
        asset (str):
        amount (Decimal):
        from_symbol (str | Unset):
        to_symbol (str | Unset):
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
            type_=type_,
            asset=asset,
            amount=amount,
            from_symbol=from_symbol,
            to_symbol=to_symbol,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
