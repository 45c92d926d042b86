from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.isolated_flag import IsolatedFlag
from ...models.next_hourly_interest_rate import NextHourlyInterestRate
from ...types import UNSET, Response, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    assets: list[str],
    is_isolated: IsolatedFlag,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_assets = assets

    params["assets"] = ",".join(str(item) for item in json_assets)

    json_is_isolated = is_isolated.value
    params["isIsolated"] = json_is_isolated

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sapi/v1/margin/next-hourly-interest-rate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[NextHourlyInterestRate] | None:
    if response.status_code == 200:
        _response_200_from_dict = NextHourlyInterestRate.from_dict
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
) -> Response[Error | list[NextHourlyInterestRate]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    assets: list[str],
    is_isolated: IsolatedFlag,
) -> Response[Error | list[NextHourlyInterestRate]]:
    """Get future hourly interest rate

     The user's estimated interest rate for the next hour, per asset (up to 20 assets), for cross or
    isolated margin.

    Args:
        assets (list[str]):
        is_isolated (IsolatedFlag): Binance's string flag for the isolated margin account ("TRUE")
            or cross margin ("FALSE").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[NextHourlyInterestRate]]
    """

    kwargs = _get_kwargs(
        assets=assets,
        is_isolated=is_isolated,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    assets: list[str],
    is_isolated: IsolatedFlag,
) -> Error | list[NextHourlyInterestRate] | None:
    """Get future hourly interest rate

     The user's estimated interest rate for the next hour, per asset (up to 20 assets), for cross or
    isolated margin.

    Args:
        assets (list[str]):
        is_isolated (IsolatedFlag): Binance's string flag for the isolated margin account ("TRUE")
            or cross margin ("FALSE").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[NextHourlyInterestRate]
    """

    return sync_detailed(
        client=client,
        assets=assets,
        is_isolated=is_isolated,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    assets: list[str],
    is_isolated: IsolatedFlag,
) -> Response[Error | list[NextHourlyInterestRate]]:
    """Get future hourly interest rate

     The user's estimated interest rate for the next hour, per asset (up to 20 assets), for cross or
    isolated margin.

    Args:
        assets (list[str]):
        is_isolated (IsolatedFlag): Binance's string flag for the isolated margin account ("TRUE")
            or cross margin ("FALSE").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[NextHourlyInterestRate]]
    """

    kwargs = _get_kwargs(
        assets=assets,
        is_isolated=is_isolated,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    assets: list[str],
    is_isolated: IsolatedFlag,
) -> Error | list[NextHourlyInterestRate] | None:
    """Get future hourly interest rate

     The user's estimated interest rate for the next hour, per asset (up to 20 assets), for cross or
    isolated margin.

    Args:
        assets (list[str]):
        is_isolated (IsolatedFlag): Binance's string flag for the isolated margin account ("TRUE")
            or cross margin ("FALSE").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[NextHourlyInterestRate]
    """

    return (
        await asyncio_detailed(
            client=client,
            assets=assets,
            is_isolated=is_isolated,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
