"""Every request and response model of the API, imported on first use (PEP 562).

``from binance_margin.models import MarginOrder`` works and autocompletes; importing this module does not import
every model up front. The models are generated from the spec (``binance_margin_generated.models``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import binance_margin_generated.models as _generated

if TYPE_CHECKING:
    from binance_margin_generated.models import *  # noqa: F403

__all__ = list(_generated.__all__)


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    value = getattr(_generated, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
