from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.liquidation_loan import LiquidationLoan
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sapi/v1/margin/liquidation-loan",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LiquidationLoan | None:
    if response.status_code == 200:
        response_200 = LiquidationLoan.from_dict(_json_loads(response.content))

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
) -> Response[Error | LiquidationLoan]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    recv_window: int | Unset = UNSET,
) -> Response[Error | LiquidationLoan]:
    """Query Liquidation Loan

     The cross margin liquidation loan: when a liquidated cross margin account ends with negative equity
    (bankruptcy), Binance records the deficit as a liquidation loan (USDC by default). Shows the
    original amount, the repaid amount and what remains.

    Args:
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LiquidationLoan]
    """

    kwargs = _get_kwargs(
        recv_window=recv_window,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    recv_window: int | Unset = UNSET,
) -> Error | LiquidationLoan | None:
    """Query Liquidation Loan

     The cross margin liquidation loan: when a liquidated cross margin account ends with negative equity
    (bankruptcy), Binance records the deficit as a liquidation loan (USDC by default). Shows the
    original amount, the repaid amount and what remains.

    Args:
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LiquidationLoan
    """

    return sync_detailed(
        client=client,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    recv_window: int | Unset = UNSET,
) -> Response[Error | LiquidationLoan]:
    """Query Liquidation Loan

     The cross margin liquidation loan: when a liquidated cross margin account ends with negative equity
    (bankruptcy), Binance records the deficit as a liquidation loan (USDC by default). Shows the
    original amount, the repaid amount and what remains.

    Args:
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LiquidationLoan]
    """

    kwargs = _get_kwargs(
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    recv_window: int | Unset = UNSET,
) -> Error | LiquidationLoan | None:
    """Query Liquidation Loan

     The cross margin liquidation loan: when a liquidated cross margin account ends with negative equity
    (bankruptcy), Binance records the deficit as a liquidation loan (USDC by default). Shows the
    original amount, the repaid amount and what remains.

    Args:
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LiquidationLoan
    """

    return (
        await asyncio_detailed(
            client=client,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
