"""Sending what the spec does not know yet must type-check under mypy --strict (issue 20)."""

from __future__ import annotations

from decimal import Decimal

from binance_margin import AsyncMarginClient, ExtraParams, MarginClient, Unlisted, UnlistedValueWarning
from binance_margin.models import TransactionId, UniversalTransferType


def one_leg_isolated(client: MarginClient) -> TransactionId:
    client.transfer.universal_transfer(type="MAIN_ISOLATED_MARGIN", asset="USDT", amount="1", to_symbol="BTCUSDT")
    return client.transfer.universal_transfer(
        type="ISOLATED_MARGIN_MAIN", asset="USDT", amount=Decimal(1), from_symbol="BTCUSDT"
    )


def unlisted_everywhere_an_enum_is(client: MarginClient) -> None:
    client.transfer.universal_transfer(type=Unlisted("MAIN_NEW_WALLET"), asset="USDT", amount="1")
    client.trade.new_order(symbol="BTCUSDT", side="BUY", type=Unlisted("NEW_ORDER_TYPE"), quantity="1")
    client.trade.new_order(symbol="BTCUSDT", side=Unlisted("BUY"), type="MARKET", quantity="1")
    client.transfer.with_raw_response.get_universal_transfer_history(type=Unlisted("NEW_TYPE"))


def extra(client: MarginClient) -> None:
    params: ExtraParams = {"newParam": "X", "fee": Decimal("0.1"), "flag": True, "n": 3, "legs": ["A", "B"]}
    client.transfer.universal_transfer(
        type=UniversalTransferType.MAIN_MARGIN, asset="USDT", amount="1", extra_params=params
    )
    client.general.ping(extra_params={"probe": "1"})
    client.account.get_cross_account(extra_params={"kind": Unlisted("NEW"), "t": UniversalTransferType.MAIN_MARGIN})


async def async_twins(client: AsyncMarginClient) -> TransactionId:
    await client.general.ping(extra_params={"probe": "1"})
    return await client.transfer.universal_transfer(
        type=Unlisted("MAIN_NEW_WALLET"), asset="USDT", amount="1", extra_params={"x": "1"}
    )


def category() -> type[Warning]:
    return UnlistedValueWarning
