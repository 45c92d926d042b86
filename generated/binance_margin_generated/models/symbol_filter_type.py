from enum import StrEnum
from typing import Any

from ..types import _drift_seen


class SymbolFilterType(StrEnum):
    """Kind of symbol filter.

    Values Binance adds later are accepted as pseudo-members instead of failing the whole response.
    """

    ICEBERG_PARTS = "ICEBERG_PARTS"
    LOT_SIZE = "LOT_SIZE"
    MARKET_LOT_SIZE = "MARKET_LOT_SIZE"
    MAX_NUM_ALGO_ORDERS = "MAX_NUM_ALGO_ORDERS"
    MAX_NUM_ICEBERG_ORDERS = "MAX_NUM_ICEBERG_ORDERS"
    MAX_NUM_ORDERS = "MAX_NUM_ORDERS"
    MAX_NUM_ORDER_AMENDS = "MAX_NUM_ORDER_AMENDS"
    MAX_NUM_ORDER_LISTS = "MAX_NUM_ORDER_LISTS"
    MAX_POSITION = "MAX_POSITION"
    MIN_NOTIONAL = "MIN_NOTIONAL"
    NOTIONAL = "NOTIONAL"
    PERCENT_PRICE = "PERCENT_PRICE"
    PERCENT_PRICE_BY_SIDE = "PERCENT_PRICE_BY_SIDE"
    PRICE_FILTER = "PRICE_FILTER"
    TRAILING_DELTA = "TRAILING_DELTA"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SymbolFilterType | None":
        if not isinstance(value, str):
            return None
        _drift_seen()  # a value the spec does not list: binance_margin._drift records it
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# Known values to members: models' from_dict looks values up here (a dict lookup costs a fraction of
# `Enum.__call__`) and calls the class only for a value this map does not know.
SYMBOL_FILTER_TYPE_BY_VALUE: dict[str, SymbolFilterType] = {member.value: member for member in SymbolFilterType}
