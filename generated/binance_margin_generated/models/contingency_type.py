from enum import StrEnum
from typing import Any


class ContingencyType(StrEnum):
    """Kind of order list.

    Values Binance adds later are accepted as pseudo-members instead of failing the whole response.
    """

    OCO = "OCO"
    OTO = "OTO"
    OTOCO = "OTOCO"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ContingencyType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
