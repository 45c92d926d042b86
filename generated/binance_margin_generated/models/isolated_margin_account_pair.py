from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..models.margin_level_status import MARGIN_LEVEL_STATUS_BY_VALUE, MarginLevelStatus
from ..types import _DECIMALS, AbsentKeyError, _format_decimal, _parse_decimal

if TYPE_CHECKING:
    from ..models.isolated_margin_account_asset import IsolatedMarginAccountAsset


T = TypeVar("T", bound="IsolatedMarginAccountPair")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "baseAsset",
        "quoteAsset",
        "symbol",
        "isolatedCreated",
        "enabled",
        "marginLevel",
        "marginLevelStatus",
        "marginRatio",
        "indexPrice",
        "liquidatePrice",
        "liquidateRate",
        "tradeEnabled",
    ]
)


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

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("base_asset", "baseAsset"),
        ("quote_asset", "quoteAsset"),
        ("margin_level_status", "marginLevelStatus"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
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
            raise AbsentKeyError(key, "IsolatedMarginAccountPair")
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
            raise TypeError(f"{key!r} is a typed attribute of IsolatedMarginAccountPair: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """IsolatedMarginAccountPair.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    from ..models.isolated_margin_account_asset import IsolatedMarginAccountAsset  # noqa: PLC0415

    d = src_dict
    base_asset = IsolatedMarginAccountAsset.from_dict(d["baseAsset"])

    quote_asset = IsolatedMarginAccountAsset.from_dict(d["quoteAsset"])

    symbol = d["symbol"]

    isolated_created = d["isolatedCreated"]

    enabled = d["enabled"]

    _margin_level = d["marginLevel"]
    margin_level = _DECIMALS.get(_margin_level)
    if margin_level is None:
        margin_level = _parse_decimal(_margin_level)

    _margin_level_status = d["marginLevelStatus"]
    margin_level_status = MARGIN_LEVEL_STATUS_BY_VALUE.get(_margin_level_status) or MarginLevelStatus(
        _margin_level_status
    )

    _margin_ratio = d["marginRatio"]
    margin_ratio = _DECIMALS.get(_margin_ratio)
    if margin_ratio is None:
        margin_ratio = _parse_decimal(_margin_ratio)

    _index_price = d["indexPrice"]
    index_price = _DECIMALS.get(_index_price)
    if index_price is None:
        index_price = _parse_decimal(_index_price)

    _liquidate_price = d["liquidatePrice"]
    liquidate_price = _DECIMALS.get(_liquidate_price)
    if liquidate_price is None:
        liquidate_price = _parse_decimal(_liquidate_price)

    _liquidate_rate = d["liquidateRate"]
    liquidate_rate = _DECIMALS.get(_liquidate_rate)
    if liquidate_rate is None:
        liquidate_rate = _parse_decimal(_liquidate_rate)

    trade_enabled = d["tradeEnabled"]

    parsed_model_ = cls(
        base_asset,
        quote_asset,
        symbol,
        isolated_created,
        enabled,
        margin_level,
        margin_level_status,
        margin_ratio,
        index_price,
        liquidate_price,
        liquidate_rate,
        trade_enabled,
    )

    if len(d) != 12:
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
