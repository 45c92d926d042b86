"""``binance-margin``: the command line of binance-margin (accounts, orders, borrow/repay, transfers, history).

Credentials come from the environment (``BINANCE_API_KEY`` with ``BINANCE_API_SECRET``, or
``BINANCE_PRIVATE_KEY_PATH``); ``--sandbox`` points at a local sandbox (``binance-margin-sandbox``) on
http://127.0.0.1:8900, ``--base-url`` anywhere else. Amounts are exact decimals, never floats. ``--json`` prints
the SDK models' ``to_dict()`` (decimals as strings). Errors print the SDK's message, without a traceback, and
exit with a code that says what kind of failure it was (see ``ExitCode``).

Needs the ``cli`` extra: ``pip install "binance-margin[cli]"``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from binance_margin_generated.types import Unset
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__, _cli_stream
from ._client import MarginClient
from ._errors import (
    AuthenticationError,
    BinanceAPIError,
    BinanceError,
    ConfigurationError,
    TransportError,
    UnknownExecutionStatus,
    ValidationError,
)
from ._types import CROSS, Isolated, MarginMode, RateLimitUsage
from .models import (
    BorrowRepayType,
    MarginTransferDirection,
    NewOrderRespType,
    OrderSide,
    OrderType,
    SelfTradePreventionMode,
    SideEffectType,
    TimeInForce,
    UniversalTransferType,
)

if TYPE_CHECKING:
    from .models import (
        BorrowRepayRecord,
        CancelledOrder,
        CrossMarginAccount,
        IsolatedMarginAccount,
        MarginOrder,
        NewOrderResult,
        TransferHistoryRow,
    )

__all__ = ["SANDBOX_URL", "ExitCode", "app", "main"]

SANDBOX_URL = "http://127.0.0.1:8900"
"""Where ``--sandbox`` points unless ``--base-url`` says otherwise (``binance-margin-sandbox``'s default)."""

_DAY_MS = 86_400_000


class ExitCode(IntEnum):
    """The exit status of ``binance-margin``: 0 on success, one code per kind of failure."""

    OK = 0
    ERROR = 1
    """Anything else: an answer that does not parse (``ResponseDecodeError``), an unexpected failure."""
    VALIDATION = 2
    """Refused before anything was sent: bad arguments, a bad amount, missing credentials (also click's usage code)."""
    API = 3
    """Binance (or the sandbox) answered with an error (``BinanceAPIError``)."""
    TRANSPORT = 4
    """The connection failed or timed out before anything could have executed (``TransportError``)."""
    UNKNOWN_STATUS = 5
    """A state-changing request may or may not have executed (``UnknownExecutionStatus``): check before resending."""


app = typer.Typer(
    name="binance-margin",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)
account_app = typer.Typer(help="Cross and isolated margin account balances.", no_args_is_help=True)
orders_app = typer.Typer(help="Place, cancel and list margin orders.", no_args_is_help=True)
app.add_typer(account_app, name="account")
app.add_typer(orders_app, name="orders")


# ----------------------------------------------------------------------------------------------------------------
# option parsing
# ----------------------------------------------------------------------------------------------------------------

_PLAIN_DECIMAL = re.compile(r"\d+(\.\d+)?|\.\d+")


def parse_amount(text: str) -> Decimal:
    """An amount or price as typed: plain positive decimal notation only (``0.001``), parsed exactly as ``Decimal``.

    Exponents (``1e-05``, what a float prints), ``nan``/``inf``, signs, commas and zero are refused with a message
    that says what to type instead.
    """
    value = text.strip()
    if not _PLAIN_DECIMAL.fullmatch(value):
        hint = ""
        try:
            exact = Decimal(value.replace(",", ""))
        except InvalidOperation:
            exact = None
        if exact is not None and exact.is_finite() and exact > 0:
            hint = f"; write it as {format(exact, 'f')}"
        raise typer.BadParameter(
            f"{text!r} is not a plain decimal number: amounts are exact decimals written out in full "
            f"(like 0.001), without exponent, sign or separators{hint}"
        )
    amount = Decimal(value)
    if amount <= 0:
        raise typer.BadParameter(f"{text!r}: must be greater than zero")
    return amount


def parse_time(text: str) -> int:
    """A point in time: milliseconds since the epoch, or an ISO date/datetime (UTC unless it names a zone)."""
    value = text.strip()
    if value.isdigit():
        return int(value)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{text!r} is not a time: give milliseconds since the epoch or an ISO date such as 2025-01-31 "
            "or 2025-01-31T12:00"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def _upper(value: str | None) -> str | None:
    return value.strip().upper() if value is not None else None


class Wallet(StrEnum):
    """A wallet a transfer moves between."""

    SPOT = "spot"
    CROSS = "cross"
    ISOLATED = "isolated"


class RecordType(StrEnum):
    """Borrow or repay records."""

    BORROW = "borrow"
    REPAY = "repay"


class Direction(StrEnum):
    """Transfer direction seen from the margin account."""

    IN = "in"
    OUT = "out"


JsonOpt = Annotated[
    bool, typer.Option("--json", help="Print the result as JSON (the model's to_dict(), decimals as strings).")
]
SandboxOpt = Annotated[
    bool, typer.Option("--sandbox", help=f"Talk to a local sandbox ({SANDBOX_URL} unless --base-url is given).")
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option("--base-url", metavar="URL", help="API host (default: BINANCE_BASE_URL or https://api.binance.com)."),
]
IsolatedOpt = Annotated[
    str | None,
    typer.Option(
        "--isolated",
        metavar="SYMBOL",
        callback=_upper,
        help="Isolated margin pair (e.g. BTCUSDT): use its isolated account instead of cross margin.",
    ),
]
SymbolArg = Annotated[str, typer.Argument(metavar="SYMBOL", callback=_upper, help="Trading pair, e.g. BTCUSDT.")]
AssetArg = Annotated[str, typer.Argument(metavar="ASSET", callback=_upper, help="Asset, e.g. USDT.")]
AmountArg = Annotated[
    Decimal, typer.Argument(metavar="AMOUNT", parser=parse_amount, help="Exact decimal amount, e.g. 0.001.")
]
StartOpt = Annotated[
    int | None,
    typer.Option("--start", metavar="TIME", parser=parse_time, help="From this time (ms since epoch or ISO date)."),
]
EndOpt = Annotated[
    int | None,
    typer.Option("--end", metavar="TIME", parser=parse_time, help="Up to this time (default: now)."),
]


# ----------------------------------------------------------------------------------------------------------------
# session: options, client, output and error handling
# ----------------------------------------------------------------------------------------------------------------


@dataclass
class _Globals:
    as_json: bool = False
    sandbox: bool = False
    base_url: str | None = None
    show_rate_limits: bool = False


@dataclass
class Session:
    """What a command works with: the client, where to print, and in which format."""

    client: MarginClient
    as_json: bool
    out: Console
    err: Console
    sandbox: bool
    base_url: str
    notes: list[str] = field(default_factory=list)

    def emit(self, data: Any, render: Callable[[], None]) -> None:
        """Print ``data`` as JSON with ``--json``, else call ``render`` (rich tables)."""
        if self.as_json:
            typer.echo(json.dumps(data, indent=2, default=_json_default))
        else:
            render()

    def require_credentials(self) -> None:
        """Refuse early, with the environment variables to set, when no credentials are configured."""
        cfg = self.client.config
        if cfg.api_key is None or cfg.credentials_kind == "none":
            missing = [
                name
                for name, present in (
                    ("BINANCE_API_KEY", cfg.api_key is not None),
                    ("BINANCE_API_SECRET (or BINANCE_PRIVATE_KEY_PATH)", cfg.credentials_kind != "none"),
                )
                if not present
            ]
            hint = " (the sandbox's demo user: demo-api-key / demo-api-secret)" if self.sandbox else ""
            raise ConfigurationError(f"missing credentials: set {' and '.join(missing)} in the environment{hint}")


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _console(*, stderr: bool) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() or "COLUMNS" in os.environ else 200
    return Console(file=stream, width=width, soft_wrap=True, highlight=False)


class _CliLogHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The SDK's log records on stderr with ``--verbose``; marks the handler this module installed."""


def _configure_logging(verbose: bool) -> None:
    """Quiet by default (errors are reported once, by the command); ``--verbose`` shows every request."""
    logger = logging.getLogger("binance_margin")
    for handler in [h for h in logger.handlers if isinstance(h, _CliLogHandler | logging.NullHandler)]:
        logger.removeHandler(handler)
    if verbose:
        handler = _CliLogHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    else:
        logger.addHandler(logging.NullHandler())
        logger.setLevel(logging.NOTSET)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"binance-margin {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
    rate_limits: Annotated[
        bool, typer.Option("--rate-limits", help="After the command, print the rate-limit usage Binance reported.")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log every request and retry of the SDK on stderr.")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", is_eager=True, callback=_print_version, help="Print the version and exit.")
    ] = False,
) -> None:
    """Binance margin trading from the command line: cross and isolated accounts, orders, borrow/repay, transfers.

    Credentials come from the environment: BINANCE_API_KEY with BINANCE_API_SECRET (or BINANCE_PRIVATE_KEY_PATH).
    Options before the command (binance-margin --sandbox --json account cross) apply to it; --json, --sandbox and
    --base-url are also accepted after the command. Exit codes: 0 ok, 1 other error, 2 refused before sending
    (bad arguments, bad amount, missing credentials), 3 error answer from Binance, 4 connection failed,
    5 outcome unknown (check before resending).
    """
    _configure_logging(verbose)
    ctx.obj = _Globals(as_json=as_json, sandbox=sandbox, base_url=base_url, show_rate_limits=rate_limits)


