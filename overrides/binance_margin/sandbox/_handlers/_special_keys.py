"""Special keys: the margin special API keys and their IP lists."""

from __future__ import annotations

import secrets
from typing import Any

from .._errors import ApiError
from .._state import SpecialKey
from ._common import (
    Ctx,
    Json,
    route,
)


def _special_slot(ctx: Ctx) -> str | None:
    sym = ctx.p.text("symbol")
    if sym:
        ctx.ex.isolated_pair(sym)
    return sym


def _special_key(ctx: Ctx) -> SpecialKey:
    slot = _special_slot(ctx)
    key = ctx.user.special_keys.get(ctx.p.req("apiKey"))
    if key is None or key.symbol != slot:
        raise ApiError(-2008, "Invalid Api-Key ID.")
    return key


def _ip_list(ctx: Ctx, *, required: bool = False) -> str:
    ips = ctx.p.csv("ip", required=required)
    if len(ips) > 30:
        raise ApiError(-3026, "At most 30 IPs can be bound to a key.")
    return ",".join(ips)


def _key_json(k: SpecialKey) -> dict[str, Any]:
    return {"apiName": k.api_name, "apiKey": k.api_key, "ip": k.ip, "type": k.type, "permissionMode": k.permission_mode}


@route("POST", "/sapi/v1/margin/apiKey")
def create_special_key(ctx: Ctx) -> Json:
    """Create a special key for the cross account (or for an isolated pair)."""
    slot = _special_slot(ctx)
    if sum(1 for k in ctx.user.special_keys.values() if k.symbol == slot) >= 20:
        raise ApiError(-3026, "Too many special keys for this account.")
    public_key = ctx.p.text("publicKey")
    key_type = "HMAC_SHA256"
    if public_key:
        key_type = "Ed25519" if len(public_key.replace("-", "").strip()) < 200 else "RSA"
    key = SpecialKey(
        api_name=ctx.p.req("apiName"),
        api_key=secrets.token_hex(32),
        secret_key="" if public_key else secrets.token_hex(32),
        symbol=slot,
        ip=_ip_list(ctx),
        type=key_type,
        permission_mode=ctx.p.enum("permissionMode", ("TRADE", "READ"), default="TRADE") or "TRADE",
    )
    ctx.user.special_keys[key.api_key] = key
    return {"apiKey": key.api_key, "secretKey": key.secret_key or None, "type": key.type}


@route("GET", "/sapi/v1/margin/apiKey")
def get_special_key(ctx: Ctx) -> Json:
    """One special key."""
    k = _special_key(ctx)
    return {"apiKey": k.api_key, "ip": k.ip, "apiName": k.api_name, "type": k.type, "permissionMode": k.permission_mode}


@route("DELETE", "/sapi/v1/margin/apiKey")
def delete_special_key(ctx: Ctx) -> Json:
    """Delete a special key (by apiKey, or every key of the account called apiName)."""
    slot = _special_slot(ctx)
    keys = ctx.user.special_keys
    if ctx.p.text("apiKey"):
        k = _special_key(ctx)
        del keys[k.api_key]
        return {}
    name = ctx.p.text("apiName")
    if name is None:
        raise ApiError.either("apiKey", "apiName")
    doomed = [a for a, k in keys.items() if k.symbol == slot and k.api_name == name]
    if not doomed:
        raise ApiError(-2008, "Invalid Api-Key ID.")
    for a in doomed:
        del keys[a]
    return {}


@route("PUT", "/sapi/v1/margin/apiKey/ip")
def edit_special_key_ip(ctx: Ctx) -> Json:
    """Replace the IP list of a special key."""
    k = _special_key(ctx)
    k.ip = _ip_list(ctx, required=True)
    return {}


@route("GET", "/sapi/v1/margin/api-key-list")
def list_special_keys(ctx: Ctx) -> Json:
    """Special keys of the cross account or of an isolated pair."""
    slot = _special_slot(ctx)
    return [_key_json(k) for k in ctx.user.special_keys.values() if k.symbol == slot]


@route("POST", "/sapi/v1/margin/exit-special-key-mode")
def exit_special_key_mode(ctx: Ctx) -> Json:
    """Delete every special key of the user."""
    ctx.user.special_keys.clear()
    return {}
