"""The governor in one process: weights from the spec, waits and refusals before sending, shared lock-outs,
pacing, header resync, and ``rate_limits`` under concurrency (mock transports, the sandbox, a real Redis)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
import yaml
from binance_margin import AsyncMarginClient, ClientConfig, MarginClient, RateLimitedError
from binance_margin._ratelimit import _local
from binance_margin._ratelimit._local import LocalStore
from binance_margin._ratelimit._model import Scopes, build_demand, limit_specs
from binance_margin.sandbox import Sandbox
from binance_margin_generated.operations import OPERATIONS
from binance_margin_generated.weights import WEIGHTS

from ..spec._spec import SPEC_PATH
from ..unit._mock import ORDER, FakeBinance, error, json_response, make_async_client, make_client

BNB = {"spotBNBBurn": True, "interestBNBBurn": False}


class FakeClock:
    """The stores' clocks, moved forward by the governor's sleeps only."""

    def __init__(self) -> None:
        self.ms = 1_800_000_000_000
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.ms += int(seconds * 1000) + 1


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeClock]:
    fake = FakeClock()
    monkeypatch.setattr(_local, "_now_ms", lambda: fake.ms)
    monkeypatch.setattr(_local, "_mono_ms", lambda: fake.ms)
    yield fake


def _client(fake: FakeBinance, clock: FakeClock | None = None, **settings: Any) -> MarginClient:
    client = make_client(fake, **settings)
    if clock is not None:
        client._runtime.sleep = clock.sleep
    return client


def _order(client: MarginClient, **extra: Any) -> Any:
    return client.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity=Decimal("0.001"), **extra)


# -- the weights table --------------------------------------------------------------------------------------------


def test_every_operation_has_its_spec_weights_and_rules() -> None:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    seen = 0
    for methods in spec["paths"].values():
        for op in methods.values():
            w = WEIGHTS[op["operationId"]]
            assert (w.ip, w.uid) == (op["x-weight"].get("ip", 0), op["x-weight"].get("uid", 0))
            rules = op.get("x-weight-rules") or {}
            assert w.orders == rules.get("orders", 0) and len(w.rules) == len(rules.get("when", []))
            seen += 1
    assert seen == len(WEIGHTS) == len(OPERATIONS)
    assert {k for k, w in WEIGHTS.items() if w.orders} == {"newOrder", "newOco", "newOto", "newOtoco"}
    assert {k for k, w in WEIGHTS.items() if w.spacing_ms} == {"borrowRepay"}


@pytest.mark.parametrize(
    ("op", "wire", "ip", "uid"),
    [
        ("newOrder", {"sideEffectType": "NO_SIDE_EFFECT"}, 0, 6),
        ("newOrder", {}, 0, 6),
        ("newOrder", {"sideEffectType": "AUTO_REPAY"}, 0, 6),
        ("newOrder", {"sideEffectType": "MARGIN_BUY"}, 0, 1500),
        ("newOco", {"sideEffectType": "AUTO_BORROW_REPAY"}, 0, 1500),
        ("newOto", {"sideEffectType": "MARGIN_BUY"}, 0, 1500),
        ("newOtoco", {"sideEffectType": "MARGIN_BUY"}, 0, 1500),
        ("getOpenOrders", {"symbol": "BTCUSDT"}, 10, 0),
        ("getOpenOrders", {}, 10 * 7, 0),
        ("getCrossMarginFeeData", {}, 5, 0),
        ("getCrossMarginFeeData", {"coin": "BTC"}, 1, 0),
        ("getIsolatedMarginFeeData", {}, 10, 0),
        ("borrowRepay", {"type": "BORROW"}, 0, 1500),
    ],
)
def test_conditional_weights(op: str, wire: dict[str, str], ip: int, uid: int) -> None:
    config = ClientConfig(api_key="k", api_secret="s", rate_limit_symbol_count=7)
    demand = build_demand(OPERATIONS[op], WEIGHTS[op], wire, limit_specs(config), Scopes.of(config), 7)
    costs = {spec.name: cost for _, spec, cost in demand.charges}
    assert costs.get("ip_weight_1m", 0) == ip and costs.get("uid_weight_1m", 0) == uid
    assert costs.get("orders_10s", 0) == WEIGHTS[op].orders


# -- before sending -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("side_effect", "uid"), [("MARGIN_BUY", 1500), ("AUTO_BORROW_REPAY", 1500), (None, 6)])
def test_a_borrowing_order_is_charged_1500_uid_before_it_is_sent(side_effect: str | None, uid: int) -> None:
    seen: list[int] = []
    client: MarginClient

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(client.rate_limits.limit("uid_weight_1m").used)
        return json_response(200, ORDER)

    fake = FakeBinance(reply)
    client = _client(fake)
    with client:
        _order(client, **({"side_effect_type": side_effect} if side_effect else {}))
    assert seen == [uid], "charged when the request reached the wire, before any answer"


def test_a_request_that_cannot_fit_is_refused_before_sending() -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with _client(fake, rate_limit_uid_weight=1000) as client:
        with pytest.raises(RateLimitedError) as info:
            _order(client, side_effect_type="MARGIN_BUY")
        assert info.value.code is None and "refused locally" in info.value.msg and "1500" in info.value.msg
        _order(client)  # an order without borrowing fits
    assert len(fake.requests) == 1


def test_orders_are_refused_at_once_when_so_configured(clock: FakeClock) -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with _client(fake, clock, rate_limit_uid_weight=12, rate_limit_orders="refuse") as client:
        _order(client)
        _order(client)
        with pytest.raises(RateLimitedError) as info:
            _order(client)
        assert info.value.retry_after is not None and 0 < info.value.retry_after <= 61
        assert "uid_weight_1m" in info.value.msg
        assert client.rate_limits.limit("uid_weight_1m").remaining == 0
    assert len(fake.requests) == 2 and clock.sleeps == []


def test_reads_wait_for_room_up_to_the_deadline(clock: FakeClock) -> None:
    fake = FakeBinance(json_response(200, BNB))
    with _client(fake, clock, rate_limit_ip_weight=2, rate_limit_max_wait=120) as client:
        client.account.get_bnb_burn_status()  # weight 1
        client.account.get_bnb_burn_status()  # the window is full now
        assert clock.sleeps == []
        client.account.get_bnb_burn_status()  # waits for the first one to leave the rolling window
        assert len(clock.sleeps) == 1 and 59 < clock.sleeps[0] <= 62
    assert len(fake.requests) == 3
    with _client(fake, clock, rate_limit_ip_weight=2, rate_limit_max_wait=5) as client:
        client.account.get_bnb_burn_status()
        with pytest.raises(RateLimitedError) as info:
            client.account.get_bnb_burn_status()
        assert "deadline" in info.value.msg and len(clock.sleeps) == 1, "refused at once, without sleeping"
    assert len(fake.requests) == 4


def test_borrow_and_repay_for_one_account_are_100_ms_apart(clock: FakeClock) -> None:
    fake = FakeBinance(json_response(200, {"tranId": 1}))
    with _client(fake, clock, rate_limit_orders="refuse") as client:
        client.borrow_repay.borrow_repay(asset="USDT", amount=Decimal(10), type="BORROW")
        client.borrow_repay.borrow_repay(asset="USDT", amount=Decimal(10), type="REPAY")
    assert len(fake.requests) == 2
    assert len(clock.sleeps) == 1 and 0.09 < clock.sleeps[0] <= 0.106


def test_a_418_seen_by_one_client_stops_every_client_of_the_process() -> None:
    banned = FakeBinance(error(418, -1003, "Way too much request weight used; IP banned.", {"Retry-After": "60"}))
    other = FakeBinance(json_response(200, BNB))
    with _client(banned) as a, _client(other) as b:
        with pytest.raises(Exception) as seen:
            a.account.get_bnb_burn_status()
        assert getattr(seen.value, "status", None) == 418
        with pytest.raises(RateLimitedError) as info:
            b.account.get_bnb_burn_status()
        assert "lock-out" in info.value.msg and info.value.retry_after is not None
        assert b.rate_limits.locked_for > 50
    assert other.requests == [], "the second client sent nothing during the ban"


def test_after_a_429_on_an_order_the_next_order_waits_for_retry_after(clock: FakeClock) -> None:
    limited = FakeBinance(error(429, -1015, "Too many new orders.", {"Retry-After": "2"}))
    ok = FakeBinance(json_response(200, BNB), json_response(200, ORDER))
    with _client(limited, clock) as a, _client(ok, clock) as b:
        with pytest.raises(RateLimitedError):
            _order(a)
        b.account.get_bnb_burn_status()  # reads are not held by an order-count 429
        assert clock.sleeps == []
        _order(b)
    assert len(clock.sleeps) == 1 and 1.9 < clock.sleeps[0] <= 2.01
    assert len(ok.requests) == 2


def test_clients_with_another_key_or_host_have_their_own_budget() -> None:
    full = {"rate_limit_uid_weight": 6, "rate_limit_orders": "refuse"}
    with _client(FakeBinance(json_response(200, ORDER)), **full) as a:
        _order(a)
        with pytest.raises(RateLimitedError):
            _order(a)
    with _client(FakeBinance(json_response(200, ORDER)), api_key="another-key", **full) as b:
        _order(b)
    api1 = _client(FakeBinance(json_response(200, ORDER)), base_url="https://api1.binance.com", **full)
    with api1 as c, pytest.raises(RateLimitedError):
        _order(c)  # api1..api4, api-gcp: the same exchange, the same budget
    with _client(FakeBinance(json_response(200, ORDER)), base_url="http://127.0.0.1:9", **full) as d:
        _order(d)  # a sandbox is another exchange


def test_the_governor_can_be_switched_off() -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with _client(fake, rate_limit=False, rate_limit_uid_weight=1) as client:
        _order(client, side_effect_type="MARGIN_BUY")
        assert client.rate_limits.limit("uid_weight_1m").used == 0
    assert len(fake.requests) == 1


# -- after a response ---------------------------------------------------------------------------------------------


def test_reported_counts_raise_the_budget_but_never_lower_it() -> None:
    replies = [
        json_response(200, BNB, {"X-SAPI-USED-IP-WEIGHT-1M": "500"}),
        json_response(200, BNB, {"X-SAPI-USED-IP-WEIGHT-1M": "120"}),
    ]
    fake = FakeBinance(*replies)
    with _client(fake) as client:
        client.account.get_bnb_burn_status()
        first = client.rate_limits
        client.account.get_bnb_burn_status()
        second = client.rate_limits
    assert first.used_ip_weight == {"1m": 500} and second.used_ip_weight == {"1m": 500}
    assert first.limit("ip_weight_1m").used >= 500 and second.limit("ip_weight_1m").used >= 501


def test_local_store_resync_and_rolling_window() -> None:
    config = ClientConfig(api_key="k", api_secret="s", rate_limit_ip_weight=100)
    specs = limit_specs(config)
    scopes = Scopes.of(config)
    store = LocalStore()
    demand = build_demand(OPERATIONS["getCrossAccount"], WEIGHTS["getCrossAccount"], {}, specs, scopes, 1)
    key, spec, _cost = demand.charges[0]
    assert store.acquire(demand) == (0.0, "")
    store.resync(key, spec, 95, elapsed_ms=1)
    assert store.used([(key, spec)]) == [95]
    store.resync(key, spec, 20, elapsed_ms=1)
    assert store.used([(key, spec)]) == [95]
    wait, reason = store.acquire(demand)
    assert reason == "ip_weight_1m" and 59 < wait <= 61


# -- rate_limits under concurrency --------------------------------------------------------------------------------


def _monotone(snapshots: list[tuple[int, int, int]]) -> bool:
    """Within each minute, neither the budget's count nor Binance's reported count decreases."""
    last: dict[int, tuple[int, int]] = {}
    for minute, used, reported in snapshots:
        prev = last.get(minute, (0, 0))
        if used < prev[0] or reported < prev[1]:
            return False
        last[minute] = (used, reported)
    return True


@pytest.mark.parametrize("shared", [False, True], ids=["in-process", "redis"])
async def test_rate_limits_never_move_backwards_under_200_concurrent_requests(
    shared: bool, request: pytest.FixtureRequest
) -> None:
    import time

    redis_url = request.getfixturevalue("redis_url") if shared else None
    with Sandbox.running() as sb:
        async with AsyncMarginClient(
            "demo-api-key", "demo-api-secret", base_url=sb.base_url, rate_limit_redis_url=redis_url
        ) as client:
            snapshots: list[tuple[int, int, int]] = []

            async def one() -> None:
                await client.account.get_cross_account()
                status = client.rate_limits
                snapshots.append(
                    (
                        time.time_ns() // 60_000_000_000,
                        status.limit("ip_weight_1m").used,
                        status.used_ip_weight.get("1m", 0),
                    )
                )

            await asyncio.gather(*(one() for _ in range(200)))
            final = await client.read_rate_limits()
    assert len(snapshots) == 200
    assert _monotone(snapshots)
    assert final.shared is shared
    assert final.limit("ip_weight_1m").used >= 2000 or snapshots[0][0] != snapshots[-1][0]


def test_the_monotone_check_can_fail() -> None:
    assert not _monotone([(1, 10, 10), (1, 20, 15), (1, 30, 12)])
    assert _monotone([(1, 10, 10), (2, 5, 5)])


# -- Redis ----------------------------------------------------------------------------------------------------------


def test_two_clients_share_one_budget_through_redis(redis_url: str, clock: FakeClock) -> None:
    settings = {"rate_limit_uid_weight": 12, "rate_limit_orders": "refuse", "rate_limit_redis_url": redis_url}
    a_fake, b_fake = FakeBinance(json_response(200, ORDER)), FakeBinance(json_response(200, ORDER))
    with _client(a_fake, **settings) as a, _client(b_fake, **settings) as b:
        b._runtime.governor.core.local = LocalStore()  # as if b were another process: only Redis is shared
        _order(a)
        _order(b)
        with pytest.raises(RateLimitedError):
            _order(b)
        status = b.read_rate_limits()
    assert status.shared and status.limit("uid_weight_1m").used == 12
    assert len(a_fake.requests) == 1 and len(b_fake.requests) == 1


def test_redis_keys_expire(redis_url: str) -> None:
    import redis

    replies = FakeBinance(json_response(200, ORDER), json_response(200, {"tranId": 1}))
    with _client(replies, rate_limit_redis_url=redis_url) as client:
        _order(client)
        client.borrow_repay.borrow_repay(asset="USDT", amount=Decimal(1), type="BORROW")
    r = redis.Redis.from_url(redis_url)
    keys = r.keys("binance_margin:rl:*")
    assert keys and all(r.pttl(k) > 0 for k in keys)
    assert not any(b"test-api-key" in k for k in keys), "keys name a fingerprint of the API key, never the key"
    r.close()


def test_unreachable_redis_falls_back_to_the_local_view_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once the socket is closed
    fake = FakeBinance(json_response(200, ORDER))
    unreachable = _client(fake, rate_limit_redis_url=f"redis://127.0.0.1:{port}/0")
    with caplog.at_level(logging.WARNING, logger="binance_margin"), unreachable as client:
        _order(client)
        _order(client)
        assert client.rate_limits.limit("uid_weight_1m").used == 12
        assert not client.read_rate_limits().shared
    assert len(fake.requests) == 2
    assert sum("Redis is unreachable" in r.getMessage() for r in caplog.records) == 1


async def test_async_client_waits_with_await(clock: FakeClock) -> None:
    fake = FakeBinance(json_response(200, {"tranId": 1}))
    client = make_async_client(fake)

    async def sleep(seconds: float) -> None:
        clock.sleep(seconds)

    client._runtime.sleep = sleep
    async with client:
        await client.borrow_repay.borrow_repay(asset="USDT", amount=Decimal(10), type="BORROW")
        await client.borrow_repay.borrow_repay(asset="USDT", amount=Decimal(10), type="REPAY")
    assert len(clock.sleeps) == 1 and 0.09 < clock.sleeps[0] <= 0.106


def test_redis_windows_follow_redis_clock_not_the_clients(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = {"rate_limit_uid_weight": 12, "rate_limit_orders": "refuse", "rate_limit_redis_url": redis_url}
    a_fake, b_fake = FakeBinance(json_response(200, ORDER)), FakeBinance(json_response(200, ORDER))
    with _client(a_fake, **settings) as a, _client(b_fake, **settings) as b:
        b._runtime.governor.core.local = LocalStore()
        real_now = _local._now_ms
        monkeypatch.setattr(_local, "_now_ms", lambda: real_now() + 3_600_000)  # a's machine is an hour ahead
        _order(a)
        _order(a)
        monkeypatch.setattr(_local, "_now_ms", real_now)
        with pytest.raises(RateLimitedError):
            _order(b)  # b sees a's orders in the same window although their clocks disagree
    assert len(a_fake.requests) == 2 and b_fake.requests == []


def test_rate_limit_wait_sets_the_deadline_for_a_block(clock: FakeClock) -> None:
    from binance_margin import rate_limit_wait

    fake = FakeBinance(json_response(200, BNB))
    with _client(fake, clock, rate_limit_ip_weight=1, rate_limit_max_wait=120) as client:
        client.account.get_bnb_burn_status()
        with rate_limit_wait(0), pytest.raises(RateLimitedError):
            client.account.get_bnb_burn_status()
        assert clock.sleeps == [] and len(fake.requests) == 1
        client.account.get_bnb_burn_status()  # outside the block: the configured 120 s apply, it waits
    assert len(clock.sleeps) == 1 and len(fake.requests) == 2
