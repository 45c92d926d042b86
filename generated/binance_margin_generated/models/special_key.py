from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unknown_keys

_new_object = object.__new__
from ..models.special_key_permission_mode import SPECIAL_KEY_PERMISSION_MODE_BY_VALUE, SpecialKeyPermissionMode
from ..models.special_key_type import SPECIAL_KEY_TYPE_BY_VALUE, SpecialKeyType
from ..types import UNSET, AbsentKeyError, Unset

T = TypeVar("T", bound="SpecialKey")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "apiKey",
        "ip",
        "apiName",
        "type",
        "permissionMode",
    ]
)


@_attrs_define
class SpecialKey:
    """A special key for low-latency margin trading.

    Attributes:
        api_key (str): The special API key.
        ip (str): Comma-separated IP addresses allowed to use the key; 0.0.0.0 is just an initial state (no extra
            meaning).
        api_name (str): Name given at creation.
        type_ (SpecialKeyType): Kind of a special API key.
        permission_mode (SpecialKeyPermissionMode | Unset): Permissions of an Ed25519 special key; TRADE = all, READ =
            USER_DATA and FIX_API_READ_ONLY.
    """

    api_key: str
    ip: str
    api_name: str
    type_: SpecialKeyType
    permission_mode: SpecialKeyPermissionMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # Spec drift (binance_margin._drift reads these only when a parse met something the spec does not know): the
    # attributes that can hold an enum value or a nested model, with their JSON keys, and whether keys outside the
    # documented ones are news (the spec does not type them).
    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type_", "type"),
        ("permission_mode", "permissionMode"),
    )
    _EXTRA_IS_DRIFT: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as Binance sends it: Binance's keys, decimals as exponent-free strings."""
        api_key = self.api_key

        ip = self.ip

        api_name = self.api_name

        type_ = self.type_.value

        permission_mode: str | Unset = UNSET
        if not isinstance(self.permission_mode, Unset):
            permission_mode = self.permission_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "ip": ip,
                "apiName": api_name,
                "type": type_,
            }
        )
        if permission_mode is not UNSET:
            field_dict["permissionMode"] = permission_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Binance's JSON object (keys it does not document go to ``additional_properties``)."""
        d = src_dict
        parsed_model_ = _new_object(cls)
        try:
            parsed_model_.api_key = d["apiKey"]
            parsed_model_.ip = d["ip"]
            parsed_model_.api_name = d["apiName"]
            parsed_model_.type_ = SPECIAL_KEY_TYPE_BY_VALUE[d["type"]]
            _permission_mode = d.get("permissionMode", UNSET)
            parsed_model_.permission_mode = (
                UNSET if _permission_mode is UNSET else SPECIAL_KEY_PERMISSION_MODE_BY_VALUE[_permission_mode]
            )
        except (KeyError, TypeError):
            return _from_dict_checked(cls, d)
        parsed_model_.additional_properties = (
            {} if len(d) == 4 + (_permission_mode is not UNSET) else _unknown_keys(d, _KNOWN_KEYS)
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
            raise AbsentKeyError(key, "SpecialKey")
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
            raise TypeError(f"{key!r} is a typed attribute of SpecialKey: set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key in _KNOWN_KEYS:
            return key in self.to_dict()
        return key in self.additional_properties


def _from_dict_checked(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    """SpecialKey.from_dict field by field: converts what the fast path could not, or raises a precise error."""
    d = src_dict
    api_key = d["apiKey"]

    ip = d["ip"]

    api_name = d["apiName"]

    _type_ = d["type"]
    type_ = SPECIAL_KEY_TYPE_BY_VALUE.get(_type_) or SpecialKeyType(_type_)

    _permission_mode = d.get("permissionMode", UNSET)
    permission_mode: SpecialKeyPermissionMode | Unset
    if _permission_mode is UNSET:
        permission_mode = UNSET
    else:
        permission_mode = SPECIAL_KEY_PERMISSION_MODE_BY_VALUE.get(_permission_mode) or SpecialKeyPermissionMode(
            _permission_mode
        )

    parsed_model_ = cls(
        api_key,
        ip,
        api_name,
        type_,
        permission_mode,
    )

    if len(d) != 4 + ("permissionMode" in d):
        parsed_model_.additional_properties = _unknown_keys(d, _KNOWN_KEYS)
    return parsed_model_
