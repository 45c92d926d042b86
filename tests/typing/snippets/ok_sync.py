"""User-style code that must type-check under mypy --strict."""

from __future__ import annotations

from decimal import Decimal

from binance_margin import (
    CROSS,
    ApiResponse,
    BinanceAPIError,
    Isolated,
    MarginClient,
    MarginMode,
    RateLimitedError,
    UnknownExecutionStatus,
    ValidationError,
)
from binance_margin.models import MarginOrder


def place_isolated(client: MarginClient) -> int:
    order = client.trade.new_order(
        symbol="BTCUSDT",
        side="BUY",
        type="LIMIT",
        quantity=Decimal("0.001"),
        price="30000.5",
        time_in_force="GTC",
        margin=Isolated("BTCUSDT"),
    )
    order_id: int = order.order_id
    return order_id


def place_cross_market(client: MarginClient, qty: Decimal | str | int) -> str:
    order = client.trade.new_order(symbol="ETHUSDT", side="SELL", type="MARKET", quantity=qty, recv_window=5000)
    return order.client_order_id


def borrow(client: MarginClient, margin: MarginMode) -> int:
    return client.borrow_repay.borrow_repay(asset="USDT", amount="100", type="BORROW", margin=margin).tran_id


def raw_response(client: MarginClient) -> dict[str, int]:
    response = client.account.with_raw_response.get_bnb_burn_status()
    status: int = response.status_code
    assert status == 200
    typed: ApiResponse[object] = response
    assert typed.elapsed_ms >= 0
    return response.rate_limits.used_ip_weight


def reconcile(client: MarginClient, exc: UnknownExecutionStatus) -> MarginOrder | None:
    if exc.client_order_id is None or exc.symbol is None:
        return None
    return client.reconcile_order(symbol=exc.symbol, client_order_id=exc.client_order_id, margin=exc.margin or CROSS)


def handle_errors(client: MarginClient) -> str:
    try:
        client.trade.get_open_orders(margin=Isolated("BTCUSDT"))
    except RateLimitedError as exc:
        wait: float | None = exc.retry_after
        return f"wait {wait}"
    except BinanceAPIError as exc:
        code: int | None = exc.code
        return f"{exc.status} {code} {exc.msg}"
    except ValidationError as exc:
        return str(exc)
    return "ok"


def main() -> None:
    with MarginClient(api_key="k", api_secret="s", recv_window=5000, max_retries=1) as client:
        place_isolated(client)
        used = client.rate_limits.used_uid_weight.get("1m", 0)
        print(used + client.time_offset_ms)
