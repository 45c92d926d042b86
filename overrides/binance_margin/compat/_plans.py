"""What each python-binance margin name does on today's endpoints, written once for sync and async.

Each plan is a generator: it yields the SDK calls it needs (`Call`) and receives their results, so the same
logic (argument mapping, multi-step jobs such as two-leg transfers) drives both ``Client`` and ``AsyncClient``.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from .._errors import BinanceError, MarginModeError, UnknownExecutionStatus, ValidationError
from .._types import CROSS, Isolated, MarginMode

if TYPE_CHECKING:
    from binance_margin_generated.models import (
        CrossMarginPair,
        IsolatedAccountToggleResult,
        IsolatedMarginPair,
        MarginAsset,
        TransactionId,
    )

T = TypeVar("T")
Amount: TypeAlias = Decimal | str | int
Number: TypeAlias = int | str
"""A whole number as python-binance users pass it: ``123`` or ``'123'`` (python-binance sent either as is)."""


@dataclass(frozen=True, slots=True)
class Call:
    """One SDK call a plan needs: ``client.<group>.<method>(**kwargs)``."""

    group: str
    method: str
    kwargs: dict[str, Any] = field(default_factory=dict)


Plan: TypeAlias = Generator[Call, Any, T]


class NotFoundError(BinanceError, LookupError):
    """A single-item lookup (one asset, one pair) found nothing: Binance does not list it."""


@dataclass(frozen=True, slots=True)
class TwoLegTransfer:
    """A spot <-> isolated margin transfer, made as two universal transfers through cross margin.

    Attributes:
        first: the first leg's transaction (spot -> cross, or isolated -> cross).
        second: the second leg's transaction (cross -> isolated, or cross -> spot).
    """

    first: TransactionId
    second: TransactionId

    @property
    def tran_id(self) -> int:
        """The transaction id of the leg that completed the transfer (the second)."""
        return int(self.second.tran_id)

    def to_dict(self) -> dict[str, Any]:
        """What python-binance's one-leg isolated transfer returned: ``{"tranId": ...}`` (the second leg's)."""
        return {"tranId": self.tran_id}

    def __getitem__(self, key: str) -> Any:
        return self.to_dict()[key]

    def get(self, key: str, default: Any = None) -> Any:
        """``self[key]``, or ``default`` for a key python-binance's result did not have."""
        return self.to_dict().get(key, default)

    def keys(self) -> list[str]:
        """The keys of python-binance's result."""
        return list(self.to_dict())

    def __contains__(self, key: object) -> bool:
        return key in self.to_dict()


class TransferLegError(BinanceError):
    """The first leg of a two-leg transfer went through and the second did not (or its outcome is unknown).

    Nothing is retried or reverted on your behalf: the funds are in your **cross margin** account (or, when
    ``outcome_unknown`` is true, possibly already at the destination). Check with
    ``get_margin_account()`` / ``get_isolated_margin_account()``, then either send the second leg again or
    move the funds back (``transfer_margin_to_spot`` / a cross -> isolated transfer).

    Attributes:
        asset: the asset being moved.
        amount: the amount.
        first: the completed first leg.
        failed_leg: ``"MARGIN_ISOLATEDMARGIN"`` or ``"MARGIN_MAIN"``, the universal transfer type that failed.
        symbol: the isolated pair.
        outcome_unknown: true when the second leg's outcome is unknown (timeout, 5xx): it may have happened.
        cause: the exception the second leg raised.
    """

    def __init__(
        self,
        *,
        asset: str,
        amount: Amount,
        symbol: str,
        first: TransactionId,
        failed_leg: str,
        cause: BaseException,
    ) -> None:
        self.asset = asset
        self.amount = amount
        self.symbol = symbol
        self.first = first
        self.failed_leg = failed_leg
        self.outcome_unknown: bool = isinstance(cause, UnknownExecutionStatus)
        self.cause = cause
        where = (
            "may already be at the destination (the second leg's outcome is unknown)"
            if self.outcome_unknown
            else "is now in your cross margin account"
        )
        super().__init__(
            f"transfer of {amount} {asset} ({symbol}): first leg done (tranId {first.tran_id}), "
            f"second leg {failed_leg} failed: {cause}. The {asset} {where}; nothing was retried or reverted."
        )


