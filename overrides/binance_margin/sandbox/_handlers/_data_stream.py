"""Data streams: risk-stream listen keys (with their 60-minute validity) and user-data listen tokens."""

from __future__ import annotations

from .._errors import ApiError
from .._exchange import CROSS_KEY
from .._state import AccountKey
from .._streams import ListenKeyInfo, ListenToken
from ._common import (
    Ctx,
    Json,
    random_token,
    route,
)

MAX_TOKEN_VALIDITY_MS = 86_400_000


def _validity_ms(ctx: Ctx) -> int:
    return int(ctx.ex.config.streams.listen_key_validity_seconds * 1000)


def _live_key(ctx: Ctx, version: str) -> str | None:
    """The user's listen key of ``version`` if it has not expired."""
    key = ctx.user.listen_keys.get(version)
    if key is None:
        return None
    info = ctx.ex.events.listen_keys.get(key)
    if info is None or ctx.now >= info.expires_ms:
        return None
    return key


def _create_listen_key(ctx: Ctx, version: str) -> Json:
    key = _live_key(ctx, version)
    if key is None:
        key = ctx.user.listen_keys[version] = random_token()
    # Creating again returns the active key and extends it.
    ctx.ex.events.listen_keys[key] = ListenKeyInfo(key, ctx.user.uid, version, ctx.now + _validity_ms(ctx))
    return {"listenKey": key}


def _keepalive_listen_key(ctx: Ctx, version: str) -> Json:
    key = ctx.p.req("listenKey")
    if _live_key(ctx, version) != key:
        raise ApiError.margin(-3038)
    ctx.ex.events.listen_keys[key] = ListenKeyInfo(key, ctx.user.uid, version, ctx.now + _validity_ms(ctx))
    return {}


def _close_listen_key(ctx: Ctx, version: str) -> Json:
    key = ctx.p.text("listenKey")
    current = _live_key(ctx, version)
    if current is None or (key is not None and key != current):
        raise ApiError.margin(-3038)
    del ctx.user.listen_keys[version]
    # The stream closes: its connections find the key gone at the next expiry check.
    ctx.ex.events.listen_keys.pop(current, None)
    return {}


route("POST", "/sapi/v1/margin/listen-key")(lambda ctx: _create_listen_key(ctx, "v1"))
route("PUT", "/sapi/v1/margin/listen-key")(lambda ctx: _keepalive_listen_key(ctx, "v1"))
route("DELETE", "/sapi/v1/margin/listen-key")(lambda ctx: _close_listen_key(ctx, "v1"))
route("POST", "/sapi/v2/margin/listen-key")(lambda ctx: _create_listen_key(ctx, "v2"))
route("PUT", "/sapi/v2/margin/listen-key")(lambda ctx: _keepalive_listen_key(ctx, "v2"))
route("DELETE", "/sapi/v2/margin/listen-key")(lambda ctx: _close_listen_key(ctx, "v2"))


@route("POST", "/sapi/v1/userListenToken")
def listen_token(ctx: Ctx) -> Json:
    """A listen token for the WebSocket API user data stream of the cross account or one isolated pair.

    ``validity`` (ms; default and maximum 24 hours) is honoured to the millisecond: the subscription made with
    the token ends (``eventStreamTerminated``) when it expires.
    """
    iso = ctx.p.boolean("isIsolated", default=False)
    sym = ctx.p.text("symbol")
    account: AccountKey = CROSS_KEY
    if iso:
        acc = ctx.ex.isolated_account(ctx.user, sym, must_be_enabled=False)
        account = acc.key
    validity = ctx.p.integer("validity")
    validity = MAX_TOKEN_VALIDITY_MS if validity is None else validity
    if validity <= 0 or validity > MAX_TOKEN_VALIDITY_MS:
        raise ApiError(-1130, "Data sent for parameter 'validity' is not valid.")
    token = random_token()
    expires = ctx.now + validity
    ctx.ex.events.tokens[token] = ListenToken(token, ctx.user.uid, account, expires)
    return {"token": token, "expirationTime": expires}
