"""What the governor counts: the limits, what one request costs against them, and the public usage snapshot.

Nothing here does I/O; the stores (``_local``, ``_redis``) keep the counts and the governor (``_governor``) decides.
"""

from __future__ import annotations

import hashlib
import socket
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Literal
from urllib.parse import urlsplit

from .._types import RateLimitUsage

if TYPE_CHECKING:
    from binance_margin_generated.operations import Operation
    from binance_margin_generated.weights import Weight

    from .._config import ClientConfig

__all__ = ["Demand", "LimitSpec", "LimitUsage", "RateLimitStatus", "Scopes", "limit_specs"]

SECOND: Final = 1000
MINUTE: Final = 60 * SECOND
DAY: Final = 24 * 60 * MINUTE

Scope = Literal["ip", "account"]


@dataclass(frozen=True, slots=True)
class LimitSpec:
    """One of Binance's limits as the governor counts it: a rolling window cut into buckets."""

    name: str
    """``ip_weight_1m``, ``uid_weight_1m``, ``api_weight_1m``, ``orders_10s`` or ``orders_1d``."""
    header: str
    """The response header (lower case) in which Binance reports its own count for this limit."""
    scope: Scope
    """``ip``: per egress host; ``account``: per API key."""
    window_ms: int
    bucket_ms: int
    limit: int
    """Binance's limit."""
    capacity: int
    """What this client may use: ``limit`` times the configured share."""

    @property
    def buckets(self) -> int:
        """Buckets in one window. The governor sums one more, so that its rolling window always covers Binance's
        fixed window (whatever the clock skew between the two)."""
        return self.window_ms // self.bucket_ms


def limit_specs(config: ClientConfig) -> dict[str, LimitSpec]:
    """The five limits with the configured sizes and share, by name."""
    share = config.rate_limit_share

    def spec(name: str, header: str, scope: Scope, window: int, bucket: int, limit: int) -> LimitSpec:
        return LimitSpec(name, header, scope, window, bucket, limit, max(1, int(limit * share)))

    specs = (
        spec("ip_weight_1m", "x-sapi-used-ip-weight-1m", "ip", MINUTE, SECOND, config.rate_limit_ip_weight),
        spec("uid_weight_1m", "x-sapi-used-uid-weight-1m", "account", MINUTE, SECOND, config.rate_limit_uid_weight),
        spec("api_weight_1m", "x-mbx-used-weight-1m", "ip", MINUTE, SECOND, config.rate_limit_api_weight),
        spec("orders_10s", "x-mbx-order-count-10s", "account", 10 * SECOND, SECOND, config.rate_limit_orders_10s),
        spec("orders_1d", "x-mbx-order-count-1d", "account", DAY, 3600 * SECOND, config.rate_limit_orders_day),
    )
    return {s.name: s for s in specs}


@dataclass(frozen=True, slots=True)
class Scopes:
    """Store keys of one client's budgets: its egress host (IP limits) and its API key (account limits)."""

    ip: str
    account: str

    @classmethod
    def of(cls, config: ClientConfig) -> Scopes:
        """Budgets are named by exchange host, egress and a fingerprint of the API key (never the key itself)."""
        host = urlsplit(config.base_url).netloc or config.base_url
        if host.endswith(".binance.com"):  # api, api1..api4, api-gcp: one exchange, one set of limits
            host = "binance.com"
        egress = config.rate_limit_egress or socket.gethostname()
        key = config.api_key.get_secret_value() if config.api_key is not None else ""
        fingerprint = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16] if key else "anonymous"
        return cls(ip=f"ip|{host}|{egress}", account=f"acct|{host}|{fingerprint}")

    def key(self, spec: LimitSpec) -> str:
        """The store key of ``spec`` for these budgets."""
        return f"{self.ip if spec.scope == 'ip' else self.account}|{spec.name}"

    @property
    def ip_lock(self) -> str:
        """Set after a 418 (and a 429 on weight): nothing from this egress host is sent until it expires."""
        return f"{self.ip}|lock"

    @property
    def account_lock(self) -> str:
        """Set after a 429 on weight: nothing with this API key is sent until it expires."""
        return f"{self.account}|lock"

    @property
    def orders_lock(self) -> str:
        """Set after a 429 on the order count (-1015): no order with this API key until it expires."""
        return f"{self.account}|orders-lock"

    @property
    def spacing(self) -> str:
        """Pacing of borrow/repay calls for this account."""
        return f"{self.account}|spacing"


