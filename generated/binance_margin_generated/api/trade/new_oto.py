from decimal import Decimal
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.new_order_list_result import NewOrderListResult
from ...models.new_oto_is_isolated import NewOtoIsIsolated
from ...models.new_oto_new_order_resp_type import NewOtoNewOrderRespType
from ...models.new_oto_pending_side import NewOtoPendingSide
from ...models.new_oto_pending_time_in_force import NewOtoPendingTimeInForce
from ...models.new_oto_pending_type import NewOtoPendingType
from ...models.new_oto_self_trade_prevention_mode import NewOtoSelfTradePreventionMode
from ...models.new_oto_side_effect_type import NewOtoSideEffectType
from ...models.new_oto_working_side import NewOtoWorkingSide
from ...models.new_oto_working_time_in_force import NewOtoWorkingTimeInForce
from ...models.new_oto_working_type import NewOtoWorkingType
from ...types import UNSET, Response, Unset, _format_decimal


def _get_kwargs(
    *,
    symbol: str,
    working_type: NewOtoWorkingType,
    working_side: NewOtoWorkingSide,
    working_price: Decimal,
    working_quantity: Decimal,
    working_iceberg_qty: Decimal,
    pending_type: NewOtoPendingType,
    pending_side: NewOtoPendingSide,
    pending_quantity: Decimal,
    is_isolated: NewOtoIsIsolated | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    new_order_resp_type: NewOtoNewOrderRespType | Unset = UNSET,
    side_effect_type: NewOtoSideEffectType | Unset = UNSET,
    self_trade_prevention_mode: NewOtoSelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    working_client_order_id: str | Unset = UNSET,
    working_time_in_force: NewOtoWorkingTimeInForce | Unset = UNSET,
    pending_client_order_id: str | Unset = UNSET,
    pending_price: Decimal | Unset = UNSET,
    pending_stop_price: Decimal | Unset = UNSET,
    pending_trailing_delta: Decimal | Unset = UNSET,
    pending_iceberg_qty: Decimal | Unset = UNSET,
    pending_time_in_force: NewOtoPendingTimeInForce | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_working_type = working_type.value
    params["workingType"] = json_working_type

    json_working_side = working_side.value
    params["workingSide"] = json_working_side

    json_working_price = _format_decimal(working_price)
    params["workingPrice"] = json_working_price

    json_working_quantity = _format_decimal(working_quantity)
    params["workingQuantity"] = json_working_quantity

    json_working_iceberg_qty = _format_decimal(working_iceberg_qty)
    params["workingIcebergQty"] = json_working_iceberg_qty

    json_pending_type = pending_type.value
    params["pendingType"] = json_pending_type

    json_pending_side = pending_side.value
    params["pendingSide"] = json_pending_side

    json_pending_quantity = _format_decimal(pending_quantity)
    params["pendingQuantity"] = json_pending_quantity

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

    params["workingClientOrderId"] = working_client_order_id

    json_working_time_in_force: str | Unset = UNSET
    if not isinstance(working_time_in_force, Unset):
        json_working_time_in_force = working_time_in_force.value

    params["workingTimeInForce"] = json_working_time_in_force

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

    json_pending_iceberg_qty: str | Unset = UNSET
    if not isinstance(pending_iceberg_qty, Unset):
        json_pending_iceberg_qty = _format_decimal(pending_iceberg_qty)
    params["pendingIcebergQty"] = json_pending_iceberg_qty

    json_pending_time_in_force: str | Unset = UNSET
    if not isinstance(pending_time_in_force, Unset):
        json_pending_time_in_force = pending_time_in_force.value

    params["pendingTimeInForce"] = json_pending_time_in_force

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
    working_type: NewOtoWorkingType,
    working_side: NewOtoWorkingSide,
    working_price: Decimal,
    working_quantity: Decimal,
    working_iceberg_qty: Decimal,
    pending_type: NewOtoPendingType,
    pending_side: NewOtoPendingSide,
    pending_quantity: Decimal,
    is_isolated: NewOtoIsIsolated | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    new_order_resp_type: NewOtoNewOrderRespType | Unset = UNSET,
    side_effect_type: NewOtoSideEffectType | Unset = UNSET,
    self_trade_prevention_mode: NewOtoSelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    working_client_order_id: str | Unset = UNSET,
    working_time_in_force: NewOtoWorkingTimeInForce | Unset = UNSET,
    pending_client_order_id: str | Unset = UNSET,
    pending_price: Decimal | Unset = UNSET,
    pending_stop_price: Decimal | Unset = UNSET,
    pending_trailing_delta: Decimal | Unset = UNSET,
    pending_iceberg_qty: Decimal | Unset = UNSET,
    pending_time_in_force: NewOtoPendingTimeInForce | Unset = UNSET,
) -> Response[Error | NewOrderListResult]:
    """Margin Account New OTO

     Post a new OTO order for margin account: - An OTO (One-Triggers-the-Other) is an order list
    comprised of 2 orders. - The first order is called the **working order** and must be `LIMIT` or
    `LIMIT_MAKER`. Initially, only the working order goes on the order book. - The second order is
    called the **pending order**. It can be any order type except for `MARKET` orders using parameter
    `quoteOrderQty`. The pending order is only placed on the order book when the working order gets
    **fully filled**. - If either the working order or the pending order is cancelled individually, the
    other order in the order list will also be canceled or expired. - When the order list is placed, if
    the working order gets **immediately fully filled**, the placement response will show the working
    order as `FILLED` but the pending order will still appear as `PENDING_NEW`. You need to query the
    status of the pending order again to see its updated status. - OTOs add **2 orders** to the unfilled
    order count, `EXCHANGE_MAX_NUM_ORDERS` filter and `MAX_NUM_ORDERS` filter. - autoRepayAtCancel is
    suggested to set as “FALSE” to keep liability unrepaid under high frequent new order/cancel order
    execution - Depending on the `pendingType` or `workingType`, some optional parameters will become
    mandatory: | Type | Additional mandatory parameters | Additional information | | --- | --- | --- | |
    `workingType` = `LIMIT` | `workingTimeInForce` | | | `pendingType` = `LIMIT` | `pendingPrice`,
    `pendingTimeInForce` | | | `pendingType` = `STOP_LOSS` or `TAKE_PROFIT` | `pendingStopPrice` and/or
    `pendingTrailingDelta` | | | `pendingType` = `STOP_LOSS_LIMIT` or `TAKE_PROFIT_LIMIT` |
    `pendingPrice`, `pendingStopPrice` and/or `pendingTrailingDelta`, `pendingTimeInForce` | | |
    `pendingTrailingDelta` is provided | `pendingPrice` | |

    Args:
        symbol (str):
        working_type (NewOtoWorkingType):
        working_side (NewOtoWorkingSide):
        working_price (Decimal):
        working_quantity (Decimal):
        working_iceberg_qty (Decimal):
        pending_type (NewOtoPendingType):
        pending_side (NewOtoPendingSide):
        pending_quantity (Decimal):
        is_isolated (NewOtoIsIsolated | Unset):
        list_client_order_id (str | Unset):
        new_order_resp_type (NewOtoNewOrderRespType | Unset):
        side_effect_type (NewOtoSideEffectType | Unset):
        self_trade_prevention_mode (NewOtoSelfTradePreventionMode | Unset):
        auto_repay_at_cancel (bool | Unset):
        working_client_order_id (str | Unset):
        working_time_in_force (NewOtoWorkingTimeInForce | Unset):
        pending_client_order_id (str | Unset):
        pending_price (Decimal | Unset):
        pending_stop_price (Decimal | Unset):
        pending_trailing_delta (Decimal | Unset):
        pending_iceberg_qty (Decimal | Unset):
        pending_time_in_force (NewOtoPendingTimeInForce | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NewOrderListResult]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        working_type=working_type,
        working_side=working_side,
        working_price=working_price,
        working_quantity=working_quantity,
        working_iceberg_qty=working_iceberg_qty,
        pending_type=pending_type,
        pending_side=pending_side,
        pending_quantity=pending_quantity,
        is_isolated=is_isolated,
        list_client_order_id=list_client_order_id,
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        self_trade_prevention_mode=self_trade_prevention_mode,
        auto_repay_at_cancel=auto_repay_at_cancel,
        working_client_order_id=working_client_order_id,
        working_time_in_force=working_time_in_force,
        pending_client_order_id=pending_client_order_id,
        pending_price=pending_price,
        pending_stop_price=pending_stop_price,
        pending_trailing_delta=pending_trailing_delta,
        pending_iceberg_qty=pending_iceberg_qty,
        pending_time_in_force=pending_time_in_force,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str,
    working_type: NewOtoWorkingType,
    working_side: NewOtoWorkingSide,
    working_price: Decimal,
    working_quantity: Decimal,
    working_iceberg_qty: Decimal,
    pending_type: NewOtoPendingType,
    pending_side: NewOtoPendingSide,
    pending_quantity: Decimal,
    is_isolated: NewOtoIsIsolated | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    new_order_resp_type: NewOtoNewOrderRespType | Unset = UNSET,
    side_effect_type: NewOtoSideEffectType | Unset = UNSET,
    self_trade_prevention_mode: NewOtoSelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    working_client_order_id: str | Unset = UNSET,
    working_time_in_force: NewOtoWorkingTimeInForce | Unset = UNSET,
    pending_client_order_id: str | Unset = UNSET,
    pending_price: Decimal | Unset = UNSET,
    pending_stop_price: Decimal | Unset = UNSET,
    pending_trailing_delta: Decimal | Unset = UNSET,
    pending_iceberg_qty: Decimal | Unset = UNSET,
    pending_time_in_force: NewOtoPendingTimeInForce | Unset = UNSET,
) -> Error | NewOrderListResult | None:
    """Margin Account New OTO

     Post a new OTO order for margin account: - An OTO (One-Triggers-the-Other) is an order list
    comprised of 2 orders. - The first order is called the **working order** and must be `LIMIT` or
    `LIMIT_MAKER`. Initially, only the working order goes on the order book. - The second order is
    called the **pending order**. It can be any order type except for `MARKET` orders using parameter
    `quoteOrderQty`. The pending order is only placed on the order book when the working order gets
    **fully filled**. - If either the working order or the pending order is cancelled individually, the
    other order in the order list will also be canceled or expired. - When the order list is placed, if
    the working order gets **immediately fully filled**, the placement response will show the working
    order as `FILLED` but the pending order will still appear as `PENDING_NEW`. You need to query the
    status of the pending order again to see its updated status. - OTOs add **2 orders** to the unfilled
    order count, `EXCHANGE_MAX_NUM_ORDERS` filter and `MAX_NUM_ORDERS` filter. - autoRepayAtCancel is
    suggested to set as “FALSE” to keep liability unrepaid under high frequent new order/cancel order
    execution - Depending on the `pendingType` or `workingType`, some optional parameters will become
    mandatory: | Type | Additional mandatory parameters | Additional information | | --- | --- | --- | |
    `workingType` = `LIMIT` | `workingTimeInForce` | | | `pendingType` = `LIMIT` | `pendingPrice`,
    `pendingTimeInForce` | | | `pendingType` = `STOP_LOSS` or `TAKE_PROFIT` | `pendingStopPrice` and/or
    `pendingTrailingDelta` | | | `pendingType` = `STOP_LOSS_LIMIT` or `TAKE_PROFIT_LIMIT` |
    `pendingPrice`, `pendingStopPrice` and/or `pendingTrailingDelta`, `pendingTimeInForce` | | |
    `pendingTrailingDelta` is provided | `pendingPrice` | |

    Args:
        symbol (str):
        working_type (NewOtoWorkingType):
        working_side (NewOtoWorkingSide):
        working_price (Decimal):
        working_quantity (Decimal):
        working_iceberg_qty (Decimal):
        pending_type (NewOtoPendingType):
        pending_side (NewOtoPendingSide):
        pending_quantity (Decimal):
        is_isolated (NewOtoIsIsolated | Unset):
        list_client_order_id (str | Unset):
        new_order_resp_type (NewOtoNewOrderRespType | Unset):
        side_effect_type (NewOtoSideEffectType | Unset):
        self_trade_prevention_mode (NewOtoSelfTradePreventionMode | Unset):
        auto_repay_at_cancel (bool | Unset):
        working_client_order_id (str | Unset):
        working_time_in_force (NewOtoWorkingTimeInForce | Unset):
        pending_client_order_id (str | Unset):
        pending_price (Decimal | Unset):
        pending_stop_price (Decimal | Unset):
        pending_trailing_delta (Decimal | Unset):
        pending_iceberg_qty (Decimal | Unset):
        pending_time_in_force (NewOtoPendingTimeInForce | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NewOrderListResult
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        working_type=working_type,
        working_side=working_side,
        working_price=working_price,
        working_quantity=working_quantity,
        working_iceberg_qty=working_iceberg_qty,
        pending_type=pending_type,
        pending_side=pending_side,
        pending_quantity=pending_quantity,
        is_isolated=is_isolated,
        list_client_order_id=list_client_order_id,
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        self_trade_prevention_mode=self_trade_prevention_mode,
        auto_repay_at_cancel=auto_repay_at_cancel,
        working_client_order_id=working_client_order_id,
        working_time_in_force=working_time_in_force,
        pending_client_order_id=pending_client_order_id,
        pending_price=pending_price,
        pending_stop_price=pending_stop_price,
        pending_trailing_delta=pending_trailing_delta,
        pending_iceberg_qty=pending_iceberg_qty,
        pending_time_in_force=pending_time_in_force,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    working_type: NewOtoWorkingType,
    working_side: NewOtoWorkingSide,
    working_price: Decimal,
    working_quantity: Decimal,
    working_iceberg_qty: Decimal,
    pending_type: NewOtoPendingType,
    pending_side: NewOtoPendingSide,
    pending_quantity: Decimal,
    is_isolated: NewOtoIsIsolated | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    new_order_resp_type: NewOtoNewOrderRespType | Unset = UNSET,
    side_effect_type: NewOtoSideEffectType | Unset = UNSET,
    self_trade_prevention_mode: NewOtoSelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    working_client_order_id: str | Unset = UNSET,
    working_time_in_force: NewOtoWorkingTimeInForce | Unset = UNSET,
    pending_client_order_id: str | Unset = UNSET,
    pending_price: Decimal | Unset = UNSET,
    pending_stop_price: Decimal | Unset = UNSET,
    pending_trailing_delta: Decimal | Unset = UNSET,
    pending_iceberg_qty: Decimal | Unset = UNSET,
    pending_time_in_force: NewOtoPendingTimeInForce | Unset = UNSET,
) -> Response[Error | NewOrderListResult]:
    """Margin Account New OTO

     Post a new OTO order for margin account: - An OTO (One-Triggers-the-Other) is an order list
    comprised of 2 orders. - The first order is called the **working order** and must be `LIMIT` or
    `LIMIT_MAKER`. Initially, only the working order goes on the order book. - The second order is
    called the **pending order**. It can be any order type except for `MARKET` orders using parameter
    `quoteOrderQty`. The pending order is only placed on the order book when the working order gets
    **fully filled**. - If either the working order or the pending order is cancelled individually, the
    other order in the order list will also be canceled or expired. - When the order list is placed, if
    the working order gets **immediately fully filled**, the placement response will show the working
    order as `FILLED` but the pending order will still appear as `PENDING_NEW`. You need to query the
    status of the pending order again to see its updated status. - OTOs add **2 orders** to the unfilled
    order count, `EXCHANGE_MAX_NUM_ORDERS` filter and `MAX_NUM_ORDERS` filter. - autoRepayAtCancel is
    suggested to set as “FALSE” to keep liability unrepaid under high frequent new order/cancel order
    execution - Depending on the `pendingType` or `workingType`, some optional parameters will become
    mandatory: | Type | Additional mandatory parameters | Additional information | | --- | --- | --- | |
    `workingType` = `LIMIT` | `workingTimeInForce` | | | `pendingType` = `LIMIT` | `pendingPrice`,
    `pendingTimeInForce` | | | `pendingType` = `STOP_LOSS` or `TAKE_PROFIT` | `pendingStopPrice` and/or
    `pendingTrailingDelta` | | | `pendingType` = `STOP_LOSS_LIMIT` or `TAKE_PROFIT_LIMIT` |
    `pendingPrice`, `pendingStopPrice` and/or `pendingTrailingDelta`, `pendingTimeInForce` | | |
    `pendingTrailingDelta` is provided | `pendingPrice` | |

    Args:
        symbol (str):
        working_type (NewOtoWorkingType):
        working_side (NewOtoWorkingSide):
        working_price (Decimal):
        working_quantity (Decimal):
        working_iceberg_qty (Decimal):
        pending_type (NewOtoPendingType):
        pending_side (NewOtoPendingSide):
        pending_quantity (Decimal):
        is_isolated (NewOtoIsIsolated | Unset):
        list_client_order_id (str | Unset):
        new_order_resp_type (NewOtoNewOrderRespType | Unset):
        side_effect_type (NewOtoSideEffectType | Unset):
        self_trade_prevention_mode (NewOtoSelfTradePreventionMode | Unset):
        auto_repay_at_cancel (bool | Unset):
        working_client_order_id (str | Unset):
        working_time_in_force (NewOtoWorkingTimeInForce | Unset):
        pending_client_order_id (str | Unset):
        pending_price (Decimal | Unset):
        pending_stop_price (Decimal | Unset):
        pending_trailing_delta (Decimal | Unset):
        pending_iceberg_qty (Decimal | Unset):
        pending_time_in_force (NewOtoPendingTimeInForce | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NewOrderListResult]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        working_type=working_type,
        working_side=working_side,
        working_price=working_price,
        working_quantity=working_quantity,
        working_iceberg_qty=working_iceberg_qty,
        pending_type=pending_type,
        pending_side=pending_side,
        pending_quantity=pending_quantity,
        is_isolated=is_isolated,
        list_client_order_id=list_client_order_id,
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        self_trade_prevention_mode=self_trade_prevention_mode,
        auto_repay_at_cancel=auto_repay_at_cancel,
        working_client_order_id=working_client_order_id,
        working_time_in_force=working_time_in_force,
        pending_client_order_id=pending_client_order_id,
        pending_price=pending_price,
        pending_stop_price=pending_stop_price,
        pending_trailing_delta=pending_trailing_delta,
        pending_iceberg_qty=pending_iceberg_qty,
        pending_time_in_force=pending_time_in_force,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str,
    working_type: NewOtoWorkingType,
    working_side: NewOtoWorkingSide,
    working_price: Decimal,
    working_quantity: Decimal,
    working_iceberg_qty: Decimal,
    pending_type: NewOtoPendingType,
    pending_side: NewOtoPendingSide,
    pending_quantity: Decimal,
    is_isolated: NewOtoIsIsolated | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    new_order_resp_type: NewOtoNewOrderRespType | Unset = UNSET,
    side_effect_type: NewOtoSideEffectType | Unset = UNSET,
    self_trade_prevention_mode: NewOtoSelfTradePreventionMode | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = UNSET,
    working_client_order_id: str | Unset = UNSET,
    working_time_in_force: NewOtoWorkingTimeInForce | Unset = UNSET,
    pending_client_order_id: str | Unset = UNSET,
    pending_price: Decimal | Unset = UNSET,
    pending_stop_price: Decimal | Unset = UNSET,
    pending_trailing_delta: Decimal | Unset = UNSET,
    pending_iceberg_qty: Decimal | Unset = UNSET,
    pending_time_in_force: NewOtoPendingTimeInForce | Unset = UNSET,
) -> Error | NewOrderListResult | None:
    """Margin Account New OTO

     Post a new OTO order for margin account: - An OTO (One-Triggers-the-Other) is an order list
    comprised of 2 orders. - The first order is called the **working order** and must be `LIMIT` or
    `LIMIT_MAKER`. Initially, only the working order goes on the order book. - The second order is
    called the **pending order**. It can be any order type except for `MARKET` orders using parameter
    `quoteOrderQty`. The pending order is only placed on the order book when the working order gets
    **fully filled**. - If either the working order or the pending order is cancelled individually, the
    other order in the order list will also be canceled or expired. - When the order list is placed, if
    the working order gets **immediately fully filled**, the placement response will show the working
    order as `FILLED` but the pending order will still appear as `PENDING_NEW`. You need to query the
    status of the pending order again to see its updated status. - OTOs add **2 orders** to the unfilled
    order count, `EXCHANGE_MAX_NUM_ORDERS` filter and `MAX_NUM_ORDERS` filter. - autoRepayAtCancel is
    suggested to set as “FALSE” to keep liability unrepaid under high frequent new order/cancel order
    execution - Depending on the `pendingType` or `workingType`, some optional parameters will become
    mandatory: | Type | Additional mandatory parameters | Additional information | | --- | --- | --- | |
    `workingType` = `LIMIT` | `workingTimeInForce` | | | `pendingType` = `LIMIT` | `pendingPrice`,
    `pendingTimeInForce` | | | `pendingType` = `STOP_LOSS` or `TAKE_PROFIT` | `pendingStopPrice` and/or
    `pendingTrailingDelta` | | | `pendingType` = `STOP_LOSS_LIMIT` or `TAKE_PROFIT_LIMIT` |
    `pendingPrice`, `pendingStopPrice` and/or `pendingTrailingDelta`, `pendingTimeInForce` | | |
    `pendingTrailingDelta` is provided | `pendingPrice` | |

    Args:
        symbol (str):
        working_type (NewOtoWorkingType):
        working_side (NewOtoWorkingSide):
        working_price (Decimal):
        working_quantity (Decimal):
        working_iceberg_qty (Decimal):
        pending_type (NewOtoPendingType):
        pending_side (NewOtoPendingSide):
        pending_quantity (Decimal):
        is_isolated (NewOtoIsIsolated | Unset):
        list_client_order_id (str | Unset):
        new_order_resp_type (NewOtoNewOrderRespType | Unset):
        side_effect_type (NewOtoSideEffectType | Unset):
        self_trade_prevention_mode (NewOtoSelfTradePreventionMode | Unset):
        auto_repay_at_cancel (bool | Unset):
        working_client_order_id (str | Unset):
        working_time_in_force (NewOtoWorkingTimeInForce | Unset):
        pending_client_order_id (str | Unset):
        pending_price (Decimal | Unset):
        pending_stop_price (Decimal | Unset):
        pending_trailing_delta (Decimal | Unset):
        pending_iceberg_qty (Decimal | Unset):
        pending_time_in_force (NewOtoPendingTimeInForce | Unset):

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
            working_type=working_type,
            working_side=working_side,
            working_price=working_price,
            working_quantity=working_quantity,
            working_iceberg_qty=working_iceberg_qty,
            pending_type=pending_type,
            pending_side=pending_side,
            pending_quantity=pending_quantity,
            is_isolated=is_isolated,
            list_client_order_id=list_client_order_id,
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            self_trade_prevention_mode=self_trade_prevention_mode,
            auto_repay_at_cancel=auto_repay_at_cancel,
            working_client_order_id=working_client_order_id,
            working_time_in_force=working_time_in_force,
            pending_client_order_id=pending_client_order_id,
            pending_price=pending_price,
            pending_stop_price=pending_stop_price,
            pending_trailing_delta=pending_trailing_delta,
            pending_iceberg_qty=pending_iceberg_qty,
            pending_time_in_force=pending_time_in_force,
        )
    ).parsed


# Public names for the hand-written layer, which sends requests itself (signing, retries, typed errors).
build_request = _get_kwargs
parse_response = _parse_response
