"""``binance-margin``: the command line (accounts, orders, borrow/repay, transfers, history, export, live events).

Credentials come from the environment (``BINANCE_API_KEY`` with ``BINANCE_API_SECRET``, or
``BINANCE_PRIVATE_KEY_PATH``); ``--sandbox`` points at a local sandbox (``binance-margin-sandbox``) on
http://127.0.0.1:8900, ``--base-url`` anywhere else. Amounts are exact decimals, never floats. ``--json`` prints
the SDK models' ``to_dict()`` (decimals as strings). Errors print the SDK's message, without a traceback, and
exit with a code that says what kind of failure it was (see ``ExitCode``).

Needs the ``cli`` extra: ``pip install "binance-margin[cli]"``.
"""

from __future__ import annotations

from . import (  # noqa: F401  (each registers its commands)
    _account,
    _borrow_repay,
    _export,
    _market_data,
    _orders,
    _positions,
    _spec_drift,
    _stream,
    _transfer,
)
from ._app import SANDBOX_URL, ExitCode, app

__all__ = ["SANDBOX_URL", "ExitCode", "app", "main"]


def main() -> None:
    """Entry point of the ``binance-margin`` console script."""
    app(prog_name="binance-margin")
