"""The sandbox's streams: the event bus fed by the ledger, and the WebSocket endpoints that deliver it.

- :mod:`._events`: :class:`EventBus` (``Exchange.events``) renders Binance's user-data events
  (``executionReport``, ``listStatus``, ``outboundAccountPosition``, ``balanceUpdate``) and risk events
  (``USER_LIABILITY_CHANGE``, ``MARGIN_LEVEL_STATUS_CHANGE``) from every state change, per account.
- :mod:`._hub`: :class:`StreamHub` (``sandbox.streams``) serves ``/ws-api/v3`` and ``/ws/<listenKey>``, expires
  tokens and listen keys, injects faults and lets tests inspect the connections.
"""

from ._events import Channel, EventBus, ListenKeyInfo, ListenToken
from ._hub import ConnectionInfo, StreamHub, SubscriptionInfo

__all__ = [
    "Channel",
    "ConnectionInfo",
    "EventBus",
    "ListenKeyInfo",
    "ListenToken",
    "StreamHub",
    "SubscriptionInfo",
]
