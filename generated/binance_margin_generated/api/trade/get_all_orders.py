from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.isolated_flag import IsolatedFlag
from ...models.margin_order import MarginOrder
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    symbol: str,
    is_isolated: IsolatedFlag | Unset = UNSET,
    order_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_is_isolated: str | Unset = UNSET
    if not isinstance(is_isolated, Unset):
        json_is_isolated = is_isolated.value

    params["isIsolated"] = json_is_isolated

    params["orderId"] = order_id

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["limit"] = limit

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sapi/v1/margin/allOrders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[MarginOrder] | None:
    if response.status_code == 200:
        _response_200_from_dict = MarginOrder.from_dict
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
) -> Response[Error | list[MarginOrder]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    is_isolated: IsolatedFlag | Unset = UNSET,
    order_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | list[MarginOrder]]:
    """Query Margin Account's All Orders

     All orders of a margin account on one symbol. If orderId is set, orders >= that orderId are
    returned; otherwise the orders of the last 24 hours. startTime and endTime must be less than 24
    hours apart. For some historical orders cummulativeQuoteQty is < 0 (data not available).

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        order_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        limit (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[MarginOrder]]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        is_isolated=is_isolated,
        order_id=order_id,
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
    symbol: str,
    is_isolated: IsolatedFlag | Unset = UNSET,
    order_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | list[MarginOrder] | None:
    """Query Margin Account's All Orders

     All orders of a margin account on one symbol. If orderId is set, orders >= that orderId are
    returned; otherwise the orders of the last 24 hours. startTime and endTime must be less than 24
    hours apart. For some historical orders cummulativeQuoteQty is < 0 (data not available).

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        order_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        limit (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[MarginOrder]
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        is_isolated=is_isolated,
        order_id=order_id,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    is_isolated: IsolatedFlag | Unset = UNSET,
    order_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | list[MarginOrder]]:
    """Query Margin Account's All Orders

     All orders of a margin account on one symbol. If orderId is set, orders >= that orderId are
    returned; otherwise the orders of the last 24 hours. startTime and endTime must be less than 24
    hours apart. For some historical orders cummulativeQuoteQty is < 0 (data not available).

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        order_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        limit (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[MarginOrder]]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        is_isolated=is_isolated,
        order_id=order_id,
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
    symbol: str,
    is_isolated: IsolatedFlag | Unset = UNSET,
    order_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | list[MarginOrder] | None:
    """Query Margin Account's All Orders

     All orders of a margin account on one symbol. If orderId is set, orders >= that orderId are
    returned; otherwise the orders of the last 24 hours. startTime and endTime must be less than 24
    hours apart. For some historical orders cummulativeQuoteQty is < 0 (data not available).

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        order_id (int | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        limit (int | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[MarginOrder]
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
