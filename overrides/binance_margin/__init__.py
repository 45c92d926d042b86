"""binance-margin: a typed SDK for Binance margin trading (cross and isolated).

from decimal import Decimal
from binance_margin import MarginClient, Isolated

with MarginClient() as client:  # BINANCE_API_KEY / BINANCE_API_SECRET from the environment
    client.account.get_cross_account()
"""

import typing as _typing

from . import errors, models, signing
from ._client import AsyncMarginClient, MarginClient, async_reconcile_order, reconcile_order
from ._drift import SpecDrift, UnknownEnumValue, UnknownErrorCode, UnknownEventType, UnknownField
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
    JournalError,
    MarginLevelGuardError,
    MarginModeError,
    OperationInterrupted,
    OrderValidationError,
    RateLimitedError,
    RepayShortfallError,
    ResponseDecodeError,
    ServerError,
    StepConflict,
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
from ._types import (
    CROSS,
    ApiResponse,
    Cross,
    ExtraParams,
    Isolated,
    MarginMode,
    RateLimitUsage,
    Unlisted,
    UnlistedValueWarning,
)
from .signing import Ed25519Signer, HmacSigner, RsaSigner, Signer

__version__ = "0.1.0"

__all__ = [
    "CROSS",
    "AmbiguousReconciliationError",
    "ApiResponse",
    "AssetPosition",
    "AsyncMarginClient",
    "AsyncPositions",
    "AuthenticationError",
    "BinanceAPIError",
    "BinanceAuth",
    "BinanceError",
    "ClientConfig",
    "CloseReport",
    "ConfigurationError",
    "Cross",
    "Dust",
    "Ed25519Signer",
    "ExtraParams",
    "FilterFailureError",
    "HistoryProgress",
    "HmacSigner",
    "IPBannedError",
    "InsufficientBalanceError",
    "InvalidParameterError",
    "InvalidSignatureError",
    "Isolated",
    "Journal",
    "JournalError",
    "LimitUsage",
    "MarginBars",
    "MarginClient",
    "MarginLevelGuardError",
    "MarginMode",
    "MarginModeError",
    "OperationInterrupted",
    "OperationRecord",
    "OrderValidationError",
    "PositionSnapshot",
    "Positions",
    "ProgressCallback",
    "RateLimitStatus",
    "RateLimitUsage",
    "RateLimitedError",
    "RepayAllResult",
    "RepayShortfallError",
    "ResponseDecodeError",
    "ResumeOutcome",
    "RsaSigner",
    "SecretBytes",
    "SecretStr",
    "ServerError",
    "SideEffect",
    "Signer",
    "SpecDrift",
    "StepConflict",
    "StepRecord",
    "StepReport",
    "StreamAuthorizationError",
    "StreamConnectionError",
    "StreamError",
    "TimestampError",
    "TransportError",
    "UnknownEnumValue",
    "UnknownErrorCode",
    "UnknownEventType",
    "UnknownExecutionStatus",
    "UnknownField",
    "UnknownOrderError",
    "Unlisted",
    "UnlistedValueWarning",
    "ValidationError",
    "__version__",
    "async_reconcile_order",
    "default_journal_path",
    "errors",
    "models",
    "rate_limit_wait",
    "reconcile_order",
    "signing",
]

if _typing.TYPE_CHECKING:
    from ._config import ClientConfig
    from ._httpx_auth import BinanceAuth
    from ._secrets import SecretBytes, SecretStr
    from .positions import (
        AssetPosition,
        AsyncPositions,
        CloseReport,
        Dust,
        Journal,
        MarginBars,
        OperationRecord,
        Positions,
        PositionSnapshot,
        RepayAllResult,
        ResumeOutcome,
        SideEffect,
        StepRecord,
        StepReport,
        default_journal_path,
    )

_POSITIONS = frozenset(
    {
        "AssetPosition",
        "AsyncPositions",
        "CloseReport",
        "Dust",
        "Journal",
        "MarginBars",
        "OperationRecord",
        "PositionSnapshot",
        "Positions",
        "RepayAllResult",
        "ResumeOutcome",
        "SideEffect",
        "StepRecord",
        "StepReport",
        "default_journal_path",
    }
)


def __getattr__(name: str) -> _typing.Any:
    # ClientConfig and the secret types are imported on first use (with the first client), not with the package; so
    # are the positions types (and the logging module they bring).
    if name in ("ClientConfig", "SecretStr", "SecretBytes"):
        from . import _config

        value = getattr(_config, name)
        globals()[name] = value
        return value
    if name in _POSITIONS:
        from . import positions

        value = getattr(positions, name)
        globals()[name] = value
        return value
    # BinanceAuth is an httpx.Auth: httpx is imported with it, on first use.
    if name == "BinanceAuth":
        from ._httpx_auth import BinanceAuth

        globals()["BinanceAuth"] = BinanceAuth
        return BinanceAuth
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
