"""Positions and risk: snapshots of margin accounts, the prices that matter, and "what if" (see docs/positions.md).

with MarginClient() as client:
    snap = client.positions.snapshot(margin=Isolated("BTCUSDT"))
    snap.margin_level, snap.liquidation_price
    snap.after_order(side="BUY", quantity=Decimal("0.1"), price=Decimal(60000), side_effect_type="MARGIN_BUY")
"""

from ._api import AsyncPositions, Positions
from ._snapshot import AssetPosition, MarginBars, PositionSnapshot
from ._whatif import SideEffect

__all__ = ["AssetPosition", "AsyncPositions", "MarginBars", "PositionSnapshot", "Positions", "SideEffect"]
