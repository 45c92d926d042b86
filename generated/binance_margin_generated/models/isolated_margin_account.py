from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from decimal import Decimal

from ..types import _DECIMALS, UNSET, AbsentKeyError, Unset, _format_decimal, _parse_decimal

if TYPE_CHECKING:
    from ..models.isolated_margin_account_pair import IsolatedMarginAccountPair


T = TypeVar("T", bound="IsolatedMarginAccount")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "assets",
        "totalAssetOfBtc",
        "totalLiabilityOfBtc",
        "totalNetAssetOfBtc",
    ]
)


@_attrs_define
class IsolatedMarginAccount:
    """Isolated margin pairs. The BTC-valued totals are sent only when the request has no `symbols` parameter.

    Attributes:
        assets (list[IsolatedMarginAccountPair]):
        total_asset_of_btc (Decimal | Unset): Only when "symbols" is not sent.
        total_liability_of_btc (Decimal | Unset): Only when "symbols" is not sent.
        total_net_asset_of_btc (Decimal | Unset): Only when "symbols" is not sent.
    """

    assets: list[IsolatedMarginAccountPair]
    total_asset_of_btc: Decimal | Unset = UNSET
    total_liability_of_btc: Decimal | Unset = UNSET
    total_net_asset_of_btc: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (("assets", "assets"),)
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        total_asset_of_btc: str | Unset = UNSET
        if not isinstance(self.total_asset_of_btc, Unset):
            total_asset_of_btc = _format_decimal(self.total_asset_of_btc)

        total_liability_of_btc: str | Unset = UNSET
        if not isinstance(self.total_liability_of_btc, Unset):
            total_liability_of_btc = _format_decimal(self.total_liability_of_btc)

        total_net_asset_of_btc: str | Unset = UNSET
        if not isinstance(self.total_net_asset_of_btc, Unset):
            total_net_asset_of_btc = _format_decimal(self.total_net_asset_of_btc)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
            }
        )
        if total_asset_of_btc is not UNSET:
            field_dict["totalAssetOfBtc"] = total_asset_of_btc
        if total_liability_of_btc is not UNSET:
            field_dict["totalLiabilityOfBtc"] = total_liability_of_btc
        if total_net_asset_of_btc is not UNSET:
            field_dict["totalNetAssetOfBtc"] = total_net_asset_of_btc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        from ..models.isolated_margin_account_pair import IsolatedMarginAccountPair  # noqa: PLC0415

        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.assets = [IsolatedMarginAccountPair.from_dict(item_) for item_ in d["assets"]]
            _total_asset_of_btc = d.get("totalAssetOfBtc", UNSET)
            parsed_model_.total_asset_of_btc = UNSET if _total_asset_of_btc is UNSET else _DECIMALS[_total_asset_of_btc]
            _total_liability_of_btc = d.get("totalLiabilityOfBtc", UNSET)
            parsed_model_.total_liability_of_btc = (
                UNSET if _total_liability_of_btc is UNSET else _DECIMALS[_total_liability_of_btc]
            )
            _total_net_asset_of_btc = d.get("totalNetAssetOfBtc", UNSET)
            parsed_model_.total_net_asset_of_btc = (
                UNSET if _total_net_asset_of_btc is UNSET else _DECIMALS[_total_net_asset_of_btc]
            )
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {}
            if len(d)
            == 1
            + (_total_asset_of_btc is not UNSET)
            + (_total_liability_of_btc is not UNSET)
            + (_total_net_asset_of_btc is not UNSET)
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
            raise AbsentKeyError(key, "IsolatedMarginAccount")
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
            raise TypeError(f"{key!r} is a typed attribute of IsolatedMarginAccount: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """IsolatedMarginAccount.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    from ..models.isolated_margin_account_pair import IsolatedMarginAccountPair  # noqa: PLC0415

    d = src_dict
    _assets_from_dict = IsolatedMarginAccountPair.from_dict
    assets = [_assets_from_dict(assets_item_data) for assets_item_data in d["assets"]]

    _total_asset_of_btc = d.get("totalAssetOfBtc", UNSET)
    total_asset_of_btc: Decimal | Unset
    if _total_asset_of_btc is UNSET:
        total_asset_of_btc = UNSET
    else:
        _total_asset_of_btc_cached = _DECIMALS.get(_total_asset_of_btc)
        total_asset_of_btc = (
            _total_asset_of_btc_cached
            if _total_asset_of_btc_cached is not None
            else _parse_decimal(_total_asset_of_btc)
        )

    _total_liability_of_btc = d.get("totalLiabilityOfBtc", UNSET)
    total_liability_of_btc: Decimal | Unset
    if _total_liability_of_btc is UNSET:
        total_liability_of_btc = UNSET
    else:
        _total_liability_of_btc_cached = _DECIMALS.get(_total_liability_of_btc)
        total_liability_of_btc = (
            _total_liability_of_btc_cached
            if _total_liability_of_btc_cached is not None
            else _parse_decimal(_total_liability_of_btc)
        )

    _total_net_asset_of_btc = d.get("totalNetAssetOfBtc", UNSET)
    total_net_asset_of_btc: Decimal | Unset
    if _total_net_asset_of_btc is UNSET:
        total_net_asset_of_btc = UNSET
    else:
        _total_net_asset_of_btc_cached = _DECIMALS.get(_total_net_asset_of_btc)
        total_net_asset_of_btc = (
            _total_net_asset_of_btc_cached
            if _total_net_asset_of_btc_cached is not None
            else _parse_decimal(_total_net_asset_of_btc)
        )

    parsed_model_ = cls(
        assets,
        total_asset_of_btc,
        total_liability_of_btc,
        total_net_asset_of_btc,
    )

    if len(d) != 1 + ("totalAssetOfBtc" in d) + ("totalLiabilityOfBtc" in d) + ("totalNetAssetOfBtc" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
