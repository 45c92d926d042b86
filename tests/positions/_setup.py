"""Shared setup of the positions tests against the sandbox: positions opened the way a trader opens them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from binance_margin import Isolated, MarginClient
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox

BTCUSDT = Isolated("BTCUSDT")
STATE_CHANGING = ("POST", "DELETE", "PUT")


def client(sb: Sandbox, **settings: Any) -> MarginClient:
    return MarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=sb.base_url, **settings)


def open_isolated_long(c: MarginClient, *, usdt: str = "2000", qty: str = "0.1") -> None:
    """Fund the BTCUSDT isolated account, buy BTC with MARGIN_BUY (borrows USDT), borrow some BTC too, and leave a
    resting order: a position with debts in both assets and an open order."""
    c.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal(usdt))
    c.transfer.universal_transfer(type="MARGIN_ISOLATEDMARGIN", asset="USDT", amount=Decimal(usdt), to_symbol="BTCUSDT")
    c.trade.new_order(
        symbol="BTCUSDT",
        side="BUY",
        type="MARKET",
        quantity=Decimal(qty),
        side_effect_type="MARGIN_BUY",
        margin=BTCUSDT,
    )
    c.borrow_repay.borrow_repay(asset="BTC", amount=Decimal("0.01"), type="BORROW", margin=BTCUSDT)
    c.trade.new_order(
        symbol="BTCUSDT",
        side="SELL",
        type="LIMIT",
        quantity=Decimal("0.001"),
        price=Decimal("120000"),
        time_in_force="GTC",
        margin=BTCUSDT,
    )


def open_isolated_short(c: MarginClient) -> None:
    """Fund BTCUSDT isolated with USDT, borrow BTC and sell it: a short that needs a buy-back."""
    c.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("3000"))
    c.transfer.universal_transfer(
        type="MARGIN_ISOLATEDMARGIN", asset="USDT", amount=Decimal("3000"), to_symbol="BTCUSDT"
    )
    c.borrow_repay.borrow_repay(asset="BTC", amount=Decimal("0.02"), type="BORROW", margin=BTCUSDT)
    c.trade.new_order(symbol="BTCUSDT", side="SELL", type="MARKET", quantity=Decimal("0.02"), margin=BTCUSDT)


def liabilities(sb: Sandbox, account: str = "BTCUSDT") -> dict[str, Decimal]:
    with sb.exchange.lock:
        acc = sb.user().cross if account == "CROSS" else sb.user().account(("ISOLATED", account))
        return {a: b.borrowed + b.interest for a, b in acc.balances.items()}


def holdings(sb: Sandbox, account: str = "BTCUSDT") -> dict[str, Decimal]:
    with sb.exchange.lock:
        acc = sb.user().cross if account == "CROSS" else sb.user().account(("ISOLATED", account))
        return {a: b.free + b.locked for a, b in acc.balances.items() if b.free + b.locked != 0}


def open_orders(sb: Sandbox) -> list[Any]:
    with sb.exchange.lock:
        return [o for o in sb.user().orders.values() if o.status in ("NEW", "PARTIALLY_FILLED")]


def ledger(sb: Sandbox, since_id: int) -> list[tuple[str, str]]:
    """Every state change the sandbox booked after ``since_id``: (kind, detail) of orders, repays, transfers."""
    with sb.exchange.lock:
        u = sb.user()
        out = [
            ("order", f"{o.side} {o.orig_qty} {o.client_order_id}") for o in u.orders.values() if o.order_id > since_id
        ]
        out += [
            ("repay", f"{r.asset} {r.amount} {r.mode}")
            for r in u.borrow_repay
            if r.tx_id > since_id and r.kind == "REPAY" and r.mode == "MANUAL"
        ]
        out += [("transfer", f"{t.type} {t.asset} {t.amount}") for t in u.transfers if t.tran_id > since_id]
        return out
