"""Positions and risk (issue 18) as a user writes it: must pass mypy --strict against the installed wheel."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from binance_margin import (
    AsyncMarginClient,
    CloseReport,
    Isolated,
    MarginClient,
    MarginLevelGuardError,
    OperationInterrupted,
    PositionSnapshot,
    RepayAllResult,
    RepayShortfallError,
    ResumeOutcome,
)


def risk(client: MarginClient) -> Decimal | None:
    snap: PositionSnapshot = client.positions.snapshot(margin=Isolated("BTCUSDT"))
    level: Decimal | None = snap.margin_level
    if level is not None and level < snap.bars.margin_call:
        return snap.liquidation_price
    after = snap.after_order(
        side="BUY", quantity=Decimal("0.001"), price=snap.price("BTC"), side_effect_type="MARGIN_BUY"
    ).after_price("BTC", Decimal("50000"))
    debt: Decimal = after.asset("USDT").debt
    return snap.price_for_level(Decimal("1.3"), asset="BTC") if debt else None


def end_it(client: MarginClient, journal: Path) -> list[str]:
    try:
        repaid: RepayAllResult = client.positions.repay_all("USDT", journal=journal)
        report: CloseReport = client.positions.close(Isolated("BTCUSDT"), transfer_to="spot", journal=None)
    except RepayShortfallError as exc:
        return [str(exc)]
    except OperationInterrupted:
        outcomes: list[ResumeOutcome] = client.positions.resume(journal=journal)
        return [o.status for o in outcomes]
    except MarginLevelGuardError as exc:
        return [str(exc.level_after)]
    return [str(repaid.left), *(step.kind for step in report.steps), *(d.reason for d in report.dust)]


async def async_risk(client: AsyncMarginClient) -> Decimal | None:
    snap = await client.positions.snapshot()
    report = await client.positions.close(Isolated("BTCUSDT"), transfer_to="cross")
    return snap.margin_level if report.transferred else None
