from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_level_status import MarginLevelStatus
from ..types import _format_decimal, _parse_decimal

if TYPE_CHECKING:
    from ..models.isolated_margin_account_asset import IsolatedMarginAccountAsset


T = TypeVar("T", bound="IsolatedMarginAccountPair")


@_attrs_define
class IsolatedMarginAccountPair:
    """One isolated margin pair account.

    Attributes:
        base_asset (IsolatedMarginAccountAsset): Base or quote asset balance of an isolated margin pair.
        quote_asset (IsolatedMarginAccountAsset): Base or quote asset balance of an isolated margin pair.
        symbol (str):
        isolated_created (bool):
        enabled (bool): true = enabled, false = disabled.
        margin_level (Decimal):
        margin_level_status (MarginLevelStatus): Risk status of a margin account by margin level.
        margin_ratio (Decimal):
        index_price (Decimal):
        liquidate_price (Decimal):
        liquidate_rate (Decimal):
        trade_enabled (bool):
    """

    base_asset: IsolatedMarginAccountAsset
    quote_asset: IsolatedMarginAccountAsset
    symbol: str
    isolated_created: bool
    enabled: bool
    margin_level: Decimal
    margin_level_status: MarginLevelStatus
    margin_ratio: Decimal
    index_price: Decimal
    liquidate_price: Decimal
    liquidate_rate: Decimal
    trade_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_asset = self.base_asset.to_dict()

        quote_asset = self.quote_asset.to_dict()

        symbol = self.symbol

        isolated_created = self.isolated_created

        enabled = self.enabled

        margin_level = _format_decimal(self.margin_level)

        margin_level_status = self.margin_level_status.value

        margin_ratio = _format_decimal(self.margin_ratio)

        index_price = _format_decimal(self.index_price)

        liquidate_price = _format_decimal(self.liquidate_price)

        liquidate_rate = _format_decimal(self.liquidate_rate)

        trade_enabled = self.trade_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseAsset": base_asset,
                "quoteAsset": quote_asset,
                "symbol": symbol,
                "isolatedCreated": isolated_created,
                "enabled": enabled,
                "marginLevel": margin_level,
                "marginLevelStatus": margin_level_status,
                "marginRatio": margin_ratio,
                "indexPrice": index_price,
                "liquidatePrice": liquidate_price,
                "liquidateRate": liquidate_rate,
                "tradeEnabled": trade_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.isolated_margin_account_asset import IsolatedMarginAccountAsset  # noqa: PLC0415

        d = dict(src_dict)
        base_asset = IsolatedMarginAccountAsset.from_dict(d.pop("baseAsset"))

        quote_asset = IsolatedMarginAccountAsset.from_dict(d.pop("quoteAsset"))

        symbol = d.pop("symbol")

        isolated_created = d.pop("isolatedCreated")

        enabled = d.pop("enabled")

        margin_level = _parse_decimal(d.pop("marginLevel"))

        margin_level_status = MarginLevelStatus(d.pop("marginLevelStatus"))

        margin_ratio = _parse_decimal(d.pop("marginRatio"))

        index_price = _parse_decimal(d.pop("indexPrice"))

        liquidate_price = _parse_decimal(d.pop("liquidatePrice"))

        liquidate_rate = _parse_decimal(d.pop("liquidateRate"))

        trade_enabled = d.pop("tradeEnabled")

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
