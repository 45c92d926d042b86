"""Fault injection per request path: added latency, 5xx answers, dropped connections, lost responses, late delivery.

``lost_response`` is the case that makes an SDK's "unknown execution status" real: the request is executed
(an order is placed, a borrow booked) and then the connection is closed before any response is written.
A ``5xx`` rule with ``execute=True`` does the same but answers with the status (e.g. 503 + ``-1007``).
``delayed`` is a request stuck in the network: it is held until the client has given up on it (closed the
connection), then ``latency`` seconds more, and only then reaches the exchange, which executes it if its
``timestamp`` + ``recvWindow`` has not passed (and refuses it with -1021 otherwise), as Binance does.
"""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass
from typing import Literal

__all__ = ["FAULT_KINDS", "FaultInjector", "FaultKind", "FaultRule"]

FaultKind = Literal["latency", "5xx", "drop", "lost_response", "delayed"]
FAULT_KINDS: tuple[FaultKind, ...] = ("latency", "5xx", "drop", "lost_response", "delayed")


@dataclass
class FaultRule:
    """One fault: which requests it hits and what it does to them."""

    path: str
    """Exact path, or a glob (``/sapi/v1/margin/*``)."""
    kind: FaultKind
    method: str | None = None
    """Only this HTTP method (any when None)."""
    latency: float = 0.0
    """Seconds to wait before handling (``latency``; also added before any other kind when set). For ``delayed``:
    seconds between the client giving up and the request reaching the exchange."""
    hold: float = 60.0
    """For ``delayed``: the longest wait for the client to give up (then the request goes through anyway)."""
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

    def matches(self, method: str, path: str) -> bool:
        """Whether the rule applies to this request (ignoring its counters)."""
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return path == self.path or fnmatch.fnmatchcase(path, self.path)

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
