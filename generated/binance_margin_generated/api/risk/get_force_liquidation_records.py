from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.force_liquidation_records import ForceLiquidationRecords
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["isolatedSymbol"] = isolated_symbol

    params["current"] = current

    params["size"] = size

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sapi/v1/margin/forceLiquidationRec",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ForceLiquidationRecords | None:
    if response.status_code == 200:
        response_200 = ForceLiquidationRecords.from_dict(_json_loads(response.content))

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
) -> Response[Error | ForceLiquidationRecords]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | ForceLiquidationRecords]:
    """Get Force Liquidation Record

     Orders Binance placed to force-liquidate the account, cross margin unless `isolatedSymbol` is sent.
    Response in descending order. Paged with `current` (from 1) and `size` (default 10, max 100).

    Args:
        start_time (int | Unset):
        end_time (int | Unset):
        isolated_symbol (str | Unset):
        current (int | Unset):
        size (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ForceLiquidationRecords]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        isolated_symbol=isolated_symbol,
        current=current,
        size=size,
        recv_window=recv_window,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | ForceLiquidationRecords | None:
    """Get Force Liquidation Record

     Orders Binance placed to force-liquidate the account, cross margin unless `isolatedSymbol` is sent.
    Response in descending order. Paged with `current` (from 1) and `size` (default 10, max 100).

    Args:
        start_time (int | Unset):
        end_time (int | Unset):
        isolated_symbol (str | Unset):
        current (int | Unset):
        size (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ForceLiquidationRecords
    """

    return sync_detailed(
        client=client,
        start_time=start_time,
        end_time=end_time,
        isolated_symbol=isolated_symbol,
        current=current,
        size=size,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | ForceLiquidationRecords]:
    """Get Force Liquidation Record

     Orders Binance placed to force-liquidate the account, cross margin unless `isolatedSymbol` is sent.
    Response in descending order. Paged with `current` (from 1) and `size` (default 10, max 100).

    Args:
        start_time (int | Unset):
        end_time (int | Unset):
        isolated_symbol (str | Unset):
        current (int | Unset):
        size (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ForceLiquidationRecords]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        isolated_symbol=isolated_symbol,
        current=current,
        size=size,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | ForceLiquidationRecords | None:
    """Get Force Liquidation Record

     Orders Binance placed to force-liquidate the account, cross margin unless `isolatedSymbol` is sent.
    Response in descending order. Paged with `current` (from 1) and `size` (default 10, max 100).

    Args:
        start_time (int | Unset):
        end_time (int | Unset):
        isolated_symbol (str | Unset):
        current (int | Unset):
        size (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ForceLiquidationRecords
    """

    return (
        await asyncio_detailed(
            client=client,
            start_time=start_time,
            end_time=end_time,
            isolated_symbol=isolated_symbol,
            current=current,
            size=size,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
