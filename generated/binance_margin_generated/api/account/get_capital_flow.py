from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.capital_flow_entry import CapitalFlowEntry
from ...models.capital_flow_type import CapitalFlowType
from ...models.error import Error
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    asset: str | Unset = UNSET,
    symbol: str | Unset = UNSET,
    type_: CapitalFlowType | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    from_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["asset"] = asset

    params["symbol"] = symbol

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["fromId"] = from_id

    params["limit"] = limit

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sapi/v1/margin/capital-flow",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[CapitalFlowEntry] | None:
    if response.status_code == 200:
        _response_200_from_dict = CapitalFlowEntry.from_dict
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
) -> Response[Error | list[CapitalFlowEntry]]:
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
    symbol: str | Unset = UNSET,
    type_: CapitalFlowType | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    from_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | list[CapitalFlowEntry]]:
    """Query Cross Isolated Margin Capital Flow

     Capital flow (transfers, borrows, repays, trade income/expense, fees, liquidations ...) of the cross
    margin account, or of one isolated pair when `symbol` is sent. Only the last 90 days can be queried,
    and `startTime`..`endTime` may span at most 7 days. Without both times the latest 7 days are
    returned; with only `startTime`, `endTime` = `startTime` + 7 days; with only `endTime`, `startTime`
    = `endTime` - 7 days. With `fromId`, records with id > `fromId` inside the time range are returned,
    otherwise the latest records; `fromId` does not widen the range (move the 7-day window back to page
    further). `limit` defaults to 500, max 1000.

    Args:
        asset (str | Unset):
        symbol (str | Unset):
        type_ (CapitalFlowType | Unset): Kind of margin capital flow.
        start_time (int | Unset):
        end_time (int | Unset):
        from_id (int | Unset):
        limit (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CapitalFlowEntry]]
    """

    kwargs = _get_kwargs(
        asset=asset,
        symbol=symbol,
        type_=type_,
        start_time=start_time,
        end_time=end_time,
        from_id=from_id,
        limit=limit,
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
    symbol: str | Unset = UNSET,
    type_: CapitalFlowType | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    from_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | list[CapitalFlowEntry] | None:
    """Query Cross Isolated Margin Capital Flow

     Capital flow (transfers, borrows, repays, trade income/expense, fees, liquidations ...) of the cross
    margin account, or of one isolated pair when `symbol` is sent. Only the last 90 days can be queried,
    and `startTime`..`endTime` may span at most 7 days. Without both times the latest 7 days are
    returned; with only `startTime`, `endTime` = `startTime` + 7 days; with only `endTime`, `startTime`
    = `endTime` - 7 days. With `fromId`, records with id > `fromId` inside the time range are returned,
    otherwise the latest records; `fromId` does not widen the range (move the 7-day window back to page
    further). `limit` defaults to 500, max 1000.

    Args:
        asset (str | Unset):
        symbol (str | Unset):
        type_ (CapitalFlowType | Unset): Kind of margin capital flow.
        start_time (int | Unset):
        end_time (int | Unset):
        from_id (int | Unset):
        limit (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CapitalFlowEntry]
    """

    return sync_detailed(
        client=client,
        asset=asset,
        symbol=symbol,
        type_=type_,
        start_time=start_time,
        end_time=end_time,
        from_id=from_id,
        limit=limit,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    asset: str | Unset = UNSET,
    symbol: str | Unset = UNSET,
    type_: CapitalFlowType | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    from_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | list[CapitalFlowEntry]]:
    """Query Cross Isolated Margin Capital Flow

     Capital flow (transfers, borrows, repays, trade income/expense, fees, liquidations ...) of the cross
    margin account, or of one isolated pair when `symbol` is sent. Only the last 90 days can be queried,
    and `startTime`..`endTime` may span at most 7 days. Without both times the latest 7 days are
    returned; with only `startTime`, `endTime` = `startTime` + 7 days; with only `endTime`, `startTime`
    = `endTime` - 7 days. With `fromId`, records with id > `fromId` inside the time range are returned,
    otherwise the latest records; `fromId` does not widen the range (move the 7-day window back to page
    further). `limit` defaults to 500, max 1000.

    Args:
        asset (str | Unset):
        symbol (str | Unset):
        type_ (CapitalFlowType | Unset): Kind of margin capital flow.
        start_time (int | Unset):
        end_time (int | Unset):
        from_id (int | Unset):
        limit (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CapitalFlowEntry]]
    """

    kwargs = _get_kwargs(
        asset=asset,
        symbol=symbol,
        type_=type_,
        start_time=start_time,
        end_time=end_time,
        from_id=from_id,
        limit=limit,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    asset: str | Unset = UNSET,
    symbol: str | Unset = UNSET,
    type_: CapitalFlowType | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    from_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | list[CapitalFlowEntry] | None:
    """Query Cross Isolated Margin Capital Flow

     Capital flow (transfers, borrows, repays, trade income/expense, fees, liquidations ...) of the cross
    margin account, or of one isolated pair when `symbol` is sent. Only the last 90 days can be queried,
    and `startTime`..`endTime` may span at most 7 days. Without both times the latest 7 days are
    returned; with only `startTime`, `endTime` = `startTime` + 7 days; with only `endTime`, `startTime`
    = `endTime` - 7 days. With `fromId`, records with id > `fromId` inside the time range are returned,
    otherwise the latest records; `fromId` does not widen the range (move the 7-day window back to page
    further). `limit` defaults to 500, max 1000.

    Args:
        asset (str | Unset):
        symbol (str | Unset):
        type_ (CapitalFlowType | Unset): Kind of margin capital flow.
        start_time (int | Unset):
        end_time (int | Unset):
        from_id (int | Unset):
        limit (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CapitalFlowEntry]
    """

    return (
        await asyncio_detailed(
            client=client,
            asset=asset,
            symbol=symbol,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            from_id=from_id,
            limit=limit,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
