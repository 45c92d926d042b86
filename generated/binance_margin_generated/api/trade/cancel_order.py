from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.cancelled_order import CancelledOrder
from ...models.error import Error
from ...models.isolated_flag import IsolatedFlag
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    symbol: str,
    is_isolated: IsolatedFlag | Unset = UNSET,
    order_id: int | Unset = UNSET,
    orig_client_order_id: str | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_is_isolated: str | Unset = UNSET
    if not isinstance(is_isolated, Unset):
        json_is_isolated = is_isolated.value

    params["isIsolated"] = json_is_isolated

    params["orderId"] = order_id

    params["origClientOrderId"] = orig_client_order_id

    params["newClientOrderId"] = new_client_order_id

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/sapi/v1/margin/order",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CancelledOrder | Error | None:
    if response.status_code == 200:
        response_200 = CancelledOrder.from_dict(_json_loads(response.content))

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
) -> Response[CancelledOrder | Error]:
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
    orig_client_order_id: str | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[CancelledOrder | Error]:
    """Margin Account Cancel Order

     Cancels an active order of a margin account. Either orderId or origClientOrderId must be sent.
    Binance sends orderId in this response as a JSON string ("28").

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        order_id (int | Unset):
        orig_client_order_id (str | Unset):
        new_client_order_id (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelledOrder | Error]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        is_isolated=is_isolated,
        order_id=order_id,
        orig_client_order_id=orig_client_order_id,
        new_client_order_id=new_client_order_id,
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
    orig_client_order_id: str | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> CancelledOrder | Error | None:
    """Margin Account Cancel Order

     Cancels an active order of a margin account. Either orderId or origClientOrderId must be sent.
    Binance sends orderId in this response as a JSON string ("28").

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        order_id (int | Unset):
        orig_client_order_id (str | Unset):
        new_client_order_id (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelledOrder | Error
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        is_isolated=is_isolated,
        order_id=order_id,
        orig_client_order_id=orig_client_order_id,
        new_client_order_id=new_client_order_id,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    is_isolated: IsolatedFlag | Unset = UNSET,
    order_id: int | Unset = UNSET,
    orig_client_order_id: str | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[CancelledOrder | Error]:
    """Margin Account Cancel Order

     Cancels an active order of a margin account. Either orderId or origClientOrderId must be sent.
    Binance sends orderId in this response as a JSON string ("28").

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        order_id (int | Unset):
        orig_client_order_id (str | Unset):
        new_client_order_id (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelledOrder | Error]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        is_isolated=is_isolated,
        order_id=order_id,
        orig_client_order_id=orig_client_order_id,
        new_client_order_id=new_client_order_id,
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
    orig_client_order_id: str | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> CancelledOrder | Error | None:
    """Margin Account Cancel Order

     Cancels an active order of a margin account. Either orderId or origClientOrderId must be sent.
    Binance sends orderId in this response as a JSON string ("28").

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        order_id (int | Unset):
        orig_client_order_id (str | Unset):
        new_client_order_id (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelledOrder | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            is_isolated=is_isolated,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
