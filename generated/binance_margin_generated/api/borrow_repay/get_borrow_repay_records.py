from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.borrow_repay_records import BorrowRepayRecords
from ...models.error import Error
from ...models.get_borrow_repay_records_type import GetBorrowRepayRecordsType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: GetBorrowRepayRecordsType,
    asset: str | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    tx_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params["asset"] = asset

    params["isolatedSymbol"] = isolated_symbol

    params["txId"] = tx_id

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["current"] = current

    params["size"] = size

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
        response_200 = BorrowRepayRecords.from_dict(response.json())

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
    type_: GetBorrowRepayRecordsType,
    asset: str | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    tx_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[BorrowRepayRecords | Error]:
    """Query borrow/repay records in Margin account

     Query borrow/repay records in Margin account - `txId` or `startTime` must be sent. `txId` takes
    precedence. - Response in descending order - If an asset is sent, data within 30 days before
    `endTime`; If an asset is not sent, data within 7 days before `endTime` - If neither `startTime` nor
    `endTime` is sent, the recent 7-day data will be returned. - `startTime` set as `endTime` - 7 days
    by default, `endTime` set as current time by default

    Args:
        type_ (GetBorrowRepayRecordsType):
        asset (str | Unset):
        isolated_symbol (str | Unset):
        tx_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BorrowRepayRecords | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        asset=asset,
        isolated_symbol=isolated_symbol,
        tx_id=tx_id,
        start_time=start_time,
        end_time=end_time,
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
    type_: GetBorrowRepayRecordsType,
    asset: str | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    tx_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> BorrowRepayRecords | Error | None:
    """Query borrow/repay records in Margin account

     Query borrow/repay records in Margin account - `txId` or `startTime` must be sent. `txId` takes
    precedence. - Response in descending order - If an asset is sent, data within 30 days before
    `endTime`; If an asset is not sent, data within 7 days before `endTime` - If neither `startTime` nor
    `endTime` is sent, the recent 7-day data will be returned. - `startTime` set as `endTime` - 7 days
    by default, `endTime` set as current time by default

    Args:
        type_ (GetBorrowRepayRecordsType):
        asset (str | Unset):
        isolated_symbol (str | Unset):
        tx_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BorrowRepayRecords | Error
    """

    return sync_detailed(
        client=client,
        type_=type_,
        asset=asset,
        isolated_symbol=isolated_symbol,
        tx_id=tx_id,
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: GetBorrowRepayRecordsType,
    asset: str | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    tx_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[BorrowRepayRecords | Error]:
    """Query borrow/repay records in Margin account

     Query borrow/repay records in Margin account - `txId` or `startTime` must be sent. `txId` takes
    precedence. - Response in descending order - If an asset is sent, data within 30 days before
    `endTime`; If an asset is not sent, data within 7 days before `endTime` - If neither `startTime` nor
    `endTime` is sent, the recent 7-day data will be returned. - `startTime` set as `endTime` - 7 days
    by default, `endTime` set as current time by default

    Args:
        type_ (GetBorrowRepayRecordsType):
        asset (str | Unset):
        isolated_symbol (str | Unset):
        tx_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BorrowRepayRecords | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        asset=asset,
        isolated_symbol=isolated_symbol,
        tx_id=tx_id,
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: GetBorrowRepayRecordsType,
    asset: str | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    tx_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> BorrowRepayRecords | Error | None:
    """Query borrow/repay records in Margin account

     Query borrow/repay records in Margin account - `txId` or `startTime` must be sent. `txId` takes
    precedence. - Response in descending order - If an asset is sent, data within 30 days before
    `endTime`; If an asset is not sent, data within 7 days before `endTime` - If neither `startTime` nor
    `endTime` is sent, the recent 7-day data will be returned. - `startTime` set as `endTime` - 7 days
    by default, `endTime` set as current time by default

    Args:
        type_ (GetBorrowRepayRecordsType):
        asset (str | Unset):
        isolated_symbol (str | Unset):
        tx_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
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
            type_=type_,
            asset=asset,
            isolated_symbol=isolated_symbol,
            tx_id=tx_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
