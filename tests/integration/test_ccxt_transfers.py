"""The four spot <-> isolated transfers of ccxt's own request tests, sent through this SDK and executed by the
sandbox (issue 20, part 1).

ccxt (``ts/src/test/static/request/binance.json``, method ``transfer``) expects these bodies for
``POST /sapi/v1/asset/transfer`` (its ``skipKeys``: timestamp, recvWindow and signature are not compared):

- "Main to isolated using symbol as toAccount": ``transfer("USDT", 1, "main", "LTC/USDT")``
- "from main to isolated": ``transfer("USDT", 1, "main", "isolated", {"symbol": "LTC/USDT"})``
- "From isolated to main using symbol as fromAccount": ``transfer("USDT", 1, "LTC/USDT", "main")``
- "From isolated to main": ``transfer("USDT", 1, "isolated", "main", {"symbol": "LTC/USDT"})``

A ccxt user moving to this SDK writes the same transfer with ``type=`` and ``to_symbol=``/``from_symbol=``; the
request must carry exactly ccxt's parameters, and Binance's answer (here the sandbox's) must move the funds.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import pytest
from binance_margin import AsyncMarginClient, Isolated, MarginClient
from binance_margin.errors import ValidationError
from binance_margin.sandbox import AssetConfig, PairConfig, Sandbox, SandboxConfig, default_config

pytestmark = pytest.mark.integration

CCXT_SKIP_KEYS = {"signature", "timestamp", "recvWindow"}

# (ccxt's description, ccxt's arguments, the body ccxt expects), as written in ccxt's binance.json.
CCXT_TRANSFERS: list[tuple[str, tuple[Any, ...], str]] = [
    (
        "Main to isolated using symbol as toAccount",
        ("USDT", 1, "main", "LTC/USDT"),
        "timestamp=1704968135307&asset=USDT&amount=1&type=MAIN_ISOLATED_MARGIN&toSymbol=LTCUSDT&recvWindow=10000"
        "&signature=6fca390794311a2b8595b1b434d01f4533cef142980b5d4fdbb2f7ef7353f0b4",
    ),
    (
        "from main to isolated",
        ("USDT", 1, "main", "isolated", {"symbol": "LTC/USDT"}),
        "timestamp=1704968267133&asset=USDT&amount=1&type=MAIN_ISOLATED_MARGIN&toSymbol=LTCUSDT&recvWindow=10000"
        "&signature=b4343c34b6664e6a95f519ef6828defa6b4b86cc14a135dbca00b723cba4787b",
    ),
    (
        "From isolated to main using symbol as fromAccount",
        ("USDT", 1, "LTC/USDT", "main"),
        "timestamp=1704968308751&asset=USDT&amount=1&type=ISOLATED_MARGIN_MAIN&fromSymbol=LTCUSDT&recvWindow=10000"
        "&signature=40eabe9bb3f2265d8d15656278c5b92f37b690d4bc3161efa9803739e54d6dbf",
    ),
    (
        "From isolated to main",
        ("USDT", 1, "isolated", "main", {"symbol": "LTC/USDT"}),
        "timestamp=1704968353605&asset=USDT&amount=1&type=ISOLATED_MARGIN_MAIN&fromSymbol=LTCUSDT&recvWindow=10000"
        "&signature=9dd361ee76b7d1ea34d282c538bb9cfe44b32a470f1076a00cc1592b1eb51ef0",
    ),
]


def ccxt_expects(body: str) -> dict[str, str]:
    """ccxt's expected parameters without its skipKeys."""
    return {k: v for k, v in parse_qsl(body) if k not in CCXT_SKIP_KEYS}


def sdk_arguments(args: tuple[Any, ...]) -> dict[str, Any]:
    """What a ccxt user writes with this SDK for ``transfer(code, amount, fromAccount, toAccount, params)``."""
    code, amount, source, target = args[:4]
    params: dict[str, Any] = args[4] if len(args) > 4 else {}

    def pair(account: str) -> str | None:
        if "/" in account:
            return account.replace("/", "")
        if account == "isolated":
            return str(params["symbol"]).replace("/", "")
        return None

    from_pair, to_pair = pair(source), pair(target)
    if to_pair is not None:
        return {"type": "MAIN_ISOLATED_MARGIN", "asset": code, "amount": Decimal(amount), "to_symbol": to_pair}
    assert from_pair is not None
    return {"type": "ISOLATED_MARGIN_MAIN", "asset": code, "amount": Decimal(amount), "from_symbol": from_pair}


