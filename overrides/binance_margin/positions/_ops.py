"""Multi-step position operations: ``repay_all``, ``close`` and ``resume``, written once for both clients.

The logic is a generator (sans-IO): it yields *effects*, each a function of the client (``lambda c:
c.account.get_isolated_account(...)``), and receives what the effect returned, or has the exception thrown in.
:func:`drive` runs it with a ``MarginClient`` (``effect(client)``), :func:`adrive` with an ``AsyncMarginClient``
(``await effect(client)``), so the sync and async twins share every decision. The journal (SQLite, local and
short) is written directly by the logic.

Every phase is planned from a fresh read of the account, so running a plan again after a crash continues where the
account stands: a debt already repaid is not repaid again. What the account alone cannot tell (the second leg of an
isolated -> spot transfer, whose first leg landed in cross margin) is taken from the journal. Before a plan runs
again, ``resume`` settles every step left in doubt with ``client.reconcile`` (which waits until a request that may
still be in flight can no longer execute), so a step is never sent twice.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from decimal import ROUND_UP, Decimal
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias, TypeVar, cast

from .._errors import (
    BinanceAPIError,
    BinanceError,
    MarginModeError,
    OperationInterrupted,
    RepayShortfallError,
    UnknownExecutionStatus,
    ValidationError,
)
from .._types import CROSS, Cross, Isolated, MarginMode
from ._amounts import AssetPosition
from ._build import cross_asset, isolated_asset
from ._journal import Journal, OperationRecord, StepConflict, StepRecord, default_journal_path

if TYPE_CHECKING:
    from .._filters_model import SymbolRules
    from ._ports import AnyClientPort, AsyncClientPort, ClientPort, SyncClientPort

__all__ = [
    "DEFAULT_JOURNAL",
    "CloseReport",
    "DefaultJournal",
    "Dust",
    "JournalArg",
    "OperationInterrupted",
    "RepayAllResult",
    "RepayShortfallError",
    "ResumeOutcome",
    "StepReport",
    "TransferTo",
    "account_key",
    "adrive",
    "close_plan",
    "drive",
    "margin_of",
    "opened",
    "repay_all_plan",
    "resume_plan",
]

T = TypeVar("T")
Effect: TypeAlias = Callable[["AnyClientPort"], Any]
"""A request to make, as a function of the client (its result is awaited for the async client)."""
Plan: TypeAlias = Generator[Effect, Any, T]
TransferTo: TypeAlias = Literal["spot", "cross"]
_TransferKind: TypeAlias = Literal["MARGIN_MAIN", "ISOLATEDMARGIN_MARGIN"]
"""The universal transfers ``close`` sends (cross -> spot; isolated -> cross)."""

ZERO: Final = Decimal(0)
MAX_REPAY_ROUNDS: Final = 4
"""Repays of one asset in one ``repay_all`` (the first, then residuals of interest posted meanwhile)."""
FEE_BUFFER: Final = Decimal("0.001")
"""A buy-back buys ``need / (1 - FEE_BUFFER)``: the commission (Binance's default taker rate, 0.1%) is taken from
the base received. A lower rate (or fees paid in BNB) leaves that much as dust; a shortfall is bought again."""
_REPAY_RETRY_CODES: Final = frozenset({-3015, -3041})
"""Refusals after which the debt is read again: it changed since it was read (repay exceeds the liability; the free
balance is no longer there)."""


# -- results and errors ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StepReport:
    """One state-changing step of an operation: what was sent and what Binance answered."""

    seq: int
    kind: str
    """``cancel_open_orders``, ``order``, ``repay`` or ``transfer``."""
    sent: dict[str, Any]
    """The parameters sent (Binance's names; amounts as strings)."""
    status: str
    """``done``, ``failed``, ``unknown``, ``pending``, ``not_executed`` (reconciled: Binance never executed it) or
    ``superseded`` (a cancel whose outcome no longer matters: open orders were read again)."""
    outcome: dict[str, Any] | None
    """Binance's ids and amounts (``orderId``, ``tranId``, ``executedQty`` ...), or the refusal."""
    client_order_id: str | None = None


@dataclass(frozen=True, slots=True)
class Dust:
    """An amount left behind, and why."""

    asset: str
    amount: Decimal
    reason: str


@dataclass(frozen=True, slots=True)
class RepayAllResult:
    """What ``repay_all`` repaid and what is left."""

    asset: str
    margin: MarginMode
    principal_repaid: Decimal
    interest_repaid: Decimal
    left: Decimal
    """The asset's liability (principal + interest) after the last read: ``0`` unless ``reason`` says why not."""
    reason: str | None
    """Why something is left (``None`` when ``left`` is 0)."""
    interest_bnb_burn: bool | None
    """Whether the account pays interest in BNB (``GET /sapi/v1/bnbBurn``); with it on, Binance may settle the
    interest part in BNB: the residual read after the repay is then repaid too. ``None`` inside ``close``."""
    steps: tuple[StepReport, ...]
    operation_id: str

    @property
    def repaid(self) -> Decimal:
        """Principal plus interest repaid."""
        return self.principal_repaid + self.interest_repaid


@dataclass(frozen=True, slots=True)
class CloseReport:
    """What ``close`` did, step by step, and where the account stands."""

    operation_id: str
    margin: MarginMode
    steps: tuple[StepReport, ...]
    liabilities: dict[str, Decimal]
    """Every asset's liability (principal + interest) after the last read; all zero when ``closed``."""
    balances: dict[str, Decimal]
    """What is left in the account (free + locked) after the last read."""
    transferred: dict[str, Decimal]
    """Amount moved out per asset (to ``transfer_to``)."""
    transfer_to: TransferTo | None
    dust: tuple[Dust, ...]
    """Amounts that could not be traded (below the symbol's filters) or moved, and why."""

    @property
    def closed(self) -> bool:
        """No liability left."""
        return all(v == 0 for v in self.liabilities.values())


@dataclass(frozen=True, slots=True)
class ResumeOutcome:
    """What ``resume`` did with one unfinished operation."""

    operation_id: str
    kind: str
    """``close`` or ``repay_all``."""
    status: Literal["finished", "taken", "failed", "interrupted"]
    """``finished``: done now; ``taken``: another process holds it (or just finished it), left alone;
    ``failed``: Binance refused a step (``error``), still resumable; ``interrupted``: a step's outcome is unknown
    again, still resumable."""
    reconciled: tuple[StepReport, ...] = ()
    """The steps that were in doubt, as reconciliation settled them."""
    result: CloseReport | RepayAllResult | None = None
    error: str | None = None


class _Interrupted(Exception):
    def __init__(self, seq: int, error: UnknownExecutionStatus) -> None:
        super().__init__(seq)
        self.seq = seq
        self.error = error


# -- helpers ---------------------------------------------------------------------------------------------------


def account_key(margin: MarginMode) -> str:
    """``CROSS`` or ``ISOLATED:<symbol>`` (how the journal names an account).

    Raises:
        MarginModeError: not ``CROSS`` or ``Isolated("PAIR")``.
    """
    if not isinstance(margin, Cross | Isolated):
        raise MarginModeError(f"margin must be CROSS or Isolated('PAIR'), got {margin!r}")
    if isinstance(margin, Isolated):
        if not margin.symbol:
            raise ValidationError("Isolated() needs its pair here, e.g. Isolated('BTCUSDT')")
        return f"ISOLATED:{margin.symbol}"
    return "CROSS"


def margin_of(key: str) -> MarginMode:
    """The inverse of :func:`account_key`."""
    if key.startswith("ISOLATED:"):
        return Isolated(key.partition(":")[2])
    return CROSS


def _s(value: Decimal) -> str:
    return format(value.normalize() if value == value.to_integral() else value, "f")


def _d(value: Any) -> Decimal:
    return Decimal(str(value)) if value is not None else ZERO


def _report(step: StepRecord) -> StepReport:
    return StepReport(step.seq, step.kind, step.params, step.status, step.outcome, step.client_order_id)


@dataclass(slots=True)
class _Account:
    balances: dict[str, AssetPosition]
    base: str | None = None
    quote: str | None = None
    price: Decimal | None = None
    """Isolated: the pair's index price from the account answer."""

    def bal(self, asset: str) -> AssetPosition:
        return self.balances.get(asset) or AssetPosition.of(asset, ZERO, ZERO, ZERO, ZERO)


def _outcome(result: Any) -> dict[str, Any]:
    """Binance's ids and amounts from an answer, as JSON-able values."""
    if isinstance(result, list):
        ids = [getattr(r, "order_id", None) or getattr(r, "order_list_id", None) for r in result]
        return {"cancelled": [i for i in ids if i is not None]}
    out: dict[str, Any] = {}
    for attr, name in (
        ("order_id", "orderId"),
        ("client_order_id", "clientOrderId"),
        ("status", "status"),
        ("executed_qty", "executedQty"),
        ("cummulative_quote_qty", "cummulativeQuoteQty"),
        ("tran_id", "tranId"),
        ("tx_id", "tranId"),
        ("principal", "principal"),
        ("interest", "interest"),
        ("amount", "amount"),
    ):
        value = getattr(result, attr, None)
        if value is None or type(value).__name__ == "Unset":
            continue
        value = getattr(value, "value", value)
        out[name] = str(value) if isinstance(value, Decimal) else value
    return out


def _repay_effect(asset: str, amount: Decimal, margin: MarginMode) -> Effect:
    def effect(client: AnyClientPort) -> Any:
        return client.borrow_repay.borrow_repay(asset=asset, amount=amount, type="REPAY", margin=margin)

    return effect


def _cancel_effect(symbol: str, margin: MarginMode) -> Effect:
    def effect(client: AnyClientPort) -> Any:
        return client.trade.cancel_all_open_orders(symbol=symbol, margin=margin)

    return effect


def _sync_effect() -> Effect:
    def effect(client: AnyClientPort) -> Any:
        return client.sync_time()

    return effect


def _reconcile_effect(error: UnknownExecutionStatus) -> Effect:
    def effect(client: AnyClientPort) -> Any:
        return client.reconcile(error)

    return effect


# -- the runner: journal, cached account read, steps ------------------------------------------------------------


class _Run:
    """One operation being run by this process: its journal rows, its account, its steps."""

    def __init__(
        self, journal: Journal, op_id: str, margin: MarginMode, *, recv_window: int, now_ms: Callable[[], int]
    ) -> None:
        self.journal = journal
        self.op_id = op_id
        self.margin = margin
        self.recv_window = recv_window
        self.now_ms = now_ms
        self._account: _Account | None = None
        self._last_seq = 0
        self.dust: list[Dust] = []

    @property
    def symbol(self) -> str | None:
        return self.margin.symbol if isinstance(self.margin, Isolated) else None

    def account(self) -> Plan[_Account]:
        """The account as of the latest read (read again after any state-changing step)."""
        if self._account is not None:
            return self._account
        symbol = self.symbol
        if symbol is not None:
            answer = yield lambda c: c.account.get_isolated_account(symbols=[symbol])
            pairs = [p for p in answer.assets if p.symbol == symbol]
            if not pairs:
                raise ValidationError(f"no isolated margin account for {symbol}")
            pair = pairs[0]
            balances = {a.asset: isolated_asset(a) for a in (pair.base_asset, pair.quote_asset)}
            account = _Account(balances, pair.base_asset.asset, pair.quote_asset.asset, _d(pair.index_price))
        else:
            answer = yield lambda c: c.account.get_cross_account()
            account = _Account({a.asset: cross_asset(a) for a in answer.user_assets})
        self._account = account
        return account

    def step(
        self,
        kind: str,
        sent: dict[str, Any],
        effect: Effect,
        *,
        client_order_id: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Plan[Any]:
        """Journal a step, send it, record its outcome; an unknown outcome stops the operation (``_Interrupted``)."""
        seq = self.journal.add_step(
            self.op_id,
            kind,
            sent,
            not_before_ms=self.now_ms(),
            recv_window=self.recv_window,
            client_order_id=client_order_id,
        )
        self._account = None
        try:
            result = yield effect
        except UnknownExecutionStatus as error:
            self.journal.mark_step(self.op_id, seq, "unknown", timestamp_ms=error.timestamp)
            raise _Interrupted(seq, error) from error
        except BinanceError as error:
            detail: dict[str, Any] = {"error": type(error).__name__, "message": str(error)}
            if isinstance(error, BinanceAPIError):
                detail["code"] = error.code
            self.journal.mark_step(self.op_id, seq, "failed", detail)
            raise
        self.journal.mark_step(self.op_id, seq, "done", {**_outcome(result), **(extra or {})})
        self._last_seq = seq
        return result

    def steps(self) -> list[StepRecord]:
        return self.journal.steps(self.op_id)

    # -- repay ---------------------------------------------------------------------------------------------

    def repay_asset(self, asset: str) -> Plan[tuple[Decimal, Decimal, Decimal, str | None]]:
        """Repay ``asset``'s whole liability from its free balance: (principal repaid, interest repaid, left, why).

        Reads, repays exactly principal + interest, reads again; interest posted meanwhile (top of the hour) is
        repaid as a residual, at most ``MAX_REPAY_ROUNDS`` repays in all. Never sends more than the debt read.
        """
        principal = interest = ZERO
        margin = self.margin
        iso = {"isIsolated": "TRUE", "symbol": self.symbol} if self.symbol else {"isIsolated": "FALSE"}
        last: tuple[int, Decimal, Decimal, dict[str, Any]] | None = None  # (seq, amount, borrowed before, outcome)
        for round_ in range(MAX_REPAY_ROUNDS + 1):
            account = yield from self.account()
            bal = account.bal(asset)
            if last is not None:
                # Binance takes the interest first, then the principal, at execution: the principal repaid is what
                # the principal went down by (interest posted between the read and the repay was paid first).
                seq, amount, borrowed_before, outcome = last
                paid_principal = min(amount, max(ZERO, borrowed_before - bal.borrowed))
                split = {"principal": str(paid_principal), "interest": str(amount - paid_principal)}
                self.journal.mark_step(self.op_id, seq, "done", {**outcome, **split})
                principal += paid_principal
                interest += amount - paid_principal
                last = None
            debt = bal.debt
            if debt <= 0:
                return principal, interest, ZERO, None
            if round_ == MAX_REPAY_ROUNDS:
                why = f"still owed after {MAX_REPAY_ROUNDS} repays (the debt kept growing while it was repaid)"
                return principal, interest, debt, why
            if bal.free < debt:
                raise RepayShortfallError(
                    asset,
                    debt,
                    bal.free,
                    principal_repaid=principal,
                    interest_repaid=interest,
                    operation_id=self.op_id,
                )
            amount = debt
            guess = min(amount, bal.interest)  # the split as read; corrected after the next read
            sent = {"asset": asset, "amount": _s(amount), "type": "REPAY", **iso}
            try:
                result = yield from self.step(
                    "repay",
                    sent,
                    _repay_effect(asset, amount, margin),
                    extra={"interest": str(guess), "principal": str(amount - guess)},
                )
            except BinanceAPIError as error:
                if error.code in _REPAY_RETRY_CODES:
                    continue  # the debt or the balance moved since the read: read again
                raise
            last = (self._last_seq, amount, bal.borrowed, _outcome(result))
        raise AssertionError("unreachable")  # pragma: no cover

    # -- close ---------------------------------------------------------------------------------------------

    def cancel_open(self) -> Plan[None]:
        """Cancel the open orders and order lists of the account (per symbol: ``DELETE openOrders`` does both)."""
        margin = self.margin
        symbol = self.symbol
        if symbol is not None:
            orders = yield lambda c: c.trade.get_open_orders(symbol=symbol, margin=margin)
            lists = yield lambda c: c.trade.get_open_order_lists(margin=margin)
            symbols = {symbol} if orders or [x for x in lists if x.symbol == symbol] else set()
        else:
            orders = yield lambda c: c.trade.get_open_orders(margin=margin)
            lists = yield lambda c: c.trade.get_open_order_lists(margin=margin)
            symbols = {o.symbol for o in orders} | {x.symbol for x in lists}
        for sym in sorted(symbols):
            yield from self.step(
                "cancel_open_orders",
                {"symbol": sym, **({"isIsolated": "TRUE"} if self.symbol else {})},
                _cancel_effect(sym, margin),
            )

    def rules(self, symbol: str) -> Plan[SymbolRules | None]:
        try:
            rules: SymbolRules = yield lambda c: c.symbol_rules(symbol)
        except (BinanceAPIError, ValidationError, KeyError, LookupError):
            return None
        return rules

    def market_order(self, symbol: str, side: Literal["BUY", "SELL"], quantity: Decimal) -> Plan[Any]:
        from .._runtime import new_client_order_id

        margin = self.margin
        cid = new_client_order_id()
        sent = {
            "symbol": symbol,
            "side": side,
            "type": "MARKET",
            "quantity": _s(quantity),
            "sideEffectType": "AUTO_REPAY",
            "newClientOrderId": cid,
            **({"isIsolated": "TRUE"} if self.symbol else {}),
        }
        result = yield from self.step(
            "order",
            sent,
            lambda c: c.trade.new_order(
                symbol=symbol,
                side=side,
                type="MARKET",
                quantity=quantity,
                side_effect_type="AUTO_REPAY",
                new_client_order_id=cid,
                new_order_resp_type="FULL",
                margin=margin,
            ),
            client_order_id=cid,
        )
        return result

    def price_of(self, symbol: str) -> Plan[Decimal]:
        account = yield from self.account()
        if account.price is not None and self.symbol == symbol:
            return account.price
        index = yield lambda c: c.market_data.get_price_index(symbol=symbol)
        return _d(index.price)

    def buy_back(self, asset: str, quote: str) -> Plan[None]:
        """Buy what is missing to cover ``asset``'s debt (rounded up to the step, at least the minimum notional)."""
        from .._filters_validate import quantize_quantity, validate_order

        account = yield from self.account()
        bal = account.bal(asset)
        need = bal.debt - bal.free
        if need <= 0:
            return
        symbol = asset + quote
        rules = yield from self.rules(symbol)
        if rules is None:
            self.dust.append(Dust(asset, -need, f"owed, and there is no {symbol} pair to buy it back on"))
            return
        price = yield from self.price_of(symbol)
        qty = quantize_quantity(rules, need / (1 - FEE_BUFFER), ROUND_UP, market=True)
        for _ in range(3):
            problems = validate_order(rules, side="BUY", type="MARKET", quantity=qty, reference_price=price)
            above = [v.nearest_above for v in problems if v.field == "quantity" and v.nearest_above is not None]
            if not problems or not above:
                break
            qty = quantize_quantity(rules, max(Decimal(a) for a in above), ROUND_UP, market=True)
        yield from self.market_order(symbol, "BUY", qty)

    def sell_long(self, asset: str, quote: str) -> Plan[None]:
        """Sell the free ``asset`` (after its debt is repaid) with AUTO_REPAY; what the filters refuse is dust."""
        from .._filters_validate import quantize_quantity, validate_order

        account = yield from self.account()
        bal = account.bal(asset)
        free = bal.free - bal.debt
        if free <= 0:
            return
        symbol = asset + quote
        rules = yield from self.rules(symbol)
        if rules is None:
            self.dust.append(Dust(asset, free, f"no {symbol} pair to sell it on"))
            return
        price = yield from self.price_of(symbol)
        qty = quantize_quantity(rules, free, market=True)
        problems = validate_order(rules, side="SELL", type="MARKET", quantity=qty, reference_price=price)
        if qty <= 0 or problems:
            why = problems[0].message if problems else "below the lot step"
            self.dust.append(Dust(asset, free, f"not sold: {why}"))
            return
        if qty < free:
            self.dust.append(Dust(asset, free - qty, f"below the {symbol} lot step ({_s(free - qty)})"))
        yield from self.market_order(symbol, "SELL", qty)

    def transfers(self, transfer_to: TransferTo) -> Plan[dict[str, Decimal]]:
        """Move every free asset out; isolated -> spot goes through cross margin (two legs, the second from the
        journal so that a crash between the legs sends the second one with the first one's amount)."""
        moved: dict[str, Decimal] = {}
        symbol = self.symbol
        if symbol is None and transfer_to != "spot":
            raise ValidationError("a cross margin account can only be emptied to spot (transfer_to='spot')")
        two_legs = symbol is not None and transfer_to == "spot"

        def second_legs() -> list[StepRecord]:
            steps = self.steps()
            done_second = {s.params.get("leg_of") for s in steps if s.kind == "transfer" and s.status == "done"}
            return [
                s
                for s in steps
                if s.kind == "transfer"
                and s.status == "done"
                and s.params.get("type") == "ISOLATEDMARGIN_MARGIN"
                and s.seq not in done_second
            ]

        def send(kind: _TransferKind, asset: str, amount: Decimal, leg_of: int | None = None) -> Plan[Any]:
            sent: dict[str, Any] = {"type": kind, "asset": asset, "amount": _s(amount)}
            if kind == "ISOLATEDMARGIN_MARGIN":
                sent["fromSymbol"] = symbol
            if leg_of is not None:
                sent["leg_of"] = leg_of
            from_symbol = symbol if kind == "ISOLATEDMARGIN_MARGIN" else None
            result = yield from self.step(
                "transfer",
                sent,
                lambda c: c.transfer.universal_transfer(type=kind, asset=asset, amount=amount, from_symbol=from_symbol),
            )
            return result

        if two_legs:
            for leg in second_legs():
                yield from send("MARGIN_MAIN", leg.params["asset"], Decimal(leg.params["amount"]), leg.seq)
        account = yield from self.account()
        for asset, bal in sorted(account.balances.items()):
            if bal.free <= 0:
                continue
            if bal.debt > 0:
                self.dust.append(Dust(asset, bal.free, "kept: the asset is still owed"))
                continue
            if symbol is None:
                yield from send("MARGIN_MAIN", asset, bal.free)
            else:
                yield from send("ISOLATEDMARGIN_MARGIN", asset, bal.free)
        if two_legs:
            for leg in second_legs():
                yield from send("MARGIN_MAIN", leg.params["asset"], Decimal(leg.params["amount"]), leg.seq)
        for step in self.steps():
            if step.kind == "transfer" and step.status == "done" and (not two_legs or "leg_of" in step.params):
                asset = step.params["asset"]
                moved[asset] = moved.get(asset, ZERO) + Decimal(step.params["amount"])
        return moved


# -- plans -----------------------------------------------------------------------------------------------------


def _repay_all(run: _Run, asset: str, *, bnb: bool) -> Plan[RepayAllResult]:
    interest_bnb_burn: bool | None = None
    if bnb:
        status = yield lambda c: c.account.get_bnb_burn_status()
        interest_bnb_burn = bool(getattr(status, "interest_bnb_burn", False))
    _, _, left, why = yield from run.repay_asset(asset)
    principal = interest = ZERO
    for step in run.steps():  # the journal's tally: repays made before a crash count too
        if step.kind == "repay" and step.status == "done" and step.params.get("asset") == asset:
            principal += _d((step.outcome or {}).get("principal"))
            interest += _d((step.outcome or {}).get("interest"))
    return RepayAllResult(
        asset=asset,
        margin=run.margin,
        principal_repaid=principal,
        interest_repaid=interest,
        left=left,
        reason=why,
        interest_bnb_burn=interest_bnb_burn,
        steps=tuple(_report(s) for s in run.steps()),
        operation_id=run.op_id,
    )


def _close(run: _Run, transfer_to: TransferTo | None, quote: str | None) -> Plan[CloseReport]:
    yield from run.cancel_open()
    account = yield from run.account()
    q = account.quote if run.symbol is not None else quote
    assert q is not None
    others = [a for a in sorted(account.balances) if a != q]
    for asset in others:
        for _ in range(2):  # the second only when the commission left the debt uncovered
            yield from run.buy_back(asset, q)
        if (yield from run.account()).bal(asset).debt > 0:
            yield from run.repay_asset(asset)
        yield from run.sell_long(asset, q)
    yield from run.repay_asset(q)
    moved: dict[str, Decimal] = {}
    if transfer_to is not None:
        moved = yield from run.transfers(transfer_to)
    account = yield from run.account()
    return CloseReport(
        operation_id=run.op_id,
        margin=run.margin,
        steps=tuple(_report(s) for s in run.steps()),
        liabilities={a: b.debt for a, b in account.balances.items() if b.debt != 0 or a in (account.base, q)},
        balances={a: b.free + b.locked for a, b in account.balances.items() if b.free + b.locked != 0},
        transferred=moved,
        transfer_to=transfer_to,
        dust=tuple(run.dust),
    )


def _finishing(run: _Run, plan: Plan[T]) -> Plan[T]:
    """Run ``plan``; mark the operation done when it returns; release the claim on every other way out."""
    try:
        result = yield from plan
    except _Interrupted as stop:
        run.journal.release(run.op_id)
        raise OperationInterrupted(run.op_id, stop.seq, stop.error) from stop.error
    except BinanceError as error:
        if not run.steps():  # refused before any step: nothing to resume
            with suppress(Exception):
                run.journal.finish(run.op_id, "failed", str(error))
        else:
            with suppress(Exception):
                run.journal.release(run.op_id)
        raise
    except BaseException:
        with suppress(Exception):  # the journal itself failed: the original error matters more
            run.journal.release(run.op_id)
        raise
    run.journal.finish(run.op_id, "done")
    return result


def _now_ms(client: ClientPort) -> Callable[[], int]:
    return lambda: int(time.time() * 1000) + int(client.time_offset_ms)


def scope_of(client: ClientPort) -> str:
    """Whose operations: a fingerprint of the client's API host and key (the key itself is never stored)."""
    import hashlib

    cfg = client.config
    key = cfg.api_key.get_secret_value() if cfg.api_key is not None else ""
    return hashlib.sha256(f"{cfg.base_url}\n{key}".encode()).hexdigest()[:16]


def _recv_window(client: ClientPort) -> int:
    value = client.config.recv_window
    return int(value) if value is not None else 5000


def repay_all_plan(client: ClientPort, journal: Journal, asset: str, margin: MarginMode) -> Plan[RepayAllResult]:
    """The ``repay_all`` operation as a plan (see :func:`drive`)."""
    if not isinstance(asset, str) or not asset.strip() or asset != asset.strip().upper():
        raise ValidationError(f"repay_all needs an asset in upper case such as 'BTC', got {asset!r}")
    key = account_key(margin)
    op_id = journal.begin("repay_all", key, {"asset": asset}, scope=scope_of(client))
    run = _Run(journal, op_id, margin, recv_window=_recv_window(client), now_ms=_now_ms(client))
    return _finishing(run, _repay_all(run, asset, bnb=True))


def close_plan(
    client: ClientPort, journal: Journal, margin: MarginMode, transfer_to: TransferTo | None, quote: str
) -> Plan[CloseReport]:
    """The ``close`` operation as a plan."""
    key = account_key(margin)
    if not isinstance(quote, str) or not quote or quote != quote.strip().upper():
        raise ValidationError(f"quote must be an asset in upper case such as 'USDT', got {quote!r}")
    if transfer_to not in (None, "spot", "cross"):
        raise ValidationError(f"transfer_to must be 'spot', 'cross' or None, got {transfer_to!r}")
    if not isinstance(margin, Isolated) and transfer_to == "cross":
        raise ValidationError("closing the cross account can move its funds to 'spot' only")
    op_id = journal.begin("close", key, {"transfer_to": transfer_to, "quote": quote}, scope=scope_of(client))
    run = _Run(journal, op_id, margin, recv_window=_recv_window(client), now_ms=_now_ms(client))
    return _finishing(run, _close(run, transfer_to, quote))


_STEP_OPERATION: Final = {
    "order": ("newOrder", "POST", "/sapi/v1/margin/order"),
    "repay": ("borrowRepay", "POST", "/sapi/v1/margin/borrow-repay"),
    "transfer": ("universalTransfer", "POST", "/sapi/v1/asset/transfer"),
}


def _doubt(step: StepRecord, margin: MarginMode, now_ms: int) -> UnknownExecutionStatus:
    """The ``UnknownExecutionStatus`` a step in doubt stands for, for ``client.reconcile``.

    A step whose process died before its outcome was recorded may have been signed at any moment between
    ``not_before_ms`` and now: its window runs from the first to ``now + recvWindow``, so "not found" is only
    final once no request it may have sent can still execute.
    """
    op_id, method, path = _STEP_OPERATION[step.kind]
    if step.timestamp_ms is not None:
        timestamp, recv_window = step.timestamp_ms, step.recv_window
    else:
        timestamp = step.not_before_ms
        recv_window = step.recv_window + max(0, now_ms - step.not_before_ms)
    params = {k: v for k, v in step.params.items() if k != "leg_of"}
    return UnknownExecutionStatus(
        "a journaled step whose outcome was not recorded",
        operation_id=op_id,
        method=method,
        path=path,
        params=params,
        client_order_id=step.client_order_id,
        symbol=params.get("symbol") if step.kind == "order" else None,
        margin=margin if step.kind == "order" else None,
        cause=None,
        timestamp=timestamp,
        recv_window=recv_window,
    )


def resume_plan(client: ClientPort, journal: Journal) -> Plan[list[ResumeOutcome]]:
    """Finish every unfinished operation of ``journal`` (see ``Positions.resume``)."""
    outcomes: list[ResumeOutcome] = []
    for op in journal.operations(unfinished=True, scope=scope_of(client)):
        outcome = yield from _resume_one(client, journal, op)
        outcomes.append(outcome)
    return outcomes


def _resume_one(client: ClientPort, journal: Journal, op: OperationRecord) -> Plan[ResumeOutcome]:
    if not journal.claim(op.id):
        return ResumeOutcome(op.id, op.kind, "taken")
    margin = margin_of(op.account)
    now = _now_ms(client)
    run = _Run(journal, op.id, margin, recv_window=_recv_window(client), now_ms=now)
    settled: list[StepReport] = []
    try:
        doubtful = [s for s in journal.steps(op.id) if s.status in ("pending", "unknown")]
        if any(s.kind != "cancel_open_orders" for s in doubtful):
            # The journaled times are on Binance's clock: "not found" is final only against the current offset.
            yield _sync_effect()
        for step in doubtful:
            if step.kind == "cancel_open_orders":
                journal.mark_step(op.id, step.seq, "superseded", {"note": "open orders are read again"})
            else:
                error = _doubt(step, margin, now())
                found = yield _reconcile_effect(error)
                if found is None:
                    journal.mark_step(op.id, step.seq, "not_executed")
                else:
                    outcome = _outcome(found)
                    if step.kind == "repay" and "principal" in outcome and "interest" not in outcome:
                        outcome["interest"] = str(_d(step.params.get("amount")) - _d(outcome["principal"]))
                    journal.mark_step(op.id, step.seq, "done", outcome)
            settled.append(_report(journal.steps(op.id)[step.seq - 1]))
    except StepConflict:
        return ResumeOutcome(op.id, op.kind, "taken", tuple(settled))
    except BaseException:
        journal.release(op.id)
        raise
    plan: Plan[CloseReport | RepayAllResult]
    if op.kind == "close":
        plan = _close(run, op.params.get("transfer_to"), op.params.get("quote") or "USDT")
    else:
        plan = _repay_all(run, str(op.params["asset"]), bnb=False)
    try:
        result = cast("CloseReport | RepayAllResult", (yield from _finishing(run, plan)))
    except OperationInterrupted as stop:
        return ResumeOutcome(op.id, op.kind, "interrupted", tuple(settled), error=str(stop))
    except StepConflict:
        return ResumeOutcome(op.id, op.kind, "taken", tuple(settled))
    except BinanceError as error:
        return ResumeOutcome(op.id, op.kind, "failed", tuple(settled), error=str(error))
    return ResumeOutcome(op.id, op.kind, "finished", tuple(settled), result)


# -- journals --------------------------------------------------------------------------------------------------


class DefaultJournal:
    """The ``journal=`` default: the SQLite file in the user's state directory (``default_journal_path()``)."""

    def __repr__(self) -> str:
        return "DEFAULT_JOURNAL"


DEFAULT_JOURNAL: Final = DefaultJournal()
JournalArg: TypeAlias = "str | os.PathLike[str] | Journal | DefaultJournal | None"
"""What ``journal=`` takes: a path, a ``Journal``, ``None`` (no file: the operation is not resumable) or the
default file."""


@contextmanager
def opened(journal: JournalArg) -> Iterator[Journal]:
    """The ``Journal`` for a ``journal=`` argument (opened and closed here unless a ``Journal`` was passed)."""
    if isinstance(journal, Journal):
        yield journal
        return
    if isinstance(journal, DefaultJournal):
        target: str | os.PathLike[str] | None = default_journal_path()
    else:
        target = journal
    own = Journal(target)
    try:
        yield own
    finally:
        own.close()


# -- drivers ---------------------------------------------------------------------------------------------------


def drive(client: SyncClientPort, plan: Plan[T]) -> T:
    """Run a plan with the synchronous client."""
    value: Any = None
    failure: BaseException | None = None
    while True:
        try:
            effect = plan.send(value) if failure is None else plan.throw(failure)
        except StopIteration as done:
            result: T = done.value
            return result
        value, failure = None, None
        try:
            value = effect(client)
        except Exception as exc:  # handed to the plan, which decides
            failure = exc


async def adrive(client: AsyncClientPort, plan: Plan[T]) -> T:
    """Run a plan with the asynchronous client (the same plan, each effect awaited)."""
    value: Any = None
    failure: BaseException | None = None
    while True:
        try:
            effect = plan.send(value) if failure is None else plan.throw(failure)
        except StopIteration as done:
            result: T = done.value
            return result
        value, failure = None, None
        try:
            value = await effect(client)
        except Exception as exc:
            failure = exc
