"""The sandbox's in-memory state as pydantic models: wallets, margin accounts, orders, trades and records.

Everything here is plain data; the rules that change it live in :mod:`._exchange` and :mod:`._orders`.
Tests may read it freely (``sandbox.state``) and should change it only through the sandbox's methods.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AccountKey",
    "Balance",
    "BorrowRepayRecord",
    "CapitalFlowRecord",
    "ExchangeState",
    "InterestRecord",
    "LiquidationLoan",
    "LiquidationLoanRepay",
    "LiquidationRecord",
    "MarginAccount",
    "Order",
    "OrderList",
    "SmallLiabilityRecord",
    "SpecialKey",
    "Trade",
    "TransferRecord",
    "UserState",
]

ZERO = Decimal(0)

WalletName = Literal["SPOT", "FUNDING", "UMFUTURE", "CMFUTURE", "OPTION"]
AccountKey = tuple[str, str | None]
"""``("CROSS", None)`` or ``("ISOLATED", "BTCUSDT")``."""


class _State(BaseModel):
    model_config: ClassVar[ConfigDict] = ConfigDict(validate_assignment=False, arbitrary_types_allowed=False)


class Balance(_State):
    """One asset in one account. Spot-like wallets only use ``free`` and ``locked``."""

    free: Decimal = ZERO
    locked: Decimal = ZERO
    borrowed: Decimal = ZERO
    interest: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        """free + locked."""
        return self.free + self.locked

    @property
    def liability(self) -> Decimal:
        """borrowed + interest."""
        return self.borrowed + self.interest

    @property
    def net(self) -> Decimal:
        """free + locked - borrowed - interest."""
        return self.total - self.liability


class MarginAccount(_State):
    """The cross margin account, or the isolated account of one pair."""

    kind: Literal["CROSS", "ISOLATED"]
    symbol: str | None = None
    balances: dict[str, Balance] = Field(default_factory=dict)
    created: bool = False
    enabled: bool = True
    last_disabled_ms: int | None = None

    @property
    def key(self) -> AccountKey:
        """``("CROSS", None)`` or ``("ISOLATED", symbol)``."""
        return (self.kind, self.symbol)

    def balance(self, asset: str) -> Balance:
        """The balance of ``asset`` (created empty on first use)."""
        b = self.balances.get(asset)
        if b is None:
            b = self.balances[asset] = Balance()
        return b


class Order(_State):
    """A margin order (standalone or a leg of an order list)."""

    order_id: int
    client_order_id: str
    symbol: str
    account: AccountKey
    side: Literal["BUY", "SELL"]
    type: str
    time_in_force: str | None = None
    orig_qty: Decimal = ZERO
    quote_order_qty: Decimal | None = None
    price: Decimal = ZERO
    stop_price: Decimal = ZERO
    iceberg_qty: Decimal = ZERO
    executed_qty: Decimal = ZERO
    cummulative_quote_qty: Decimal = ZERO
    status: str = "NEW"
    time: int = 0
    update_time: int = 0
    is_working: bool = True
    """False for a stop order that has not triggered yet (and for pending legs)."""
    self_trade_prevention_mode: str = "EXPIRE_MAKER"
    side_effect_type: str = "NO_SIDE_EFFECT"
    auto_repay_at_cancel: bool = True
    borrowed_asset: str | None = None
    borrowed_amount: Decimal = ZERO
    """What MARGIN_BUY / AUTO_BORROW_REPAY borrowed for this order (repaid at cancel if autoRepayAtCancel)."""
    reserved_asset: str | None = None
    reserved: Decimal = ZERO
    """What is still locked for this order."""
    order_list_id: int = -1
    pending: bool = False
    """A pending leg of an OTO / OTOCO, placed when the working leg fills."""
    trailing_delta: int | None = None

    @property
    def is_open(self) -> bool:
        """Still on the book (or waiting for its trigger / its working leg)."""
        return self.status in ("NEW", "PARTIALLY_FILLED", "PENDING_NEW")

    @property
    def isolated(self) -> bool:
        """Whether the order belongs to an isolated account."""
        return self.account[0] == "ISOLATED"


class OrderList(_State):
    """An OCO, OTO or OTOCO."""

    order_list_id: int
    list_client_order_id: str
    contingency_type: Literal["OCO", "OTO"]
    symbol: str
    account: AccountKey
    order_ids: list[int]
    list_status_type: str = "EXEC_STARTED"
    list_order_status: str = "EXECUTING"
    transaction_time: int = 0
    working_ids: list[int] = Field(default_factory=list)
    pending_ids: list[int] = Field(default_factory=list)
    """For OTO / OTOCO: the legs placed once the working leg has filled."""
    oco_ids: list[int] = Field(default_factory=list)
    """The legs that cancel each other (both legs of an OCO, the two pending legs of an OTOCO)."""


class Trade(_State):
    """One fill of one of the user's orders."""

    id: int
    order_id: int
    symbol: str
    account: AccountKey
    price: Decimal
    qty: Decimal
    quote_qty: Decimal
    commission: Decimal
    commission_asset: str
    time: int
    is_buyer: bool
    is_maker: bool


class TransferRecord(_State):
    """A universal transfer between two of the user's wallets / accounts."""

    tran_id: int
    type: str
    asset: str
    amount: Decimal
    from_wallet: str
    """SPOT, FUNDING, UMFUTURE, CMFUTURE, OPTION, CROSS_MARGIN or ISOLATED_MARGIN."""
    to_wallet: str
    from_symbol: str | None = None
    to_symbol: str | None = None
    timestamp: int
    status: str = "CONFIRMED"


