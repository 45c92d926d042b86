from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.special_key_permission_mode import SpecialKeyPermissionMode
from ..models.special_key_type import SpecialKeyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpecialKeySummary")


@_attrs_define
class SpecialKeySummary:
    """An entry of the special key list (GET /sapi/v1/margin/api-key-list). Same fields as SpecialKey; kept as its own
    schema because the generator would otherwise fold it into SpecialKey and drop the SpecialKeySummary class.

        Attributes:
            api_name (str): Name given at creation.
            api_key (str): The special API key.
            ip (str): Comma-separated IP addresses allowed to use the key.
            type_ (SpecialKeyType): Kind of a special API key.
            permission_mode (SpecialKeyPermissionMode | Unset): Permissions of an Ed25519 special key; TRADE = all, READ =
                USER_DATA and FIX_API_READ_ONLY.
    """

    api_name: str
    api_key: str
    ip: str
    type_: SpecialKeyType
    permission_mode: SpecialKeyPermissionMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_name = self.api_name

        api_key = self.api_key

        ip = self.ip

        type_ = self.type_.value

        permission_mode: str | Unset = UNSET
        if not isinstance(self.permission_mode, Unset):
            permission_mode = self.permission_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiName": api_name,
                "apiKey": api_key,
                "ip": ip,
                "type": type_,
            }
        )
        if permission_mode is not UNSET:
            field_dict["permissionMode"] = permission_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_name = d.pop("apiName")

        api_key = d.pop("apiKey")

        ip = d.pop("ip")

        type_ = SpecialKeyType(d.pop("type"))

        _permission_mode = d.pop("permissionMode", UNSET)
        permission_mode: SpecialKeyPermissionMode | Unset
        if isinstance(_permission_mode, Unset):
            permission_mode = UNSET
        else:
            permission_mode = SpecialKeyPermissionMode(_permission_mode)

        parsed_model_ = cls(
            api_name=api_name,
            api_key=api_key,
            ip=ip,
            type_=type_,
            permission_mode=permission_mode,
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
