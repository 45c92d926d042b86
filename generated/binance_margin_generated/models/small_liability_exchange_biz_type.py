from enum import StrEnum
from typing import Any


class SmallLiabilityExchangeBizType(StrEnum):
    """Kind of small liability exchange record.

    Values Binance adds later are accepted as pseudo-members instead of failing the whole response.
    """

    EXCHANGE_SMALL_LIABILITY = "EXCHANGE_SMALL_LIABILITY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SmallLiabilityExchangeBizType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
