"""``url_target`` (what the pools read of a request URL, without importing httpx) against ``httpx.URL``.

Both pools build a request's ``Host`` header, path and connection key from it; httpx built them until issue 19. Hosts
(names in any case, IPv4, IPv6, non-ASCII names), ports (none, default, other) and paths (every printable ASCII
character but ``?`` and ``#``, spaces, non-ASCII letters) are generated; each must read as httpx reads it.
"""

from __future__ import annotations

import httpx
import pytest
from binance_margin._http_common import url_target
from hypothesis import given, settings
from hypothesis import strategies as st

_LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=8)
_HOST = st.one_of(
    st.lists(_LABEL, min_size=1, max_size=3).map(".".join),
    st.tuples(*[st.integers(0, 255)] * 4).map(lambda t: ".".join(map(str, t))),
    st.sampled_from(["[::1]", "[2001:db8::1]", "[FE80::1]", "localhost", "api.binance.com", "b\u00fccher.example"]),
)
_PATH = st.one_of(
    st.just(""),
    st.text(
        alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E, blacklist_characters="?#\\"),
        max_size=20,
    ).map(lambda p: "/" + p),
    st.sampled_from(["/sapi/v1/margin/order", "/api/v3/time", "/a b", "/caf\u00e9", "/%2F", "/~x", "/a%zz"]),
)


@settings(max_examples=400, deadline=None)
@given(
    scheme=st.sampled_from(["http", "https"]),  # ClientConfig takes base_url schemes in lower case only
    host=_HOST,
    port=st.one_of(st.none(), st.sampled_from([80, 443, 8080, 1, 65535]), st.integers(1, 65535)),
    path=_PATH,
)
def test_reads_urls_as_httpx_does(scheme: str, host: str, port: int | None, path: str) -> None:
    url = f"{scheme}://{host}{'' if port is None else f':{port}'}{path}"
    expected = httpx.URL(url)
    got = url_target(url)
    assert (got.scheme, got.host, got.port) == (expected.scheme, expected.host, expected.port), url
    assert got.host_header == expected.netloc, url
    assert got.path == expected.raw_path, url


@pytest.mark.parametrize(
    "url", ["ftp://x/", "http:///nohost", "http://h/p?q=1", "http://h/p#f", "ws://h/", "http://h:99999/"]
)
def test_refuses_what_a_route_cannot_take(url: str) -> None:
    with pytest.raises(ValueError):
        url_target(url)
