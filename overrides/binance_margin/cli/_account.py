"""``account cross`` and ``account isolated``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from ._app import account_app
from ._format import _d, _num_col, _yes
from ._options import BaseUrlOpt, JsonOpt, SandboxOpt
from ._session import session

if TYPE_CHECKING:
    from ..models import (
        CrossMarginAccount,
        IsolatedMarginAccount,
    )

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
