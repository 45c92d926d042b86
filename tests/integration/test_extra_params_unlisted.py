"""Sending what the spec does not know yet (issue 20, part 2): ``extra_params=`` and ``Unlisted`` enum values.

Against the sandbox over loopback: it verifies every signature over the exact query it received, and its
``request_log`` shows what arrived on the wire.
"""

from __future__ import annotations

import importlib
import uuid
import warnings
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from binance_margin import (
    AsyncMarginClient,
    BinanceAPIError,
    Isolated,
    MarginClient,
    Unlisted,
    UnlistedValueWarning,
    ValidationError,
)
from binance_margin.models import UniversalTransferType
from binance_margin.sandbox import AsyncSandbox, Sandbox, SandboxConfig, default_config
from binance_margin_generated.operations import UNIVERSAL_TRANSFER

pytestmark = pytest.mark.integration

KEY, SECRET = "demo-api-key", "demo-api-secret"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox.running(validate_responses=True) as sb:
        yield sb
        assert sb.errors == [], "\n".join(sb.errors)


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[MarginClient]:
    with MarginClient(KEY, SECRET, base_url=sandbox.base_url, max_retries=0) as c:
        yield c


def fresh_value() -> str:
    """An enum value no other test has sent in this process (the warning is once per value and process)."""
    return "MAIN_NEXT" + uuid.uuid4().hex[:10].upper()


# -- extra_params ---------------------------------------------------------------------------------------------


def test_extra_params_are_encoded_like_the_others_signed_and_sent_after_them(
    sandbox: Sandbox, client: MarginClient
) -> None:
    answer = client.transfer.universal_transfer(
        type="MAIN_MARGIN",
        asset="USDT",
        amount=Decimal(5),
        extra_params={
            "clientTranId": "my/id 1",
            "fee": Decimal("1E-7"),
            "urgent": True,
            "legs": ["A", "B"],
            "wallet": UniversalTransferType.MAIN_FUNDING,
            "next": Unlisted("X_Y"),
            "count": 3,
            "skipped": None,
        },
    )
    sent = sandbox.request_log[-1]
    assert sent.status == 200 and answer.tran_id > 0  # the sandbox verified the signature over all of it
    assert list(sent.params) == [
        "type",
        "asset",
        "amount",
        "clientTranId",
        "fee",
        "urgent",
        "legs",
        "wallet",
        "next",
        "count",
        "timestamp",
        "signature",
    ]
    assert {k: sent.params[k] for k in ("clientTranId", "fee", "urgent", "legs", "wallet", "next", "count")} == {
        "clientTranId": "my/id 1",
        "fee": "0.0000001",
        "urgent": "true",
        "legs": "A,B",
        "wallet": "MAIN_FUNDING",
        "next": "X_Y",
        "count": "3",
    }


def test_a_strict_sandbox_reads_the_extra_parameter_after_checking_the_signature() -> None:
    """-1104 (a parameter the endpoint does not read) comes after the signature check: the extra parameter was
    on the wire and inside the signed payload."""
    base = default_config()
    strict = SandboxConfig(assets=base.assets, pairs=base.pairs, users=base.users, strict_params=True)
    with (
        Sandbox.running(strict) as sb,
        MarginClient(KEY, SECRET, base_url=sb.base_url, max_retries=0) as client,
    ):
        client.account.get_cross_account()
        with pytest.raises(BinanceAPIError) as caught:
            client.account.get_cross_account(extra_params={"newFilter": "1"})
        assert caught.value.code == -1104
        assert sb.request_log[-1].params["newFilter"] == "1"


def test_extra_params_reach_unsigned_endpoints_and_raw_twins(sandbox: Sandbox, client: MarginClient) -> None:
    client.general.ping(extra_params={"probe": "1"})
    assert sandbox.request_log[-1].params == {"probe": "1"}
    raw = client.account.with_raw_response.get_cross_account(extra_params={"probe": "2"})
    assert raw.status_code == 200 and sandbox.request_log[-1].params["probe"] == "2"


