"""Client configuration: arguments first, then ``BINANCE_*`` environment variables, then defaults.

A frozen dataclass rather than a pydantic-settings model: a client is built on the start-up path and importing
pydantic and pydantic-settings took ~250 ms there (issue 19). It reads arguments and the environment the way
pydantic-settings did (lax numbers and booleans from text, case-insensitive variable names, empty variables ignored);
``tests/unit/test_config_differential.py`` runs it side by side with the former pydantic-settings model on generated
values and lists where it is stricter on purpose (booleans or bytes where a number is expected, a float for a
``Decimal``, an infinite float).
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
import typing
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, ClassVar, Literal

from ._errors import ConfigurationError
from ._secrets import SecretBytes, SecretStr
from ._signing import HmacSigner, Signer, load_private_key_signer, looks_like_key_material, private_key_from_text
from ._types import MAX_RECV_WINDOW

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_RISK_STREAM_URL",
    "DEFAULT_WS_API_URL",
    "MAX_RECV_WINDOW",
    "ClientConfig",
    "SecretBytes",
    "SecretStr",
]

DEFAULT_BASE_URL = "https://api.binance.com"
DEFAULT_WS_API_URL = "wss://ws-api.binance.com:443/ws-api/v3"
DEFAULT_RISK_STREAM_URL = "wss://margin-stream.binance.com"
ENV_PREFIX = "BINANCE_"


class _Unset:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<not given>"


_UNSET: Any = _Unset()


def _setting(default: object, *, gt: float | None = None, ge: float | None = None, le: float | None = None) -> Any:
    """A field: when not given as an argument, read from ``BINANCE_<NAME>``, else ``default``; bounds checked."""
    return dataclasses.field(default=_UNSET, metadata={"default": default, "gt": gt, "ge": ge, "le": le})


@dataclasses.dataclass(frozen=True, init=False, slots=True)
class ClientConfig:
    """Everything a client needs; each field also reads ``BINANCE_<FIELD NAME>`` from the environment.

    Credentials: ``api_key`` with either ``api_secret`` (HMAC) or a private key (RSA or Ed25519, PKCS#8 PEM)
    given as ``private_key`` bytes or ``private_key_path`` (``BINANCE_PRIVATE_KEY_PATH``), with
    ``private_key_password`` if it is encrypted. Secrets are ``SecretStr``/``SecretBytes``: never printed.

    An argument wins over the environment (``None`` given for an optional field means ``None``; ``load()`` takes
    ``None`` as "not given"); environment variable names are case-insensitive and an empty one counts as unset.
    Text is accepted for numbers and booleans (``"1.5"``, ``"true"``/``"1"``/``"yes"``/``"on"``). An invalid value
    raises ``ConfigurationError`` naming every field at fault, never quoting a value.

    Raises:
        ConfigurationError: a value is invalid or the credentials contradict each other.
    """

    api_key: SecretStr | None = _setting(None)
    """API key, sent as ``X-MBX-APIKEY`` (``BINANCE_API_KEY``)."""
    api_secret: SecretStr | None = _setting(None)
    """HMAC secret (``BINANCE_API_SECRET``)."""
    private_key: SecretBytes | None = _setting(None)
    """RSA or Ed25519 private key, PEM or DER bytes (``BINANCE_PRIVATE_KEY``)."""
    private_key_path: Path | None = _setting(None)
    """File holding the private key (``BINANCE_PRIVATE_KEY_PATH``)."""
    private_key_password: SecretStr | None = _setting(None)
    """Password of an encrypted private key (``BINANCE_PRIVATE_KEY_PASSWORD``)."""
    base_url: str = _setting(DEFAULT_BASE_URL)
    """``https://api.binance.com`` or another Binance host, or the local sandbox (``BINANCE_BASE_URL``)."""
    recv_window: int | None = _setting(None)
    """Default ``recvWindow`` in ms for signed requests, 1..60000; ``None`` leaves Binance's 5000."""
    timeout: float = _setting(10.0, gt=0)
    """Seconds for each of connect, read, write and pool."""
    max_retries: int = _setting(2, ge=0, le=10)
    """Retries for requests that change nothing (GET), on connection errors, 5xx and 429."""
    retry_backoff: float = _setting(0.5, ge=0)
    """First backoff in seconds; doubles each retry, with full jitter."""
    retry_max_wait: float = _setting(30.0, ge=0)
    """Longest wait before a retry, including a 429's Retry-After (longer Retry-After: raise instead)."""
    proxy: str | None = _setting(None)
    """Proxy URL (http, https or socks5 with the ``socks`` extra of httpx)."""
    trust_env: bool = _setting(True)
    """Let httpx read proxy and certificate settings from the environment."""
    time_sync: bool = _setting(False)
    """Keep an offset to Binance's clock (``GET /api/v3/time``), refreshed every ``time_sync_interval`` seconds."""
    time_sync_interval: float = _setting(300.0, gt=0)
    """Seconds between two clock synchronisations when ``time_sync`` is on."""
    keep_warm: float | None = _setting(None, gt=0)
    """Keep one pooled connection open (``BINANCE_KEEP_WARM``): after this many seconds without a request, send
    ``GET /api/v3/ping`` (weight 1), so the next order finds a connection with its TCP and TLS set up. Choose it
    below the server's idle timeout; idle connections are then kept twice this long. ``None`` (default): off.
    Sync clients run a daemon thread, async clients a task on their loop (started by the first call or by
    ``warm_up()``); both stop on close."""

    # -- rate-limit governor (binance_margin._ratelimit; docs/rate-limits.md) ---------------------------------
    rate_limit: bool = _setting(True)
    """Consult the rate-limit governor before every request (``BINANCE_RATE_LIMIT``)."""
    rate_limit_redis_url: SecretStr | None = _setting(None)
    """Share the budget through Redis, e.g. ``redis://host:6379/0`` (``BINANCE_RATE_LIMIT_REDIS_URL``; needs the
    ``redis`` extra). ``None``: clients of this process share one in-process budget."""
    rate_limit_share: float = _setting(1.0, gt=0, le=1)
    """Share of each Binance limit this client (or fleet) may use, e.g. 0.8 leaves 20% to other tools."""
    rate_limit_max_wait: float = _setting(10.0, ge=0)
    """Longest wait in seconds for room in the budget; past it the request is refused with ``RateLimitedError``."""
    rate_limit_orders: Literal["wait", "refuse"] = _setting("wait")
    """What a state-changing request does when the budget is full: wait like reads, or be refused at once."""
    rate_limit_ip_weight: int = _setting(12_000, gt=0)
    """/sapi request weight per minute per IP (``X-SAPI-USED-IP-WEIGHT-1M``)."""
    rate_limit_uid_weight: int = _setting(180_000, gt=0)
    """/sapi request weight per minute per account (``X-SAPI-USED-UID-WEIGHT-1M``)."""
    rate_limit_api_weight: int = _setting(6_000, gt=0)
    """/api request weight per minute per IP (``X-MBX-USED-WEIGHT-1M``)."""
    rate_limit_orders_10s: int = _setting(100, gt=0)
    """Orders per 10 seconds per account (``X-MBX-ORDER-COUNT-10S``)."""
    rate_limit_orders_day: int = _setting(200_000, gt=0)
    """Orders per day per account (``X-MBX-ORDER-COUNT-1D``)."""
    rate_limit_symbol_count: int = _setting(1, ge=1)
    """Symbols counted for a request Binance charges once per trading symbol (open orders without ``symbol``)."""
    rate_limit_egress: str | None = _setting(None)
    """Name of this machine's egress IP in the shared budget (default: the host name). Machines behind one NAT
    address should give the same name."""

    # --- streams (issue 10) ---------------------------------------------------------------------------------------
    ws_api_url: str = _setting(DEFAULT_WS_API_URL)
    """WebSocket API for the user data stream (``BINANCE_WS_API_URL``); the sandbox serves one on its port."""
    risk_stream_url: str = _setting(DEFAULT_RISK_STREAM_URL)
    """Risk data stream host (``BINANCE_RISK_STREAM_URL``); the client appends ``/ws/<listenKey>``."""
    stream_ping_interval: float = _setting(20.0, gt=0)
    """Seconds between two pings on a stream connection (WebSocket ping, plus the WebSocket API ``ping``)."""
    stream_stall_timeout: float = _setting(10.0, gt=0)
    """Seconds to wait for a pong or any answer before a connection counts as stalled and is replaced."""
    stream_reconnect_backoff: float = _setting(0.5, ge=0)
    """First wait before reconnecting, in seconds; doubles on each failed attempt, with full jitter."""
    stream_reconnect_max_wait: float = _setting(30.0, ge=0)
    """Longest wait between two reconnection attempts, in seconds."""
    stream_reconnect_attempts: int | None = _setting(None, ge=1)
    """Failed reconnection attempts in a row before the stream raises ``StreamConnectionError`` (None: never)."""
    risk_keepalive_interval: float = _setting(1800.0, gt=0)
    """Seconds between two keepalives (PUT) of the risk stream's listenKey (it lapses after 60 minutes)."""

    # --- positions guard (issue 18; docs/positions.md, "Guard") ---------------------------------------------------
    min_margin_level_after: Decimal | None = _setting(None, gt=0)
    """Refuse, before sending, a ``new_order`` with ``MARGIN_BUY``/``AUTO_BORROW_REPAY`` whose margin level after it
    fills (what-if on a position snapshot) would be below this, with ``MarginLevelGuardError``
    (``BINANCE_MIN_MARGIN_LEVEL_AFTER``; ``None``: off)."""
    margin_snapshot_max_age: float = _setting(0.0, ge=0)
    """Seconds the guard may reuse a position snapshot (0: a fresh one for every guarded order). Any order or other
    state-changing request sent through the client's trade group drops it."""
    # --- spec drift (issue 20; docs/regenerating.md) ----------------------------------------------------------------
    spec_drift_file: Path | None = _setting(None)
    """Where the client saves its spec drift record when it closes (``BINANCE_SPEC_DRIFT_FILE``), merged into what
    the file holds (several processes may share one file); ``binance-margin spec-drift --from FILE`` reads it."""
    spec_drift_interval: float = _setting(1.0, ge=0)
    """Seconds between two walks of answers of one operation (events of one type) that carry something the spec
    does not know (``BINANCE_SPEC_DRIFT_INTERVAL``): counts in the record are of walked answers. 0 walks every one
    (each costs about as much as parsing the answer again)."""

    _KINDS: ClassVar[dict[str, tuple[str, bool, tuple[str, ...]]]] = {}

    def __init__(self, **values: Any) -> None:
        """Validate ``values`` (keyword arguments named like the fields) and read the rest from the environment.

        Raises:
            ConfigurationError: a value is invalid, a name unknown, or the credentials contradict each other.
        """
        kinds = _field_kinds()
        _refuse_unknown(values)
        environment: dict[str, str] | None = None
        raw: dict[str, Any] = {}
        for field in dataclasses.fields(self):
            value = values.get(field.name, _UNSET)
            if value is _UNSET:
                if environment is None:
                    environment = _environment()
                value = environment.get(field.name, field.metadata["default"])
            raw[field.name] = value
        _key_given_as_path(raw)
        problems: list[str] = []
        at_fault: list[str] = []
        for field in dataclasses.fields(self):
            name = field.name
            try:
                value = _convert(name, raw[name], kinds[name], field.metadata)
            except ValueError as exc:
                problems.append(f"{name}: {exc}")
                at_fault.append(name)
                continue
            object.__setattr__(self, name, value)
        if not problems:
            problems += _credential_conflicts(self)
        if problems:
            error = ConfigurationError(f"invalid client configuration: {'; '.join(problems)}")
            error.fields = tuple(at_fault)
            raise error

    @classmethod
    def load(cls, **values: Any) -> ClientConfig:
        """Build a configuration from the given values (``None`` means "not given": use the environment).

        Raises:
            ConfigurationError: a value is invalid or a name unknown; the message names the field, never a secret's
                value.
        """
        _refuse_unknown(values)
        return cls(**{k: v for k, v in values.items() if v is not None})

    def replace(self, **changes: Any) -> ClientConfig:
        """A copy with ``changes`` applied and validated again (the environment is not read again).

        Raises:
            ConfigurationError: a changed value is invalid or a name unknown.
        """
        _refuse_unknown(changes)
        return dataclasses.replace(self, **changes)

    def model_copy(self, *, update: dict[str, Any] | None = None) -> ClientConfig:
        """``replace(**update)`` under the name it had when ``ClientConfig`` was a pydantic model."""
        return self.replace(**(update or {}))

    def signer(self) -> Signer | None:
        """The signer these credentials give (``None`` without a secret or private key).

        Raises:
            ConfigurationError: the key file cannot be read or is not an RSA/Ed25519 private key.
        """
        password = self.private_key_password.get_secret_value().encode("utf-8") if self.private_key_password else None
        if self.private_key is not None:
            return load_private_key_signer(self.private_key.get_secret_value(), password)
        if self.private_key_path is not None:
            text = str(self.private_key_path)
            reason: str | None = None
            try:
                pem = self.private_key_path.expanduser().read_bytes()
            except OSError as exc:
                reason = exc.strerror or type(exc).__name__
            if reason is None:
                return load_private_key_signer(pem, password)
            # Raised outside the except block: the OSError, which quotes the "path", is not even the context.
            key = private_key_from_text(text)
            if key is not None:  # the key itself, given where a path was expected (BINANCE_PRIVATE_KEY_PATH)
                return load_private_key_signer(key, password)
            shown = f"({len(text)} characters, not shown)" if looks_like_key_material(text) else text
            raise ConfigurationError(f"cannot read the private key file {shown}: {reason}")
        if self.api_secret is not None:
            return HmacSigner(self.api_secret)
        return None

    @property
    def credentials_kind(self) -> str:
        """``"hmac"``, ``"private-key"`` or ``"none"`` (for reprs and logs)."""
        if self.private_key is not None or self.private_key_path is not None:
            return "private-key"
        if self.api_secret is not None:
            return "hmac"
        return "none"


# --- reading values --------------------------------------------------------------------------------------------------

_KIND_NAMES = {
    SecretStr: "secret-str",
    SecretBytes: "secret-bytes",
    Path: "path",
    str: "str",
    int: "int",
    float: "float",
    bool: "bool",
    Decimal: "decimal",
}


def _field_kinds() -> dict[str, tuple[str, bool, tuple[str, ...]]]:
    """Per field: its kind, whether ``None`` is allowed, and a ``Literal``'s choices (from the annotations)."""
    kinds = ClientConfig._KINDS
    if not kinds:
        hints = typing.get_type_hints(ClientConfig)
        for field in dataclasses.fields(ClientConfig):
            hint = hints[field.name]
            args = [a for a in typing.get_args(hint) if a is not type(None)]
            optional = typing.get_origin(hint) is not Literal and len(args) < len(typing.get_args(hint))
            if typing.get_origin(hint) is Literal:
                kinds[field.name] = ("literal", False, tuple(args))
            else:
                kinds[field.name] = (_KIND_NAMES[args[0] if optional else hint], optional, ())
    return kinds


def _refuse_unknown(values: dict[str, Any]) -> None:
    unknown = sorted(set(values) - set(_field_kinds()))
    if unknown:
        error = ConfigurationError(f"invalid client configuration: unknown setting(s) {', '.join(unknown)}")
        error.fields = tuple(unknown)
        raise error


def _environment() -> dict[str, str]:
    """``BINANCE_*`` variables by lower-cased field name; empty ones left out (like pydantic-settings did)."""
    size = len(ENV_PREFIX)
    found: dict[str, str] = {}
    for key, value in os.environ.items():
        if len(key) > size and key[:size].upper() == ENV_PREFIX and value != "":
            found[key[size:].lower()] = value
    return found


def _key_given_as_path(raw: dict[str, Any]) -> None:
    """The key itself given where a path is expected (``BINANCE_PRIVATE_KEY_PATH``): take it as the key.

    Before ``Path`` sees it, which would collapse the ``//`` a base64 body may contain.
    """
    path = raw.get("private_key_path")
    if isinstance(path, str) and raw.get("private_key") is None and not os.path.exists(path):
        key = private_key_from_text(path)
        if key is not None:
            raw["private_key_path"] = None
            raw["private_key"] = key


def _credential_conflicts(config: ClientConfig) -> list[str]:
    if config.private_key is not None and config.private_key_path is not None:
        return ["give private_key or private_key_path, not both"]
    if config.api_secret is not None and (config.private_key is not None or config.private_key_path is not None):
        return [
            "give either api_secret (HMAC key) or a private key (RSA/Ed25519 key), not both; "
            "check BINANCE_API_SECRET and BINANCE_PRIVATE_KEY_PATH in the environment"
        ]
    return []


# The whitespace pydantic strips around numbers (ASCII only: "\x1c5" is not a number there, nor here).
_SPACE = " \t\n\r\x0b\x0c"
_INT = re.compile(r"[+-]?[0-9]+(?:_[0-9]+)*(?:\.0+)?", re.ASCII)
_FLOAT = re.compile(
    r"[+-]?(?:[0-9]*(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|inf|infinity|nan)",
    re.ASCII | re.IGNORECASE,
)
_TRUE = frozenset({"1", "on", "t", "true", "y", "yes"})
_FALSE = frozenset({"0", "off", "f", "false", "n", "no"})


def _convert(name: str, value: Any, kind: tuple[str, bool, tuple[str, ...]], meta: Any) -> Any:
    """``value`` (an argument, or text from the environment) as the field's type; ``ValueError`` without the value."""
    what, optional, choices = kind
    if value is None:
        if optional:
            return None
        raise ValueError("must not be None")
    if what == "secret-str":
        if hasattr(value, "get_secret_value"):
            value = value.get_secret_value()
        if isinstance(value, (bytes, bytearray)):
            value = _utf8(bytes(value))
        if not isinstance(value, str):
            raise ValueError("must be a string")
        if name in ("api_key", "api_secret") and (not value.isprintable() or any(c.isspace() for c in value)):
            raise ValueError(
                "contains whitespace or control characters (a trailing newline read from a file?); "
                "Binance's keys are letters and digits only"
            )
        return SecretStr(value)
    if what == "secret-bytes":
        if hasattr(value, "get_secret_value"):
            value = value.get_secret_value()
        if isinstance(value, str):
            value = value.encode("utf-8", "surrogatepass")
        if not isinstance(value, (bytes, bytearray)):
            raise ValueError("must be bytes")
        return SecretBytes(bytes(value))
    if what == "path":
        if isinstance(value, (str, os.PathLike)) and not isinstance(value, bytes):
            path = os.fspath(value)
            if isinstance(path, str):
                return Path(path)
        raise ValueError("must be a path (str or os.PathLike)")
    if what == "str":
        if not isinstance(value, str):
            raise ValueError("must be a string")
        if name in ("base_url", "ws_api_url", "risk_stream_url"):
            return _url(name, value)
        return value
    if what == "literal":
        if value in choices and isinstance(value, str):
            return value
        raise ValueError(f"must be one of {', '.join(repr(c) for c in choices)}")
    if what == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            if value.lower() in _TRUE:
                return True
            if value.lower() in _FALSE:
                return False
        elif isinstance(value, (int, float, Decimal)) and value in (0, 1):
            return bool(value)
        raise ValueError("must be a boolean (true/false, 1/0, yes/no, on/off)")
    if what == "int":
        number: Any = _int(value)
        if name == "recv_window" and not 0 < number <= MAX_RECV_WINDOW:
            raise ValueError(
                f"recv_window must be between 1 and {MAX_RECV_WINDOW} ms (Binance refuses more), got {number}"
            )
    elif what == "float":
        number = _float(value)
    else:
        number = _decimal(value)
    _check_bounds(number, meta)
    return number


def _utf8(value: bytes) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("must be UTF-8 text") from None


def _int(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("must be a whole number, not a boolean")
    if isinstance(value, int):
        return value
    if isinstance(value, (float, Decimal)) and _whole(value) and -(2**63) < value < 2**63:  # pydantic's bound too
        return int(value)
    if isinstance(value, str):
        text = value.strip(_SPACE)
        if _INT.fullmatch(text):
            return int(text.split(".")[0])
    raise ValueError("must be a whole number")


def _whole(value: float | Decimal) -> bool:
    if isinstance(value, Decimal):
        return value.is_finite() and value == value.to_integral_value()
    return value.is_integer()


def _float(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError("must be a number, not a boolean")
    if isinstance(value, (int, Decimal)):
        try:
            number = float(value)
        except OverflowError:
            raise ValueError("must be a finite number") from None
    elif isinstance(value, float):
        number = value
    elif isinstance(value, str) and _float_text(value):
        number = float(value.replace("_", ""))
    else:
        raise ValueError("must be a number")
    if not math.isfinite(number):
        raise ValueError("must be a finite number")
    return number


def _float_text(text: str) -> bool:
    """Whether pydantic read ``text`` as a float: ASCII digits, whitespace around allowed; or, without whitespace
    around, single ``_`` between any two characters (pydantic drops them)."""
    stripped = text.strip(_SPACE)
    if "_" in text:
        if stripped != text or text[0] == "_" or text[-1] == "_" or "__" in text:
            return False
        stripped = stripped.replace("_", "")
    return _FLOAT.fullmatch(stripped) is not None and any(c.isdigit() or c in "nN" for c in stripped)


def _decimal(value: Any) -> Decimal:
    if isinstance(value, float):
        raise ValueError('must be a Decimal, an int or a string such as "1.5", not a float (inexact)')
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        raise ValueError('must be a Decimal, an int or a string such as "1.5"')
    try:
        number = Decimal(value.strip(_SPACE) if isinstance(value, str) else value)
    except InvalidOperation:
        raise ValueError("must be a decimal number") from None
    if not number.is_finite():
        raise ValueError("must be a finite number")
    return number


def _check_bounds(number: Any, meta: Any) -> None:
    if meta["gt"] is not None and not number > meta["gt"]:
        raise ValueError(f"must be greater than {meta['gt']}")
    if meta["ge"] is not None and not number >= meta["ge"]:
        raise ValueError(f"must be greater than or equal to {meta['ge']}")
    if meta["le"] is not None and not number <= meta["le"]:
        raise ValueError(f"must be less than or equal to {meta['le']}")


def _url(name: str, value: str) -> str:
    value = value.strip().rstrip("/")
    if name == "base_url":
        if not value.startswith(("https://", "http://")):
            raise ValueError("base_url must start with https:// (or http:// for a local sandbox)")
    elif not value.startswith(("wss://", "ws://")):
        raise ValueError("stream URLs must start with wss:// (or ws:// for a local sandbox)")
    return value
