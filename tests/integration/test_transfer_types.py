"""Universal transfers of every documented type, their history, and the undocumented one-leg spot <-> isolated
types refused (issue 13, point 15)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
from binance_margin import MarginClient
from binance_margin.errors import ValidationError
from binance_margin.sandbox import Sandbox

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


@pytest.mark.parametrize("legacy", ["MAIN_ISOLATED_MARGIN", "ISOLATED_MARGIN_MAIN"])
def test_undocumented_one_leg_isolated_types_are_refused(client: MarginClient, legacy: str) -> None:
    with pytest.raises(ValidationError, match="type"):
        client.transfer.universal_transfer(type=legacy, asset="USDT", amount=Decimal(1))  # type: ignore[arg-type]


@pytest.mark.parametrize("legacy", ["MAIN_ISOLATED_MARGIN", "ISOLATED_MARGIN_MAIN"])
def test_the_sandbox_refuses_undocumented_transfer_types(legacy: str) -> None:
    with Sandbox.running() as sb, httpx.Client(base_url=sb.base_url) as http:
        before = sb.balance("USDT", "SPOT").free
        api = Api(sb.base_url, client=http)
        status, _code = api.error(
            "POST", "/sapi/v1/asset/transfer", {"type": legacy, "asset": "USDT", "amount": "1", "toSymbol": "BTCUSDT"}
        )
        assert status == 400
        assert sb.balance("USDT", "SPOT").free == before
