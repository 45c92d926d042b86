"""The exception tree of binance-margin (also importable from ``binance_margin``).

See ``binance_margin._errors`` for the tree and what each exception carries.
"""

from ._errors import (
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

__all__ = [
    "AuthenticationError",
    "BinanceAPIError",
    "BinanceError",
    "ConfigurationError",
    "FilterFailureError",
    "IPBannedError",
    "InsufficientBalanceError",
    "InvalidParameterError",
    "InvalidSignatureError",
    "MarginModeError",
    "OrderValidationError",
    "RateLimitedError",
    "ResponseDecodeError",
    "ServerError",
    "StreamAuthorizationError",
    "StreamConnectionError",
    "StreamError",
    "TimestampError",
    "TransportError",
    "UnknownExecutionStatus",
    "UnknownOrderError",
    "ValidationError",
]
