"""binance-margin: a typed SDK for Binance margin trading (cross and isolated)."""

from ._types import CROSS, ApiResponse, Cross, Isolated, MarginMode, RateLimitUsage

__version__ = "0.1.0"

__all__ = ["CROSS", "ApiResponse", "Cross", "Isolated", "MarginMode", "RateLimitUsage", "__version__"]
