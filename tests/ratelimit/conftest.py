"""Fixtures: a real redis-server (Debian's ``redis-server``) on a free port, started and stopped by the tests.

``make test`` installs redis-server when it is missing (Debian, root); without it these tests fail, they do not
skip: the shared budget is part of what CI proves.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RedisServer:
    """One redis-server process on loopback; ``stop()`` kills it (the "Redis went away" case)."""

    def __init__(self) -> None:
        binary = shutil.which("redis-server") or (
            "/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else None
        )
        if binary is None:
            pytest.fail(
                "redis-server is not installed: run `make test` (it installs it) or `apt-get install redis-server`"
            )
        self.port = _free_port()
        self.dir = tempfile.mkdtemp(prefix="bm-redis-")
        self.proc = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self.dir,
                "--protected-mode",
                "yes",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = f"redis://127.0.0.1:{self.port}/0"
        import redis

        client = redis.Redis.from_url(self.url, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 20
        while True:
            try:
                client.ping()
                break
            except redis.RedisError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"redis-server did not start (exit code {self.proc.poll()})")
                time.sleep(0.05)
        client.close()

    def flush(self) -> None:
        """Empty the database (between tests)."""
        import redis

        client = redis.Redis.from_url(self.url)
        client.flushall()
        client.close()

    def stop(self) -> None:
        """Kill the server and wait for it."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def redis_session() -> Iterator[RedisServer]:
    """One redis-server for the session."""
    server = RedisServer()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_session: RedisServer) -> str:
    """The session's Redis, emptied for this test."""
    redis_session.flush()
    return redis_session.url


@pytest.fixture
def own_redis() -> Iterator[RedisServer]:
    """A redis-server of this test only (the test may stop it)."""
    server = RedisServer()
    yield server
    server.stop()
