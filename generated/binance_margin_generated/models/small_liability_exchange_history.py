from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.small_liability_exchange_record import SmallLiabilityExchangeRecord


T = TypeVar("T", bound="SmallLiabilityExchangeHistory")

# The JSON keys this model reads; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "total",
        "rows",
    ]
)


@_attrs_define
class SmallLiabilityExchangeHistory:
    """A page of small liability exchanges.

    Attributes:
        total (int): Number of records matching the query (all pages).
        rows (list[SmallLiabilityExchangeRecord]):
    """

    total: int
    rows: list[SmallLiabilityExchangeRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.small_liability_exchange_record import SmallLiabilityExchangeRecord  # noqa: PLC0415

        d = src_dict
        total = d["total"]

        rows = [SmallLiabilityExchangeRecord.from_dict(rows_item_data) for rows_item_data in d["rows"]]

        parsed_model_ = cls(
            total,
            rows,
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
