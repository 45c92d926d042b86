from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

if TYPE_CHECKING:
    from ..models.isolated_margin_account_asset_base_asset import IsolatedMarginAccountAssetBaseAsset
    from ..models.isolated_margin_account_asset_quote_asset import IsolatedMarginAccountAssetQuoteAsset


T = TypeVar("T", bound="IsolatedMarginAccountAsset")


@_attrs_define
class IsolatedMarginAccountAsset:
    """
    Attributes:
        base_asset (IsolatedMarginAccountAssetBaseAsset | Unset):
        quote_asset (IsolatedMarginAccountAssetQuoteAsset | Unset):
        symbol (str | Unset):
        isolated_created (bool | Unset):
        enabled (bool | Unset):
        margin_level (Decimal | Unset):
        margin_level_status (str | Unset):
        margin_ratio (Decimal | Unset):
        index_price (Decimal | Unset):
        liquidate_price (Decimal | Unset):
        liquidate_rate (Decimal | Unset):
        trade_enabled (bool | Unset):
    """

    base_asset: IsolatedMarginAccountAssetBaseAsset | Unset = UNSET
    quote_asset: IsolatedMarginAccountAssetQuoteAsset | Unset = UNSET
    symbol: str | Unset = UNSET
    isolated_created: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    margin_level: Decimal | Unset = UNSET
    margin_level_status: str | Unset = UNSET
    margin_ratio: Decimal | Unset = UNSET
    index_price: Decimal | Unset = UNSET
    liquidate_price: Decimal | Unset = UNSET
    liquidate_rate: Decimal | Unset = UNSET
    trade_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_asset, Unset):
            base_asset = self.base_asset.to_dict()

        quote_asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote_asset, Unset):
            quote_asset = self.quote_asset.to_dict()

        symbol = self.symbol

        isolated_created = self.isolated_created

        enabled = self.enabled

        margin_level: str | Unset = UNSET
        if not isinstance(self.margin_level, Unset):
            margin_level = _format_decimal(self.margin_level)

        margin_level_status = self.margin_level_status

        margin_ratio: str | Unset = UNSET
        if not isinstance(self.margin_ratio, Unset):
            margin_ratio = _format_decimal(self.margin_ratio)

        index_price: str | Unset = UNSET
        if not isinstance(self.index_price, Unset):
            index_price = _format_decimal(self.index_price)

        liquidate_price: str | Unset = UNSET
        if not isinstance(self.liquidate_price, Unset):
            liquidate_price = _format_decimal(self.liquidate_price)

        liquidate_rate: str | Unset = UNSET
        if not isinstance(self.liquidate_rate, Unset):
            liquidate_rate = _format_decimal(self.liquidate_rate)

        trade_enabled = self.trade_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_asset is not UNSET:
            field_dict["baseAsset"] = base_asset
        if quote_asset is not UNSET:
            field_dict["quoteAsset"] = quote_asset
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if isolated_created is not UNSET:
            field_dict["isolatedCreated"] = isolated_created
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if margin_level is not UNSET:
            field_dict["marginLevel"] = margin_level
        if margin_level_status is not UNSET:
            field_dict["marginLevelStatus"] = margin_level_status
        if margin_ratio is not UNSET:
            field_dict["marginRatio"] = margin_ratio
        if index_price is not UNSET:
            field_dict["indexPrice"] = index_price
        if liquidate_price is not UNSET:
            field_dict["liquidatePrice"] = liquidate_price
        if liquidate_rate is not UNSET:
            field_dict["liquidateRate"] = liquidate_rate
        if trade_enabled is not UNSET:
            field_dict["tradeEnabled"] = trade_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.isolated_margin_account_asset_base_asset import IsolatedMarginAccountAssetBaseAsset  # noqa: PLC0415
        from ..models.isolated_margin_account_asset_quote_asset import IsolatedMarginAccountAssetQuoteAsset  # noqa: PLC0415

        d = dict(src_dict)
        _base_asset = d.pop("baseAsset", UNSET)
        base_asset: IsolatedMarginAccountAssetBaseAsset | Unset
        if isinstance(_base_asset, Unset):
            base_asset = UNSET
        else:
            base_asset = IsolatedMarginAccountAssetBaseAsset.from_dict(_base_asset)

        _quote_asset = d.pop("quoteAsset", UNSET)
        quote_asset: IsolatedMarginAccountAssetQuoteAsset | Unset
        if isinstance(_quote_asset, Unset):
            quote_asset = UNSET
        else:
            quote_asset = IsolatedMarginAccountAssetQuoteAsset.from_dict(_quote_asset)

        symbol = d.pop("symbol", UNSET)

        isolated_created = d.pop("isolatedCreated", UNSET)

        enabled = d.pop("enabled", UNSET)

        _margin_level = d.pop("marginLevel", UNSET)
        margin_level: Decimal | Unset
        if isinstance(_margin_level, Unset):
            margin_level = UNSET
        else:
            margin_level = _parse_decimal(_margin_level)

        margin_level_status = d.pop("marginLevelStatus", UNSET)

        _margin_ratio = d.pop("marginRatio", UNSET)
        margin_ratio: Decimal | Unset
        if isinstance(_margin_ratio, Unset):
            margin_ratio = UNSET
        else:
            margin_ratio = _parse_decimal(_margin_ratio)

        _index_price = d.pop("indexPrice", UNSET)
        index_price: Decimal | Unset
        if isinstance(_index_price, Unset):
            index_price = UNSET
        else:
            index_price = _parse_decimal(_index_price)

        _liquidate_price = d.pop("liquidatePrice", UNSET)
        liquidate_price: Decimal | Unset
        if isinstance(_liquidate_price, Unset):
            liquidate_price = UNSET
        else:
            liquidate_price = _parse_decimal(_liquidate_price)

        _liquidate_rate = d.pop("liquidateRate", UNSET)
        liquidate_rate: Decimal | Unset
        if isinstance(_liquidate_rate, Unset):
            liquidate_rate = UNSET
        else:
            liquidate_rate = _parse_decimal(_liquidate_rate)

        trade_enabled = d.pop("tradeEnabled", UNSET)

        parsed_model_ = cls(
            base_asset=base_asset,
            quote_asset=quote_asset,
            symbol=symbol,
            isolated_created=isolated_created,
            enabled=enabled,
            margin_level=margin_level,
            margin_level_status=margin_level_status,
            margin_ratio=margin_ratio,
            index_price=index_price,
            liquidate_price=liquidate_price,
            liquidate_rate=liquidate_rate,
            trade_enabled=trade_enabled,
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