def test_every_page_of_an_iterator_carries_the_extra_params(sandbox: Sandbox, client: MarginClient) -> None:
    for _ in range(3):
        client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal(1))
    sandbox.request_log.clear()
    start = datetime.now(UTC) - timedelta(days=1)
    rows = list(
        client.transfer.iter_universal_transfer_history(type="MAIN_MARGIN", start=start, extra_params={"p": "v"})
    )
    assert len(rows) == 3
    pages = [r for r in sandbox.request_log if r.path == "/sapi/v1/asset/transfer"]
    assert pages and all(r.params.get("p") == "v" for r in pages)
    with pytest.raises(ValidationError, match="startTime"):
        list(
            client.transfer.iter_universal_transfer_history(
                type="MAIN_MARGIN", start=start, extra_params={"startTime": 1}
            )
        )


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"toSymbol": "BTCUSDT"}, "use the argument to_symbol="),
        ({"to_symbol": "BTCUSDT"}, "use the argument to_symbol="),
        ({"type": "MAIN_MARGIN"}, "use the argument type="),
        ({"recvWindow": 5000}, "use the argument recv_window="),
        ({"timestamp": 1}, "signs every request with timestamp"),
        ({"signature": "x"}, "signs every request with signature"),
        ({"fee": 0.1}, "is a float"),
        ({"fee": Decimal("NaN")}, "finite"),
        ({"fee": ""}, "must not be empty"),
        ({"legs": ["A,B"]}, "without commas"),
        ({"fee": object()}, "must be a str, int, Decimal"),
        ({"": "x"}, "non-empty wire parameter names"),
    ],
)
def test_a_bad_extra_param_is_refused_before_anything_is_sent(
    sandbox: Sandbox, client: MarginClient, extra: dict[str, Any], message: str
) -> None:
    sandbox.request_log.clear()
    with pytest.raises(ValidationError, match=message):
        client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal(1), extra_params=extra)
    assert sandbox.request_log == []


def test_a_parameter_set_from_margin_is_refused_with_margin_as_the_argument(
    sandbox: Sandbox, client: MarginClient
) -> None:
    sandbox.request_log.clear()
    for name in ("isIsolated", "is_isolated"):
        with pytest.raises(ValidationError, match="use the argument margin="):
            client.borrow_repay.borrow_repay(
                asset="USDT", amount=Decimal(1), type="BORROW", margin=Isolated("BTCUSDT"), extra_params={name: "TRUE"}
            )
    assert sandbox.request_log == []


@pytest.fixture
async def async_sandbox() -> AsyncIterator[AsyncSandbox]:
    async with AsyncSandbox.running() as sb:
        yield sb


async def test_the_async_client_signs_and_sends_extra_params_and_refuses_collisions(
    async_sandbox: AsyncSandbox,
) -> None:
    async with AsyncMarginClient(KEY, SECRET, base_url=async_sandbox.base_url, max_retries=0) as client:
        await client.transfer.universal_transfer(
            type="MAIN_MARGIN", asset="USDT", amount=Decimal(2), extra_params={"fee": Decimal("0.10")}
        )
        assert async_sandbox.request_log[-1].status == 200
        assert async_sandbox.request_log[-1].params["fee"] == "0.10"
        raw = await client.account.with_raw_response.get_cross_account(extra_params={"probe": "a"})
        assert raw.status_code == 200 and async_sandbox.request_log[-1].params["probe"] == "a"
        count = len(async_sandbox.request_log)
        with pytest.raises(ValidationError, match="use the argument asset="):
            await client.transfer.universal_transfer(
                type="MAIN_MARGIN", asset="USDT", amount=Decimal(2), extra_params={"asset": "BTC"}
            )
        assert len(async_sandbox.request_log) == count


# -- Unlisted -------------------------------------------------------------------------------------------------


def test_an_unlisted_value_reaches_the_wire_with_one_warning_per_value(sandbox: Sandbox, client: MarginClient) -> None:
    first, second = fresh_value(), fresh_value()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for value in (first, first, second, first):
            with pytest.raises(BinanceAPIError):  # the sandbox, like today's Binance, does not know it either
                client.transfer.universal_transfer(type=Unlisted(value), asset="USDT", amount=Decimal(1))
            assert sandbox.request_log[-1].params["type"] == value
    mine = [w for w in caught if issubclass(w.category, UnlistedValueWarning)]
    assert [str(w.message).split("'")[1] for w in mine] == [first, second]
    assert "components.schemas.UniversalTransferType" in str(mine[0].message)
    assert mine[0].filename == __file__  # it points at the caller's line, not the SDK's


