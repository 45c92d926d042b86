from __future__ import annotations

from decimal import Decimal
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.transaction_id import TransactionId
from ...models.universal_transfer_type import UniversalTransferType
from ...types import UNSET, Response, Unset, _format_decimal, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


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
    ISOLATEDMARGIN_MARGIN, ISOLATEDMARGIN_ISOLATEDMARGIN and ISOLATED_MARGIN_MAIN; `toSymbol` for
    MARGIN_ISOLATEDMARGIN, ISOLATEDMARGIN_ISOLATEDMARGIN and MAIN_ISOLATED_MARGIN (checked before
    sending, see x-required-when).

    Args:
        type_ (UniversalTransferType): Universal transfer types (SOURCE_TARGET; MAIN = spot,
            MARGIN = cross margin, ISOLATEDMARGIN = the isolated pair named by fromSymbol/toSymbol,
            UMFUTURE / CMFUTURE = USD-M / COIN-M futures, FUNDING, OPTION, PORTFOLIO_MARGIN). The
            first 31 are the "ENUM of transfer types" of Binance's English User Universal Transfer
            page (developers.binance.com/docs/wallet/asset/user-universal-transfer). The last two move
            between spot and one isolated pair in a single transfer - MAIN_ISOLATED_MARGIN (spot ->
            isolated, with toSymbol) and ISOLATED_MARGIN_MAIN (isolated -> spot, with fromSymbol). The
            English page does not list them, but they are in use and accepted by Binance - Binance's
            zh-CN page lists them; Binance's own connector added MAIN_ISOLATED_MARGIN at a user's
            request (binance/binance-connector-python issue 250, 2023-08, "the enum value
            MAIN_ISOLATED_MARGIN is invalid", fixed in the next release); Binance.Net added both
            (JKorf/Binance.Net issue 1368, 2024-04); ccxt sends them for every spot <-> isolated
            transfer (ccxt/ccxt ts/src/test/static/request/binance.json, "transfer" -
            type=MAIN_ISOLATED_MARGIN&toSymbol=LTCUSDT and
            type=ISOLATED_MARGIN_MAIN&fromSymbol=LTCUSDT). The two-leg route through cross margin
            (MAIN_MARGIN then MARGIN_ISOLATEDMARGIN, or ISOLATEDMARGIN_MARGIN then MARGIN_MAIN) works
            too.
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
    ISOLATEDMARGIN_MARGIN, ISOLATEDMARGIN_ISOLATEDMARGIN and ISOLATED_MARGIN_MAIN; `toSymbol` for
    MARGIN_ISOLATEDMARGIN, ISOLATEDMARGIN_ISOLATEDMARGIN and MAIN_ISOLATED_MARGIN (checked before
    sending, see x-required-when).

    Args:
        type_ (UniversalTransferType): Universal transfer types (SOURCE_TARGET; MAIN = spot,
            MARGIN = cross margin, ISOLATEDMARGIN = the isolated pair named by fromSymbol/toSymbol,
            UMFUTURE / CMFUTURE = USD-M / COIN-M futures, FUNDING, OPTION, PORTFOLIO_MARGIN). The
            first 31 are the "ENUM of transfer types" of Binance's English User Universal Transfer
            page (developers.binance.com/docs/wallet/asset/user-universal-transfer). The last two move
            between spot and one isolated pair in a single transfer - MAIN_ISOLATED_MARGIN (spot ->
            isolated, with toSymbol) and ISOLATED_MARGIN_MAIN (isolated -> spot, with fromSymbol). The
            English page does not list them, but they are in use and accepted by Binance - Binance's
            zh-CN page lists them; Binance's own connector added MAIN_ISOLATED_MARGIN at a user's
            request (binance/binance-connector-python issue 250, 2023-08, "the enum value
            MAIN_ISOLATED_MARGIN is invalid", fixed in the next release); Binance.Net added both
            (JKorf/Binance.Net issue 1368, 2024-04); ccxt sends them for every spot <-> isolated
            transfer (ccxt/ccxt ts/src/test/static/request/binance.json, "transfer" -
            type=MAIN_ISOLATED_MARGIN&toSymbol=LTCUSDT and
            type=ISOLATED_MARGIN_MAIN&fromSymbol=LTCUSDT). The two-leg route through cross margin
            (MAIN_MARGIN then MARGIN_ISOLATEDMARGIN, or ISOLATEDMARGIN_MARGIN then MARGIN_MAIN) works
            too.
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
    ISOLATEDMARGIN_MARGIN, ISOLATEDMARGIN_ISOLATEDMARGIN and ISOLATED_MARGIN_MAIN; `toSymbol` for
    MARGIN_ISOLATEDMARGIN, ISOLATEDMARGIN_ISOLATEDMARGIN and MAIN_ISOLATED_MARGIN (checked before
    sending, see x-required-when).

    Args:
        type_ (UniversalTransferType): Universal transfer types (SOURCE_TARGET; MAIN = spot,
            MARGIN = cross margin, ISOLATEDMARGIN = the isolated pair named by fromSymbol/toSymbol,
            UMFUTURE / CMFUTURE = USD-M / COIN-M futures, FUNDING, OPTION, PORTFOLIO_MARGIN). The
            first 31 are the "ENUM of transfer types" of Binance's English User Universal Transfer
            page (developers.binance.com/docs/wallet/asset/user-universal-transfer). The last two move
            between spot and one isolated pair in a single transfer - MAIN_ISOLATED_MARGIN (spot ->
            isolated, with toSymbol) and ISOLATED_MARGIN_MAIN (isolated -> spot, with fromSymbol). The
            English page does not list them, but they are in use and accepted by Binance - Binance's
            zh-CN page lists them; Binance's own connector added MAIN_ISOLATED_MARGIN at a user's
            request (binance/binance-connector-python issue 250, 2023-08, "the enum value
            MAIN_ISOLATED_MARGIN is invalid", fixed in the next release); Binance.Net added both
            (JKorf/Binance.Net issue 1368, 2024-04); ccxt sends them for every spot <-> isolated
            transfer (ccxt/ccxt ts/src/test/static/request/binance.json, "transfer" -
            type=MAIN_ISOLATED_MARGIN&toSymbol=LTCUSDT and
            type=ISOLATED_MARGIN_MAIN&fromSymbol=LTCUSDT). The two-leg route through cross margin
            (MAIN_MARGIN then MARGIN_ISOLATEDMARGIN, or ISOLATEDMARGIN_MARGIN then MARGIN_MAIN) works
            too.
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
    ISOLATEDMARGIN_MARGIN, ISOLATEDMARGIN_ISOLATEDMARGIN and ISOLATED_MARGIN_MAIN; `toSymbol` for
    MARGIN_ISOLATEDMARGIN, ISOLATEDMARGIN_ISOLATEDMARGIN and MAIN_ISOLATED_MARGIN (checked before
    sending, see x-required-when).

    Args:
        type_ (UniversalTransferType): Universal transfer types (SOURCE_TARGET; MAIN = spot,
            MARGIN = cross margin, ISOLATEDMARGIN = the isolated pair named by fromSymbol/toSymbol,
            UMFUTURE / CMFUTURE = USD-M / COIN-M futures, FUNDING, OPTION, PORTFOLIO_MARGIN). The
            first 31 are the "ENUM of transfer types" of Binance's English User Universal Transfer
            page (developers.binance.com/docs/wallet/asset/user-universal-transfer). The last two move
            between spot and one isolated pair in a single transfer - MAIN_ISOLATED_MARGIN (spot ->
            isolated, with toSymbol) and ISOLATED_MARGIN_MAIN (isolated -> spot, with fromSymbol). The
            English page does not list them, but they are in use and accepted by Binance - Binance's
            zh-CN page lists them; Binance's own connector added MAIN_ISOLATED_MARGIN at a user's
            request (binance/binance-connector-python issue 250, 2023-08, "the enum value
            MAIN_ISOLATED_MARGIN is invalid", fixed in the next release); Binance.Net added both
            (JKorf/Binance.Net issue 1368, 2024-04); ccxt sends them for every spot <-> isolated
            transfer (ccxt/ccxt ts/src/test/static/request/binance.json, "transfer" -
            type=MAIN_ISOLATED_MARGIN&toSymbol=LTCUSDT and
            type=ISOLATED_MARGIN_MAIN&fromSymbol=LTCUSDT). The two-leg route through cross margin
            (MAIN_MARGIN then MARGIN_ISOLATEDMARGIN, or ISOLATEDMARGIN_MARGIN then MARGIN_MAIN) works
            too.
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
