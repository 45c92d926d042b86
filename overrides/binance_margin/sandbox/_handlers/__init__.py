"""One handler per operation, answering from the exchange state in Binance's JSON shapes.

Handlers run with the exchange lock held, after authentication, rate limiting and the generic parameter
checks; they raise :class:`ApiError` for Binance's errors and return plain JSON data. One module per endpoint
group (the groups of the spec's tags); importing this package registers every handler in ``HANDLERS``.
"""

from . import _account, _borrow_repay, _data_stream, _general, _market_data, _risk, _special_keys, _trade, _transfer  # noqa: F401  (registers the handlers)
from ._common import HANDLERS, Ctx, s8

__all__ = ["HANDLERS", "Ctx", "s8"]
