from enum import StrEnum
from typing import Any

from ..types import _drift_seen


class OtocoPendingOrderType(StrEnum):
    """Type of a pending (above / below) order of an OTOCO order list.

    Values Binance adds later are accepted as pseudo-members instead of failing the whole response.
    """

    LIMIT_MAKER = "LIMIT_MAKER"
    STOP_LOSS = "STOP_LOSS"
    STOP_LOSS_LIMIT = "STOP_LOSS_LIMIT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "OtocoPendingOrderType | None":
        if not isinstance(value, str):
            return None
        _drift_seen()  # a value the spec does not list: binance_margin._drift records it
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# Known values to members: models' from_dict looks values up here (a dict lookup costs a fraction of
# `Enum.__call__`) and calls the class only for a value this map does not know.
OTOCO_PENDING_ORDER_TYPE_BY_VALUE: dict[str, OtocoPendingOrderType] = {
    member.value: member for member in OtocoPendingOrderType
}
