"""What the history commands share: the range they cover and a progress display fed by the SDK's iterators.

The walking itself (windows, pages, cursors) is the SDK's: every history command calls an ``iter_*`` method.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .._errors import ValidationError
from .._pagination import HistoryProgress
from .._ratelimit import rate_limit_wait
from ._app import _DAY_MS


def history_range(start: int | None, end: int | None, days: int | None, default_days: int) -> tuple[int, int]:
    """[start, end] in ms: ``--start``/``--end``, else the last ``--days`` (or ``default_days``) up to now."""
    now = int(time.time() * 1000)
    hi = end if end is not None else now
    lo = start if start is not None else hi - (days or default_days) * _DAY_MS + 1
    if lo > hi:
        raise ValidationError("--start is after --end")
    return lo, hi


HISTORY_RATE_LIMIT_WAIT = 75.0
"""How long one request of a history walk may wait for rate-limit budget: a long walk (allOrders weighs 200) may
use up a minute's 12,000 and then waits for the window to roll rather than failing half-way."""


@contextmanager
def progress_display(err: Console, label: str) -> Iterator[Callable[[HistoryProgress], None]]:
    """A transient progress bar on stderr; yields the ``progress=`` callback for an ``iter_*`` method.

    Inside it, requests may wait up to ``HISTORY_RATE_LIMIT_WAIT`` seconds for rate-limit budget.
    """
    with (
        rate_limit_wait(HISTORY_RATE_LIMIT_WAIT),
        Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as bar,
    ):
        task = bar.add_task(label, total=None)

        def update(p: HistoryProgress) -> None:
            to_go = f", {p.pages_to_go} page(s) to go in this window" if p.pages_to_go else ""
            bar.update(
                task,
                total=p.windows_total,
                completed=p.windows_done,
                description=f"{label}: {p.rows} rows, {p.pages_done} request(s){to_go}",
            )

        yield update
