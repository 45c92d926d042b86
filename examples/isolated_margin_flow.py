"""Isolated margin on one pair (ETHUSDT): transfer in, borrow, trade, repay, transfer out.

The ``margin=Isolated("ETHUSDT")`` argument is all it takes: the SDK sends ``isIsolated=TRUE&symbol=...``,
``isolatedSymbol=...`` or ``toSymbol``/``fromSymbol`` as each endpoint wants.
"""

from __future__ import annotations

from decimal import Decimal

from binance_margin import Isolated, MarginClient
from binance_margin.filters import quantize_quantity

PAIR = "ETHUSDT"


def main() -> None:
    eth = Isolated(PAIR)
    with MarginClient() as client:
        print(f"1. spot -> cross -> isolated {PAIR}: 1,000 USDT")
        client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("1000"))
        client.transfer.universal_transfer(
            type="MARGIN_ISOLATEDMARGIN", asset="USDT", amount=Decimal("1000"), to_symbol=PAIR
        )

        print(f"2. borrow 500 USDT in the {PAIR} isolated account")
        client.borrow_repay.borrow_repay(asset="USDT", amount=Decimal("500"), type="BORROW", margin=eth)

        print("3. buy 0.3 ETH at market in the isolated account")
        buy = client.trade.new_order(symbol=PAIR, side="BUY", type="MARKET", quantity=Decimal("0.3"), margin=Isolated())
        print(f"   {buy.status}: {buy.executed_qty} ETH for {buy.cummulative_quote_qty} USDT")

        pair = client.account.get_isolated_account(symbols=[PAIR]).assets[0]
        print(
            f"4. margin level {pair.margin_level} ({pair.margin_level_status}), "
            f"liquidation price {pair.liquidate_price}"
        )

        held = quantize_quantity(client.symbol_rules(PAIR), pair.base_asset.free)  # what is left after commission
        print(f"5. sell the {held:f} ETH held with AUTO_REPAY")
        client.trade.new_order(
            symbol=PAIR, side="SELL", type="MARKET", quantity=held, side_effect_type="AUTO_REPAY", margin=eth
        )
        pair = client.account.get_isolated_account(symbols=[PAIR]).assets[0]
        if pair.quote_asset.borrowed > 0:
            owed = pair.quote_asset.borrowed + pair.quote_asset.interest
            print(f"6. repay the remaining {owed:f} USDT")
            client.borrow_repay.borrow_repay(asset="USDT", amount=owed, type="REPAY", margin=eth)

        out = client.transfer.get_max_transferable(asset="USDT", margin=eth)
        print(f"7. isolated -> cross -> spot: {out.amount:f} USDT")
        client.transfer.universal_transfer(
            type="ISOLATEDMARGIN_MARGIN", asset="USDT", amount=out.amount, from_symbol=PAIR
        )
        client.transfer.universal_transfer(type="MARGIN_MAIN", asset="USDT", amount=out.amount)
        history = client.transfer.get_transfer_history(margin=eth)
        print(f"   {history.total} transfers recorded for the {PAIR} isolated account")


if __name__ == "__main__":
    main()
