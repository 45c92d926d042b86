"""The shared budget in Redis: the same rolling windows, locks and pacing as ``_local``, in atomic Lua scripts.

Every script reads Redis's own clock (``TIME``), so machines whose clocks disagree still agree on the windows.
Every key expires (``PEXPIRE``/``PX``): a fleet that stops leaves nothing behind. The sync and async stores run
the same scripts with the same arguments; only the client differs (``redis.Redis`` / ``redis.asyncio.Redis``).

Needs the ``redis`` package: ``pip install "binance-margin[redis]"``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from ._model import Demand, LimitSpec

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["KEY_PREFIX", "AsyncRedisStore", "RedisStore"]

KEY_PREFIX: Final = "binance_margin:rl:"
SOCKET_TIMEOUT: Final = 1.0
"""Seconds for connecting to and answering from Redis: past that the governor falls back to its local view."""

_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""

# KEYS: n limit hashes, m lock keys, then the spacing key when ARGV[3] == 1.
# ARGV: n, m, has_spacing, spacing_ms, then per limit: bucket_ms, buckets, capacity, cost.
# Returns {granted (0/1), wait_ms, index of what is full (0 lock, -1 spacing, i limit i)}, then when granted the
# count of each limit after the charge (the fleet's usage, for ``client.rate_limits``).
ACQUIRE: Final = (
    _NOW
    + """
local n, m, s = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local wait, why = 0, 0
local usedv = {}
for i = 1, m do
  local untl = tonumber(redis.call('GET', KEYS[n + i]) or '0')
  if untl - now > wait then wait, why = untl - now, 0 end
end
if s == 1 then
  local pt = redis.call('PTTL', KEYS[n + m + 1])
  if pt > wait then wait, why = pt, -1 end
end
for i = 1, n do
  local a = 4 + (i - 1) * 4
  local bms, nb = tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2])
  local cap, cost = tonumber(ARGV[a + 3]), tonumber(ARGV[a + 4])
  local oldest = math.floor(now / bms) - nb
  local flat = redis.call('HGETALL', KEYS[i])
  local live, used = {}, 0
  for j = 1, #flat, 2 do
    local b, v = tonumber(flat[j]), tonumber(flat[j + 1])
    if b < oldest then
      redis.call('HDEL', KEYS[i], flat[j])
    else
      used = used + v
      live[#live + 1] = {b, v}
    end
  end
  usedv[i] = used
  local excess = used + cost - cap
  if excess > 0 then
    table.sort(live, function(x, y) return x[1] < y[1] end)
    local w = (math.floor(now / bms) + nb + 1) * bms - now
    for _, bv in ipairs(live) do
      excess = excess - bv[2]
      if excess <= 0 then
        w = math.max(1, (bv[1] + nb + 1) * bms - now)
        break
      end
    end
    if w > wait then wait, why = w, i end
  end
end
if wait > 0 then return {0, wait, why} end
local reply = {1, 0, 0}
for i = 1, n do
  local a = 4 + (i - 1) * 4
  local bms, nb = tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2])
  redis.call('HINCRBY', KEYS[i], math.floor(now / bms), tonumber(ARGV[a + 4]))
  redis.call('PEXPIRE', KEYS[i], (nb + 2) * bms)
  reply[3 + i] = usedv[i] + tonumber(ARGV[a + 4])
end
if s == 1 then
  redis.call('SET', KEYS[n + m + 1], '1', 'PX', tonumber(ARGV[4]))
end
return reply
"""
)

# KEYS[1]: a limit hash. ARGV: bucket_ms, buckets, window_ms, reported, elapsed_ms.
RESYNC: Final = (
    _NOW
    + """
local bms, nb, win = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local reported, elapsed = tonumber(ARGV[4]), tonumber(ARGV[5])
local start = now - now % win
if now - elapsed < start then return 0 end
local first = math.floor(start / bms)
local flat = redis.call('HGETALL', KEYS[1])
local counted = 0
for j = 1, #flat, 2 do
  if tonumber(flat[j]) >= first then counted = counted + tonumber(flat[j + 1]) end
end
if reported > counted then
  redis.call('HINCRBY', KEYS[1], math.floor(now / bms), reported - counted)
  redis.call('PEXPIRE', KEYS[1], (nb + 2) * bms)
  return reported - counted
end
return 0
"""
)

# KEYS: lock keys. ARGV[1]: milliseconds. A longer lock already set stays.
LOCK: Final = (
    _NOW
    + """
local untl = now + tonumber(ARGV[1])
for i = 1, #KEYS do
  local cur = tonumber(redis.call('GET', KEYS[i]) or '0')
  if untl > cur then redis.call('SET', KEYS[i], untl, 'PX', tonumber(ARGV[1])) end
end
return untl
"""
)

# KEYS: n limit hashes then lock keys. ARGV: n, then per limit: bucket_ms, buckets.
# Returns the rolling count of each limit, then the longest lock's remaining milliseconds.
USAGE: Final = (
    _NOW
    + """
local n = tonumber(ARGV[1])
local out = {}
for i = 1, n do
  local bms, nb = tonumber(ARGV[2 + (i - 1) * 2]), tonumber(ARGV[3 + (i - 1) * 2])
  local oldest = math.floor(now / bms) - nb
  local flat = redis.call('HGETALL', KEYS[i])
  local used = 0
  for j = 1, #flat, 2 do
    if tonumber(flat[j]) >= oldest then used = used + tonumber(flat[j + 1]) end
  end
  out[i] = used
end
local locked = 0
for i = n + 1, #KEYS do
  local untl = tonumber(redis.call('GET', KEYS[i]) or '0')
  if untl - now > locked then locked = untl - now end
