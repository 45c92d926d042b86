"""binance-connector (``binance.spot.Spot``, requests): the official legacy connector, plain dicts out."""

from __future__ import annotations

from typing import Any

import _harness as h


def _client(base: str) -> Any:
    from binance.spot import Spot

    return Spot(api_key=h.API_KEY, api_secret=h.API_SECRET, base_url=base)


def account(base: str) -> Any:
    c = _client(base)
    return c.margin_account, h.check_account


def order(base: str) -> Any:
    c = _client(base)

    def call() -> Any:
        return c.new_margin_order(
            symbol=h.SYMBOL, side="BUY", type="LIMIT", quantity="0.0015", price="64250.12", timeInForce="GTC",
            newOrderRespType="FULL",
        )  # fmt: skip

    return call, h.check_order


def all_orders(base: str) -> Any:
    c = _client(base)
    return (lambda: c.margin_all_orders(symbol=h.SYMBOL)), h.check_orders


if __name__ == "__main__":
    h.main(
        "binance-connector",
        ["binance-connector", "requests"],
        {"account": account, "order": order, "all_orders": all_orders},
    )