def _globals(ctx: typer.Context) -> _Globals:
    found = ctx.find_object(_Globals)
    return found if found is not None else _Globals()


def _exit_code(exc: BinanceError) -> ExitCode:
    if isinstance(exc, ValidationError):
        return ExitCode.VALIDATION
    if isinstance(exc, UnknownExecutionStatus):
        return ExitCode.UNKNOWN_STATUS
    if isinstance(exc, TransportError):
        return ExitCode.TRANSPORT
    if isinstance(exc, BinanceAPIError):
        return ExitCode.API
    return ExitCode.ERROR


def _hint(exc: BinanceError, session: Session | None) -> str | None:
    sandbox = session is not None and session.sandbox
    if isinstance(exc, TransportError):
        where = session.base_url if session is not None else "the API"
        if sandbox:
            return f"is the sandbox running at {where}? Start it with: binance-margin-sandbox"
        return f"could not reach {where}; check the network or --base-url"
    if isinstance(exc, UnknownExecutionStatus):
        check = {
            "borrowRepay": "binance-margin borrow-repay-history borrow|repay",
            "universalTransfer": "binance-margin transfer-history and the account balances",
        }.get(exc.operation_id, "binance-margin orders open / orders history")
        return f"the request may or may not have executed: check with {check} before sending it again"
    if isinstance(exc, AuthenticationError):
        return "check BINANCE_API_KEY / BINANCE_API_SECRET and the key's permissions"
    return None


def fail(err: Console, exc: BinanceError, session: Session | None = None) -> NoReturn:
    """Print the SDK's message (no traceback) with a hint, and exit with the code for that kind of failure."""
    code = _exit_code(exc)
    err.print(f"[bold red]Error:[/] {escape(str(exc))}")
    hint = _hint(exc, session)
    if hint:
        err.print(f"[dim]Hint:[/] {escape(hint)}")
    raise typer.Exit(int(code))


@contextmanager
def session(
    ctx: typer.Context, as_json: bool = False, sandbox: bool = False, base_url: str | None = None
) -> Iterator[Session]:
    """Open a client from the merged options and turn SDK exceptions into a message and an exit code."""
    glob = _globals(ctx)
    as_json = as_json or glob.as_json
    sandbox = sandbox or glob.sandbox
    url = base_url or glob.base_url or (SANDBOX_URL if sandbox else None)
    err = _console(stderr=True)
    current: Session | None = None
    try:
        with MarginClient(base_url=url) as client:
            current = Session(
                client=client,
                as_json=as_json,
                out=_console(stderr=False),
                err=err,
                sandbox=sandbox,
                base_url=client.config.base_url,
            )
            yield current
            for note in current.notes:
                err.print(f"[dim]{escape(note)}[/]")
            if glob.show_rate_limits:
                _print_rate_limits(err, client.rate_limits, title="Rate-limit usage after this command")
    except BinanceError as exc:
        fail(err, exc, current)


