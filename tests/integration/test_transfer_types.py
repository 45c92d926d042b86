"""Universal transfers of every documented type and their history (issue 13, point 15); the one-leg spot <->
isolated types, restored by issue 20, are in tests/integration/test_ccxt_transfers.py."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
from binance_margin import MarginClient
from binance_margin.sandbox import Sandbox, default_config

from tests.sandbox._signing import Api

pytestmark = pytest.mark.integration


@pytest.fixture
def client() -> Iterator[MarginClient]:
    with (
        Sandbox.running(validate_responses=True) as sb,
        MarginClient("demo-api-key", "demo-api-secret", base_url=sb.base_url, max_retries=0) as c,
    ):
        yield c
        assert sb.errors == [], "\n".join(sb.errors)


def test_history_is_readable_for_a_non_margin_documented_type(client: MarginClient) -> None:
    out = client.transfer.universal_transfer(type="MAIN_UMFUTURE", asset="USDT", amount=Decimal(70))
    back = client.transfer.universal_transfer(type="UMFUTURE_MAIN", asset="USDT", amount=Decimal(20))
    assert [r.tran_id for r in client.transfer.get_universal_transfer_history(type="MAIN_UMFUTURE").rows] == [
        out.tran_id
    ]
    rows = client.transfer.get_universal_transfer_history(type="UMFUTURE_MAIN").rows
    assert [(r.tran_id, r.amount) for r in rows] == [(back.tran_id, Decimal(20))]
    client.transfer.universal_transfer(type="MAIN_PORTFOLIO_MARGIN", asset="USDT", amount=Decimal(1))
    assert len(client.transfer.get_universal_transfer_history(type="MAIN_PORTFOLIO_MARGIN").rows) == 1


@pytest.mark.parametrize(
    ("type_", "pair", "wallet"),
    [("MAIN_ISOLATED_MARGIN", "toSymbol", "SPOT"), ("ISOLATED_MARGIN_MAIN", "fromSymbol", "ISOLATED")],
)
def test_the_sandbox_executes_one_leg_isolated_types_and_wants_their_pair(type_: str, pair: str, wallet: str) -> None:
    config = default_config()
    config.users[0].isolated = {"BTCUSDT": {"USDT": Decimal(10)}}
    with Sandbox.running(config) as sb, httpx.Client(base_url=sb.base_url) as http:
        api = Api(sb.base_url, client=http)
        before = sb.balance("USDT", "SPOT").free
        status, code = api.error("POST", "/sapi/v1/asset/transfer", {"type": type_, "asset": "USDT", "amount": "1"})
        assert (status, code) == (400, -1102)  # the pair is mandatory
        api.post("/sapi/v1/asset/transfer", {"type": type_, "asset": "USDT", "amount": "1", pair: "BTCUSDT"})
        assert sb.balance("USDT", "SPOT").free == before + (1 if wallet == "ISOLATED" else -1)
