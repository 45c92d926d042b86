from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.interest_history import InterestHistory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    asset: str | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["asset"] = asset

    params["isolatedSymbol"] = isolated_symbol

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["current"] = current

    params["size"] = size

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sapi/v1/margin/interestHistory",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | InterestHistory | None:
    if response.status_code == 200:
        response_200 = InterestHistory.from_dict(response.json())

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
) -> Response[Error | InterestHistory]:
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
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | InterestHistory]:
    """Get Interest History

     Get Interest History - Response in descending order - If isolatedSymbol is not sent, crossed margin
    data will be returned - The max interval between `startTime` and `endTime` is 30 days. It is a MUST
    to ensure data correctness. - If `startTime`and `endTime` not sent, return records of the last 7
    days by default. - If `startTime` is sent and `endTime` is not sent, return records of
    [max(`startTime`, now-30d), now]. - If `startTime` is not sent and `endTime` is sent, return records
    of [`endTime`-7, `endTime`] - `type` in response has 4 enums: - `PERIODIC` interest charged per hour
    - `ON_BORROW` first interest charged on borrow - `PERIODIC_CONVERTED` interest charged per hour
    converted into BNB - `ON_BORROW_CONVERTED` first interest charged on borrow converted into BNB -
    `PORTFOLIO` interest charged daily on the portfolio margin negative balance

    Args:
        asset (str | Unset):
        isolated_symbol (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InterestHistory]
    """

    kwargs = _get_kwargs(
        asset=asset,
        isolated_symbol=isolated_symbol,
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
    asset: str | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | InterestHistory | None:
    """Get Interest History

     Get Interest History - Response in descending order - If isolatedSymbol is not sent, crossed margin
    data will be returned - The max interval between `startTime` and `endTime` is 30 days. It is a MUST
    to ensure data correctness. - If `startTime`and `endTime` not sent, return records of the last 7
    days by default. - If `startTime` is sent and `endTime` is not sent, return records of
    [max(`startTime`, now-30d), now]. - If `startTime` is not sent and `endTime` is sent, return records
    of [`endTime`-7, `endTime`] - `type` in response has 4 enums: - `PERIODIC` interest charged per hour
    - `ON_BORROW` first interest charged on borrow - `PERIODIC_CONVERTED` interest charged per hour
    converted into BNB - `ON_BORROW_CONVERTED` first interest charged on borrow converted into BNB -
    `PORTFOLIO` interest charged daily on the portfolio margin negative balance

    Args:
        asset (str | Unset):
        isolated_symbol (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InterestHistory
    """

    return sync_detailed(
        client=client,
        asset=asset,
        isolated_symbol=isolated_symbol,
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    asset: str | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | InterestHistory]:
    """Get Interest History

     Get Interest History - Response in descending order - If isolatedSymbol is not sent, crossed margin
    data will be returned - The max interval between `startTime` and `endTime` is 30 days. It is a MUST
    to ensure data correctness. - If `startTime`and `endTime` not sent, return records of the last 7
    days by default. - If `startTime` is sent and `endTime` is not sent, return records of
    [max(`startTime`, now-30d), now]. - If `startTime` is not sent and `endTime` is sent, return records
    of [`endTime`-7, `endTime`] - `type` in response has 4 enums: - `PERIODIC` interest charged per hour
    - `ON_BORROW` first interest charged on borrow - `PERIODIC_CONVERTED` interest charged per hour
    converted into BNB - `ON_BORROW_CONVERTED` first interest charged on borrow converted into BNB -
    `PORTFOLIO` interest charged daily on the portfolio margin negative balance

    Args:
        asset (str | Unset):
        isolated_symbol (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InterestHistory]
    """

    kwargs = _get_kwargs(
        asset=asset,
        isolated_symbol=isolated_symbol,
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
    asset: str | Unset = UNSET,
    isolated_symbol: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = UNSET,
    size: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | InterestHistory | None:
    """Get Interest History

     Get Interest History - Response in descending order - If isolatedSymbol is not sent, crossed margin
    data will be returned - The max interval between `startTime` and `endTime` is 30 days. It is a MUST
    to ensure data correctness. - If `startTime`and `endTime` not sent, return records of the last 7
    days by default. - If `startTime` is sent and `endTime` is not sent, return records of
    [max(`startTime`, now-30d), now]. - If `startTime` is not sent and `endTime` is sent, return records
    of [`endTime`-7, `endTime`] - `type` in response has 4 enums: - `PERIODIC` interest charged per hour
    - `ON_BORROW` first interest charged on borrow - `PERIODIC_CONVERTED` interest charged per hour
    converted into BNB - `ON_BORROW_CONVERTED` first interest charged on borrow converted into BNB -
    `PORTFOLIO` interest charged daily on the portfolio margin negative balance

    Args:
        asset (str | Unset):
        isolated_symbol (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        current (int | Unset):
        size (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InterestHistory
    """

    return (
        await asyncio_detailed(
            client=client,
            asset=asset,
            isolated_symbol=isolated_symbol,
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
