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

Streams on the same port: the WebSocket API user data stream at ``sb.ws_api_url`` (``/ws-api/v3``; tokens
from ``POST /sapi/v1/userListenToken``) and the risk data stream under ``sb.risk_stream_url``
(``/ws/<listenKey>``), with events from every change of the ledger. ``sb.trade(symbol, qty, price)`` lets
another participant fill resting limit orders in part; ``sb.streams`` injects stream faults (``drop_all``,
``stall``, ``shutdown``) and lists the open connections::

        sb.trade("BTCUSDT", Decimal("0.05"), Decimal("95000"))   # partial fill of a resting buy at 95000
        sb.streams.drop_all()                                     # every WebSocket closes, no close frame
        assert sb.streams.wait_until(lambda h: h.open_count == 0)

Command line: ``python -m binance_margin.sandbox [--host 127.0.0.1] [--port 8900] [--config FILE]``
(also ``binance-margin-sandbox``). The server needs the ``sandbox`` extra (aiohttp).
"""

from importlib.util import find_spec as _find_spec

if _find_spec("pydantic") is None:  # the client itself needs no pydantic; the sandbox's models do
    raise ImportError(
        "binance_margin.sandbox needs pydantic, which comes with the sandbox extra: "
        "pip install 'binance-margin[sandbox]'"
    )

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
from ._server import AsyncSandbox, LoggedRequest, Sandbox, SandboxCore, create_app
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
    "LoggedRequest",
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
