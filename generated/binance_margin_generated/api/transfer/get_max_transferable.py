from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.max_transferable import MaxTransferable
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    asset: str,
    isolated_symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["asset"] = asset

    params["isolatedSymbol"] = isolated_symbol

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sapi/v1/margin/maxTransferable",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MaxTransferable | None:
    if response.status_code == 200:
        response_200 = MaxTransferable.from_dict(_json_loads(response.content))

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
) -> Response[Error | MaxTransferable]:
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
    isolated_symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | MaxTransferable]:
    """Query Max Transfer-Out Amount

     Maximum amount of an asset that can be transferred out of the cross margin account, or of an
    isolated pair when `isolatedSymbol` is sent.

    Args:
        asset (str):
        isolated_symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MaxTransferable]
    """

    kwargs = _get_kwargs(
        asset=asset,
        isolated_symbol=isolated_symbol,
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
    isolated_symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | MaxTransferable | None:
    """Query Max Transfer-Out Amount

     Maximum amount of an asset that can be transferred out of the cross margin account, or of an
    isolated pair when `isolatedSymbol` is sent.

    Args:
        asset (str):
        isolated_symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MaxTransferable
    """

    return sync_detailed(
        client=client,
        asset=asset,
        isolated_symbol=isolated_symbol,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    asset: str,
    isolated_symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | MaxTransferable]:
    """Query Max Transfer-Out Amount

     Maximum amount of an asset that can be transferred out of the cross margin account, or of an
    isolated pair when `isolatedSymbol` is sent.

    Args:
        asset (str):
        isolated_symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MaxTransferable]
    """

    kwargs = _get_kwargs(
        asset=asset,
        isolated_symbol=isolated_symbol,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    asset: str,
    isolated_symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | MaxTransferable | None:
    """Query Max Transfer-Out Amount

     Maximum amount of an asset that can be transferred out of the cross margin account, or of an
    isolated pair when `isolatedSymbol` is sent.

    Args:
        asset (str):
        isolated_symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MaxTransferable
    """

    return (
        await asyncio_detailed(
            client=client,
            asset=asset,
            isolated_symbol=isolated_symbol,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
