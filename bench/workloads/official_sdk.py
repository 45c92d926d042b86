"""binance-sdk-margin-trading (Binance's generated SDK: requests + pydantic models).

``ConfigurationRestAPI(base_path=...)`` points it at the loopback server; every call ends with
``.data()``, which is what turns the answer into its pydantic models (the SDK also parses once eagerly
inside ``send_request`` to validate, so each call parses the body twice: that is its real cost).
"""

from __future__ import annotations

from typing import Any

import _harness as h


def _api(base: str) -> Any:
    from binance_common.configuration import ConfigurationRestAPI
    from binance_sdk_margin_trading.margin_trading import MarginTrading

    cfg = ConfigurationRestAPI(api_key=h.API_KEY, api_secret=h.API_SECRET, base_path=base)
    return MarginTrading(config_rest_api=cfg).rest_api


def account(base: str) -> Any:
    api = _api(base)
    return (lambda: api.query_cross_margin_account_details().data()), h.check_account


def order(base: str) -> Any:
    from binance_sdk_margin_trading.rest_api.models import (
        MarginAccountNewOrderNewOrderRespTypeEnum as RespType,
    )
    from binance_sdk_margin_trading.rest_api.models import (
        MarginAccountNewOrderSideEnum as Side,
    )
    from binance_sdk_margin_trading.rest_api.models import (
        MarginAccountNewOrderTimeInForceEnum as Tif,
    )
    from binance_sdk_margin_trading.rest_api.models import (
        MarginAccountNewOrderTypeEnum as Type,
    )

    api = _api(base)

    def call() -> Any:
        return api.margin_account_new_order(
            symbol=h.SYMBOL, side=Side.BUY, type=Type.LIMIT, quantity=0.0015, price=64250.12,
            time_in_force=Tif.GTC, new_order_resp_type=RespType.FULL,
        ).data()  # fmt: skip

    return call, h.check_order


def all_orders(base: str) -> Any:
    api = _api(base)
    return (lambda: api.query_margin_accounts_all_orders(symbol=h.SYMBOL).data()), h.check_orders


if __name__ == "__main__":
    h.main(
        "binance-sdk-margin-trading",
        ["binance-sdk-margin-trading", "binance-common", "requests", "pydantic"],
        {"account": account, "order": order, "all_orders": all_orders},
    )
