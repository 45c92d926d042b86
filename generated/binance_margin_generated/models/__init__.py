"""Every data model used in requests and responses, imported on first use (PEP 562)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .available_inventory import AvailableInventory
    from .available_inventory_assets import AvailableInventoryAssets
    from .bnb_burn_status import BnbBurnStatus
    from .borrow_repay_is_isolated import BorrowRepayIsIsolated
    from .borrow_repay_records import BorrowRepayRecords
    from .borrow_repay_records_row import BorrowRepayRecordsRow
    from .borrow_repay_type import BorrowRepayType
    from .cancel_all_open_orders_is_isolated import CancelAllOpenOrdersIsIsolated
    from .cancel_order_is_isolated import CancelOrderIsIsolated
    from .cancel_order_list_is_isolated import CancelOrderListIsIsolated
    from .cancelled_order import CancelledOrder
    from .cancelled_order_list import CancelledOrderList
    from .cancelled_order_list_order import CancelledOrderListOrder
    from .cancelled_order_list_order_report import CancelledOrderListOrderReport
    from .cancelled_order_or_list import CancelledOrderOrList
    from .cancelled_order_or_list_order import CancelledOrderOrListOrder
    from .cancelled_order_or_list_order_report import CancelledOrderOrListOrderReport
    from .capital_flow_entry import CapitalFlowEntry
    from .collateral_ratio_tier import CollateralRatioTier
    from .collateral_ratio_tier_collateral import CollateralRatioTierCollateral
    from .create_special_key_permission_mode import CreateSpecialKeyPermissionMode
    from .created_special_key import CreatedSpecialKey
    from .cross_margin_account import CrossMarginAccount
    from .cross_margin_account_user_asset import CrossMarginAccountUserAsset
    from .cross_margin_fee_data import CrossMarginFeeData
    from .cross_margin_pair import CrossMarginPair
    from .delist_schedule_entry import DelistScheduleEntry
    from .empty_response import EmptyResponse
    from .error import Error
    from .force_liquidation_records import ForceLiquidationRecords
    from .force_liquidation_records_row import ForceLiquidationRecordsRow
    from .get_all_order_lists_is_isolated import GetAllOrderListsIsIsolated
    from .get_all_orders_is_isolated import GetAllOrdersIsIsolated
    from .get_available_inventory_type import GetAvailableInventoryType
    from .get_borrow_repay_records_type import GetBorrowRepayRecordsType
    from .get_capital_flow_type import GetCapitalFlowType
    from .get_my_trades_is_isolated import GetMyTradesIsIsolated
    from .get_next_hourly_interest_rate_is_isolated import GetNextHourlyInterestRateIsIsolated
    from .get_open_order_lists_is_isolated import GetOpenOrderListsIsIsolated
    from .get_open_orders_is_isolated import GetOpenOrdersIsIsolated
    from .get_order_count_usage_is_isolated import GetOrderCountUsageIsIsolated
    from .get_order_is_isolated import GetOrderIsIsolated
    from .get_order_list_is_isolated import GetOrderListIsIsolated
    from .get_prevented_matches_is_isolated import GetPreventedMatchesIsIsolated
    from .get_transfer_history_type import GetTransferHistoryType
    from .interest_history import InterestHistory
    from .interest_history_row import InterestHistoryRow
    from .interest_rate_history_entry import InterestRateHistoryEntry
    from .isolated_account_limit import IsolatedAccountLimit
    from .isolated_account_toggle_result import IsolatedAccountToggleResult
    from .isolated_flag import IsolatedFlag
    from .isolated_margin_account import IsolatedMarginAccount
    from .isolated_margin_account_asset import IsolatedMarginAccountAsset
    from .isolated_margin_account_asset_base_asset import IsolatedMarginAccountAssetBaseAsset
    from .isolated_margin_account_asset_quote_asset import IsolatedMarginAccountAssetQuoteAsset
    from .isolated_margin_fee_data import IsolatedMarginFeeData
    from .isolated_margin_fee_data_data import IsolatedMarginFeeDataData
    from .isolated_margin_pair import IsolatedMarginPair
    from .isolated_margin_tier import IsolatedMarginTier
    from .limit_price_pairs import LimitPricePairs
    from .liquidation_loan import LiquidationLoan
    from .liquidation_loan_repay_history import LiquidationLoanRepayHistory
    from .liquidation_loan_repay_history_row import LiquidationLoanRepayHistoryRow
    from .liquidation_loan_repay_result import LiquidationLoanRepayResult
    from .list_schedule_entry import ListScheduleEntry
    from .listen_key import ListenKey
    from .listen_token import ListenToken
    from .manual_liquidation_result import ManualLiquidationResult
    from .manual_liquidation_type import ManualLiquidationType
    from .margin_account_summary import MarginAccountSummary
    from .margin_asset import MarginAsset
    from .margin_order import MarginOrder
    from .margin_order_list import MarginOrderList
    from .margin_order_list_order import MarginOrderListOrder
    from .margin_trade import MarginTrade
    from .margin_type import MarginType
    from .max_borrowable import MaxBorrowable
    from .max_leverage_result import MaxLeverageResult
    from .max_transferable import MaxTransferable
    from .new_oco_is_isolated import NewOcoIsIsolated
    from .new_oco_new_order_resp_type import NewOcoNewOrderRespType
    from .new_oco_self_trade_prevention_mode import NewOcoSelfTradePreventionMode
    from .new_oco_side import NewOcoSide
    from .new_oco_side_effect_type import NewOcoSideEffectType
    from .new_oco_stop_limit_time_in_force import NewOcoStopLimitTimeInForce
    from .new_order_is_isolated import NewOrderIsIsolated
    from .new_order_list_result import NewOrderListResult
    from .new_order_list_result_order import NewOrderListResultOrder
    from .new_order_list_result_order_report import NewOrderListResultOrderReport
    from .new_order_new_order_resp_type import NewOrderNewOrderRespType
    from .new_order_result import NewOrderResult
    from .new_order_result_fill import NewOrderResultFill
    from .new_order_self_trade_prevention_mode import NewOrderSelfTradePreventionMode
    from .new_order_side import NewOrderSide
    from .new_order_side_effect_type import NewOrderSideEffectType
    from .new_order_time_in_force import NewOrderTimeInForce
    from .new_order_type import NewOrderType
    from .new_oto_is_isolated import NewOtoIsIsolated
    from .new_oto_new_order_resp_type import NewOtoNewOrderRespType
    from .new_oto_pending_side import NewOtoPendingSide
    from .new_oto_pending_time_in_force import NewOtoPendingTimeInForce
    from .new_oto_pending_type import NewOtoPendingType
    from .new_oto_self_trade_prevention_mode import NewOtoSelfTradePreventionMode
    from .new_oto_side_effect_type import NewOtoSideEffectType
    from .new_oto_working_side import NewOtoWorkingSide
    from .new_oto_working_time_in_force import NewOtoWorkingTimeInForce
    from .new_oto_working_type import NewOtoWorkingType
    from .new_otoco_is_isolated import NewOtocoIsIsolated
    from .new_otoco_new_order_resp_type import NewOtocoNewOrderRespType
    from .new_otoco_pending_above_time_in_force import NewOtocoPendingAboveTimeInForce
    from .new_otoco_pending_above_type import NewOtocoPendingAboveType
    from .new_otoco_pending_below_time_in_force import NewOtocoPendingBelowTimeInForce
    from .new_otoco_pending_below_type import NewOtocoPendingBelowType
    from .new_otoco_pending_side import NewOtocoPendingSide
    from .new_otoco_self_trade_prevention_mode import NewOtocoSelfTradePreventionMode
    from .new_otoco_side_effect_type import NewOtocoSideEffectType
    from .new_otoco_working_side import NewOtocoWorkingSide
    from .new_otoco_working_time_in_force import NewOtocoWorkingTimeInForce
    from .new_otoco_working_type import NewOtocoWorkingType
    from .next_hourly_interest_rate import NextHourlyInterestRate
    from .order_count_usage import OrderCountUsage
    from .prevented_match import PreventedMatch
    from .price_index import PriceIndex
    from .restricted_assets import RestrictedAssets
    from .risk_based_liquidation_ratio import RiskBasedLiquidationRatio
    from .small_liability_asset import SmallLiabilityAsset
    from .small_liability_exchange_history import SmallLiabilityExchangeHistory
    from .small_liability_exchange_history_row import SmallLiabilityExchangeHistoryRow
    from .special_key import SpecialKey
    from .special_key_summary import SpecialKeySummary
    from .toggle_bnb_burn_interest_bnb_burn import ToggleBnbBurnInterestBNBBurn
    from .toggle_bnb_burn_spot_bnb_burn import ToggleBnbBurnSpotBNBBurn
    from .transaction_id import TransactionId
    from .transfer_history import TransferHistory
    from .transfer_history_row import TransferHistoryRow
    from .universal_transfer_type import UniversalTransferType

_MODULES: dict[str, str] = {
    "AvailableInventory": ".available_inventory",
    "AvailableInventoryAssets": ".available_inventory_assets",
    "BnbBurnStatus": ".bnb_burn_status",
    "BorrowRepayIsIsolated": ".borrow_repay_is_isolated",
    "BorrowRepayRecords": ".borrow_repay_records",
    "BorrowRepayRecordsRow": ".borrow_repay_records_row",
    "BorrowRepayType": ".borrow_repay_type",
    "CancelAllOpenOrdersIsIsolated": ".cancel_all_open_orders_is_isolated",
    "CancelOrderIsIsolated": ".cancel_order_is_isolated",
    "CancelOrderListIsIsolated": ".cancel_order_list_is_isolated",
    "CancelledOrder": ".cancelled_order",
    "CancelledOrderList": ".cancelled_order_list",
    "CancelledOrderListOrder": ".cancelled_order_list_order",
    "CancelledOrderListOrderReport": ".cancelled_order_list_order_report",
    "CancelledOrderOrList": ".cancelled_order_or_list",
    "CancelledOrderOrListOrder": ".cancelled_order_or_list_order",
    "CancelledOrderOrListOrderReport": ".cancelled_order_or_list_order_report",
    "CapitalFlowEntry": ".capital_flow_entry",
    "CollateralRatioTier": ".collateral_ratio_tier",
    "CollateralRatioTierCollateral": ".collateral_ratio_tier_collateral",
    "CreateSpecialKeyPermissionMode": ".create_special_key_permission_mode",
    "CreatedSpecialKey": ".created_special_key",
    "CrossMarginAccount": ".cross_margin_account",
    "CrossMarginAccountUserAsset": ".cross_margin_account_user_asset",
    "CrossMarginFeeData": ".cross_margin_fee_data",
    "CrossMarginPair": ".cross_margin_pair",
    "DelistScheduleEntry": ".delist_schedule_entry",
    "EmptyResponse": ".empty_response",
    "Error": ".error",
    "ForceLiquidationRecords": ".force_liquidation_records",
    "ForceLiquidationRecordsRow": ".force_liquidation_records_row",
    "GetAllOrderListsIsIsolated": ".get_all_order_lists_is_isolated",
    "GetAllOrdersIsIsolated": ".get_all_orders_is_isolated",
    "GetAvailableInventoryType": ".get_available_inventory_type",
    "GetBorrowRepayRecordsType": ".get_borrow_repay_records_type",
    "GetCapitalFlowType": ".get_capital_flow_type",
    "GetMyTradesIsIsolated": ".get_my_trades_is_isolated",
    "GetNextHourlyInterestRateIsIsolated": ".get_next_hourly_interest_rate_is_isolated",
    "GetOpenOrderListsIsIsolated": ".get_open_order_lists_is_isolated",
    "GetOpenOrdersIsIsolated": ".get_open_orders_is_isolated",
    "GetOrderCountUsageIsIsolated": ".get_order_count_usage_is_isolated",
    "GetOrderIsIsolated": ".get_order_is_isolated",
    "GetOrderListIsIsolated": ".get_order_list_is_isolated",
    "GetPreventedMatchesIsIsolated": ".get_prevented_matches_is_isolated",
    "GetTransferHistoryType": ".get_transfer_history_type",
    "InterestHistory": ".interest_history",
    "InterestHistoryRow": ".interest_history_row",
    "InterestRateHistoryEntry": ".interest_rate_history_entry",
    "IsolatedAccountLimit": ".isolated_account_limit",
    "IsolatedAccountToggleResult": ".isolated_account_toggle_result",
    "IsolatedFlag": ".isolated_flag",
    "IsolatedMarginAccount": ".isolated_margin_account",
    "IsolatedMarginAccountAsset": ".isolated_margin_account_asset",
    "IsolatedMarginAccountAssetBaseAsset": ".isolated_margin_account_asset_base_asset",
    "IsolatedMarginAccountAssetQuoteAsset": ".isolated_margin_account_asset_quote_asset",
    "IsolatedMarginFeeData": ".isolated_margin_fee_data",
    "IsolatedMarginFeeDataData": ".isolated_margin_fee_data_data",
    "IsolatedMarginPair": ".isolated_margin_pair",
    "IsolatedMarginTier": ".isolated_margin_tier",
    "LimitPricePairs": ".limit_price_pairs",
    "LiquidationLoan": ".liquidation_loan",
    "LiquidationLoanRepayHistory": ".liquidation_loan_repay_history",
    "LiquidationLoanRepayHistoryRow": ".liquidation_loan_repay_history_row",
    "LiquidationLoanRepayResult": ".liquidation_loan_repay_result",
    "ListScheduleEntry": ".list_schedule_entry",
    "ListenKey": ".listen_key",
    "ListenToken": ".listen_token",
    "ManualLiquidationResult": ".manual_liquidation_result",
    "ManualLiquidationType": ".manual_liquidation_type",
    "MarginAccountSummary": ".margin_account_summary",
    "MarginAsset": ".margin_asset",
    "MarginOrder": ".margin_order",
    "MarginOrderList": ".margin_order_list",
    "MarginOrderListOrder": ".margin_order_list_order",
    "MarginTrade": ".margin_trade",
    "MarginType": ".margin_type",
    "MaxBorrowable": ".max_borrowable",
    "MaxLeverageResult": ".max_leverage_result",
    "MaxTransferable": ".max_transferable",
    "NewOcoIsIsolated": ".new_oco_is_isolated",
    "NewOcoNewOrderRespType": ".new_oco_new_order_resp_type",
    "NewOcoSelfTradePreventionMode": ".new_oco_self_trade_prevention_mode",
    "NewOcoSide": ".new_oco_side",
    "NewOcoSideEffectType": ".new_oco_side_effect_type",
    "NewOcoStopLimitTimeInForce": ".new_oco_stop_limit_time_in_force",
    "NewOrderIsIsolated": ".new_order_is_isolated",
    "NewOrderListResult": ".new_order_list_result",
    "NewOrderListResultOrder": ".new_order_list_result_order",
    "NewOrderListResultOrderReport": ".new_order_list_result_order_report",
    "NewOrderNewOrderRespType": ".new_order_new_order_resp_type",
    "NewOrderResult": ".new_order_result",
    "NewOrderResultFill": ".new_order_result_fill",
    "NewOrderSelfTradePreventionMode": ".new_order_self_trade_prevention_mode",
    "NewOrderSide": ".new_order_side",
    "NewOrderSideEffectType": ".new_order_side_effect_type",
    "NewOrderTimeInForce": ".new_order_time_in_force",
    "NewOrderType": ".new_order_type",
    "NewOtoIsIsolated": ".new_oto_is_isolated",
    "NewOtoNewOrderRespType": ".new_oto_new_order_resp_type",
    "NewOtoPendingSide": ".new_oto_pending_side",
    "NewOtoPendingTimeInForce": ".new_oto_pending_time_in_force",
    "NewOtoPendingType": ".new_oto_pending_type",
    "NewOtoSelfTradePreventionMode": ".new_oto_self_trade_prevention_mode",
    "NewOtoSideEffectType": ".new_oto_side_effect_type",
    "NewOtoWorkingSide": ".new_oto_working_side",
    "NewOtoWorkingTimeInForce": ".new_oto_working_time_in_force",
    "NewOtoWorkingType": ".new_oto_working_type",
    "NewOtocoIsIsolated": ".new_otoco_is_isolated",
    "NewOtocoNewOrderRespType": ".new_otoco_new_order_resp_type",
    "NewOtocoPendingAboveTimeInForce": ".new_otoco_pending_above_time_in_force",
    "NewOtocoPendingAboveType": ".new_otoco_pending_above_type",
    "NewOtocoPendingBelowTimeInForce": ".new_otoco_pending_below_time_in_force",
    "NewOtocoPendingBelowType": ".new_otoco_pending_below_type",
    "NewOtocoPendingSide": ".new_otoco_pending_side",
    "NewOtocoSelfTradePreventionMode": ".new_otoco_self_trade_prevention_mode",
    "NewOtocoSideEffectType": ".new_otoco_side_effect_type",
    "NewOtocoWorkingSide": ".new_otoco_working_side",
    "NewOtocoWorkingTimeInForce": ".new_otoco_working_time_in_force",
    "NewOtocoWorkingType": ".new_otoco_working_type",
    "NextHourlyInterestRate": ".next_hourly_interest_rate",
    "OrderCountUsage": ".order_count_usage",
    "PreventedMatch": ".prevented_match",
    "PriceIndex": ".price_index",
    "RestrictedAssets": ".restricted_assets",
    "RiskBasedLiquidationRatio": ".risk_based_liquidation_ratio",
    "SmallLiabilityAsset": ".small_liability_asset",
    "SmallLiabilityExchangeHistory": ".small_liability_exchange_history",
    "SmallLiabilityExchangeHistoryRow": ".small_liability_exchange_history_row",
    "SpecialKey": ".special_key",
    "SpecialKeySummary": ".special_key_summary",
    "ToggleBnbBurnInterestBNBBurn": ".toggle_bnb_burn_interest_bnb_burn",
    "ToggleBnbBurnSpotBNBBurn": ".toggle_bnb_burn_spot_bnb_burn",
    "TransactionId": ".transaction_id",
    "TransferHistory": ".transfer_history",
    "TransferHistoryRow": ".transfer_history_row",
    "UniversalTransferType": ".universal_transfer_type",
}

__all__ = (
    "AvailableInventory",
    "AvailableInventoryAssets",
    "BnbBurnStatus",
    "BorrowRepayIsIsolated",
    "BorrowRepayRecords",
    "BorrowRepayRecordsRow",
    "BorrowRepayType",
    "CancelAllOpenOrdersIsIsolated",
    "CancelledOrder",
    "CancelledOrderList",
    "CancelledOrderListOrder",
    "CancelledOrderListOrderReport",
    "CancelledOrderOrList",
    "CancelledOrderOrListOrder",
    "CancelledOrderOrListOrderReport",
    "CancelOrderIsIsolated",
    "CancelOrderListIsIsolated",
    "CapitalFlowEntry",
    "CollateralRatioTier",
    "CollateralRatioTierCollateral",
    "CreatedSpecialKey",
    "CreateSpecialKeyPermissionMode",
    "CrossMarginAccount",
    "CrossMarginAccountUserAsset",
    "CrossMarginFeeData",
    "CrossMarginPair",
    "DelistScheduleEntry",
    "EmptyResponse",
    "Error",
    "ForceLiquidationRecords",
    "ForceLiquidationRecordsRow",
    "GetAllOrderListsIsIsolated",
    "GetAllOrdersIsIsolated",
    "GetAvailableInventoryType",
    "GetBorrowRepayRecordsType",
    "GetCapitalFlowType",
    "GetMyTradesIsIsolated",
    "GetNextHourlyInterestRateIsIsolated",
    "GetOpenOrderListsIsIsolated",
    "GetOpenOrdersIsIsolated",
    "GetOrderCountUsageIsIsolated",
    "GetOrderIsIsolated",
    "GetOrderListIsIsolated",
    "GetPreventedMatchesIsIsolated",
    "GetTransferHistoryType",
    "InterestHistory",
    "InterestHistoryRow",
    "InterestRateHistoryEntry",
    "IsolatedAccountLimit",
    "IsolatedAccountToggleResult",
    "IsolatedFlag",
    "IsolatedMarginAccount",
    "IsolatedMarginAccountAsset",
    "IsolatedMarginAccountAssetBaseAsset",
    "IsolatedMarginAccountAssetQuoteAsset",
    "IsolatedMarginFeeData",
    "IsolatedMarginFeeDataData",
    "IsolatedMarginPair",
    "IsolatedMarginTier",
    "LimitPricePairs",
    "LiquidationLoan",
    "LiquidationLoanRepayHistory",
    "LiquidationLoanRepayHistoryRow",
    "LiquidationLoanRepayResult",
    "ListenKey",
    "ListenToken",
    "ListScheduleEntry",
    "ManualLiquidationResult",
    "ManualLiquidationType",
    "MarginAccountSummary",
    "MarginAsset",
    "MarginOrder",
    "MarginOrderList",
    "MarginOrderListOrder",
    "MarginTrade",
    "MarginType",
    "MaxBorrowable",
    "MaxLeverageResult",
    "MaxTransferable",
    "NewOcoIsIsolated",
    "NewOcoNewOrderRespType",
    "NewOcoSelfTradePreventionMode",
    "NewOcoSide",
    "NewOcoSideEffectType",
    "NewOcoStopLimitTimeInForce",
    "NewOrderIsIsolated",
    "NewOrderListResult",
    "NewOrderListResultOrder",
    "NewOrderListResultOrderReport",
    "NewOrderNewOrderRespType",
    "NewOrderResult",
    "NewOrderResultFill",
    "NewOrderSelfTradePreventionMode",
    "NewOrderSide",
    "NewOrderSideEffectType",
    "NewOrderTimeInForce",
    "NewOrderType",
    "NewOtocoIsIsolated",
    "NewOtocoNewOrderRespType",
    "NewOtocoPendingAboveTimeInForce",
    "NewOtocoPendingAboveType",
    "NewOtocoPendingBelowTimeInForce",
    "NewOtocoPendingBelowType",
    "NewOtocoPendingSide",
    "NewOtocoSelfTradePreventionMode",
    "NewOtocoSideEffectType",
    "NewOtocoWorkingSide",
    "NewOtocoWorkingTimeInForce",
    "NewOtocoWorkingType",
    "NewOtoIsIsolated",
    "NewOtoNewOrderRespType",
    "NewOtoPendingSide",
    "NewOtoPendingTimeInForce",
    "NewOtoPendingType",
    "NewOtoSelfTradePreventionMode",
    "NewOtoSideEffectType",
    "NewOtoWorkingSide",
    "NewOtoWorkingTimeInForce",
    "NewOtoWorkingType",
    "NextHourlyInterestRate",
    "OrderCountUsage",
    "PreventedMatch",
    "PriceIndex",
    "RestrictedAssets",
    "RiskBasedLiquidationRatio",
    "SmallLiabilityAsset",
    "SmallLiabilityExchangeHistory",
    "SmallLiabilityExchangeHistoryRow",
    "SpecialKey",
    "SpecialKeySummary",
    "ToggleBnbBurnInterestBNBBurn",
    "ToggleBnbBurnSpotBNBBurn",
    "TransactionId",
    "TransferHistory",
    "TransferHistoryRow",
    "UniversalTransferType",
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
