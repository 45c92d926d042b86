from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_special_key_permission_mode import CreateSpecialKeyPermissionMode
from ...models.created_special_key import CreatedSpecialKey
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    api_name: str,
    symbol: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
    permission_mode: CreateSpecialKeyPermissionMode | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["apiName"] = api_name

    params["symbol"] = symbol

    params["ip"] = ip

    params["publicKey"] = public_key

    json_permission_mode: str | Unset = UNSET
    if not isinstance(permission_mode, Unset):
        json_permission_mode = permission_mode.value

    params["permissionMode"] = json_permission_mode

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sapi/v1/margin/apiKey",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedSpecialKey | Error | None:
    if response.status_code == 200:
        response_200 = CreatedSpecialKey.from_dict(response.json())

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
) -> Response[CreatedSpecialKey | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    api_name: str,
    symbol: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
    permission_mode: CreateSpecialKeyPermissionMode | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[CreatedSpecialKey | Error]:
    """Create Special Key(Low-Latency Trading)

     **Eligibility** - Binance Margin offers low-latency trading through a special key, available
    exclusively to users with VIP level 7 or higher. - If you are VIP level 6 or below, please contact
    your VIP manager for eligibility criterias. - All new Margin Special Key users are required to read,
    understand, and agree to the Margin Special Key Supplemental Product Terms at the master account
    level before creating a Margin Special Key. - Once signed at the master account level, the agreement
    applies to all sub-accounts. The master account and all sub-accounts (Cross Margin Classic and
    Portfolio Margin Pro) are authorized to create a Margin Special Key and are subject to the
    LiquidationLoan policy. For more information, please refer to FAQ. **Supported Products:** - Cross
    Margin - Isolated Margin - Portfolio Margin Pro **Unsupported Products:** - Portfolio Margin We
    support several types of API keys: * Ed25519 (recommended) * HMAC * RSA We recommend to **use
    Ed25519 API keys** as it should provide the best performance and security out of all supported key
    types. We accept PKCS#8 (BEGIN PUBLIC KEY). For how to generate an RSA key pair to send API requests
    on Binance. Please refer to the document below FAQ . **How to use the Margin Special Key** - Use the
    below `sapi` endpoint to create your margin special API Key. - For accessing the Cross Margin
    account, do not send the `symbol` parameter. - For accessing the Isolated Margin account(s), pass
    the relevant `symbol` parameter in the API Key creation request. - Use the generated API Key (and
    Secret key, if applicable) to perform margin trading and listenKey generation via **Spot** REST API
    (`https://api.binance.com/api/v3/*`) endpoints. Read REST API or WebSocket API documentation to
    learn how to use different API keys You need to enable Permits “Enable Spot & Margin Trading” option
    for the API Key which requests this endpoint.

    Args:
        api_name (str):
        symbol (str | Unset):
        ip (str | Unset):
        public_key (str | Unset):
        permission_mode (CreateSpecialKeyPermissionMode | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedSpecialKey | Error]
    """

    kwargs = _get_kwargs(
        api_name=api_name,
        symbol=symbol,
        ip=ip,
        public_key=public_key,
        permission_mode=permission_mode,
        recv_window=recv_window,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    api_name: str,
    symbol: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
    permission_mode: CreateSpecialKeyPermissionMode | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> CreatedSpecialKey | Error | None:
    """Create Special Key(Low-Latency Trading)

     **Eligibility** - Binance Margin offers low-latency trading through a special key, available
    exclusively to users with VIP level 7 or higher. - If you are VIP level 6 or below, please contact
    your VIP manager for eligibility criterias. - All new Margin Special Key users are required to read,
    understand, and agree to the Margin Special Key Supplemental Product Terms at the master account
    level before creating a Margin Special Key. - Once signed at the master account level, the agreement
    applies to all sub-accounts. The master account and all sub-accounts (Cross Margin Classic and
    Portfolio Margin Pro) are authorized to create a Margin Special Key and are subject to the
    LiquidationLoan policy. For more information, please refer to FAQ. **Supported Products:** - Cross
    Margin - Isolated Margin - Portfolio Margin Pro **Unsupported Products:** - Portfolio Margin We
    support several types of API keys: * Ed25519 (recommended) * HMAC * RSA We recommend to **use
    Ed25519 API keys** as it should provide the best performance and security out of all supported key
    types. We accept PKCS#8 (BEGIN PUBLIC KEY). For how to generate an RSA key pair to send API requests
    on Binance. Please refer to the document below FAQ . **How to use the Margin Special Key** - Use the
    below `sapi` endpoint to create your margin special API Key. - For accessing the Cross Margin
    account, do not send the `symbol` parameter. - For accessing the Isolated Margin account(s), pass
    the relevant `symbol` parameter in the API Key creation request. - Use the generated API Key (and
    Secret key, if applicable) to perform margin trading and listenKey generation via **Spot** REST API
    (`https://api.binance.com/api/v3/*`) endpoints. Read REST API or WebSocket API documentation to
    learn how to use different API keys You need to enable Permits “Enable Spot & Margin Trading” option
    for the API Key which requests this endpoint.

    Args:
        api_name (str):
        symbol (str | Unset):
        ip (str | Unset):
        public_key (str | Unset):
        permission_mode (CreateSpecialKeyPermissionMode | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedSpecialKey | Error
    """

    return sync_detailed(
        client=client,
        api_name=api_name,
        symbol=symbol,
        ip=ip,
        public_key=public_key,
        permission_mode=permission_mode,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    api_name: str,
    symbol: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
    permission_mode: CreateSpecialKeyPermissionMode | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[CreatedSpecialKey | Error]:
    """Create Special Key(Low-Latency Trading)

     **Eligibility** - Binance Margin offers low-latency trading through a special key, available
    exclusively to users with VIP level 7 or higher. - If you are VIP level 6 or below, please contact
    your VIP manager for eligibility criterias. - All new Margin Special Key users are required to read,
    understand, and agree to the Margin Special Key Supplemental Product Terms at the master account
    level before creating a Margin Special Key. - Once signed at the master account level, the agreement
    applies to all sub-accounts. The master account and all sub-accounts (Cross Margin Classic and
    Portfolio Margin Pro) are authorized to create a Margin Special Key and are subject to the
    LiquidationLoan policy. For more information, please refer to FAQ. **Supported Products:** - Cross
    Margin - Isolated Margin - Portfolio Margin Pro **Unsupported Products:** - Portfolio Margin We
    support several types of API keys: * Ed25519 (recommended) * HMAC * RSA We recommend to **use
    Ed25519 API keys** as it should provide the best performance and security out of all supported key
    types. We accept PKCS#8 (BEGIN PUBLIC KEY). For how to generate an RSA key pair to send API requests
    on Binance. Please refer to the document below FAQ . **How to use the Margin Special Key** - Use the
    below `sapi` endpoint to create your margin special API Key. - For accessing the Cross Margin
    account, do not send the `symbol` parameter. - For accessing the Isolated Margin account(s), pass
    the relevant `symbol` parameter in the API Key creation request. - Use the generated API Key (and
    Secret key, if applicable) to perform margin trading and listenKey generation via **Spot** REST API
    (`https://api.binance.com/api/v3/*`) endpoints. Read REST API or WebSocket API documentation to
    learn how to use different API keys You need to enable Permits “Enable Spot & Margin Trading” option
    for the API Key which requests this endpoint.

    Args:
        api_name (str):
        symbol (str | Unset):
        ip (str | Unset):
        public_key (str | Unset):
        permission_mode (CreateSpecialKeyPermissionMode | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedSpecialKey | Error]
    """

    kwargs = _get_kwargs(
        api_name=api_name,
        symbol=symbol,
        ip=ip,
        public_key=public_key,
        permission_mode=permission_mode,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    api_name: str,
    symbol: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
    permission_mode: CreateSpecialKeyPermissionMode | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> CreatedSpecialKey | Error | None:
    """Create Special Key(Low-Latency Trading)

     **Eligibility** - Binance Margin offers low-latency trading through a special key, available
    exclusively to users with VIP level 7 or higher. - If you are VIP level 6 or below, please contact
    your VIP manager for eligibility criterias. - All new Margin Special Key users are required to read,
    understand, and agree to the Margin Special Key Supplemental Product Terms at the master account
    level before creating a Margin Special Key. - Once signed at the master account level, the agreement
    applies to all sub-accounts. The master account and all sub-accounts (Cross Margin Classic and
    Portfolio Margin Pro) are authorized to create a Margin Special Key and are subject to the
    LiquidationLoan policy. For more information, please refer to FAQ. **Supported Products:** - Cross
    Margin - Isolated Margin - Portfolio Margin Pro **Unsupported Products:** - Portfolio Margin We
    support several types of API keys: * Ed25519 (recommended) * HMAC * RSA We recommend to **use
    Ed25519 API keys** as it should provide the best performance and security out of all supported key
    types. We accept PKCS#8 (BEGIN PUBLIC KEY). For how to generate an RSA key pair to send API requests
    on Binance. Please refer to the document below FAQ . **How to use the Margin Special Key** - Use the
    below `sapi` endpoint to create your margin special API Key. - For accessing the Cross Margin
    account, do not send the `symbol` parameter. - For accessing the Isolated Margin account(s), pass
    the relevant `symbol` parameter in the API Key creation request. - Use the generated API Key (and
    Secret key, if applicable) to perform margin trading and listenKey generation via **Spot** REST API
    (`https://api.binance.com/api/v3/*`) endpoints. Read REST API or WebSocket API documentation to
    learn how to use different API keys You need to enable Permits “Enable Spot & Margin Trading” option
    for the API Key which requests this endpoint.

    Args:
        api_name (str):
        symbol (str | Unset):
        ip (str | Unset):
        public_key (str | Unset):
        permission_mode (CreateSpecialKeyPermissionMode | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedSpecialKey | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            api_name=api_name,
            symbol=symbol,
            ip=ip,
            public_key=public_key,
            permission_mode=permission_mode,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
