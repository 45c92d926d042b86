from enum import StrEnum
from typing import Any

from ..types import _drift_seen


class ListOrderStatus(StrEnum):
    """Order status of an order list (EXECUTING, ALL_DONE, or REJECT for a failed action).

    Values Binance adds later are accepted as pseudo-members instead of failing the whole response.
    """

    ALL_DONE = "ALL_DONE"
    EXECUTING = "EXECUTING"
    REJECT = "REJECT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ListOrderStatus | None":
        if not isinstance(value, str):
            return None
        _drift_seen()  # a value the spec does not list: binance_margin._drift records it
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# Known values to members: models' from_dict looks values up here (a dict lookup costs a fraction of
# `Enum.__call__`) and calls the class only for a value this map does not know.
LIST_ORDER_STATUS_BY_VALUE: dict[str, ListOrderStatus] = {member.value: member for member in ListOrderStatus}
