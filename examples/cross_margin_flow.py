"""Cross margin, end to end: transfer in, borrow, margin buy, watch the margin level, sell with auto-repay,
repay the rest, transfer out.

Runs against the sandbox (``make demo`` starts one) or any base URL in BINANCE_BASE_URL, with the credentials in
BINANCE_API_KEY / BINANCE_API_SECRET.
"""

from __future__ import annotations

from decimal import Decimal

from binance_margin import MarginClient
from binance_margin.filters import quantize_quantity


def free(client: MarginClient, asset: str) -> tuple[Decimal, Decimal]:
    """(free, borrowed) of an asset in the cross margin account."""
    for row in client.account.get_cross_account().user_assets:
        if row.asset == asset:
            return row.free, row.borrowed
    return Decimal(0), Decimal(0)


def main() -> None:
    with MarginClient() as client:
        print("1. transfer 2,000 USDT from spot to cross margin")
        client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("2000"))

        limit = client.borrow_repay.get_max_borrowable(asset="USDT")
        print(f"2. borrow 1,000 USDT (max borrowable now {limit.amount:f} USDT)")
        client.borrow_repay.borrow_repay(asset="USDT", amount=Decimal("1000"), type="BORROW")

        print("3. margin buy 0.02 BTC at market, borrowing what the order needs")
        buy = client.trade.new_order(
            symbol="BTCUSDT", side="BUY", type="MARKET", quantity=Decimal("0.02"), side_effect_type="MARGIN_BUY"
        )
        print(f"   {buy.status}: {buy.executed_qty} BTC for {buy.cummulative_quote_qty} USDT")

        account = client.account.get_cross_account()
        print(f"4. margin level {account.margin_level} ({account.total_liability_of_btc:f} BTC of liabilities)")

        held = quantize_quantity(client.symbol_rules("BTCUSDT"), free(client, "BTC")[0])  # after commission
        print(f"5. sell the {held:f} BTC held at market with AUTO_REPAY: the proceeds repay the USDT loan")
        sell = client.trade.new_order(
            symbol="BTCUSDT", side="SELL", type="MARKET", quantity=held, side_effect_type="AUTO_REPAY"
        )
        print(f"   {sell.status}: {sell.cummulative_quote_qty} USDT")

        _, usdt_borrowed = free(client, "USDT")
        print(f"6. USDT still borrowed: {usdt_borrowed:f}; repaying it")
        if usdt_borrowed > 0:
            client.borrow_repay.borrow_repay(asset="USDT", amount=usdt_borrowed, type="REPAY")

        out = client.transfer.get_max_transferable(asset="USDT")
        print(f"7. transfer {out.amount:f} USDT back to spot")
        if out.amount > 0:
            client.transfer.universal_transfer(type="MARGIN_MAIN", asset="USDT", amount=out.amount)
        final = client.account.get_cross_account()
        print(f"   cross margin level {final.margin_level}, liabilities {final.total_liability_of_btc:f} BTC")


if __name__ == "__main__":
    main()
