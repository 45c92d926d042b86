"""The Typer application, its sub-apps and the exit codes."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    pass


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


app: typer.Typer = typer.Typer(
    name="binance-margin",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)
account_app: typer.Typer = typer.Typer(help="Cross and isolated margin account balances.", no_args_is_help=True)
orders_app: typer.Typer = typer.Typer(help="Place, cancel and list margin orders.", no_args_is_help=True)
app.add_typer(account_app, name="account")
app.add_typer(orders_app, name="orders")
