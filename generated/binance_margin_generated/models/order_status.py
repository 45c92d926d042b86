from enum import StrEnum
from typing import Any

from ..types import _drift_seen


class OrderStatus(StrEnum):
    """Order status (PENDING_NEW: pending order of an order list not placed yet; EXPIRED_IN_MATCH: expired
    by self-trade prevention).

    Values Binance adds later are accepted as pseudo-members instead of failing the whole response.
    """

    CANCELED = "CANCELED"
    EXPIRED = "EXPIRED"
    EXPIRED_IN_MATCH = "EXPIRED_IN_MATCH"
    FILLED = "FILLED"
    NEW = "NEW"
    PARTIALLY_FILLED = "PARTIALLY_FILLED"
    PENDING_CANCEL = "PENDING_CANCEL"
    PENDING_NEW = "PENDING_NEW"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "OrderStatus | None":
        if not isinstance(value, str):
            return None
        _drift_seen()  # a value the spec does not list: binance_margin._drift records it
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# Known values to members: models' from_dict looks values up here (a dict lookup costs a fraction of
# `Enum.__call__`) and calls the class only for a value this map does not know.
ORDER_STATUS_BY_VALUE: dict[str, OrderStatus] = {member.value: member for member in OrderStatus}
