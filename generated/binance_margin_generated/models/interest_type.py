from enum import StrEnum
from typing import Any

from ..types import _drift_seen


class InterestType(StrEnum):
    """Kind of interest charge: PERIODIC (hourly), ON_BORROW (first charge on borrowing),
    PERIODIC_CONVERTED and ON_BORROW_CONVERTED (the same, paid in BNB), PORTFOLIO (daily interest on a
    portfolio margin negative balance).

    Values Binance adds later are accepted as pseudo-members instead of failing the whole response.
    """

    ON_BORROW = "ON_BORROW"
    ON_BORROW_CONVERTED = "ON_BORROW_CONVERTED"
    PERIODIC = "PERIODIC"
    PERIODIC_CONVERTED = "PERIODIC_CONVERTED"
    PORTFOLIO = "PORTFOLIO"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "InterestType | None":
        if not isinstance(value, str):
            return None
        _drift_seen()  # a value the spec does not list: binance_margin._drift records it
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# Known values to members: models' from_dict looks values up here (a dict lookup costs a fraction of
# `Enum.__call__`) and calls the class only for a value this map does not know.
INTEREST_TYPE_BY_VALUE: dict[str, InterestType] = {member.value: member for member in InterestType}
