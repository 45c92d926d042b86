from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.borrow_repay_records import BorrowRepayRecords
from ...models.borrow_repay_type import BorrowRepayType
from ...models.error import Error
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    asset: str | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    tx_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    type_: BorrowRepayType,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["asset"] = asset

    params["isolatedSymbol"] = isolated_symbol

    params["txId"] = tx_id

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["current"] = current

    params["size"] = size

    json_type_ = type_.value
    params["type"] = json_type_

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sapi/v1/margin/borrow-repay",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BorrowRepayRecords | Error | None:
    if response.status_code == 200:
        response_200 = BorrowRepayRecords.from_dict(_json_loads(response.content))

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
) -> Response[BorrowRepayRecords | Error]:
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
    isolated_symbol: str | Unset = UNSET,
    tx_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    type_: BorrowRepayType,
    recv_window: int | Unset = UNSET,
) -> Response[BorrowRepayRecords | Error]:
    """Query borrow/repay records in Margin account

     Borrow or repay records (`type` selects which) of the cross margin account, or of one isolated pair
    with `isolatedSymbol`. Either `txId` or `startTime` must be sent; `txId` takes precedence. Response
    in descending order. With `asset` the window is at most 30 days before `endTime`, without it 7 days.
    If neither `startTime` nor `endTime` is sent the last 7 days are returned; `startTime` defaults to
    `endTime` - 7 days, `endTime` to now. Paged with `current` (from 1) and `size` (default 10, max
    100).

    Args:
        asset (str | Unset):
        isolated_symbol (str | Unset):
        tx_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
        type_ (BorrowRepayType): Whether a margin loan operation borrows or repays.
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BorrowRepayRecords | Error]
    """

    kwargs = _get_kwargs(
        asset=asset,
        isolated_symbol=isolated_symbol,
        tx_id=tx_id,
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
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
    asset: str | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    tx_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    type_: BorrowRepayType,
    recv_window: int | Unset = UNSET,
) -> BorrowRepayRecords | Error | None:
    """Query borrow/repay records in Margin account

     Borrow or repay records (`type` selects which) of the cross margin account, or of one isolated pair
    with `isolatedSymbol`. Either `txId` or `startTime` must be sent; `txId` takes precedence. Response
    in descending order. With `asset` the window is at most 30 days before `endTime`, without it 7 days.
    If neither `startTime` nor `endTime` is sent the last 7 days are returned; `startTime` defaults to
    `endTime` - 7 days, `endTime` to now. Paged with `current` (from 1) and `size` (default 10, max
    100).

    Args:
        asset (str | Unset):
        isolated_symbol (str | Unset):
        tx_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
        type_ (BorrowRepayType): Whether a margin loan operation borrows or repays.
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BorrowRepayRecords | Error
    """

    return sync_detailed(
        client=client,
        asset=asset,
        isolated_symbol=isolated_symbol,
        tx_id=tx_id,
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
        type_=type_,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    asset: str | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    tx_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    type_: BorrowRepayType,
    recv_window: int | Unset = UNSET,
) -> Response[BorrowRepayRecords | Error]:
    """Query borrow/repay records in Margin account

     Borrow or repay records (`type` selects which) of the cross margin account, or of one isolated pair
    with `isolatedSymbol`. Either `txId` or `startTime` must be sent; `txId` takes precedence. Response
    in descending order. With `asset` the window is at most 30 days before `endTime`, without it 7 days.
    If neither `startTime` nor `endTime` is sent the last 7 days are returned; `startTime` defaults to
    `endTime` - 7 days, `endTime` to now. Paged with `current` (from 1) and `size` (default 10, max
    100).

    Args:
        asset (str | Unset):
        isolated_symbol (str | Unset):
        tx_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
        type_ (BorrowRepayType): Whether a margin loan operation borrows or repays.
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BorrowRepayRecords | Error]
    """

    kwargs = _get_kwargs(
        asset=asset,
        isolated_symbol=isolated_symbol,
        tx_id=tx_id,
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
        type_=type_,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    asset: str | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    tx_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    type_: BorrowRepayType,
    recv_window: int | Unset = UNSET,
) -> BorrowRepayRecords | Error | None:
    """Query borrow/repay records in Margin account

     Borrow or repay records (`type` selects which) of the cross margin account, or of one isolated pair
    with `isolatedSymbol`. Either `txId` or `startTime` must be sent; `txId` takes precedence. Response
    in descending order. With `asset` the window is at most 30 days before `endTime`, without it 7 days.
    If neither `startTime` nor `endTime` is sent the last 7 days are returned; `startTime` defaults to
    `endTime` - 7 days, `endTime` to now. Paged with `current` (from 1) and `size` (default 10, max
    100).

    Args:
        asset (str | Unset):
        isolated_symbol (str | Unset):
        tx_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
        type_ (BorrowRepayType): Whether a margin loan operation borrows or repays.
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BorrowRepayRecords | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            asset=asset,
            isolated_symbol=isolated_symbol,
            tx_id=tx_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            type_=type_,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