# ---------------------------------------------------------------------------------------------------------------
# argument mapping
# ---------------------------------------------------------------------------------------------------------------


def _is_true(flag: str | bool | None) -> bool:
    if flag is None:
        return False
    if isinstance(flag, bool):
        return flag
    value = str(flag).strip().upper()
    if value not in ("TRUE", "FALSE"):
        raise ValidationError(f"isIsolated must be 'TRUE' or 'FALSE', got {flag!r}")
    return value == "TRUE"


_WHOLE_NUMBER = re.compile(r"-?[0-9]+")

# The SDK argument -> python-binance's keyword, for the numbers and flags python-binance passed through as text.
_INT_ARGS = {
    "order_id": "orderId",
    "start_time": "startTime",
    "end_time": "endTime",
    "limit": "limit",
    "from_id": "fromId",
    "tx_id": "txId",
    "current": "current",
    "size": "size",
    "recv_window": "recvWindow",
    "trailing_delta": "trailingDelta",
}
_BOOL_ARGS = {"auto_repay_at_cancel": "autoRepayAtCancel"}


def to_int(name: str, value: Number) -> int:
    """``123`` or ``'123'`` as the int 123; anything that is not a whole number is refused."""
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value.strip()):
        return int(value.strip())
    raise ValidationError(f"{name} must be a whole number such as 123 or '123', got {value!r}")


def opt_int(name: str, value: Number | None) -> int | None:
    """:func:`to_int`, keeping ``None`` (not given)."""
    return None if value is None else to_int(name, value)


