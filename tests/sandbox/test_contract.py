"""Contract: schemathesis generates spec-valid requests for every operation, signs them, and checks the sandbox
never answers 5xx, uses only documented statuses, and that every answer conforms to its schema."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from binance_margin.sandbox import Sandbox, default_config
from binance_margin.sandbox._validation import ResponseValidator, find_spec
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from ._signing import Api, encode

SPEC = find_spec()
assert SPEC is not None
schema = schemathesis.openapi.from_path(str(SPEC))
SIGNED = {
    (method.upper(), path)
    for path, methods in schema.raw_schema["paths"].items()
    for method, op in methods.items()
    if isinstance(op, dict) and op.get("x-security") == "SIGNED"
}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def contract_sandbox(spec_validator: ResponseValidator) -> Iterator[tuple[Sandbox, Api, httpx.Client]]:
    """One sandbox for the whole contract run (limits raised so that generated traffic is not refused)."""
    cfg = default_config()
    cfg.rate_limits.sapi_ip_weight_per_minute = 10**9
    cfg.rate_limits.sapi_uid_weight_per_minute = 10**9
    cfg.rate_limits.api_weight_per_minute = 10**9
    cfg.rate_limits.orders_per_10s = 10**9
    with Sandbox.running(cfg, validate_responses=spec_validator) as sb, httpx.Client(timeout=10) as client:
        api = Api(sb.base_url, client=client)
        # give the generated requests something to work on: margin funds, a borrow, an isolated account
        api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "50000"})
        api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "BTC", "amount": "5"})
        api.post(
            "/sapi/v1/asset/transfer",
            {"type": "MARGIN_ISOLATEDMARGIN", "asset": "USDT", "amount": "1000", "toSymbol": "BTCUSDT"},
        )
        api.post(
            "/sapi/v1/margin/borrow-repay", {"asset": "ETH", "isIsolated": "FALSE", "amount": "1", "type": "BORROW"}
        )
        yield sb, api, client
        assert sb.errors == [], "\n".join(sb.errors[:20])


def _query(case: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in (case.query or {}).items():
        if isinstance(v, list):
            v = ",".join(str(x) for x in v)
        elif isinstance(v, bool):
            v = "true" if v else "false"
        elif v is None:
            continue
        out[k] = v
    return out


@schema.parametrize()
@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate],
)
def test_operation_conforms(case: Any, contract_sandbox: tuple[Sandbox, Api, httpx.Client]) -> None:
    _, api, _ = contract_sandbox
    signed = (case.method.upper(), case.path) in SIGNED
    response = api.raw(case.method.upper(), case.formatted_path, _query(case), signed=signed)
    assert response.status_code < 500, f"{case.method} {case.path} {encode(_query(case))} -> {response.text}"
    case.validate_response(
        response,
        checks=[not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance],
    )
