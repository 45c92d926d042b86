from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.manual_liquidation_result import ManualLiquidationResult
from ...models.margin_type import MarginType
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    type_: MarginType,
    symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params["symbol"] = symbol

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sapi/v1/margin/manual-liquidation",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ManualLiquidationResult | None:
    if response.status_code == 200:
        response_200 = ManualLiquidationResult.from_dict(_json_loads(response.content))

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
) -> Response[Error | ManualLiquidationResult]:
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
    symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | ManualLiquidationResult]:
    """Margin Manual Liquidation

     Liquidate the margin account yourself. Supports Cross Margin Classic and Pro modes; isolated margin
    (`type=ISOLATED` + `symbol`) is only supported for restricted regions.

    Args:
        type_ (MarginType): Which margin account an operation targets.
        symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ManualLiquidationResult]
    """

    kwargs = _get_kwargs(
        type_=type_,
        symbol=symbol,
        recv_window=recv_window,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: MarginType,
    symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | ManualLiquidationResult | None:
    """Margin Manual Liquidation

     Liquidate the margin account yourself. Supports Cross Margin Classic and Pro modes; isolated margin
    (`type=ISOLATED` + `symbol`) is only supported for restricted regions.

    Args:
        type_ (MarginType): Which margin account an operation targets.
        symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ManualLiquidationResult
    """

    return sync_detailed(
        client=client,
        type_=type_,
        symbol=symbol,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: MarginType,
    symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | ManualLiquidationResult]:
    """Margin Manual Liquidation

     Liquidate the margin account yourself. Supports Cross Margin Classic and Pro modes; isolated margin
    (`type=ISOLATED` + `symbol`) is only supported for restricted regions.

    Args:
        type_ (MarginType): Which margin account an operation targets.
        symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ManualLiquidationResult]
    """

    kwargs = _get_kwargs(
        type_=type_,
        symbol=symbol,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: MarginType,
    symbol: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | ManualLiquidationResult | None:
    """Margin Manual Liquidation

     Liquidate the margin account yourself. Supports Cross Margin Classic and Pro modes; isolated margin
    (`type=ISOLATED` + `symbol`) is only supported for restricted regions.

    Args:
        type_ (MarginType): Which margin account an operation targets.
        symbol (str | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ManualLiquidationResult
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            symbol=symbol,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