def to_bool(name: str, value: str | bool) -> bool:
    """``True`` / ``False``, or python-binance's ``'TRUE'`` / ``'FALSE'`` (any case); anything else is refused."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().upper() in ("TRUE", "FALSE"):
        return value.strip().upper() == "TRUE"
    raise ValidationError(f"{name} must be True, False, 'TRUE' or 'FALSE', got {value!r}")


def coerce(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """An SDK call's arguments with python-binance's text numbers and flags converted exactly."""
    out = dict(kwargs)
    for arg, value in kwargs.items():
        if value is None:
            continue
        if arg in _INT_ARGS:
            out[arg] = to_int(_INT_ARGS[arg], value)
        elif arg in _BOOL_ARGS:
            out[arg] = to_bool(_BOOL_ARGS[arg], value)
    return out


def margin_from_flag(is_isolated: str | bool | None, symbol: str | None) -> MarginMode:
    """python-binance's ``isIsolated='TRUE'`` (+ ``symbol``) as the SDK's ``margin`` argument."""
    if not _is_true(is_isolated):
        return CROSS
    return Isolated(symbol) if symbol else Isolated()


def margin_from_isolated_symbol(isolated_symbol: str | None) -> MarginMode:
    """python-binance's ``isolatedSymbol=...`` as the SDK's ``margin`` argument."""
    return Isolated(isolated_symbol) if isolated_symbol else CROSS


def drop_none(**kwargs: Any) -> dict[str, Any]:
    """Keyword arguments without the ones left at None."""
    return {k: v for k, v in kwargs.items() if v is not None}


def symbols_list(symbols: str | list[str] | tuple[str, ...] | None) -> list[str] | None:
    """``symbols="BTCUSDT,ETHUSDT"`` (as python-binance users pass it) as a list."""
    if symbols is None:
        return None
    if isinstance(symbols, str):
        return [s.strip() for s in symbols.split(",") if s.strip()]
    return list(symbols)


# ---------------------------------------------------------------------------------------------------------------
# plans
# ---------------------------------------------------------------------------------------------------------------


def single(call: Call, what: str) -> Plan[Any]:
    """Run a list-returning call with a filter and return its one item (retired single-item endpoints)."""
    items = yield call
    if not items:
        raise NotFoundError(f"Binance lists no {what}")
    return items[0]


def get_margin_asset(asset: str) -> Plan[MarginAsset]:
    """GET /sapi/v1/margin/allAssets?asset= (replaces the retired GET /sapi/v1/margin/asset)."""
    result = yield from single(Call("market_data", "get_all_assets", {"asset": asset}), f"margin asset {asset!r}")
    return cast("MarginAsset", result)


def get_margin_symbol(symbol: str) -> Plan[CrossMarginPair]:
    """GET /sapi/v1/margin/allPairs?symbol= (replaces the retired GET /sapi/v1/margin/pair)."""
    call = Call("market_data", "get_all_cross_pairs", {"symbol": symbol})
    result = yield from single(call, f"cross margin pair {symbol!r}")
    return cast("CrossMarginPair", result)


def get_isolated_margin_symbol(symbol: str) -> Plan[IsolatedMarginPair]:
    """GET /sapi/v1/margin/isolated/allPairs?symbol= (replaces the retired GET /sapi/v1/margin/isolated/pair)."""
    call = Call("market_data", "get_all_isolated_pairs", {"symbol": symbol})
    result = yield from single(call, f"isolated margin pair {symbol!r}")
    return cast("IsolatedMarginPair", result)


def transfer(type_: str, asset: str, amount: Amount, **symbols: str) -> Call:
    """One universal transfer (POST /sapi/v1/asset/transfer)."""
    return Call("transfer", "universal_transfer", {"type": type_, "asset": asset, "amount": amount, **symbols})


def two_legs(asset: str, symbol: str, amount: Amount, first: Call, second: Call) -> Plan[TwoLegTransfer]:
    """Run two transfers; if the second fails, say exactly where the funds are (never retried, never reverted)."""
    if not symbol:
        raise MarginModeError("an isolated margin transfer needs the pair, e.g. symbol='BTCUSDT'")
    done = yield first
    try:
        finished = yield second
    except BinanceError as exc:
        raise TransferLegError(
            asset=asset,
            amount=amount,
            symbol=symbol,
            first=done,
            failed_leg=str(second.kwargs["type"]),
            cause=exc,
        ) from exc
    return TwoLegTransfer(first=done, second=finished)


def spot_to_isolated(asset: str, symbol: str, amount: Amount) -> Plan[TwoLegTransfer]:
    """Spot -> cross margin (MAIN_MARGIN), then cross -> isolated (MARGIN_ISOLATEDMARGIN, toSymbol)."""
    result = yield from two_legs(
        asset,
        symbol,
        amount,
        transfer("MAIN_MARGIN", asset, amount),
        transfer("MARGIN_ISOLATEDMARGIN", asset, amount, to_symbol=symbol),
    )
    return result


def isolated_to_spot(asset: str, symbol: str, amount: Amount) -> Plan[TwoLegTransfer]:
    """Isolated -> cross margin (ISOLATEDMARGIN_MARGIN, fromSymbol), then cross -> spot (MARGIN_MAIN)."""
    result = yield from two_legs(
        asset,
        symbol,
        amount,
        transfer("ISOLATEDMARGIN_MARGIN", asset, amount, from_symbol=symbol),
        transfer("MARGIN_MAIN", asset, amount),
    )
    return result


def create_isolated_margin_account(base: str, quote: str) -> Plan[IsolatedAccountToggleResult]:
    """What the retired POST /sapi/v1/margin/isolated/create does today.

    Binance creates an isolated account with the first transfer into it, so there is nothing to create: this
    checks that the pair is an isolated margin pair, re-enables it if it was disabled (POST
    /sapi/v1/margin/isolated/account) and otherwise answers like the old endpoint did (``success``, ``symbol``).
    """
    from binance_margin_generated.models import IsolatedAccountToggleResult

    symbol = f"{base}{quote}".upper()
    yield from single(Call("market_data", "get_all_isolated_pairs", {"symbol": symbol}), f"isolated pair {symbol!r}")
    account = yield Call("account", "get_isolated_account", {"symbols": [symbol]})
    for pair in account.assets or []:
        if pair.symbol == symbol and pair.isolated_created and not pair.enabled:
            enabled = yield Call("account", "enable_isolated_account", {"symbol": symbol})
            return cast("IsolatedAccountToggleResult", enabled)
    return IsolatedAccountToggleResult(success=True, symbol=symbol)


def plain(call: Call) -> Plan[Any]:
    """One call, its result returned as is."""
    result = yield call
    return result


# ---------------------------------------------------------------------------------------------------------------
# the python-binance names whose endpoint is still current: argument mapping only
# ---------------------------------------------------------------------------------------------------------------


def create_margin_order(params: Mapping[str, Any]) -> Plan[Any]:
    """POST /sapi/v1/margin/order from python-binance's keyword arguments."""
    p = dict(params)
    margin = margin_from_flag(p.pop("isIsolated", None), p.get("symbol"))
    kwargs = drop_none(
        symbol=p.pop("symbol"),
        side=p.pop("side"),
        type=p.pop("type"),
        quantity=p.pop("quantity", None),
        quote_order_qty=p.pop("quoteOrderQty", None),
        price=p.pop("price", None),
        stop_price=p.pop("stopPrice", None),
        new_client_order_id=p.pop("newClientOrderId", None),
        iceberg_qty=p.pop("icebergQty", None),
        new_order_resp_type=p.pop("newOrderRespType", None),
        side_effect_type=p.pop("sideEffectType", None),
        time_in_force=p.pop("timeInForce", None),
        trailing_delta=p.pop("trailingDelta", None),
        self_trade_prevention_mode=p.pop("selfTradePreventionMode", None),
        auto_repay_at_cancel=p.pop("autoRepayAtCancel", None),
        recv_window=p.pop("recvWindow", None),
    )
    _no_leftovers("create_margin_order", p)
    result = yield Call("trade", "new_order", {**kwargs, "margin": margin})
    return result