async def test_an_unlisted_value_reaches_the_wire_from_the_async_client(async_sandbox: AsyncSandbox) -> None:
    value = fresh_value()
    async with AsyncMarginClient(KEY, SECRET, base_url=async_sandbox.base_url, max_retries=0) as client:
        with pytest.warns(UnlistedValueWarning, match=value), pytest.raises(BinanceAPIError):
            await client.transfer.universal_transfer(type=Unlisted(value), asset="USDT", amount=Decimal(1))
    assert async_sandbox.request_log[-1].params["type"] == value


def test_an_unlisted_value_the_spec_knows_is_sent_as_the_member_without_warning(
    sandbox: Sandbox, client: MarginClient
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnlistedValueWarning)
        client.transfer.universal_transfer(type=Unlisted("MAIN_MARGIN"), asset="USDT", amount=Decimal(1))
    assert sandbox.request_log[-1].params["type"] == "MAIN_MARGIN"


def test_a_plain_unknown_string_is_refused_naming_the_spec_place_and_unlisted(
    sandbox: Sandbox, client: MarginClient
) -> None:
    sandbox.request_log.clear()
    with pytest.raises(ValidationError) as caught:
        client.transfer.universal_transfer(type="MAIN_NEXT_WALLET", asset="USDT", amount=Decimal(1))  # type: ignore[arg-type]
    text = str(caught.value)
    assert "components.schemas.UniversalTransferType in spec/margin.yaml" in text
    assert "binance_margin.Unlisted('MAIN_NEXT_WALLET')" in text
    assert sandbox.request_log == []


@pytest.mark.parametrize("bad", ["", " X", 5, None])
def test_unlisted_needs_a_plain_string(bad: Any) -> None:
    with pytest.raises(ValidationError, match="Unlisted"):
        Unlisted(bad)


def test_unlisted_is_a_value_object() -> None:
    assert Unlisted("A") == Unlisted("A") and Unlisted("A") != Unlisted("B") and Unlisted("A") != "A"
    assert len({Unlisted("A"), Unlisted("A")}) == 1
    assert repr(Unlisted("A")) == "Unlisted('A')" and str(Unlisted("A")) == "A"
    with pytest.raises(AttributeError):
        Unlisted("A").value = "B"  # type: ignore[misc]


def test_the_generated_request_builder_writes_an_unlisted_value_as_is() -> None:
    """The runtime's one-pass wire table is checked against ``build_request``; both write ``Unlisted`` as is."""
    module = importlib.import_module(UNIVERSAL_TRANSFER.module)
    params = module.build_request(type_=Unlisted("MAIN_X"), asset="USDT", amount=Decimal(1))["params"]
    assert params["type"] == "MAIN_X"


def test_order_checks_pass_extra_params_through_and_leave_unlisted_orders_to_binance(sandbox: Sandbox) -> None:
    with MarginClient(KEY, SECRET, base_url=sandbox.base_url, max_retries=0, validate_orders=True) as client:
        client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal(1000))
        order = client.trade.new_order(
            symbol="BTCUSDT",
            side="BUY",
            type="LIMIT",
            quantity=Decimal("0.001"),
            price=Decimal(50000),
            time_in_force="GTC",
            extra_params={"strategyTag": "t1"},
        )
        assert order.order_id and sandbox.request_log[-1].params["strategyTag"] == "t1"
        value = "NEXT_" + uuid.uuid4().hex[:8].upper()
        with pytest.warns(UnlistedValueWarning), pytest.raises(BinanceAPIError):  # Binance's answer, not a local one
            client.trade.new_order(symbol="BTCUSDT", side="BUY", type=Unlisted(value), quantity=Decimal("0.001"))
        assert sandbox.request_log[-1].params["type"] == value
