"""Live margin account events: the user data stream and the risk data stream, typed and self-renewing.

::

    from binance_margin import CROSS, Isolated, MarginClient
    from binance_margin.streams import ExecutionReport, Resync, StreamReconnected

    with MarginClient() as client, client.user_stream(CROSS, Isolated("BTCUSDT")) as stream:
        for event in stream:
            match event:
                case ExecutionReport(account=Isolated(symbol="BTCUSDT")):
                    ...
                case StreamReconnected() | Resync():
                    ...

Every event is a generated model (``binance_margin_generated.events``, from the spec) with readable attribute
names and ``account``: ``CROSS`` or ``Isolated(symbol)``. See docs/streams.md.
"""

from binance_margin_generated.events import (
    AccountPositionBalance,
    BalanceUpdate,
    EventStreamTerminated,
    ExecutionReport,
    ExternalLockUpdate,
    ListenKeyExpired,
    ListStatus,
    ListStatusOrder,
    MarginLevelStatusChange,
    OutboundAccountPosition,
    ServerShutdown,
    StreamEvent,
    UnknownEvent,
    UserLiabilityChange,
)
from binance_margin_generated.models import ExecutionType

from .._errors import StreamAuthorizationError, StreamConnectionError, StreamError
from ._items import AccountSnapshot, Resync, StreamItem, StreamReconnected, decode_event
from ._stream import MAX_VALIDITY, AsyncStream, Stream

__all__ = [
    "MAX_VALIDITY",
    "AccountPositionBalance",
    "AccountSnapshot",
    "AsyncStream",
    "BalanceUpdate",
    "EventStreamTerminated",
    "ExecutionReport",
    "ExecutionType",
    "ExternalLockUpdate",
    "ListStatus",
    "ListStatusOrder",
    "ListenKeyExpired",
    "MarginLevelStatusChange",
    "OutboundAccountPosition",
    "Resync",
    "ServerShutdown",
    "Stream",
    "StreamAuthorizationError",
    "StreamConnectionError",
    "StreamError",
    "StreamEvent",
    "StreamItem",
    "StreamReconnected",
    "UnknownEvent",
    "UserLiabilityChange",
    "decode_event",
]
