"""Next-version mode (``SandboxConfig.next_version``, ``--next-version``): Binance after a change the spec lacks.

Binance adds response keys, enum values, stream event types and error codes without notice. In this mode the
sandbox answers as such a next version would, so the SDK's spec drift loop (``client.spec_drift()``,
``binance-margin spec-drift --patch``, ``make generate``; docs/regenerating.md) can be tested end to end:

- ``GET /sapi/v1/margin/account`` (``getCrossAccount``) carries a new top-level key ``NEW_ACCOUNT_FIELD`` (a
  decimal string), a new key ``NEW_ASSET_FIELD`` in every ``userAssets`` row (a decimal string), and the new
  ``accountType`` value ``NEW_ACCOUNT_TYPE``;
- every ``executionReport`` carries a new key ``NEW_EVENT_FIELD`` (a decimal string), and every
  ``outboundAccountPosition`` is followed by an event of the new type ``NEW_EVENT_TYPE`` on the same stream;
- a borrow beyond the maximum borrowable amount is refused with the new code ``NEW_ERROR_CODE`` instead of -3006.

Everything else answers as usual. Answers are checked against the spec (``validate_responses``) before these
changes, which by design break it.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "NEW_ACCOUNT_FIELD",
    "NEW_ACCOUNT_TYPE",
    "NEW_ASSET_FIELD",
    "NEW_ERROR_CODE",
    "NEW_ERROR_MESSAGE",
    "NEW_EVENT_FIELD",
    "NEW_EVENT_TYPE",
    "next_version_answer",
    "next_version_events",
]

NEW_ACCOUNT_FIELD = "marginCallBuffer"
"""New top-level key of the cross margin account (how far the margin level is above the margin call, a decimal)."""
NEW_ASSET_FIELD = "borrowLimit"
"""New key of each ``userAssets`` row of the cross margin account (a decimal)."""
NEW_ACCOUNT_TYPE = "MARGIN_3"
"""New value of the cross margin account's ``accountType``."""
NEW_EVENT_FIELD = "ap"
"""New key of ``executionReport`` events (the average fill price, a decimal)."""
NEW_EVENT_TYPE = "marginRiskUpdate"
"""New user data stream event type, sent after each ``outboundAccountPosition``."""
NEW_ERROR_CODE = -3067
"""New error code, answered instead of -3006 to a borrow beyond the maximum borrowable amount."""
NEW_ERROR_MESSAGE = "Your borrow amount has exceeded the borrow quota of your VIP level."
"""Its message."""


def next_version_answer(operation_id: str | None, status: int, payload: Any) -> Any:
    """The answer a next version of Binance would give instead of ``payload`` (a new object; never in place)."""
    if status == 200 and operation_id == "getCrossAccount" and isinstance(payload, dict):
        out = dict(payload)
        out[NEW_ACCOUNT_FIELD] = "0.25000000"
        out["accountType"] = NEW_ACCOUNT_TYPE
        rows = out.get("userAssets")
        if isinstance(rows, list):
            out["userAssets"] = [
                {**row, NEW_ASSET_FIELD: "100.00000000"} if isinstance(row, dict) else row for row in rows
            ]
        return out
    if status >= 400 and isinstance(payload, dict) and payload.get("code") == -3006:
        return {"code": NEW_ERROR_CODE, "msg": NEW_ERROR_MESSAGE}
    return payload


def next_version_events(event: dict[str, Any]) -> list[dict[str, Any]]:
    """The events a next version of Binance would send for ``event`` (itself, changed, and any new one after it)."""
    etype = event.get("e")
    if etype == "executionReport":
        return [{**event, NEW_EVENT_FIELD: "0.00000000"}]
    if etype == "outboundAccountPosition":
        extra = {"e": NEW_EVENT_TYPE, "E": event.get("E"), "u": event.get("u"), "l": "999.00000000", "s": "NORMAL"}
        return [event, extra]
    return [event]
