from enum import StrEnum
from typing import Any

from ..types import _drift_seen


class TransferAccountType(StrEnum):
    """Wallet a margin transfer came from or went to.

    Values Binance adds later are accepted as pseudo-members instead of failing the whole response.
    """

    CROSS_MARGIN = "CROSS_MARGIN"
    DELIVERY = "DELIVERY"
    FIAT = "FIAT"
    FUNDING = "FUNDING"
    FUTURES = "FUTURES"
    ISOLATED_MARGIN = "ISOLATED_MARGIN"
    MINING = "MINING"
    MOTHER_SPOT = "MOTHER_SPOT"
    OPTION = "OPTION"
    SPOT = "SPOT"
    SUB_MARGIN = "SUB_MARGIN"
    SUB_SPOT = "SUB_SPOT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TransferAccountType | None":
        if not isinstance(value, str):
            return None
        _drift_seen()  # a value the spec does not list: binance_margin._drift records it
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# Known values to members: models' from_dict looks values up here (a dict lookup costs a fraction of
# `Enum.__call__`) and calls the class only for a value this map does not know.
TRANSFER_ACCOUNT_TYPE_BY_VALUE: dict[str, TransferAccountType] = {
    member.value: member for member in TransferAccountType
}