def _margin(isolated: str | None) -> MarginMode:
    return Isolated(isolated) if isolated else CROSS


def _margin_label(isolated: str | None) -> str:
    return f"isolated {isolated}" if isolated else "cross"


# ----------------------------------------------------------------------------------------------------------------
# formatting
# ----------------------------------------------------------------------------------------------------------------


def _d(value: Decimal | Any) -> str:
    """For tables: a decimal as plain digits without trailing zeros (never ``1E-8``); ``-`` when absent.

    ``--json`` keeps Binance's exact strings.
    """
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if value is None or isinstance(value, Unset) or value == "":
        return "-"
    return str(value)


def _ts(ms: int | Any) -> str:
    if not isinstance(ms, int) or isinstance(ms, bool):
        return "-"
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S")


def _num_col(table: Table, name: str) -> None:
    table.add_column(name, justify="right", overflow="fold")


def _yes(value: bool | Any) -> str:
    return "yes" if value is True else "no" if value is False else "-"


def _print_rate_limits(console: Console, usage: RateLimitUsage, *, title: str) -> None:
    table = Table(title=title, title_justify="left")
    table.add_column("Counter", overflow="fold")
    table.add_column("Interval", overflow="fold")
    _num_col(table, "Used")
    labels = {
        "used_ip_weight": "sapi IP weight",
        "used_uid_weight": "sapi UID weight",
        "used_weight": "api weight",
        "order_count": "orders",
    }
    for key, values in asdict(usage).items():
        for interval, used in sorted(values.items()):
            table.add_row(labels.get(key, key), interval, str(used))
    if table.row_count:
        console.print(table)
    else:
        console.print("No rate-limit headers were received.")


