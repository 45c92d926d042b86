"""``_http_common.decompress``: the same answers and errors as ``zlib.decompress``, and a bounded output."""

from __future__ import annotations

import gzip
import zlib

import pytest
from binance_margin import _http_common
from binance_margin._http_common import MAX_BODY, decompress
from hypothesis import given
from hypothesis import strategies as st


def _reference(encoding: bytes, body: bytes) -> bytes:
    if encoding == b"gzip":
        return zlib.decompress(body, 16 + zlib.MAX_WBITS)
    try:
        return zlib.decompress(body)
    except zlib.error:
        return zlib.decompress(body, -zlib.MAX_WBITS)


def _encode(kind: str, data: bytes) -> bytes:
    if kind == "gzip":
        return gzip.compress(data)
    if kind == "zlib":
        return zlib.compress(data)
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return raw.compress(data) + raw.flush()


@given(
    kind=st.sampled_from(["gzip", "zlib", "raw"]),
    data=st.binary(max_size=4000),
    cut=st.integers(min_value=0, max_value=64),
    tail=st.binary(max_size=8),
)
def test_matches_zlib_on_whole_cut_and_trailing_bodies(kind: str, data: bytes, cut: int, tail: bytes) -> None:
    encoding = b"gzip" if kind == "gzip" else b"deflate"
    encoded = _encode(kind, data)
    for body in (encoded, encoded[: max(1, len(encoded) - cut)], encoded + tail):
        try:
            expected: bytes | type[zlib.error] = _reference(encoding, body)
        except zlib.error:
            expected = zlib.error
        if expected is zlib.error:
            with pytest.raises(zlib.error):
                decompress(encoding, body)
        else:
            assert decompress(encoding, body) == expected


@pytest.mark.parametrize("encoding", [b"gzip", b"deflate"])
def test_a_body_that_expands_past_the_limit_is_refused(encoding: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_http_common, "MAX_BODY", 1 << 20)  # the rule, at 1 MiB instead of 128 MiB
    bomb = (gzip.compress if encoding == b"gzip" else zlib.compress)(bytes((1 << 20) + 1))
    assert len(bomb) < 2000
    with pytest.raises(zlib.error, match="larger than"):
        decompress(encoding, bomb)
    exact = (gzip.compress if encoding == b"gzip" else zlib.compress)(bytes(1 << 20))
    assert decompress(encoding, exact) == bytes(1 << 20)


def test_the_real_limit_is_the_plain_body_limit() -> None:
    assert MAX_BODY == 128 * 1024 * 1024
    assert decompress(b"identity", b"x") == b"x" and decompress(b"br", b"x") is None and decompress(b"gzip", b"") == b""
