"""``python -m binance_margin.cli``: the same as the ``binance-margin`` console script."""

from . import main

main()
