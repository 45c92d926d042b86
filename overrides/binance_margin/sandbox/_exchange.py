"""The ledger: wallets, margin accounts, valuation, transfers, borrow / repay, hourly interest, margin level and
liquidation. Orders and matching live in :mod:`._orders` (``Exchange.orders``).

Every method expects ``Exchange.lock`` to be held by the caller (the HTTP layer and the public
:class:`~binance_margin.sandbox.Sandbox` helpers take it); the lock is re-entrant.
"""

from __future__ import annotations

import decimal
import threading
from collections import deque
from decimal import ROUND_DOWN, ROUND_UP, Decimal
from typing import Any

from ._clock import Clock
from ._config import ApiKeyConfig, AssetConfig, PairConfig, SandboxConfig
from ._errors import ApiError
from ._orders import OrderEngine
from ._state import (
    ZERO,
    AccountKey,
    Balance,
    BorrowRepayRecord,
    CapitalFlowRecord,
    ExchangeState,
    InterestRecord,
    LiquidationLoan,
    LiquidationRecord,
    MarginAccount,
    TransferRecord,
    UserState,
)
from ._streams._events import EventBus

__all__ = ["CROSS_KEY", "TRANSFER_TYPES", "Exchange", "q8"]

D8 = Decimal("0.00000001")
HOUR_MS = 3_600_000
DAY_MS = 86_400_000
CROSS_KEY: AccountKey = ("CROSS", None)
NO_LIABILITY_LEVEL = Decimal(999)

# type -> (from, to); "CROSS" and "ISOLATED" are margin accounts, the rest spot-like wallets.
_TRANSFER_SIDE = {
    "MAIN": "SPOT",
    "MARGIN": "CROSS",
    "ISOLATEDMARGIN": "ISOLATED",
    "UMFUTURE": "UMFUTURE",
    "CMFUTURE": "CMFUTURE",
    "FUNDING": "FUNDING",
    "OPTION": "OPTION",
    "PORTFOLIO_MARGIN": "PORTFOLIO_MARGIN",
}
TRANSFER_TYPES: dict[str, tuple[str, str]] = {
    f"{src}_{dst}": (_TRANSFER_SIDE[src], _TRANSFER_SIDE[dst])
    for src, dst in (
        ("MAIN", "UMFUTURE"),
        ("MAIN", "CMFUTURE"),
        ("MAIN", "MARGIN"),
        ("UMFUTURE", "MAIN"),
        ("UMFUTURE", "MARGIN"),
        ("CMFUTURE", "MAIN"),
        ("CMFUTURE", "MARGIN"),
        ("MARGIN", "MAIN"),
        ("MARGIN", "UMFUTURE"),
        ("MARGIN", "CMFUTURE"),
        ("ISOLATEDMARGIN", "MARGIN"),
        ("MARGIN", "ISOLATEDMARGIN"),
        ("ISOLATEDMARGIN", "ISOLATEDMARGIN"),
        ("MAIN", "FUNDING"),
        ("FUNDING", "MAIN"),
        ("FUNDING", "UMFUTURE"),
        ("UMFUTURE", "FUNDING"),
        ("MARGIN", "FUNDING"),
        ("FUNDING", "MARGIN"),
        ("FUNDING", "CMFUTURE"),
        ("CMFUTURE", "FUNDING"),
        ("MAIN", "OPTION"),
        ("OPTION", "MAIN"),
        ("UMFUTURE", "OPTION"),
        ("OPTION", "UMFUTURE"),
        ("MARGIN", "OPTION"),
        ("OPTION", "MARGIN"),
        ("FUNDING", "OPTION"),
        ("OPTION", "FUNDING"),
        ("MAIN", "PORTFOLIO_MARGIN"),
        ("PORTFOLIO_MARGIN", "MAIN"),
    )
} | {"MAIN_ISOLATED_MARGIN": ("SPOT", "ISOLATED"), "ISOLATED_MARGIN_MAIN": ("ISOLATED", "SPOT")}
"""Binance's universal transfer types: the English page's "ENUM of transfer types", then the two one-leg spot <->
isolated types it leaves out (listed in the zh-CN page, sent by ccxt, Binance's connector and Binance.Net; see
UniversalTransferType in spec/margin.yaml), with ``toSymbol`` / ``fromSymbol`` like the other isolated legs."""
# Wallet names as transfer history reports them (TransferAccountType).
_WALLET_LABEL = {
    "CROSS": "CROSS_MARGIN",
    "ISOLATED": "ISOLATED_MARGIN",
    "SPOT": "SPOT",
    "FUNDING": "FUNDING",
    "UMFUTURE": "FUTURES",
    "CMFUTURE": "DELIVERY",
    "OPTION": "OPTION",
    "PORTFOLIO_MARGIN": "PORTFOLIO_MARGIN",
}


