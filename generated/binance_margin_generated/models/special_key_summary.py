from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpecialKeySummary")


@_attrs_define
class SpecialKeySummary:
    """
    Attributes:
        api_name (str | Unset):
        api_key (str | Unset):
        ip (str | Unset):
        type_ (str | Unset):
        permission_mode (str | Unset):
    """

    api_name: str | Unset = UNSET
    api_key: str | Unset = UNSET
    ip: str | Unset = UNSET
    type_: str | Unset = UNSET
    permission_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_name = self.api_name

        api_key = self.api_key

        ip = self.ip

        type_ = self.type_

        permission_mode = self.permission_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_name is not UNSET:
            field_dict["apiName"] = api_name
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if ip is not UNSET:
            field_dict["ip"] = ip
        if type_ is not UNSET:
            field_dict["type"] = type_
        if permission_mode is not UNSET:
            field_dict["permissionMode"] = permission_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_name = d.pop("apiName", UNSET)

        api_key = d.pop("apiKey", UNSET)

        ip = d.pop("ip", UNSET)

        type_ = d.pop("type", UNSET)

        permission_mode = d.pop("permissionMode", UNSET)

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
