from enum import StrEnum
from typing import Any

from ..types import _drift_seen


class CapitalFlowType(StrEnum):
    """Kind of margin capital flow.

    Values Binance adds later are accepted as pseudo-members instead of failing the whole response.
    """

    BORROW = "BORROW"
    BUY_EXPENSE = "BUY_EXPENSE"
    BUY_INCOME = "BUY_INCOME"
    BUY_LIQUIDATION = "BUY_LIQUIDATION"
    COMMISSION_RETURN = "COMMISSION_RETURN"
    LIQUIDATION_FEE = "LIQUIDATION_FEE"
    OTHER_LIQUIDATION = "OTHER_LIQUIDATION"
    REPAY = "REPAY"
    REPAY_LIQUIDATION = "REPAY_LIQUIDATION"
    SELL_EXPENSE = "SELL_EXPENSE"
    SELL_INCOME = "SELL_INCOME"
    SELL_LIQUIDATION = "SELL_LIQUIDATION"
    SMALL_BALANCE_CONVERT = "SMALL_BALANCE_CONVERT"
    SMALL_CONVERT = "SMALL_CONVERT"
    TRADING_COMMISSION = "TRADING_COMMISSION"
    TRANSFER = "TRANSFER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CapitalFlowType | None":
        if not isinstance(value, str):
            return None
        _drift_seen()  # a value the spec does not list: binance_margin._drift records it
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# Known values to members: models' from_dict looks values up here (a dict lookup costs a fraction of
# `Enum.__call__`) and calls the class only for a value this map does not know.
CAPITAL_FLOW_TYPE_BY_VALUE: dict[str, CapitalFlowType] = {member.value: member for member in CapitalFlowType}
