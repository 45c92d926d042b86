from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.isolated_flag import IsolatedFlag
from ...models.margin_order_list import MarginOrderList
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    is_isolated: IsolatedFlag | Unset = UNSET,
    symbol: str | Unset = UNSET,
    from_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_is_isolated: str | Unset = UNSET
    if not isinstance(is_isolated, Unset):
        json_is_isolated = is_isolated.value

    params["isIsolated"] = json_is_isolated

    params["symbol"] = symbol

    params["fromId"] = from_id

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["limit"] = limit

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sapi/v1/margin/allOrderList",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[MarginOrderList] | None:
    if response.status_code == 200:
        _response_200_from_dict = MarginOrderList.from_dict
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
) -> Response[Error | list[MarginOrderList]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    is_isolated: IsolatedFlag | Unset = UNSET,
    symbol: str | Unset = UNSET,
    from_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | list[MarginOrderList]]:
    """Query Margin Account's all OCO

     Retrieves all OCO order lists of a margin account, filtered by the optional parameters. fromId
    cannot be combined with startTime/endTime. For isolated margin send isIsolated="TRUE" and the pair
    in symbol; for cross margin omit symbol.

    Args:
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        symbol (str | Unset):
        from_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        limit (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[MarginOrderList]]
    """

    kwargs = _get_kwargs(
        is_isolated=is_isolated,
        symbol=symbol,
        from_id=from_id,
        start_time=start_time,
        end_time=end_time,
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
    is_isolated: IsolatedFlag | Unset = UNSET,
    symbol: str | Unset = UNSET,
    from_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | list[MarginOrderList] | None:
    """Query Margin Account's all OCO

     Retrieves all OCO order lists of a margin account, filtered by the optional parameters. fromId
    cannot be combined with startTime/endTime. For isolated margin send isIsolated="TRUE" and the pair
    in symbol; for cross margin omit symbol.

    Args:
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        symbol (str | Unset):
        from_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        limit (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[MarginOrderList]
    """

    return sync_detailed(
        client=client,
        is_isolated=is_isolated,
        symbol=symbol,
        from_id=from_id,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    is_isolated: IsolatedFlag | Unset = UNSET,
    symbol: str | Unset = UNSET,
    from_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | list[MarginOrderList]]:
    """Query Margin Account's all OCO

     Retrieves all OCO order lists of a margin account, filtered by the optional parameters. fromId
    cannot be combined with startTime/endTime. For isolated margin send isIsolated="TRUE" and the pair
    in symbol; for cross margin omit symbol.

    Args:
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        symbol (str | Unset):
        from_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        limit (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[MarginOrderList]]
    """

    kwargs = _get_kwargs(
        is_isolated=is_isolated,
        symbol=symbol,
        from_id=from_id,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    is_isolated: IsolatedFlag | Unset = UNSET,
    symbol: str | Unset = UNSET,
    from_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | list[MarginOrderList] | None:
    """Query Margin Account's all OCO

     Retrieves all OCO order lists of a margin account, filtered by the optional parameters. fromId
    cannot be combined with startTime/endTime. For isolated margin send isIsolated="TRUE" and the pair
    in symbol; for cross margin omit symbol.

    Args:
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        symbol (str | Unset):
        from_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        limit (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[MarginOrderList]
    """

    return (
        await asyncio_detailed(
            client=client,
            is_isolated=is_isolated,
            symbol=symbol,
            from_id=from_id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
