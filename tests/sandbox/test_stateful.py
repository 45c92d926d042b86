"""The ledger's invariants under random operation sequences (hypothesis stateful testing).

* transfers, borrows, repays, interest and liquidations conserve every asset: what the user holds, minus
  everything they owe (principal, unpaid interest, liquidation loans), plus every interest charge, minus what
  liquidations bought from the house, plus what they sold to it and the liquidation fees, stays what they
  started with;
* no balance (free, locked) and no liability (borrowed, interest) ever goes negative, whatever else happens
  (orders with side effects, price moves, interest, liquidations).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from binance_margin.sandbox import ApiError, Clock, Exchange, default_config
from binance_margin.sandbox._exchange import TRANSFER_TYPES
from binance_margin.sandbox._orders import OrderRequest
from binance_margin.sandbox._state import MarginAccount, UserState
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

ASSETS = ("BTC", "ETH", "BNB", "USDT")
PAIRS = ("BTCUSDT", "ETHUSDT", "BNBUSDT", "ETHBTC", "BNBBTC")
LEDGER_TYPES = (
    "MAIN_MARGIN",
    "MARGIN_MAIN",
    "MARGIN_ISOLATEDMARGIN",
    "ISOLATEDMARGIN_MARGIN",
    "ISOLATEDMARGIN_ISOLATEDMARGIN",
    "MARGIN_FUNDING",
    "FUNDING_MARGIN",
)
amounts = st.decimals(min_value=Decimal("0.00000001"), max_value=Decimal(5000), places=8, allow_nan=False)
fractions = st.sampled_from([Decimal("0.01"), Decimal("0.1"), Decimal("0.5"), Decimal(1)])


class LedgerMachine(RuleBasedStateMachine):
    """Transfers, borrows, repays and time on one user's ledger."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = Clock()
        self.clock.freeze()
        self.ex = Exchange(default_config(), self.clock)
        self.user: UserState = self.ex.user_by_name("demo")
        self.initial = self.holdings()

    # -- helpers -----------------------------------------------------------------------------------------

    def accounts(self) -> list[MarginAccount]:
        return [self.user.cross, *self.user.isolated.values()]

    def holdings(self) -> dict[str, Decimal]:
        """Per asset: what the user started with, by the ledger.

        Held - owed + interest charged: interest is a cost (charged = paid + still owed, in a balance or in a
        liquidation loan), and debt a liquidation could not cover stays owed as a liquidation loan (its
        principal and its interest). Liquidations also trade with the house and charge a fee: undone here from
        their records.
        """
        out = dict.fromkeys(ASSETS, Decimal(0))
        for wallet in self.user.wallets.values():
            for asset, b in wallet.items():
                out[asset] += b.total
        for acc in self.accounts():
            for asset, b in acc.balances.items():
                out[asset] += b.total - b.liability
        for asset, loan in self.user.liquidation_loans.items():
            out[asset] -= loan.remaining
        for rec in self.user.interest:
            out[rec.asset] += rec.interest
        orders = {r.order_id: r for r in self.user.liquidations}
        for f in self.user.capital_flow:
            if f.type == "LIQUIDATION_FEE":
                out[f.asset] += f.amount
            elif f.type in ("SELL_LIQUIDATION", "BUY_LIQUIDATION"):
                order = orders[f.tran_id]
                pair = self.ex.pairs[order.symbol]
                sold = pair.base if order.side == "SELL" else pair.quote
                out[f.asset] += f.amount if f.asset == sold else -f.amount
        return out

    def attempt(self, fn: Callable[..., object], *args: object, **kwargs: object) -> None:
        try:
            with self.ex.lock:
                fn(*args, **kwargs)
        except ApiError as e:
            assert e.status in (400, 429), e

    # -- rules ---------------------------------------------------------------------------------------------

    @initialize()
    def fund_margin(self) -> None:
        self.attempt(self.ex.transfer, self.user, "MAIN_MARGIN", "USDT", Decimal(20000))
        self.attempt(self.ex.transfer, self.user, "MAIN_MARGIN", "BTC", Decimal(1))

    @rule(
        type_=st.sampled_from(LEDGER_TYPES),
        asset=st.sampled_from(ASSETS),
        amount=amounts,
        from_symbol=st.sampled_from(PAIRS),
        to_symbol=st.sampled_from(PAIRS),
    )
    def transfer(self, type_: str, asset: str, amount: Decimal, from_symbol: str, to_symbol: str) -> None:
        assert type_ in TRANSFER_TYPES
        self.attempt(self.ex.transfer, self.user, type_, asset, amount, from_symbol, to_symbol)

    @rule(asset=st.sampled_from(ASSETS), fraction=fractions, isolated=st.sampled_from([None, *PAIRS]))
    def borrow(self, asset: str, fraction: Decimal, isolated: str | None) -> None:
        acc = self.user.cross if isolated is None else self.user.isolated.get(isolated)
        if acc is None or not acc.created:
            return
        with self.ex.lock:
            try:
                max_amount, _ = self.ex.max_borrowable(self.user, acc, asset)
            except ApiError:
                return
        amount = (max_amount * fraction).quantize(Decimal("0.00000001"))
        if amount > 0:
            self.attempt(self.ex.borrow, self.user, acc, asset, amount)

    @rule(asset=st.sampled_from(ASSETS), fraction=fractions, isolated=st.sampled_from([None, *PAIRS]))
    def repay(self, asset: str, fraction: Decimal, isolated: str | None) -> None:
        acc = self.user.cross if isolated is None else self.user.isolated.get(isolated)
        if acc is None:
            return
        bal = acc.balance(asset)
        amount = (min(bal.free, bal.liability) * fraction).quantize(Decimal("0.00000001"))
        if amount > 0:
            self.attempt(self.ex.repay, self.user, acc, asset, amount)

    @rule(hours=st.integers(min_value=1, max_value=48))
    def time_passes(self, hours: int) -> None:
        self.clock.advance(hours=hours)

    # -- invariants ----------------------------------------------------------------------------------------

    @invariant()
    def nothing_negative(self) -> None:
        for wallet in self.user.wallets.values():
            for b in wallet.values():
                assert b.free >= 0 and b.locked >= 0
        for acc in self.accounts():
            for asset, b in acc.balances.items():
                assert b.free >= 0, (acc.key, asset, b)
                assert b.locked >= 0, (acc.key, asset, b)
                assert b.borrowed >= 0, (acc.key, asset, b)
                assert b.interest >= 0, (acc.key, asset, b)

    @invariant()
    def assets_conserved(self) -> None:
        now = self.holdings()
        for asset in ASSETS:
            assert now[asset] == self.initial[asset], (asset, now[asset], self.initial[asset])


