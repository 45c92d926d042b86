"""The history iterators against the sandbox's ledger: every row once, oldest first, in the fewest requests.

Random histories spread over months (several rows on one millisecond, rows exactly on window edges) and random
ranges: each iterator must return exactly the ledger's rows for the range, and the sandbox's request log must
show the minimum number of requests Binance's rules allow for that range (rules written out here from Binance's
docs, independently of the spec's x-pagination table).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from binance_margin import AsyncMarginClient, HistoryProgress, MarginClient, ValidationError
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET
from hypothesis import given, settings
from hypothesis import strategies as st

from ._ledger import DAY, KINDS, PATHS, Histories, Kind, iterator, row_key

# Binance's rules per kind: (window covered by one request in ms, page size); window None = no limit
RULES: dict[Kind, tuple[int | None, int]] = {
    "orders": (DAY, 500),  # endTime - startTime < 24 hours: a request covers 24 hours to the ms
    "trades": (DAY, 1000),
    "borrows": (30 * DAY + 1, 100),  # with asset: endTime - startTime <= 30 days
    "repays": (30 * DAY + 1, 100),
    "interest": (30 * DAY + 1, 100),
    "transfers": (30 * DAY + 1, 100),
}
HORIZON: dict[Kind, int | None] = {k: None for k in KINDS} | {"interest": 90 * DAY}


def minimum_requests(h: Histories, kind: Kind, start: int, end: int) -> int:
    """The fewest requests Binance's rules allow to be sure of every row in ``[start, end]``."""
    cover, page = RULES[kind]
    assert cover is not None
    windows = [(lo, min(end, lo + cover - 1)) for lo in range(start, end + 1, cover)]
    in_range = h.ledger(kind, start, end)
    if kind in ("orders", "trades"):
        # windows until the first one holding a row (nothing else can find it), then the id cursor: every page of
        # in-range rows, and one last answer that is short or runs past the end
        if not in_range:
            return len(windows)
        first = next(i for i, (lo, hi) in enumerate(windows) if lo <= in_range[0][0] <= hi)
        lo, hi = windows[first]
        returned = min(page, sum(1 for r in in_range if lo <= r[0] <= hi))
        if returned < page and hi == end:
            return first + 1
        return first + 1 + (len(in_range) - returned) // page + 1
    # current/size pages in each window: at least one request a window, one per page of rows
    return sum(max(1, -(-sum(1 for r in in_range if lo <= r[0] <= hi) // page)) for lo, hi in windows)


@st.composite
def scenario(draw: st.DrawFn, kinds: tuple[Kind, ...] = KINDS) -> tuple[Kind, list[int], int, int]:
    """A kind, the times of its rows, and a range [start, end] in the sandbox's past."""
    kind = draw(st.sampled_from(kinds))
    span = 150 * DAY
    horizon = HORIZON[kind]
    lo_bound = span - horizon + 60_000 if horizon is not None else 0
    # ranges end at least two minutes before the clock (a window reaching the present is read differently:
    # test_a_window_reaching_the_present_misses_nothing)
    last = span - 120_000
    length = draw(st.sampled_from([1, DAY, 10 * DAY, 31 * DAY, 85 * DAY])) - draw(st.integers(0, 1000))
    start = draw(st.integers(lo_bound, last - max(length, 0)))
    end = min(last, start + max(length, 0))
    cover = RULES[kind][0] or span
    edges = [start + k * cover + d for k in range(0, 4) for d in (-1, 0, 1)] + [start - 1, end, end + 1]
    first = draw(st.integers(0, 3))  # leave the first windows empty now and then
    picks = [t for t in edges if t >= start + first * cover - 1]
    picks += draw(st.lists(st.sampled_from(edges), max_size=4))
    same_ms = draw(st.lists(st.integers(0, span), max_size=3))
    bulk = draw(st.sampled_from([0, 5, 150, 1100]))
    seed = draw(st.integers(0, 2**16))
    rng = random.Random(seed)
    times = picks + [t for t in same_ms for _ in range(rng.randint(2, 4))]
    times += [rng.randrange(max(0, start - DAY), min(span, end + DAY) + 1) for _ in range(bulk)]
    return kind, [t for t in times if 0 <= t <= span], start, end


def _check(h: Histories, kind: Kind, start: int, end: int, got: list[tuple[int, int, object]]) -> None:
    want = h.ledger(kind, start, end)
    assert len({g[1] for g in got}) == len(got), "a row came twice"
    assert got == want
    sent = [r for r in h.sandbox.request_log if r.path == PATHS[kind]]
    assert all(r.status == 200 for r in sent), [(r.params, r.code) for r in sent if r.status != 200]
    assert len(sent) == minimum_requests(h, kind, start, end)


@settings(max_examples=30)
@given(case=scenario())
def test_iterators_return_the_ledger_in_order_in_the_fewest_requests(
    histories: Histories, client: MarginClient, case: tuple[Kind, list[int], int, int]
) -> None:
    kind, offsets, start, end = case
    h = histories
    h.clear()
    h.seed(kind, [h.t0 + t for t in offsets])
    got = [row_key(kind, r) for r in iterator(client, kind, h.t0 + start, h.t0 + end)]
    _check(h, kind, h.t0 + start, h.t0 + end, got)


@settings(max_examples=8)
@given(case=scenario())
async def test_async_iterators_return_the_same(histories: Histories, case: tuple[Kind, list[int], int, int]) -> None:
    kind, offsets, start, end = case
    h = histories
    async with AsyncMarginClient(api_key=DEMO_API_KEY, api_secret=DEMO_API_SECRET, base_url=h.sandbox.base_url) as c:
        await c.sync_time()
        h.clear()
        h.seed(kind, [h.t0 + t for t in offsets])
        got = [row_key(kind, r) async for r in iterator(c, kind, h.t0 + start, h.t0 + end)]
    _check(h, kind, h.t0 + start, h.t0 + end, got)


def test_same_millisecond_across_a_page_boundary(histories: Histories, client: MarginClient) -> None:
    """1200 orders on one millisecond: three pages by id, each order once."""
    h = histories
    h.clear()
    t = h.t0 + 40 * DAY
    h.seed("orders", [t] * 1200)
    got = [row_key("orders", r) for r in iterator(client, "orders", t - 5, t + 5)]
    assert got == h.ledger("orders", t - 5, t + 5) and len(got) == 1200
    # the window answers 500, the id cursor 500 then 200 (short: done)
    assert [r.path for r in h.sandbox.request_log if r.path != "/api/v3/time"] == [PATHS["orders"]] * 3


def test_id_cursor_skips_empty_windows(histories: Histories, client: MarginClient) -> None:
    """Two orders 60 days apart: one window request finds the first, one id request the rest; no empty day."""
    h = histories
    h.clear()
    h.seed("orders", [h.t0 + 10 * DAY, h.t0 + 70 * DAY])
    rows = list(client.trade.iter_all_orders(symbol="BTCUSDT", start=h.t0 + 10 * DAY, end=h.t0 + 100 * DAY))
    assert [r.time for r in rows] == [h.t0 + 10 * DAY, h.t0 + 70 * DAY]
    assert [r.path for r in h.sandbox.request_log if r.path != "/api/v3/time"] == [PATHS["orders"]] * 2


def test_progress_reports_windows_and_pages(histories: Histories, client: MarginClient) -> None:
    h = histories
    h.clear()
    h.seed("transfers", [h.t0 + 5 * DAY + i for i in range(250)])
    seen: list[HistoryProgress] = []
    rows = list(client.transfer.iter_transfer_history(start=h.t0, end=h.t0 + 65 * DAY, progress=seen.append))
    assert len(rows) == 250
    assert [p.pages_done for p in seen] == [1, 2, 3, 4, 5]  # window 1: 3 pages; windows 2 and 3: one each
    assert seen[0].windows_total == 3 and seen[0].pages_to_go == 2
    assert seen[-1].windows_done == 3 and seen[-1].rows == 250


def test_datetimes_are_accepted_and_naive_ones_refused(histories: Histories, client: MarginClient) -> None:
    h = histories
    h.clear()
    h.seed("trades", [h.t0 + DAY])
    start = datetime.fromtimestamp(h.t0 / 1000, UTC)
    rows = list(client.trade.iter_my_trades(symbol="BTCUSDT", start=start, end=start + timedelta(days=2)))
    assert [r.time for r in rows] == [h.t0 + DAY]
    with pytest.raises(ValidationError, match="naive datetime"):
        client.trade.iter_my_trades(symbol="BTCUSDT", start=datetime(2025, 1, 1))
    with pytest.raises(ValidationError, match="after end"):
        client.trade.iter_my_trades(symbol="BTCUSDT", start=h.t0 + DAY, end=h.t0)


def test_a_range_past_the_horizon_is_refused_before_sending(histories: Histories, client: MarginClient) -> None:
    h = histories
    h.clear()
    with pytest.raises(ValidationError, match="last 90 days"):
        client.borrow_repay.iter_interest_history(start=h.now - 91 * DAY)
    with pytest.raises(ValidationError, match="last 180 days"):
        client.transfer.iter_universal_transfer_history(type="MAIN_MARGIN", start=h.now - 181 * DAY)
    assert [r for r in h.sandbox.request_log if r.path != "/api/v3/time"] == []


async def test_async_horizon_refused_before_sending(histories: Histories, aclient: AsyncMarginClient) -> None:
    h = histories
    h.clear()
    with pytest.raises(ValidationError, match="90 days"):
        aclient.account.iter_capital_flow(start=h.now - 100 * DAY)
    assert [r for r in h.sandbox.request_log if r.path != "/api/v3/time"] == []


def test_every_paged_operation_has_an_iterator_on_both_clients() -> None:
    import binance_margin_generated.surface as surface
    from binance_margin_generated.operations import OPERATIONS
    from binance_margin_generated.pagination import PAGINATION
    from binance_margin_generated.surface import GROUPS

    for opid in PAGINATION:
        op = OPERATIONS[opid]
        attr = next(a for a, (sync, _) in GROUPS.items() if sync.lower().startswith(op.tag.replace("-", "")))
        sync_cls, async_cls = GROUPS[attr]
        name = "iter_" + op.module.rsplit(".", 1)[1].removeprefix("get_")
        assert callable(getattr(getattr(surface, sync_cls), name)), (opid, sync_cls, name)
        assert callable(getattr(getattr(surface, async_cls), name)), (opid, async_cls, name)


def test_a_window_reaching_the_present_misses_nothing(histories: Histories, client: MarginClient) -> None:
    """Rows recorded late (dated inside the window) push the others down a page while the walk runs: a window
    reaching the present is read forward, so every row that was there is returned, once."""
    h = histories
    h.clear()
    now = h.sandbox.clock.now_ms()
    h.seed("transfers", [now - 5 * DAY + i * 1000 for i in range(250)])
    start = now - 6 * DAY
    before = h.ledger("transfers", start, now)

    def arrive(_: HistoryProgress) -> None:  # after every request, two rows dated a second ago land on top
        h.seed("transfers", [h.sandbox.clock.now_ms() - 1000] * 2)

    got = [row_key("transfers", r) for r in client.transfer.iter_transfer_history(start=start, progress=arrive)]
    assert len({g[1] for g in got}) == len(got), "a row came twice"
    assert set(before) <= set(got), "a row that was there when the walk began is missing"
    assert got == sorted(got) and set(got) <= set(h.ledger("transfers", start, h.sandbox.clock.now_ms()))


def test_capital_flow_pages_by_id_inside_seven_day_windows(histories: Histories, client: MarginClient) -> None:
    """time-and-id: fromId pages (1000, exclusive) inside 7-day windows; rows on window edges once."""
    from binance_margin.sandbox._state import CapitalFlowRecord

    h = histories
    h.clear()
    h.user.capital_flow.clear()
    start = h.now - 80 * DAY
    edges = [start + k * (7 * DAY + 1) + d for k in (1, 2) for d in (-1, 0, 1)]
    times = sorted([start + (i * 997) % (20 * DAY) for i in range(5000)] + edges + [start] * 3)
    for t in times:
        ident = h.sandbox.state.new_id()
        h.user.capital_flow.append(
            CapitalFlowRecord(id=ident, tran_id=ident, timestamp=t, asset="USDT", type="TRANSFER", amount=Decimal(1))
        )
    end = start + 20 * DAY
    rows = list(client.account.iter_capital_flow(start=start, end=end))
    want = sorted((r.timestamp, r.id) for r in h.user.capital_flow if start <= r.timestamp <= end)
    assert [(r.timestamp, r.id) for r in rows] == want
    windows = [(lo, min(end, lo + 7 * DAY)) for lo in range(start, end + 1, 7 * DAY + 1)]
    counts = [sum(1 for t, _ in want if lo <= t <= hi) for lo, hi in windows]
    sent = [r for r in h.sandbox.request_log if r.path == "/sapi/v1/margin/capital-flow"]
    assert len(sent) == sum(n // 1000 + 1 for n in counts)
    h.user.capital_flow.clear()