def _order_table(title: str, orders: Sequence[MarginOrder]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("Order id", justify="right", overflow="fold")
    table.add_column("Client order id", overflow="fold")
    table.add_column("Time (UTC)", overflow="fold")
    table.add_column("Side", overflow="fold")
    table.add_column("Type", overflow="fold")
    table.add_column("Status", overflow="fold")
    _num_col(table, "Price")
    _num_col(table, "Quantity")
    _num_col(table, "Executed")
    table.add_column("TIF", overflow="fold")
    for o in orders:
        table.add_row(
            str(o.order_id),
            o.client_order_id,
            _ts(o.time),
            str(o.side),
            str(o.type_),
            str(o.status),
            _d(o.price),
            _d(o.orig_qty),
            _d(o.executed_qty),
            str(o.time_in_force),
        )
    return table


# ----------------------------------------------------------------------------------------------------------------
# account
# ----------------------------------------------------------------------------------------------------------------


@account_app.command("cross")
def account_cross(
    ctx: typer.Context,
    all_assets: Annotated[bool, typer.Option("--all", help="Also list assets whose balances are all zero.")] = False,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Show the cross margin account: margin level, totals in BTC and the balance of each asset."""
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        acct = s.client.account.get_cross_account()
        s.emit(acct.to_dict(), lambda: _render_cross(s.out, acct, all_assets))


def _render_cross(out: Console, acct: CrossMarginAccount, all_assets: bool) -> None:
    summary = Table(title="Cross margin account", title_justify="left", show_header=False)
    summary.add_column("Field", overflow="fold")
    summary.add_column("Value", justify="right", overflow="fold")
    summary.add_row("Margin level", _d(acct.margin_level))
    summary.add_row("Total asset (BTC)", _d(acct.total_asset_of_btc))
    summary.add_row("Total liability (BTC)", _d(acct.total_liability_of_btc))
    summary.add_row("Net asset (BTC)", _d(acct.total_net_asset_of_btc))
    summary.add_row("Trade / borrow enabled", f"{_yes(acct.trade_enabled)} / {_yes(acct.borrow_enabled)}")
    summary.add_row(
        "Transfer in / out enabled", f"{_yes(acct.transfer_in_enabled)} / {_yes(acct.transfer_out_enabled)}"
    )
    out.print(summary)
    balances = Table(title="Balances", title_justify="left")
    balances.add_column("Asset", overflow="fold")
    for name in ("Free", "Locked", "Borrowed", "Interest", "Net asset"):
        _num_col(balances, name)
    for a in sorted(acct.user_assets, key=lambda a: a.asset):
        amounts = (a.free, a.locked, a.borrowed, a.interest, a.net_asset)
        if all_assets or any(x != 0 for x in amounts):
            balances.add_row(a.asset, *(_d(x) for x in amounts))
    if balances.row_count:
        out.print(balances)
    else:
        out.print("No balances (use --all to list every asset).")


@account_app.command("isolated")
def account_isolated(
    ctx: typer.Context,
    symbols: Annotated[
        list[str] | None,
        typer.Option("--symbol", "-s", metavar="SYMBOL", help="Only this pair; repeat for up to 5 pairs."),
    ] = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Show isolated margin accounts: per pair the margin level, prices and the base and quote balances."""
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        pairs = [x.strip().upper() for x in symbols] if symbols else None
        acct = s.client.account.get_isolated_account(symbols=pairs)
        s.emit(acct.to_dict(), lambda: _render_isolated(s.out, acct))


def _render_isolated(out: Console, acct: IsolatedMarginAccount) -> None:
    if not acct.assets:
        out.print("No isolated margin accounts (transfer into one to create it).")
        return
    pairs = Table(title="Isolated margin accounts", title_justify="left")
    pairs.add_column("Pair", overflow="fold")
    for name in ("Margin level", "Margin ratio", "Index price", "Liquidation price"):
        _num_col(pairs, name)
    pairs.add_column("Status", overflow="fold")
    pairs.add_column("Enabled", overflow="fold")
    balances = Table(title="Balances", title_justify="left")
    balances.add_column("Pair", overflow="fold")
    balances.add_column("Asset", overflow="fold")
    for name in ("Free", "Locked", "Borrowed", "Interest", "Net asset"):
        _num_col(balances, name)
    for p in acct.assets:
        pairs.add_row(
            p.symbol,
            _d(p.margin_level),
            _d(p.margin_ratio),
            _d(p.index_price),
            _d(p.liquidate_price),
            str(p.margin_level_status),
            _yes(p.enabled),
        )
        for a in (p.base_asset, p.quote_asset):
            balances.add_row(
                p.symbol, a.asset, _d(a.free), _d(a.locked), _d(a.borrowed), _d(a.interest), _d(a.net_asset)
            )
    out.print(pairs)
    out.print(balances)


# ----------------------------------------------------------------------------------------------------------------
# orders
# ----------------------------------------------------------------------------------------------------------------

_NEEDS_TIME_IN_FORCE = frozenset({OrderType.LIMIT, OrderType.STOP_LOSS_LIMIT, OrderType.TAKE_PROFIT_LIMIT})


@orders_app.command("new")
def orders_new(
    ctx: typer.Context,
    symbol: SymbolArg,
    side: Annotated[OrderSide, typer.Argument(metavar="SIDE", case_sensitive=False, help="BUY or SELL.")],
    order_type: Annotated[OrderType, typer.Argument(metavar="TYPE", case_sensitive=False, help="Order type.")],
    quantity: Annotated[
        Decimal | None,
        typer.Option("--quantity", "-q", metavar="AMOUNT", parser=parse_amount, help="Quantity in the base asset."),
    ] = None,
    quote_qty: Annotated[
        Decimal | None,
        typer.Option(
            "--quote-qty", metavar="AMOUNT", parser=parse_amount, help="MARKET: amount of the quote asset instead."
        ),
    ] = None,
    price: Annotated[
        Decimal | None, typer.Option("--price", "-p", metavar="PRICE", parser=parse_amount, help="Limit price.")
    ] = None,
    stop_price: Annotated[
        Decimal | None,
        typer.Option("--stop-price", metavar="PRICE", parser=parse_amount, help="Trigger price of stop orders."),
    ] = None,
    time_in_force: Annotated[
        TimeInForce | None,
        typer.Option("--time-in-force", "--tif", case_sensitive=False, help="Default GTC for limit orders."),
    ] = None,
    side_effect: Annotated[
        SideEffectType | None,
        typer.Option(
            "--side-effect",
            case_sensitive=False,
            help="MARGIN_BUY borrows what the order needs, AUTO_REPAY repays from the proceeds.",
        ),
    ] = None,
    client_order_id: Annotated[
        str | None, typer.Option("--client-order-id", help="Your id for the order (generated if left out).")
    ] = None,
    response_type: Annotated[
        NewOrderRespType | None, typer.Option("--response", case_sensitive=False, help="ACK, RESULT or FULL.")
    ] = None,
    stp_mode: Annotated[
        SelfTradePreventionMode | None,
        typer.Option("--stp", case_sensitive=False, help="Self-trade prevention mode."),
    ] = None,
    auto_repay_at_cancel: Annotated[
        bool | None,
        typer.Option(
            "--auto-repay-at-cancel/--no-auto-repay-at-cancel",
            help="With MARGIN_BUY/AUTO_BORROW_REPAY: repay the order's debt when it is cancelled (Binance: yes).",
        ),
    ] = None,
    reconcile_wait: Annotated[
        float,
        typer.Option(
            "--reconcile-wait",
            metavar="SECONDS",
            min=0,
            help="After an unknown outcome, how long to keep looking the order up.",
        ),
    ] = 3.0,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Place an order, e.g. binance-margin orders new BTCUSDT BUY LIMIT -q 0.001 -p 60000.

    The order is sent once and never retried. If the outcome is unknown (timeout, 5xx), the command looks the order
    up by its client order id and reports what it found; exit code 5 means it could not tell.
    """
    tif = time_in_force
    if tif is None and order_type in _NEEDS_TIME_IN_FORCE:
        tif = TimeInForce.GTC
    margin = _margin(isolated)
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        try:
            result = s.client.trade.new_order(
                symbol=symbol,
                side=side,
                type=order_type,
                quantity=quantity,
                quote_order_qty=quote_qty,
                price=price,
                stop_price=stop_price,
                time_in_force=tif,
                side_effect_type=side_effect,
                new_client_order_id=client_order_id,
                new_order_resp_type=response_type,
                self_trade_prevention_mode=stp_mode,
                auto_repay_at_cancel=auto_repay_at_cancel,
                margin=margin,
            )
        except UnknownExecutionStatus as exc:
            _reconcile_new_order(s, exc, reconcile_wait)
            return
        s.emit(result.to_dict(), lambda: _render_new_order(s.out, result))


def _reconcile_new_order(s: Session, exc: UnknownExecutionStatus, wait: float) -> None:
    """After an unknown outcome, look the order up (for up to ``wait`` seconds); exit 5 when still unknown."""
    if not (exc.client_order_id and exc.symbol):
        raise exc
    s.err.print(f"[yellow]Outcome unknown[/]; looking up client order id {escape(exc.client_order_id)} ...")
    try:
        found = s.client.reconcile_order(
            symbol=exc.symbol, client_order_id=exc.client_order_id, margin=exc.margin or CROSS, wait=wait
        )
    except BinanceError as lookup_error:
        s.err.print(f"The lookup failed too: {escape(str(lookup_error))}")
        raise exc from None
    if found is None:
        s.err.print(
            "Binance does not know this order (yet): it was most likely not placed. Check `orders open` before "
            "placing it again."
        )
        raise exc
    s.err.print("[green]The order was placed.[/]")
    s.emit(found.to_dict(), lambda: s.out.print(_order_table("Order (found after an unknown outcome)", [found])))


def _render_new_order(out: Console, r: NewOrderResult) -> None:
    table = Table(title="Order placed", title_justify="left", show_header=False)
    table.add_column("Field", overflow="fold")
    table.add_column("Value", overflow="fold")
    table.add_row("Symbol", r.symbol + (" (isolated)" if r.is_isolated is True else ""))
    table.add_row("Order id", str(r.order_id))
    table.add_row("Client order id", r.client_order_id)
    table.add_row("Time (UTC)", _ts(r.transact_time))
    table.add_row("Side / type", f"{_d(r.side)} / {_d(r.type_)}")
    table.add_row("Status", _d(r.status))
    table.add_row("Price", _d(r.price))
    table.add_row("Quantity", _d(r.orig_qty))
    table.add_row("Executed", _d(r.executed_qty))
    table.add_row("Quote executed", _d(r.cummulative_quote_qty))
    if r.margin_buy_borrow_asset:
        table.add_row("Borrowed", f"{r.margin_buy_borrow_amount} {r.margin_buy_borrow_asset}")
    out.print(table)
    if r.fills:
        fills = Table(title="Fills", title_justify="left")
        for name in ("Price", "Quantity", "Commission"):
            _num_col(fills, name)
        fills.add_column("Commission asset", overflow="fold")
        for f in r.fills:
            fills.add_row(_d(f.price), _d(f.qty), _d(f.commission), f.commission_asset)
        out.print(fills)


@orders_app.command("cancel")
def orders_cancel(
    ctx: typer.Context,
    symbol: SymbolArg,
    order_id: Annotated[int | None, typer.Option("--order-id", help="Binance's order id.")] = None,
    client_order_id: Annotated[str | None, typer.Option("--client-order-id", help="Your client order id.")] = None,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Cancel an open order by --order-id or --client-order-id."""
    with session(ctx, as_json, sandbox, base_url) as s:
        if (order_id is None) == (client_order_id is None):
            raise ValidationError("give exactly one of --order-id and --client-order-id")
        s.require_credentials()
        result = s.client.trade.cancel_order(
            symbol=symbol, order_id=order_id, orig_client_order_id=client_order_id, margin=_margin(isolated)
        )
        s.emit(result.to_dict(), lambda: _render_cancelled(s.out, result))


def _render_cancelled(out: Console, r: CancelledOrder) -> None:
    table = Table(title="Order cancelled", title_justify="left", show_header=False)
    table.add_column("Field", overflow="fold")
    table.add_column("Value", overflow="fold")
    table.add_row("Symbol", r.symbol + (" (isolated)" if r.is_isolated is True else ""))
    table.add_row("Order id", str(r.order_id))
    table.add_row("Client order id", r.orig_client_order_id)
    table.add_row("Side / type", f"{r.side} / {r.type_}")
    table.add_row("Status", str(r.status))
    table.add_row("Price", _d(r.price))
    table.add_row("Quantity", _d(r.orig_qty))
    table.add_row("Executed", _d(r.executed_qty))
    out.print(table)


@orders_app.command("open")
def orders_open(
    ctx: typer.Context,
    symbol: Annotated[
        str | None,
        typer.Argument(metavar="[SYMBOL]", callback=_upper, help="Only this pair (cross: all pairs if left out)."),
    ] = None,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """List open orders (cross margin: all pairs unless SYMBOL is given; isolated: the pair of --isolated)."""
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        orders = s.client.trade.get_open_orders(symbol=symbol or isolated, margin=_margin(isolated))
        title = f"Open orders ({_margin_label(isolated)}{', ' + symbol if symbol and not isolated else ''})"
        s.emit([o.to_dict() for o in orders], lambda: _render_orders(s.out, title, orders))


def _render_orders(out: Console, title: str, orders: Sequence[MarginOrder]) -> None:
    if orders:
        out.print(_order_table(title, orders))
    else:
        out.print(f"{title}: none.")


def _progress(err: Console) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


def _windows(start: int, end: int, span: int, *, newest_first: bool) -> list[tuple[int, int]]:
    """Split [start, end] into consecutive windows of at most ``span`` ms (inclusive bounds, no overlap)."""
    out: list[tuple[int, int]] = []
    if newest_first:
        hi = end
        while hi >= start:
            lo = max(start, hi - span + 1)
            out.append((lo, hi))
            hi = lo - 1
    else:
        lo = start
        while lo <= end:
            hi = min(end, lo + span - 1)
            out.append((lo, hi))
            lo = hi + 1
    return out


def _range(start: int | None, end: int | None, days: int | None, default_days: int) -> tuple[int, int]:
    now = int(time.time() * 1000)
    hi = end if end is not None else now
    lo = start if start is not None else hi - (days or default_days) * _DAY_MS + 1
    if lo > hi:
        raise ValidationError("--start is after --end")
    return lo, hi


_ORDER_PAGE = 500


@orders_app.command("history")
def orders_history(
    ctx: typer.Context,
    symbol: SymbolArg,
    days: Annotated[
        int | None, typer.Option("--days", min=1, help="The last N days (default 1), walked a day at a time.")
    ] = None,
    start: StartOpt = None,
    end: EndOpt = None,
    from_id: Annotated[
        int | None,
        typer.Option("--from-id", min=0, help="Page by order id instead: every order with id >= this (0: all)."),
    ] = None,
    max_orders: Annotated[int | None, typer.Option("--max", min=1, help="Stop after this many orders.")] = None,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Download every order on a pair, page by page, with a progress display.

    By time (default: the last day; --days, --start/--end), in windows of under 24 hours as Binance requires, each
    paged by 500; or by order id with --from-id (0 for the whole history). Oldest first.
    """
    margin = _margin(isolated)
    with session(ctx, as_json, sandbox, base_url) as s:
        if from_id is not None and (start is not None or end is not None or days is not None):
            raise ValidationError("--from-id pages by order id: it cannot be combined with --days, --start or --end")
        s.require_credentials()
        seen: dict[int, MarginOrder] = {}
        with _progress(s.err) as progress:
            if from_id is not None:
                task = progress.add_task(f"{symbol}: orders from id {from_id}", total=None)
                cursor = from_id
                while max_orders is None or len(seen) < max_orders:
                    page = s.client.trade.get_all_orders(
                        symbol=symbol, order_id=cursor, limit=_ORDER_PAGE, margin=margin
                    )
                    fresh = [o for o in page if o.order_id not in seen]
                    seen.update((o.order_id, o) for o in fresh)
                    progress.update(task, description=f"{symbol}: {len(seen)} orders", advance=1)
                    if len(page) < _ORDER_PAGE or not fresh:
                        break
                    cursor = max(o.order_id for o in page) + 1
            else:
                lo, hi = _range(start, end, days, 1)
                windows = _windows(lo, hi, _DAY_MS - 1, newest_first=False)
                task = progress.add_task(f"{symbol}: {len(windows)} day window(s)", total=len(windows))
                for w_start, w_end in windows:
                    cursor = w_start
                    while True:
                        page = s.client.trade.get_all_orders(
                            symbol=symbol, start_time=cursor, end_time=w_end, limit=_ORDER_PAGE, margin=margin
                        )
                        fresh = [o for o in page if o.order_id not in seen]
                        seen.update((o.order_id, o) for o in fresh)
                        progress.update(task, description=f"{symbol}: {len(seen)} orders")
                        if len(page) < _ORDER_PAGE or not fresh:
                            break
                        cursor = max(o.time for o in page)
                    progress.advance(task)
                    if max_orders is not None and len(seen) >= max_orders:
                        break
        orders = sorted(seen.values(), key=lambda o: (o.time, o.order_id))
        if max_orders is not None:
            orders = orders[:max_orders]
        title = f"Orders on {symbol} ({_margin_label(isolated)}): {len(orders)}"
        s.emit([o.to_dict() for o in orders], lambda: _render_orders(s.out, title, orders))


# ----------------------------------------------------------------------------------------------------------------
# borrow, repay, max borrowable, history
# ----------------------------------------------------------------------------------------------------------------


def _borrow_or_repay(
    ctx: typer.Context,
    kind: BorrowRepayType,
    asset: str,
    amount: Decimal,
    isolated: str | None,
    as_json: bool,
    sandbox: bool,
    base_url: str | None,
) -> None:
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        result = s.client.borrow_repay.borrow_repay(asset=asset, amount=amount, type=kind, margin=_margin(isolated))
        verb = "Borrowed" if kind is BorrowRepayType.BORROW else "Repaid"
        data = {
            **result.to_dict(),
            "type": kind.value,
            "asset": asset,
            "amount": format(amount, "f"),
            "account": _margin_label(isolated),
        }
        s.emit(
            data,
            lambda: s.out.print(
                f"{verb} {format(amount, 'f')} {asset} ({_margin_label(isolated)} margin), transaction id "
                f"{result.tran_id}"
            ),
        )


@app.command("borrow")
def borrow(
    ctx: typer.Context,
    asset: AssetArg,
    amount: AmountArg,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Borrow AMOUNT of ASSET in the cross margin account (or the isolated one of --isolated).

    Sent once, never retried: on exit code 5 check `borrow-repay-history borrow` before borrowing again.
    """
    _borrow_or_repay(ctx, BorrowRepayType.BORROW, asset, amount, isolated, as_json, sandbox, base_url)


@app.command("repay")
def repay(
    ctx: typer.Context,
    asset: AssetArg,
    amount: AmountArg,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Repay AMOUNT of ASSET (interest first, then principal) in the cross or --isolated margin account.

    Sent once, never retried: on exit code 5 check `borrow-repay-history repay` before repaying again.
    """
    _borrow_or_repay(ctx, BorrowRepayType.REPAY, asset, amount, isolated, as_json, sandbox, base_url)


@app.command("max-borrowable")
def max_borrowable(
    ctx: typer.Context,
    asset: AssetArg,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Show how much of ASSET the cross (or --isolated) account can borrow now, and its borrow limit."""
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        result = s.client.borrow_repay.get_max_borrowable(asset=asset, margin=_margin(isolated))

        def render() -> None:
            table = Table(title=f"Max borrowable {asset} ({_margin_label(isolated)})", title_justify="left")
            _num_col(table, "Amount")
            _num_col(table, "Borrow limit")
            table.add_row(_d(result.amount), _d(result.borrow_limit))
            s.out.print(table)

        s.emit(result.to_dict(), render)


_RECORD_PAGE = 100


@app.command("borrow-repay-history")
def borrow_repay_history(
    ctx: typer.Context,
    record_type: Annotated[RecordType, typer.Argument(metavar="borrow|repay", case_sensitive=False)],
    asset: Annotated[str | None, typer.Option("--asset", callback=_upper, help="Only this asset.")] = None,
    days: Annotated[int | None, typer.Option("--days", min=1, help="The last N days (default 30).")] = None,
    start: StartOpt = None,
    end: EndOpt = None,
    tx_id: Annotated[int | None, typer.Option("--tx-id", help="Only the record of this transaction id.")] = None,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Download borrow or repay records, page by page, with a progress display (newest first).

    Binance answers at most 30 days per query with --asset and 7 days without, 100 records per page: the range is
    walked window by window and each window page by page.
    """
    kind = BorrowRepayType.BORROW if record_type is RecordType.BORROW else BorrowRepayType.REPAY
    margin = _margin(isolated)
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        rows: list[BorrowRepayRecord] = []
        if tx_id is not None:
            rows = s.client.borrow_repay.get_borrow_repay_records(
                type=kind, asset=asset, tx_id=tx_id, margin=margin
            ).rows
        else:
            lo, hi = _range(start, end, days, 30)
            span = (30 if asset else 7) * _DAY_MS
            windows = _windows(lo, hi, span, newest_first=True)
            with _progress(s.err) as progress:
                task = progress.add_task(f"{kind.value.lower()} records", total=len(windows))
                for w_start, w_end in windows:
                    current = 1
                    while True:
                        page = s.client.borrow_repay.get_borrow_repay_records(
                            type=kind,
                            asset=asset,
                            start_time=w_start,
                            end_time=w_end,
                            current=current,
                            size=_RECORD_PAGE,
                            margin=margin,
                        )
                        rows.extend(page.rows)
                        progress.update(task, description=f"{kind.value.lower()} records: {len(rows)}")
                        if not page.rows or current * _RECORD_PAGE >= page.total:
                            break
                        current += 1
                    progress.advance(task)

        def render() -> None:
            title = f"{kind.value.capitalize()} records ({_margin_label(isolated)}): {len(rows)}"
            if not rows:
                s.out.print(f"{title}.")
                return
            table = Table(title=title, title_justify="left")
            table.add_column("Time (UTC)", overflow="fold")
            table.add_column("Transaction id", justify="right", overflow="fold")
            table.add_column("Asset", overflow="fold")
            _num_col(table, "Principal")
            _num_col(table, "Interest")
            _num_col(table, "Amount")
            table.add_column("Status", overflow="fold")
            table.add_column("Pair", overflow="fold")
            for r in rows:
                table.add_row(
                    _ts(r.timestamp),
                    str(r.tx_id),
                    r.asset,
                    _d(r.principal),
                    _d(r.interest),
                    _d(r.amount),
                    str(r.status),
                    _d(r.isolated_symbol),
                )
            s.out.print(table)

        s.emit([r.to_dict() for r in rows], render)


# ----------------------------------------------------------------------------------------------------------------
# transfers
# ----------------------------------------------------------------------------------------------------------------


@dataclass
class _Leg:
    type: UniversalTransferType
    source: str
    target: str
    from_symbol: str | None = None
    to_symbol: str | None = None
    status: str = "not sent"
    tran_id: int | None = None
    error: str | None = None

    def to_dict(self, asset: str, amount: Decimal) -> dict[str, Any]:
        data: dict[str, Any] = {
            "type": self.type.value,
            "from": self.source,
            "to": self.target,
            "asset": asset,
            "amount": format(amount, "f"),
            "status": self.status,
            "tranId": self.tran_id,
        }
        if self.error is not None:
            data["error"] = self.error
        return data


def _plan_transfer(source: Wallet, target: Wallet, symbol: str | None) -> list[_Leg]:
    """The universal-transfer legs that move funds from ``source`` to ``target``.

    Spot <-> isolated goes through cross margin in two legs (MAIN_MARGIN + MARGIN_ISOLATEDMARGIN, or back): the
    one-leg MAIN_ISOLATED_MARGIN types appear only in Binance's zh-CN docs.
    """
    if source is target:
        raise ValidationError(f"--from and --to are both {source.value}: nothing to transfer")
    if Wallet.ISOLATED in (source, target) and not symbol:
        raise ValidationError("a transfer to or from isolated margin needs the pair: --isolated SYMBOL")
    if Wallet.ISOLATED not in (source, target) and symbol:
        raise ValidationError("--isolated is only for transfers to or from isolated margin")
    iso = f"isolated {symbol}"
    spot_to_cross = _Leg(UniversalTransferType.MAIN_MARGIN, "spot", "cross")
    cross_to_spot = _Leg(UniversalTransferType.MARGIN_MAIN, "cross", "spot")
    cross_to_iso = _Leg(UniversalTransferType.MARGIN_ISOLATEDMARGIN, "cross", iso, to_symbol=symbol)
    iso_to_cross = _Leg(UniversalTransferType.ISOLATEDMARGIN_MARGIN, iso, "cross", from_symbol=symbol)
    plans = {
        (Wallet.SPOT, Wallet.CROSS): [spot_to_cross],
        (Wallet.CROSS, Wallet.SPOT): [cross_to_spot],
        (Wallet.CROSS, Wallet.ISOLATED): [cross_to_iso],
        (Wallet.ISOLATED, Wallet.CROSS): [iso_to_cross],
        (Wallet.SPOT, Wallet.ISOLATED): [spot_to_cross, cross_to_iso],
        (Wallet.ISOLATED, Wallet.SPOT): [iso_to_cross, cross_to_spot],
    }
    return plans[(source, target)]


@app.command("transfer")
def transfer(
    ctx: typer.Context,
    asset: AssetArg,
    amount: AmountArg,
    source: Annotated[Wallet, typer.Option("--from", case_sensitive=False, help="Source wallet.")],
    target: Annotated[Wallet, typer.Option("--to", case_sensitive=False, help="Target wallet.")],
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Move AMOUNT of ASSET between spot, cross margin and an isolated pair (--isolated SYMBOL).

    Spot <-> isolated runs as two transfers through cross margin; each leg is reported. If the second leg fails,
    the first has already happened: the funds are in cross margin, and the message says how to finish or undo.
    Transfers are sent once, never retried.
    """
    with session(ctx, as_json, sandbox, base_url) as s:
        legs = _plan_transfer(source, target, isolated)
        s.require_credentials()
        failure: BinanceError | None = None
        for leg in legs:
            try:
                result = s.client.transfer.universal_transfer(
                    type=leg.type, asset=asset, amount=amount, from_symbol=leg.from_symbol, to_symbol=leg.to_symbol
                )
            except BinanceError as exc:
                leg.status = "unknown" if isinstance(exc, UnknownExecutionStatus) else "failed"
                leg.error = str(exc)
                failure = exc
                break
            leg.status = "done"
            leg.tran_id = result.tran_id
        s.emit(
            {"legs": [leg.to_dict(asset, amount) for leg in legs]},
            lambda: _render_legs(s.out, legs, asset, amount),
        )
        if failure is not None:
            done = [leg for leg in legs if leg.status == "done"]
            if done:
                failed = next(leg for leg in legs if leg.status != "done")
                s.err.print(
                    f"[yellow]Leg 1 ({escape(done[-1].source)} -> {escape(done[-1].target)}) is done: "
                    f"{format(amount, 'f')} {escape(asset)} is now in {escape(done[-1].target)} margin.[/]"
                )
                redo = f"binance-margin transfer {asset} {format(amount, 'f')} --from cross --to "
                redo += f"{target.value} --isolated {isolated}" if target is Wallet.ISOLATED else target.value
                undo = f"binance-margin transfer {asset} {format(amount, 'f')} --from cross --to {source.value}"
                undo += f" --isolated {isolated}" if source is Wallet.ISOLATED else ""
                if failed.status == "unknown":
                    s.err.print("Leg 2's outcome is unknown: check the balances (account ...) before doing anything.")
                else:
                    s.err.print(f"To finish: {escape(redo)}\nTo undo:   {escape(undo)}")
            fail(s.err, failure, s)


def _render_legs(out: Console, legs: Sequence[_Leg], asset: str, amount: Decimal) -> None:
    table = Table(title=f"Transfer of {format(amount, 'f')} {asset}", title_justify="left")
    table.add_column("Leg", justify="right", overflow="fold")
    table.add_column("Type", overflow="fold")
    table.add_column("From", overflow="fold")
    table.add_column("To", overflow="fold")
    table.add_column("Status", overflow="fold")
    table.add_column("Transaction id", justify="right", overflow="fold")
    for i, leg in enumerate(legs, 1):
        style = {"done": "green", "failed": "red", "unknown": "yellow"}.get(leg.status, "dim")
        table.add_row(
            f"{i}/{len(legs)}",
            leg.type.value,
            leg.source,
            leg.target,
            f"[{style}]{leg.status}[/]",
            str(leg.tran_id) if leg.tran_id is not None else "-",
        )
    out.print(table)


@app.command("transfer-history")
def transfer_history(
    ctx: typer.Context,
    asset: Annotated[str | None, typer.Option("--asset", callback=_upper, help="Only this asset.")] = None,
    direction: Annotated[
        Direction | None,
        typer.Option("--direction", case_sensitive=False, help="in (ROLL_IN) or out (ROLL_OUT) of margin; both."),
    ] = None,
    days: Annotated[int | None, typer.Option("--days", min=1, help="The last N days (default 30).")] = None,
    start: StartOpt = None,
    end: EndOpt = None,
    isolated: IsolatedOpt = None,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Download transfers into and out of the cross (or --isolated) margin account, with a progress display.

    Walked in 30-day windows (Binance's maximum) of 100-row pages, newest first.
    """
    kind = None
    if direction is not None:
        kind = MarginTransferDirection.ROLL_IN if direction is Direction.IN else MarginTransferDirection.ROLL_OUT
    margin = _margin(isolated)
    with session(ctx, as_json, sandbox, base_url) as s:
        s.require_credentials()
        lo, hi = _range(start, end, days, 30)
        windows = _windows(lo, hi, 30 * _DAY_MS, newest_first=True)
        rows: list[TransferHistoryRow] = []
        with _progress(s.err) as progress:
            task = progress.add_task("transfers", total=len(windows))
            for w_start, w_end in windows:
                current = 1
                while True:
                    page = s.client.transfer.get_transfer_history(
                        asset=asset,
                        type=kind,
                        start_time=w_start,
                        end_time=w_end,
                        current=current,
                        size=_RECORD_PAGE,
                        margin=margin,
                    )
                    got = page.rows or []
                    rows.extend(got)
                    progress.update(task, description=f"transfers: {len(rows)}")
                    if not got or current * _RECORD_PAGE >= page.total:
                        break
                    current += 1
                progress.advance(task)

        def render() -> None:
            title = f"Transfers ({_margin_label(isolated)}): {len(rows)}"
            if not rows:
                s.out.print(f"{title}.")
                return
            table = Table(title=title, title_justify="left")
            table.add_column("Time (UTC)", overflow="fold")
            table.add_column("Transaction id", justify="right", overflow="fold")
            table.add_column("Direction", overflow="fold")
            table.add_column("Asset", overflow="fold")
            _num_col(table, "Amount")
            table.add_column("From", overflow="fold")
            table.add_column("To", overflow="fold")
            table.add_column("Status", overflow="fold")
            for r in rows:
                table.add_row(
                    _ts(r.timestamp),
                    str(r.tx_id),
                    str(r.type_),
                    r.asset,
                    _d(r.amount),
                    " ".join(str(x) for x in (r.trans_from, r.from_symbol) if x),
                    " ".join(str(x) for x in (r.trans_to, r.to_symbol) if x),
                    str(r.status),
                )
            s.out.print(table)

        s.emit([r.to_dict() for r in rows], render)


# ----------------------------------------------------------------------------------------------------------------
# market data, rate limits
# ----------------------------------------------------------------------------------------------------------------


@app.command("price-index")
def price_index(
    ctx: typer.Context,
    symbol: SymbolArg,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Show the margin price index of a pair (needs an API key, no secret)."""
    with session(ctx, as_json, sandbox, base_url) as s:
        result = s.client.market_data.get_price_index(symbol=symbol)

        def render() -> None:
            table = Table(title="Margin price index", title_justify="left")
            table.add_column("Symbol", overflow="fold")
            _num_col(table, "Price")
            table.add_column("Calculated (UTC)", overflow="fold")
            table.add_row(result.symbol, _d(result.price), _ts(result.calc_time))
            s.out.print(table)

        s.emit(result.to_dict(), render)


@app.command("rate-limits")
def rate_limits(
    ctx: typer.Context,
    as_json: JsonOpt = False,
    sandbox: SandboxOpt = False,
    base_url: BaseUrlOpt = None,
) -> None:
    """Show the current rate-limit usage: makes two cheap calls and prints what Binance reported.

    A ping (api weight, 1) and, with credentials, GET /sapi/v1/margin/isolated/accountLimit (sapi IP weight, 1).
    Every command also takes --rate-limits (before the command) to print the usage after it ran.
    """
    with session(ctx, as_json, sandbox, base_url) as s:
        s.client.general.ping()
        cfg = s.client.config
        if cfg.api_key is not None and cfg.credentials_kind != "none":
            s.client.account.get_isolated_account_limit()
        else:
            s.notes.append("No credentials: only the api weight (spot endpoints) was measured.")
        usage = s.client.rate_limits
        s.emit(asdict(usage), lambda: _print_rate_limits(s.out, usage, title="Rate-limit usage"))


_cli_stream.register(app)  # `binance-margin stream` (live events) lives in its own module


def main() -> None:
    """Entry point of the ``binance-margin`` console script."""
    app(prog_name="binance-margin")


if __name__ == "__main__":
    main()
