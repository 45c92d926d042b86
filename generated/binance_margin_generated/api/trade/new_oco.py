from __future__ import annotations

from decimal import Decimal
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.isolated_flag import IsolatedFlag
from ...models.new_order_list_result import NewOrderListResult
from ...models.new_order_resp_type import NewOrderRespType
from ...models.order_side import OrderSide
from ...models.self_trade_prevention_mode import SelfTradePreventionMode
from ...models.side_effect_type import SideEffectType
from ...models.time_in_force import TimeInForce
from ...types import UNSET, Response, Unset, _format_decimal, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    symbol: str,
    is_isolated: IsolatedFlag | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    side: OrderSide,
    quantity: Decimal,
    limit_client_order_id: str | Unset = UNSET,
    price: Decimal,
    limit_iceberg_qty: Decimal | Unset = UNSET,
    stop_client_order_id: str | Unset = UNSET,
    stop_price: Decimal,
    stop_limit_price: Decimal | Unset = UNSET,
    stop_iceberg_qty: Decimal | Unset = UNSET,
    stop_limit_time_in_force: TimeInForce | Unset = UNSET,
    new_order_resp_type: NewOrderRespType | Unset = UNSET,
    side_effect_type: SideEffectType | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_is_isolated: str | Unset = UNSET
    if not isinstance(is_isolated, Unset):
        json_is_isolated = is_isolated.value

    params["isIsolated"] = json_is_isolated

    params["listClientOrderId"] = list_client_order_id

    json_side = side.value
    params["side"] = json_side

    json_quantity = _format_decimal(quantity)
    params["quantity"] = json_quantity

    params["limitClientOrderId"] = limit_client_order_id

    json_price = _format_decimal(price)
    params["price"] = json_price

    json_limit_iceberg_qty: str | Unset = UNSET
    if not isinstance(limit_iceberg_qty, Unset):
        json_limit_iceberg_qty = _format_decimal(limit_iceberg_qty)
    params["limitIcebergQty"] = json_limit_iceberg_qty

    params["stopClientOrderId"] = stop_client_order_id

    json_stop_price = _format_decimal(stop_price)
    params["stopPrice"] = json_stop_price

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
        response_200 = NewOrderListResult.from_dict(_json_loads(response.content))

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
    is_isolated: IsolatedFlag | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    side: OrderSide,
    quantity: Decimal,
    limit_client_order_id: str | Unset = UNSET,
    price: Decimal,
    limit_iceberg_qty: Decimal | Unset = UNSET,
    stop_client_order_id: str | Unset = UNSET,
    stop_price: Decimal,
    stop_limit_price: Decimal | Unset = UNSET,
    stop_iceberg_qty: Decimal | Unset = UNSET,
    stop_limit_time_in_force: TimeInForce | Unset = UNSET,
    new_order_resp_type: NewOrderRespType | Unset = UNSET,
    side_effect_type: SideEffectType | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | NewOrderListResult]:
    """Margin Account New OCO

     Sends a new OCO order list (a limit order and a stop-loss / stop-loss-limit order) for a margin
    account. Price restrictions: SELL limit price > last price > stop price; BUY limit price < last
    price < stop price. Both legs have the same quantity. An OCO counts as 2 orders against the order
    rate limit. autoRepayAtCancel is suggested to be "FALSE" under high-frequency new order/cancel order
    execution.

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        list_client_order_id (str | Unset):
        side (OrderSide): Order side.
        quantity (Decimal):
        limit_client_order_id (str | Unset):
        price (Decimal):
        limit_iceberg_qty (Decimal | Unset):
        stop_client_order_id (str | Unset):
        stop_price (Decimal):
        stop_limit_price (Decimal | Unset):
        stop_iceberg_qty (Decimal | Unset):
        stop_limit_time_in_force (TimeInForce | Unset): How long an order stays active (GTC good
            till cancelled, IOC immediate or cancel, FOK fill or kill).
        new_order_resp_type (NewOrderRespType | Unset): Shape of a new-order response: ACK, RESULT
            or FULL.
        side_effect_type (SideEffectType | Unset): Borrowing/repaying done with a margin order
            (see Binance's sideEffectType FAQ).
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode
            (the allowed set depends on the symbol).
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
        is_isolated=is_isolated,
        list_client_order_id=list_client_order_id,
        side=side,
        quantity=quantity,
        limit_client_order_id=limit_client_order_id,
        price=price,
        limit_iceberg_qty=limit_iceberg_qty,
        stop_client_order_id=stop_client_order_id,
        stop_price=stop_price,
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
    is_isolated: IsolatedFlag | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    side: OrderSide,
    quantity: Decimal,
    limit_client_order_id: str | Unset = UNSET,
    price: Decimal,
    limit_iceberg_qty: Decimal | Unset = UNSET,
    stop_client_order_id: str | Unset = UNSET,
    stop_price: Decimal,
    stop_limit_price: Decimal | Unset = UNSET,
    stop_iceberg_qty: Decimal | Unset = UNSET,
    stop_limit_time_in_force: TimeInForce | Unset = UNSET,
    new_order_resp_type: NewOrderRespType | Unset = UNSET,
    side_effect_type: SideEffectType | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | NewOrderListResult | None:
    """Margin Account New OCO

     Sends a new OCO order list (a limit order and a stop-loss / stop-loss-limit order) for a margin
    account. Price restrictions: SELL limit price > last price > stop price; BUY limit price < last
    price < stop price. Both legs have the same quantity. An OCO counts as 2 orders against the order
    rate limit. autoRepayAtCancel is suggested to be "FALSE" under high-frequency new order/cancel order
    execution.

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        list_client_order_id (str | Unset):
        side (OrderSide): Order side.
        quantity (Decimal):
        limit_client_order_id (str | Unset):
        price (Decimal):
        limit_iceberg_qty (Decimal | Unset):
        stop_client_order_id (str | Unset):
        stop_price (Decimal):
        stop_limit_price (Decimal | Unset):
        stop_iceberg_qty (Decimal | Unset):
        stop_limit_time_in_force (TimeInForce | Unset): How long an order stays active (GTC good
            till cancelled, IOC immediate or cancel, FOK fill or kill).
        new_order_resp_type (NewOrderRespType | Unset): Shape of a new-order response: ACK, RESULT
            or FULL.
        side_effect_type (SideEffectType | Unset): Borrowing/repaying done with a margin order
            (see Binance's sideEffectType FAQ).
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode
            (the allowed set depends on the symbol).
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
        is_isolated=is_isolated,
        list_client_order_id=list_client_order_id,
        side=side,
        quantity=quantity,
        limit_client_order_id=limit_client_order_id,
        price=price,
        limit_iceberg_qty=limit_iceberg_qty,
        stop_client_order_id=stop_client_order_id,
        stop_price=stop_price,
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
    is_isolated: IsolatedFlag | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    side: OrderSide,
    quantity: Decimal,
    limit_client_order_id: str | Unset = UNSET,
    price: Decimal,
    limit_iceberg_qty: Decimal | Unset = UNSET,
    stop_client_order_id: str | Unset = UNSET,
    stop_price: Decimal,
    stop_limit_price: Decimal | Unset = UNSET,
    stop_iceberg_qty: Decimal | Unset = UNSET,
    stop_limit_time_in_force: TimeInForce | Unset = UNSET,
    new_order_resp_type: NewOrderRespType | Unset = UNSET,
    side_effect_type: SideEffectType | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | NewOrderListResult]:
    """Margin Account New OCO

     Sends a new OCO order list (a limit order and a stop-loss / stop-loss-limit order) for a margin
    account. Price restrictions: SELL limit price > last price > stop price; BUY limit price < last
    price < stop price. Both legs have the same quantity. An OCO counts as 2 orders against the order
    rate limit. autoRepayAtCancel is suggested to be "FALSE" under high-frequency new order/cancel order
    execution.

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        list_client_order_id (str | Unset):
        side (OrderSide): Order side.
        quantity (Decimal):
        limit_client_order_id (str | Unset):
        price (Decimal):
        limit_iceberg_qty (Decimal | Unset):
        stop_client_order_id (str | Unset):
        stop_price (Decimal):
        stop_limit_price (Decimal | Unset):
        stop_iceberg_qty (Decimal | Unset):
        stop_limit_time_in_force (TimeInForce | Unset): How long an order stays active (GTC good
            till cancelled, IOC immediate or cancel, FOK fill or kill).
        new_order_resp_type (NewOrderRespType | Unset): Shape of a new-order response: ACK, RESULT
            or FULL.
        side_effect_type (SideEffectType | Unset): Borrowing/repaying done with a margin order
            (see Binance's sideEffectType FAQ).
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode
            (the allowed set depends on the symbol).
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
        is_isolated=is_isolated,
        list_client_order_id=list_client_order_id,
        side=side,
        quantity=quantity,
        limit_client_order_id=limit_client_order_id,
        price=price,
        limit_iceberg_qty=limit_iceberg_qty,
        stop_client_order_id=stop_client_order_id,
        stop_price=stop_price,
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
    is_isolated: IsolatedFlag | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    side: OrderSide,
    quantity: Decimal,
    limit_client_order_id: str | Unset = UNSET,
    price: Decimal,
    limit_iceberg_qty: Decimal | Unset = UNSET,
    stop_client_order_id: str | Unset = UNSET,
    stop_price: Decimal,
    stop_limit_price: Decimal | Unset = UNSET,
    stop_iceberg_qty: Decimal | Unset = UNSET,
    stop_limit_time_in_force: TimeInForce | Unset = UNSET,
    new_order_resp_type: NewOrderRespType | Unset = UNSET,
    side_effect_type: SideEffectType | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | NewOrderListResult | None:
    """Margin Account New OCO

     Sends a new OCO order list (a limit order and a stop-loss / stop-loss-limit order) for a margin
    account. Price restrictions: SELL limit price > last price > stop price; BUY limit price < last
    price < stop price. Both legs have the same quantity. An OCO counts as 2 orders against the order
    rate limit. autoRepayAtCancel is suggested to be "FALSE" under high-frequency new order/cancel order
    execution.

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        list_client_order_id (str | Unset):
        side (OrderSide): Order side.
        quantity (Decimal):
        limit_client_order_id (str | Unset):
        price (Decimal):
        limit_iceberg_qty (Decimal | Unset):
        stop_client_order_id (str | Unset):
        stop_price (Decimal):
        stop_limit_price (Decimal | Unset):
        stop_iceberg_qty (Decimal | Unset):
        stop_limit_time_in_force (TimeInForce | Unset): How long an order stays active (GTC good
            till cancelled, IOC immediate or cancel, FOK fill or kill).
        new_order_resp_type (NewOrderRespType | Unset): Shape of a new-order response: ACK, RESULT
            or FULL.
        side_effect_type (SideEffectType | Unset): Borrowing/repaying done with a margin order
            (see Binance's sideEffectType FAQ).
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode
            (the allowed set depends on the symbol).
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
            is_isolated=is_isolated,
            list_client_order_id=list_client_order_id,
            side=side,
            quantity=quantity,
            limit_client_order_id=limit_client_order_id,
            price=price,
            limit_iceberg_qty=limit_iceberg_qty,
            stop_client_order_id=stop_client_order_id,
            stop_price=stop_price,
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