def ltc_config() -> SandboxConfig:
    """The default sandbox plus LTC and the LTCUSDT pair ccxt's tests use."""
    base = default_config()
    ltc = AssetConfig(name="LTC", full_name="Litecoin", borrow_limit=Decimal(5000), inventory=Decimal(100_000))
    pair = PairConfig(symbol="LTCUSDT", base="LTC", quote="USDT", price=Decimal("70.00"))
    return SandboxConfig(assets=[*base.assets, ltc], pairs=[*base.pairs, pair], users=base.users)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox.running(ltc_config(), validate_responses=True) as sb:
        yield sb
        assert sb.errors == [], "\n".join(sb.errors)


def test_ccxt_spot_isolated_transfers_go_out_as_ccxt_sends_them_and_execute(sandbox: Sandbox) -> None:
    spot_before = sandbox.balance("USDT", "SPOT").free
    with MarginClient("demo-api-key", "demo-api-secret", base_url=sandbox.base_url, max_retries=0) as client:
        tran_ids: dict[str, list[int]] = {"MAIN_ISOLATED_MARGIN": [], "ISOLATED_MARGIN_MAIN": []}
        for description, args, body in CCXT_TRANSFERS:
            arguments = sdk_arguments(args)
            answer = client.transfer.universal_transfer(**arguments)
            sent = sandbox.request_log[-1]
            assert (sent.method, sent.path, sent.status) == ("POST", "/sapi/v1/asset/transfer", 200), description
            assert {k: v for k, v in sent.params.items() if k not in CCXT_SKIP_KEYS} == ccxt_expects(body), description
            assert "signature" in sent.params and "timestamp" in sent.params
            tran_ids[arguments["type"]].append(answer.tran_id)
            if arguments["type"] == "MAIN_ISOLATED_MARGIN":
                assert sandbox.balance("USDT", "SPOT").free == spot_before - len(tran_ids["MAIN_ISOLATED_MARGIN"])

        assert sandbox.balance("USDT", "SPOT").free == spot_before  # 2 in, 2 out
        isolated = client.account.get_isolated_account(symbols=["LTCUSDT"])
        assert [a.symbol for a in isolated.assets] == ["LTCUSDT"]
        assert isolated.assets[0].quote_asset.free == 0

        history = client.transfer.get_universal_transfer_history
        for type_, expected in tran_ids.items():
            pair = {"to_symbol" if type_ == "MAIN_ISOLATED_MARGIN" else "from_symbol": "LTCUSDT"}
            rows = history(type=type_, **pair).rows  # type: ignore[arg-type]
            assert sorted(r.tran_id for r in rows) == sorted(expected)
            assert {r.type_ for r in rows} == {type_}
        # The isolated account's own history shows them as spot <-> isolated moves of that pair.
        moves = client.transfer.get_transfer_history(margin=Isolated("LTCUSDT")).rows
        assert sorted((m.trans_from, m.trans_to) for m in moves) == sorted(
            [("SPOT", "ISOLATED_MARGIN")] * 2 + [("ISOLATED_MARGIN", "SPOT")] * 2
        )


async def test_the_async_client_sends_ccxt_transfers_the_same_way(sandbox: Sandbox) -> None:
    async with AsyncMarginClient("demo-api-key", "demo-api-secret", base_url=sandbox.base_url) as client:
        for description, args, body in CCXT_TRANSFERS:
            await client.transfer.universal_transfer(**sdk_arguments(args))
            sent = sandbox.request_log[-1]
            assert sent.status == 200, description
            assert {k: v for k, v in sent.params.items() if k not in CCXT_SKIP_KEYS} == ccxt_expects(body), description


@pytest.mark.parametrize(
    ("type_", "missing"), [("MAIN_ISOLATED_MARGIN", "to_symbol"), ("ISOLATED_MARGIN_MAIN", "from_symbol")]
)
def test_a_one_leg_isolated_transfer_without_its_pair_is_refused_before_sending(
    sandbox: Sandbox, type_: str, missing: str
) -> None:
    with MarginClient("demo-api-key", "demo-api-secret", base_url=sandbox.base_url, max_retries=0) as client:
        sandbox.request_log.clear()
        with pytest.raises(ValidationError, match=f"needs {missing}= when type is {type_}"):
            client.transfer.universal_transfer(type=type_, asset="USDT", amount=Decimal(1))  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match=f"needs {missing}= when type is {type_}"):
            client.transfer.get_universal_transfer_history(type=type_)  # type: ignore[arg-type]
        assert sandbox.request_log == []
