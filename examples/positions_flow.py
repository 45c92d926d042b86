"""Positions: open an isolated long with MARGIN_BUY, let interest run for hours, read the risk, ask "what if",
then close the position to zero debt and move the funds to spot.

    python examples/positions_flow.py --embedded-sandbox   # what `make demo` runs: a sandbox in this process,
                                                           # whose clock is advanced six hours
    python examples/positions_flow.py                      # against Binance (BINANCE_API_KEY / _SECRET): a small
                                                           # BTCUSDT isolated long, closed at once (no waiting)

Every step of the close is written to a journal before it is sent; if the process dies half-way,
``client.positions.resume()`` (or ``binance-margin position resume``) finishes it without sending a step twice.
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

from binance_margin import Isolated, MarginClient

PAIR = Isolated("BTCUSDT")


def show(title: str, value: object) -> None:
    print(f"  {title:<34} {value}")


def run(client: MarginClient, wait_hours: Callable[[int], None], quantity: Decimal, collateral: Decimal) -> None:
    print(f"open: {collateral} USDT spot -> cross -> isolated BTCUSDT, then buy {quantity} BTC with MARGIN_BUY")
    client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=collateral)
    client.transfer.universal_transfer(
        type="MARGIN_ISOLATEDMARGIN", asset="USDT", amount=collateral, to_symbol="BTCUSDT"
    )
    order = client.trade.new_order(
        symbol="BTCUSDT", side="BUY", type="MARKET", quantity=quantity, side_effect_type="MARGIN_BUY", margin=PAIR
    )
    show("bought, order id", f"{order.order_id} ({order.status})")
    wait_hours(6)

    snap = client.positions.snapshot(margin=PAIR)
    usdt = snap.asset("USDT")
    print("snapshot (one request):")
    show("USDT owed (principal + interest)", f"{usdt.borrowed} + {usdt.interest}")
    show("margin level computed / Binance's", f"{snap.margin_level:.6f} / {snap.reported_margin_level}")
    show("status", snap.status)
    show("margin call / liquidation price", f"{snap.margin_call_price:.2f} / {snap.liquidation_price:.2f} USDT")
    price = snap.price("BTC")
    more = snap.after_order(
        side="BUY", quantity=quantity / 2, price=price, side_effect_type="MARGIN_BUY", fee_rate=Decimal("0.001")
    )
    print(f"what if I buy {quantity / 2} BTC more with MARGIN_BUY at {price} (no request sent):")
    show("margin level", f"{more.margin_level:.6f}")
    show("liquidation price", f"{more.liquidation_price:.2f} USDT")

    with tempfile.TemporaryDirectory() as tmp:
        report = client.positions.close(PAIR, transfer_to="spot", journal=Path(tmp) / "journal.sqlite3")
    print("close, step by step:")
    for step in report.steps:
        ids = {k: v for k, v in (step.outcome or {}).items() if k in ("orderId", "tranId")}
        sent = {k: v for k, v in step.sent.items() if k in ("side", "quantity", "asset", "amount", "type")}
        print(f"  {step.seq}. {step.kind:<18} {sent} -> {step.status} {ids}")
    show("closed (every liability zero)", report.closed)
    show("moved to spot", {a: str(v) for a, v in report.transferred.items()})
    for dust in report.dust:
        show(f"dust {dust.amount} {dust.asset}", dust.reason)
    assert report.closed, report


@contextlib.contextmanager
def embedded_sandbox() -> Iterator[tuple[MarginClient, Callable[[int], None]]]:
    """A sandbox in this process, so its clock can be moved forward."""
    from binance_margin.sandbox import Sandbox

    with Sandbox.running() as sb, MarginClient("demo-api-key", "demo-api-secret", base_url=sb.base_url) as client:

        def wait_hours(hours: int) -> None:
            print(f"... {hours} hours pass on the sandbox clock (interest is charged every hour)")
            sb.clock.advance(hours=hours)

        yield client, wait_hours


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--embedded-sandbox", action="store_true", help="run against a sandbox in this process")
    args = parser.parse_args()
    if args.embedded_sandbox:
        with embedded_sandbox() as (client, wait_hours):
            run(client, wait_hours, Decimal("0.1"), Decimal("2000"))
    else:
        with MarginClient() as client:
            run(client, lambda hours: None, Decimal("0.0002"), Decimal("10"))


if __name__ == "__main__":
    main()
