"""The journal of multi-step position operations (``close``, ``repay_all``): one SQLite row per step.

Every state-changing step is written *before* it is sent (its kind, the parameters, the client order id of an order,
the earliest ``timestamp`` it can be signed with) and marked once its outcome is known (Binance's ids and amounts) or
unknown. ``resume`` reads the unfinished operations back, reconciles each step left in doubt and continues.

Several processes may share one file: SQLite in WAL mode, every change in a ``BEGIN IMMEDIATE`` transaction (one
writer at a time, readers never blocked), and an operation is *claimed* by one owner at a time. The owner is
``host:pid:token``; a claim holds while the owner's process is alive (same host) or, for another host, until its
lease expires (renewed at every step). A step is only written by the operation's current owner (``StepConflict``
otherwise), so two processes resuming at once cannot both act: one wins, the other sees the operation taken.

Standard library only (``sqlite3``); the default file lives in the user's state directory (``platformdirs``).
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

from .._errors import JournalError, StepConflict

if TYPE_CHECKING:
    import sqlite3  # imported when a journal is opened: importing the SDK stays light

__all__ = [
    "DEFAULT_LEASE_SECONDS",
    "Journal",
    "JournalError",
    "OperationRecord",
    "OperationStatus",
    "StepConflict",
    "StepRecord",
    "StepStatus",
    "default_journal_path",
]

DEFAULT_LEASE_SECONDS: Final = 120.0
"""How long a claim by a process on another host holds without a new step (same-host claims hold while the
process lives)."""

OperationStatus = Literal["running", "done", "failed"]
"""``running``: not finished (``resume`` continues it); ``done``: finished; ``failed``: stopped for good by an
error that resuming cannot cure (its message is in ``error``)."""
StepStatus = Literal["pending", "done", "unknown", "not_executed", "failed", "superseded"]
"""``pending``: written, maybe sent, outcome not recorded (the process died); ``unknown``: sent, the outcome could
not be known (``UnknownExecutionStatus``); ``done``: executed (``outcome`` holds Binance's answer);
``not_executed``: reconciled, Binance never executed it; ``failed``: Binance refused it; ``superseded``: a cancel
left in doubt, not looked up because the open orders are read again."""

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS operations (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    account TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT '',
    params TEXT NOT NULL,
    status TEXT NOT NULL,
    owner TEXT,
    lease_until REAL,
    error TEXT,
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS steps (
    op_id TEXT NOT NULL REFERENCES operations(id),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    params TEXT NOT NULL,
    client_order_id TEXT,
    not_before_ms INTEGER NOT NULL,
    timestamp_ms INTEGER,
    recv_window INTEGER NOT NULL,
    status TEXT NOT NULL,
    outcome TEXT,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    PRIMARY KEY (op_id, seq)
);
CREATE INDEX IF NOT EXISTS operations_status ON operations(status);
"""


@dataclass(frozen=True, slots=True)
class StepRecord:
    """One journaled step as stored."""

    op_id: str
    seq: int
    kind: str
    """``cancel_open_orders``, ``order``, ``repay``, ``transfer``."""
    params: dict[str, Any]
    """What was (to be) sent: wire names, decimals as strings."""
    client_order_id: str | None
    not_before_ms: int
    """Binance-clock ms just before the request was handed to the client: it cannot be signed earlier."""
    timestamp_ms: int | None
    """The ``timestamp`` the request was signed with, when known."""
    recv_window: int
    status: StepStatus
    outcome: dict[str, Any] | None
    """Binance's ids and amounts once known (``done``), or the refusal (``failed``)."""


@dataclass(frozen=True, slots=True)
class OperationRecord:
    """One journaled operation as stored."""

    id: str
    kind: str
    """``close`` or ``repay_all``."""
    account: str
    """``CROSS`` or ``ISOLATED:<symbol>``."""
    scope: str
    """Whose account: a fingerprint of the API host and key (never the key itself); ``resume`` only takes the
    operations of its own client's scope."""
    params: dict[str, Any]
    status: OperationStatus
    owner: str | None
    lease_until: float | None
    error: str | None
    created: float
    updated: float


def default_journal_path() -> Path:
    """``<user state dir>/binance-margin/journal.sqlite3`` (``platformdirs.user_state_path``)."""
    from platformdirs import user_state_path

    return user_state_path("binance-margin", appauthor=False) / "journal.sqlite3"


def _hostname() -> str:
    import socket

    return socket.gethostname()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


class Journal:
    """A journal file (or an in-memory journal with ``path=None``: not resumable, used when ``journal=None``).

    Thread-safe within a process (one connection, one lock) and safe for several processes on one file.
    """

    def __init__(self, path: str | os.PathLike[str] | None, *, lease_seconds: float = DEFAULT_LEASE_SECONDS) -> None:
        self.path: Path | None = None if path is None else Path(path)
        self.lease_seconds = lease_seconds
        self.owner: str = f"{_hostname()}:{os.getpid()}:{os.urandom(4).hex()}"
        """This journal object's identity when it claims an operation."""
        self._lock = threading.RLock()
        import sqlite3

        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            target = str(self.path)
        else:
            target = ":memory:"
        try:
            self._db = sqlite3.connect(target, timeout=30.0, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA busy_timeout = 30000")
            if self.path is not None:
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = FULL")
            with self._tx() as db:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
        except sqlite3.Error as exc:
            raise JournalError(f"cannot open the journal {target}: {exc}") from None

    @property
    def persistent(self) -> bool:
        """Whether the journal outlives the process (a file), so ``resume`` can finish what it holds."""
        return self.path is not None

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._db.close()

    def __repr__(self) -> str:
        return f"Journal({str(self.path) if self.path else None!r})"

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One ``BEGIN IMMEDIATE`` transaction (the write lock is taken at once: no upgrade deadlock)."""
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    # -- claims ----------------------------------------------------------------------------------------------

    def _held_by_other(self, owner: str | None, lease_until: float | None) -> bool:
        if owner is None or owner == self.owner:
            return False
        host, _, rest = owner.partition(":")
        pid_text = rest.partition(":")[0]
        if host == _hostname() and pid_text.isdigit():
            return _pid_alive(int(pid_text))
        return lease_until is not None and lease_until > time.time()

    def begin(self, kind: str, account: str, params: Mapping[str, Any], *, scope: str = "") -> str:
        """Record a new operation, claimed by this journal; returns its id."""
        op_id = f"{int(time.time() * 1000):013d}-{os.urandom(6).hex()}"
        now = time.time()
        with self._tx() as db:
            db.execute(
                "INSERT INTO operations (id, kind, account, scope, params, status, owner, lease_until, created, "
                "updated) VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?, ?)",
                (op_id, kind, account, scope, _dumps(dict(params)), self.owner, now + self.lease_seconds, now, now),
            )
        return op_id

    def claim(self, op_id: str) -> bool:
        """Take an unfinished operation for this journal; ``False`` when it is finished or another owner holds it."""
        with self._tx() as db:
            row = db.execute("SELECT status, owner, lease_until FROM operations WHERE id = ?", (op_id,)).fetchone()
            if row is None:
                raise JournalError(f"no operation {op_id} in {self!r}")
            status, owner, lease_until = row
            if status != "running" or self._held_by_other(owner, lease_until):
                return False
            now = time.time()
            db.execute(
                "UPDATE operations SET owner = ?, lease_until = ?, updated = ? WHERE id = ?",
                (self.owner, now + self.lease_seconds, now, op_id),
            )
        return True

    def release(self, op_id: str) -> None:
        """Give up the claim (the operation stays as it is; anyone may resume it)."""
        with self._tx() as db:
            db.execute(
                "UPDATE operations SET owner = NULL, lease_until = NULL, updated = ? WHERE id = ? AND owner = ?",
                (time.time(), op_id, self.owner),
            )

    def _check_owner(self, db: sqlite3.Connection, op_id: str) -> None:
        row = db.execute("SELECT status, owner FROM operations WHERE id = ?", (op_id,)).fetchone()
        if row is None:
            raise JournalError(f"no operation {op_id} in {self!r}")
        status, owner = row
        if status != "running" or owner != self.owner:
            raise StepConflict(op_id, owner, status)
        db.execute(
            "UPDATE operations SET lease_until = ?, updated = ? WHERE id = ?",
            (time.time() + self.lease_seconds, time.time(), op_id),
        )

    def finish(self, op_id: str, status: OperationStatus, error: str | None = None) -> None:
        """Mark the operation finished (``done`` or ``failed``) and drop the claim."""
        with self._tx() as db:
            self._check_owner(db, op_id)
            db.execute(
                "UPDATE operations SET status = ?, error = ?, owner = NULL, lease_until = NULL, updated = ? "
                "WHERE id = ?",
                (status, error, time.time(), op_id),
            )

    # -- steps -----------------------------------------------------------------------------------------------

    def add_step(
        self,
        op_id: str,
        kind: str,
        params: Mapping[str, Any],
        *,
        not_before_ms: int,
        recv_window: int,
        client_order_id: str | None = None,
    ) -> int:
        """Write a step as ``pending`` before it is sent (only by the operation's owner); returns its number.

        Raises:
            StepConflict: another owner holds the operation, or it is finished.
        """
        now = time.time()
        with self._tx() as db:
            self._check_owner(db, op_id)
            (last,) = db.execute("SELECT COALESCE(MAX(seq), 0) FROM steps WHERE op_id = ?", (op_id,)).fetchone()
            seq = int(last) + 1
            db.execute(
                "INSERT INTO steps (op_id, seq, kind, params, client_order_id, not_before_ms, recv_window, status, "
                "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
                (op_id, seq, kind, _dumps(dict(params)), client_order_id, not_before_ms, recv_window, now, now),
            )
        return seq

    def mark_step(
        self,
        op_id: str,
        seq: int,
        status: StepStatus,
        outcome: Mapping[str, Any] | None = None,
        *,
        timestamp_ms: int | None = None,
    ) -> None:
        """Record a step's outcome (``done``/``failed``/``not_executed``) or that it is ``unknown``."""
        with self._tx() as db:
            self._check_owner(db, op_id)
            db.execute(
                "UPDATE steps SET status = ?, outcome = ?, timestamp_ms = COALESCE(?, timestamp_ms), updated = ? "
                "WHERE op_id = ? AND seq = ?",
                (status, None if outcome is None else _dumps(dict(outcome)), timestamp_ms, time.time(), op_id, seq),
            )

    # -- reading ---------------------------------------------------------------------------------------------

    def operation(self, op_id: str) -> OperationRecord:
        """One operation."""
        with self._lock:
            row = self._db.execute(
                "SELECT id, kind, account, scope, params, status, owner, lease_until, error, created, updated "
                "FROM operations WHERE id = ?",
                (op_id,),
            ).fetchone()
        if row is None:
            raise JournalError(f"no operation {op_id} in {self!r}")
        return _operation(row)

    def operations(self, *, unfinished: bool = False, scope: str | None = None) -> list[OperationRecord]:
        """Every operation, oldest first (only the ``running`` ones with ``unfinished``; only one ``scope``'s)."""
        query = (
            "SELECT id, kind, account, scope, params, status, owner, lease_until, error, created, updated "
            "FROM operations WHERE 1 = 1"
        )
        args: list[Any] = []
        if unfinished:
            query += " AND status = 'running'"
        if scope is not None:
            query += " AND scope = ?"
            args.append(scope)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY created, id", args).fetchall()
        return [_operation(r) for r in rows]

    def steps(self, op_id: str) -> list[StepRecord]:
        """The steps of an operation, in order."""
        with self._lock:
            rows = self._db.execute(
                "SELECT op_id, seq, kind, params, client_order_id, not_before_ms, timestamp_ms, recv_window, status, "
                "outcome FROM steps WHERE op_id = ? ORDER BY seq",
                (op_id,),
            ).fetchall()
        return [
            StepRecord(
                op_id=r[0],
                seq=r[1],
                kind=r[2],
                params=json.loads(r[3]),
                client_order_id=r[4],
                not_before_ms=r[5],
                timestamp_ms=r[6],
                recv_window=r[7],
                status=r[8],
                outcome=_loads(r[9]),
            )
            for r in rows
        ]


def _operation(row: tuple[Any, ...]) -> OperationRecord:
    return OperationRecord(
        id=row[0],
        kind=row[1],
        account=row[2],
        scope=row[3],
        params=json.loads(row[4]),
        status=row[5],
        owner=row[6],
        lease_until=row[7],
        error=row[8],
        created=row[9],
        updated=row[10],
    )
