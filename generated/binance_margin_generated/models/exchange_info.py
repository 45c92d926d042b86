from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__

from ..types import UNSET, AbsentKeyError, Unset

if TYPE_CHECKING:
    from ..models.exchange_filter import ExchangeFilter
    from ..models.exchange_symbol import ExchangeSymbol
    from ..models.rate_limit import RateLimit
    from ..models.sor_info import SorInfo


T = TypeVar("T", bound="ExchangeInfo")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "timezone",
        "serverTime",
        "rateLimits",
        "exchangeFilters",
        "symbols",
        "sors",
    ]
)


@_attrs_define
class ExchangeInfo:
    """Exchange trading rules and symbol information (spot API; margin orders obey the same symbol filters).

    Attributes:
        timezone (str):
        server_time (int):
        rate_limits (list[RateLimit]):
        exchange_filters (list[ExchangeFilter]):
        symbols (list[ExchangeSymbol]):
        sors (list[SorInfo] | Unset): Smart Order Routing groups; present only when SOR is available.
    """

    timezone: str
    server_time: int
    rate_limits: list[RateLimit]
    exchange_filters: list[ExchangeFilter]
    symbols: list[ExchangeSymbol]
    sors: list[SorInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("rate_limits", "rateLimits"),
        ("exchange_filters", "exchangeFilters"),
        ("symbols", "symbols"),
        ("sors", "sors"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        timezone = self.timezone

        server_time = self.server_time

        rate_limits = []
        for rate_limits_item_data in self.rate_limits:
            rate_limits_item = rate_limits_item_data.to_dict()
            rate_limits.append(rate_limits_item)

        exchange_filters = []
        for exchange_filters_item_data in self.exchange_filters:
            exchange_filters_item = exchange_filters_item_data.to_dict()
            exchange_filters.append(exchange_filters_item)

        symbols = []
        for symbols_item_data in self.symbols:
            symbols_item = symbols_item_data.to_dict()
            symbols.append(symbols_item)

        sors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sors, Unset):
            sors = []
            for sors_item_data in self.sors:
                sors_item = sors_item_data.to_dict()
                sors.append(sors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timezone": timezone,
                "serverTime": server_time,
                "rateLimits": rate_limits,
                "exchangeFilters": exchange_filters,
                "symbols": symbols,
            }
        )
        if sors is not UNSET:
            field_dict["sors"] = sors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        from ..models.exchange_filter import ExchangeFilter  # noqa: PLC0415
        from ..models.exchange_symbol import ExchangeSymbol  # noqa: PLC0415
        from ..models.rate_limit import RateLimit  # noqa: PLC0415
        from ..models.sor_info import SorInfo  # noqa: PLC0415

        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.timezone = d["timezone"]
            parsed_model_.server_time = d["serverTime"]
            parsed_model_.rate_limits = [RateLimit.from_dict(item_) for item_ in d["rateLimits"]]
            parsed_model_.exchange_filters = [ExchangeFilter.from_dict(item_) for item_ in d["exchangeFilters"]]
            parsed_model_.symbols = [ExchangeSymbol.from_dict(item_) for item_ in d["symbols"]]
            _sors = d.get("sors", UNSET)
            parsed_model_.sors = UNSET if _sors is UNSET else [SorInfo.from_dict(item_) for item_ in _sors]
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {} if len(d) == 5 + (_sors is not UNSET) else _unknown_keys(d, _KNOWN_KEYS)
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
            raise AbsentKeyError(key, "ExchangeInfo")
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
            raise TypeError(f"{key!r} is a typed attribute of ExchangeInfo: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """ExchangeInfo.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    from ..models.exchange_filter import ExchangeFilter  # noqa: PLC0415
    from ..models.exchange_symbol import ExchangeSymbol  # noqa: PLC0415
    from ..models.rate_limit import RateLimit  # noqa: PLC0415
    from ..models.sor_info import SorInfo  # noqa: PLC0415

    d = src_dict
    timezone = d["timezone"]

    server_time = d["serverTime"]

    _rate_limits_from_dict = RateLimit.from_dict
    rate_limits = [_rate_limits_from_dict(rate_limits_item_data) for rate_limits_item_data in d["rateLimits"]]

    _exchange_filters_from_dict = ExchangeFilter.from_dict
    exchange_filters = [
        _exchange_filters_from_dict(exchange_filters_item_data) for exchange_filters_item_data in d["exchangeFilters"]
    ]

    _symbols_from_dict = ExchangeSymbol.from_dict
    symbols = [_symbols_from_dict(symbols_item_data) for symbols_item_data in d["symbols"]]

    _sors = d.get("sors", UNSET)
    sors: list[SorInfo] | Unset = UNSET
    if _sors is not UNSET:
        _sors_from_dict = SorInfo.from_dict
        sors = [_sors_from_dict(sors_item_data) for sors_item_data in _sors]

    parsed_model_ = cls(
        timezone,
        server_time,
        rate_limits,
        exchange_filters,
        symbols,
        sors,
    )

    if len(d) != 5 + ("sors" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
