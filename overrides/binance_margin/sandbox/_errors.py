"""Binance error answers: ``{"code": ..., "msg": ...}`` with Binance's codes, messages and HTTP statuses."""

from __future__ import annotations

__all__ = ["ApiError"]


class ApiError(Exception):
    """An error the sandbox answers with, as Binance would (HTTP status, negative code, message)."""

    def __init__(self, code: int, msg: str, status: int = 400, *, retry_after: int | None = None) -> None:
        super().__init__(f"{status} {code}: {msg}")
        self.code = code
        self.msg = msg
        self.status = status
        self.retry_after = retry_after

    def body(self) -> dict[str, object]:
        """The JSON body Binance sends."""
        return {"code": self.code, "msg": self.msg}

    # -- general (-1xxx) -------------------------------------------------------------------------------------

    @classmethod
    def unknown(cls, msg: str = "An unknown error occurred while processing the request.") -> ApiError:
        """-1000 UNKNOWN."""
        return cls(-1000, msg)

    @classmethod
    def not_found(cls, method: str, path: str) -> ApiError:
        """An unknown path (HTTP 404)."""
        return cls(-1000, f"Not found: {method} {path}", 404)

    @classmethod
    def method_not_allowed(cls, method: str, path: str) -> ApiError:
        """A known path with another method (HTTP 405)."""
        return cls(-1000, f"Method {method} is not allowed on {path}", 405)

    @classmethod
    def duplicate_param(cls, name: str) -> ApiError:
        """-1101 duplicate values."""
        return cls(-1101, f"Duplicate values for parameter '{name}'.")

    @classmethod
    def mandatory(cls, name: str) -> ApiError:
        """-1102 a mandatory parameter is missing or empty."""
        return cls(-1102, f"Mandatory parameter '{name}' was not sent, was empty/null, or malformed.")

    @classmethod
    def either(cls, a: str, b: str) -> ApiError:
        """-1102 one of two parameters must be sent."""
        return cls(-1102, f"Param '{a}' or '{b}' must be sent, but both were empty/null!")

    @classmethod
    def illegal(cls, name: str, legal: str) -> ApiError:
        """-1100 illegal characters."""
        return cls(-1100, f"Illegal characters found in parameter '{name}'; legal range is '{legal}'.")

    @classmethod
    def unread(cls, read: int, sent: int) -> ApiError:
        """-1104 parameters the endpoint does not read."""
        return cls(-1104, f"Not all sent parameters were read; read '{read}' parameter(s) but was sent '{sent}'.")

    @classmethod
    def precision(cls, name: str) -> ApiError:
        """-1111 too much precision."""
        return cls(-1111, f"Parameter '{name}' has too much precision.")

    @classmethod
    def bad_symbol(cls) -> ApiError:
        """-1121 invalid symbol."""
        return cls(-1121, "Invalid symbol.")

    @classmethod
    def bad_recv_window(cls) -> ApiError:
        """-1131 recvWindow above 60000."""
        return cls(-1131, "recvWindow must be less than 60000")

    @classmethod
    def filter_failure(cls, name: str) -> ApiError:
        """-1013 a symbol filter refused the order."""
        return cls(-1013, f"Filter failure: {name}")

    @classmethod
    def interval_too_big(cls, what: str) -> ApiError:
        """-1127 the time window is too large."""
        return cls(-1127, f"More than {what} between startTime and endTime.")

    # -- auth ------------------------------------------------------------------------------------------------

    @classmethod
    def key_format(cls) -> ApiError:
        """-2014 the API key is missing or malformed (HTTP 401)."""
        return cls(-2014, "API-key format invalid.", 401)

    @classmethod
    def key_rejected(cls) -> ApiError:
        """-2015 unknown key, wrong IP or missing permission (HTTP 401)."""
        return cls(-2015, "Invalid API-key, IP, or permissions for action.", 401)

    @classmethod
    def bad_signature(cls) -> ApiError:
        """-1022 signature mismatch."""
        return cls(-1022, "Signature for this request is not valid.")

    @classmethod
    def timestamp_outside(cls) -> ApiError:
        """-1021 too old for recvWindow."""
        return cls(-1021, "Timestamp for this request is outside of the recvWindow.")

    @classmethod
    def timestamp_ahead(cls) -> ApiError:
        """-1021 ahead of the server."""
        return cls(-1021, "Timestamp for this request was 1000ms ahead of the server's time.")

    # -- orders ----------------------------------------------------------------------------------------------

    @classmethod
    def rejected(cls, msg: str) -> ApiError:
        """-2010 NEW_ORDER_REJECTED."""
        return cls(-2010, msg)

    @classmethod
    def insufficient(cls) -> ApiError:
        """-2010 insufficient balance."""
        return cls(-2010, "Account has insufficient balance for requested action.")

    @classmethod
    def cancel_rejected(cls) -> ApiError:
        """-2011 unknown order on cancel."""
        return cls(-2011, "Unknown order sent.")

    @classmethod
    def no_such_order(cls) -> ApiError:
        """-2013 order does not exist."""
        return cls(-2013, "Order does not exist.")

    # -- margin (-3xxx, -11xxx) ------------------------------------------------------------------------------

    @classmethod
    def margin(cls, code: int) -> ApiError:
        """A margin (-3xxx / -5xxx / -11xxx) error with its published message."""
        return cls(code, _MARGIN_MESSAGES[code])


# Codes and messages from Binance's margin error table, except: -11001 and the messages of -11002..-11005 were
# seen live (python-binance#630, third-party code) but their codes are not published; -11002..-11005 are the
# sandbox's choice. -5013 is undocumented (ccxt uses it for "insufficient balance" on transfers).
_MARGIN_MESSAGES: dict[int, str] = {
    -3003: "Margin account does not exist.",
    -3005: "Transferring out not allowed.",
    -3006: "Your borrow amount has exceed maximum borrow amount.",
    -3008: "Borrow not allowed.",
    -3010: "Repay not allowed.",
    -3011: "Your input date is invalid.",
    -3012: "Borrow is banned for this asset.",
    -3013: "Borrow amount less than minimum borrow amount.",
    -3015: "Repayment amount exceeds borrow amount.",
    -3016: "Repay amount less than minimum repay amount.",
    -3020: "Transfer out amount exceeds max amount.",
    -3021: "Margin account are not allowed to trade this trading pair.",
    -3022: "You account's trading is banned.",
    -3023: "You can't transfer out/place order under current margin level.",
    -3026: "Input parameter invalid.",
    -3027: "Not a valid margin asset.",
    -3028: "Not a valid margin pair.",
    -3029: "Transfer failed.",
    -3038: "Listen key not found.",
    -3041: "Balance is not enough",
    -3045: "The system does not have enough asset now.",
    -3064: "Limit price needs to be within (-15%,15%) of current index price for this margin trading pair.",
    -5013: "Asset transfer failed: insufficient balance",
    -11001: "Isolated margin account does not exist.",
    -11002: "This isolated margin pair is disabled. Please activate it.",
    -11003: "You cannot disable this isolated margin pair, as there are still assets or debts of this pair.",
    -11004: "Each isolated margin pair can only be deactivated once every 24 hours.",
    -11005: "The number of activated isolated margin accounts has reached the limit.",
}
