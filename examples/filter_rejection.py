"""An order that breaks the symbol's filters, refused with a clear error, twice:

- by Binance (here the sandbox), as ``FilterFailureError`` (-1013), after a round trip;
- by the SDK itself with ``validate_orders=True``, before anything is sent, naming every violated rule;
and the quantized order that passes.
"""

from __future__ import annotations

from decimal import Decimal

from binance_margin import MarginClient
from binance_margin.errors import FilterFailureError, OrderValidationError
from binance_margin.filters import format_decimal, quantize_price, quantize_quantity


def main() -> None:
    order = {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "time_in_force": "GTC"}
    quantity, price = Decimal("0.0000123"), Decimal("20000.005")
    with MarginClient() as client:
        client.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount=Decimal("100"))
        try:
            client.trade.new_order(**order, quantity=quantity, price=price)
        except FilterFailureError as exc:
            print(f"1. Binance refused it: {exc}")

    with MarginClient(validate_orders=True) as client:
        try:
            client.trade.new_order(**order, quantity=quantity, price=price)
        except OrderValidationError as exc:
            print(f"2. refused before sending, {len(exc.violations)} rules broken ({', '.join(exc.filters)}):")
            for violation in exc.violations:
                print(f"   - {violation.message}")

        rules = client.symbol_rules("BTCUSDT")
        good_qty, good_price = quantize_quantity(rules, Decimal("0.0012345")), quantize_price(rules, price)
        print(f"3. quantized: quantity {format_decimal(good_qty)}, price {format_decimal(good_price)}")
        placed = client.trade.new_order(**order, quantity=good_qty, price=good_price)
        print(f"   placed: order {placed.order_id} {placed.status}")
        client.trade.cancel_order(symbol="BTCUSDT", order_id=placed.order_id)
        client.transfer.universal_transfer(type="MARGIN_MAIN", asset="USDT", amount=Decimal("100"))


if __name__ == "__main__":
    main()
