from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _DECIMALS, _format_decimal, _parse_decimal

T = TypeVar("T", bound="RiskBasedLiquidationRatio")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "asset",
        "riskBasedLiquidationRatio",
    ]
)


@_attrs_define
class RiskBasedLiquidationRatio:
    """Risk-based liquidation ratio of a margin asset.

    Attributes:
        asset (str):
        risk_based_liquidation_ratio (Decimal):
    """

    asset: str
    risk_based_liquidation_ratio: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        risk_based_liquidation_ratio = _format_decimal(self.risk_based_liquidation_ratio)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "riskBasedLiquidationRatio": risk_based_liquidation_ratio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        asset = d["asset"]

        _risk_based_liquidation_ratio = d["riskBasedLiquidationRatio"]
        risk_based_liquidation_ratio = _DECIMALS.get(_risk_based_liquidation_ratio)
        if risk_based_liquidation_ratio is None:
            risk_based_liquidation_ratio = _parse_decimal(_risk_based_liquidation_ratio)

        parsed_model_ = cls(
            asset,
            risk_based_liquidation_ratio,
        )

        if len(d) != 2:
            parsed_model_.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
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
