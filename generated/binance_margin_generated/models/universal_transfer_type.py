from enum import StrEnum
from typing import Any


class UniversalTransferType(StrEnum):
    """Margin-related universal transfer types (SOURCE_TARGET; MAIN = spot, MARGIN = cross margin,
    ISOLATEDMARGIN = isolated pair named by fromSymbol/toSymbol). MAIN_ISOLATED_MARGIN and
    ISOLATED_MARGIN_MAIN (spot <-> isolated) appear only in the zh-CN docs page, not in the English docs
    or the official SDK.

    Values Binance adds later are accepted as pseudo-members instead of failing the whole response.
    """

    CMFUTURE_MARGIN = "CMFUTURE_MARGIN"
    FUNDING_MARGIN = "FUNDING_MARGIN"
    ISOLATEDMARGIN_ISOLATEDMARGIN = "ISOLATEDMARGIN_ISOLATEDMARGIN"
    ISOLATEDMARGIN_MARGIN = "ISOLATEDMARGIN_MARGIN"
    ISOLATED_MARGIN_MAIN = "ISOLATED_MARGIN_MAIN"
    MAIN_ISOLATED_MARGIN = "MAIN_ISOLATED_MARGIN"
    MAIN_MARGIN = "MAIN_MARGIN"
    MARGIN_CMFUTURE = "MARGIN_CMFUTURE"
    MARGIN_FUNDING = "MARGIN_FUNDING"
    MARGIN_ISOLATEDMARGIN = "MARGIN_ISOLATEDMARGIN"
    MARGIN_MAIN = "MARGIN_MAIN"
    MARGIN_OPTION = "MARGIN_OPTION"
    MARGIN_UMFUTURE = "MARGIN_UMFUTURE"
    OPTION_MARGIN = "OPTION_MARGIN"
    UMFUTURE_MARGIN = "UMFUTURE_MARGIN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "UniversalTransferType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# Known values to members: models' from_dict looks values up here (a dict lookup costs a fraction of
# `Enum.__call__`) and calls the class only for a value this map does not know.
UNIVERSAL_TRANSFER_TYPE_BY_VALUE: dict[str, UniversalTransferType] = {
    member.value: member for member in UniversalTransferType
}
