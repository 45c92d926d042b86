from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from typing import cast

from ..models.symbol_status import SYMBOL_STATUS_BY_VALUE, SymbolStatus
from ..types import UNSET, AbsentKeyError, Unset

if TYPE_CHECKING:
    from ..models.symbol_filter import SymbolFilter


T = TypeVar("T", bound="ExchangeSymbol")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "symbol",
        "status",
        "baseAsset",
        "baseAssetPrecision",
        "quoteAsset",
        "quotePrecision",
        "quoteAssetPrecision",
        "orderTypes",
        "icebergAllowed",
        "ocoAllowed",
        "isSpotTradingAllowed",
        "isMarginTradingAllowed",
        "filters",
        "permissions",
        "baseCommissionPrecision",
        "quoteCommissionPrecision",
        "otoAllowed",
        "opoAllowed",
        "quoteOrderQtyMarketAllowed",
        "allowTrailingStop",
        "cancelReplaceAllowed",
        "amendAllowed",
        "pegInstructionsAllowed",
        "permissionSets",
        "defaultSelfTradePreventionMode",
        "allowedSelfTradePreventionModes",
    ]
)


@_attrs_define
class ExchangeSymbol:
    """Trading rules of one symbol.

    Attributes:
        symbol (str):
        status (SymbolStatus): Trading status of a symbol in exchangeInfo. CANCEL_ONLY (orders can only be cancelled) is
            returned since 2026-07-07; PRE_TRADING, POST_TRADING and AUCTION_MATCH are older values. The symbolStatus filter
            accepts only TRADING, HALT and BREAK (SymbolStatusFilter).
        base_asset (str):
        base_asset_precision (int): Decimals of the base asset.
        quote_asset (str):
        quote_precision (int): Same as quoteAssetPrecision; to be removed in future API versions (v4+).
        quote_asset_precision (int): Decimals of the quote asset.
        order_types (list[str]): Allowed order types (LIMIT, LIMIT_MAKER, MARKET, STOP_LOSS, STOP_LOSS_LIMIT,
            TAKE_PROFIT, TAKE_PROFIT_LIMIT).
        iceberg_allowed (bool):
        oco_allowed (bool):
        is_spot_trading_allowed (bool):
        is_margin_trading_allowed (bool): The symbol can be traded on margin.
        filters (list[SymbolFilter]):
        permissions (list[str]): Legacy permission list (now usually empty; see permissionSets).
        base_commission_precision (int | Unset):
        quote_commission_precision (int | Unset):
        oto_allowed (bool | Unset):
        opo_allowed (bool | Unset):
        quote_order_qty_market_allowed (bool | Unset): MARKET orders may be sized with quoteOrderQty.
        allow_trailing_stop (bool | Unset): trailingDelta is accepted.
        cancel_replace_allowed (bool | Unset):
        amend_allowed (bool | Unset): Order amend (keep priority) is allowed.
        peg_instructions_allowed (bool | Unset): Pegged orders are allowed.
        permission_sets (list[list[str]] | Unset): Permission sets: an order is allowed if the account has, for every
            inner list, at least one of its permissions (e.g. [["SPOT","MARGIN"]] = SPOT or MARGIN).
        default_self_trade_prevention_mode (str | Unset): STP mode used when an order does not set one (NONE,
            EXPIRE_TAKER, EXPIRE_MAKER, EXPIRE_BOTH, DECREMENT, TRANSFER).
        allowed_self_trade_prevention_modes (list[str] | Unset): STP modes accepted for this symbol.
    """

    symbol: str
    status: SymbolStatus
    base_asset: str
    base_asset_precision: int
    quote_asset: str
    quote_precision: int
    quote_asset_precision: int
    order_types: list[str]
    iceberg_allowed: bool
    oco_allowed: bool
    is_spot_trading_allowed: bool
    is_margin_trading_allowed: bool
    filters: list[SymbolFilter]
    permissions: list[str]
    base_commission_precision: int | Unset = UNSET
    quote_commission_precision: int | Unset = UNSET
    oto_allowed: bool | Unset = UNSET
    opo_allowed: bool | Unset = UNSET
    quote_order_qty_market_allowed: bool | Unset = UNSET
    allow_trailing_stop: bool | Unset = UNSET
    cancel_replace_allowed: bool | Unset = UNSET
    amend_allowed: bool | Unset = UNSET
    peg_instructions_allowed: bool | Unset = UNSET
    permission_sets: list[list[str]] | Unset = UNSET
    default_self_trade_prevention_mode: str | Unset = UNSET
    allowed_self_trade_prevention_modes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("order_types", "orderTypes"),
        ("filters", "filters"),
        ("permissions", "permissions"),
        ("permission_sets", "permissionSets"),
        ("allowed_self_trade_prevention_modes", "allowedSelfTradePreventionModes"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        symbol = self.symbol

        status = self.status.value

        base_asset = self.base_asset

        base_asset_precision = self.base_asset_precision

        quote_asset = self.quote_asset

        quote_precision = self.quote_precision

        quote_asset_precision = self.quote_asset_precision

        order_types = self.order_types

        iceberg_allowed = self.iceberg_allowed

        oco_allowed = self.oco_allowed

        is_spot_trading_allowed = self.is_spot_trading_allowed

        is_margin_trading_allowed = self.is_margin_trading_allowed

        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        permissions = self.permissions

        base_commission_precision = self.base_commission_precision

        quote_commission_precision = self.quote_commission_precision

        oto_allowed = self.oto_allowed

        opo_allowed = self.opo_allowed

        quote_order_qty_market_allowed = self.quote_order_qty_market_allowed

        allow_trailing_stop = self.allow_trailing_stop

        cancel_replace_allowed = self.cancel_replace_allowed

        amend_allowed = self.amend_allowed

        peg_instructions_allowed = self.peg_instructions_allowed

        permission_sets: list[list[str]] | Unset = UNSET
        if not isinstance(self.permission_sets, Unset):
            permission_sets = []
            for permission_sets_item_data in self.permission_sets:
                permission_sets_item = permission_sets_item_data

                permission_sets.append(permission_sets_item)

        default_self_trade_prevention_mode = self.default_self_trade_prevention_mode

        allowed_self_trade_prevention_modes: list[str] | Unset = UNSET
        if not isinstance(self.allowed_self_trade_prevention_modes, Unset):
            allowed_self_trade_prevention_modes = self.allowed_self_trade_prevention_modes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "status": status,
                "baseAsset": base_asset,
                "baseAssetPrecision": base_asset_precision,
                "quoteAsset": quote_asset,
                "quotePrecision": quote_precision,
                "quoteAssetPrecision": quote_asset_precision,
                "orderTypes": order_types,
                "icebergAllowed": iceberg_allowed,
                "ocoAllowed": oco_allowed,
                "isSpotTradingAllowed": is_spot_trading_allowed,
                "isMarginTradingAllowed": is_margin_trading_allowed,
                "filters": filters,
                "permissions": permissions,
            }
        )
        if base_commission_precision is not UNSET:
            field_dict["baseCommissionPrecision"] = base_commission_precision
        if quote_commission_precision is not UNSET:
            field_dict["quoteCommissionPrecision"] = quote_commission_precision
        if oto_allowed is not UNSET:
            field_dict["otoAllowed"] = oto_allowed
        if opo_allowed is not UNSET:
            field_dict["opoAllowed"] = opo_allowed
        if quote_order_qty_market_allowed is not UNSET:
            field_dict["quoteOrderQtyMarketAllowed"] = quote_order_qty_market_allowed
        if allow_trailing_stop is not UNSET:
            field_dict["allowTrailingStop"] = allow_trailing_stop
        if cancel_replace_allowed is not UNSET:
            field_dict["cancelReplaceAllowed"] = cancel_replace_allowed
        if amend_allowed is not UNSET:
            field_dict["amendAllowed"] = amend_allowed
        if peg_instructions_allowed is not UNSET:
            field_dict["pegInstructionsAllowed"] = peg_instructions_allowed
        if permission_sets is not UNSET:
            field_dict["permissionSets"] = permission_sets
        if default_self_trade_prevention_mode is not UNSET:
            field_dict["defaultSelfTradePreventionMode"] = default_self_trade_prevention_mode
        if allowed_self_trade_prevention_modes is not UNSET:
            field_dict["allowedSelfTradePreventionModes"] = allowed_self_trade_prevention_modes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        return _from_dict_checked(cls, src_dict)

    @property
    def additional_keys(self) -> list[str]:
        """The JSON keys Binance sent that the spec does not document."""
        return list(self.additional_properties.keys())

    # Read by JSON key, as the dict Binance sent (python-binance style): documented keys give their value in the
    # wire form (numeric strings stay strings, nested objects are dicts), other keys the extra fields.
    def __getitem__(self, key: str) -> Any:
        if key in _KNOWN_KEYS:
            data = self.to_dict()
            if key in data:
                return data[key]
            raise AbsentKeyError(key, "ExchangeSymbol")
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        """The value of the JSON key ``key`` as Binance sent it, or ``default`` when the response has no such key."""
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self) -> list[str]:
        """The JSON keys of the response."""
        return list(self.to_dict())

    def values(self) -> list[Any]:
        """The values of the response, as Binance sent them."""
        return list(self.to_dict().values())

    def items(self) -> list[tuple[str, Any]]:
        """The (JSON key, value) pairs of the response, as Binance sent them."""
        return list(self.to_dict().items())

    def __setitem__(self, key: str, value: Any) -> None:
        if key in _KNOWN_KEYS:
            raise TypeError(f"{key!r} is a typed attribute of ExchangeSymbol: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """ExchangeSymbol.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    from ..models.symbol_filter import SymbolFilter  # noqa: PLC0415

    d = src_dict
    symbol = d["symbol"]

    _status = d["status"]
    status = SYMBOL_STATUS_BY_VALUE.get(_status) or SymbolStatus(_status)

    base_asset = d["baseAsset"]

    base_asset_precision = d["baseAssetPrecision"]

    quote_asset = d["quoteAsset"]

    quote_precision = d["quotePrecision"]

    quote_asset_precision = d["quoteAssetPrecision"]

    order_types = cast(list[str], d["orderTypes"])

    iceberg_allowed = d["icebergAllowed"]

    oco_allowed = d["ocoAllowed"]

    is_spot_trading_allowed = d["isSpotTradingAllowed"]

    is_margin_trading_allowed = d["isMarginTradingAllowed"]

    _filters_from_dict = SymbolFilter.from_dict
    filters = [_filters_from_dict(filters_item_data) for filters_item_data in d["filters"]]

    permissions = cast(list[str], d["permissions"])

    base_commission_precision = d.get("baseCommissionPrecision", UNSET)

    quote_commission_precision = d.get("quoteCommissionPrecision", UNSET)

    oto_allowed = d.get("otoAllowed", UNSET)

    opo_allowed = d.get("opoAllowed", UNSET)

    quote_order_qty_market_allowed = d.get("quoteOrderQtyMarketAllowed", UNSET)

    allow_trailing_stop = d.get("allowTrailingStop", UNSET)

    cancel_replace_allowed = d.get("cancelReplaceAllowed", UNSET)

    amend_allowed = d.get("amendAllowed", UNSET)

    peg_instructions_allowed = d.get("pegInstructionsAllowed", UNSET)

    _permission_sets = d.get("permissionSets", UNSET)
    permission_sets: list[list[str]] | Unset = UNSET
    if _permission_sets is not UNSET:
        permission_sets = []
        for permission_sets_item_data in _permission_sets:
            permission_sets_item = cast(list[str], permission_sets_item_data)

            permission_sets.append(permission_sets_item)

    default_self_trade_prevention_mode = d.get("defaultSelfTradePreventionMode", UNSET)

    allowed_self_trade_prevention_modes = cast(list[str], d.get("allowedSelfTradePreventionModes", UNSET))

    parsed_model_ = cls(
        symbol,
        status,
        base_asset,
        base_asset_precision,
        quote_asset,
        quote_precision,
        quote_asset_precision,
        order_types,
        iceberg_allowed,
        oco_allowed,
        is_spot_trading_allowed,
        is_margin_trading_allowed,
        filters,
        permissions,
        base_commission_precision,
        quote_commission_precision,
        oto_allowed,
        opo_allowed,
        quote_order_qty_market_allowed,
        allow_trailing_stop,
        cancel_replace_allowed,
        amend_allowed,
        peg_instructions_allowed,
        permission_sets,
        default_self_trade_prevention_mode,
        allowed_self_trade_prevention_modes,
    )

    if len(d) != 14 + ("baseCommissionPrecision" in d) + ("quoteCommissionPrecision" in d) + ("otoAllowed" in d) + (
        "opoAllowed" in d
    ) + ("quoteOrderQtyMarketAllowed" in d) + ("allowTrailingStop" in d) + ("cancelReplaceAllowed" in d) + (
        "amendAllowed" in d
    ) + ("pegInstructionsAllowed" in d) + ("permissionSets" in d) + ("defaultSelfTradePreventionMode" in d) + (
        "allowedSelfTradePreventionModes" in d
    ):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
