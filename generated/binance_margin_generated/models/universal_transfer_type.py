from enum import StrEnum
from typing import Any

from ..types import _drift_seen


class UniversalTransferType(StrEnum):
    """Universal transfer types (SOURCE_TARGET; MAIN = spot, MARGIN = cross margin, ISOLATEDMARGIN = the
    isolated pair named by fromSymbol/toSymbol, UMFUTURE / CMFUTURE = USD-M / COIN-M futures, FUNDING,
    OPTION, PORTFOLIO_MARGIN). The first 31 are the "ENUM of transfer types" of Binance's English User
    Universal Transfer page (developers.binance.com/docs/wallet/asset/user-universal-transfer). The last
    two move between spot and one isolated pair in a single transfer - MAIN_ISOLATED_MARGIN (spot ->
    isolated, with toSymbol) and ISOLATED_MARGIN_MAIN (isolated -> spot, with fromSymbol). The English
    page does not list them, but they are in use and accepted by Binance - Binance's zh-CN page lists
    them; Binance's own connector added MAIN_ISOLATED_MARGIN at a user's request (binance/binance-
    connector-python issue 250, 2023-08, "the enum value MAIN_ISOLATED_MARGIN is invalid", fixed in the
    next release); Binance.Net added both (JKorf/Binance.Net issue 1368, 2024-04); ccxt sends them for
    every spot <-> isolated transfer (ccxt/ccxt ts/src/test/static/request/binance.json, "transfer" -
    type=MAIN_ISOLATED_MARGIN&toSymbol=LTCUSDT and type=ISOLATED_MARGIN_MAIN&fromSymbol=LTCUSDT). The
    two-leg route through cross margin (MAIN_MARGIN then MARGIN_ISOLATEDMARGIN, or ISOLATEDMARGIN_MARGIN
    then MARGIN_MAIN) works too.

    Values Binance adds later are accepted as pseudo-members instead of failing the whole response.
    """

    CMFUTURE_FUNDING = "CMFUTURE_FUNDING"
    CMFUTURE_MAIN = "CMFUTURE_MAIN"
    CMFUTURE_MARGIN = "CMFUTURE_MARGIN"
    FUNDING_CMFUTURE = "FUNDING_CMFUTURE"
    FUNDING_MAIN = "FUNDING_MAIN"
    FUNDING_MARGIN = "FUNDING_MARGIN"
    FUNDING_OPTION = "FUNDING_OPTION"
    FUNDING_UMFUTURE = "FUNDING_UMFUTURE"
    ISOLATEDMARGIN_ISOLATEDMARGIN = "ISOLATEDMARGIN_ISOLATEDMARGIN"
    ISOLATEDMARGIN_MARGIN = "ISOLATEDMARGIN_MARGIN"
    ISOLATED_MARGIN_MAIN = "ISOLATED_MARGIN_MAIN"
    MAIN_CMFUTURE = "MAIN_CMFUTURE"
    MAIN_FUNDING = "MAIN_FUNDING"
    MAIN_ISOLATED_MARGIN = "MAIN_ISOLATED_MARGIN"
    MAIN_MARGIN = "MAIN_MARGIN"
    MAIN_OPTION = "MAIN_OPTION"
    MAIN_PORTFOLIO_MARGIN = "MAIN_PORTFOLIO_MARGIN"
    MAIN_UMFUTURE = "MAIN_UMFUTURE"
    MARGIN_CMFUTURE = "MARGIN_CMFUTURE"
    MARGIN_FUNDING = "MARGIN_FUNDING"
    MARGIN_ISOLATEDMARGIN = "MARGIN_ISOLATEDMARGIN"
    MARGIN_MAIN = "MARGIN_MAIN"
    MARGIN_OPTION = "MARGIN_OPTION"
    MARGIN_UMFUTURE = "MARGIN_UMFUTURE"
    OPTION_FUNDING = "OPTION_FUNDING"
    OPTION_MAIN = "OPTION_MAIN"
    OPTION_MARGIN = "OPTION_MARGIN"
    OPTION_UMFUTURE = "OPTION_UMFUTURE"
    PORTFOLIO_MARGIN_MAIN = "PORTFOLIO_MARGIN_MAIN"
    UMFUTURE_FUNDING = "UMFUTURE_FUNDING"
    UMFUTURE_MAIN = "UMFUTURE_MAIN"
    UMFUTURE_MARGIN = "UMFUTURE_MARGIN"
    UMFUTURE_OPTION = "UMFUTURE_OPTION"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "UniversalTransferType | None":
        if not isinstance(value, str):
            return None
        _drift_seen()  # a value the spec does not list: binance_margin._drift records it
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# Known values to members: models' from_dict looks values up here (a dict lookup costs a fraction of
# `Enum.__call__`) and calls the class only for a value this map does not know.
UNIVERSAL_TRANSFER_TYPE_BY_VALUE: dict[str, UniversalTransferType] = {
    member.value: member for member in UniversalTransferType
}
