from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.available_inventory import AvailableInventory
from ...models.error import Error
from ...models.margin_type import MarginType
from ...types import UNSET, Response, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    type_: MarginType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sapi/v1/margin/available-inventory",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvailableInventory | Error | None:
    if response.status_code == 200:
        response_200 = AvailableInventory.from_dict(_json_loads(response.content))

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
) -> Response[AvailableInventory | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: MarginType,
) -> Response[AvailableInventory | Error]:
    """Query Margin Available Inventory

     Margin available inventory query: how much of each asset the margin system can still lend, for cross
    (`type=MARGIN`) or isolated (`type=ISOLATED`) margin. `assets` is a map keyed by asset name.

    Args:
        type_ (MarginType): Which margin account an operation targets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailableInventory | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: MarginType,
) -> AvailableInventory | Error | None:
    """Query Margin Available Inventory

     Margin available inventory query: how much of each asset the margin system can still lend, for cross
    (`type=MARGIN`) or isolated (`type=ISOLATED`) margin. `assets` is a map keyed by asset name.

    Args:
        type_ (MarginType): Which margin account an operation targets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailableInventory | Error
    """

    return sync_detailed(
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: MarginType,
) -> Response[AvailableInventory | Error]:
    """Query Margin Available Inventory

     Margin available inventory query: how much of each asset the margin system can still lend, for cross
    (`type=MARGIN`) or isolated (`type=ISOLATED`) margin. `assets` is a map keyed by asset name.

    Args:
        type_ (MarginType): Which margin account an operation targets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailableInventory | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: MarginType,
) -> AvailableInventory | Error | None:
    """Query Margin Available Inventory

     Margin available inventory query: how much of each asset the margin system can still lend, for cross
    (`type=MARGIN`) or isolated (`type=ISOLATED`) margin. `assets` is a map keyed by asset name.

    Args:
        type_ (MarginType): Which margin account an operation targets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailableInventory | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
