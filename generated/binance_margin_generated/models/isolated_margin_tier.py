from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _format_decimal, _parse_decimal

T = TypeVar("T", bound="IsolatedMarginTier")


@_attrs_define
class IsolatedMarginTier:
    """
    Attributes:
        symbol (str | Unset):
        tier (int | Unset):
        effective_multiple (Decimal | Unset):
        initial_risk_ratio (Decimal | Unset):
        liquidation_risk_ratio (Decimal | Unset):
        base_asset_max_borrowable (Decimal | Unset):
        quote_asset_max_borrowable (Decimal | Unset):
    """

    symbol: str | Unset = UNSET
    tier: int | Unset = UNSET
    effective_multiple: Decimal | Unset = UNSET
    initial_risk_ratio: Decimal | Unset = UNSET
    liquidation_risk_ratio: Decimal | Unset = UNSET
    base_asset_max_borrowable: Decimal | Unset = UNSET
    quote_asset_max_borrowable: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        tier = self.tier

        effective_multiple: str | Unset = UNSET
        if not isinstance(self.effective_multiple, Unset):
            effective_multiple = _format_decimal(self.effective_multiple)

        initial_risk_ratio: str | Unset = UNSET
        if not isinstance(self.initial_risk_ratio, Unset):
            initial_risk_ratio = _format_decimal(self.initial_risk_ratio)

        liquidation_risk_ratio: str | Unset = UNSET
        if not isinstance(self.liquidation_risk_ratio, Unset):
            liquidation_risk_ratio = _format_decimal(self.liquidation_risk_ratio)

        base_asset_max_borrowable: str | Unset = UNSET
        if not isinstance(self.base_asset_max_borrowable, Unset):
            base_asset_max_borrowable = _format_decimal(self.base_asset_max_borrowable)

        quote_asset_max_borrowable: str | Unset = UNSET
        if not isinstance(self.quote_asset_max_borrowable, Unset):
            quote_asset_max_borrowable = _format_decimal(self.quote_asset_max_borrowable)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if tier is not UNSET:
            field_dict["tier"] = tier
        if effective_multiple is not UNSET:
            field_dict["effectiveMultiple"] = effective_multiple
        if initial_risk_ratio is not UNSET:
            field_dict["initialRiskRatio"] = initial_risk_ratio
        if liquidation_risk_ratio is not UNSET:
            field_dict["liquidationRiskRatio"] = liquidation_risk_ratio
        if base_asset_max_borrowable is not UNSET:
            field_dict["baseAssetMaxBorrowable"] = base_asset_max_borrowable
        if quote_asset_max_borrowable is not UNSET:
            field_dict["quoteAssetMaxBorrowable"] = quote_asset_max_borrowable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)

        tier = d.pop("tier", UNSET)

        _effective_multiple = d.pop("effectiveMultiple", UNSET)
        effective_multiple: Decimal | Unset
        if isinstance(_effective_multiple, Unset):
            effective_multiple = UNSET
        else:
            effective_multiple = _parse_decimal(_effective_multiple)

        _initial_risk_ratio = d.pop("initialRiskRatio", UNSET)
        initial_risk_ratio: Decimal | Unset
        if isinstance(_initial_risk_ratio, Unset):
            initial_risk_ratio = UNSET
        else:
            initial_risk_ratio = _parse_decimal(_initial_risk_ratio)

        _liquidation_risk_ratio = d.pop("liquidationRiskRatio", UNSET)
        liquidation_risk_ratio: Decimal | Unset
        if isinstance(_liquidation_risk_ratio, Unset):
            liquidation_risk_ratio = UNSET
        else:
            liquidation_risk_ratio = _parse_decimal(_liquidation_risk_ratio)

        _base_asset_max_borrowable = d.pop("baseAssetMaxBorrowable", UNSET)
        base_asset_max_borrowable: Decimal | Unset
        if isinstance(_base_asset_max_borrowable, Unset):
            base_asset_max_borrowable = UNSET
        else:
            base_asset_max_borrowable = _parse_decimal(_base_asset_max_borrowable)

        _quote_asset_max_borrowable = d.pop("quoteAssetMaxBorrowable", UNSET)
        quote_asset_max_borrowable: Decimal | Unset
        if isinstance(_quote_asset_max_borrowable, Unset):
            quote_asset_max_borrowable = UNSET
        else:
            quote_asset_max_borrowable = _parse_decimal(_quote_asset_max_borrowable)

        parsed_model_ = cls(
            symbol=symbol,
            tier=tier,
            effective_multiple=effective_multiple,
            initial_risk_ratio=initial_risk_ratio,
            liquidation_risk_ratio=liquidation_risk_ratio,
            base_asset_max_borrowable=base_asset_max_borrowable,
            quote_asset_max_borrowable=quote_asset_max_borrowable,
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
