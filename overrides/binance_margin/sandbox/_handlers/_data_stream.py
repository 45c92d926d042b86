"""Data streams: listen keys and listen tokens."""

from __future__ import annotations

from .._errors import ApiError
from ._common import (
    Ctx,
    Json,
    random_token,
    route,
)


def _create_listen_key(ctx: Ctx, version: str) -> Json:
    keys = ctx.user.listen_keys
    if version not in keys:
        keys[version] = random_token()
    return {"listenKey": keys[version]}


def _keepalive_listen_key(ctx: Ctx, version: str) -> Json:
    key = ctx.p.req("listenKey")
    if ctx.user.listen_keys.get(version) != key:
        raise ApiError.margin(-3038)
    return {}


def _close_listen_key(ctx: Ctx, version: str) -> Json:
    key = ctx.p.text("listenKey")
    current = ctx.user.listen_keys.get(version)
    if current is None or (key is not None and key != current):
        raise ApiError.margin(-3038)
    del ctx.user.listen_keys[version]
    return {}


route("POST", "/sapi/v1/margin/listen-key")(lambda ctx: _create_listen_key(ctx, "v1"))
route("PUT", "/sapi/v1/margin/listen-key")(lambda ctx: _keepalive_listen_key(ctx, "v1"))
route("DELETE", "/sapi/v1/margin/listen-key")(lambda ctx: _close_listen_key(ctx, "v1"))
route("POST", "/sapi/v2/margin/listen-key")(lambda ctx: _create_listen_key(ctx, "v2"))
route("PUT", "/sapi/v2/margin/listen-key")(lambda ctx: _keepalive_listen_key(ctx, "v2"))
route("DELETE", "/sapi/v2/margin/listen-key")(lambda ctx: _close_listen_key(ctx, "v2"))


@route("POST", "/sapi/v1/userListenToken")
def listen_token(ctx: Ctx) -> Json:
    """A listen token for the WebSocket API user data stream."""
    iso = ctx.p.boolean("isIsolated", default=False)
    sym = ctx.p.text("symbol")
    if iso:
        ctx.ex.isolated_account(ctx.user, sym, must_be_enabled=False)
    validity = ctx.p.integer("validity")
    validity = 86_400_000 if validity is None else validity
    if validity <= 0 or validity > 86_400_000:
        raise ApiError(-1130, "Data sent for parameter 'validity' is not valid.")
    return {"token": random_token(), "expirationTime": ctx.now + validity}
