"""Fault injection per request path: added latency, 5xx answers, dropped connections, lost responses, late delivery.

``lost_response`` is the case that makes an SDK's "unknown execution status" real: the request is executed
(an order is placed, a borrow booked) and then the connection is closed before any response is written.
A ``5xx`` rule with ``execute=True`` does the same but answers with the status (e.g. 503 + ``-1007``).
``delayed`` is a request stuck in the network: it is held until the client has given up on it (closed the
connection), then ``latency`` seconds more, and only then reaches the exchange, which executes it if its
``timestamp`` + ``recvWindow`` has not passed (and refuses it with -1021 otherwise), as Binance does.

``hold_before`` and ``hold_after`` stop a request at a precise point so a test can kill the client process there:
``hold_before`` keeps the request before it reaches the exchange, ``hold_after`` executes it and keeps the
response. Either sets ``rule.reached`` when a request is held, then waits until the client has gone (the request is
then dropped: never executed for ``hold_before``, executed with its answer lost for ``hold_after``), until
``rule.release()`` (it goes on normally), or ``hold`` seconds (as if released)::

    rule = sb.faults.add("/sapi/*", "hold_after", method="POST|DELETE", skip=2, times=1)
    assert rule.reached.wait(30)        # the third state-changing request was executed, its answer is held
    os.kill(client_pid, signal.SIGKILL)
"""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["FAULT_KINDS", "FaultInjector", "FaultKind", "FaultRule"]

FaultKind = Literal["latency", "5xx", "drop", "lost_response", "delayed", "hold_before", "hold_after"]
FAULT_KINDS: tuple[FaultKind, ...] = (
    "latency",
    "5xx",
    "drop",
    "lost_response",
    "delayed",
    "hold_before",
    "hold_after",
)


@dataclass
class FaultRule:
    """One fault: which requests it hits and what it does to them."""

    path: str
    """Exact path, or a glob (``/sapi/v1/margin/*``)."""
    kind: FaultKind
    method: str | None = None
    """Only this HTTP method (any when None); several as ``"POST|DELETE"``."""
    latency: float = 0.0
    """Seconds to wait before handling (``latency``; also added before any other kind when set). For ``delayed``:
    seconds between the client giving up and the request reaching the exchange."""
    hold: float = 60.0
    """For ``delayed``, ``hold_before`` and ``hold_after``: the longest wait for the client to give up (then the
    request goes through anyway)."""
    status: int = 503
    code: int = -1001
    msg: str = "Internal error; unable to process your request. Please try again."
    execute: bool = False
    """For ``5xx``: execute the request first, then answer the error (an unknown outcome)."""
    times: int | None = None
    """How many requests to hit before the rule retires itself (None: every one)."""
    skip: int = 0
    """Let this many matching requests through untouched first."""
    hits: int = 0
    """How many requests the rule has hit so far."""
    reached: threading.Event = field(default_factory=threading.Event)
    """Set when a ``hold_before``/``hold_after`` rule holds a request."""
    released: threading.Event = field(default_factory=threading.Event)
    """Set by :meth:`release`: held requests go on."""
    held: list[tuple[str, str]] = field(default_factory=list)
    """``(method, path)`` of every request a hold rule held, in order."""

    def matches(self, method: str, path: str) -> bool:
        """Whether the rule applies to this request (ignoring its counters)."""
        if self.method is not None and method.upper() not in self.method.upper().split("|"):
            return False
        return path == self.path or fnmatch.fnmatchcase(path, self.path)

    def release(self) -> None:
        """Let the requests a hold rule keeps (and any it would hold later) go on normally."""
        self.released.set()

    @property
    def spent(self) -> bool:
        """The rule has hit all the requests it was meant to."""
        return self.times is not None and self.hits >= self.times


class FaultInjector:
    """The active fault rules of a sandbox."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.rules: list[FaultRule] = []

    def add(
        self,
        path: str,
        kind: FaultKind,
        *,
        method: str | None = None,
        latency: float = 0.0,
        status: int = 503,
        code: int = -1001,
        msg: str | None = None,
        execute: bool = False,
        times: int | None = None,
        skip: int = 0,
        hold: float = 60.0,
    ) -> FaultRule:
        """Add a rule and return it (``rule.hits`` counts what it hit)."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}")
        if kind == "5xx" and not 500 <= status <= 599:
            raise ValueError("a 5xx fault needs a status between 500 and 599")
        rule = FaultRule(
            path=path,
            kind=kind,
            method=method,
            latency=latency,
            status=status,
            code=code,
            execute=execute,
            times=times,
            skip=skip,
            hold=hold,
        )
        if msg is not None:
            rule.msg = msg
        with self._lock:
            self.rules.append(rule)
        return rule

    def remove(self, rule: FaultRule) -> None:
        """Remove one rule."""
        with self._lock:
            if rule in self.rules:
                self.rules.remove(rule)

    def clear(self) -> None:
        """Remove every rule."""
        with self._lock:
            self.rules.clear()

    def take(self, method: str, path: str) -> FaultRule | None:
        """The first live rule for this request, counting the hit (None: no fault)."""
        with self._lock:
            for rule in self.rules:
                if rule.spent or not rule.matches(method, path):
                    continue
                if rule.skip > 0:
                    rule.skip -= 1
                    continue
                rule.hits += 1
                return rule
        return None
