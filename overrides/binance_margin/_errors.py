"""The exception tree and the one place that maps a Binance error response to an exception.

::

    BinanceError
    ├── ValidationError (also a ValueError)      refused before anything was sent
    │   ├── ConfigurationError                    bad client settings or missing credentials
    │   ├── MarginModeError                       a cross/isolated combination Binance would reject
│   └── OrderValidationError                  an order that breaks the symbol's filters (validate_orders=True)
    │       └── MarginLevelGuardError             its what-if margin level is below min_margin_level_after
    ├── TransportError                            connection or timeout; for a state-changing request: not sent
    ├── UnknownExecutionStatus                    a state-changing request that may or may not have executed
    ├── AmbiguousReconciliationError              reconcile found several records that could be the request
    ├── ResponseDecodeError                       a 200 whose body is not what the spec says
    ├── StreamError                               a user data or risk stream cannot go on
    │   ├── StreamAuthorizationError              token/key refused and a fresh one does not cure it (-1209)
    │   └── StreamConnectionError                 the stream cannot reconnect (stream_reconnect_attempts)
    └── BinanceAPIError                           Binance answered with an error (status, code, msg, headers)
        ├── AuthenticationError                   401, -2014, -2015
        │   └── InvalidSignatureError             -1022
        ├── TimestampError                        -1021
        ├── RateLimitedError                      429 (retry_after)
        ├── IPBannedError                         418 (retry_after, banned_until)
        ├── InvalidParameterError                 -11xx
        ├── FilterFailureError                    -1013, "Filter failure: ...", -3064
        ├── InsufficientBalanceError              -2010 balance messages, -3006, -3020, -3041, -3045, -11008, -5013
        ├── UnknownOrderError                     -2011, -2013
        └── ServerError                           5xx
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ._error_base import BinanceError, MarginModeError, ValidationError

if TYPE_CHECKING:
    from decimal import Decimal

    import httpx

    from ._filters_model import FilterViolation
    from ._types import MarginMode
else:
    from ._http_common import lazy_httpx as httpx  # imported when an error is built from a response

__all__ = [
    "AmbiguousReconciliationError",
    "AuthenticationError",
    "BinanceAPIError",
    "BinanceError",
    "ConfigurationError",
    "FilterFailureError",
    "IPBannedError",
    "InsufficientBalanceError",
    "InvalidParameterError",
    "InvalidSignatureError",
    "JournalError",
    "MarginModeError",
    "OperationInterrupted",
    "OrderValidationError",
    "RateLimitedError",
    "RepayShortfallError",
    "ResponseDecodeError",
    "ServerError",
    "StepConflict",
    "StreamAuthorizationError",
    "StreamConnectionError",
    "StreamError",
    "TimestampError",
    "TransportError",
    "UnknownExecutionStatus",
    "UnknownOrderError",
    "ValidationError",
]

# Parameters whose values never appear in exceptions or logs.
SENSITIVE_PARAMS = frozenset({"signature", "listenKey", "listenToken", "apiKey", "secretKey", "publicKey"})
_MAX_BODY_CHARS = 500
DEFAULT_RECV_WINDOW = 5000
"""Binance's ``recvWindow`` when a signed request does not send one (ms)."""


