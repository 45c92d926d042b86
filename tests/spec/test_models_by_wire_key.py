"""Every documented response reads by Binance's JSON keys as the dict Binance sent (issue 13, point 12): a
documented key never raises a bare KeyError that would say the field is absent."""

from __future__ import annotations

import pytest
from binance_margin_generated.models import NewOrderResult
from binance_margin_generated.types import AbsentKeyError

from .test_models import CASES, _parse


@pytest.mark.parametrize(("method", "path", "name", "example"), CASES)
def test_documented_examples_read_by_wire_key(method: str, path: str, name: str, example: object) -> None:
    parsed = _parse(method, path, example)
    rows = parsed if isinstance(parsed, list) else [parsed]
    payloads = example if isinstance(example, list) else [example]
    for model, payload in zip(rows, payloads, strict=True):
        assert isinstance(payload, dict)
        for key, value in payload.items():
            assert key in model
            assert model[key] == value, key
            assert model.get(key) == value
            assert type(model[key]) is type(value), key
        if payload:
            assert dict(model.items()) == payload
            assert sorted(model.keys()) == sorted(payload)


def test_a_documented_key_the_response_lacks_says_so() -> None:
    ack = NewOrderResult.from_dict({"symbol": "BTCUSDT", "orderId": 1, "clientOrderId": "c", "transactTime": 2})
    assert ack.get("fills", []) == []
    assert "fills" not in ack
    with pytest.raises(AbsentKeyError, match="'fills': a documented key of NewOrderResult that this response"):
        ack["fills"]
    with pytest.raises(KeyError):  # still a KeyError, as on a dict
        ack["fills"]
    with pytest.raises(KeyError) as info:  # a key Binance does not document stays a plain KeyError
        ack["noSuchKey"]
    assert type(info.value) is KeyError
    with pytest.raises(TypeError, match="set the attribute"):
        ack["orderId"] = 2
