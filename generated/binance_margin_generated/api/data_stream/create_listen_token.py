from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.listen_token import ListenToken
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    is_isolated: bool | Unset = UNSET,
    validity: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["isIsolated"] = is_isolated

    params["validity"] = validity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sapi/v1/userListenToken",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ListenToken | None:
    if response.status_code == 200:
        response_200 = ListenToken.from_dict(_json_loads(response.content))

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(_json_loads(response.content))

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ListenToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    is_isolated: bool | Unset = UNSET,
    validity: int | Unset = UNSET,
) -> Response[Error | ListenToken]:
    """Create Margin Account listenToken

     Create a listenToken that authorises access to the margin account's user data stream for a limited
    time: `validity` ms (default and maximum 24 hours), so `expirationTime` = now + validity. Subscribe
    with the WebSocket API method `userDataStream.subscribe.listenToken`; to extend, create a new token
    before `expirationTime` and subscribe again. Replaces the /sapi/v1/userDataStream[/isolated]
    listenKeys removed on 2026-02-20.

    Args:
        symbol (str | Unset):
        is_isolated (bool | Unset):
        validity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListenToken]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        is_isolated=is_isolated,
        validity=validity,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    is_isolated: bool | Unset = UNSET,
    validity: int | Unset = UNSET,
) -> Error | ListenToken | None:
    """Create Margin Account listenToken

     Create a listenToken that authorises access to the margin account's user data stream for a limited
    time: `validity` ms (default and maximum 24 hours), so `expirationTime` = now + validity. Subscribe
    with the WebSocket API method `userDataStream.subscribe.listenToken`; to extend, create a new token
    before `expirationTime` and subscribe again. Replaces the /sapi/v1/userDataStream[/isolated]
    listenKeys removed on 2026-02-20.

    Args:
        symbol (str | Unset):
        is_isolated (bool | Unset):
        validity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListenToken
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        is_isolated=is_isolated,
        validity=validity,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    is_isolated: bool | Unset = UNSET,
    validity: int | Unset = UNSET,
) -> Response[Error | ListenToken]:
    """Create Margin Account listenToken

     Create a listenToken that authorises access to the margin account's user data stream for a limited
    time: `validity` ms (default and maximum 24 hours), so `expirationTime` = now + validity. Subscribe
    with the WebSocket API method `userDataStream.subscribe.listenToken`; to extend, create a new token
    before `expirationTime` and subscribe again. Replaces the /sapi/v1/userDataStream[/isolated]
    listenKeys removed on 2026-02-20.

    Args:
        symbol (str | Unset):
        is_isolated (bool | Unset):
        validity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListenToken]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        is_isolated=is_isolated,
        validity=validity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    is_isolated: bool | Unset = UNSET,
    validity: int | Unset = UNSET,
) -> Error | ListenToken | None:
    """Create Margin Account listenToken

     Create a listenToken that authorises access to the margin account's user data stream for a limited
    time: `validity` ms (default and maximum 24 hours), so `expirationTime` = now + validity. Subscribe
    with the WebSocket API method `userDataStream.subscribe.listenToken`; to extend, create a new token
    before `expirationTime` and subscribe again. Replaces the /sapi/v1/userDataStream[/isolated]
    listenKeys removed on 2026-02-20.

    Args:
        symbol (str | Unset):
        is_isolated (bool | Unset):
        validity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListenToken
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            is_isolated=is_isolated,
            validity=validity,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
