"""binance-margin: a typed SDK for Binance margin trading (cross and isolated).

from decimal import Decimal
from binance_margin import MarginClient, Isolated

with MarginClient() as client:  # BINANCE_API_KEY / BINANCE_API_SECRET from the environment
    client.account.get_cross_account()
"""

import typing as _typing

from . import errors, models, signing
from ._client import AsyncMarginClient, MarginClient, async_reconcile_order, reconcile_order
from ._errors import (
    AmbiguousReconciliationError,
    AuthenticationError,
    BinanceAPIError,
    BinanceError,
    ConfigurationError,
    FilterFailureError,
    InsufficientBalanceError,
    InvalidParameterError,
    InvalidSignatureError,
    IPBannedError,
    MarginModeError,
    OrderValidationError,
    RateLimitedError,
    ResponseDecodeError,
    ServerError,
    StreamAuthorizationError,
    StreamConnectionError,
    StreamError,
    TimestampError,
    TransportError,
    UnknownExecutionStatus,
    UnknownOrderError,
    ValidationError,
)
from ._pagination import HistoryProgress, ProgressCallback
from ._ratelimit import LimitUsage, RateLimitStatus, rate_limit_wait
from ._types import CROSS, ApiResponse, Cross, Isolated, MarginMode, RateLimitUsage
from .signing import Ed25519Signer, HmacSigner, RsaSigner, Signer

__version__ = "0.1.0"

__all__ = [
    "CROSS",
    "AmbiguousReconciliationError",
    "ApiResponse",
    "AsyncMarginClient",
    "AuthenticationError",
    "BinanceAPIError",
    "BinanceAuth",
    "BinanceError",
    "ClientConfig",
    "ConfigurationError",
    "Cross",
    "Ed25519Signer",
    "FilterFailureError",
    "HistoryProgress",
    "HmacSigner",
    "IPBannedError",
    "InsufficientBalanceError",
    "InvalidParameterError",
    "InvalidSignatureError",
    "Isolated",
    "LimitUsage",
    "MarginClient",
    "MarginMode",
    "MarginModeError",
    "OrderValidationError",
    "ProgressCallback",
    "RateLimitStatus",
    "RateLimitUsage",
    "RateLimitedError",
    "ResponseDecodeError",
    "RsaSigner",
    "ServerError",
    "Signer",
    "StreamAuthorizationError",
    "StreamConnectionError",
    "StreamError",
    "TimestampError",
    "TransportError",
    "UnknownExecutionStatus",
    "UnknownOrderError",
    "ValidationError",
    "__version__",
    "async_reconcile_order",
    "errors",
    "models",
    "rate_limit_wait",
    "reconcile_order",
    "signing",
]

if _typing.TYPE_CHECKING:
    from ._config import ClientConfig
    from ._httpx_auth import BinanceAuth


def __getattr__(name: str) -> _typing.Any:
    # ClientConfig (pydantic-settings, ~30 ms and several MB) is imported on first use, not with the package.
    if name == "ClientConfig":
        from ._config import ClientConfig

        globals()["ClientConfig"] = ClientConfig
        return ClientConfig
    # BinanceAuth is an httpx.Auth: httpx is imported with it, on first use.
    if name == "BinanceAuth":
        from ._httpx_auth import BinanceAuth

        globals()["BinanceAuth"] = BinanceAuth
        return BinanceAuth
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
