from enum import StrEnum
from typing import Any

from ..types import _drift_seen


class SymbolStatus(StrEnum):
    """Trading status of a symbol in exchangeInfo. CANCEL_ONLY (orders can only be cancelled) is returned
    since 2026-07-07; PRE_TRADING, POST_TRADING and AUCTION_MATCH are older values. The symbolStatus
    filter accepts only TRADING, HALT and BREAK (SymbolStatusFilter).

    Values Binance adds later are accepted as pseudo-members instead of failing the whole response.
    """

    AUCTION_MATCH = "AUCTION_MATCH"
    BREAK = "BREAK"
    CANCEL_ONLY = "CANCEL_ONLY"
    END_OF_DAY = "END_OF_DAY"
    HALT = "HALT"
    POST_TRADING = "POST_TRADING"
    PRE_TRADING = "PRE_TRADING"
    TRADING = "TRADING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SymbolStatus | None":
        if not isinstance(value, str):
            return None
        _drift_seen()  # a value the spec does not list: binance_margin._drift records it
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# Known values to members: models' from_dict looks values up here (a dict lookup costs a fraction of
# `Enum.__call__`) and calls the class only for a value this map does not know.
SYMBOL_STATUS_BY_VALUE: dict[str, SymbolStatus] = {member.value: member for member in SymbolStatus}
