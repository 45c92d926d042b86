from decimal import Decimal
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.new_oco_is_isolated import NewOcoIsIsolated
from ...models.new_oco_new_order_resp_type import NewOcoNewOrderRespType
from ...models.new_oco_self_trade_prevention_mode import NewOcoSelfTradePreventionMode
from ...models.new_oco_side import NewOcoSide
from ...models.new_oco_side_effect_type import NewOcoSideEffectType
from ...models.new_oco_stop_limit_time_in_force import NewOcoStopLimitTimeInForce
from ...models.new_order_list_result import NewOrderListResult
from ...types import UNSET, Response, Unset, _format_decimal


def _get_kwargs(
    *,
    symbol: str,
    side: NewOcoSide,
    quantity: Decimal,
    price: Decimal,
    stop_price: Decimal,
    is_isolated: NewOcoIsIsolated | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    limit_client_order_id: str | Unset = UNSET,
    limit_iceberg_qty: Decimal | Unset = UNSET,
    stop_client_order_id: str | Unset = UNSET,
    stop_limit_price: Decimal | Unset = UNSET,
    stop_iceberg_qty: Decimal | Unset = UNSET,
    stop_limit_time_in_force: NewOcoStopLimitTimeInForce | Unset = UNSET,
    new_order_resp_type: NewOcoNewOrderRespType | Unset = UNSET,
    side_effect_type: NewOcoSideEffectType | Unset = UNSET,
    self_trade_prevention_mode: NewOcoSelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_side = side.value
    params["side"] = json_side

    json_quantity = _format_decimal(quantity)
    params["quantity"] = json_quantity

    json_price = _format_decimal(price)
    params["price"] = json_price

    json_stop_price = _format_decimal(stop_price)
    params["stopPrice"] = json_stop_price

    json_is_isolated: str | Unset = UNSET
    if not isinstance(is_isolated, Unset):
        json_is_isolated = is_isolated.value

    params["isIsolated"] = json_is_isolated

    params["listClientOrderId"] = list_client_order_id

    params["limitClientOrderId"] = limit_client_order_id

    json_limit_iceberg_qty: str | Unset = UNSET
    if not isinstance(limit_iceberg_qty, Unset):
        json_limit_iceberg_qty = _format_decimal(limit_iceberg_qty)
    params["limitIcebergQty"] = json_limit_iceberg_qty

    params["stopClientOrderId"] = stop_client_order_id

    json_stop_limit_price: str | Unset = UNSET
    if not isinstance(stop_limit_price, Unset):
        json_stop_limit_price = _format_decimal(stop_limit_price)
    params["stopLimitPrice"] = json_stop_limit_price

    json_stop_iceberg_qty: str | Unset = UNSET
    if not isinstance(stop_iceberg_qty, Unset):
        json_stop_iceberg_qty = _format_decimal(stop_iceberg_qty)
    params["stopIcebergQty"] = json_stop_iceberg_qty

    json_stop_limit_time_in_force: str | Unset = UNSET
    if not isinstance(stop_limit_time_in_force, Unset):
        json_stop_limit_time_in_force = stop_limit_time_in_force.value

    params["stopLimitTimeInForce"] = json_stop_limit_time_in_force

    json_new_order_resp_type: str | Unset = UNSET
    if not isinstance(new_order_resp_type, Unset):
        json_new_order_resp_type = new_order_resp_type.value

    params["newOrderRespType"] = json_new_order_resp_type

    json_side_effect_type: str | Unset = UNSET
    if not isinstance(side_effect_type, Unset):
        json_side_effect_type = side_effect_type.value

    params["sideEffectType"] = json_side_effect_type

    json_self_trade_prevention_mode: str | Unset = UNSET
    if not isinstance(self_trade_prevention_mode, Unset):
        json_self_trade_prevention_mode = self_trade_prevention_mode.value

    params["selfTradePreventionMode"] = json_self_trade_prevention_mode

    params["autoRepayAtCancel"] = auto_repay_at_cancel

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sapi/v1/margin/order/oco",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NewOrderListResult | None:
    if response.status_code == 200:
        response_200 = NewOrderListResult.from_dict(response.json())

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
) -> Response[Error | NewOrderListResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    side: NewOcoSide,
    quantity: Decimal,
    price: Decimal,
    stop_price: Decimal,
    is_isolated: NewOcoIsIsolated | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    limit_client_order_id: str | Unset = UNSET,
    limit_iceberg_qty: Decimal | Unset = UNSET,
    stop_client_order_id: str | Unset = UNSET,
    stop_limit_price: Decimal | Unset = UNSET,
    stop_iceberg_qty: Decimal | Unset = UNSET,
    stop_limit_time_in_force: NewOcoStopLimitTimeInForce | Unset = UNSET,
    new_order_resp_type: NewOcoNewOrderRespType | Unset = UNSET,
    side_effect_type: NewOcoSideEffectType | Unset = UNSET,
    self_trade_prevention_mode: NewOcoSelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | NewOrderListResult]:
    """Margin Account New OCO

     Send in a new OCO for a margin account - autoRepayAtCancel is suggested to set as “FALSE” to keep
    liability unrepaid under high frequent new order/cancel order execution

    Args:
        symbol (str):
        side (NewOcoSide):
        quantity (Decimal):
        price (Decimal):
        stop_price (Decimal):
        is_isolated (NewOcoIsIsolated | Unset):
        list_client_order_id (str | Unset):
        limit_client_order_id (str | Unset):
        limit_iceberg_qty (Decimal | Unset):
        stop_client_order_id (str | Unset):
        stop_limit_price (Decimal | Unset):
        stop_iceberg_qty (Decimal | Unset):
        stop_limit_time_in_force (NewOcoStopLimitTimeInForce | Unset):
        new_order_resp_type (NewOcoNewOrderRespType | Unset):
        side_effect_type (NewOcoSideEffectType | Unset):
        self_trade_prevention_mode (NewOcoSelfTradePreventionMode | Unset):
        auto_repay_at_cancel (bool | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NewOrderListResult]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        side=side,
        quantity=quantity,
        price=price,
        stop_price=stop_price,
        is_isolated=is_isolated,
        list_client_order_id=list_client_order_id,
        limit_client_order_id=limit_client_order_id,
        limit_iceberg_qty=limit_iceberg_qty,
        stop_client_order_id=stop_client_order_id,
        stop_limit_price=stop_limit_price,
        stop_iceberg_qty=stop_iceberg_qty,
        stop_limit_time_in_force=stop_limit_time_in_force,
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        self_trade_prevention_mode=self_trade_prevention_mode,
        auto_repay_at_cancel=auto_repay_at_cancel,
        recv_window=recv_window,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str,
    side: NewOcoSide,
    quantity: Decimal,
    price: Decimal,
    stop_price: Decimal,
    is_isolated: NewOcoIsIsolated | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    limit_client_order_id: str | Unset = UNSET,
    limit_iceberg_qty: Decimal | Unset = UNSET,
    stop_client_order_id: str | Unset = UNSET,
    stop_limit_price: Decimal | Unset = UNSET,
    stop_iceberg_qty: Decimal | Unset = UNSET,
    stop_limit_time_in_force: NewOcoStopLimitTimeInForce | Unset = UNSET,
    new_order_resp_type: NewOcoNewOrderRespType | Unset = UNSET,
    side_effect_type: NewOcoSideEffectType | Unset = UNSET,
    self_trade_prevention_mode: NewOcoSelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | NewOrderListResult | None:
    """Margin Account New OCO

     Send in a new OCO for a margin account - autoRepayAtCancel is suggested to set as “FALSE” to keep
    liability unrepaid under high frequent new order/cancel order execution

    Args:
        symbol (str):
        side (NewOcoSide):
        quantity (Decimal):
        price (Decimal):
        stop_price (Decimal):
        is_isolated (NewOcoIsIsolated | Unset):
        list_client_order_id (str | Unset):
        limit_client_order_id (str | Unset):
        limit_iceberg_qty (Decimal | Unset):
        stop_client_order_id (str | Unset):
        stop_limit_price (Decimal | Unset):
        stop_iceberg_qty (Decimal | Unset):
        stop_limit_time_in_force (NewOcoStopLimitTimeInForce | Unset):
        new_order_resp_type (NewOcoNewOrderRespType | Unset):
        side_effect_type (NewOcoSideEffectType | Unset):
        self_trade_prevention_mode (NewOcoSelfTradePreventionMode | Unset):
        auto_repay_at_cancel (bool | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NewOrderListResult
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        side=side,
        quantity=quantity,
        price=price,
        stop_price=stop_price,
        is_isolated=is_isolated,
        list_client_order_id=list_client_order_id,
        limit_client_order_id=limit_client_order_id,
        limit_iceberg_qty=limit_iceberg_qty,
        stop_client_order_id=stop_client_order_id,
        stop_limit_price=stop_limit_price,
        stop_iceberg_qty=stop_iceberg_qty,
        stop_limit_time_in_force=stop_limit_time_in_force,
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        self_trade_prevention_mode=self_trade_prevention_mode,
        auto_repay_at_cancel=auto_repay_at_cancel,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    side: NewOcoSide,
    quantity: Decimal,
    price: Decimal,
    stop_price: Decimal,
    is_isolated: NewOcoIsIsolated | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    limit_client_order_id: str | Unset = UNSET,
    limit_iceberg_qty: Decimal | Unset = UNSET,
    stop_client_order_id: str | Unset = UNSET,
    stop_limit_price: Decimal | Unset = UNSET,
    stop_iceberg_qty: Decimal | Unset = UNSET,
    stop_limit_time_in_force: NewOcoStopLimitTimeInForce | Unset = UNSET,
    new_order_resp_type: NewOcoNewOrderRespType | Unset = UNSET,
    side_effect_type: NewOcoSideEffectType | Unset = UNSET,
    self_trade_prevention_mode: NewOcoSelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | NewOrderListResult]:
    """Margin Account New OCO

     Send in a new OCO for a margin account - autoRepayAtCancel is suggested to set as “FALSE” to keep
    liability unrepaid under high frequent new order/cancel order execution

    Args:
        symbol (str):
        side (NewOcoSide):
        quantity (Decimal):
        price (Decimal):
        stop_price (Decimal):
        is_isolated (NewOcoIsIsolated | Unset):
        list_client_order_id (str | Unset):
        limit_client_order_id (str | Unset):
        limit_iceberg_qty (Decimal | Unset):
        stop_client_order_id (str | Unset):
        stop_limit_price (Decimal | Unset):
        stop_iceberg_qty (Decimal | Unset):
        stop_limit_time_in_force (NewOcoStopLimitTimeInForce | Unset):
        new_order_resp_type (NewOcoNewOrderRespType | Unset):
        side_effect_type (NewOcoSideEffectType | Unset):
        self_trade_prevention_mode (NewOcoSelfTradePreventionMode | Unset):
        auto_repay_at_cancel (bool | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NewOrderListResult]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        side=side,
        quantity=quantity,
        price=price,
        stop_price=stop_price,
        is_isolated=is_isolated,
        list_client_order_id=list_client_order_id,
        limit_client_order_id=limit_client_order_id,
        limit_iceberg_qty=limit_iceberg_qty,
        stop_client_order_id=stop_client_order_id,
        stop_limit_price=stop_limit_price,
        stop_iceberg_qty=stop_iceberg_qty,
        stop_limit_time_in_force=stop_limit_time_in_force,
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        self_trade_prevention_mode=self_trade_prevention_mode,
        auto_repay_at_cancel=auto_repay_at_cancel,
        recv_window=recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str,
    side: NewOcoSide,
    quantity: Decimal,
    price: Decimal,
    stop_price: Decimal,
    is_isolated: NewOcoIsIsolated | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    limit_client_order_id: str | Unset = UNSET,
    limit_iceberg_qty: Decimal | Unset = UNSET,
    stop_client_order_id: str | Unset = UNSET,
    stop_limit_price: Decimal | Unset = UNSET,
    stop_iceberg_qty: Decimal | Unset = UNSET,
    stop_limit_time_in_force: NewOcoStopLimitTimeInForce | Unset = UNSET,
    new_order_resp_type: NewOcoNewOrderRespType | Unset = UNSET,
    side_effect_type: NewOcoSideEffectType | Unset = UNSET,
    self_trade_prevention_mode: NewOcoSelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | NewOrderListResult | None:
    """Margin Account New OCO

     Send in a new OCO for a margin account - autoRepayAtCancel is suggested to set as “FALSE” to keep
    liability unrepaid under high frequent new order/cancel order execution

    Args:
        symbol (str):
        side (NewOcoSide):
        quantity (Decimal):
        price (Decimal):
        stop_price (Decimal):
        is_isolated (NewOcoIsIsolated | Unset):
        list_client_order_id (str | Unset):
        limit_client_order_id (str | Unset):
        limit_iceberg_qty (Decimal | Unset):
        stop_client_order_id (str | Unset):
        stop_limit_price (Decimal | Unset):
        stop_iceberg_qty (Decimal | Unset):
        stop_limit_time_in_force (NewOcoStopLimitTimeInForce | Unset):
        new_order_resp_type (NewOcoNewOrderRespType | Unset):
        side_effect_type (NewOcoSideEffectType | Unset):
        self_trade_prevention_mode (NewOcoSelfTradePreventionMode | Unset):
        auto_repay_at_cancel (bool | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NewOrderListResult
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            side=side,
            quantity=quantity,
            price=price,
            stop_price=stop_price,
            is_isolated=is_isolated,
            list_client_order_id=list_client_order_id,
            limit_client_order_id=limit_client_order_id,
            limit_iceberg_qty=limit_iceberg_qty,
            stop_client_order_id=stop_client_order_id,
            stop_limit_price=stop_limit_price,
            stop_iceberg_qty=stop_iceberg_qty,
            stop_limit_time_in_force=stop_limit_time_in_force,
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            auto_repay_at_cancel=auto_repay_at_cancel,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
