from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.created_special_key import CreatedSpecialKey
from ...models.error import Error
from ...models.special_key_permission_mode import SpecialKeyPermissionMode
from ...types import UNSET, Response, Unset, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    api_name: str,
    symbol: str | Unset = UNSET,
    ip: list[str] | Unset = UNSET,
    public_key: str | Unset = UNSET,
    permission_mode: SpecialKeyPermissionMode | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["apiName"] = api_name

    params["symbol"] = symbol

    json_ip: list[str] | Unset = UNSET
    if not isinstance(ip, Unset):
        json_ip = ip

    if not isinstance(json_ip, Unset):
        params["ip"] = ",".join(str(item) for item in json_ip)

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
        response_200 = CreatedSpecialKey.from_dict(_json_loads(response.content))

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
    ip: list[str] | Unset = UNSET,
    public_key: str | Unset = UNSET,
    permission_mode: SpecialKeyPermissionMode | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[CreatedSpecialKey | Error]:
    """Create Special Key(Low-Latency Trading)

     Create a Margin Special Key for low-latency trading (VIP 7 or higher; VIP 6 and below ask their VIP
    manager). The master account must first agree to the Margin Special Key Supplemental Product Terms.
    Supported: Cross Margin, Isolated Margin, Portfolio Margin Pro; not Portfolio Margin. Key types:
    Ed25519 (recommended), HMAC, RSA (PKCS#8 public keys). Omit `symbol` for a cross margin key; send
    `symbol` for an isolated margin key. The key is then used on the Spot REST/WebSocket API
    (`/api/v3/*`) for margin trading and listen keys. The API key making the request needs the "Enable
    Spot & Margin Trading" permission.

    Args:
        api_name (str):
        symbol (str | Unset):
        ip (list[str] | Unset):
        public_key (str | Unset):
        permission_mode (SpecialKeyPermissionMode | Unset): Permissions of an Ed25519 special key;
            TRADE = all, READ = USER_DATA and FIX_API_READ_ONLY.
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
    ip: list[str] | Unset = UNSET,
    public_key: str | Unset = UNSET,
    permission_mode: SpecialKeyPermissionMode | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> CreatedSpecialKey | Error | None:
    """Create Special Key(Low-Latency Trading)

     Create a Margin Special Key for low-latency trading (VIP 7 or higher; VIP 6 and below ask their VIP
    manager). The master account must first agree to the Margin Special Key Supplemental Product Terms.
    Supported: Cross Margin, Isolated Margin, Portfolio Margin Pro; not Portfolio Margin. Key types:
    Ed25519 (recommended), HMAC, RSA (PKCS#8 public keys). Omit `symbol` for a cross margin key; send
    `symbol` for an isolated margin key. The key is then used on the Spot REST/WebSocket API
    (`/api/v3/*`) for margin trading and listen keys. The API key making the request needs the "Enable
    Spot & Margin Trading" permission.

    Args:
        api_name (str):
        symbol (str | Unset):
        ip (list[str] | Unset):
        public_key (str | Unset):
        permission_mode (SpecialKeyPermissionMode | Unset): Permissions of an Ed25519 special key;
            TRADE = all, READ = USER_DATA and FIX_API_READ_ONLY.
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
    ip: list[str] | Unset = UNSET,
    public_key: str | Unset = UNSET,
    permission_mode: SpecialKeyPermissionMode | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[CreatedSpecialKey | Error]:
    """Create Special Key(Low-Latency Trading)

     Create a Margin Special Key for low-latency trading (VIP 7 or higher; VIP 6 and below ask their VIP
    manager). The master account must first agree to the Margin Special Key Supplemental Product Terms.
    Supported: Cross Margin, Isolated Margin, Portfolio Margin Pro; not Portfolio Margin. Key types:
    Ed25519 (recommended), HMAC, RSA (PKCS#8 public keys). Omit `symbol` for a cross margin key; send
    `symbol` for an isolated margin key. The key is then used on the Spot REST/WebSocket API
    (`/api/v3/*`) for margin trading and listen keys. The API key making the request needs the "Enable
    Spot & Margin Trading" permission.

    Args:
        api_name (str):
        symbol (str | Unset):
        ip (list[str] | Unset):
        public_key (str | Unset):
        permission_mode (SpecialKeyPermissionMode | Unset): Permissions of an Ed25519 special key;
            TRADE = all, READ = USER_DATA and FIX_API_READ_ONLY.
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
    ip: list[str] | Unset = UNSET,
    public_key: str | Unset = UNSET,
    permission_mode: SpecialKeyPermissionMode | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> CreatedSpecialKey | Error | None:
    """Create Special Key(Low-Latency Trading)

     Create a Margin Special Key for low-latency trading (VIP 7 or higher; VIP 6 and below ask their VIP
    manager). The master account must first agree to the Margin Special Key Supplemental Product Terms.
    Supported: Cross Margin, Isolated Margin, Portfolio Margin Pro; not Portfolio Margin. Key types:
    Ed25519 (recommended), HMAC, RSA (PKCS#8 public keys). Omit `symbol` for a cross margin key; send
    `symbol` for an isolated margin key. The key is then used on the Spot REST/WebSocket API
    (`/api/v3/*`) for margin trading and listen keys. The API key making the request needs the "Enable
    Spot & Margin Trading" permission.

    Args:
        api_name (str):
        symbol (str | Unset):
        ip (list[str] | Unset):
        public_key (str | Unset):
        permission_mode (SpecialKeyPermissionMode | Unset): Permissions of an Ed25519 special key;
            TRADE = all, READ = USER_DATA and FIX_API_READ_ONLY.
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
