"""Every data model used in requests and responses, imported on first use (PEP 562)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .available_inventory import AvailableInventory
    from .available_inventory_assets import AvailableInventoryAssets
    from .bnb_burn_status import BnbBurnStatus
    from .borrow_repay_record import BorrowRepayRecord
    from .borrow_repay_records import BorrowRepayRecords
    from .borrow_repay_status import BorrowRepayStatus
    from .borrow_repay_trigger import BorrowRepayTrigger
    from .borrow_repay_type import BorrowRepayType
    from .cancelled_order import CancelledOrder
    from .cancelled_order_list import CancelledOrderList
    from .capital_flow_entry import CapitalFlowEntry
    from .capital_flow_note import CapitalFlowNote
    from .capital_flow_type import CapitalFlowType
    from .collateral_ratio_tier import CollateralRatioTier
    from .collateral_ratio_tier_collateral import CollateralRatioTierCollateral
    from .contingency_type import ContingencyType
    from .created_special_key import CreatedSpecialKey
    from .cross_margin_account import CrossMarginAccount
    from .cross_margin_account_type import CrossMarginAccountType
    from .cross_margin_account_user_asset import CrossMarginAccountUserAsset
    from .cross_margin_fee_data import CrossMarginFeeData
    from .cross_margin_pair import CrossMarginPair
    from .delist_schedule_entry import DelistScheduleEntry
    from .empty_response import EmptyResponse
    from .error import Error
    from .exchange_filter import ExchangeFilter
    from .exchange_filter_type import ExchangeFilterType
    from .exchange_info import ExchangeInfo
    from .exchange_symbol import ExchangeSymbol
    from .execution_type import ExecutionType
    from .force_liquidation_record import ForceLiquidationRecord
    from .force_liquidation_records import ForceLiquidationRecords
    from .interest_history import InterestHistory
    from .interest_history_entry import InterestHistoryEntry
    from .interest_rate_history_entry import InterestRateHistoryEntry
    from .interest_type import InterestType
    from .isolated_account_limit import IsolatedAccountLimit
    from .isolated_account_toggle_result import IsolatedAccountToggleResult
    from .isolated_flag import IsolatedFlag
    from .isolated_margin_account import IsolatedMarginAccount
    from .isolated_margin_account_asset import IsolatedMarginAccountAsset
    from .isolated_margin_account_pair import IsolatedMarginAccountPair
    from .isolated_margin_fee_data import IsolatedMarginFeeData
    from .isolated_margin_fee_data_coin import IsolatedMarginFeeDataCoin
    from .isolated_margin_pair import IsolatedMarginPair
    from .isolated_margin_tier import IsolatedMarginTier
    from .limit_price_pairs import LimitPricePairs
    from .liquidation_loan import LiquidationLoan
    from .liquidation_loan_repay_history import LiquidationLoanRepayHistory
    from .liquidation_loan_repay_result import LiquidationLoanRepayResult
    from .liquidation_loan_repay_status import LiquidationLoanRepayStatus
    from .list_order_status import ListOrderStatus
    from .list_schedule_entry import ListScheduleEntry
    from .list_status_type import ListStatusType
    from .listen_key import ListenKey
    from .listen_token import ListenToken
    from .manual_liquidation_result import ManualLiquidationResult
    from .margin_account_summary import MarginAccountSummary
    from .margin_asset import MarginAsset
    from .margin_level_status import MarginLevelStatus
    from .margin_order import MarginOrder
    from .margin_order_list import MarginOrderList
    from .margin_order_list_order import MarginOrderListOrder
    from .margin_trade import MarginTrade
    from .margin_transfer_direction import MarginTransferDirection
    from .margin_type import MarginType
    from .max_borrowable import MaxBorrowable
    from .max_leverage_result import MaxLeverageResult
    from .max_transferable import MaxTransferable
    from .new_order_fill import NewOrderFill
    from .new_order_list_result import NewOrderListResult
    from .new_order_resp_type import NewOrderRespType
    from .new_order_result import NewOrderResult
    from .next_hourly_interest_rate import NextHourlyInterestRate
    from .order_count_usage import OrderCountUsage
    from .order_list_report import OrderListReport
    from .order_list_side_effect_type import OrderListSideEffectType
    from .order_side import OrderSide
    from .order_status import OrderStatus
    from .order_type import OrderType
    from .otoco_pending_order_type import OtocoPendingOrderType
    from .prevented_match import PreventedMatch
    from .price_index import PriceIndex
    from .rate_limit import RateLimit
    from .rate_limit_interval import RateLimitInterval
    from .rate_limit_type import RateLimitType
    from .restricted_assets import RestrictedAssets
    from .risk_based_liquidation_ratio import RiskBasedLiquidationRatio
    from .self_trade_prevention_mode import SelfTradePreventionMode
    from .server_time import ServerTime
    from .side_effect_type import SideEffectType
    from .small_liability_asset import SmallLiabilityAsset
    from .small_liability_exchange_biz_type import SmallLiabilityExchangeBizType
    from .small_liability_exchange_history import SmallLiabilityExchangeHistory
    from .small_liability_exchange_record import SmallLiabilityExchangeRecord
    from .sor_info import SorInfo
    from .special_key import SpecialKey
    from .special_key_permission_mode import SpecialKeyPermissionMode
    from .special_key_summary import SpecialKeySummary
    from .special_key_type import SpecialKeyType
    from .symbol_filter import SymbolFilter
    from .symbol_filter_type import SymbolFilterType
    from .symbol_status import SymbolStatus
    from .symbol_status_filter import SymbolStatusFilter
    from .time_in_force import TimeInForce
    from .transaction_id import TransactionId
    from .transfer_account_type import TransferAccountType
    from .transfer_history import TransferHistory
    from .transfer_history_row import TransferHistoryRow
    from .transfer_status import TransferStatus
    from .universal_transfer_history import UniversalTransferHistory
    from .universal_transfer_record import UniversalTransferRecord
    from .universal_transfer_type import UniversalTransferType
    from .working_order_type import WorkingOrderType

_MODULES: dict[str, str] = {
    "AvailableInventory": ".available_inventory",
    "AvailableInventoryAssets": ".available_inventory_assets",
    "BnbBurnStatus": ".bnb_burn_status",
    "BorrowRepayRecord": ".borrow_repay_record",
    "BorrowRepayRecords": ".borrow_repay_records",
    "BorrowRepayStatus": ".borrow_repay_status",
    "BorrowRepayTrigger": ".borrow_repay_trigger",
    "BorrowRepayType": ".borrow_repay_type",
    "CancelledOrder": ".cancelled_order",
    "CancelledOrderList": ".cancelled_order_list",
    "CapitalFlowEntry": ".capital_flow_entry",
    "CapitalFlowNote": ".capital_flow_note",
    "CapitalFlowType": ".capital_flow_type",
    "CollateralRatioTier": ".collateral_ratio_tier",
    "CollateralRatioTierCollateral": ".collateral_ratio_tier_collateral",
    "ContingencyType": ".contingency_type",
    "CreatedSpecialKey": ".created_special_key",
    "CrossMarginAccount": ".cross_margin_account",
    "CrossMarginAccountType": ".cross_margin_account_type",
    "CrossMarginAccountUserAsset": ".cross_margin_account_user_asset",
    "CrossMarginFeeData": ".cross_margin_fee_data",
    "CrossMarginPair": ".cross_margin_pair",
    "DelistScheduleEntry": ".delist_schedule_entry",
    "EmptyResponse": ".empty_response",
    "Error": ".error",
    "ExchangeFilter": ".exchange_filter",
    "ExchangeFilterType": ".exchange_filter_type",
    "ExchangeInfo": ".exchange_info",
    "ExchangeSymbol": ".exchange_symbol",
    "ExecutionType": ".execution_type",
    "ForceLiquidationRecord": ".force_liquidation_record",
    "ForceLiquidationRecords": ".force_liquidation_records",
    "InterestHistory": ".interest_history",
    "InterestHistoryEntry": ".interest_history_entry",
    "InterestRateHistoryEntry": ".interest_rate_history_entry",
    "InterestType": ".interest_type",
    "IsolatedAccountLimit": ".isolated_account_limit",
    "IsolatedAccountToggleResult": ".isolated_account_toggle_result",
    "IsolatedFlag": ".isolated_flag",
    "IsolatedMarginAccount": ".isolated_margin_account",
    "IsolatedMarginAccountAsset": ".isolated_margin_account_asset",
    "IsolatedMarginAccountPair": ".isolated_margin_account_pair",
    "IsolatedMarginFeeData": ".isolated_margin_fee_data",
    "IsolatedMarginFeeDataCoin": ".isolated_margin_fee_data_coin",
    "IsolatedMarginPair": ".isolated_margin_pair",
    "IsolatedMarginTier": ".isolated_margin_tier",
    "LimitPricePairs": ".limit_price_pairs",
    "LiquidationLoan": ".liquidation_loan",
    "LiquidationLoanRepayHistory": ".liquidation_loan_repay_history",
    "LiquidationLoanRepayResult": ".liquidation_loan_repay_result",
    "LiquidationLoanRepayStatus": ".liquidation_loan_repay_status",
    "ListOrderStatus": ".list_order_status",
    "ListScheduleEntry": ".list_schedule_entry",
    "ListStatusType": ".list_status_type",
    "ListenKey": ".listen_key",
    "ListenToken": ".listen_token",
    "ManualLiquidationResult": ".manual_liquidation_result",
    "MarginAccountSummary": ".margin_account_summary",
    "MarginAsset": ".margin_asset",
    "MarginLevelStatus": ".margin_level_status",
    "MarginOrder": ".margin_order",
    "MarginOrderList": ".margin_order_list",
    "MarginOrderListOrder": ".margin_order_list_order",
    "MarginTrade": ".margin_trade",
    "MarginTransferDirection": ".margin_transfer_direction",
    "MarginType": ".margin_type",
    "MaxBorrowable": ".max_borrowable",
    "MaxLeverageResult": ".max_leverage_result",
    "MaxTransferable": ".max_transferable",
    "NewOrderFill": ".new_order_fill",
    "NewOrderListResult": ".new_order_list_result",
    "NewOrderRespType": ".new_order_resp_type",
    "NewOrderResult": ".new_order_result",
    "NextHourlyInterestRate": ".next_hourly_interest_rate",
    "OrderCountUsage": ".order_count_usage",
    "OrderListReport": ".order_list_report",
    "OrderListSideEffectType": ".order_list_side_effect_type",
    "OrderSide": ".order_side",
    "OrderStatus": ".order_status",
    "OrderType": ".order_type",
    "OtocoPendingOrderType": ".otoco_pending_order_type",
    "PreventedMatch": ".prevented_match",
    "PriceIndex": ".price_index",
    "RateLimit": ".rate_limit",
    "RateLimitInterval": ".rate_limit_interval",
    "RateLimitType": ".rate_limit_type",
    "RestrictedAssets": ".restricted_assets",
    "RiskBasedLiquidationRatio": ".risk_based_liquidation_ratio",
    "SelfTradePreventionMode": ".self_trade_prevention_mode",
    "ServerTime": ".server_time",
    "SideEffectType": ".side_effect_type",
    "SmallLiabilityAsset": ".small_liability_asset",
    "SmallLiabilityExchangeBizType": ".small_liability_exchange_biz_type",
    "SmallLiabilityExchangeHistory": ".small_liability_exchange_history",
    "SmallLiabilityExchangeRecord": ".small_liability_exchange_record",
    "SorInfo": ".sor_info",
    "SpecialKey": ".special_key",
    "SpecialKeyPermissionMode": ".special_key_permission_mode",
    "SpecialKeySummary": ".special_key_summary",
    "SpecialKeyType": ".special_key_type",
    "SymbolFilter": ".symbol_filter",
    "SymbolFilterType": ".symbol_filter_type",
    "SymbolStatus": ".symbol_status",
    "SymbolStatusFilter": ".symbol_status_filter",
    "TimeInForce": ".time_in_force",
    "TransactionId": ".transaction_id",
    "TransferAccountType": ".transfer_account_type",
    "TransferHistory": ".transfer_history",
    "TransferHistoryRow": ".transfer_history_row",
    "TransferStatus": ".transfer_status",
    "UniversalTransferHistory": ".universal_transfer_history",
    "UniversalTransferRecord": ".universal_transfer_record",
    "UniversalTransferType": ".universal_transfer_type",
    "WorkingOrderType": ".working_order_type",
}

__all__ = (
    "AvailableInventory",
    "AvailableInventoryAssets",
    "BnbBurnStatus",
    "BorrowRepayRecord",
    "BorrowRepayRecords",
    "BorrowRepayStatus",
    "BorrowRepayTrigger",
    "BorrowRepayType",
    "CancelledOrder",
    "CancelledOrderList",
    "CapitalFlowEntry",
    "CapitalFlowNote",
    "CapitalFlowType",
    "CollateralRatioTier",
    "CollateralRatioTierCollateral",
    "ContingencyType",
    "CreatedSpecialKey",
    "CrossMarginAccount",
    "CrossMarginAccountType",
    "CrossMarginAccountUserAsset",
    "CrossMarginFeeData",
    "CrossMarginPair",
    "DelistScheduleEntry",
    "EmptyResponse",
    "Error",
    "ExchangeFilter",
    "ExchangeFilterType",
    "ExchangeInfo",
    "ExchangeSymbol",
    "ExecutionType",
    "ForceLiquidationRecord",
    "ForceLiquidationRecords",
    "InterestHistory",
    "InterestHistoryEntry",
    "InterestRateHistoryEntry",
    "InterestType",
    "IsolatedAccountLimit",
    "IsolatedAccountToggleResult",
    "IsolatedFlag",
    "IsolatedMarginAccount",
    "IsolatedMarginAccountAsset",
    "IsolatedMarginAccountPair",
    "IsolatedMarginFeeData",
    "IsolatedMarginFeeDataCoin",
    "IsolatedMarginPair",
    "IsolatedMarginTier",
    "LimitPricePairs",
    "LiquidationLoan",
    "LiquidationLoanRepayHistory",
    "LiquidationLoanRepayResult",
    "LiquidationLoanRepayStatus",
    "ListenKey",
    "ListenToken",
    "ListOrderStatus",
    "ListScheduleEntry",
    "ListStatusType",
    "ManualLiquidationResult",
    "MarginAccountSummary",
    "MarginAsset",
    "MarginLevelStatus",
    "MarginOrder",
    "MarginOrderList",
    "MarginOrderListOrder",
    "MarginTrade",
    "MarginTransferDirection",
    "MarginType",
    "MaxBorrowable",
    "MaxLeverageResult",
    "MaxTransferable",
    "NewOrderFill",
    "NewOrderListResult",
    "NewOrderRespType",
    "NewOrderResult",
    "NextHourlyInterestRate",
    "OrderCountUsage",
    "OrderListReport",
    "OrderListSideEffectType",
    "OrderSide",
    "OrderStatus",
    "OrderType",
    "OtocoPendingOrderType",
    "PreventedMatch",
    "PriceIndex",
    "RateLimit",
    "RateLimitInterval",
    "RateLimitType",
    "RestrictedAssets",
    "RiskBasedLiquidationRatio",
    "SelfTradePreventionMode",
    "ServerTime",
    "SideEffectType",
    "SmallLiabilityAsset",
    "SmallLiabilityExchangeBizType",
    "SmallLiabilityExchangeHistory",
    "SmallLiabilityExchangeRecord",
    "SorInfo",
    "SpecialKey",
    "SpecialKeyPermissionMode",
    "SpecialKeySummary",
    "SpecialKeyType",
    "SymbolFilter",
    "SymbolFilterType",
    "SymbolStatus",
    "SymbolStatusFilter",
    "TimeInForce",
    "TransactionId",
    "TransferAccountType",
    "TransferHistory",
    "TransferHistoryRow",
    "TransferStatus",
    "UniversalTransferHistory",
    "UniversalTransferRecord",
    "UniversalTransferType",
    "WorkingOrderType",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
