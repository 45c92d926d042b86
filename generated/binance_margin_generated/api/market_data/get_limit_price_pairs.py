from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.limit_price_pairs import LimitPricePairs
from ...types import Response, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sapi/v1/margin/limit-price-pairs",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LimitPricePairs | None:
    if response.status_code == 200:
        response_200 = LimitPricePairs.from_dict(_json_loads(response.content))

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
) -> Response[Error | LimitPricePairs]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | LimitPricePairs]:
    """Get Limit Price Pairs

     Query the margin pairs with a restricted limit price range: the limit price must be within (-15%,
    15%) of the current index price. A limit buy more than 15% above, or a limit sell more than 15%
    below, the index price is rejected. The rule only affects buys above and sells below the index
    price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LimitPricePairs]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | LimitPricePairs | None:
    """Get Limit Price Pairs

     Query the margin pairs with a restricted limit price range: the limit price must be within (-15%,
    15%) of the current index price. A limit buy more than 15% above, or a limit sell more than 15%
    below, the index price is rejected. The rule only affects buys above and sells below the index
    price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LimitPricePairs
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | LimitPricePairs]:
    """Get Limit Price Pairs

     Query the margin pairs with a restricted limit price range: the limit price must be within (-15%,
    15%) of the current index price. A limit buy more than 15% above, or a limit sell more than 15%
    below, the index price is rejected. The rule only affects buys above and sells below the index
    price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LimitPricePairs]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | LimitPricePairs | None:
    """Get Limit Price Pairs

     Query the margin pairs with a restricted limit price range: the limit price must be within (-15%,
    15%) of the current index price. A limit buy more than 15% above, or a limit sell more than 15%
    below, the index price is rejected. The rule only affects buys above and sells below the index
    price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LimitPricePairs
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
