from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

if TYPE_CHECKING:
    from ..models.cross_margin_account_user_asset import CrossMarginAccountUserAsset


T = TypeVar("T", bound="CrossMarginAccount")


@_attrs_define
class CrossMarginAccount:
    """
    Attributes:
        created (bool | Unset):
        borrow_enabled (bool | Unset):
        margin_level (Decimal | Unset):
        collateral_margin_level (Decimal | Unset):
        total_asset_of_btc (Decimal | Unset):
        total_liability_of_btc (Decimal | Unset):
        total_net_asset_of_btc (Decimal | Unset):
        total_collateral_value_in_usdt (Decimal | Unset):
        trade_enabled (bool | Unset):
        transfer_in_enabled (bool | Unset):
        transfer_out_enabled (bool | Unset):
        account_type (str | Unset):
        user_assets (list[CrossMarginAccountUserAsset] | Unset):
    """

    created: bool | Unset = UNSET
    borrow_enabled: bool | Unset = UNSET
    margin_level: Decimal | Unset = UNSET
    collateral_margin_level: Decimal | Unset = UNSET
    total_asset_of_btc: Decimal | Unset = UNSET
    total_liability_of_btc: Decimal | Unset = UNSET
    total_net_asset_of_btc: Decimal | Unset = UNSET
    total_collateral_value_in_usdt: Decimal | Unset = UNSET
    trade_enabled: bool | Unset = UNSET
    transfer_in_enabled: bool | Unset = UNSET
    transfer_out_enabled: bool | Unset = UNSET
    account_type: str | Unset = UNSET
    user_assets: list[CrossMarginAccountUserAsset] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        borrow_enabled = self.borrow_enabled

        margin_level: str | Unset = UNSET
        if not isinstance(self.margin_level, Unset):
            margin_level = _format_decimal(self.margin_level)

        collateral_margin_level: str | Unset = UNSET
        if not isinstance(self.collateral_margin_level, Unset):
            collateral_margin_level = _format_decimal(self.collateral_margin_level)

        total_asset_of_btc: str | Unset = UNSET
        if not isinstance(self.total_asset_of_btc, Unset):
            total_asset_of_btc = _format_decimal(self.total_asset_of_btc)

        total_liability_of_btc: str | Unset = UNSET
        if not isinstance(self.total_liability_of_btc, Unset):
            total_liability_of_btc = _format_decimal(self.total_liability_of_btc)

        total_net_asset_of_btc: str | Unset = UNSET
        if not isinstance(self.total_net_asset_of_btc, Unset):
            total_net_asset_of_btc = _format_decimal(self.total_net_asset_of_btc)

        total_collateral_value_in_usdt: str | Unset = UNSET
        if not isinstance(self.total_collateral_value_in_usdt, Unset):
            total_collateral_value_in_usdt = _format_decimal(self.total_collateral_value_in_usdt)

        trade_enabled = self.trade_enabled

        transfer_in_enabled = self.transfer_in_enabled

        transfer_out_enabled = self.transfer_out_enabled

        account_type = self.account_type

        user_assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_assets, Unset):
            user_assets = []
            for user_assets_item_data in self.user_assets:
                user_assets_item = user_assets_item_data.to_dict()
                user_assets.append(user_assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if borrow_enabled is not UNSET:
            field_dict["borrowEnabled"] = borrow_enabled
        if margin_level is not UNSET:
            field_dict["marginLevel"] = margin_level
        if collateral_margin_level is not UNSET:
            field_dict["collateralMarginLevel"] = collateral_margin_level
        if total_asset_of_btc is not UNSET:
            field_dict["totalAssetOfBtc"] = total_asset_of_btc
        if total_liability_of_btc is not UNSET:
            field_dict["totalLiabilityOfBtc"] = total_liability_of_btc
        if total_net_asset_of_btc is not UNSET:
            field_dict["totalNetAssetOfBtc"] = total_net_asset_of_btc
        if total_collateral_value_in_usdt is not UNSET:
            field_dict["TotalCollateralValueInUSDT"] = total_collateral_value_in_usdt
        if trade_enabled is not UNSET:
            field_dict["tradeEnabled"] = trade_enabled
        if transfer_in_enabled is not UNSET:
            field_dict["transferInEnabled"] = transfer_in_enabled
        if transfer_out_enabled is not UNSET:
            field_dict["transferOutEnabled"] = transfer_out_enabled
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if user_assets is not UNSET:
            field_dict["userAssets"] = user_assets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cross_margin_account_user_asset import CrossMarginAccountUserAsset  # noqa: PLC0415

        d = dict(src_dict)
        created = d.pop("created", UNSET)

        borrow_enabled = d.pop("borrowEnabled", UNSET)

        _margin_level = d.pop("marginLevel", UNSET)
        margin_level: Decimal | Unset
        if isinstance(_margin_level, Unset):
            margin_level = UNSET
        else:
            margin_level = _parse_decimal(_margin_level)

        _collateral_margin_level = d.pop("collateralMarginLevel", UNSET)
        collateral_margin_level: Decimal | Unset
        if isinstance(_collateral_margin_level, Unset):
            collateral_margin_level = UNSET
        else:
            collateral_margin_level = _parse_decimal(_collateral_margin_level)

        _total_asset_of_btc = d.pop("totalAssetOfBtc", UNSET)
        total_asset_of_btc: Decimal | Unset
        if isinstance(_total_asset_of_btc, Unset):
            total_asset_of_btc = UNSET
        else:
            total_asset_of_btc = _parse_decimal(_total_asset_of_btc)

        _total_liability_of_btc = d.pop("totalLiabilityOfBtc", UNSET)
        total_liability_of_btc: Decimal | Unset
        if isinstance(_total_liability_of_btc, Unset):
            total_liability_of_btc = UNSET
        else:
            total_liability_of_btc = _parse_decimal(_total_liability_of_btc)

        _total_net_asset_of_btc = d.pop("totalNetAssetOfBtc", UNSET)
        total_net_asset_of_btc: Decimal | Unset
        if isinstance(_total_net_asset_of_btc, Unset):
            total_net_asset_of_btc = UNSET
        else:
            total_net_asset_of_btc = _parse_decimal(_total_net_asset_of_btc)

        _total_collateral_value_in_usdt = d.pop("TotalCollateralValueInUSDT", UNSET)
        total_collateral_value_in_usdt: Decimal | Unset
        if isinstance(_total_collateral_value_in_usdt, Unset):
            total_collateral_value_in_usdt = UNSET
        else:
            total_collateral_value_in_usdt = _parse_decimal(_total_collateral_value_in_usdt)

        trade_enabled = d.pop("tradeEnabled", UNSET)

        transfer_in_enabled = d.pop("transferInEnabled", UNSET)

        transfer_out_enabled = d.pop("transferOutEnabled", UNSET)

        account_type = d.pop("accountType", UNSET)

        _user_assets = d.pop("userAssets", UNSET)
        user_assets: list[CrossMarginAccountUserAsset] | Unset = UNSET
        if _user_assets is not UNSET:
            user_assets = []
            for user_assets_item_data in _user_assets:
                user_assets_item = CrossMarginAccountUserAsset.from_dict(user_assets_item_data)

                user_assets.append(user_assets_item)

        parsed_model_ = cls(
            created=created,
            borrow_enabled=borrow_enabled,
            margin_level=margin_level,
            collateral_margin_level=collateral_margin_level,
            total_asset_of_btc=total_asset_of_btc,
            total_liability_of_btc=total_liability_of_btc,
            total_net_asset_of_btc=total_net_asset_of_btc,
            total_collateral_value_in_usdt=total_collateral_value_in_usdt,
            trade_enabled=trade_enabled,
            transfer_in_enabled=transfer_in_enabled,
            transfer_out_enabled=transfer_out_enabled,
            account_type=account_type,
            user_assets=user_assets,
        )

        parsed_model_.additional_properties = d
        return parsed_model_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
