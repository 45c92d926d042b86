"""The session a command runs in: merged options, the client, output and error handling."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from .. import __version__
from .._client import MarginClient
from .._errors import (
    AuthenticationError,
    BinanceAPIError,
    BinanceError,
    ConfigurationError,
    TransportError,
    UnknownExecutionStatus,
    ValidationError,
)
from .._types import CROSS, Isolated, MarginMode
from ._app import SANDBOX_URL, ExitCode, app
from ._format import _print_rate_limits
from ._options import BaseUrlOpt, JsonOpt, SandboxOpt

if TYPE_CHECKING:
    pass

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
