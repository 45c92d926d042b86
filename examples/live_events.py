"""Live events: follow one order from NEW through partial fills to FILLED, and a borrow's liability event.

    python examples/live_events.py --embedded-sandbox   # what `make demo` runs: a sandbox in this process,
                                                        # whose other market participants fill the order
    python examples/live_events.py                      # against Binance (BINANCE_API_KEY / _SECRET): places a
                                                        # small BTCUSDT buy at the market and waits for its fills

The user data stream (orders, fills, balances) and the risk stream (liabilities, margin level) are read on the
same thread as the trading code: each stream has its own background connection, and iterating simply takes the
next event.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
from collections.abc import Callable, Iterator
from decimal import Decimal

from binance_margin import CROSS, MarginClient
from binance_margin.streams import (
    ExecutionReport,
    OutboundAccountPosition,
    Resync,
    StreamReconnected,
    UserLiabilityChange,
)

QTY = Decimal("0.003")


def follow_order(client: MarginClient, counterparty: Callable[[Decimal], None], below: Decimal) -> None:
    """Place a LIMIT buy ``below`` the index price and print its life, event by event, until it is FILLED."""
    with client.user_stream(CROSS) as stream:
        index = client.market_data.get_price_index(symbol="BTCUSDT").price
        price = (index * (1 - below)).quantize(Decimal("0.01"))
        order = client.trade.new_order(
            symbol="BTCUSDT", side="BUY", type="LIMIT", time_in_force="GTC", quantity=QTY, price=price
        )
        print(f"placed order {order.order_id}: buy {QTY} BTCUSDT at {price}")
        for event in stream:
            match event:
                case ExecutionReport(order_id=order.order_id, execution_type="NEW"):
                    print(f"  NEW              on the book ({event.account}), {event.quantity} @ {event.price}")
                    counterparty(price)
                case ExecutionReport(order_id=order.order_id, execution_type="TRADE"):
                    print(
                        f"  {event.order_status:<16} +{event.last_executed_quantity} @ {event.last_executed_price},"
                        f" filled {event.cumulative_filled_quantity} of {event.quantity}"
                    )
                    if event.order_status == "FILLED":
                        print(f"  done: {event.cumulative_quote_quantity} USDT spent")
                        return
                case OutboundAccountPosition(balances=balances):
                    print("  balances now:", ", ".join(f"{b.asset} {b.free} free" for b in balances))
                case StreamReconnected(blind_seconds=blind):
                    print(f"  (reconnected after {blind:.1f} s blind; a resync follows)")
                case Resync():
                    if order.order_id not in event.open_order_ids():
                        print("  (the order is no longer open: it filled while the stream was blind)")
                        return


def borrow_and_watch(client: MarginClient) -> None:
    """Borrow a little USDT and print the liability event of the risk stream; then repay it."""
    with client.risk_stream() as risk:
        client.borrow_repay.borrow_repay(asset="USDT", amount=Decimal("25"), type="BORROW")
        for event in risk:
            if isinstance(event, UserLiabilityChange):
                print(
                    f"liability event: {event.liability_type} {event.principal} {event.asset}"
                    f" (interest {event.interest:f})"
                )
                break
    client.borrow_repay.borrow_repay(asset="USDT", amount=Decimal("25"), type="REPAY")


@contextlib.contextmanager
def embedded_sandbox() -> Iterator[tuple[MarginClient, Callable[[Decimal], None]]]:
    """A sandbox in this process: its other participants sell to the order in three parts."""
    from binance_margin.sandbox import Sandbox

    with Sandbox.running() as sb:
        client = MarginClient(
            "demo-api-key",
            "demo-api-secret",
            base_url=sb.base_url,
            ws_api_url=sb.ws_api_url,
            risk_stream_url=sb.risk_stream_url,
        )
        client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("1000"))

        def counterparty(price: Decimal) -> None:
            sb.trade("BTCUSDT", QTY / 3, price, side="SELL")  # PARTIALLY_FILLED
            sb.trade("BTCUSDT", QTY / 3, price, side="SELL")  # PARTIALLY_FILLED
            sb.set_price("BTCUSDT", price - 1)  # the market moves through the order: FILLED

        with client:
            yield client, counterparty


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--embedded-sandbox", action="store_true", help="run against a sandbox in this process")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.embedded_sandbox:
        with embedded_sandbox() as (client, counterparty):
            follow_order(client, counterparty, below=Decimal("0.005"))
            borrow_and_watch(client)
    else:
        with MarginClient() as client:
            follow_order(client, lambda price: None, below=Decimal(0))  # on Binance the market fills it
            borrow_and_watch(client)


if __name__ == "__main__":
    main()