@dataclass(frozen=True, slots=True)
class Demand:
    """What one request needs before it may be sent: weight per limit, free locks, and pacing."""

    charges: tuple[tuple[str, LimitSpec, int], ...]
    """(store key, limit, cost) for every limit the request counts against."""
    locks: tuple[str, ...]
    spacing_key: str | None = None
    spacing_ms: int = 0

    def too_big(self) -> tuple[LimitSpec, int] | None:
        """The first limit this request can never fit in (its cost alone exceeds the usable share), if any."""
        for _key, spec, cost in self.charges:
            if cost > spec.capacity:
                return spec, cost
        return None


def _wire_value(value: Any) -> str:
    value = getattr(value, "value", value)
    return str(value)


def weights_for(weight: Weight, wire: dict[str, Any], symbol_count: int) -> tuple[int, int]:
    """(IP weight, UID weight) of one call with these wire parameters, applying the spec's conditional rules."""
    ip, uid = weight.ip, weight.uid
    for rule in weight.rules:
        present = rule.param in wire and wire[rule.param] is not None
        if rule.absent:
            matches = not present
        else:
            matches = present and rule.values is not None and _wire_value(wire[rule.param]) in rule.values
        if not matches:
            continue
        if rule.ip is not None:
            ip = rule.ip
        if rule.uid is not None:
            uid = rule.uid
        if rule.ip_per_symbol is not None:
            ip = rule.ip_per_symbol * symbol_count
    return ip, uid


def build_demand(
    op: Operation,
    weight: Weight,
    wire: dict[str, Any],
    specs: dict[str, LimitSpec],
    scopes: Scopes,
    symbol_count: int,
) -> Demand:
    """Everything ``op`` called with ``wire`` needs from the budget."""
    ip, uid = weights_for(weight, wire, symbol_count)
    charges: list[tuple[str, LimitSpec, int]] = []
    if op.path.startswith("/api/"):
        spec = specs["api_weight_1m"]
        charges.append((scopes.key(spec), spec, max(ip, 1)))
    elif ip:
        spec = specs["ip_weight_1m"]
        charges.append((scopes.key(spec), spec, ip))
    if uid:
        spec = specs["uid_weight_1m"]
        charges.append((scopes.key(spec), spec, uid))
    locks = [scopes.ip_lock, scopes.account_lock]
    if weight.orders:
        for name in ("orders_10s", "orders_1d"):
            spec = specs[name]
            charges.append((scopes.key(spec), spec, weight.orders))
        locks.append(scopes.orders_lock)
    if weight.spacing_ms:
        return Demand(tuple(charges), tuple(locks), scopes.spacing, weight.spacing_ms)
    return Demand(tuple(charges), tuple(locks))


@dataclass(frozen=True, slots=True)
class LimitUsage:
    """One limit's budget as this client sees it (shared with the fleet when a Redis budget is configured)."""

    name: str
    """``ip_weight_1m`` (/sapi IP weight), ``uid_weight_1m`` (/sapi UID weight), ``api_weight_1m`` (/api IP weight),
    ``orders_10s`` or ``orders_1d``."""
    limit: int
    """Binance's limit."""
    usable: int
    """The configured share of ``limit`` this client (or fleet) may use."""
    used: int
    """Weight (or orders) counted in the current window: the governor's count, raised to what Binance reported.
    Never lower than an earlier reading within the same window."""
    remaining: int
    """``usable - used``, at least 0."""
    window_s: int
    """The window length in seconds."""


@dataclass(frozen=True, slots=True)
class RateLimitStatus(RateLimitUsage):
    """``client.rate_limits``: what Binance reported (the ``RateLimitUsage`` fields, highest value seen in the
    current window, so it never moves backwards under concurrency) and the governor's budget per limit."""

    limits: tuple[LimitUsage, ...] = field(default_factory=tuple)
    """Used and remaining budget for each limit."""
    shared: bool = False
    """Whether the budget is shared through Redis (``False`` also while Redis is unreachable)."""
    locked_for: float = 0.0
    """Seconds until a 429/418 lock-out of this client's budget ends (0 when none)."""

    def limit(self, name: str) -> LimitUsage:
        """The usage of one limit by name (``uid_weight_1m`` ...).

        Raises:
            KeyError: no limit has this name.
        """
        for usage in self.limits:
            if usage.name == name:
                return usage
        raise KeyError(name)
