from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.interest_history import InterestHistory
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


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
        response_200 = InterestHistory.from_dict(_json_loads(response.content))

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

     Interest charged on margin loans, cross margin unless `isolatedSymbol` is sent. Response in
    descending order. The interval between `startTime` and `endTime` is at most 30 days. Neither sent:
    the last 7 days; only `startTime`: [max(startTime, now - 30 days), now]; only `endTime`: [endTime -
    7 days, endTime]. Paged with `current` (from 1) and `size` (default 10, max 100). Row `type`:
    PERIODIC (hourly), ON_BORROW (first charge on borrowing), PERIODIC_CONVERTED / ON_BORROW_CONVERTED
    (the same, paid in BNB), PORTFOLIO (daily interest on a portfolio margin negative balance).

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

     Interest charged on margin loans, cross margin unless `isolatedSymbol` is sent. Response in
    descending order. The interval between `startTime` and `endTime` is at most 30 days. Neither sent:
    the last 7 days; only `startTime`: [max(startTime, now - 30 days), now]; only `endTime`: [endTime -
    7 days, endTime]. Paged with `current` (from 1) and `size` (default 10, max 100). Row `type`:
    PERIODIC (hourly), ON_BORROW (first charge on borrowing), PERIODIC_CONVERTED / ON_BORROW_CONVERTED
    (the same, paid in BNB), PORTFOLIO (daily interest on a portfolio margin negative balance).

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

     Interest charged on margin loans, cross margin unless `isolatedSymbol` is sent. Response in
    descending order. The interval between `startTime` and `endTime` is at most 30 days. Neither sent:
    the last 7 days; only `startTime`: [max(startTime, now - 30 days), now]; only `endTime`: [endTime -
    7 days, endTime]. Paged with `current` (from 1) and `size` (default 10, max 100). Row `type`:
    PERIODIC (hourly), ON_BORROW (first charge on borrowing), PERIODIC_CONVERTED / ON_BORROW_CONVERTED
    (the same, paid in BNB), PORTFOLIO (daily interest on a portfolio margin negative balance).

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

     Interest charged on margin loans, cross margin unless `isolatedSymbol` is sent. Response in
    descending order. The interval between `startTime` and `endTime` is at most 30 days. Neither sent:
    the last 7 days; only `startTime`: [max(startTime, now - 30 days), now]; only `endTime`: [endTime -
    7 days, endTime]. Paged with `current` (from 1) and `size` (default 10, max 100). Row `type`:
    PERIODIC (hourly), ON_BORROW (first charge on borrowing), PERIODIC_CONVERTED / ON_BORROW_CONVERTED
    (the same, paid in BNB), PORTFOLIO (daily interest on a portfolio margin negative balance).

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
