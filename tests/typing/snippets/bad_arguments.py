"""Each line marked ``# E`` must be a mypy error; no other line may be."""

from __future__ import annotations

from decimal import Decimal

from binance_margin import Isolated, MarginClient, Unlisted


def wrong(client: MarginClient) -> None:
    client.trade.new_order(symbol="BTCUSDT", side=1, type="MARKET", quantity="1")  # E
    client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity=0.5)  # E
    client.trade.new_order(symbol="BTCUSDT", side="HOLD", type="MARKET", quantity="1")  # E
    client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", margin="ISOLATED")  # E
    client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", is_isolated="TRUE")  # E
    client.trade.new_order(side="BUY", type="MARKET", quantity=Decimal("1"))  # E
    client.trade.new_order("BTCUSDT", "BUY", "MARKET")  # E
    client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", recv_window="5000")  # E
    client.account.get_isolated_account(symbols=["BTCUSDT"], margin=Isolated("BTCUSDT"))  # E
    _order_id: str = client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET").order_id  # E
    client.trade.no_such_method()  # E
    MarginClient(recv_window=5000.5)  # E
    client.transfer.universal_transfer(type="MAIN_NEW_WALLET", asset="USDT", amount="1")  # E
    client.transfer.universal_transfer(type=Unlisted(5), asset="USDT", amount="1")  # E
    client.general.ping(extra_params={"fee": 0.5})  # E
    client.general.ping(extra_params=["probe"])  # E
    client.general.ping(extra_params={1: "x"})  # E


def decimals_are_not_ints(client: MarginClient) -> None:
    account = client.account.get_cross_account()
    _level: int = account.margin_level  # E
    _total: str = account.total_asset_of_btc  # E
