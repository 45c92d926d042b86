"""Seed months of history into a sandbox's ledger, and read back what the ledger holds for a range.

The sandbox clock is advanced 150 days (``Histories.open``) and rows are written at chosen times in that past, so
the iterators walk a history that spans months of exchange time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from binance_margin.sandbox import Sandbox
from binance_margin.sandbox._state import (
    BorrowRepayRecord,
    InterestRecord,
    Order,
    Trade,
    TransferRecord,
    UserState,
)

DAY = 86_400_000
SPAN_DAYS = 150
"""How long the seeded history is: the clock stands SPAN_DAYS after the sandbox's start once it is open."""
SYMBOL = "BTCUSDT"
CROSS = ("CROSS", None)

Kind = Literal["orders", "trades", "borrows", "repays", "interest", "transfers"]
KINDS: tuple[Kind, ...] = ("orders", "trades", "borrows", "repays", "interest", "transfers")


@dataclass
class Histories:
    """A sandbox whose clock stands ``SPAN_DAYS`` after ``t0``; rows are seeded in ``[t0, now]``."""

    sandbox: Sandbox
    t0: int
    now: int

    @classmethod
    def open(cls, sandbox: Sandbox) -> Histories:
        """Advance the sandbox clock ``SPAN_DAYS`` days (from a frozen instant, then let it run again).

        The past between ``t0`` and ``now`` is free for seeding; a client must ``sync_time()`` to the new clock.
        """
        t0 = sandbox.clock.freeze()
        now = sandbox.clock.advance(days=SPAN_DAYS)
        sandbox.clock.unfreeze()
        return cls(sandbox, t0, now)

    @property
    def user(self) -> UserState:
        """The demo user."""
        return self.sandbox.user()

    def clear(self) -> None:
        """Forget every seeded row and every logged request."""
        u = self.user
        u.orders.clear()
        u.trades.clear()
        u.borrow_repay.clear()
        u.interest.clear()
        u.transfers.clear()
        self.sandbox.request_log.clear()

    def seed(self, kind: Kind, times: Sequence[int]) -> None:
        """One row of ``kind`` at each time (ids increase with time, as Binance's do)."""
        state = self.sandbox.state
        u = self.user
        for i, t in enumerate(sorted(times)):
            ident = state.new_id()
            amount = Decimal(f"{i + 1}.{ident % 97:02d}000001")
            if kind == "orders":
                u.orders[ident] = Order(
                    order_id=ident,
                    client_order_id=f"seed{ident}",
                    symbol=SYMBOL,
                    account=CROSS,
                    side="BUY",
                    type="LIMIT",
                    time_in_force="GTC",
                    orig_qty=amount,
                    price=Decimal("50000.5"),
                    status="FILLED",
                    executed_qty=amount,
                    time=t,
                    update_time=t,
                )
            elif kind == "trades":
                u.trades.append(
                    Trade(
                        id=ident,
                        order_id=ident,
                        symbol=SYMBOL,
                        account=CROSS,
                        price=Decimal("50000.5"),
                        qty=amount,
                        quote_qty=amount * Decimal("50000.5"),
                        commission=Decimal("0.00000001"),
                        commission_asset="BNB",
                        time=t,
                        is_buyer=True,
                        is_maker=False,
                    )
                )
            elif kind in ("borrows", "repays"):
                u.borrow_repay.append(
                    BorrowRepayRecord(
                        tx_id=ident,
                        kind="BORROW" if kind == "borrows" else "REPAY",
                        asset="USDT",
                        amount=amount,
                        principal=amount,
                        timestamp=t,
                    )
                )
            elif kind == "interest":
                u.interest.append(
                    InterestRecord(
                        tx_id=ident,
                        asset="USDT",
                        principal=amount,
                        interest=amount / 1000,
                        daily_rate=Decimal("0.0002"),
                        type="PERIODIC",
                        timestamp=t,
                    )
                )
            else:
                u.transfers.append(
                    TransferRecord(
                        tran_id=ident,
                        type="MAIN_MARGIN",
                        asset="USDT",
                        amount=amount,
                        from_wallet="SPOT",
                        to_wallet="CROSS_MARGIN",
                        timestamp=t,
                    )
                )

    def ledger(self, kind: Kind, start: int, end: int) -> list[tuple[int, int, Decimal]]:
        """(time, id, amount) of the rows in ``[start, end]``, oldest first: what an iterator must return."""
        u = self.user
        rows: list[tuple[int, int, Decimal]]
        if kind == "orders":
            rows = [(o.time, o.order_id, o.orig_qty) for o in u.orders.values()]
        elif kind == "trades":
            rows = [(t.time, t.id, t.qty) for t in u.trades]
        elif kind in ("borrows", "repays"):
            want = "BORROW" if kind == "borrows" else "REPAY"
            rows = [(r.timestamp, r.tx_id, r.amount) for r in u.borrow_repay if r.kind == want]
        elif kind == "interest":
            rows = [(r.timestamp, r.tx_id, r.principal) for r in u.interest]
        else:
            rows = [(r.timestamp, r.tran_id, r.amount) for r in u.transfers]
        return sorted(r for r in rows if start <= r[0] <= end)


def row_key(kind: Kind, row: Any) -> tuple[int, int, Decimal]:
    """(time, id, amount) of a typed row returned by an iterator."""
    if kind == "orders":
        return (row.time, row.order_id, row.orig_qty)
    if kind == "trades":
        return (row.time, row.id, row.qty)
    if kind in ("borrows", "repays"):
        return (row.timestamp, row.tx_id, row.amount)
    if kind == "interest":
        return (row.interest_accured_time, row.tx_id, row.principal)
    return (row.timestamp, row.tx_id, row.amount)


def iterator(client: Any, kind: Kind, start: int, end: int, **kw: Any) -> Any:
    """The client's iterator for ``kind`` over ``[start, end]`` (sync or async client alike)."""
    from binance_margin.models import BorrowRepayType

    if kind == "orders":
        return client.trade.iter_all_orders(symbol=SYMBOL, start=start, end=end, **kw)
    if kind == "trades":
        return client.trade.iter_my_trades(symbol=SYMBOL, start=start, end=end, **kw)
    if kind in ("borrows", "repays"):
        kind_ = BorrowRepayType.BORROW if kind == "borrows" else BorrowRepayType.REPAY
        return client.borrow_repay.iter_borrow_repay_records(type=kind_, asset="USDT", start=start, end=end, **kw)
    if kind == "interest":
        return client.borrow_repay.iter_interest_history(start=start, end=end, **kw)
    return client.transfer.iter_transfer_history(start=start, end=end, **kw)


PATHS: dict[Kind, str] = {
    "orders": "/sapi/v1/margin/allOrders",
    "trades": "/sapi/v1/margin/myTrades",
    "borrows": "/sapi/v1/margin/borrow-repay",
    "repays": "/sapi/v1/margin/borrow-repay",
    "interest": "/sapi/v1/margin/interestHistory",
    "transfers": "/sapi/v1/margin/transfer",
}
"""The endpoint each kind's iterator calls."""