class TradingMachine(LedgerMachine):
    """Everything above plus orders with side effects, cancels and price moves (no conservation: the sandbox
    is the counterparty of every trade)."""

    @rule(
        symbol=st.sampled_from(PAIRS),
        side=st.sampled_from(["BUY", "SELL"]),
        kind=st.sampled_from(["MARKET", "LIMIT", "STOP_LOSS", "TAKE_PROFIT"]),
        size=st.sampled_from([Decimal("0.001"), Decimal("0.01"), Decimal("0.1"), Decimal(1)]),
        offset=st.sampled_from([Decimal("0.9"), Decimal("0.97"), Decimal("1.03"), Decimal("1.1")]),
        side_effect=st.sampled_from(["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]),
        isolated=st.booleans(),
    )
    def order(
        self, symbol: str, side: str, kind: str, size: Decimal, offset: Decimal, side_effect: str, isolated: bool
    ) -> None:
        pair = self.ex.pairs[symbol]
        key = ("ISOLATED", symbol) if isolated else ("CROSS", None)
        if isolated and not (symbol in self.user.isolated and self.user.isolated[symbol].created):
            return
        px = self.ex.price(symbol)
        level = (px * offset).quantize(pair.filters.tick_size)
        req = OrderRequest(symbol=symbol, side=side, type=kind, quantity=size)
        if kind == "LIMIT":
            req.price, req.time_in_force = level, "GTC"
        elif kind != "MARKET":
            req.stop_price = level
        self.attempt(self.ex.orders.place, self.user, key, req, side_effect=side_effect, auto_repay_at_cancel=True)

    @rule(data=st.data())
    def cancel(self, data: st.DataObject) -> None:
        open_ = [o for o in self.user.orders.values() if o.is_open]
        if open_:
            o = data.draw(st.sampled_from(sorted(open_, key=lambda o: o.order_id)))
            self.attempt(self.ex.orders.cancel, self.user, o)

    @rule(
        symbol=st.sampled_from(PAIRS),
        move=st.sampled_from(
            [Decimal("0.5"), Decimal("0.9"), Decimal("0.98"), Decimal("1.02"), Decimal("1.1"), Decimal("1.5")]
        ),
    )
    def move_price(self, symbol: str, move: Decimal) -> None:
        pair = self.ex.pairs[symbol]
        price = max(pair.filters.tick_size, (self.ex.price(symbol) * move).quantize(pair.filters.tick_size))
        with self.ex.lock:
            self.ex.set_price(symbol, price)

    def assets_conserved(self) -> None:  # trades exchange assets with the house
        pass

    @invariant()
    def locks_match_open_orders(self) -> None:
        for acc in self.accounts():
            for asset, b in acc.balances.items():
                reserved = sum(
                    (
                        o.reserved
                        for o in self.user.orders.values()
                        if o.account == acc.key and o.reserved_asset == asset and o.is_open
                    ),
                    Decimal(0),
                )
                assert b.locked == reserved, (acc.key, asset, b.locked, reserved)


LedgerMachine.TestCase.settings = settings(
    max_examples=150, stateful_step_count=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
TradingMachine.TestCase.settings = settings(
    max_examples=150, stateful_step_count=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
TestLedger = LedgerMachine.TestCase
TestTrading = TradingMachine.TestCase
