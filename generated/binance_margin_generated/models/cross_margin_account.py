from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..models.cross_margin_account_type import CROSS_MARGIN_ACCOUNT_TYPE_BY_VALUE, CrossMarginAccountType
from ..types import _DECIMALS, UNSET, AbsentKeyError, Unset, _format_decimal, _parse_decimal

if TYPE_CHECKING:
    from ..models.cross_margin_account_user_asset import CrossMarginAccountUserAsset


T = TypeVar("T", bound="CrossMarginAccount")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "borrowEnabled",
        "marginLevel",
        "totalAssetOfBtc",
        "totalLiabilityOfBtc",
        "totalNetAssetOfBtc",
        "tradeEnabled",
        "transferInEnabled",
        "transferOutEnabled",
        "userAssets",
        "created",
        "collateralMarginLevel",
        "TotalCollateralValueInUSDT",
        "totalOpenOrderLossInUSDT",
        "accountType",
    ]
)


@_attrs_define
class CrossMarginAccount:
    """Cross margin account details.

    Attributes:
        borrow_enabled (bool):
        margin_level (Decimal): Margin level (total asset / total liability).
        total_asset_of_btc (Decimal):
        total_liability_of_btc (Decimal):
        total_net_asset_of_btc (Decimal):
        trade_enabled (bool):
        transfer_in_enabled (bool):
        transfer_out_enabled (bool):
        user_assets (list[CrossMarginAccountUserAsset]):
        created (bool | Unset): True if the margin account has been created.
        collateral_margin_level (Decimal | Unset): Margin level computed on collateral value.
        total_collateral_value_in_usdt (Decimal | Unset): Total collateral value in USDT (capital T in Binance's
            spelling).
        total_open_order_loss_in_usdt (Decimal | Unset): Potential loss of open orders, in USDT.
        account_type (CrossMarginAccountType | Unset): Cross margin account type. MARGIN_1 = Cross Margin Classic,
            MARGIN_2 = Cross Margin Pro.
    """

    borrow_enabled: bool
    margin_level: Decimal
    total_asset_of_btc: Decimal
    total_liability_of_btc: Decimal
    total_net_asset_of_btc: Decimal
    trade_enabled: bool
    transfer_in_enabled: bool
    transfer_out_enabled: bool
    user_assets: list[CrossMarginAccountUserAsset]
    created: bool | Unset = UNSET
    collateral_margin_level: Decimal | Unset = UNSET
    total_collateral_value_in_usdt: Decimal | Unset = UNSET
    total_open_order_loss_in_usdt: Decimal | Unset = UNSET
    account_type: CrossMarginAccountType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("user_assets", "userAssets"),
        ("account_type", "accountType"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        borrow_enabled = self.borrow_enabled

        margin_level = _format_decimal(self.margin_level)

        total_asset_of_btc = _format_decimal(self.total_asset_of_btc)

        total_liability_of_btc = _format_decimal(self.total_liability_of_btc)

        total_net_asset_of_btc = _format_decimal(self.total_net_asset_of_btc)

        trade_enabled = self.trade_enabled

        transfer_in_enabled = self.transfer_in_enabled

        transfer_out_enabled = self.transfer_out_enabled

        user_assets = []
        for user_assets_item_data in self.user_assets:
            user_assets_item = user_assets_item_data.to_dict()
            user_assets.append(user_assets_item)

        created = self.created

        collateral_margin_level: str | Unset = UNSET
        if not isinstance(self.collateral_margin_level, Unset):
            collateral_margin_level = _format_decimal(self.collateral_margin_level)

        total_collateral_value_in_usdt: str | Unset = UNSET
        if not isinstance(self.total_collateral_value_in_usdt, Unset):
            total_collateral_value_in_usdt = _format_decimal(self.total_collateral_value_in_usdt)

        total_open_order_loss_in_usdt: str | Unset = UNSET
        if not isinstance(self.total_open_order_loss_in_usdt, Unset):
            total_open_order_loss_in_usdt = _format_decimal(self.total_open_order_loss_in_usdt)

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "borrowEnabled": borrow_enabled,
                "marginLevel": margin_level,
                "totalAssetOfBtc": total_asset_of_btc,
                "totalLiabilityOfBtc": total_liability_of_btc,
                "totalNetAssetOfBtc": total_net_asset_of_btc,
                "tradeEnabled": trade_enabled,
                "transferInEnabled": transfer_in_enabled,
                "transferOutEnabled": transfer_out_enabled,
                "userAssets": user_assets,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if collateral_margin_level is not UNSET:
            field_dict["collateralMarginLevel"] = collateral_margin_level
        if total_collateral_value_in_usdt is not UNSET:
            field_dict["TotalCollateralValueInUSDT"] = total_collateral_value_in_usdt
        if total_open_order_loss_in_usdt is not UNSET:
            field_dict["totalOpenOrderLossInUSDT"] = total_open_order_loss_in_usdt
        if account_type is not UNSET:
            field_dict["accountType"] = account_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        from ..models.cross_margin_account_user_asset import CrossMarginAccountUserAsset  # noqa: PLC0415

        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.borrow_enabled = d["borrowEnabled"]
            parsed_model_.margin_level = _DECIMALS[d["marginLevel"]]
            parsed_model_.total_asset_of_btc = _DECIMALS[d["totalAssetOfBtc"]]
            parsed_model_.total_liability_of_btc = _DECIMALS[d["totalLiabilityOfBtc"]]
            parsed_model_.total_net_asset_of_btc = _DECIMALS[d["totalNetAssetOfBtc"]]
            parsed_model_.trade_enabled = d["tradeEnabled"]
            parsed_model_.transfer_in_enabled = d["transferInEnabled"]
            parsed_model_.transfer_out_enabled = d["transferOutEnabled"]
            parsed_model_.user_assets = [CrossMarginAccountUserAsset.from_dict(item_) for item_ in d["userAssets"]]
            parsed_model_.created = created = d.get("created", UNSET)
            _collateral_margin_level = d.get("collateralMarginLevel", UNSET)
            parsed_model_.collateral_margin_level = (
                UNSET if _collateral_margin_level is UNSET else _DECIMALS[_collateral_margin_level]
            )
            _total_collateral_value_in_usdt = d.get("TotalCollateralValueInUSDT", UNSET)
            parsed_model_.total_collateral_value_in_usdt = (
                UNSET if _total_collateral_value_in_usdt is UNSET else _DECIMALS[_total_collateral_value_in_usdt]
            )
            _total_open_order_loss_in_usdt = d.get("totalOpenOrderLossInUSDT", UNSET)
            parsed_model_.total_open_order_loss_in_usdt = (
                UNSET if _total_open_order_loss_in_usdt is UNSET else _DECIMALS[_total_open_order_loss_in_usdt]
            )
            _account_type = d.get("accountType", UNSET)
            parsed_model_.account_type = (
                UNSET if _account_type is UNSET else CROSS_MARGIN_ACCOUNT_TYPE_BY_VALUE[_account_type]
            )
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {}
            if len(d)
            == 9
            + (created is not UNSET)
            + (_collateral_margin_level is not UNSET)
            + (_total_collateral_value_in_usdt is not UNSET)
            + (_total_open_order_loss_in_usdt is not UNSET)
            + (_account_type is not UNSET)
            else _unknown_keys(d, _KNOWN_KEYS)
        )
        return parsed_model_

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
            raise AbsentKeyError(key, "CrossMarginAccount")
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
            raise TypeError(f"{key!r} is a typed attribute of CrossMarginAccount: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """CrossMarginAccount.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    from ..models.cross_margin_account_user_asset import CrossMarginAccountUserAsset  # noqa: PLC0415

    d = src_dict
    borrow_enabled = d["borrowEnabled"]

    _margin_level = d["marginLevel"]
    margin_level = _DECIMALS.get(_margin_level)
    if margin_level is None:
        margin_level = _parse_decimal(_margin_level)

    _total_asset_of_btc = d["totalAssetOfBtc"]
    total_asset_of_btc = _DECIMALS.get(_total_asset_of_btc)
    if total_asset_of_btc is None:
        total_asset_of_btc = _parse_decimal(_total_asset_of_btc)

    _total_liability_of_btc = d["totalLiabilityOfBtc"]
    total_liability_of_btc = _DECIMALS.get(_total_liability_of_btc)
    if total_liability_of_btc is None:
        total_liability_of_btc = _parse_decimal(_total_liability_of_btc)

    _total_net_asset_of_btc = d["totalNetAssetOfBtc"]
    total_net_asset_of_btc = _DECIMALS.get(_total_net_asset_of_btc)
    if total_net_asset_of_btc is None:
        total_net_asset_of_btc = _parse_decimal(_total_net_asset_of_btc)

    trade_enabled = d["tradeEnabled"]

    transfer_in_enabled = d["transferInEnabled"]

    transfer_out_enabled = d["transferOutEnabled"]

    _user_assets_from_dict = CrossMarginAccountUserAsset.from_dict
    user_assets = [_user_assets_from_dict(user_assets_item_data) for user_assets_item_data in d["userAssets"]]

    created = d.get("created", UNSET)

    _collateral_margin_level = d.get("collateralMarginLevel", UNSET)
    collateral_margin_level: Decimal | Unset
    if _collateral_margin_level is UNSET:
        collateral_margin_level = UNSET
    else:
        _collateral_margin_level_cached = _DECIMALS.get(_collateral_margin_level)
        collateral_margin_level = (
            _collateral_margin_level_cached
            if _collateral_margin_level_cached is not None
            else _parse_decimal(_collateral_margin_level)
        )

    _total_collateral_value_in_usdt = d.get("TotalCollateralValueInUSDT", UNSET)
    total_collateral_value_in_usdt: Decimal | Unset
    if _total_collateral_value_in_usdt is UNSET:
        total_collateral_value_in_usdt = UNSET
    else:
        _total_collateral_value_in_usdt_cached = _DECIMALS.get(_total_collateral_value_in_usdt)
        total_collateral_value_in_usdt = (
            _total_collateral_value_in_usdt_cached
            if _total_collateral_value_in_usdt_cached is not None
            else _parse_decimal(_total_collateral_value_in_usdt)
        )

    _total_open_order_loss_in_usdt = d.get("totalOpenOrderLossInUSDT", UNSET)
    total_open_order_loss_in_usdt: Decimal | Unset
    if _total_open_order_loss_in_usdt is UNSET:
        total_open_order_loss_in_usdt = UNSET
    else:
        _total_open_order_loss_in_usdt_cached = _DECIMALS.get(_total_open_order_loss_in_usdt)
        total_open_order_loss_in_usdt = (
            _total_open_order_loss_in_usdt_cached
            if _total_open_order_loss_in_usdt_cached is not None
            else _parse_decimal(_total_open_order_loss_in_usdt)
        )

    _account_type = d.get("accountType", UNSET)
    account_type: CrossMarginAccountType | Unset
    if _account_type is UNSET:
        account_type = UNSET
    else:
        account_type = CROSS_MARGIN_ACCOUNT_TYPE_BY_VALUE.get(_account_type) or CrossMarginAccountType(_account_type)

    parsed_model_ = cls(
        borrow_enabled,
        margin_level,
        total_asset_of_btc,
        total_liability_of_btc,
        total_net_asset_of_btc,
        trade_enabled,
        transfer_in_enabled,
        transfer_out_enabled,
        user_assets,
        created,
        collateral_margin_level,
        total_collateral_value_in_usdt,
        total_open_order_loss_in_usdt,
        account_type,
    )

    if len(d) != 9 + ("created" in d) + ("collateralMarginLevel" in d) + ("TotalCollateralValueInUSDT" in d) + (
        "totalOpenOrderLossInUSDT" in d
    ) + ("accountType" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
