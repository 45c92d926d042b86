"""The roots of the exception tree: what the lowest modules (``_types``) raise without importing ``_errors``.

``_errors`` re-exports these classes (the same objects), and users reach them through ``binance_margin.errors``.
``_errors`` refers to ``MarginMode`` in its annotations while ``_types`` raises ``MarginModeError``: with the roots
here, the imports run one way (``_errors`` -> ``_types`` -> ``_error_base``).
"""

from __future__ import annotations

__all__ = ["BinanceError", "MarginModeError", "ValidationError"]


class BinanceError(Exception):
    """Base class of every exception this SDK raises."""


class ValidationError(BinanceError, ValueError):
    """The call was refused on the client side, before anything was sent."""


class MarginModeError(ValidationError):
    """A cross/isolated combination that Binance would reject (for example isolated margin without its pair)."""