def _no_leftovers(name: str, params: Mapping[str, Any]) -> None:
    left = {k: v for k, v in params.items() if v is not None}
    if left:
        raise ValidationError(f"{name}() got parameters Binance's current endpoint does not take: {sorted(left)}")


def order_query(method: str, params: Mapping[str, Any]) -> Plan[Any]:
    """GET/DELETE /sapi/v1/margin/order-style calls: symbol + isIsolated + order ids."""
    p = dict(params)
    margin = margin_from_flag(p.pop("isIsolated", None), p.get("symbol"))
    names = {
        "symbol": "symbol",
        "orderId": "order_id",
        "origClientOrderId": "orig_client_order_id",
        "newClientOrderId": "new_client_order_id",
        "startTime": "start_time",
        "endTime": "end_time",
        "limit": "limit",
        "fromId": "from_id",
        "recvWindow": "recv_window",
    }
    kwargs = drop_none(**{names[k]: p.pop(k) for k in list(p) if k in names})
    _no_leftovers(method, p)
    result = yield Call("trade", method, {**kwargs, "margin": margin})
    return result


def borrow_repay(
    type_: str, asset: str, amount: Amount, is_isolated: str | bool | None, symbol: str | None
) -> Plan[Any]:
    """POST /sapi/v1/margin/borrow-repay (replaces the retired POST /sapi/v1/margin/loan and /repay)."""
    margin = margin_from_flag(is_isolated, symbol)
    if isinstance(margin, Isolated) and margin.symbol is None:
        raise MarginModeError("isIsolated='TRUE' needs symbol=<the isolated pair>, e.g. symbol='BTCUSDT'")
    result = yield Call(
        "borrow_repay", "borrow_repay", {"asset": asset, "amount": amount, "type": type_, "margin": margin}
    )
    return result


def borrow_repay_records(type_: str, asset: str | None, params: Mapping[str, Any]) -> Plan[Any]:
    """GET /sapi/v1/margin/borrow-repay (replaces the retired GET /sapi/v1/margin/loan and /repay)."""
    p = dict(params)
    margin = margin_from_isolated_symbol(p.pop("isolatedSymbol", None))
    p.pop("archived", None)  # the old endpoints' flag; the records endpoint covers both
    names = {
        "txId": "tx_id",
        "startTime": "start_time",
        "endTime": "end_time",
        "current": "current",
        "size": "size",
        "recvWindow": "recv_window",
    }
    kwargs = drop_none(asset=asset, **{names[k]: p.pop(k) for k in list(p) if k in names})
    _no_leftovers("borrow-repay records", p)
    result = yield Call("borrow_repay", "get_borrow_repay_records", {"type": type_, **kwargs, "margin": margin})
    return result
