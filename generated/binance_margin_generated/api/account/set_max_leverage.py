from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.max_leverage_result import MaxLeverageResult
from ...types import UNSET, Response, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    max_leverage: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["maxLeverage"] = max_leverage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sapi/v1/margin/max-leverage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MaxLeverageResult | None:
    if response.status_code == 200:
        response_200 = MaxLeverageResult.from_dict(_json_loads(response.content))

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
) -> Response[Error | MaxLeverageResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    max_leverage: int,
) -> Response[Error | MaxLeverageResult]:
    """Adjust cross margin max leverage

     Set the cross margin account's max leverage: 3 or 5 for Cross Margin Classic, 10 for Cross Margin
    Pro (20 where compliance allows). The margin level must be higher than the initial risk ratio of the
    new leverage (3x: 1.5, 5x: 1.25, 10x: 2.5). Limited to 1 request per minute per IP.

    Args:
        max_leverage (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MaxLeverageResult]
    """

    kwargs = _get_kwargs(
        max_leverage=max_leverage,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    max_leverage: int,
) -> Error | MaxLeverageResult | None:
    """Adjust cross margin max leverage

     Set the cross margin account's max leverage: 3 or 5 for Cross Margin Classic, 10 for Cross Margin
    Pro (20 where compliance allows). The margin level must be higher than the initial risk ratio of the
    new leverage (3x: 1.5, 5x: 1.25, 10x: 2.5). Limited to 1 request per minute per IP.

    Args:
        max_leverage (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MaxLeverageResult
    """

    return sync_detailed(
        client=client,
        max_leverage=max_leverage,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    max_leverage: int,
) -> Response[Error | MaxLeverageResult]:
    """Adjust cross margin max leverage

     Set the cross margin account's max leverage: 3 or 5 for Cross Margin Classic, 10 for Cross Margin
    Pro (20 where compliance allows). The margin level must be higher than the initial risk ratio of the
    new leverage (3x: 1.5, 5x: 1.25, 10x: 2.5). Limited to 1 request per minute per IP.

    Args:
        max_leverage (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MaxLeverageResult]
    """

    kwargs = _get_kwargs(
        max_leverage=max_leverage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    max_leverage: int,
) -> Error | MaxLeverageResult | None:
    """Adjust cross margin max leverage

     Set the cross margin account's max leverage: 3 or 5 for Cross Margin Classic, 10 for Cross Margin
    Pro (20 where compliance allows). The margin level must be higher than the initial risk ratio of the
    new leverage (3x: 1.5, 5x: 1.25, 10x: 2.5). Limited to 1 request per minute per IP.

    Args:
        max_leverage (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MaxLeverageResult
    """

    return (
        await asyncio_detailed(
            client=client,
            max_leverage=max_leverage,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
