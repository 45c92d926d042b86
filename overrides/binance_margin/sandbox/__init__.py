"""A local Binance margin exchange for demos and tests: ``binance_margin.sandbox``.

Binance has no testnet for the margin (``/sapi``) endpoints; this sandbox answers every operation of the
spec on 127.0.0.1 from a consistent in-memory ledger (spot, cross margin, one isolated account per pair),
with Binance's signatures, error codes, filters, rate limits and a clock tests can advance::

    from decimal import Decimal
    from binance_margin.sandbox import Sandbox

    with Sandbox.running(port=0) as sb:          # demo user: demo-api-key / demo-api-secret
        print(sb.base_url)
        sb.set_price("BTCUSDT", Decimal("90000"))
        sb.clock.advance(hours=1)                # hourly interest, liquidations
        sb.faults.add("/sapi/v1/margin/order", "lost_response", method="POST", times=1)

Command line: ``python -m binance_margin.sandbox [--host 127.0.0.1] [--port 8900] [--config FILE]``
(also ``binance-margin-sandbox``). The server needs the ``sandbox`` extra (aiohttp).
"""

from ._clock import Clock
from ._config import (
    DEMO_API_KEY,
    DEMO_API_SECRET,
    ApiKeyConfig,
    AssetConfig,
    PairConfig,
    RateLimitConfig,
    RiskConfig,
    SandboxConfig,
    StreamConfig,
    SymbolFilters,
    UserConfig,
    config_from_dict,
    default_config,
    load_config,
)
from ._errors import ApiError
from ._exchange import Exchange
from ._faults import FaultInjector, FaultKind, FaultRule
from ._ratelimit import RateLimiter
from ._server import AsyncSandbox, Sandbox, SandboxCore, create_app
from ._state import Balance, ExchangeState, MarginAccount, Order, OrderList, Trade, UserState
from ._streams import StreamHub

__all__ = [
    "DEMO_API_KEY",
    "DEMO_API_SECRET",
    "ApiError",
    "ApiKeyConfig",
    "AssetConfig",
    "AsyncSandbox",
    "Balance",
    "Clock",
    "Exchange",
    "ExchangeState",
    "FaultInjector",
    "FaultKind",
    "FaultRule",
    "MarginAccount",
    "Order",
    "OrderList",
    "PairConfig",
    "RateLimitConfig",
    "RateLimiter",
    "RiskConfig",
    "Sandbox",
    "SandboxConfig",
    "SandboxCore",
    "StreamConfig",
    "StreamHub",
    "SymbolFilters",
    "Trade",
    "UserConfig",
    "UserState",
    "config_from_dict",
    "create_app",
    "default_config",
    "load_config",
]
