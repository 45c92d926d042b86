"""The oracle of tests/unit/test_config_differential.py: ``ClientConfig`` as it was until issue 19, a pydantic-settings
model (arguments first, then ``BINANCE_*`` environment variables, then defaults). Kept as it was but for its imports
and the methods that read no settings (``signer``, ``credentials_kind``)."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar, Literal

import pydantic
from binance_margin._config import DEFAULT_BASE_URL, DEFAULT_RISK_STREAM_URL, DEFAULT_WS_API_URL
from binance_margin._errors import ConfigurationError
from binance_margin._types import MAX_RECV_WINDOW
from binance_margin.signing import private_key_from_text
from pydantic import Field, SecretBytes, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["ClientConfig"]


class ClientConfig(BaseSettings):
    """Everything a client needs; each field also reads ``BINANCE_<FIELD NAME>`` from the environment.

    Credentials: ``api_key`` with either ``api_secret`` (HMAC) or a private key (RSA or Ed25519, PKCS#8 PEM)
    given as ``private_key`` bytes or ``private_key_path`` (``BINANCE_PRIVATE_KEY_PATH``), with
    ``private_key_password`` if it is encrypted. Secrets are ``SecretStr``/``SecretBytes``: never printed.
    """

    model_config: ClassVar[SettingsConfigDict] = SettingsConfigDict(
        env_prefix="BINANCE_", extra="forbid", frozen=True, hide_input_in_errors=True, env_ignore_empty=True
    )

    api_key: SecretStr | None = None
    """API key, sent as ``X-MBX-APIKEY`` (``BINANCE_API_KEY``)."""
    api_secret: SecretStr | None = None
    """HMAC secret (``BINANCE_API_SECRET``)."""
    private_key: SecretBytes | None = None
    """RSA or Ed25519 private key, PEM or DER bytes (``BINANCE_PRIVATE_KEY``)."""
    private_key_path: Path | None = None
    """File holding the private key (``BINANCE_PRIVATE_KEY_PATH``)."""
    private_key_password: SecretStr | None = None
    """Password of an encrypted private key (``BINANCE_PRIVATE_KEY_PASSWORD``)."""
    base_url: str = DEFAULT_BASE_URL
    """``https://api.binance.com`` or another Binance host, or the local sandbox (``BINANCE_BASE_URL``)."""
    recv_window: int | None = None
    """Default ``recvWindow`` in ms for signed requests, 1..60000; ``None`` leaves Binance's 5000."""
    timeout: float = Field(default=10.0, gt=0)
    """Seconds for each of connect, read, write and pool."""
    max_retries: int = Field(default=2, ge=0, le=10)
    """Retries for requests that change nothing (GET), on connection errors, 5xx and 429."""
    retry_backoff: float = Field(default=0.5, ge=0)
    """First backoff in seconds; doubles each retry, with full jitter."""
    retry_max_wait: float = Field(default=30.0, ge=0)
    """Longest wait before a retry, including a 429's Retry-After (longer Retry-After: raise instead)."""
    proxy: str | None = None
    """Proxy URL (http, https or socks5 with the ``socks`` extra of httpx)."""
    trust_env: bool = True
    """Let httpx read proxy and certificate settings from the environment."""
    time_sync: bool = False
    """Keep an offset to Binance's clock (``GET /api/v3/time``), refreshed every ``time_sync_interval`` seconds."""
    time_sync_interval: float = Field(default=300.0, gt=0)
    """Seconds between two clock synchronisations when ``time_sync`` is on."""
    keep_warm: float | None = Field(default=None, gt=0)
    """Keep one pooled connection open (``BINANCE_KEEP_WARM``): after this many seconds without a request, send
    ``GET /api/v3/ping`` (weight 1), so the next order finds a connection with its TCP and TLS set up. Choose it
    below the server's idle timeout; idle connections are then kept twice this long. ``None`` (default): off.
    Sync clients run a daemon thread, async clients a task on their loop (started by the first call or by
    ``warm_up()``); both stop on close."""

    # -- rate-limit governor (binance_margin._ratelimit; docs/rate-limits.md) ---------------------------------
    rate_limit: bool = True
    """Consult the rate-limit governor before every request (``BINANCE_RATE_LIMIT``)."""
    rate_limit_redis_url: SecretStr | None = None
    """Share the budget through Redis, e.g. ``redis://host:6379/0`` (``BINANCE_RATE_LIMIT_REDIS_URL``; needs the
    ``redis`` extra). ``None``: clients of this process share one in-process budget."""
    rate_limit_share: float = Field(default=1.0, gt=0, le=1)
    """Share of each Binance limit this client (or fleet) may use, e.g. 0.8 leaves 20% to other tools."""
    rate_limit_max_wait: float = Field(default=10.0, ge=0)
    """Longest wait in seconds for room in the budget; past it the request is refused with ``RateLimitedError``."""
    rate_limit_orders: Literal["wait", "refuse"] = "wait"
    """What a state-changing request does when the budget is full: wait like reads, or be refused at once."""
    rate_limit_ip_weight: int = Field(default=12_000, gt=0)
    """/sapi request weight per minute per IP (``X-SAPI-USED-IP-WEIGHT-1M``)."""
    rate_limit_uid_weight: int = Field(default=180_000, gt=0)
    """/sapi request weight per minute per account (``X-SAPI-USED-UID-WEIGHT-1M``)."""
    rate_limit_api_weight: int = Field(default=6_000, gt=0)
    """/api request weight per minute per IP (``X-MBX-USED-WEIGHT-1M``)."""
    rate_limit_orders_10s: int = Field(default=100, gt=0)
    """Orders per 10 seconds per account (``X-MBX-ORDER-COUNT-10S``)."""
    rate_limit_orders_day: int = Field(default=200_000, gt=0)
    """Orders per day per account (``X-MBX-ORDER-COUNT-1D``)."""
    rate_limit_symbol_count: int = Field(default=1, ge=1)
    """Symbols counted for a request Binance charges once per trading symbol (open orders without ``symbol``)."""
    rate_limit_egress: str | None = None
    """Name of this machine's egress IP in the shared budget (default: the host name). Machines behind one NAT
    address should give the same name."""

    # --- streams (issue 10) ---------------------------------------------------------------------------------------
    ws_api_url: str = DEFAULT_WS_API_URL
    """WebSocket API for the user data stream (``BINANCE_WS_API_URL``); the sandbox serves one on its port."""
    risk_stream_url: str = DEFAULT_RISK_STREAM_URL
    """Risk data stream host (``BINANCE_RISK_STREAM_URL``); the client appends ``/ws/<listenKey>``."""
    stream_ping_interval: float = Field(default=20.0, gt=0)
    """Seconds between two pings on a stream connection (WebSocket ping, plus the WebSocket API ``ping``)."""
    stream_stall_timeout: float = Field(default=10.0, gt=0)
    """Seconds to wait for a pong or any answer before a connection counts as stalled and is replaced."""
    stream_reconnect_backoff: float = Field(default=0.5, ge=0)
    """First wait before reconnecting, in seconds; doubles on each failed attempt, with full jitter."""
    stream_reconnect_max_wait: float = Field(default=30.0, ge=0)
    """Longest wait between two reconnection attempts, in seconds."""
    stream_reconnect_attempts: int | None = Field(default=None, ge=1)
    """Failed reconnection attempts in a row before the stream raises ``StreamConnectionError`` (None: never)."""
    risk_keepalive_interval: float = Field(default=1800.0, gt=0)
    """Seconds between two keepalives (PUT) of the risk stream's listenKey (it lapses after 60 minutes)."""

    # --- positions guard (issue 18; docs/positions.md, "Guard") ---------------------------------------------------
    min_margin_level_after: Decimal | None = Field(default=None, gt=0)
    """Refuse, before sending, a ``new_order`` with ``MARGIN_BUY``/``AUTO_BORROW_REPAY`` whose margin level after it
    fills (what-if on a position snapshot) would be below this, with ``MarginLevelGuardError``
    (``BINANCE_MIN_MARGIN_LEVEL_AFTER``; ``None``: off)."""
    margin_snapshot_max_age: float = Field(default=0.0, ge=0)
    """Seconds the guard may reuse a position snapshot (0: a fresh one for every guarded order). Any order or other
    state-changing request sent through the client's trade group drops it."""
    # --- spec drift (issue 20; docs/regenerating.md) ----------------------------------------------------------------
    spec_drift_file: Path | None = None
    """Where the client saves its spec drift record when it closes (``BINANCE_SPEC_DRIFT_FILE``), merged into what
    the file holds (several processes may share one file); ``binance-margin spec-drift --from FILE`` reads it."""
    spec_drift_interval: float = Field(default=1.0, ge=0)
    """Seconds between two walks of answers of one operation (events of one type) that carry something the spec
    does not know (``BINANCE_SPEC_DRIFT_INTERVAL``): counts in the record are of walked answers. 0 walks every one
    (each costs about as much as parsing the answer again)."""

    @field_validator("ws_api_url", "risk_stream_url")
    @classmethod
    def _check_ws_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not value.startswith(("wss://", "ws://")):
            raise ValueError("stream URLs must start with wss:// (or ws:// for a local sandbox)")
        return value

    @field_validator("base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not value.startswith(("https://", "http://")):
            raise ValueError("base_url must start with https:// (or http:// for a local sandbox)")
        return value

    @field_validator("api_key", "api_secret")
    @classmethod
    def _check_key_characters(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            raw = value.get_secret_value()
            if not raw.isprintable() or any(c.isspace() for c in raw):
                # The message never quotes the value (hide_input_in_errors keeps pydantic from doing it either).
                raise ValueError(
                    "contains whitespace or control characters (a trailing newline read from a file?); "
                    "Binance's keys are letters and digits only"
                )
        return value

    @field_validator("recv_window")
    @classmethod
    def _check_recv_window(cls, value: int | None) -> int | None:
        if value is not None and not 0 < value <= MAX_RECV_WINDOW:
            raise ValueError(
                f"recv_window must be between 1 and {MAX_RECV_WINDOW} ms (Binance refuses more), got {value}"
            )
        return value

    @model_validator(mode="before")
    @classmethod
    def _key_given_as_path(cls, data: Any) -> Any:
        """The key itself given where a path is expected (``BINANCE_PRIVATE_KEY_PATH``): take it as the key.

        Before ``Path`` sees it, which would collapse the ``//`` a base64 body may contain.
        """
        if isinstance(data, dict):
            path = data.get("private_key_path")
            if isinstance(path, str) and data.get("private_key") is None and not os.path.exists(path):
                key = private_key_from_text(path)
                if key is not None:
                    data = {k: v for k, v in data.items() if k != "private_key_path"}
                    data["private_key"] = key
        return data

    @model_validator(mode="after")
    def _one_kind_of_credentials(self) -> ClientConfig:
        if self.private_key is not None and self.private_key_path is not None:
            raise ValueError("give private_key or private_key_path, not both")
        if self.api_secret is not None and (self.private_key is not None or self.private_key_path is not None):
            raise ValueError(
                "give either api_secret (HMAC key) or a private key (RSA/Ed25519 key), not both; "
                "check BINANCE_API_SECRET and BINANCE_PRIVATE_KEY_PATH in the environment"
            )
        return self

    @classmethod
    def load(cls, **values: Any) -> ClientConfig:
        """Build a configuration from the given values (``None`` means "not given": use the environment).

        Raises:
            ConfigurationError: a value is invalid; the message names the field, never a secret's value.
        """
        given = {k: v for k, v in values.items() if v is not None}
        try:
            return cls(**given)
        except pydantic.ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'config'}: {_strip_prefix(err['msg'])}"
                for err in exc.errors(include_input=False, include_url=False)
            )
            raise ConfigurationError(f"invalid client configuration: {problems}") from None


def _strip_prefix(msg: str) -> str:
    return msg.removeprefix("Value error, ")
