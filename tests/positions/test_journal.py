"""The positions journal: steps written before they are sent, claims that one process at a time can hold."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path
from typing import Any

import pytest
from binance_margin.positions._journal import Journal, JournalError, StepConflict, default_journal_path


def _race(path: str, op_ids: list[str], start_at: float, queue: Any) -> None:
    """In a child process: wait for the common start time, then try to claim every operation at once."""
    journal = Journal(path)
    won = []
    while time.time() < start_at:
        time.sleep(0.001)
    for op_id in op_ids:
        if journal.claim(op_id):
            journal.add_step(op_id, "repay", {"asset": "BTC"}, not_before_ms=1, recv_window=5000)
            won.append(op_id)
    queue.put((os.getpid(), won))
    time.sleep(1.0)  # alive (its claims holding) until the other process has tried them all


def _claim_and_die(path: str, op_id: str) -> None:
    journal = Journal(path)
    assert journal.claim(op_id)
    os._exit(0)  # no release: the claim dies with the process


def _claim_and_hold(path: str, op_id: str, ready: Any, stop: Any) -> None:
    journal = Journal(path)
    assert journal.claim(op_id)
    ready.set()
    stop.wait(30)


def test_steps_are_written_before_and_marked_after(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    op = journal.begin("close", "ISOLATED:BTCUSDT", {"transfer_to": "spot"})
    seq = journal.add_step(op, "order", {"side": "BUY"}, not_before_ms=10, recv_window=5000, client_order_id="x1")
    assert journal.steps(op)[0].status == "pending"
    journal.mark_step(op, seq, "unknown", timestamp_ms=12)
    journal.mark_step(op, seq, "done", {"orderId": 7})
    step = journal.steps(op)[0]
    assert (step.seq, step.status, step.outcome, step.timestamp_ms, step.client_order_id) == (
        1,
        "done",
        {"orderId": 7},
        12,
        "x1",
    )
    assert journal.add_step(op, "repay", {}, not_before_ms=11, recv_window=5000) == 2
    assert [o.id for o in journal.operations(unfinished=True)] == [op]
    journal.finish(op, "done")
    assert journal.operations(unfinished=True) == []
    assert journal.operation(op).status == "done"
    with pytest.raises(StepConflict):  # a finished operation takes no more steps
        journal.add_step(op, "repay", {}, not_before_ms=12, recv_window=5000)
    # The file is in WAL mode and another journal object on it sees the same rows.
    other = Journal(tmp_path / "j.sqlite3")
    assert [s.seq for s in other.steps(op)] == [1, 2]
    assert other._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_only_the_owner_writes_steps(tmp_path: Path) -> None:
    a, b = Journal(tmp_path / "j.sqlite3"), Journal(tmp_path / "j.sqlite3")
    op = a.begin("repay_all", "CROSS", {"asset": "BTC"})
    assert not b.claim(op)  # held by a (same process, alive): b must not act
    with pytest.raises(StepConflict):
        b.add_step(op, "repay", {}, not_before_ms=1, recv_window=5000)
    a.release(op)
    assert b.claim(op)
    with pytest.raises(StepConflict):
        a.add_step(op, "repay", {}, not_before_ms=1, recv_window=5000)
    with pytest.raises(JournalError):
        b.claim("no-such-operation")


def test_in_memory_journal_is_not_persistent() -> None:
    journal = Journal(None)
    assert not journal.persistent
    op = journal.begin("close", "CROSS", {})
    assert journal.add_step(op, "repay", {}, not_before_ms=1, recv_window=5000) == 1


def test_default_path_is_in_the_user_state_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    path = default_journal_path()
    assert path.name == "journal.sqlite3"
    assert "binance-margin" in path.parts
    if os.name == "posix" and "darwin" not in os.sys.platform:
        assert path.is_relative_to(tmp_path)


def test_two_processes_racing_for_the_same_operations(tmp_path: Path) -> None:
    path = str(tmp_path / "race.sqlite3")
    journal = Journal(path)
    op_ids = []
    for _ in range(40):
        op = journal.begin("close", "CROSS", {})
        journal.release(op)
        op_ids.append(op)
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    start_at = time.time() + 3.0  # both children are up by then (spawn imports take ~1 s)
    procs = [ctx.Process(target=_race, args=(path, op_ids, start_at, queue)) for _ in range(2)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(30)
        assert p.exitcode == 0
    won = [op for _, ops in results for op in ops]
    # Each operation was claimed, and got its one step, by exactly one of the two processes.
    assert sorted(won) == sorted(op_ids)
    for op in op_ids:
        assert len(journal.steps(op)) == 1


def test_a_claim_dies_with_its_process_but_holds_while_it_lives(tmp_path: Path) -> None:
    path = str(tmp_path / "j.sqlite3")
    journal = Journal(path)
    op = journal.begin("close", "CROSS", {})
    journal.release(op)
    ctx = multiprocessing.get_context("spawn")
    ready, stop = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_claim_and_hold, args=(path, op, ready, stop))
    holder.start()
    try:
        assert ready.wait(30)
        assert not journal.claim(op)  # a live process on this host holds it, whatever its lease says
    finally:
        stop.set()
        holder.join(30)
    assert journal.claim(op)  # its process is gone
    journal.release(op)
    dying = ctx.Process(target=_claim_and_die, args=(path, op))
    dying.start()
    dying.join(30)
    assert journal.operation(op).owner is not None  # the dead process never released it...
    assert journal.claim(op)  # ...and yet the claim is free
