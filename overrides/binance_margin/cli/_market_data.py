"""``price-index`` and ``rate-limits``."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

import typer
from rich.table import Table

from ._app import app
from ._format import _d, _num_col, _print_rate_limits, _ts
from ._options import BaseUrlOpt, JsonOpt, SandboxOpt, SymbolArg
from ._session import session

if TYPE_CHECKING:
    pass

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
    """Show the current rate-limit usage: makes two cheap calls and prints what Binance reported, then the used
    and remaining budget per limit (the fleet's, when BINANCE_RATE_LIMIT_REDIS_URL names a shared Redis budget).

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
        usage = s.client.read_rate_limits()  # with BINANCE_RATE_LIMIT_REDIS_URL: the fleet's shared budget
        s.emit(asdict(usage), lambda: _print_rate_limits(s.out, usage, title="Rate-limit usage"))
