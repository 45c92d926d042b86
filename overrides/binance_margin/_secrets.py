"""Values that are never printed: API keys, secrets, private keys, passwords, a Redis URL with its password.

``SecretStr`` / ``SecretBytes`` behave like pydantic's classes of the same names (``get_secret_value()``, a masked
``repr``/``str``, equality and hash on the value), without importing pydantic: the client configuration is built on
the start-up path. Anything with a ``get_secret_value()`` (pydantic's own secrets too) is accepted where one is read.
"""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

__all__ = ["RevealsSecret", "SecretBytes", "SecretStr"]

_T = TypeVar("_T", str, bytes)
_T_co = TypeVar("_T_co", covariant=True)


class RevealsSecret(Protocol[_T_co]):
    """Anything holding a secret behind ``get_secret_value()`` (this module's classes, pydantic's ``SecretStr``)."""

    def get_secret_value(self) -> _T_co:
        """The secret itself."""
        ...


class _Secret(Generic[_T]):
    __slots__ = ("_value",)
    _MASK: str = "**********"

    def __init__(self, value: _T) -> None:
        self._value: _T = value

    def get_secret_value(self) -> _T:
        """The secret itself (keep it out of logs)."""
        return self._value

    def __repr__(self) -> str:
        mask = self._MASK.encode() if isinstance(self._value, bytes) else self._MASK
        return f"{type(self).__name__}({mask!r})"

    def __str__(self) -> str:
        return self._MASK if self._value else ""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Secret) and type(other) is type(self) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __len__(self) -> int:
        return len(self._value)


class SecretStr(_Secret[str]):
    """A text secret: ``repr`` and ``str`` show ``**********``; ``get_secret_value()`` returns it."""

    __slots__ = ()


class SecretBytes(_Secret[bytes]):
    """A binary secret (a private key): ``repr`` and ``str`` show ``**********``; ``get_secret_value()`` returns it."""

    __slots__ = ()