def q8(value: Decimal, rounding: str = ROUND_DOWN) -> Decimal:
    """Round to Binance's 8 decimals (down unless told)."""
    return value.quantize(D8, rounding=rounding)


class Exchange:
    """The sandbox exchange: state plus the rules that change it."""

    def __init__(self, config: SandboxConfig, clock: Clock | None = None) -> None:
        self.config = config
        self.clock: Clock = clock or Clock()
        self.lock: threading.RLock = threading.RLock()
        self.assets: dict[str, AssetConfig] = {a.name: a for a in config.assets}
        self.pairs: dict[str, PairConfig] = {p.symbol: p for p in config.pairs}
        self.keys: dict[str, tuple[int, ApiKeyConfig]] = {}
        self.state: ExchangeState = ExchangeState(
            prices={p.symbol: p.price for p in config.pairs},
            inventory={a.name: a.inventory for a in config.assets},
            last_accrual_hour=self.clock.now_ms() // HOUR_MS,
        )
        self.orders: OrderEngine = OrderEngine(self)
        self.events: EventBus = EventBus(self)
        """Stream events from every state change (see :mod:`._streams`)."""
        for i, u in enumerate(config.users):
            uid = u.uid if u.uid is not None else 10_000_001 + i
            user = UserState(
                uid=uid,
                name=u.name,
                vip_level=u.vip_level,
                maker_commission=u.maker_commission,
                taker_commission=u.taker_commission,
                max_leverage=u.max_leverage,
            )
            for wallet, balances in (("SPOT", u.spot), ("FUNDING", u.funding)):
                for asset, amount in balances.items():
                    user.wallet_balance(wallet, asset).free = amount
            for asset, amount in u.cross.items():
                user.cross.balance(asset).free = amount
            for symbol, balances in u.isolated.items():
                acc = user.account(("ISOLATED", symbol))
                acc.created = True
                for asset, amount in balances.items():
                    acc.balance(asset).free = amount
            self.state.users[uid] = user
            for key in u.api_keys:
                self.keys[key.api_key] = (uid, key)
        self.clock.on_advance(self._on_clock)

    # -- time ------------------------------------------------------------------------------------------------

    def now(self) -> int:
        """The exchange time in ms."""
        return self.clock.now_ms()

    def _on_clock(self, _now: int) -> None:
        with decimal.localcontext() as ctx:
            ctx.prec = 60
            with self.lock, self.events.batch():
                self.sync()

    def sync(self) -> None:
        """Charge the interest of every full hour since the last call, then run liquidations."""
        hour = self.now() // HOUR_MS
        last = self.state.last_accrual_hour
        if hour > last:
            # More than a year at once is charged as one year (keeps a runaway advance bounded).
            for h in range(max(last + 1, hour - 24 * 366), hour + 1):
                self._accrue(h * HOUR_MS)
                self.check_liquidations()
            self.state.last_accrual_hour = hour
        self.check_liquidations()

    # -- lookups ---------------------------------------------------------------------------------------------

    def user(self, uid: int) -> UserState:
        """The user with ``uid``."""
        return self.state.users[uid]

    def user_by_name(self, name: str) -> UserState:
        """The user called ``name``."""
        for u in self.state.users.values():
            if u.name == name:
                return u
        raise KeyError(name)

    def pair(self, symbol: str | None) -> PairConfig:
        """A configured pair, or ``-1121 Invalid symbol.``."""
        p = self.pairs.get(symbol or "")
        if p is None:
            raise ApiError.bad_symbol()
        return p

    def asset(self, name: str | None) -> AssetConfig:
        """A configured asset, or ``-3027 Not a valid margin asset.``."""
        a = self.assets.get(name or "")
        if a is None:
            raise ApiError.margin(-3027)
        return a

    def isolated_pair(self, symbol: str | None) -> PairConfig:
        """A pair with isolated margin, or ``-3028 Not a valid margin pair.`` (``-1102`` when left out)."""
        if not symbol:
            raise ApiError.mandatory("symbol")
        p = self.pairs.get(symbol)
        if p is None or not p.isolated:
            raise ApiError.margin(-3028)
        return p

    def isolated_account(self, user: UserState, symbol: str | None, *, must_be_enabled: bool = True) -> MarginAccount:
        """The user's created isolated account of ``symbol`` (``-11001`` if it was never funded)."""
        pair = self.isolated_pair(symbol)
        acc = user.isolated.get(pair.symbol)
        if acc is None or not acc.created:
            raise ApiError.margin(-11001)
        if must_be_enabled and not acc.enabled:
            raise ApiError.margin(-11002)
        return acc

    def margin_account(self, user: UserState, isolated: bool, symbol: str | None) -> MarginAccount:
        """Cross, or the isolated account of ``symbol`` (which must then be sent)."""
        if not isolated:
            return user.cross
        return self.isolated_account(user, symbol)

    # -- prices and valuation --------------------------------------------------------------------------------

    def price(self, symbol: str) -> Decimal:
        """The current price of ``symbol``."""
        return self.state.prices[symbol]

    def set_price(self, symbol: str, price: Decimal) -> None:
        """Move a pair's price: resting orders and stops that cross it execute, then liquidations run."""
        if symbol not in self.pairs:
            raise KeyError(f"unknown pair {symbol}")
        if price <= 0:
            raise ValueError("price must be positive")
        with self.events.batch():
            self.state.prices[symbol] = price
            self.orders.on_price(symbol)
            self.check_liquidations()

    def path(self, src: str, dst: str) -> list[tuple[str, str]]:
        """The shortest chain of pairs from ``src`` to ``dst``: ``[(symbol, "SELL" | "BUY"), ...]``."""
        if src == dst:
            return []
        prev: dict[str, tuple[str, str, str]] = {}
        seen = {src}
        todo = deque([src])
        while todo:
            cur = todo.popleft()
            for p in self.pairs.values():
                if p.base == cur:
                    nxt, hop = p.quote, (p.symbol, "SELL")
                elif p.quote == cur:
                    nxt, hop = p.base, (p.symbol, "BUY")
                else:
                    continue
                if nxt in seen:
                    continue
                seen.add(nxt)
                prev[nxt] = (cur, hop[0], hop[1])
                if nxt == dst:
                    hops: list[tuple[str, str]] = []
                    node = dst
                    while node != src:
                        before, sym, side = prev[node]
                        hops.append((sym, side))
                        node = before
                    return list(reversed(hops))
                todo.append(nxt)
        return []

    def rate(self, src: str, dst: str) -> Decimal:
        """How much ``dst`` one ``src`` is worth at current prices (0 when no chain of pairs links them)."""
        if src == dst:
            return Decimal(1)
        hops = self.path(src, dst)
        if not hops:
            return ZERO
        r = Decimal(1)
        for symbol, side in hops:
            px = self.price(symbol)
            r = r * px if side == "SELL" else r / px
        return r

    def value(self, asset: str, amount: Decimal, in_asset: str) -> Decimal:
        """``amount`` of ``asset`` in ``in_asset``."""
        return amount * self.rate(asset, in_asset)

    @property
    def btc(self) -> str:
        """The asset the ``...OfBtc`` fields are in (BTC, or the valuation asset without BTC)."""
        return "BTC" if "BTC" in self.assets else self.config.valuation_asset

    # -- margin metrics --------------------------------------------------------------------------------------

    def unit(self, acc: MarginAccount) -> str:
        """The asset an account's totals are computed in: the pair's quote for isolated accounts, BTC for the cross
        account (Binance's FAQ "Binance Margin Level and Margin Call": every asset valued in BTC). It matters when
        the configured prices are not consistent around a triangle (ETHUSDT vs ETHBTC x BTCUSDT)."""
        if acc.kind == "ISOLATED" and acc.symbol:
            return self.pairs[acc.symbol].quote
        return self.btc

    def totals(self, acc: MarginAccount, in_asset: str | None = None) -> tuple[Decimal, Decimal]:
        """(total assets, total liabilities) of a margin account, valued in ``in_asset``."""
        unit = in_asset or self.unit(acc)
        assets = liab = ZERO
        for asset, b in acc.balances.items():
            if b.total == 0 and b.liability == 0:
                continue
            r = self.rate(asset, unit)
            assets += b.total * r
            liab += b.liability * r
        return assets, liab

    def margin_level(self, acc: MarginAccount) -> Decimal:
        """Total assets / total liabilities (999 without liabilities)."""
        assets, liab = self.totals(acc)
        if liab <= 0:
            return NO_LIABILITY_LEVEL
        return assets / liab

    def leverage(self, user: UserState, acc: MarginAccount) -> int:
        """The account's leverage: the user's cross max leverage, or the pair's isolated leverage."""
        if acc.kind == "ISOLATED" and acc.symbol:
            return self.pairs[acc.symbol].isolated_leverage
        return user.max_leverage

    def bars(self, user: UserState, acc: MarginAccount) -> tuple[Decimal, Decimal, Decimal]:
        """(initial / normal, margin call, force liquidation) margin levels of an account."""
        lev = self.leverage(user, acc)
        initial = Decimal(lev) / Decimal(lev - 1)
        if acc.kind == "ISOLATED" and acc.symbol:
            liq = self.pairs[acc.symbol].isolated_liquidation_ratio
            return initial, liq + (initial - liq) / 2, liq
        risk = self.config.risk
        return (
            risk.normal_bar.get(lev, initial),
            risk.margin_call_bar.get(lev, Decimal("1.3")),
            risk.force_liquidation_bar.get(lev, Decimal("1.1")),
        )

    def level_status(self, user: UserState, acc: MarginAccount) -> str:
        """EXCESSIVE, NORMAL, MARGIN_CALL, PRE_LIQUIDATION or FORCE_LIQUIDATION."""
        level = self.margin_level(acc)
        normal, call, liq = self.bars(user, acc)
        if level >= 2 and level >= normal:
            return "EXCESSIVE"
        if level >= normal:
            return "NORMAL"
        if level >= call:
            return "MARGIN_CALL"
        if level > liq:
            return "PRE_LIQUIDATION"
        return "FORCE_LIQUIDATION"

    def liquidate_price(self, user: UserState, acc: MarginAccount) -> Decimal:
        """The price of an isolated pair at which its margin level reaches the liquidation ratio (0: none)."""
        if acc.kind != "ISOLATED" or not acc.symbol:
            return ZERO
        pair = self.pairs[acc.symbol]
        b, q = acc.balance(pair.base), acc.balance(pair.quote)
        _, _, ratio = self.bars(user, acc)
        denom = b.total - ratio * b.liability
        numer = ratio * q.liability - q.total
        if denom == 0:
            return ZERO
        px = numer / denom
        return px if px > 0 else ZERO

    def max_borrowable(self, user: UserState, acc: MarginAccount, asset: str) -> tuple[Decimal, Decimal]:
        """(what can be borrowed now, the borrow limit) for ``asset`` in ``acc``.

        Liabilities may grow to (leverage - 1) x net assets; also capped by the asset's borrow limit and the
        platform's inventory.
        """
        cfg = self.asset(asset)
        if acc.kind == "ISOLATED" and acc.symbol:
            pair = self.pairs[acc.symbol]
            limit = pair.isolated_base_borrow_limit if asset == pair.base else pair.isolated_quote_borrow_limit
        else:
            limit = cfg.borrow_limit
        if not cfg.borrowable:
            return ZERO, limit
        unit = self.unit(acc)
        assets, liab = self.totals(acc, unit)
        lev = self.leverage(user, acc)
        room = (assets - liab) * (lev - 1) - liab
        r = self.rate(asset, unit)
        by_margin = room / r if r > 0 else ZERO
        by_limit = limit - acc.balance(asset).borrowed
        amount = min(by_margin, by_limit, self.state.inventory.get(asset, ZERO))
        return (q8(amount) if amount > 0 else ZERO), limit

    def max_transferable(self, user: UserState, acc: MarginAccount, asset: str) -> Decimal:
        """What can leave ``acc`` in ``asset`` while keeping the margin level at the initial level."""
        free = acc.balance(asset).free
        assets, liab = self.totals(acc)
        if liab <= 0:
            return free
        initial, _, _ = self.bars(user, acc)
        spare = assets - initial * liab
        r = self.rate(asset, self.unit(acc))
        if spare <= 0 or r <= 0:
            return ZERO
        return max(ZERO, min(free, q8(spare / r)))

    # -- records ---------------------------------------------------------------------------------------------

    def flow(self, user: UserState, acc: MarginAccount, asset: str, type_: str, amount: Decimal, tran_id: int) -> None:
        """Add a capital-flow entry (amounts are positive; the type says the direction)."""
        if amount == 0:
            return
        user.capital_flow.append(
            CapitalFlowRecord(
                id=self.state.new_id(),
                tran_id=tran_id,
                timestamp=self.now(),
                asset=asset,
                symbol=acc.symbol,
                type=type_,
                amount=abs(amount),
            )
        )

    # -- transfers -------------------------------------------------------------------------------------------

    def _wallet_side(self, user: UserState, kind: str, symbol: str | None, asset: str, *, incoming: bool) -> Any:
        if kind == "CROSS":
            return user.cross
        if kind == "ISOLATED":
            pair = self.isolated_pair(symbol)
            if asset not in (pair.base, pair.quote):
                raise ApiError.margin(-3027)
            acc = user.account(("ISOLATED", pair.symbol))
            if not acc.created:
                if not incoming:
                    raise ApiError.margin(-11001)
                if self.enabled_isolated_count(user) >= self.config.risk.isolated_account_limit:
                    raise ApiError.margin(-11005)
            elif not acc.enabled:
                raise ApiError.margin(-11002)
            return acc
        return user.wallet(kind)

    def transfer(
        self,
        user: UserState,
        type_: str,
        asset: str,
        amount: Decimal,
        from_symbol: str | None = None,
        to_symbol: str | None = None,
    ) -> int:
        """A universal transfer (``POST /sapi/v1/asset/transfer``); returns the tranId."""
        if type_ not in TRANSFER_TYPES:
            raise ApiError.illegal("type", "|".join(TRANSFER_TYPES))
        src_kind, dst_kind = TRANSFER_TYPES[type_]
        if src_kind == "ISOLATED" and not from_symbol:
            raise ApiError.mandatory("fromSymbol")
        if dst_kind == "ISOLATED" and not to_symbol:
            raise ApiError.mandatory("toSymbol")
        if src_kind == dst_kind == "ISOLATED" and from_symbol == to_symbol:
            raise ApiError.margin(-3026)
        cfg = self.asset(asset)
        if amount <= 0:
            raise ApiError.margin(-3026)
        if amount != q8(amount):
            raise ApiError(-1111, "Precision is over the maximum defined for this asset.")
        if dst_kind in ("CROSS", "ISOLATED") and not cfg.mortgageable:
            raise ApiError(-3009, "This asset are not allowed to transfer into margin account currently.")
        src = self._wallet_side(user, src_kind, from_symbol, asset, incoming=False)
        dst = self._wallet_side(user, dst_kind, to_symbol, asset, incoming=True)
        if isinstance(src, MarginAccount):
            if src.balance(asset).free < amount:
                raise ApiError.margin(-3041)
            if amount > self.max_transferable(user, src, asset):
                raise ApiError.margin(-3020)
            src.balance(asset).free -= amount
        else:
            bal: Balance = src.setdefault(asset, Balance())
            if bal.free < amount:
                raise ApiError.margin(-5013)
            bal.free -= amount
        if isinstance(dst, MarginAccount):
            dst.created = True
            dst.balance(asset).free += amount
        else:
            dst.setdefault(asset, Balance()).free += amount
        tran_id = self.state.new_id()
        user.transfers.append(
            TransferRecord(
                tran_id=tran_id,
                type=type_,
                asset=asset,
                amount=amount,
                from_wallet=_WALLET_LABEL.get(src_kind, src_kind),
                to_wallet=_WALLET_LABEL.get(dst_kind, dst_kind),
                from_symbol=from_symbol if src_kind == "ISOLATED" else None,
                to_symbol=to_symbol if dst_kind == "ISOLATED" else None,
                timestamp=self.now(),
            )
        )
        if isinstance(src, MarginAccount):
            self.flow(user, src, asset, "TRANSFER", -amount, tran_id)
            self.events.balance_update(user, src, asset, -amount)
        if isinstance(dst, MarginAccount):
            self.flow(user, dst, asset, "TRANSFER", amount, tran_id)
            self.events.balance_update(user, dst, asset, amount)
        return tran_id

    def enabled_isolated_count(self, user: UserState) -> int:
        """How many isolated accounts are created and enabled."""
        return sum(1 for a in user.isolated.values() if a.created and a.enabled)

    def disable_isolated(self, user: UserState, symbol: str) -> None:
        """Disable an isolated account (empty, once per 24 hours)."""
        acc = self.isolated_account(user, symbol, must_be_enabled=False)
        if not acc.enabled:
            raise ApiError.margin(-11002)
        if any(b.total > 0 or b.liability > 0 for b in acc.balances.values()) or self.orders.open_orders(
            user, acc.key, acc.symbol
        ):
            raise ApiError.margin(-11003)
        now = self.now()
        if acc.last_disabled_ms is not None and now - acc.last_disabled_ms < DAY_MS:
            raise ApiError.margin(-11004)
        acc.enabled = False
        acc.last_disabled_ms = now

    def enable_isolated(self, user: UserState, symbol: str) -> None:
        """Re-enable a disabled isolated account (within the account limit)."""
        acc = self.isolated_account(user, symbol, must_be_enabled=False)
        if acc.enabled:
            return
        if self.enabled_isolated_count(user) >= self.config.risk.isolated_account_limit:
            raise ApiError.margin(-11005)
        acc.enabled = True

    # -- borrow and repay ------------------------------------------------------------------------------------

    def hourly_rate(self, asset: str) -> Decimal:
        """Daily rate / 24."""
        return self.asset(asset).daily_interest / 24

    def borrow(self, user: UserState, acc: MarginAccount, asset: str, amount: Decimal, mode: str = "MANUAL") -> int:
        """Borrow ``amount`` of ``asset`` into ``acc``; the first hour's interest is charged at once."""
        cfg = self.asset(asset)
        if acc.kind == "ISOLATED" and acc.symbol:
            pair = self.pairs[acc.symbol]
            if asset not in (pair.base, pair.quote):
                raise ApiError.margin(-3027)
        if amount <= 0:
            raise ApiError.margin(-3026)
        if amount != q8(amount):
            raise ApiError(-1111, "Precision is over the maximum defined for this asset.")
        if not cfg.borrowable:
            raise ApiError.margin(-3012)
        if amount < cfg.user_min_borrow:
            raise ApiError.margin(-3013)
        if amount > self.state.inventory.get(asset, ZERO):
            raise ApiError.margin(-3045)
        max_amount, _ = self.max_borrowable(user, acc, asset)
        if amount > max_amount:
            raise ApiError.margin(-3006)
        bal = acc.balance(asset)
        bal.free += amount
        bal.borrowed += amount
        self.state.inventory[asset] = self.state.inventory.get(asset, ZERO) - amount
        tx = self.state.new_id()
        user.borrow_repay.append(
            BorrowRepayRecord(
                tx_id=tx,
                kind="BORROW",
                mode=mode,
                asset=asset,
                isolated_symbol=acc.symbol,
                amount=amount,
                principal=amount,
                timestamp=self.now(),
            )
        )
        self.flow(user, acc, asset, "BORROW", amount, tx)
        self.events.liability(user, acc, asset, "BORROW", amount, ZERO)
        self._charge(user, acc, asset, amount, "ON_BORROW", self.now())
        return tx

    def repay(
        self,
        user: UserState,
        acc: MarginAccount,
        asset: str,
        amount: Decimal,
        mode: str = "MANUAL",
        *,
        strict: bool = True,
        flow_type: str = "REPAY",
    ) -> tuple[int, Decimal, Decimal]:
        """Repay interest first, then principal; returns (txId, interest paid, principal paid).

        With ``strict`` (manual repay) too much or too little is refused with Binance's codes; otherwise the
        amount is clipped to what is owed and available.
        """
        cfg = self.asset(asset)
        bal = acc.balance(asset)
        if strict:
            if amount <= 0:
                raise ApiError.margin(-3026)
            if amount != q8(amount):
                raise ApiError(-1111, "Precision is over the maximum defined for this asset.")
            if bal.liability <= 0 or amount > bal.liability:
                raise ApiError.margin(-3015)
            if amount < cfg.user_min_repay and amount < bal.liability:
                raise ApiError.margin(-3016)
            if amount > bal.free:
                raise ApiError.margin(-3041)
        else:
            amount = min(amount, bal.free, bal.liability)
            if amount <= 0:
                return 0, ZERO, ZERO
        interest = min(amount, bal.interest)
        principal = amount - interest
        bal.interest -= interest
        bal.borrowed -= principal
        bal.free -= amount
        self.state.inventory[asset] = self.state.inventory.get(asset, ZERO) + principal
        tx = self.state.new_id()
        user.borrow_repay.append(
            BorrowRepayRecord(
                tx_id=tx,
                kind="REPAY",
                mode=mode,
                asset=asset,
                isolated_symbol=acc.symbol,
                amount=amount,
                principal=principal,
                interest=interest,
                timestamp=self.now(),
            )
        )
        self.flow(user, acc, asset, flow_type, amount, tx)
        self.events.liability(user, acc, asset, "REPAY", principal, interest)
        return tx, interest, principal

    def _charge(self, user: UserState, acc: MarginAccount, asset: str, principal: Decimal, type_: str, at: int) -> None:
        charge = q8(principal * self.hourly_rate(asset), ROUND_UP)
        if charge <= 0:
            return
        acc.balance(asset).interest += charge
        self.events.liability(user, acc, asset, "INTEREST", ZERO, charge)
        user.interest.append(
            InterestRecord(
                tx_id=self.state.new_id(),
                asset=asset,
                isolated_symbol=acc.symbol,
                principal=principal,
                interest=charge,
                daily_rate=self.asset(asset).daily_interest,
                type=type_,
                timestamp=at,
            )
        )

    def _accrue(self, at: int) -> None:
        for user in self.state.users.values():
            for acc in (user.cross, *user.isolated.values()):
                for asset, bal in list(acc.balances.items()):
                    if bal.borrowed > 0:
                        self._charge(user, acc, asset, bal.borrowed, "PERIODIC", at)

    # -- liquidation -----------------------------------------------------------------------------------------

    def check_liquidations(self) -> None:
        """Force-liquidate every account whose margin level fell to or below its liquidation bar.

        At the bar itself, as Binance's FAQ "Binance Margin Level and Margin Call" states ("When margin level <= 1.1,
        the liquidation engine will be triggered"); so at an isolated pair's exact ``liquidatePrice`` it liquidates.
        """
        for user in self.state.users.values():
            for acc in (user.cross, *user.isolated.values()):
                if not acc.created:
                    continue
                assets, liab = self.totals(acc)
                if liab <= 0:
                    continue
                _, _, bar = self.bars(user, acc)
                if assets / liab <= bar:
                    self.liquidate(user, acc, forced=True)

    def _convert(self, user: UserState, acc: MarginAccount, src: str, dst: str, src_amount: Decimal) -> Decimal:
        """Sell ``src_amount`` of ``src`` for ``dst`` along the pairs, as liquidation orders; returns what came."""
        amount = src_amount
        cur = src
        for symbol, side in self.path(src, dst):
            pair = self.pairs[symbol]
            px = self.price(symbol)
            budget = q8(min(amount, acc.balance(cur).free))
            if side == "SELL":
                qty = spent = budget
                out = q8(qty * px)
                nxt = pair.quote
            else:
                qty = out = q8(budget / px)
                # qty * px <= budget, and budget has 8 decimals: rounding up stays within it
                spent = q8(qty * px, ROUND_UP)
                nxt = pair.base
            if qty <= 0:
                return ZERO
            acc.balance(cur).free -= spent
            acc.balance(nxt).free += out
            oid = self.state.new_id()
            now = self.now()
            user.liquidations.append(
                LiquidationRecord(
                    order_id=oid,
                    symbol=symbol,
                    side=side,
                    price=px,
                    qty=qty,
                    avg_price=px,
                    executed_qty=qty,
                    is_isolated=acc.kind == "ISOLATED",
                    updated_time=now,
                )
            )
            kind = "SELL_LIQUIDATION" if side == "SELL" else "BUY_LIQUIDATION"
            self.flow(user, acc, cur, kind, -spent, oid)
            self.flow(user, acc, nxt, kind, out, oid)
            amount, cur = out, nxt
        return amount if cur == dst else ZERO

    def liquidate(self, user: UserState, acc: MarginAccount, *, forced: bool) -> list[dict[str, Any]]:
        """Cancel the account's orders and sell its assets until every liability is repaid.

        Debt that the assets cannot cover becomes a liquidation loan. Returns, per liability asset, what was
        repaid (``manual-liquidation``'s answer).
        """
        if acc.kind == "CROSS":
            self.events.margin_status(user)  # FORCE_LIQUIDATION goes out before the liquidation's own events
        self.orders.cancel_account_orders(user, acc.key)
        fee_rate = self.config.risk.liquidation_fee_rate if forced else ZERO
        owed = {a: (b.interest, b.borrowed) for a, b in acc.balances.items() if b.liability > 0}
        for asset in owed:
            self.repay(user, acc, asset, acc.balance(asset).free, "AUTO", strict=False, flow_type="REPAY_LIQUIDATION")
        for asset in owed:
            bal = acc.balance(asset)
            sources = sorted(
                (a for a, b in acc.balances.items() if a != asset and b.free > 0 and b.liability == 0),
                key=lambda a: -self.value(a, acc.balance(a).free, self.unit(acc)),
            )
            for src in sources:
                need = bal.liability
                if need <= 0:
                    break
                r = self.rate(src, asset)
                if r <= 0:
                    continue
                src_amount = min(acc.balance(src).free, q8(need / (1 - fee_rate) / r * Decimal("1.001"), ROUND_UP))
                got = self._convert(user, acc, src, asset, src_amount)
                fee = q8(got * fee_rate, ROUND_UP)
                if fee > 0:
                    fee = min(fee, bal.free)
                    bal.free -= fee
                    self.flow(user, acc, asset, "LIQUIDATION_FEE", -fee, self.state.new_id())
                self.repay(user, acc, asset, bal.free, "AUTO", strict=False, flow_type="REPAY_LIQUIDATION")
        results: list[dict[str, Any]] = []
        unit = self.config.valuation_asset
        for asset, (interest0, principal0) in owed.items():
            bal = acc.balance(asset)
            if bal.liability > 0:
                loan = user.liquidation_loans.setdefault(asset, LiquidationLoan(asset=asset, amount=ZERO))
                loan.amount += bal.liability
                self.state.inventory[asset] = self.state.inventory.get(asset, ZERO) + bal.borrowed
                self.flow(user, acc, asset, "OTHER_LIQUIDATION", bal.liability, self.state.new_id())
                bal.borrowed = bal.interest = ZERO
            results.append(
                {
                    "asset": asset,
                    "interest": interest0,
                    "principal": principal0,
                    "liabilityAsset": unit,
                    "liabilityQty": q8(self.value(asset, interest0 + principal0, unit)),
                }
            )
        return results
