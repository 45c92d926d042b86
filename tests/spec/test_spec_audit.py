"""Spec details checked line by line against Binance's docs (issue 13, points 13-15) and the PEP 561 marker."""

from __future__ import annotations

from pathlib import Path

import pytest
from binance_margin import MarginClient
from binance_margin.errors import ValidationError
from binance_margin_generated.models import SymbolStatus, UniversalTransferType

from ._spec import load_spec, operations, resolve

ROOT = Path(__file__).resolve().parents[2]

# Binance's "ENUM of transfer types" on the User Universal Transfer page (wallet docs), in the docs' order.
DOCUMENTED_TRANSFER_TYPES = [
    "MAIN_UMFUTURE",
    "MAIN_CMFUTURE",
    "MAIN_MARGIN",
    "UMFUTURE_MAIN",
    "UMFUTURE_MARGIN",
    "CMFUTURE_MAIN",
    "CMFUTURE_MARGIN",
    "MARGIN_MAIN",
    "MARGIN_UMFUTURE",
    "MARGIN_CMFUTURE",
    "ISOLATEDMARGIN_MARGIN",
    "MARGIN_ISOLATEDMARGIN",
    "ISOLATEDMARGIN_ISOLATEDMARGIN",
    "MAIN_FUNDING",
    "FUNDING_MAIN",
    "FUNDING_UMFUTURE",
    "UMFUTURE_FUNDING",
    "MARGIN_FUNDING",
    "FUNDING_MARGIN",
    "FUNDING_CMFUTURE",
    "CMFUTURE_FUNDING",
    "MAIN_OPTION",
    "OPTION_MAIN",
    "UMFUTURE_OPTION",
    "OPTION_UMFUTURE",
    "MARGIN_OPTION",
    "OPTION_MARGIN",
    "FUNDING_OPTION",
    "OPTION_FUNDING",
    "MAIN_PORTFOLIO_MARGIN",
    "PORTFOLIO_MARGIN_MAIN",
]


def _param(operation_id: str, name: str) -> dict[str, object]:
    for _method, _path, op in operations():
        if op["operationId"] == operation_id:
            for param in op.get("parameters", []):
                if param["name"] == name:
                    return dict(param)
    raise LookupError(f"{operation_id} has no parameter {name}")


def test_every_array_query_parameter_is_comma_joined_for_every_openapi_tool() -> None:
    arrays = [
        (op["operationId"], p)
        for _method, _path, op in operations()
        for p in op.get("parameters", [])
        if p["in"] == "query" and resolve(p.get("schema", {})).get("type") == "array"
    ]
    names = {(opid, p["name"]) for opid, p in arrays}
    assert {
        ("getIsolatedAccount", "symbols"),
        ("getNextHourlyInterestRate", "assets"),
        ("exchangeSmallLiability", "assetNames"),
        ("createSpecialKey", "ip"),
        ("editSpecialKeyIp", "ip"),
    } <= names
    wrong = sorted(
        opid + "." + p["name"] for opid, p in arrays if (p.get("style"), p.get("explode")) != ("form", False)
    )
    assert not wrong, f"array query parameters without style: form, explode: false: {wrong}"


def test_symbol_status_lists_cancel_only_and_the_filter_takes_only_trading_halt_break() -> None:
    assert "CANCEL_ONLY" in load_spec()["components"]["schemas"]["SymbolStatus"]["enum"]
    assert SymbolStatus("CANCEL_ONLY") is SymbolStatus.CANCEL_ONLY
    assert resolve(_param("getExchangeInfo", "symbolStatus")["schema"])["enum"] == ["TRADING", "HALT", "BREAK"]  # type: ignore[arg-type]


@pytest.mark.parametrize("status", ["PRE_TRADING", "END_OF_DAY", "CANCEL_ONLY", "AUCTION_MATCH"])
def test_the_client_refuses_a_symbol_status_filter_binance_refuses(status: str) -> None:
    with (
        MarginClient("k", "s", base_url="http://127.0.0.1:9") as client,
        pytest.raises(ValidationError, match="TRADING"),
    ):
        client.general.get_exchange_info(symbol_status=status)  # type: ignore[arg-type]


ONE_LEG_ISOLATED_TYPES = ["MAIN_ISOLATED_MARGIN", "ISOLATED_MARGIN_MAIN"]
"""Spot <-> one isolated pair in one transfer: not on the English page, in use (issue 20, part 1)."""


def test_universal_transfer_types_are_the_documented_ones_plus_the_one_leg_isolated_types() -> None:
    schema = load_spec()["components"]["schemas"]["UniversalTransferType"]
    assert schema["enum"] == DOCUMENTED_TRANSFER_TYPES + ONE_LEG_ISOLATED_TYPES
    assert sorted(m.value for m in UniversalTransferType) == sorted(DOCUMENTED_TRANSFER_TYPES + ONE_LEG_ISOLATED_TYPES)
    for opid in ("universalTransfer", "getUniversalTransferHistory"):
        enum = resolve(_param(opid, "type")["schema"])["enum"]  # type: ignore[arg-type]
        assert enum == DOCUMENTED_TRANSFER_TYPES + ONE_LEG_ISOLATED_TYPES


def test_the_one_leg_isolated_types_name_their_sources() -> None:
    text = " ".join(load_spec()["components"]["schemas"]["UniversalTransferType"]["description"].split())
    for source in (
        "binance/binance-connector-python issue 250",
        "JKorf/Binance.Net issue 1368",
        "ccxt/ccxt ts/src/test/static/request/binance.json",
    ):
        assert source in text


@pytest.mark.parametrize(
    ("type_", "needs", "other"),
    [
        ("MAIN_ISOLATED_MARGIN", "toSymbol", "fromSymbol"),
        ("ISOLATED_MARGIN_MAIN", "fromSymbol", "toSymbol"),
        ("MARGIN_ISOLATEDMARGIN", "toSymbol", "fromSymbol"),
        ("ISOLATEDMARGIN_MARGIN", "fromSymbol", "toSymbol"),
    ],
)
def test_the_symbol_rules_of_isolated_transfer_types_are_in_the_spec(type_: str, needs: str, other: str) -> None:
    for _method, _path, op in operations():
        if op["operationId"] not in ("universalTransfer", "getUniversalTransferHistory"):
            continue
        rules = {r["param"]: r for r in op["x-required-when"]}
        assert rules[needs]["when"] == "type" and type_ in rules[needs]["in"]
        assert type_ not in rules[other]["in"]


def test_the_generated_package_ships_its_pep_561_marker() -> None:
    assert (ROOT / "generated" / "binance_margin_generated" / "py.typed").is_file()
