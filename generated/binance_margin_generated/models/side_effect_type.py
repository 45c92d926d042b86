from enum import StrEnum
from typing import Any

from ..types import _drift_seen


class SideEffectType(StrEnum):
    """Borrowing/repaying done with a margin order (see Binance's sideEffectType FAQ).

    Values Binance adds later are accepted as pseudo-members instead of failing the whole response.
    """

    AUTO_BORROW_REPAY = "AUTO_BORROW_REPAY"
    AUTO_REPAY = "AUTO_REPAY"
    MARGIN_BUY = "MARGIN_BUY"
    NO_SIDE_EFFECT = "NO_SIDE_EFFECT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SideEffectType | None":
        if not isinstance(value, str):
            return None
        _drift_seen()  # a value the spec does not list: binance_margin._drift records it
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# Known values to members: models' from_dict looks values up here (a dict lookup costs a fraction of
# `Enum.__call__`) and calls the class only for a value this map does not know.
SIDE_EFFECT_TYPE_BY_VALUE: dict[str, SideEffectType] = {member.value: member for member in SideEffectType}
