from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.empty_response import EmptyResponse
from ...models.error import Error
from ...types import UNSET, Response, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    listen_key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["listenKey"] = listen_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sapi/v2/margin/listen-key",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmptyResponse | Error | None:
    if response.status_code == 200:
        response_200 = EmptyResponse.from_dict(_json_loads(response.content))

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
) -> Response[EmptyResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    listen_key: str,
) -> Response[EmptyResponse | Error]:
    """Keepalive User Data Stream V2

     Extend the validity of a V2 risk data stream listenKey by 60 minutes.

    Args:
        listen_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | Error]
    """

    kwargs = _get_kwargs(
        listen_key=listen_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    listen_key: str,
) -> EmptyResponse | Error | None:
    """Keepalive User Data Stream V2

     Extend the validity of a V2 risk data stream listenKey by 60 minutes.

    Args:
        listen_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | Error
    """

    return sync_detailed(
        client=client,
        listen_key=listen_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    listen_key: str,
) -> Response[EmptyResponse | Error]:
    """Keepalive User Data Stream V2

     Extend the validity of a V2 risk data stream listenKey by 60 minutes.

    Args:
        listen_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | Error]
    """

    kwargs = _get_kwargs(
        listen_key=listen_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    listen_key: str,
) -> EmptyResponse | Error | None:
    """Keepalive User Data Stream V2

     Extend the validity of a V2 risk data stream listenKey by 60 minutes.

    Args:
        listen_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            listen_key=listen_key,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
