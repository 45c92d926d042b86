from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.capital_flow_entry import CapitalFlowEntry
from ...models.error import Error
from ...models.get_capital_flow_type import GetCapitalFlowType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    asset: str | Unset = UNSET,
    symbol: str | Unset = UNSET,
    type_: GetCapitalFlowType | Unset = UNSET,
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
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CapitalFlowEntry.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
    type_: GetCapitalFlowType | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    from_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | list[CapitalFlowEntry]]:
    """Query Cross Isolated Margin Capital Flow

     Query Cross Isolated Margin Capital Flow - Only supports querying the data of the last 90 days - The
    time between startTime and endTime cannot be longer than 7 days. - If both startTime and endTime are
    omitted, the most recent 7 days are queried (endTime defaults to the current time, and startTime to
    the current time minus 7 days). - If startTime is provided without endTime, endTime defaults to
    startTime plus 7 days. - If endTime is provided without startTime, startTime defaults to endTime
    minus 7 days. - If fromId is set, the data with id > fromId within the queried time range will be
    returned. Otherwise the latest data within that range will be returned. fromId does not extend the
    time range; to retrieve older records, move startTime and endTime backwards in windows of up to 7
    days. - To query isolated data, Symbol needs to be entered.

    Args:
        asset (str | Unset):
        symbol (str | Unset):
        type_ (GetCapitalFlowType | Unset):
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
    type_: GetCapitalFlowType | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    from_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | list[CapitalFlowEntry] | None:
    """Query Cross Isolated Margin Capital Flow

     Query Cross Isolated Margin Capital Flow - Only supports querying the data of the last 90 days - The
    time between startTime and endTime cannot be longer than 7 days. - If both startTime and endTime are
    omitted, the most recent 7 days are queried (endTime defaults to the current time, and startTime to
    the current time minus 7 days). - If startTime is provided without endTime, endTime defaults to
    startTime plus 7 days. - If endTime is provided without startTime, startTime defaults to endTime
    minus 7 days. - If fromId is set, the data with id > fromId within the queried time range will be
    returned. Otherwise the latest data within that range will be returned. fromId does not extend the
    time range; to retrieve older records, move startTime and endTime backwards in windows of up to 7
    days. - To query isolated data, Symbol needs to be entered.

    Args:
        asset (str | Unset):
        symbol (str | Unset):
        type_ (GetCapitalFlowType | Unset):
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
    type_: GetCapitalFlowType | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    from_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | list[CapitalFlowEntry]]:
    """Query Cross Isolated Margin Capital Flow

     Query Cross Isolated Margin Capital Flow - Only supports querying the data of the last 90 days - The
    time between startTime and endTime cannot be longer than 7 days. - If both startTime and endTime are
    omitted, the most recent 7 days are queried (endTime defaults to the current time, and startTime to
    the current time minus 7 days). - If startTime is provided without endTime, endTime defaults to
    startTime plus 7 days. - If endTime is provided without startTime, startTime defaults to endTime
    minus 7 days. - If fromId is set, the data with id > fromId within the queried time range will be
    returned. Otherwise the latest data within that range will be returned. fromId does not extend the
    time range; to retrieve older records, move startTime and endTime backwards in windows of up to 7
    days. - To query isolated data, Symbol needs to be entered.

    Args:
        asset (str | Unset):
        symbol (str | Unset):
        type_ (GetCapitalFlowType | Unset):
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
    type_: GetCapitalFlowType | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    from_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | list[CapitalFlowEntry] | None:
    """Query Cross Isolated Margin Capital Flow

     Query Cross Isolated Margin Capital Flow - Only supports querying the data of the last 90 days - The
    time between startTime and endTime cannot be longer than 7 days. - If both startTime and endTime are
    omitted, the most recent 7 days are queried (endTime defaults to the current time, and startTime to
    the current time minus 7 days). - If startTime is provided without endTime, endTime defaults to
    startTime plus 7 days. - If endTime is provided without startTime, startTime defaults to endTime
    minus 7 days. - If fromId is set, the data with id > fromId within the queried time range will be
    returned. Otherwise the latest data within that range will be returned. fromId does not extend the
    time range; to retrieve older records, move startTime and endTime backwards in windows of up to 7
    days. - To query isolated data, Symbol needs to be entered.

    Args:
        asset (str | Unset):
        symbol (str | Unset):
        type_ (GetCapitalFlowType | Unset):
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
