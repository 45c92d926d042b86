"""User-style stream code: match narrows each event type; markers and accounts are typed."""

from __future__ import annotations

from decimal import Decimal

from binance_margin import CROSS, AsyncMarginClient, Isolated, MarginClient
from binance_margin.streams import (
    BalanceUpdate,
    ExecutionReport,
    MarginLevelStatusChange,
    Resync,
    StreamEvent,
    StreamReconnected,
    UnknownEvent,
    UserLiabilityChange,
)


def follow(client: MarginClient) -> Decimal:
    filled = Decimal(0)
    with client.user_stream(CROSS, Isolated("BTCUSDT"), validity=3600) as stream:
        for event in stream:
            match event:
                case ExecutionReport(account=Isolated(symbol="BTCUSDT"), order_status="FILLED"):
                    filled += event.cumulative_filled_quantity
                case ExecutionReport(execution_type="TRADE"):
                    price: Decimal = event.last_executed_price
                    filled += price * 0
                case BalanceUpdate(asset=asset, balance_delta=delta):
                    name: str = asset
                    filled += delta * 0 if name else 0
                case StreamReconnected(blind_seconds=blind):
                    seconds: float = blind
                    assert seconds >= 0
                case Resync():
                    ids: set[int] = event.open_order_ids()
                    assert isinstance(ids, set)
                case UnknownEvent(event_type=kind):
                    assert isinstance(kind, str)
                case StreamEvent():
                    assert event.account in (CROSS, Isolated("BTCUSDT"))
    return filled


async def risk(client: AsyncMarginClient) -> list[Decimal]:
    levels: list[Decimal] = []
    async with client.risk_stream() as stream:
        async for event in stream:
            if isinstance(event, MarginLevelStatusChange):
                levels.append(event.margin_level)
            elif isinstance(event, UserLiabilityChange):
                levels.append(event.principal + event.interest)
    return levels
