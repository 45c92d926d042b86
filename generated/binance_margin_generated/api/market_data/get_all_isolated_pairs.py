from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.isolated_margin_pair import IsolatedMarginPair
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sapi/v1/margin/isolated/allPairs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[IsolatedMarginPair] | None:
    if response.status_code == 200:
        _response_200_from_dict = IsolatedMarginPair.from_dict
        response_200 = [
            _response_200_from_dict(response_200_item_data) for response_200_item_data in _json_loads(response.content)
        ]

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
) -> Response[Error | list[IsolatedMarginPair]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | list[IsolatedMarginPair]]:
    """Get All Isolated Margin Symbol

     Get all isolated margin pairs, or a single one with `symbol`. The `symbol` filter (added 2024-01)
    replaces the retired `GET /sapi/v1/margin/isolated/pair`; the answer is still an array (one element
    when `symbol` is sent). Titled MARKET_DATA, but the docs list `timestamp` as mandatory, so it is
    signed.

    Args:
        symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[IsolatedMarginPair]]
    """

    kwargs = _get_kwargs(
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
    symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | list[IsolatedMarginPair] | None:
    """Get All Isolated Margin Symbol

     Get all isolated margin pairs, or a single one with `symbol`. The `symbol` filter (added 2024-01)
    replaces the retired `GET /sapi/v1/margin/isolated/pair`; the answer is still an array (one element
    when `symbol` is sent). Titled MARKET_DATA, but the docs list `timestamp` as mandatory, so it is
    signed.

    Args:
        symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[IsolatedMarginPair]
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | list[IsolatedMarginPair]]:
    """Get All Isolated Margin Symbol

     Get all isolated margin pairs, or a single one with `symbol`. The `symbol` filter (added 2024-01)
    replaces the retired `GET /sapi/v1/margin/isolated/pair`; the answer is still an array (one element
    when `symbol` is sent). Titled MARKET_DATA, but the docs list `timestamp` as mandatory, so it is
    signed.

    Args:
        symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[IsolatedMarginPair]]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | list[IsolatedMarginPair] | None:
    """Get All Isolated Margin Symbol

     Get all isolated margin pairs, or a single one with `symbol`. The `symbol` filter (added 2024-01)
    replaces the retired `GET /sapi/v1/margin/isolated/pair`; the answer is still an array (one element
    when `symbol` is sent). Titled MARKET_DATA, but the docs list `timestamp` as mandatory, so it is
    signed.

    Args:
        symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[IsolatedMarginPair]
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
