from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_response import EmptyResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sapi/v1/margin/exit-special-key-mode",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmptyResponse | Error | None:
    if response.status_code == 200:
        response_200 = EmptyResponse.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

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
    recv_window: int | Unset = UNSET,
) -> Response[EmptyResponse | Error]:
    """Exit Special Key Mode

     Exit the Margin Special Key mode for Cross Margin Classic accounts. **All outstanding liabilities
    under the Cross Margin Classic account must be fully repaid before calling this endpoint.** Deleting
    the Margin Special Key alone does not constitute a valid exit. When a user creates a Margin Special
    API Key, the account enters "Special Key Mode". Upon a successful request, the following actions
    will be performed atomically: 1. All existing Margin Special API Keys under the Cross Margin Classic
    mode account will be deleted. 2. All pre-execution margin checks (including Open-order-loss
    calculation) will revert to standard mode. 3. A cooldown period (default: 24 hours) will be
    enforced, during which the account will not be permitted to create new Margin Special API Keys. For
    more information, please refer to FAQ. **Preconditions:** The following conditions must be met;
    otherwise the request will be rejected: - Account type must be **Cross Margin Classic**. - Account
    must currently be in **Special Key Mode**. If not, the request silently succeeds. - Account must
    **not be in liquidation**. - Account must **have no liability**. You need to enable "Permits Enable
    Spot & Margin Trading" option for the API Key which requests this endpoint.

    Args:
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | Error]
    """

    kwargs = _get_kwargs(
        recv_window=recv_window,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    recv_window: int | Unset = UNSET,
) -> EmptyResponse | Error | None:
    """Exit Special Key Mode

     Exit the Margin Special Key mode for Cross Margin Classic accounts. **All outstanding liabilities
    under the Cross Margin Classic account must be fully repaid before calling this endpoint.** Deleting
    the Margin Special Key alone does not constitute a valid exit. When a user creates a Margin Special
    API Key, the account enters "Special Key Mode". Upon a successful request, the following actions
    will be performed atomically: 1. All existing Margin Special API Keys under the Cross Margin Classic
    mode account will be deleted. 2. All pre-execution margin checks (including Open-order-loss
    calculation) will revert to standard mode. 3. A cooldown period (default: 24 hours) will be
    enforced, during which the account will not be permitted to create new Margin Special API Keys. For
    more information, please refer to FAQ. **Preconditions:** The following conditions must be met;
    otherwise the request will be rejected: - Account type must be **Cross Margin Classic**. - Account
    must currently be in **Special Key Mode**. If not, the request silently succeeds. - Account must
    **not be in liquidation**. - Account must **have no liability**. You need to enable "Permits Enable
    Spot & Margin Trading" option for the API Key which requests this endpoint.

    Args:
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | Error
    """

    return sync_detailed(
        client=client,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    recv_window: int | Unset = UNSET,
) -> Response[EmptyResponse | Error]:
    """Exit Special Key Mode

     Exit the Margin Special Key mode for Cross Margin Classic accounts. **All outstanding liabilities
    under the Cross Margin Classic account must be fully repaid before calling this endpoint.** Deleting
    the Margin Special Key alone does not constitute a valid exit. When a user creates a Margin Special
    API Key, the account enters "Special Key Mode". Upon a successful request, the following actions
    will be performed atomically: 1. All existing Margin Special API Keys under the Cross Margin Classic
    mode account will be deleted. 2. All pre-execution margin checks (including Open-order-loss
    calculation) will revert to standard mode. 3. A cooldown period (default: 24 hours) will be
    enforced, during which the account will not be permitted to create new Margin Special API Keys. For
    more information, please refer to FAQ. **Preconditions:** The following conditions must be met;
    otherwise the request will be rejected: - Account type must be **Cross Margin Classic**. - Account
    must currently be in **Special Key Mode**. If not, the request silently succeeds. - Account must
    **not be in liquidation**. - Account must **have no liability**. You need to enable "Permits Enable
    Spot & Margin Trading" option for the API Key which requests this endpoint.

    Args:
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | Error]
    """

    kwargs = _get_kwargs(
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    recv_window: int | Unset = UNSET,
) -> EmptyResponse | Error | None:
    """Exit Special Key Mode

     Exit the Margin Special Key mode for Cross Margin Classic accounts. **All outstanding liabilities
    under the Cross Margin Classic account must be fully repaid before calling this endpoint.** Deleting
    the Margin Special Key alone does not constitute a valid exit. When a user creates a Margin Special
    API Key, the account enters "Special Key Mode". Upon a successful request, the following actions
    will be performed atomically: 1. All existing Margin Special API Keys under the Cross Margin Classic
    mode account will be deleted. 2. All pre-execution margin checks (including Open-order-loss
    calculation) will revert to standard mode. 3. A cooldown period (default: 24 hours) will be
    enforced, during which the account will not be permitted to create new Margin Special API Keys. For
    more information, please refer to FAQ. **Preconditions:** The following conditions must be met;
    otherwise the request will be rejected: - Account type must be **Cross Margin Classic**. - Account
    must currently be in **Special Key Mode**. If not, the request silently succeeds. - Account must
    **not be in liquidation**. - Account must **have no liability**. You need to enable "Permits Enable
    Spot & Margin Trading" option for the API Key which requests this endpoint.

    Args:
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
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
