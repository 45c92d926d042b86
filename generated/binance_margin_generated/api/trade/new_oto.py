from __future__ import annotations

from decimal import Decimal
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.isolated_flag import IsolatedFlag
from ...models.new_order_list_result import NewOrderListResult
from ...models.new_order_resp_type import NewOrderRespType
from ...models.order_list_side_effect_type import OrderListSideEffectType
from ...models.order_side import OrderSide
from ...models.order_type import OrderType
from ...models.self_trade_prevention_mode import SelfTradePreventionMode
from ...models.time_in_force import TimeInForce
from ...models.working_order_type import WorkingOrderType
from ...types import UNSET, Response, Unset, _format_decimal, _json_loads

if TYPE_CHECKING:  # annotations only: the SDK's own pools call build_request/parse_response without httpx
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    symbol: str,
    is_isolated: IsolatedFlag | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    new_order_resp_type: NewOrderRespType | Unset = UNSET,
    side_effect_type: OrderListSideEffectType | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    working_type: WorkingOrderType,
    working_side: OrderSide,
    working_client_order_id: str | Unset = UNSET,
    working_price: Decimal,
    working_quantity: Decimal,
    working_iceberg_qty: Decimal | Unset = UNSET,
    working_time_in_force: TimeInForce | Unset = UNSET,
    pending_type: OrderType,
    pending_side: OrderSide,
    pending_client_order_id: str | Unset = UNSET,
    pending_price: Decimal | Unset = UNSET,
    pending_stop_price: Decimal | Unset = UNSET,
    pending_trailing_delta: Decimal | Unset = UNSET,
    pending_quantity: Decimal,
    pending_iceberg_qty: Decimal | Unset = UNSET,
    pending_time_in_force: TimeInForce | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_is_isolated: str | Unset = UNSET
    if not isinstance(is_isolated, Unset):
        json_is_isolated = is_isolated.value

    params["isIsolated"] = json_is_isolated

    params["listClientOrderId"] = list_client_order_id

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

    json_working_type = working_type.value
    params["workingType"] = json_working_type

    json_working_side = working_side.value
    params["workingSide"] = json_working_side

    params["workingClientOrderId"] = working_client_order_id

    json_working_price = _format_decimal(working_price)
    params["workingPrice"] = json_working_price

    json_working_quantity = _format_decimal(working_quantity)
    params["workingQuantity"] = json_working_quantity

    json_working_iceberg_qty: str | Unset = UNSET
    if not isinstance(working_iceberg_qty, Unset):
        json_working_iceberg_qty = _format_decimal(working_iceberg_qty)
    params["workingIcebergQty"] = json_working_iceberg_qty

    json_working_time_in_force: str | Unset = UNSET
    if not isinstance(working_time_in_force, Unset):
        json_working_time_in_force = working_time_in_force.value

    params["workingTimeInForce"] = json_working_time_in_force

    json_pending_type = pending_type.value
    params["pendingType"] = json_pending_type

    json_pending_side = pending_side.value
    params["pendingSide"] = json_pending_side

    params["pendingClientOrderId"] = pending_client_order_id

    json_pending_price: str | Unset = UNSET
    if not isinstance(pending_price, Unset):
        json_pending_price = _format_decimal(pending_price)
    params["pendingPrice"] = json_pending_price

    json_pending_stop_price: str | Unset = UNSET
    if not isinstance(pending_stop_price, Unset):
        json_pending_stop_price = _format_decimal(pending_stop_price)
    params["pendingStopPrice"] = json_pending_stop_price

    json_pending_trailing_delta: str | Unset = UNSET
    if not isinstance(pending_trailing_delta, Unset):
        json_pending_trailing_delta = _format_decimal(pending_trailing_delta)
    params["pendingTrailingDelta"] = json_pending_trailing_delta

    json_pending_quantity = _format_decimal(pending_quantity)
    params["pendingQuantity"] = json_pending_quantity

    json_pending_iceberg_qty: str | Unset = UNSET
    if not isinstance(pending_iceberg_qty, Unset):
        json_pending_iceberg_qty = _format_decimal(pending_iceberg_qty)
    params["pendingIcebergQty"] = json_pending_iceberg_qty

    json_pending_time_in_force: str | Unset = UNSET
    if not isinstance(pending_time_in_force, Unset):
        json_pending_time_in_force = pending_time_in_force.value

    params["pendingTimeInForce"] = json_pending_time_in_force

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sapi/v1/margin/order/oto",
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
    new_order_resp_type: NewOrderRespType | Unset = UNSET,
    side_effect_type: OrderListSideEffectType | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    working_type: WorkingOrderType,
    working_side: OrderSide,
    working_client_order_id: str | Unset = UNSET,
    working_price: Decimal,
    working_quantity: Decimal,
    working_iceberg_qty: Decimal | Unset = UNSET,
    working_time_in_force: TimeInForce | Unset = UNSET,
    pending_type: OrderType,
    pending_side: OrderSide,
    pending_client_order_id: str | Unset = UNSET,
    pending_price: Decimal | Unset = UNSET,
    pending_stop_price: Decimal | Unset = UNSET,
    pending_trailing_delta: Decimal | Unset = UNSET,
    pending_quantity: Decimal,
    pending_iceberg_qty: Decimal | Unset = UNSET,
    pending_time_in_force: TimeInForce | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | NewOrderListResult]:
    """Margin Account New OTO

     Places an OTO (One-Triggers-the-Other) order list of 2 orders on a margin account. The working order
    (LIMIT or LIMIT_MAKER) goes on the book first; the pending order (any type except MARKET with
    quoteOrderQty) is placed only when the working order is fully filled. Cancelling either order
    cancels or expires the other. If the working order fills immediately, the response shows the pending
    order as PENDING_NEW. OTOs add 2 orders to the unfilled order count and the EXCHANGE_MAX_NUM_ORDERS
    / MAX_NUM_ORDERS filters. Conditionally mandatory: workingType=LIMIT needs workingTimeInForce;
    pendingType=LIMIT needs pendingPrice and pendingTimeInForce; STOP_LOSS/TAKE_PROFIT need
    pendingStopPrice and/or pendingTrailingDelta; STOP_LOSS_LIMIT/TAKE_PROFIT_LIMIT need pendingPrice,
    pendingStopPrice and/or pendingTrailingDelta, and pendingTimeInForce; pendingTrailingDelta needs
    pendingPrice (since 2026-06-15). autoRepayAtCancel is suggested to be "FALSE" under high-frequency
    new order/cancel order execution.

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        list_client_order_id (str | Unset):
        new_order_resp_type (NewOrderRespType | Unset): Shape of a new-order response: ACK, RESULT
            or FULL.
        side_effect_type (OrderListSideEffectType | Unset): sideEffectType accepted by OTO / OTOCO
            order lists (no AUTO_REPAY).
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode
            (the allowed set depends on the symbol).
        auto_repay_at_cancel (bool | Unset):
        working_type (WorkingOrderType): Type of the working order of an OTO / OTOCO order list.
        working_side (OrderSide): Order side.
        working_client_order_id (str | Unset):
        working_price (Decimal):
        working_quantity (Decimal):
        working_iceberg_qty (Decimal | Unset):
        working_time_in_force (TimeInForce | Unset): How long an order stays active (GTC good till
            cancelled, IOC immediate or cancel, FOK fill or kill).
        pending_type (OrderType): Order type.
        pending_side (OrderSide): Order side.
        pending_client_order_id (str | Unset):
        pending_price (Decimal | Unset):
        pending_stop_price (Decimal | Unset):
        pending_trailing_delta (Decimal | Unset):
        pending_quantity (Decimal):
        pending_iceberg_qty (Decimal | Unset):
        pending_time_in_force (TimeInForce | Unset): How long an order stays active (GTC good till
            cancelled, IOC immediate or cancel, FOK fill or kill).
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
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        self_trade_prevention_mode=self_trade_prevention_mode,
        auto_repay_at_cancel=auto_repay_at_cancel,
        working_type=working_type,
        working_side=working_side,
        working_client_order_id=working_client_order_id,
        working_price=working_price,
        working_quantity=working_quantity,
        working_iceberg_qty=working_iceberg_qty,
        working_time_in_force=working_time_in_force,
        pending_type=pending_type,
        pending_side=pending_side,
        pending_client_order_id=pending_client_order_id,
        pending_price=pending_price,
        pending_stop_price=pending_stop_price,
        pending_trailing_delta=pending_trailing_delta,
        pending_quantity=pending_quantity,
        pending_iceberg_qty=pending_iceberg_qty,
        pending_time_in_force=pending_time_in_force,
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
    new_order_resp_type: NewOrderRespType | Unset = UNSET,
    side_effect_type: OrderListSideEffectType | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    working_type: WorkingOrderType,
    working_side: OrderSide,
    working_client_order_id: str | Unset = UNSET,
    working_price: Decimal,
    working_quantity: Decimal,
    working_iceberg_qty: Decimal | Unset = UNSET,
    working_time_in_force: TimeInForce | Unset = UNSET,
    pending_type: OrderType,
    pending_side: OrderSide,
    pending_client_order_id: str | Unset = UNSET,
    pending_price: Decimal | Unset = UNSET,
    pending_stop_price: Decimal | Unset = UNSET,
    pending_trailing_delta: Decimal | Unset = UNSET,
    pending_quantity: Decimal,
    pending_iceberg_qty: Decimal | Unset = UNSET,
    pending_time_in_force: TimeInForce | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | NewOrderListResult | None:
    """Margin Account New OTO

     Places an OTO (One-Triggers-the-Other) order list of 2 orders on a margin account. The working order
    (LIMIT or LIMIT_MAKER) goes on the book first; the pending order (any type except MARKET with
    quoteOrderQty) is placed only when the working order is fully filled. Cancelling either order
    cancels or expires the other. If the working order fills immediately, the response shows the pending
    order as PENDING_NEW. OTOs add 2 orders to the unfilled order count and the EXCHANGE_MAX_NUM_ORDERS
    / MAX_NUM_ORDERS filters. Conditionally mandatory: workingType=LIMIT needs workingTimeInForce;
    pendingType=LIMIT needs pendingPrice and pendingTimeInForce; STOP_LOSS/TAKE_PROFIT need
    pendingStopPrice and/or pendingTrailingDelta; STOP_LOSS_LIMIT/TAKE_PROFIT_LIMIT need pendingPrice,
    pendingStopPrice and/or pendingTrailingDelta, and pendingTimeInForce; pendingTrailingDelta needs
    pendingPrice (since 2026-06-15). autoRepayAtCancel is suggested to be "FALSE" under high-frequency
    new order/cancel order execution.

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        list_client_order_id (str | Unset):
        new_order_resp_type (NewOrderRespType | Unset): Shape of a new-order response: ACK, RESULT
            or FULL.
        side_effect_type (OrderListSideEffectType | Unset): sideEffectType accepted by OTO / OTOCO
            order lists (no AUTO_REPAY).
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode
            (the allowed set depends on the symbol).
        auto_repay_at_cancel (bool | Unset):
        working_type (WorkingOrderType): Type of the working order of an OTO / OTOCO order list.
        working_side (OrderSide): Order side.
        working_client_order_id (str | Unset):
        working_price (Decimal):
        working_quantity (Decimal):
        working_iceberg_qty (Decimal | Unset):
        working_time_in_force (TimeInForce | Unset): How long an order stays active (GTC good till
            cancelled, IOC immediate or cancel, FOK fill or kill).
        pending_type (OrderType): Order type.
        pending_side (OrderSide): Order side.
        pending_client_order_id (str | Unset):
        pending_price (Decimal | Unset):
        pending_stop_price (Decimal | Unset):
        pending_trailing_delta (Decimal | Unset):
        pending_quantity (Decimal):
        pending_iceberg_qty (Decimal | Unset):
        pending_time_in_force (TimeInForce | Unset): How long an order stays active (GTC good till
            cancelled, IOC immediate or cancel, FOK fill or kill).
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
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        self_trade_prevention_mode=self_trade_prevention_mode,
        auto_repay_at_cancel=auto_repay_at_cancel,
        working_type=working_type,
        working_side=working_side,
        working_client_order_id=working_client_order_id,
        working_price=working_price,
        working_quantity=working_quantity,
        working_iceberg_qty=working_iceberg_qty,
        working_time_in_force=working_time_in_force,
        pending_type=pending_type,
        pending_side=pending_side,
        pending_client_order_id=pending_client_order_id,
        pending_price=pending_price,
        pending_stop_price=pending_stop_price,
        pending_trailing_delta=pending_trailing_delta,
        pending_quantity=pending_quantity,
        pending_iceberg_qty=pending_iceberg_qty,
        pending_time_in_force=pending_time_in_force,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    is_isolated: IsolatedFlag | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    new_order_resp_type: NewOrderRespType | Unset = UNSET,
    side_effect_type: OrderListSideEffectType | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    working_type: WorkingOrderType,
    working_side: OrderSide,
    working_client_order_id: str | Unset = UNSET,
    working_price: Decimal,
    working_quantity: Decimal,
    working_iceberg_qty: Decimal | Unset = UNSET,
    working_time_in_force: TimeInForce | Unset = UNSET,
    pending_type: OrderType,
    pending_side: OrderSide,
    pending_client_order_id: str | Unset = UNSET,
    pending_price: Decimal | Unset = UNSET,
    pending_stop_price: Decimal | Unset = UNSET,
    pending_trailing_delta: Decimal | Unset = UNSET,
    pending_quantity: Decimal,
    pending_iceberg_qty: Decimal | Unset = UNSET,
    pending_time_in_force: TimeInForce | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | NewOrderListResult]:
    """Margin Account New OTO

     Places an OTO (One-Triggers-the-Other) order list of 2 orders on a margin account. The working order
    (LIMIT or LIMIT_MAKER) goes on the book first; the pending order (any type except MARKET with
    quoteOrderQty) is placed only when the working order is fully filled. Cancelling either order
    cancels or expires the other. If the working order fills immediately, the response shows the pending
    order as PENDING_NEW. OTOs add 2 orders to the unfilled order count and the EXCHANGE_MAX_NUM_ORDERS
    / MAX_NUM_ORDERS filters. Conditionally mandatory: workingType=LIMIT needs workingTimeInForce;
    pendingType=LIMIT needs pendingPrice and pendingTimeInForce; STOP_LOSS/TAKE_PROFIT need
    pendingStopPrice and/or pendingTrailingDelta; STOP_LOSS_LIMIT/TAKE_PROFIT_LIMIT need pendingPrice,
    pendingStopPrice and/or pendingTrailingDelta, and pendingTimeInForce; pendingTrailingDelta needs
    pendingPrice (since 2026-06-15). autoRepayAtCancel is suggested to be "FALSE" under high-frequency
    new order/cancel order execution.

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        list_client_order_id (str | Unset):
        new_order_resp_type (NewOrderRespType | Unset): Shape of a new-order response: ACK, RESULT
            or FULL.
        side_effect_type (OrderListSideEffectType | Unset): sideEffectType accepted by OTO / OTOCO
            order lists (no AUTO_REPAY).
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode
            (the allowed set depends on the symbol).
        auto_repay_at_cancel (bool | Unset):
        working_type (WorkingOrderType): Type of the working order of an OTO / OTOCO order list.
        working_side (OrderSide): Order side.
        working_client_order_id (str | Unset):
        working_price (Decimal):
        working_quantity (Decimal):
        working_iceberg_qty (Decimal | Unset):
        working_time_in_force (TimeInForce | Unset): How long an order stays active (GTC good till
            cancelled, IOC immediate or cancel, FOK fill or kill).
        pending_type (OrderType): Order type.
        pending_side (OrderSide): Order side.
        pending_client_order_id (str | Unset):
        pending_price (Decimal | Unset):
        pending_stop_price (Decimal | Unset):
        pending_trailing_delta (Decimal | Unset):
        pending_quantity (Decimal):
        pending_iceberg_qty (Decimal | Unset):
        pending_time_in_force (TimeInForce | Unset): How long an order stays active (GTC good till
            cancelled, IOC immediate or cancel, FOK fill or kill).
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
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        self_trade_prevention_mode=self_trade_prevention_mode,
        auto_repay_at_cancel=auto_repay_at_cancel,
        working_type=working_type,
        working_side=working_side,
        working_client_order_id=working_client_order_id,
        working_price=working_price,
        working_quantity=working_quantity,
        working_iceberg_qty=working_iceberg_qty,
        working_time_in_force=working_time_in_force,
        pending_type=pending_type,
        pending_side=pending_side,
        pending_client_order_id=pending_client_order_id,
        pending_price=pending_price,
        pending_stop_price=pending_stop_price,
        pending_trailing_delta=pending_trailing_delta,
        pending_quantity=pending_quantity,
        pending_iceberg_qty=pending_iceberg_qty,
        pending_time_in_force=pending_time_in_force,
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
    new_order_resp_type: NewOrderRespType | Unset = UNSET,
    side_effect_type: OrderListSideEffectType | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    working_type: WorkingOrderType,
    working_side: OrderSide,
    working_client_order_id: str | Unset = UNSET,
    working_price: Decimal,
    working_quantity: Decimal,
    working_iceberg_qty: Decimal | Unset = UNSET,
    working_time_in_force: TimeInForce | Unset = UNSET,
    pending_type: OrderType,
    pending_side: OrderSide,
    pending_client_order_id: str | Unset = UNSET,
    pending_price: Decimal | Unset = UNSET,
    pending_stop_price: Decimal | Unset = UNSET,
    pending_trailing_delta: Decimal | Unset = UNSET,
    pending_quantity: Decimal,
    pending_iceberg_qty: Decimal | Unset = UNSET,
    pending_time_in_force: TimeInForce | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | NewOrderListResult | None:
    """Margin Account New OTO

     Places an OTO (One-Triggers-the-Other) order list of 2 orders on a margin account. The working order
    (LIMIT or LIMIT_MAKER) goes on the book first; the pending order (any type except MARKET with
    quoteOrderQty) is placed only when the working order is fully filled. Cancelling either order
    cancels or expires the other. If the working order fills immediately, the response shows the pending
    order as PENDING_NEW. OTOs add 2 orders to the unfilled order count and the EXCHANGE_MAX_NUM_ORDERS
    / MAX_NUM_ORDERS filters. Conditionally mandatory: workingType=LIMIT needs workingTimeInForce;
    pendingType=LIMIT needs pendingPrice and pendingTimeInForce; STOP_LOSS/TAKE_PROFIT need
    pendingStopPrice and/or pendingTrailingDelta; STOP_LOSS_LIMIT/TAKE_PROFIT_LIMIT need pendingPrice,
    pendingStopPrice and/or pendingTrailingDelta, and pendingTimeInForce; pendingTrailingDelta needs
    pendingPrice (since 2026-06-15). autoRepayAtCancel is suggested to be "FALSE" under high-frequency
    new order/cancel order execution.

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        list_client_order_id (str | Unset):
        new_order_resp_type (NewOrderRespType | Unset): Shape of a new-order response: ACK, RESULT
            or FULL.
        side_effect_type (OrderListSideEffectType | Unset): sideEffectType accepted by OTO / OTOCO
            order lists (no AUTO_REPAY).
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode
            (the allowed set depends on the symbol).
        auto_repay_at_cancel (bool | Unset):
        working_type (WorkingOrderType): Type of the working order of an OTO / OTOCO order list.
        working_side (OrderSide): Order side.
        working_client_order_id (str | Unset):
        working_price (Decimal):
        working_quantity (Decimal):
        working_iceberg_qty (Decimal | Unset):
        working_time_in_force (TimeInForce | Unset): How long an order stays active (GTC good till
            cancelled, IOC immediate or cancel, FOK fill or kill).
        pending_type (OrderType): Order type.
        pending_side (OrderSide): Order side.
        pending_client_order_id (str | Unset):
        pending_price (Decimal | Unset):
        pending_stop_price (Decimal | Unset):
        pending_trailing_delta (Decimal | Unset):
        pending_quantity (Decimal):
        pending_iceberg_qty (Decimal | Unset):
        pending_time_in_force (TimeInForce | Unset): How long an order stays active (GTC good till
            cancelled, IOC immediate or cancel, FOK fill or kill).
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
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            auto_repay_at_cancel=auto_repay_at_cancel,
            working_type=working_type,
            working_side=working_side,
            working_client_order_id=working_client_order_id,
            working_price=working_price,
            working_quantity=working_quantity,
            working_iceberg_qty=working_iceberg_qty,
            working_time_in_force=working_time_in_force,
            pending_type=pending_type,
            pending_side=pending_side,
            pending_client_order_id=pending_client_order_id,
            pending_price=pending_price,
            pending_stop_price=pending_stop_price,
            pending_trailing_delta=pending_trailing_delta,
            pending_quantity=pending_quantity,
            pending_iceberg_qty=pending_iceberg_qty,
            pending_time_in_force=pending_time_in_force,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
