from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.margin_transfer_direction import MarginTransferDirection
from ...models.transfer_history import TransferHistory
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    asset: str | Unset = UNSET,
    type_: MarginTransferDirection | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["asset"] = asset

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["current"] = current

    params["size"] = size

    params["isolatedSymbol"] = isolated_symbol

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sapi/v1/margin/transfer",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TransferHistory | None:
    if response.status_code == 200:
        response_200 = TransferHistory.from_dict(_json_loads(response.content))

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
) -> Response[Error | TransferHistory]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    asset: str | Unset = UNSET,
    type_: MarginTransferDirection | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | TransferHistory]:
    """Get Cross Margin Transfer History

     Transfers into (ROLL_IN) and out of (ROLL_OUT) the cross margin account, or of an isolated pair when
    `isolatedSymbol` is sent. Newest first. `startTime`..`endTime` may span at most 30 days; the last 7
    days are returned by default. Pages of `size` (default 10, max 100). Replaces the retired GET
    /sapi/v1/margin/isolated/transfer.

    Args:
        asset (str | Unset):
        type_ (MarginTransferDirection | Unset): Direction of a margin transfer record (into or
            out of the margin account).
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
        isolated_symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TransferHistory]
    """

    kwargs = _get_kwargs(
        asset=asset,
        type_=type_,
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
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
    asset: str | Unset = UNSET,
    type_: MarginTransferDirection | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | TransferHistory | None:
    """Get Cross Margin Transfer History

     Transfers into (ROLL_IN) and out of (ROLL_OUT) the cross margin account, or of an isolated pair when
    `isolatedSymbol` is sent. Newest first. `startTime`..`endTime` may span at most 30 days; the last 7
    days are returned by default. Pages of `size` (default 10, max 100). Replaces the retired GET
    /sapi/v1/margin/isolated/transfer.

    Args:
        asset (str | Unset):
        type_ (MarginTransferDirection | Unset): Direction of a margin transfer record (into or
            out of the margin account).
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
        isolated_symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TransferHistory
    """

    return sync_detailed(
        client=client,
        asset=asset,
        type_=type_,
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
        isolated_symbol=isolated_symbol,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    asset: str | Unset = UNSET,
    type_: MarginTransferDirection | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | TransferHistory]:
    """Get Cross Margin Transfer History

     Transfers into (ROLL_IN) and out of (ROLL_OUT) the cross margin account, or of an isolated pair when
    `isolatedSymbol` is sent. Newest first. `startTime`..`endTime` may span at most 30 days; the last 7
    days are returned by default. Pages of `size` (default 10, max 100). Replaces the retired GET
    /sapi/v1/margin/isolated/transfer.

    Args:
        asset (str | Unset):
        type_ (MarginTransferDirection | Unset): Direction of a margin transfer record (into or
            out of the margin account).
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
        isolated_symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TransferHistory]
    """

    kwargs = _get_kwargs(
        asset=asset,
        type_=type_,
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
        isolated_symbol=isolated_symbol,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    asset: str | Unset = UNSET,
    type_: MarginTransferDirection | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | TransferHistory | None:
    """Get Cross Margin Transfer History

     Transfers into (ROLL_IN) and out of (ROLL_OUT) the cross margin account, or of an isolated pair when
    `isolatedSymbol` is sent. Newest first. `startTime`..`endTime` may span at most 30 days; the last 7
    days are returned by default. Pages of `size` (default 10, max 100). Replaces the retired GET
    /sapi/v1/margin/isolated/transfer.

    Args:
        asset (str | Unset):
        type_ (MarginTransferDirection | Unset): Direction of a margin transfer record (into or
            out of the margin account).
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
        isolated_symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TransferHistory
    """

    return (
        await asyncio_detailed(
            client=client,
            asset=asset,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            isolated_symbol=isolated_symbol,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
