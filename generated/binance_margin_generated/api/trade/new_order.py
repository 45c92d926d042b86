from __future__ import annotations

from decimal import Decimal
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.isolated_flag import IsolatedFlag
from ...models.new_order_resp_type import NewOrderRespType
from ...models.new_order_result import NewOrderResult
from ...models.order_side import OrderSide
from ...models.order_type import OrderType
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
    side: OrderSide,
    type_: OrderType,
    quantity: Decimal | Unset = UNSET,
    quote_order_qty: Decimal | Unset = UNSET,
    price: Decimal | Unset = UNSET,
    stop_price: Decimal | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    iceberg_qty: Decimal | Unset = UNSET,
    new_order_resp_type: NewOrderRespType | Unset = UNSET,
    side_effect_type: SideEffectType | Unset = UNSET,
    time_in_force: TimeInForce | Unset = UNSET,
    trailing_delta: int | Unset = UNSET,
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

    json_side = side.value
    params["side"] = json_side

    json_type_ = type_.value
    params["type"] = json_type_

    json_quantity: str | Unset = UNSET
    if not isinstance(quantity, Unset):
        json_quantity = _format_decimal(quantity)
    params["quantity"] = json_quantity

    json_quote_order_qty: str | Unset = UNSET
    if not isinstance(quote_order_qty, Unset):
        json_quote_order_qty = _format_decimal(quote_order_qty)
    params["quoteOrderQty"] = json_quote_order_qty

    json_price: str | Unset = UNSET
    if not isinstance(price, Unset):
        json_price = _format_decimal(price)
    params["price"] = json_price

    json_stop_price: str | Unset = UNSET
    if not isinstance(stop_price, Unset):
        json_stop_price = _format_decimal(stop_price)
    params["stopPrice"] = json_stop_price

    params["newClientOrderId"] = new_client_order_id

    json_iceberg_qty: str | Unset = UNSET
    if not isinstance(iceberg_qty, Unset):
        json_iceberg_qty = _format_decimal(iceberg_qty)
    params["icebergQty"] = json_iceberg_qty

    json_new_order_resp_type: str | Unset = UNSET
    if not isinstance(new_order_resp_type, Unset):
        json_new_order_resp_type = new_order_resp_type.value

    params["newOrderRespType"] = json_new_order_resp_type

    json_side_effect_type: str | Unset = UNSET
    if not isinstance(side_effect_type, Unset):
        json_side_effect_type = side_effect_type.value

    params["sideEffectType"] = json_side_effect_type

    json_time_in_force: str | Unset = UNSET
    if not isinstance(time_in_force, Unset):
        json_time_in_force = time_in_force.value

    params["timeInForce"] = json_time_in_force

    params["trailingDelta"] = trailing_delta

    json_self_trade_prevention_mode: str | Unset = UNSET
    if not isinstance(self_trade_prevention_mode, Unset):
        json_self_trade_prevention_mode = self_trade_prevention_mode.value

    params["selfTradePreventionMode"] = json_self_trade_prevention_mode

    params["autoRepayAtCancel"] = auto_repay_at_cancel

    params["recvWindow"] = recv_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sapi/v1/margin/order",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | NewOrderResult | None:
    if response.status_code == 200:
        response_200 = NewOrderResult.from_dict(_json_loads(response.content))

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
) -> Response[Error | NewOrderResult]:
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
    side: OrderSide,
    type_: OrderType,
    quantity: Decimal | Unset = UNSET,
    quote_order_qty: Decimal | Unset = UNSET,
    price: Decimal | Unset = UNSET,
    stop_price: Decimal | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    iceberg_qty: Decimal | Unset = UNSET,
    new_order_resp_type: NewOrderRespType | Unset = UNSET,
    side_effect_type: SideEffectType | Unset = UNSET,
    time_in_force: TimeInForce | Unset = UNSET,
    trailing_delta: int | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | NewOrderResult]:
    """Margin Account New Order

     Places a new order on a margin account. The response is ACK, RESULT or FULL depending on
    newOrderRespType (MARKET and LIMIT default to FULL, other types to ACK). autoRepayAtCancel is
    suggested to be "FALSE" to keep the liability unrepaid under high-frequency new order/cancel order
    execution.

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        side (OrderSide): Order side.
        type_ (OrderType): Order type.
        quantity (Decimal | Unset):
        quote_order_qty (Decimal | Unset):
        price (Decimal | Unset):
        stop_price (Decimal | Unset):
        new_client_order_id (str | Unset):
        iceberg_qty (Decimal | Unset):
        new_order_resp_type (NewOrderRespType | Unset): Shape of a new-order response: ACK, RESULT
            or FULL.
        side_effect_type (SideEffectType | Unset): Borrowing/repaying done with a margin order
            (see Binance's sideEffectType FAQ).
        time_in_force (TimeInForce | Unset): How long an order stays active (GTC good till
            cancelled, IOC immediate or cancel, FOK fill or kill).
        trailing_delta (int | Unset):
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode
            (the allowed set depends on the symbol).
        auto_repay_at_cancel (bool | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NewOrderResult]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        is_isolated=is_isolated,
        side=side,
        type_=type_,
        quantity=quantity,
        quote_order_qty=quote_order_qty,
        price=price,
        stop_price=stop_price,
        new_client_order_id=new_client_order_id,
        iceberg_qty=iceberg_qty,
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        time_in_force=time_in_force,
        trailing_delta=trailing_delta,
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
    side: OrderSide,
    type_: OrderType,
    quantity: Decimal | Unset = UNSET,
    quote_order_qty: Decimal | Unset = UNSET,
    price: Decimal | Unset = UNSET,
    stop_price: Decimal | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    iceberg_qty: Decimal | Unset = UNSET,
    new_order_resp_type: NewOrderRespType | Unset = UNSET,
    side_effect_type: SideEffectType | Unset = UNSET,
    time_in_force: TimeInForce | Unset = UNSET,
    trailing_delta: int | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | NewOrderResult | None:
    """Margin Account New Order

     Places a new order on a margin account. The response is ACK, RESULT or FULL depending on
    newOrderRespType (MARKET and LIMIT default to FULL, other types to ACK). autoRepayAtCancel is
    suggested to be "FALSE" to keep the liability unrepaid under high-frequency new order/cancel order
    execution.

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        side (OrderSide): Order side.
        type_ (OrderType): Order type.
        quantity (Decimal | Unset):
        quote_order_qty (Decimal | Unset):
        price (Decimal | Unset):
        stop_price (Decimal | Unset):
        new_client_order_id (str | Unset):
        iceberg_qty (Decimal | Unset):
        new_order_resp_type (NewOrderRespType | Unset): Shape of a new-order response: ACK, RESULT
            or FULL.
        side_effect_type (SideEffectType | Unset): Borrowing/repaying done with a margin order
            (see Binance's sideEffectType FAQ).
        time_in_force (TimeInForce | Unset): How long an order stays active (GTC good till
            cancelled, IOC immediate or cancel, FOK fill or kill).
        trailing_delta (int | Unset):
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode
            (the allowed set depends on the symbol).
        auto_repay_at_cancel (bool | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NewOrderResult
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        is_isolated=is_isolated,
        side=side,
        type_=type_,
        quantity=quantity,
        quote_order_qty=quote_order_qty,
        price=price,
        stop_price=stop_price,
        new_client_order_id=new_client_order_id,
        iceberg_qty=iceberg_qty,
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        time_in_force=time_in_force,
        trailing_delta=trailing_delta,
        self_trade_prevention_mode=self_trade_prevention_mode,
        auto_repay_at_cancel=auto_repay_at_cancel,
        recv_window=recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    is_isolated: IsolatedFlag | Unset = UNSET,
    side: OrderSide,
    type_: OrderType,
    quantity: Decimal | Unset = UNSET,
    quote_order_qty: Decimal | Unset = UNSET,
    price: Decimal | Unset = UNSET,
    stop_price: Decimal | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    iceberg_qty: Decimal | Unset = UNSET,
    new_order_resp_type: NewOrderRespType | Unset = UNSET,
    side_effect_type: SideEffectType | Unset = UNSET,
    time_in_force: TimeInForce | Unset = UNSET,
    trailing_delta: int | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[Error | NewOrderResult]:
    """Margin Account New Order

     Places a new order on a margin account. The response is ACK, RESULT or FULL depending on
    newOrderRespType (MARKET and LIMIT default to FULL, other types to ACK). autoRepayAtCancel is
    suggested to be "FALSE" to keep the liability unrepaid under high-frequency new order/cancel order
    execution.

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        side (OrderSide): Order side.
        type_ (OrderType): Order type.
        quantity (Decimal | Unset):
        quote_order_qty (Decimal | Unset):
        price (Decimal | Unset):
        stop_price (Decimal | Unset):
        new_client_order_id (str | Unset):
        iceberg_qty (Decimal | Unset):
        new_order_resp_type (NewOrderRespType | Unset): Shape of a new-order response: ACK, RESULT
            or FULL.
        side_effect_type (SideEffectType | Unset): Borrowing/repaying done with a margin order
            (see Binance's sideEffectType FAQ).
        time_in_force (TimeInForce | Unset): How long an order stays active (GTC good till
            cancelled, IOC immediate or cancel, FOK fill or kill).
        trailing_delta (int | Unset):
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode
            (the allowed set depends on the symbol).
        auto_repay_at_cancel (bool | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NewOrderResult]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        is_isolated=is_isolated,
        side=side,
        type_=type_,
        quantity=quantity,
        quote_order_qty=quote_order_qty,
        price=price,
        stop_price=stop_price,
        new_client_order_id=new_client_order_id,
        iceberg_qty=iceberg_qty,
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        time_in_force=time_in_force,
        trailing_delta=trailing_delta,
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
    side: OrderSide,
    type_: OrderType,
    quantity: Decimal | Unset = UNSET,
    quote_order_qty: Decimal | Unset = UNSET,
    price: Decimal | Unset = UNSET,
    stop_price: Decimal | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    iceberg_qty: Decimal | Unset = UNSET,
    new_order_resp_type: NewOrderRespType | Unset = UNSET,
    side_effect_type: SideEffectType | Unset = UNSET,
    time_in_force: TimeInForce | Unset = UNSET,
    trailing_delta: int | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Error | NewOrderResult | None:
    """Margin Account New Order

     Places a new order on a margin account. The response is ACK, RESULT or FULL depending on
    newOrderRespType (MARKET and LIMIT default to FULL, other types to ACK). autoRepayAtCancel is
    suggested to be "FALSE" to keep the liability unrepaid under high-frequency new order/cancel order
    execution.

    Args:
        symbol (str):
        is_isolated (IsolatedFlag | Unset): Binance's string flag for the isolated margin account
            ("TRUE") or cross margin ("FALSE").
        side (OrderSide): Order side.
        type_ (OrderType): Order type.
        quantity (Decimal | Unset):
        quote_order_qty (Decimal | Unset):
        price (Decimal | Unset):
        stop_price (Decimal | Unset):
        new_client_order_id (str | Unset):
        iceberg_qty (Decimal | Unset):
        new_order_resp_type (NewOrderRespType | Unset): Shape of a new-order response: ACK, RESULT
            or FULL.
        side_effect_type (SideEffectType | Unset): Borrowing/repaying done with a margin order
            (see Binance's sideEffectType FAQ).
        time_in_force (TimeInForce | Unset): How long an order stays active (GTC good till
            cancelled, IOC immediate or cancel, FOK fill or kill).
        trailing_delta (int | Unset):
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode
            (the allowed set depends on the symbol).
        auto_repay_at_cancel (bool | Unset):
        recv_window (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NewOrderResult
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            is_isolated=is_isolated,
            side=side,
            type_=type_,
            quantity=quantity,
            quote_order_qty=quote_order_qty,
            price=price,
            stop_price=stop_price,
            new_client_order_id=new_client_order_id,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            time_in_force=time_in_force,
            trailing_delta=trailing_delta,
            self_trade_prevention_mode=self_trade_prevention_mode,
            auto_repay_at_cancel=auto_repay_at_cancel,
            recv_window=recv_window,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
