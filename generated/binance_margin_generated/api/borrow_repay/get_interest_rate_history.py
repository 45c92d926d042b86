from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.interest_rate_history_entry import InterestRateHistoryEntry
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    asset: str,
    vip_level: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["asset"] = asset

    params["vipLevel"] = vip_level

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sapi/v1/margin/interestRateHistory",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[InterestRateHistoryEntry] | None:
    if response.status_code == 200:
        _response_200_from_dict = InterestRateHistoryEntry.from_dict
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
) -> Response[Error | list[InterestRateHistoryEntry]]:
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
    vip_level: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | list[InterestRateHistoryEntry]]:
    """Query Margin Interest Rate History

     Daily margin interest rates of an asset for a VIP level (default the caller's level) over time.
    `startTime` defaults to 7 days ago, `endTime` to now; the range is at most 1 month.

    Args:
        asset (str):
        vip_level (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[InterestRateHistoryEntry]]
    """

    kwargs = _get_kwargs(
        asset=asset,
        vip_level=vip_level,
        start_time=start_time,
        end_time=end_time,
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
    vip_level: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | list[InterestRateHistoryEntry] | None:
    """Query Margin Interest Rate History

     Daily margin interest rates of an asset for a VIP level (default the caller's level) over time.
    `startTime` defaults to 7 days ago, `endTime` to now; the range is at most 1 month.

    Args:
        asset (str):
        vip_level (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[InterestRateHistoryEntry]
    """

    return sync_detailed(
        client=client,
        asset=asset,
        vip_level=vip_level,
        start_time=start_time,
        end_time=end_time,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    asset: str,
    vip_level: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | list[InterestRateHistoryEntry]]:
    """Query Margin Interest Rate History

     Daily margin interest rates of an asset for a VIP level (default the caller's level) over time.
    `startTime` defaults to 7 days ago, `endTime` to now; the range is at most 1 month.

    Args:
        asset (str):
        vip_level (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[InterestRateHistoryEntry]]
    """

    kwargs = _get_kwargs(
        asset=asset,
        vip_level=vip_level,
        start_time=start_time,
        end_time=end_time,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    asset: str,
    vip_level: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | list[InterestRateHistoryEntry] | None:
    """Query Margin Interest Rate History

     Daily margin interest rates of an asset for a VIP level (default the caller's level) over time.
    `startTime` defaults to 7 days ago, `endTime` to now; the range is at most 1 month.

    Args:
        asset (str):
        vip_level (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[InterestRateHistoryEntry]
    """

    return (
        await asyncio_detailed(
            client=client,
            asset=asset,
            vip_level=vip_level,
            start_time=start_time,
            end_time=end_time,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