end
out[n + 1] = locked
return out
"""
)


def acquire_args(demand: Demand) -> tuple[list[str], list[int]]:
    """KEYS and ARGV of ACQUIRE for ``demand``."""
    keys = [KEY_PREFIX + k for k, _, _ in demand.charges] + [KEY_PREFIX + k for k in demand.locks]
    spacing = demand.spacing_key is not None
    if demand.spacing_key is not None:
        keys.append(KEY_PREFIX + demand.spacing_key)
    args = [len(demand.charges), len(demand.locks), 1 if spacing else 0, demand.spacing_ms]
    for _, spec, cost in demand.charges:
        args += [spec.bucket_ms, spec.buckets, spec.capacity, cost]
    return keys, args


def acquire_outcome(demand: Demand, reply: Any) -> tuple[float, str, list[int]]:
    """ACQUIRE's reply as (seconds to wait, what is full, counts after the charge when granted)."""
    granted, wait_ms, why, *used = (int(x) for x in reply)
    if granted:
        return 0.0, "", used
    reason = "lock" if why == 0 else "spacing" if why == -1 else demand.charges[why - 1][1].name
    return max(wait_ms, 1) / 1000, reason, []


def resync_args(spec: LimitSpec, reported: int, elapsed_ms: float) -> list[int]:
    """ARGV of RESYNC."""
    return [spec.bucket_ms, spec.buckets, spec.window_ms, reported, int(elapsed_ms)]


def usage_args(items: list[tuple[str, LimitSpec]], locks: tuple[str, ...]) -> tuple[list[str], list[int]]:
    """KEYS and ARGV of USAGE."""
    keys = [KEY_PREFIX + k for k, _ in items] + [KEY_PREFIX + k for k in locks]
    args = [len(items)]
    for _, spec in items:
        args += [spec.bucket_ms, spec.buckets]
    return keys, args


def _client_kwargs() -> dict[str, Any]:
    return {
        "socket_timeout": SOCKET_TIMEOUT,
        "socket_connect_timeout": SOCKET_TIMEOUT,
        "retry_on_timeout": False,
        "health_check_interval": 0,
    }


class RedisStore:
    """The shared budget through a synchronous Redis client."""

    def __init__(self, url: str) -> None:
        import redis

        self.client: redis.Redis = redis.Redis.from_url(url, **_client_kwargs())
        self._acquire = self.client.register_script(ACQUIRE)
        self._resync = self.client.register_script(RESYNC)
        self._lock = self.client.register_script(LOCK)
        self._usage = self.client.register_script(USAGE)

    def acquire(self, demand: Demand) -> tuple[float, str, list[int]]:
        """Charge ``demand`` atomically if it fits (then also the counts after it); else (seconds to wait, what is
        full)."""
        keys, args = acquire_args(demand)
        return acquire_outcome(demand, self._acquire(keys=keys, args=args))

    def resync(self, key: str, spec: LimitSpec, reported: int, elapsed_ms: float) -> None:
        """Raise the shared count of Binance's current window to ``reported``."""
        self._resync(keys=[KEY_PREFIX + key], args=resync_args(spec, reported, elapsed_ms))

    def lock(self, keys: tuple[str, ...], seconds: float) -> None:
        """Lock the fleet out of these budgets for ``seconds``."""
        self._lock(keys=[KEY_PREFIX + k for k in keys], args=[max(1, int(seconds * 1000))])

    def usage(self, items: list[tuple[str, LimitSpec]], locks: tuple[str, ...]) -> tuple[list[int], float]:
        """Rolling counts of these limits and the seconds left on the longest of these locks."""
        keys, args = usage_args(items, locks)
        reply = [int(x) for x in self._usage(keys=keys, args=args)]
        return reply[:-1], reply[-1] / 1000

    def close(self) -> None:
        """Close the connection pool."""
        self.client.close()


class AsyncRedisStore:
    """The shared budget through an asyncio Redis client (one per event loop: the client owns its connections)."""

    def __init__(self, url: str) -> None:
        import redis.asyncio

        self.client: redis.asyncio.Redis = redis.asyncio.Redis.from_url(url, **_client_kwargs())
        self._acquire = self.client.register_script(ACQUIRE)
        self._resync = self.client.register_script(RESYNC)
        self._lock = self.client.register_script(LOCK)
        self._usage = self.client.register_script(USAGE)

    async def acquire(self, demand: Demand) -> tuple[float, str, list[int]]:
        """Charge ``demand`` atomically if it fits (then also the counts after it); else (seconds to wait, what is
        full)."""
        keys, args = acquire_args(demand)
        return acquire_outcome(demand, await self._acquire(keys=keys, args=args))

    async def resync(self, key: str, spec: LimitSpec, reported: int, elapsed_ms: float) -> None:
        """Raise the shared count of Binance's current window to ``reported``."""
        await self._resync(keys=[KEY_PREFIX + key], args=resync_args(spec, reported, elapsed_ms))

    async def lock(self, keys: tuple[str, ...], seconds: float) -> None:
        """Lock the fleet out of these budgets for ``seconds``."""
        await self._lock(keys=[KEY_PREFIX + k for k in keys], args=[max(1, int(seconds * 1000))])

    async def usage(self, items: list[tuple[str, LimitSpec]], locks: tuple[str, ...]) -> tuple[list[int], float]:
        """Rolling counts of these limits and the seconds left on the longest of these locks."""
        keys, args = usage_args(items, locks)
        reply = [int(x) for x in await self._usage(keys=keys, args=args)]
        return reply[:-1], reply[-1] / 1000

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self.client.aclose()
