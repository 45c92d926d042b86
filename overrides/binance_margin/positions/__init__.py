"""Positions and risk: snapshots of margin accounts, the prices that matter, and "what if" (see docs/positions.md).

with MarginClient() as client:
    snap = client.positions.snapshot(margin=Isolated("BTCUSDT"))
    snap.margin_level, snap.liquidation_price
    snap.after_order(side="BUY", quantity=Decimal("0.1"), price=Decimal(60000), side_effect_type="MARGIN_BUY")
    client.positions.repay_all("USDT")                                  # principal + interest, exactly
    client.positions.close(Isolated("BTCUSDT"), transfer_to="spot")     # journaled; resume() after a crash
"""

from .._errors import JournalError, OperationInterrupted, RepayShortfallError, StepConflict
from ._amounts import AssetPosition, MarginBars, SideEffect
from ._api import AsyncPositions, Positions
from ._journal import Journal, OperationRecord, StepRecord, default_journal_path
from ._ops import (
    CloseReport,
    Dust,
    RepayAllResult,
    ResumeOutcome,
    StepReport,
)
from ._snapshot import PositionSnapshot

__all__ = [
    "AssetPosition",
    "AsyncPositions",
    "CloseReport",
    "Dust",
    "Journal",
    "JournalError",
    "MarginBars",
    "OperationInterrupted",
    "OperationRecord",
    "PositionSnapshot",
    "Positions",
    "RepayAllResult",
    "RepayShortfallError",
    "ResumeOutcome",
    "SideEffect",
    "StepConflict",
    "StepRecord",
    "StepReport",
    "default_journal_path",
]
