from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _unknown_keys

_new_object = object.__new__
from ..models.rate_limit_interval import RATE_LIMIT_INTERVAL_BY_VALUE, RateLimitInterval
from ..models.rate_limit_type import RATE_LIMIT_TYPE_BY_VALUE, RateLimitType
from ..types import AbsentKeyError

T = TypeVar("T", bound="OrderCountUsage")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "rateLimitType",
        "interval",
        "intervalNum",
        "limit",
        "count",
    ]
)


@_attrs_define
class OrderCountUsage:
    """Current order count of one rate-limit interval.

    Attributes:
        rate_limit_type (RateLimitType): What a rate limit counts (request weight, orders, or raw requests).
        interval (RateLimitInterval): Time unit of a rate limit.
        interval_num (int): Number of intervals in the window (10 x SECOND...).
        limit (int): Maximum number of orders in the window.
        count (int): Orders counted in the current window.
    """

    rate_limit_type: RateLimitType
    interval: RateLimitInterval
    interval_num: int
    limit: int
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("rate_limit_type", "rateLimitType"),
        ("interval", "interval"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        rate_limit_type = self.rate_limit_type.value

        interval = self.interval.value

        interval_num = self.interval_num

        limit = self.limit

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rateLimitType": rate_limit_type,
                "interval": interval,
                "intervalNum": interval_num,
                "limit": limit,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.rate_limit_type = RATE_LIMIT_TYPE_BY_VALUE[d["rateLimitType"]]
            parsed_model_.interval = RATE_LIMIT_INTERVAL_BY_VALUE[d["interval"]]
            parsed_model_.interval_num = d["intervalNum"]
            parsed_model_.limit = d["limit"]
            parsed_model_.count = d["count"]
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = {} if len(d) == 5 else _unknown_keys(d, _KNOWN_KEYS)
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
            raise AbsentKeyError(key, "OrderCountUsage")
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
            raise TypeError(f"{key!r} is a typed attribute of OrderCountUsage: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """OrderCountUsage.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    _rate_limit_type = d["rateLimitType"]
    rate_limit_type = RATE_LIMIT_TYPE_BY_VALUE.get(_rate_limit_type) or RateLimitType(_rate_limit_type)

    _interval = d["interval"]
    interval = RATE_LIMIT_INTERVAL_BY_VALUE.get(_interval) or RateLimitInterval(_interval)

    interval_num = d["intervalNum"]

    limit = d["limit"]

    count = d["count"]

    parsed_model_ = cls(
        rate_limit_type,
        interval,
        interval_num,
        limit,
        count,
    )

    if len(d) != 5:
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
