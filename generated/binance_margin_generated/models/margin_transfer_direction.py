from enum import StrEnum
from typing import Any

from ..types import _drift_seen


class MarginTransferDirection(StrEnum):
    """Direction of a margin transfer record (into or out of the margin account).

    Values Binance adds later are accepted as pseudo-members instead of failing the whole response.
    """

    ROLL_IN = "ROLL_IN"
    ROLL_OUT = "ROLL_OUT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MarginTransferDirection | None":
        if not isinstance(value, str):
            return None
        _drift_seen()  # a value the spec does not list: binance_margin._drift records it
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# Known values to members: models' from_dict looks values up here (a dict lookup costs a fraction of
# `Enum.__call__`) and calls the class only for a value this map does not know.
MARGIN_TRANSFER_DIRECTION_BY_VALUE: dict[str, MarginTransferDirection] = {
    member.value: member for member in MarginTransferDirection
}
