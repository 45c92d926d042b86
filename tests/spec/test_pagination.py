"""Every history operation says how it pages (``x-pagination``), and what it says agrees with its descriptions.

The windows, page sizes and horizons are read back out of the operation's own prose (the parameter descriptions
copied from Binance's docs), so the table cannot drift from what the spec tells a reader.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from ._spec import operations, resolve

DAY = 86_400_000
CURSORS = {"time-then-id", "time-and-id", "time-and-page", "time"}
# phrases of Binance's docs -> the largest endTime - startTime they allow
WINDOW_PHRASES = [
    (r"less than 24 hours", DAY - 1),
    (r"at most 24 hours", DAY),
    (r"(?:span )?at most 7 days|without it 7 days", 7 * DAY),
    (r"at most 30 days|interval between `startTime` and `endTime` is at most 30 days", 30 * DAY),
    (r"at most 1 month", 30 * DAY),
    (r"range is at most 90 days", 90 * DAY),
]
HORIZON_PHRASES = [
    (r"(?:only )?the (?:past|last) 90 days|clamped to 90 days ago", 90 * DAY),
    (r"last 6 months", 180 * DAY),
]


def _texts(op: dict[str, Any], *names: str) -> str:
    params = {p["name"]: p for p in op.get("parameters", [])}
    return " ".join([op.get("description", "")] + [params[n].get("description", "") for n in names if n in params])


def _paged() -> list[tuple[str, str, dict[str, Any]]]:
    out = []
    for method, path, op in operations():
        names = {p["name"] for p in op.get("parameters", [])}
        if {"startTime", "current"} & names:
            out.append((method, path, op))
    return out


def test_every_operation_with_start_time_or_current_declares_its_paging() -> None:
    missing = [op["operationId"] for _, _, op in _paged() if "x-pagination" not in op]
    assert not missing
    assert len(_paged()) >= 12


@pytest.mark.parametrize(
    ("method", "path", "op"), _paged(), ids=lambda v: v.get("operationId") if isinstance(v, dict) else ""
)
def test_paging_agrees_with_the_descriptions(method: str, path: str, op: dict[str, Any]) -> None:
    pg = op["x-pagination"]
    params = {p["name"]: p for p in op.get("parameters", [])}
    assert pg["cursor"] in CURSORS
    assert pg["order"] in ("ascending", "descending")
    # the page: the page parameter's maximum (or the documented default when Binance states no maximum)
    if pg["page-param"] is None:
        assert pg["page-size"] is None and "size" not in params and "limit" not in params
    else:
        page = params[pg["page-param"]]
        maximum = page["schema"].get("maximum")
        if maximum is None:
            maximum = int(re.search(r"[Dd]efault (\d+)", page["description"] + op["description"]).group(1))
        assert pg["page-size"] == maximum
    # the window: the phrase in the description of the operation or of endTime
    text = _texts(op, "endTime", "startTime", "asset")
    windows = {ms for phrase, ms in WINDOW_PHRASES if re.search(phrase, text)}
    if pg["window"] is None:
        assert not windows, f"the descriptions limit the window ({windows}) but x-pagination says none"
    else:
        assert pg["window"] in windows, (pg["window"], windows)
    for wire, ms in (pg.get("window-with") or {}).items():
        assert wire in params and f"{ms // DAY} days" in params[wire]["description"] + op["description"]
    # the horizon
    horizons = {ms for phrase, ms in HORIZON_PHRASES if re.search(phrase, _texts(op, "startTime"))}
    assert ({pg["horizon"]} if pg["horizon"] is not None else set()) == horizons
    # the order: descriptions that say it must agree
    if re.search(r"descending|[Nn]ewest first", op["description"]):
        assert pg["order"] == "descending"
    # cursors name real parameters, rows/id/time name real fields
    if pg["cursor"] in ("time-then-id", "time-and-id"):
        assert pg["id-param"] in params
    if pg["cursor"] == "time-and-page":
        assert "current" in params and pg["total"] is not None
    body = resolve(op["responses"]["200"]["content"]["application/json"]["schema"])
    if pg["rows"] is None:
        assert body["type"] == "array"
        row = resolve(body["items"])
    else:
        row = resolve(body["properties"][pg["rows"]]["items"])
        assert pg["total"] in body["properties"]
    for key in ("id", "time"):
        assert pg[key] is None or pg[key] in row["properties"], (key, pg[key])
    assert pg["time"] is not None
