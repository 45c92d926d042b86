"""The pagination engine: whole histories in one call, from the generated pagination table.

Every history endpoint caps what one query returns in its own way (time windows, ``fromId`` cursors,
``current``/``size`` pages, how far back it answers). The spec says how, per operation (``x-pagination``); the
generator turns that into ``binance_margin_generated.pagination`` and into ``iter_*`` methods on both clients,
which call :func:`iterate` or :func:`aiterate` here.

The logic lives once, in :class:`_Walk`, a sans-IO planner: ``next_request()`` says what to send next (or that
the walk is over), ``take(result)`` consumes the parsed answer and returns the rows to yield. The sync and async
iterators only run that loop with ``call`` or ``await call``.

Guarantees: rows come oldest first, each exactly once (window bounds are inclusive and never overlap; rows on the
same millisecond are ordered and deduplicated by id); a range starting beyond the endpoint's horizon is refused
before anything is sent; the walk stops as soon as the range is exhausted and skips every request the endpoint's
rules let it skip (an id cursor continues past empty windows instead of asking for them).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from ._errors import ValidationError
from ._types import MarginMode

if TYPE_CHECKING:
    from binance_margin_generated.operations import Operation
    from binance_margin_generated.pagination import Paging

__all__ = ["HistoryProgress", "ProgressCallback", "aiterate", "iterate", "to_epoch_ms"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_DAY_MS = 86_400_000
_SETTLED_MS = 60_000
"""A window ending this close to now (or later) may still receive rows while it is walked."""


@dataclass(frozen=True, slots=True)
class HistoryProgress:
    """Where a history walk stands, passed to the ``progress`` callback after every request."""

    operation_id: str
    windows_done: int
    """Time windows finished (an id cursor that has left the windows behind counts them all as done)."""
    windows_total: int
    """Time windows the range splits into (at most this many window requests)."""
    pages_done: int
    """Requests sent so far."""
    pages_to_go: int | None
    """Pages still to fetch in the current window when the endpoint says (``total``), else None."""
    rows: int
    """Rows yielded or about to be yielded so far."""


ProgressCallback = Callable[[HistoryProgress], None]
"""The ``progress=`` argument of every ``iter_*`` method."""


class _SyncCaller(Protocol):
    def call(
        self, op: Operation, params: dict[str, Any], margin: MarginMode | None, extra: Mapping[str, Any] | None = None
    ) -> Any: ...


class _AsyncCaller(Protocol):
    def call(
        self, op: Operation, params: dict[str, Any], margin: MarginMode | None, extra: Mapping[str, Any] | None = None
    ) -> Awaitable[Any]: ...


def to_epoch_ms(value: datetime | int, name: str) -> int:
    """Epoch milliseconds from a timezone-aware ``datetime`` or an int; a naive datetime is refused."""
    if isinstance(value, datetime):
        if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
            raise ValidationError(
                f"{name}={value.isoformat()} is a naive datetime: give it a timezone "
                f"(datetime(..., tzinfo=UTC)) or pass epoch milliseconds"
            )
        return (value - _EPOCH) // timedelta(milliseconds=1)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{name} must be a timezone-aware datetime or epoch milliseconds, not {value!r}")
    if value < 0:
        raise ValidationError(f"{name}={value}: epoch milliseconds cannot be negative")
    return value


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _span(ms: int) -> str:
    if ms % _DAY_MS == 0:
        return f"{ms // _DAY_MS} days"
    return f"{ms / 3_600_000:g} hours"


def _now_ms(runtime: object) -> int:
    """Binance's clock as the client knows it (the runtime's synced clock), else the system clock."""
    clock = getattr(getattr(runtime, "core", None), "clock", None)
    now = getattr(clock, "now_ms", None)
    if callable(now):
        return int(now())
    return time.time_ns() // 1_000_000


class _Walk:
    """The sans-IO planner of one history walk: which request next, and which rows an answer yields."""

    def __init__(
        self,
        paging: Paging,
        fixed: dict[str, Any],
        start_ms: int,
        end_ms: int,
        progress: ProgressCallback | None,
        now_ms: int,
    ) -> None:
        self.pg = paging
        self.now = now_ms
        self.fixed = fixed
        self.start = start_ms
        self.end = end_ms
        self.progress = progress
        span = paging.window_ms
        for arg, wider in paging.window_with:
            if fixed.get(arg) is not None:
                span = wider
        self.span = span
        self.windows_total = 1 if span is None else -(-(end_ms - start_ms + 1) // (span + 1))
        self.seen_bug = True
        self.windows_done = 0
        self.lo = start_ms
        self.pages_done = 0
        self.rows = 0
        self.done = False
        # time-then-id / time-and-id: the id cursor (None while still looking through windows)
        self.cursor: int | None = None
        # time-and-page: pages left to fetch in this window, the held newest page, ids already given
        self.current = 1
        self.queue: list[int] = []
        self.held: list[Any] = []
        self.seen: set[Any] = set()
        self.pages_to_go: int | None = None
        self.live = False
        """This window reaches the present: read forward (see ``_take_pages``)."""

    # -- planning ---------------------------------------------------------------------------------------------

    @property
    def hi(self) -> int:
        """The end of the current window (inclusive)."""
        return self.end if self.span is None else min(self.end, self.lo + self.span)

    def next_request(self) -> dict[str, Any] | None:
        """The arguments of the next call (generated Python names), or None when the walk is over."""
        if self.done:
            return None
        pg = self.pg
        req = dict(self.fixed)
        if pg.page_param is not None and pg.page_size is not None:
            req[pg.page_param] = pg.page_size
        if pg.cursor == "time-then-id" and self.cursor is not None:
            assert pg.id_param is not None
            req[pg.id_param] = self.cursor
            return req
        req[pg.start_param] = self.lo
        req[pg.end_param] = self.hi
        if pg.cursor == "time-and-id":
            assert pg.id_param is not None
            req[pg.id_param] = self.cursor if self.cursor is not None else 0
        elif pg.cursor == "time-and-page":
            assert pg.current_param is not None
            req[pg.current_param] = self.current
        return req

    def _next_window(self) -> None:
        self.windows_done += 1
        self.current, self.queue, self.held, self.seen = 1, [], [], set()
        self.pages_to_go = None
        self.live = False
        if self.pg.cursor == "time-and-id":
            self.cursor = None
        if self.hi >= self.end:
            self.done = True
        else:
            self.lo = self.hi + 1

    # -- consuming --------------------------------------------------------------------------------------------

    def _rows_of(self, result: Any) -> list[Any]:
        rows = result if self.pg.rows_attr is None else getattr(result, self.pg.rows_attr, None)
        return list(rows) if isinstance(rows, list) else []

    def _time(self, row: Any) -> int:
        return int(getattr(row, self.pg.time_attr))

    def _id(self, row: Any) -> Any:
        return getattr(row, self.pg.id_attr) if self.pg.id_attr is not None else None

    def _key(self, row: Any) -> tuple[int, Any]:
        ident = self._id(row)
        return (self._time(row), ident if ident is not None else 0)

    def take(self, result: Any) -> list[Any]:
        """Consume one answer; return its rows to yield (in order), and plan what comes next."""
        self.pages_done += 1
        rows = self._rows_of(result)
        cursor = self.pg.cursor
        if cursor == "time-then-id":
            out = self._take_then_id(rows)
        elif cursor == "time-and-id":
            out = self._take_and_id(rows)
        elif cursor == "time-and-page":
            out = self._take_pages(result, rows)
        else:
            out = sorted((r for r in rows if self.start <= self._time(r) <= self.end), key=self._key)
            self._next_window()
        self.rows += len(out)
        if self.progress is not None:
            self.progress(
                HistoryProgress(
                    operation_id=self.pg.operation_id,
                    windows_done=self.windows_total if self.done else self.windows_done,
                    windows_total=self.windows_total,
                    pages_done=self.pages_done,
                    pages_to_go=0 if self.done else self.pages_to_go,
                    rows=self.rows,
                )
            )
        return out

    def _full(self, rows: list[Any]) -> bool:
        return self.pg.page_size is not None and len(rows) >= self.pg.page_size

    def _after(self, rows: list[Any]) -> int:
        top = max(int(self._id(r)) for r in rows)
        return top + 1 if self.pg.id_inclusive else top

    def _take_then_id(self, rows: list[Any]) -> list[Any]:
        """Windows until the first row, then the id cursor alone (it skips empty stretches of time)."""
        rows = sorted(rows, key=lambda r: int(self._id(r)))
        out = [r for r in rows if self.start <= self._time(r) <= self.end]
        if self.cursor is None:  # still walking windows
            if not rows:
                self._next_window()
                return out
            if not self._full(rows) and self.hi >= self.end:
                self.windows_done = self.windows_total
                self.done = True
                return sorted(out, key=self._key)
            self.windows_done += 1
            self.cursor = self._after(rows)
            return sorted(out, key=self._key)
        # by id: ids grow with time, so the first row past the end closes the range
        if not rows or not self._full(rows) or any(self._time(r) > self.end for r in rows):
            self.done = True
        else:
            self.cursor = self._after(rows)
        return sorted(out, key=self._key)

    def _take_and_id(self, rows: list[Any]) -> list[Any]:
        """The id cursor inside each window (the cursor never widens the window)."""
        rows = sorted(rows, key=lambda r: int(self._id(r)))
        out = [r for r in rows if self.start <= self._time(r) <= self.end]
        if self._full(rows):
            self.cursor = self._after(rows)
        else:
            self._next_window()
        return sorted(out, key=self._key)

    def _fresh(self, rows: list[Any]) -> list[Any]:
        """Oldest first, without rows already given in this window."""
        ordered = list(reversed(rows)) if self.pg.descending else list(rows)
        out = []
        for r in ordered:
            ident = self._id(r)
            if ident is not None:
                if ident in self.seen:
                    continue
                self.seen.add(ident)
            if self.start <= self._time(r) <= self.end:
                out.append(r)
        return out

    def _take_pages(self, result: Any, rows: list[Any]) -> list[Any]:
        """current/size pages in each window, oldest rows first.

        Newest-first endpoints are read from the last page back to page 1 (held until the end), so only two pages
        are in memory. A window that reaches the present (rows may still arrive and push the others down a page)
        is read forward instead, until a short page, and given out at its end: a row pushed across a page
        boundary is then seen twice (dropped by id), never missed.
        """
        size = self.pg.page_size or max(len(rows), 1)
        if self.live:
            self.held += rows
            if len(rows) >= size:
                self.current += 1
                return []
            given = self._fresh(self.held)
            self._next_window()
            return given
        if self.current == 1 and not self.queue:
            total = getattr(result, self.pg.total_attr, None) if self.pg.total_attr else None
            pages = -(-int(total) // size) if isinstance(total, int) else (2 if len(rows) >= size else 1)
            if pages <= 1 or not rows:
                self._next_window()
                return self._fresh(rows)
            if self.pg.descending and self.hi >= self.now - _SETTLED_MS:
                self.live = True
                self.held = list(rows)
                self.current = 2
                return []
            if self.pg.descending:
                # page 1 holds the newest rows: keep it, fetch the last page first, and work back to page 2
                self.held = rows
                self.queue = list(range(pages, 1, -1))
                out: list[Any] = []
            else:
                self.queue = list(range(2, pages + 1))
                out = self._fresh(rows)
            self.current = self.queue.pop(0)
            self.pages_to_go = len(self.queue) + 1
            return out
        out = self._fresh(rows)
        if self.queue:
            self.current = self.queue.pop(0)
            self.pages_to_go = len(self.queue) + 1
            return out
        if self.held:
            out += self._fresh(self.held)
        self._next_window()
        return out


def _plan(
    runtime: object,
    op: Operation,
    paging: Paging,
    fixed: dict[str, Any],
    start: datetime | int,
    end: datetime | int | None,
    progress: ProgressCallback | None,
) -> _Walk:
    """Check the range (before anything is sent) and set up the walk."""
    start_ms = to_epoch_ms(start, "start")
    now = _now_ms(runtime)
    end_ms = now if end is None else to_epoch_ms(end, "end")
    if start_ms > end_ms:
        raise ValidationError(f"start ({_iso(start_ms)}) is after end ({_iso(end_ms)})")
    if paging.horizon_ms is not None and start_ms < now - paging.horizon_ms:
        raise ValidationError(
            f"{op.operation_id} answers only the last {_span(paging.horizon_ms)} (since "
            f"{_iso(now - paging.horizon_ms)}): start {_iso(start_ms)} is beyond that horizon"
        )
    return _Walk(paging, fixed, start_ms, end_ms, progress, now)


def iterate(
    runtime: _SyncCaller,
    op: Operation,
    paging: Paging,
    fixed: dict[str, Any],
    margin: MarginMode | None,
    *,
    start: datetime | int,
    end: datetime | int | None = None,
    progress: ProgressCallback | None = None,
    extra: Mapping[str, Any] | None = None,
) -> Iterator[Any]:
    """Every row of a paged operation in ``[start, end]``, oldest first (the range is checked right away)."""
    walk = _plan(runtime, op, paging, fixed, start, end, progress)

    def rows() -> Iterator[Any]:
        while (req := walk.next_request()) is not None:
            yield from walk.take(runtime.call(op, req, margin, extra))

    return rows()


def aiterate(
    runtime: _AsyncCaller,
    op: Operation,
    paging: Paging,
    fixed: dict[str, Any],
    margin: MarginMode | None,
    *,
    start: datetime | int,
    end: datetime | int | None = None,
    progress: ProgressCallback | None = None,
    extra: Mapping[str, Any] | None = None,
) -> AsyncIterator[Any]:
    """The async twin of :func:`iterate`: the same walk, each request awaited."""
    walk = _plan(runtime, op, paging, fixed, start, end, progress)

    async def rows() -> AsyncIterator[Any]:
        while (req := walk.next_request()) is not None:
            for row in walk.take(await runtime.call(op, req, margin, extra)):
                yield row

    return rows()
