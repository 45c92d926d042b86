"""Stream code mypy must refuse."""

from __future__ import annotations

from binance_margin import MarginClient
from binance_margin.streams import BalanceUpdate, ExecutionReport


def wrong(client: MarginClient) -> None:
    with client.user_stream("BTCUSDT") as stream:  # E
        for event in stream:
            print(event.order_id)  # E
            if isinstance(event, ExecutionReport):
                name: int = event.symbol  # E
                print(name)
            if isinstance(event, BalanceUpdate):
                print(event.order_id)  # E
    client.user_stream(validity="24h")  # E
