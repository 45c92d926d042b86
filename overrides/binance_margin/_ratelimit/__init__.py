"""The rate-limit governor: one budget per egress host and API key, in-process by default, in Redis for a fleet.

- ``_model``: the limits, what a request costs (from the generated weights table) and the usage snapshot;
- ``_local``: the in-process store every client of the process shares;
- ``_redis``: the same store in Redis (atomic Lua scripts, Redis's clock, keys with TTLs);
- ``_governor``: the decisions, with sync and async twins the runtime calls before and after each request.
"""

from ._governor import AsyncGovernor, GovernorCore, SyncGovernor, rate_limit_wait
from ._local import PROCESS_STORE, LocalStore
from ._model import LimitUsage, RateLimitStatus

__all__ = [
    "PROCESS_STORE",
    "AsyncGovernor",
    "GovernorCore",
    "LimitUsage",
    "LocalStore",
    "RateLimitStatus",
    "SyncGovernor",
    "rate_limit_wait",
]