class BorrowRepayRecord(_State):
    """A borrow or a repay (manual, or automatic through an order's side effect)."""

    tx_id: int
    kind: Literal["BORROW", "REPAY"]
    mode: str = "MANUAL"
    """MANUAL or AUTO."""
    asset: str
    isolated_symbol: str | None = None
    amount: Decimal
    principal: Decimal
    interest: Decimal = ZERO
    timestamp: int
    status: str = "CONFIRMED"


class InterestRecord(_State):
    """Interest charged on a liability."""

    tx_id: int
    asset: str
    isolated_symbol: str | None = None
    principal: Decimal
    interest: Decimal
    daily_rate: Decimal
    type: str
    """ON_BORROW (the first hour, charged when borrowing) or PERIODIC (every full hour)."""
    timestamp: int


class CapitalFlowRecord(_State):
    """One movement in a margin account (``/sapi/v1/margin/capital-flow``)."""

    id: int
    tran_id: int
    timestamp: int
    asset: str
    symbol: str | None = None
    type: str
    amount: Decimal


class LiquidationRecord(_State):
    """One order placed by a forced (or manual) liquidation."""

    order_id: int
    symbol: str
    side: str
    price: Decimal
    qty: Decimal
    avg_price: Decimal
    executed_qty: Decimal
    time_in_force: str = "GTC"
    is_isolated: bool
    updated_time: int


class LiquidationLoan(_State):
    """Debt left after a liquidation could not cover every liability."""

    asset: str
    amount: Decimal
    repaid: Decimal = ZERO

    @property
    def remaining(self) -> Decimal:
        """amount - repaid."""
        return self.amount - self.repaid


class LiquidationLoanRepay(_State):
    """A repayment of a liquidation loan."""

    repay_id: int
    asset: str
    amount: Decimal
    status: str = "SUCCESS"
    create_time: int


class SmallLiabilityRecord(_State):
    """A small liability exchanged into a USDT liability."""

    asset: str
    amount: Decimal
    target_asset: str
    target_amount: Decimal
    biz_type: str = "EXCHANGE_SMALL_LIABILITY"
    timestamp: int


class SpecialKey(_State):
    """A special (low-latency) API key for the cross account or one isolated pair."""

    api_name: str
    api_key: str
    secret_key: str
    symbol: str | None = None
    ip: str = ""
    type: str = "HMAC_SHA256"
    permission_mode: str = "TRADE"


class UserState(_State):
    """One user: wallets, margin accounts, orders and every record the endpoints report."""

    uid: int
    name: str
    vip_level: int = 0
    maker_commission: Decimal = Decimal("0.001")
    taker_commission: Decimal = Decimal("0.001")
    max_leverage: int = 3
    spot_bnb_burn: bool = False
    interest_bnb_burn: bool = False
    wallets: dict[str, dict[str, Balance]] = Field(default_factory=dict)
    cross: MarginAccount = Field(default_factory=lambda: MarginAccount(kind="CROSS", created=True))
    isolated: dict[str, MarginAccount] = Field(default_factory=dict)
    orders: dict[int, Order] = Field(default_factory=dict)
    order_lists: dict[int, OrderList] = Field(default_factory=dict)
    trades: list[Trade] = Field(default_factory=list)
    transfers: list[TransferRecord] = Field(default_factory=list)
    borrow_repay: list[BorrowRepayRecord] = Field(default_factory=list)
    interest: list[InterestRecord] = Field(default_factory=list)
    capital_flow: list[CapitalFlowRecord] = Field(default_factory=list)
    liquidations: list[LiquidationRecord] = Field(default_factory=list)
    liquidation_loans: dict[str, LiquidationLoan] = Field(default_factory=dict)
    liquidation_loan_repays: list[LiquidationLoanRepay] = Field(default_factory=list)
    small_liability: list[SmallLiabilityRecord] = Field(default_factory=list)
    special_keys: dict[str, SpecialKey] = Field(default_factory=dict)
    """By API key."""
    listen_keys: dict[str, str] = Field(default_factory=dict)
    """Risk data stream listen keys by stream version ("v1" / "v2")."""
    order_times: list[int] = Field(default_factory=list)
    """When the user placed orders (for the order-count limits)."""

    def wallet(self, name: str) -> dict[str, Balance]:
        """A spot-like wallet (SPOT, FUNDING, UMFUTURE, CMFUTURE, OPTION)."""
        w = self.wallets.get(name)
        if w is None:
            w = self.wallets[name] = {}
        return w

    def wallet_balance(self, name: str, asset: str) -> Balance:
        """The balance of ``asset`` in wallet ``name``."""
        w = self.wallet(name)
        b = w.get(asset)
        if b is None:
            b = w[asset] = Balance()
        return b

    def account(self, key: AccountKey) -> MarginAccount:
        """The margin account for ``key``; isolated accounts are created (not yet funded) on first use."""
        kind, symbol = key
        if kind == "CROSS":
            return self.cross
        assert symbol is not None
        acc = self.isolated.get(symbol)
        if acc is None:
            acc = self.isolated[symbol] = MarginAccount(kind="ISOLATED", symbol=symbol, created=False)
        return acc


class ExchangeState(_State):
    """Everything the sandbox knows."""

    prices: dict[str, Decimal] = Field(default_factory=dict)
    users: dict[int, UserState] = Field(default_factory=dict)
    inventory: dict[str, Decimal] = Field(default_factory=dict)
    """What the platform can still lend, per asset."""
    next_id: int = 100_000
    last_accrual_hour: int = 0
    """The last full hour (ms // 3600000) for which periodic interest was charged."""

    def new_id(self) -> int:
        """A fresh id (orders, trades, transactions...): one increasing sequence for everything."""
        self.next_id += 1
        return self.next_id
