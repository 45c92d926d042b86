"""Errors built from what the pools read, without httpx, match errors built from an ``httpx.Response``.

``error_from_parts`` reads ``Retry-After`` from the raw header pairs with ``header_value`` (httpx's own reading:
every value joined with ", ", the head decoded as ASCII, else UTF-8, else Latin-1) and builds ``headers`` only when
read. Hypothesis compares both with httpx on arbitrary heads and bodies; a real socket server then answers a
``MarginClient`` (the SDK's pool) with 429 and 418.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator

import httpx
import pytest
from binance_margin import IPBannedError, MarginClient, RateLimitedError
from binance_margin._errors import error_from_parts, error_from_response, header_value, parse_retry_after
from hypothesis import given, settings
from hypothesis import strategies as st

NAMES = st.sampled_from([b"Retry-After", b"retry-after", b"RETRY-AFTER", b"X-Mbx-Used-Weight", b"Content-Type"])
VALUES = st.one_of(
    st.sampled_from([b"7", b"0", b"-3", b"1.5", b"nan", b"inf", b"1e3", b" 9 ", b"Wed, 21 Oct 2015 07:28:00 GMT"]),
    st.binary(max_size=12).filter(lambda v: b"\r" not in v and b"\n" not in v),
    st.text(max_size=6).map(lambda t: t.encode("utf-8")).filter(lambda v: b"\r" not in v and b"\n" not in v),
)
HEADS = st.lists(st.tuples(NAMES, VALUES), max_size=5)


@settings(max_examples=400, deadline=None)
@given(raw=HEADS)
def test_header_value_reads_as_httpx_reads(raw: list[tuple[bytes, bytes]]) -> None:
    assert header_value(raw, b"retry-after") == httpx.Headers(raw).get("retry-after")
    assert header_value(raw, b"x-mbx-used-weight") == httpx.Headers(raw).get("X-MBX-USED-WEIGHT")


@settings(max_examples=300, deadline=None)
@given(raw=HEADS)
def test_retry_after_from_raw_pairs_as_from_httpx_headers(raw: list[tuple[bytes, bytes]]) -> None:
    ours, theirs = parse_retry_after(raw), parse_retry_after(httpx.Headers(raw))
    if ours is None or theirs is None:
        assert ours is theirs
    else:  # an HTTP date is read against the clock: the two reads are microseconds apart
        assert ours == pytest.approx(theirs, abs=1.0)


BODIES = st.one_of(
    st.builds(
        lambda code, msg: json.dumps({"code": code, "msg": msg}).encode(),
        st.sampled_from([-1003, -1013, -1021, -1022, -2010, -2011, -2013, -2015, -1102, -3041, 5]),
        st.sampled_from(["Too many requests.", "Filter failure: LOT_SIZE", "Account has insufficient balance.", ""]),
    ),
    st.binary(max_size=40),
)


@settings(max_examples=300, deadline=None)
@given(status=st.sampled_from([400, 401, 403, 404, 418, 429, 500, 503]), raw=HEADS, body=BODIES)
def test_error_from_parts_matches_error_from_response(status: int, raw: list[tuple[bytes, bytes]], body: bytes) -> None:
    ours = error_from_parts(status, raw, body, method="POST", path="/sapi/v1/margin/order")
    response = httpx.Response(status, headers=raw, stream=httpx.ByteStream(body))  # headers as given (no length)
    response.read()
    theirs = error_from_response(response, method="POST", path="/sapi/v1/margin/order")
    assert type(ours) is type(theirs)
    assert (ours.status, ours.code, ours.msg, ours.method, ours.path) == (
        theirs.status,
        theirs.code,
        theirs.msg,
        theirs.method,
        theirs.path,
    )
    for attribute in ("retry_after", "banned_until"):
        a, b = getattr(ours, attribute, None), getattr(theirs, attribute, None)
        assert (a is None) == (b is None) and (a is None or a == pytest.approx(b, abs=1.0))
    assert ours._headers is None  # nothing built until read
    assert list(ours.headers.raw) == list(theirs.headers.raw) == [(n, v) for n, v in raw]
    assert isinstance(ours.headers, httpx.Headers)
    assert str(ours) == str(theirs) and repr(ours) == repr(theirs)


@pytest.fixture
def refusing_server() -> Iterator[tuple[str, list[bytes]]]:
    """A keep-alive socket server that answers each request with the next of ``answers`` (filled by the test)."""
    answers: list[bytes] = []
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                data = b""
                while answers:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                    while b"\r\n\r\n" in data and answers:
                        data = data.split(b"\r\n\r\n", 1)[1]
                        conn.sendall(answers.pop(0))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}", answers
    listener.close()


def test_the_pool_raises_rate_limit_and_ban_errors_with_their_headers(
    refusing_server: tuple[str, list[bytes]],
) -> None:
    url, answers = refusing_server
    limited = b'{"code":-1003,"msg":"Too many requests."}'
    banned = b'{"code":-1003,"msg":"Way too many requests; IP banned until 4102444800000."}'
    answers += [
        b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7\r\nX-MBX-USED-WEIGHT-1M: 6001\r\n"
        b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(limited), limited),
        b"HTTP/1.1 418 I'm a teapot\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
        % (len(banned), banned),
    ]
    with MarginClient("key", "secret", base_url=url, max_retries=0, time_sync=False) as client:
        with pytest.raises(RateLimitedError) as limited_info:
            client.account.get_cross_account()
        error = limited_info.value
        assert (error.status, error.code, error.retry_after) == (429, -1003, 7.0)
        assert error.headers["x-mbx-used-weight-1m"] == "6001"
        with pytest.raises(IPBannedError) as banned_info:
            client.account.get_cross_account()
        ban = banned_info.value
        assert ban.banned_until == 4102444800.0 and ban.retry_after is not None and ban.retry_after > 0
        assert ban.headers["content-type"] == "application/json"
