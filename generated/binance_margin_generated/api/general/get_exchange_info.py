from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.exchange_info import ExchangeInfo
from ...models.symbol_status_filter import SymbolStatusFilter
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    symbols: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    show_permission_sets: bool | Unset = UNSET,
    symbol_status: SymbolStatusFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["symbols"] = symbols

    params["permissions"] = permissions

    params["showPermissionSets"] = show_permission_sets

    json_symbol_status: str | Unset = UNSET
    if not isinstance(symbol_status, Unset):
        json_symbol_status = symbol_status.value

    params["symbolStatus"] = json_symbol_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/exchangeInfo",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ExchangeInfo | None:
    if response.status_code == 200:
        response_200 = ExchangeInfo.from_dict(_json_loads(response.content))

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
) -> Response[Error | ExchangeInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
    symbols: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    show_permission_sets: bool | Unset = UNSET,
    symbol_status: SymbolStatusFilter | Unset = UNSET,
) -> Response[Error | ExchangeInfo]:
    """Exchange information

     Current exchange trading rules and symbol information: rate limits, exchange filters and, per
    symbol, status, precisions, order types, permissions and the filters (PRICE_FILTER, LOT_SIZE,
    NOTIONAL ...) that margin orders must also pass. All parameters are optional; `symbol`, `symbols`,
    `permissions` and `symbolStatus` cannot be combined with each other (permissions/symbolStatus not
    with symbol/symbols). An unknown `symbol`/`symbols` value is an error. Without `permissions`, only
    symbols with SPOT, MARGIN or LEVERAGED permission are listed.

    Args:
        symbol (str | Unset):
        symbols (str | Unset):
        permissions (str | Unset):
        show_permission_sets (bool | Unset):
        symbol_status (SymbolStatusFilter | Unset): The statuses the exchangeInfo symbolStatus
            filter accepts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExchangeInfo]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        symbols=symbols,
        permissions=permissions,
        show_permission_sets=show_permission_sets,
        symbol_status=symbol_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
    symbols: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    show_permission_sets: bool | Unset = UNSET,
    symbol_status: SymbolStatusFilter | Unset = UNSET,
) -> Error | ExchangeInfo | None:
    """Exchange information

     Current exchange trading rules and symbol information: rate limits, exchange filters and, per
    symbol, status, precisions, order types, permissions and the filters (PRICE_FILTER, LOT_SIZE,
    NOTIONAL ...) that margin orders must also pass. All parameters are optional; `symbol`, `symbols`,
    `permissions` and `symbolStatus` cannot be combined with each other (permissions/symbolStatus not
    with symbol/symbols). An unknown `symbol`/`symbols` value is an error. Without `permissions`, only
    symbols with SPOT, MARGIN or LEVERAGED permission are listed.

    Args:
        symbol (str | Unset):
        symbols (str | Unset):
        permissions (str | Unset):
        show_permission_sets (bool | Unset):
        symbol_status (SymbolStatusFilter | Unset): The statuses the exchangeInfo symbolStatus
            filter accepts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExchangeInfo
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        symbols=symbols,
        permissions=permissions,
        show_permission_sets=show_permission_sets,
        symbol_status=symbol_status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
    symbols: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    show_permission_sets: bool | Unset = UNSET,
    symbol_status: SymbolStatusFilter | Unset = UNSET,
) -> Response[Error | ExchangeInfo]:
    """Exchange information

     Current exchange trading rules and symbol information: rate limits, exchange filters and, per
    symbol, status, precisions, order types, permissions and the filters (PRICE_FILTER, LOT_SIZE,
    NOTIONAL ...) that margin orders must also pass. All parameters are optional; `symbol`, `symbols`,
    `permissions` and `symbolStatus` cannot be combined with each other (permissions/symbolStatus not
    with symbol/symbols). An unknown `symbol`/`symbols` value is an error. Without `permissions`, only
    symbols with SPOT, MARGIN or LEVERAGED permission are listed.

    Args:
        symbol (str | Unset):
        symbols (str | Unset):
        permissions (str | Unset):
        show_permission_sets (bool | Unset):
        symbol_status (SymbolStatusFilter | Unset): The statuses the exchangeInfo symbolStatus
            filter accepts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExchangeInfo]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        symbols=symbols,
        permissions=permissions,
        show_permission_sets=show_permission_sets,
        symbol_status=symbol_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
    symbols: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    show_permission_sets: bool | Unset = UNSET,
    symbol_status: SymbolStatusFilter | Unset = UNSET,
) -> Error | ExchangeInfo | None:
    """Exchange information

     Current exchange trading rules and symbol information: rate limits, exchange filters and, per
    symbol, status, precisions, order types, permissions and the filters (PRICE_FILTER, LOT_SIZE,
    NOTIONAL ...) that margin orders must also pass. All parameters are optional; `symbol`, `symbols`,
    `permissions` and `symbolStatus` cannot be combined with each other (permissions/symbolStatus not
    with symbol/symbols). An unknown `symbol`/`symbols` value is an error. Without `permissions`, only
    symbols with SPOT, MARGIN or LEVERAGED permission are listed.

    Args:
        symbol (str | Unset):
        symbols (str | Unset):
        permissions (str | Unset):
        show_permission_sets (bool | Unset):
        symbol_status (SymbolStatusFilter | Unset): The statuses the exchangeInfo symbolStatus
            filter accepts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExchangeInfo
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            symbols=symbols,
            permissions=permissions,
            show_permission_sets=show_permission_sets,
            symbol_status=symbol_status,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
