"""Property tests: decimal formatting, the percent-encoder, and signing of whatever goes on the wire."""

from __future__ import annotations

import hashlib
import hmac
import re
from decimal import Decimal
from urllib.parse import unquote

import pytest
from binance_margin import ValidationError
from binance_margin._convert import to_decimal
from binance_margin.signing import encode_query, percent_encode
from hypothesis import given
from hypothesis import strategies as st

from ._mock import API_SECRET, ORDER, FakeBinance, json_response, make_client

BINANCE_DECIMAL = re.compile(r"[0-9]{1,20}(\.[0-9]{1,20})?")
WIRE_SAFE = re.compile(r"(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})*")

decimals = st.builds(
    lambda digits, places: Decimal(digits).scaleb(-places),
    st.integers(min_value=0, max_value=10**20 - 1),
    st.integers(min_value=0, max_value=20),
).filter(lambda d: d.adjusted() < 20)


@given(decimals)
def test_decimals_go_out_without_exponent(value: Decimal) -> None:
    for form in (value, str(value), f"{value:e}" if value else "0", format(value, "f")):
        converted = to_decimal("price", form)
        text = format(converted, "f")
        assert BINANCE_DECIMAL.fullmatch(text), text
        assert Decimal(text) == value


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_every_float_is_refused(value: float) -> None:
    with pytest.raises(ValidationError, match="Decimal"):
        to_decimal("quantity", value)


@given(st.text(min_size=1))
def test_percent_encoding_round_trips_and_is_wire_safe(value: str) -> None:
    encoded = percent_encode(value)
    assert WIRE_SAFE.fullmatch(encoded)
    assert unquote(encoded, errors="strict") == value


@given(st.dictionaries(st.from_regex(r"[a-zA-Z]{1,12}", fullmatch=True), st.text(min_size=1), max_size=6))
def test_query_pairs_are_separable(params: dict[str, str]) -> None:
    query = encode_query(params)
    pairs = [pair.split("=", 1) for pair in query.split("&")] if query else []
    assert {unquote(k): unquote(v) for k, v in pairs} == params


_client_ids = st.from_regex(r"[.A-Z:/a-z0-9_-]{1,36}", fullmatch=True)
"""Binance's documented client order id pattern (anything else is refused before sending)."""
_free_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=36)


@given(client_order_id=_client_ids, quantity=decimals.filter(lambda d: d > 0))
def test_signature_covers_exactly_the_wire_bytes(client_order_id: str, quantity: Decimal) -> None:
    fake = FakeBinance(json_response(200, ORDER))
    with make_client(fake) as client:
        client.trade.new_order(
            symbol="BTCUSDT", side="BUY", type="MARKET", quantity=quantity, new_client_order_id=client_order_id
        )
    query = fake.last.url.query.decode("ascii")
    head, _, signature = query.rpartition("&signature=")
    assert hmac.new(API_SECRET.encode(), head.encode(), hashlib.sha256).hexdigest() == signature
    assert WIRE_SAFE.fullmatch(head.replace("=", "").replace("&", ""))
    assert fake.params()["newClientOrderId"] == client_order_id
    assert Decimal(fake.params()["quantity"]) == quantity


@given(asset=_free_text)
def test_signature_covers_exactly_the_wire_bytes_of_any_text(asset: str) -> None:
    fake = FakeBinance(json_response(200, {"amount": "1", "borrowLimit": "2"}))
    with make_client(fake) as client:
        client.borrow_repay.get_max_borrowable(asset=asset)
    query = fake.last.url.query.decode("ascii")
    head, _, signature = query.rpartition("&signature=")
    assert hmac.new(API_SECRET.encode(), head.encode(), hashlib.sha256).hexdigest() == signature
    assert WIRE_SAFE.fullmatch(head.replace("=", "").replace("&", ""))
    assert fake.params()["asset"] == asset