def redact_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``params`` with the values of sensitive parameters replaced by ``'<redacted>'``."""
    return {k: ("<redacted>" if k in SENSITIVE_PARAMS else v) for k, v in params.items()}


_SENSITIVE_NAMES = "|".join(sorted({*SENSITIVE_PARAMS, "X-MBX-APIKEY"}, key=len, reverse=True))
_SENSITIVE_IN_TEXT = re.compile(
    r"(?i)((?:" + _SENSITIVE_NAMES + r")(?:=|%3D|:\s*|'\s*:\s*'|\"\s*:\s*\"))[^&\s'\",)}\]>]*"
)


def redact_text(text: str) -> str:
    """``text`` with the values of sensitive parameters (``signature=...``, ``X-MBX-APIKEY: ...``) redacted.

    For messages of third-party exceptions (aiohttp, httpx) and log records that may quote a signed URL.
    """
    return _SENSITIVE_IN_TEXT.sub(r"\1<redacted>", text)


class ConfigurationError(ValidationError):
    """The client settings are invalid (for example ``recv_window`` above 60000) or credentials are missing."""

    fields: tuple[str, ...] = ()
    """The ``ClientConfig`` fields at fault, when the error is about given values (empty for a conflict between
    fields, such as a secret and a private key together)."""


class OrderValidationError(ValidationError):
    """An order breaks exchange filters; raised before it is sent (instead of Binance's ``-1013 Filter failure``).

    It is a ``binance_margin.errors.ValidationError`` (so also a ``ValueError``).

    Attributes:
        violations: every rule the order breaks, in the order they were checked.
        symbol: the symbol of the order, when known.
    """

    def __init__(self, violations: Iterable[FilterViolation], *, symbol: str | None = None) -> None:
        self.violations: tuple[FilterViolation, ...] = tuple(violations)
        self.symbol = symbol
        where = f" on {symbol}" if symbol else ""
        count = len(self.violations)
        detail = "; ".join(v.message for v in self.violations)
        super().__init__(f"order{where} breaks {count} exchange rule{'s' if count != 1 else ''}: {detail}")

    @property
    def filters(self) -> tuple[str, ...]:
        """The names of the filters broken, without repeats, in the order found."""
        return tuple(dict.fromkeys(v.filter for v in self.violations))


class MarginLevelGuardError(OrderValidationError):
    """An order with ``MARGIN_BUY``/``AUTO_BORROW_REPAY`` would leave the margin level below
    ``ClientConfig.min_margin_level_after``; refused before it is sent (docs/positions.md, "Guard").

    Attributes:
        level_after: the margin level the account would have after the order (what-if on a fresh snapshot).
        minimum: the configured ``min_margin_level_after``.
        level_before: the margin level before the order (``None`` with no debt).
        symbol: the order's symbol.
        margin: the account, ``CROSS`` or ``Isolated("PAIR")``.
    """

    def __init__(
        self,
        *,
        level_after: Decimal,
        minimum: Decimal,
        level_before: Decimal | None,
        symbol: str,
        margin: MarginMode,
    ) -> None:
        self.violations: tuple[FilterViolation, ...] = ()
        self.symbol = symbol
        self.level_after = level_after
        self.minimum = minimum
        self.level_before = level_before
        self.margin = margin
        before = "no debt" if level_before is None else f"{level_before:.4f}"
        ValidationError.__init__(
            self,
            f"order on {symbol} ({margin!r}) refused before sending: its margin level after the order would be "
            f"{level_after:.4f} (now {before}), below min_margin_level_after {minimum}",
        )


class TransportError(BinanceError):
    """The connection failed or timed out.

    For a state-changing request this is only raised when the request cannot have reached Binance (connect
    errors); anything after the request may have been sent raises ``UnknownExecutionStatus`` instead.
    """

    def __init__(self, message: str, *, method: str | None = None, path: str | None = None) -> None:
        super().__init__(redact_text(message))
        self.method = method
        self.path = path


class ResponseDecodeError(BinanceError):
    """Binance answered 200 but the body does not parse into the documented model."""

    def __init__(self, message: str, *, status: int, body: str, method: str | None = None, path: str | None = None):
        super().__init__(message)
        self.status = status
        self.body = body
        self.method = method
        self.path = path


class UnknownExecutionStatus(BinanceError):
    """A state-changing request (order, borrow, repay, transfer, ...) whose outcome is unknown.

    Raised on a timeout or dropped connection after the request may have been sent, on a 5xx answer and on
    Binance codes -1006/-1007. The SDK never re-sends such a request: look it up first with
    ``client.reconcile(e)``. Binance executes a signed request that arrives late as long as its ``timestamp`` plus
    ``recvWindow`` has not passed on Binance's clock, so "not found" is only final after that moment
    (``final_at_ms``); ``reconcile`` keeps looking until then.

    Attributes:
        operation_id: the operation (``newOrder``, ``borrowRepay``, ...).
        method: HTTP method.
        path: request path.
        params: the parameters that were sent (wire names, without timestamp and signature).
        client_order_id: ``newClientOrderId`` (or ``listClientOrderId`` for order lists) when the operation has one.
        symbol: the ``symbol`` parameter, if any.
        margin: the margin account the call targeted (``None`` when the operation has no cross/isolated choice).
        cause: the underlying exception (transport error, ``ServerError`` or ``BinanceAPIError``).
        timestamp: the ``timestamp`` the request was signed with (ms, Binance's clock as the client estimated it),
            or ``None`` for an unsigned request.
        recv_window: the ``recvWindow`` in force for the request (ms): the one sent, or Binance's default 5000.
    """

    timestamp: int | None
    recv_window: int

    def __init__(
        self,
        message: str,
        *,
        operation_id: str,
        method: str,
        path: str,
        params: Mapping[str, Any],
        client_order_id: str | None,
        symbol: str | None,
        margin: MarginMode | None,
        cause: BaseException | None,
        timestamp: int | None = None,
        recv_window: int = DEFAULT_RECV_WINDOW,
    ) -> None:
        super().__init__(message)
        self.timestamp = timestamp
        self.recv_window = recv_window
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.params: dict[str, Any] = redact_params(params)
        self.client_order_id = client_order_id
        self.symbol = symbol
        self.margin = margin
        self.cause = cause

    def __str__(self) -> str:
        text = f"{self.args[0]} ({self.method} {self.path}, operation {self.operation_id}"
        if self.client_order_id:
            text += f", client order id {self.client_order_id}"
        return text + "): do not resend before reconciling"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    @property
    def final_at_ms(self) -> int | None:
        """Binance time (ms) after which the request can no longer execute: ``timestamp + recv_window``."""
        return None if self.timestamp is None else self.timestamp + self.recv_window


class AmbiguousReconciliationError(BinanceError):
    """``reconcile`` found more than one record that could be the request an ``UnknownExecutionStatus`` left in doubt.

    Borrows, repays and transfers carry no client id, so they are matched by asset, amount, type, account and
    time; two identical requests close together cannot be told apart. Decide from ``candidates``.

    Attributes:
        error: the ``UnknownExecutionStatus`` being reconciled.
        candidates: every matching record (typed models), newest first as Binance lists them.
    """

    def __init__(self, error: UnknownExecutionStatus, candidates: Iterable[Any]) -> None:
        self.error = error
        self.candidates: tuple[Any, ...] = tuple(candidates)
        super().__init__(
            f"{len(self.candidates)} records match the {error.operation_id} call in doubt; "
            "cannot tell which one (if any) it was"
        )


class BinanceAPIError(BinanceError):
    """Binance answered with an error status.

    Attributes:
        status: HTTP status code.
        code: Binance's error code (negative int), or ``None`` when the body had none (or was not JSON).
        msg: Binance's message (or the start of a non-JSON body).
        headers: the response headers.
        method: HTTP method of the request.
        path: request path.
    """

    def __init__(
        self,
        status: int,
        code: int | None,
        msg: str,
        headers: httpx.Headers | None = None,
        *,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(status, code, msg)
        self.status = status
        self.code = code
        self.msg = msg
        self._headers = headers
        self._raw_headers: tuple[tuple[bytes, bytes], ...] = ()
        self.method = method
        self.path = path

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (built on first read from the bytes the SDK's pools received: httpx is imported
        then, not when the error is raised)."""
        headers = self._headers
        if headers is None:
            headers = self._headers = httpx.Headers(list(self._raw_headers))
        return headers

    @headers.setter
    def headers(self, value: httpx.Headers) -> None:
        self._headers = value

    def __str__(self) -> str:
        where = f", {self.method} {self.path}" if self.method and self.path else ""
        code = f"[{self.code}] " if self.code is not None else ""
        return f"{code}{self.msg} (HTTP {self.status}{where})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, code={self.code}, msg={self.msg!r})"


class AuthenticationError(BinanceAPIError):
    """The API key is invalid, lacks a permission or this IP is not allowed (401, -2014, -2015)."""


class InvalidSignatureError(AuthenticationError):
    """Binance could not verify the signature (-1022): wrong secret or key, or a request altered after signing."""


class TimestampError(BinanceAPIError):
    """The request's timestamp was outside ``recvWindow`` or ahead of the server (-1021): the clock is off."""


class RateLimitedError(BinanceAPIError):
    """Too many requests (429). ``retry_after`` is the wait in seconds Binance asked for, if any."""

    def __init__(
        self,
        status: int,
        code: int | None,
        msg: str,
        headers: httpx.Headers | None = None,
        *,
        method: str | None = None,
        path: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(status, code, msg, headers, method=method, path=path)
        self.retry_after = retry_after


class IPBannedError(BinanceAPIError):
    """This IP is banned for continuing after 429s (418).

    ``retry_after`` is the remaining ban in seconds and ``banned_until`` the end of the ban as a Unix time in
    seconds (both ``None`` when Binance gave neither). Until then the client refuses requests locally.
    """

    def __init__(
        self,
        status: int,
        code: int | None,
        msg: str,
        headers: httpx.Headers | None = None,
        *,
        method: str | None = None,
        path: str | None = None,
        retry_after: float | None = None,
        banned_until: float | None = None,
    ) -> None:
        super().__init__(status, code, msg, headers, method=method, path=path)
        self.retry_after = retry_after
        self.banned_until = banned_until


class InvalidParameterError(BinanceAPIError):
    """A parameter was missing, unknown, malformed or out of range (-11xx)."""


class FilterFailureError(BinanceAPIError):
    """The order broke a symbol filter (-1013 ``Filter failure: ...``) or the margin limit-price band (-3064)."""


class InsufficientBalanceError(BinanceAPIError):
    """Not enough balance, borrowable amount or lending inventory (-2010 balance messages, margin -3xxx codes)."""


class UnknownOrderError(BinanceAPIError):
    """Binance does not know this order (-2011 ``Unknown order sent.``, -2013 ``Order does not exist.``)."""


class ServerError(BinanceAPIError):
    """Binance failed internally (5xx). For a state-changing request the outcome is unknown."""


# ----------------------------------------------------------------------------------------------------------------
# the error mapper
# ----------------------------------------------------------------------------------------------------------------

AUTH_CODES = frozenset({-2014, -2015})
BALANCE_CODES = frozenset({-3006, -3020, -3041, -3045, -11008, -5013})
UNKNOWN_ORDER_CODES = frozenset({-2011, -2013})
UNKNOWN_EXECUTION_CODES = frozenset({-1006, -1007})
"""Codes that mean "execution status unknown" for a state-changing request."""
RETRYABLE_CODES = frozenset({-1001, -1006, -1007, -1008})
"""Codes after which a request that changes nothing may be retried."""
ERROR_CODES: dict[int, str] = {
    # general (Binance's spot error table, the codes a margin client meets)
    -1000: "UNKNOWN",
    -1001: "DISCONNECTED",
    -1002: "UNAUTHORIZED",
    -1003: "TOO_MANY_REQUESTS",
    -1006: "UNEXPECTED_RESP",
    -1007: "TIMEOUT",
    -1008: "SERVER_BUSY",
    -1013: "INVALID_MESSAGE",
    -1014: "UNKNOWN_ORDER_COMPOSITION",
    -1015: "TOO_MANY_ORDERS",
    -1016: "SERVICE_SHUTTING_DOWN",
    -1020: "UNSUPPORTED_OPERATION",
    -1021: "INVALID_TIMESTAMP",
    -1022: "INVALID_SIGNATURE",
    -1100: "ILLEGAL_CHARS",
    -1101: "TOO_MANY_PARAMETERS",
    -1102: "MANDATORY_PARAM_EMPTY_OR_MALFORMED",
    -1103: "UNKNOWN_PARAM",
    -1104: "UNREAD_PARAMETERS",
    -1105: "PARAM_EMPTY",
    -1106: "PARAM_NOT_REQUIRED",
    -1108: "PARAM_OVERFLOW",
    -1111: "BAD_PRECISION",
    -1112: "NO_DEPTH",
    -1114: "TIF_NOT_REQUIRED",
    -1115: "INVALID_TIF",
    -1116: "INVALID_ORDER_TYPE",
    -1117: "INVALID_SIDE",
    -1118: "EMPTY_NEW_CL_ORD_ID",
    -1119: "EMPTY_ORG_CL_ORD_ID",
    -1120: "BAD_INTERVAL",
    -1121: "BAD_SYMBOL",
    -1125: "INVALID_LISTEN_KEY",
    -1127: "MORE_THAN_XX_HOURS",
    -1128: "OPTIONAL_PARAMS_BAD_COMBO",
    -1130: "INVALID_PARAMETER",
    -1131: "BAD_RECV_WINDOW",
    -1135: "INVALID_JSON",
    -1209: "INVALID_LISTEN_TOKEN",
    -2008: "BAD_API_ID",
    -2010: "NEW_ORDER_REJECTED",
    -2011: "CANCEL_REJECTED",
    -2013: "NO_SUCH_ORDER",
    -2014: "BAD_API_KEY_FMT",
    -2015: "REJECTED_MBX_KEY",
    -2026: "ORDER_ARCHIVED",
    # margin (SAPI -3xxx)
    -3000: "INNER_FAILURE",
    -3001: "NEED_ENABLE_2FA",
    -3002: "ASSET_DEFICIENCY",
    -3003: "NO_OPENED_MARGIN_ACCOUNT",
    -3004: "TRADE_NOT_ALLOWED",
    -3005: "TRANSFER_OUT_NOT_ALLOWED",
    -3006: "EXCEED_MAX_BORROWABLE",
    -3007: "HAS_PENDING_TRANSACTION",
    -3008: "BORROW_NOT_ALLOWED",
    -3009: "ASSET_NOT_MORTGAGEABLE",
    -3010: "REPAY_NOT_ALLOWED",
    -3011: "BAD_DATE_RANGE",
    -3012: "ASSET_ADMIN_BAN_BORROW",
    -3013: "LT_MIN_BORROWABLE",
    -3014: "ACCOUNT_BAN_BORROW",
    -3015: "REPAY_EXCEED_LIABILITY",
    -3016: "LT_MIN_REPAY",
    -3017: "ASSET_ADMIN_BAN_MORTGAGE",
    -3018: "ACCOUNT_BAN_MORTGAGE",
    -3019: "ACCOUNT_BAN_ROLLOUT",
    -3020: "EXCEED_MAX_ROLLOUT",
    -3021: "PAIR_ADMIN_BAN_TRADE",
    -3022: "ACCOUNT_BAN_TRADE",
    -3023: "WARNING_MARGIN_LEVEL",
    -3024: "FEW_LIABILITY_LEFT",
    -3025: "INVALID_EFFECTIVE_TIME",
    -3026: "VALIDATION_FAILED",
    -3027: "NOT_VALID_MARGIN_ASSET",
    -3028: "NOT_VALID_MARGIN_PAIR",
    -3029: "TRANSFER_FAILED",
    -3036: "ACCOUNT_BAN_REPAY",
    -3037: "PNL_CLEARING",
    -3038: "LISTEN_KEY_NOT_FOUND",
    -3041: "BALANCE_NOT_CLEARED",
    -3042: "PRICE_INDEX_NOT_FOUND",
    -3043: "TRANSFER_IN_NOT_ALLOWED",
    -3044: "SYSTEM_BUSY",
    -3045: "SYSTEM",
    -3064: "LIMIT_PRICE_OUT_OF_RANGE",
    -3999: "NOT_WHITELIST_USER",
    # asset transfer, isolated margin (seen live; not all in the published table)
    -5010: "ASSET_TRANSFER_FAIL",
    -5012: "ASSET_TRANSFER_IN_PROGRESS",
    -5013: "ASSET_TRANSFER_INSUFFICIENT_BALANCE",
    -11001: "ISOLATED_MARGIN_ACCOUNT_NOT_FOUND",
    -11002: "ISOLATED_PAIR_DISABLED",
    -11003: "ISOLATED_PAIR_NOT_EMPTY",
    -11004: "ISOLATED_PAIR_DEACTIVATED_RECENTLY",
    -11005: "ISOLATED_PAIR_LIMIT",
    -11008: "EXCEED_ACCOUNT_MAX_BORROWABLE",
    -21015: "ENDPOINT_REMOVED",
}
"""The error table: the Binance codes the SDK knows, with their published names. A code outside it is recorded as
spec drift (``client.spec_drift().error_codes``) and logged once on ``binance_margin.drift``."""
_BANNED_UNTIL = re.compile(r"until\s+(\d{10,16})")


def parse_error_body(content: bytes) -> tuple[int | None, str]:
    """Binance's ``{"code": -1234, "msg": "..."}``; any other body gives ``(None, <start of the body>)``."""
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        data = None
    if isinstance(data, dict):
        code = data.get("code")
        msg = data.get("msg")
        return (
            code if isinstance(code, int) and not isinstance(code, bool) else None,
            msg if isinstance(msg, str) else _snippet(content),
        )
    return None, _snippet(content)


def _snippet(content: bytes) -> str:
    text = content.decode("utf-8", errors="replace").strip()
    if len(text) > _MAX_BODY_CHARS:
        text = text[:_MAX_BODY_CHARS] + "..."
    return text or "(empty body)"


def _parsedate_to_datetime(value: str) -> Any:
    from email.utils import parsedate_to_datetime  # here: the email package is imported only for a dated header

    return parsedate_to_datetime(value)


def header_value(raw_headers: Iterable[tuple[bytes, bytes]], name: bytes) -> str | None:
    """The value of header ``name`` (lower-case bytes) as ``httpx.Headers.get`` gives it, without httpx: every
    value of that name joined with ``", "``, decoded as httpx decodes the whole head (ASCII, else UTF-8, else
    Latin-1); ``None`` when absent."""
    pairs = list(raw_headers)
    values = [value for key, value in pairs if key.lower() == name]
    if not values:
        return None
    encoding = "iso-8859-1"
    for candidate in ("ascii", "utf-8"):
        try:
            for key, value in pairs:
                key.decode(candidate)
                value.decode(candidate)
        except UnicodeDecodeError:
            continue
        encoding = candidate
        break
    return ", ".join(value.decode(encoding) for value in values)


def parse_retry_after(headers: httpx.Headers | Iterable[tuple[bytes, bytes]]) -> float | None:
    """The ``Retry-After`` header in seconds (a number or an HTTP date); ``None`` when absent or malformed.

    ``headers``: ``httpx.Headers``, or the raw ``(name, value)`` byte pairs the SDK's pools read.
    """
    value = headers.get("retry-after") if isinstance(headers, Mapping) else header_value(headers, b"retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = _parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if seconds != seconds or seconds in (float("inf"), float("-inf")):
        return None
    return max(0.0, seconds)


def _banned_until(msg: str) -> float | None:
    match = _BANNED_UNTIL.search(msg)
    if match is None:
        return None
    value = int(match.group(1))
    return value / 1000 if value > 10**11 else float(value)


def error_from_response(response: httpx.Response, *, method: str, path: str) -> BinanceAPIError:
    """Turn an error response into the most specific ``BinanceAPIError`` subclass (never raises itself)."""
    error = error_from_parts(response.status_code, response.headers.raw, response.content, method=method, path=path)
    error.headers = response.headers
    return error


def error_from_parts(
    status: int, raw_headers: Iterable[tuple[bytes, bytes]], content: bytes, *, method: str, path: str
) -> BinanceAPIError:
    """``error_from_response`` from a status, the raw header pairs and the (decoded) body, as the SDK's pools read
    them: no httpx object is built (``BinanceAPIError.headers`` makes one on first read)."""
    raw = tuple(raw_headers)
    code, msg = parse_error_body(content)
    args = (status, code, msg, None)
    error: BinanceAPIError
    if status == 418:
        retry_after = parse_retry_after(raw)
        until = _banned_until(msg)
        if until is None and retry_after is not None:
            until = time.time() + retry_after
        elif until is not None and retry_after is None:
            retry_after = max(0.0, until - time.time())
        error = IPBannedError(*args, method=method, path=path, retry_after=retry_after, banned_until=until)
    elif status == 429:
        error = RateLimitedError(*args, method=method, path=path, retry_after=parse_retry_after(raw))
    elif status >= 500:
        error = ServerError(*args, method=method, path=path)
    else:
        error = _error_class(status, code, msg)(*args, method=method, path=path)
    error._raw_headers = raw
    return error


def _error_class(status: int, code: int | None, msg: str) -> type[BinanceAPIError]:
    """The ``BinanceAPIError`` subclass of a 4xx other than 418 and 429, by code and message."""
    if code == -1022:
        return InvalidSignatureError
    if status == 401 or code in AUTH_CODES:
        return AuthenticationError
    if code == -1021:
        return TimestampError
    if code == -1013 or code == -3064 or (code is not None and "filter failure" in msg.lower()):
        return FilterFailureError
    if code in BALANCE_CODES or (code == -2010 and "insufficient balance" in msg.lower()):
        return InsufficientBalanceError
    if code in UNKNOWN_ORDER_CODES:
        return UnknownOrderError
    if code is not None and -1199 <= code <= -1100:
        return InvalidParameterError
    if code == -1003:
        return RateLimitedError
    return BinanceAPIError


# --- streams (issue 10) -------------------------------------------------------------------------------------------


class StreamError(BinanceError):
    """A user data or risk stream cannot go on; the iterator raises it instead of ending silently.

    Attributes:
        stream: ``"user"`` or ``"risk"``.
    """

    def __init__(self, message: str, *, stream: str) -> None:
        super().__init__(message)
        self.stream = stream


class StreamAuthorizationError(StreamError):
    """Binance refused the stream's credentials and a fresh token or key did not cure it.

    Raised for a listenToken answered with -1209 twice in a row (a new token was minted in between), for a
    listenKey that cannot be renewed, and when minting a token or key fails with an authorization error (the
    REST error is the ``__cause__``). Tokens and keys never appear in the message.

    Attributes:
        account: the account (``CROSS`` or ``Isolated(symbol)``) whose subscription failed, when known.
        code: Binance's error code, when there is one.
    """

    def __init__(self, message: str, *, stream: str, account: MarginMode | None = None, code: int | None = None):
        super().__init__(message, stream=stream)
        self.account = account
        self.code = code


class StreamConnectionError(StreamError):
    """The stream lost its connection and could not reconnect within ``stream_reconnect_attempts`` attempts.

    Attributes:
        attempts: how many reconnection attempts failed in a row.
    """

    def __init__(self, message: str, *, stream: str, attempts: int) -> None:
        super().__init__(message, stream=stream)
        self.attempts = attempts


# -- positions (client.positions: close, repay_all, resume) ------------------------------------------------------


class JournalError(BinanceError):
    """The journal cannot be used (unreadable file, an operation that does not exist)."""


class StepConflict(JournalError):
    """The operation is claimed by another owner (or finished): this process must not send its steps.

    Attributes: ``op_id``, ``owner`` (who holds it, ``host:pid:token``), ``status`` (``running``, ``done``, ``failed``).
    """

    op_id: str
    owner: str | None
    status: str

    def __init__(self, op_id: str, owner: str | None, status: str) -> None:
        super().__init__(
            f"operation {op_id} is {'finished' if status != 'running' else f'claimed by {owner}'}: not acting on it"
        )
        self.op_id = op_id
        self.owner = owner
        self.status = status


class RepayShortfallError(ValidationError):
    """The free balance cannot cover the debt: nothing (more) was sent for this asset.

    Attributes: ``asset``, ``debt`` (principal + interest), ``free``, ``shortfall`` (``debt - free``), and what was
    already repaid before the shortfall appeared (``principal_repaid``, ``interest_repaid``).
    """

    asset: str
    debt: Decimal
    free: Decimal
    shortfall: Decimal
    principal_repaid: Decimal
    interest_repaid: Decimal
    operation_id: str | None

    def __init__(
        self,
        asset: str,
        debt: Decimal,
        free: Decimal,
        *,
        principal_repaid: Decimal | None = None,
        interest_repaid: Decimal | None = None,
        operation_id: str | None = None,
    ) -> None:
        self.asset = asset
        self.debt = debt
        self.free = free
        self.shortfall = debt - free
        self.principal_repaid = principal_repaid if principal_repaid is not None else debt - debt
        self.interest_repaid = interest_repaid if interest_repaid is not None else debt - debt
        self.operation_id = operation_id
        super().__init__(
            f"cannot repay {debt} {asset}: only {free} {asset} is free, {self.shortfall} {asset} short"
            " (transfer or buy it into the account, then run it again)"
        )


class OperationInterrupted(BinanceError):
    """A step's outcome is unknown (``UnknownExecutionStatus``, chained as ``__cause__``): the operation stopped.

    Nothing was guessed or re-sent. ``client.positions.resume()`` reconciles the step and finishes the operation.

    Attributes: ``operation_id``, ``step`` (its number in the journal), ``error`` (the ``UnknownExecutionStatus``).
    """

    operation_id: str
    step: int
    error: UnknownExecutionStatus

    def __init__(self, operation_id: str, step: int, error: UnknownExecutionStatus) -> None:
        self.operation_id = operation_id
        self.step = step
        self.error = error
        super().__init__(
            f"operation {operation_id} stopped at step {step}: {error}; run client.positions.resume() to reconcile "
            "it and finish"
        )
