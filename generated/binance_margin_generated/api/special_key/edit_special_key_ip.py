from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.empty_response import EmptyResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    api_key: str,
    symbol: str | Unset = UNSET,
    ip: list[str],
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["apiKey"] = api_key

    params["symbol"] = symbol

    json_ip = ip

    params["ip"] = ",".join(str(item) for item in json_ip)

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sapi/v1/margin/apiKey/ip",
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
    api_key: str,
    symbol: str | Unset = UNSET,
    ip: list[str],
    recv_window: int | Unset = UNSET,
) -> Response[EmptyResponse | Error]:
    """Edit ip for Special Key(Low-Latency Trading)

     Edit the IP restriction of a special key. This only applies to Special Key for Low Latency Trading.
    The API key making the request needs the "Enable Spot & Margin Trading" permission.

    Args:
        api_key (str):
        symbol (str | Unset):
        ip (list[str]):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | Error]
    """

    kwargs = _get_kwargs(
        api_key=api_key,
        symbol=symbol,
        ip=ip,
        recv_window=recv_window,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    api_key: str,
    symbol: str | Unset = UNSET,
    ip: list[str],
    recv_window: int | Unset = UNSET,
) -> EmptyResponse | Error | None:
    """Edit ip for Special Key(Low-Latency Trading)

     Edit the IP restriction of a special key. This only applies to Special Key for Low Latency Trading.
    The API key making the request needs the "Enable Spot & Margin Trading" permission.

    Args:
        api_key (str):
        symbol (str | Unset):
        ip (list[str]):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | Error
    """

    return sync_detailed(
        client=client,
        api_key=api_key,
        symbol=symbol,
        ip=ip,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    api_key: str,
    symbol: str | Unset = UNSET,
    ip: list[str],
    recv_window: int | Unset = UNSET,
) -> Response[EmptyResponse | Error]:
    """Edit ip for Special Key(Low-Latency Trading)

     Edit the IP restriction of a special key. This only applies to Special Key for Low Latency Trading.
    The API key making the request needs the "Enable Spot & Margin Trading" permission.

    Args:
        api_key (str):
        symbol (str | Unset):
        ip (list[str]):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | Error]
    """

    kwargs = _get_kwargs(
        api_key=api_key,
        symbol=symbol,
        ip=ip,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    api_key: str,
    symbol: str | Unset = UNSET,
    ip: list[str],
    recv_window: int | Unset = UNSET,
) -> EmptyResponse | Error | None:
    """Edit ip for Special Key(Low-Latency Trading)

     Edit the IP restriction of a special key. This only applies to Special Key for Low Latency Trading.
    The API key making the request needs the "Enable Spot & Margin Trading" permission.

    Args:
        api_key (str):
        symbol (str | Unset):
        ip (list[str]):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            api_key=api_key,
            symbol=symbol,
            ip=ip,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
