"""A client process for the kill tests: ``python _child.py BASE_URL JOURNAL close|resume``; prints JSON."""

from __future__ import annotations

import json
import sys

from binance_margin import Isolated, MarginClient
from binance_margin.sandbox import DEMO_API_KEY, DEMO_API_SECRET


def main() -> None:
    base_url, journal, mode = sys.argv[1:4]
    with MarginClient(DEMO_API_KEY, DEMO_API_SECRET, base_url=base_url, recv_window=1000, time_sync=True) as client:
        if mode == "close":
            report = client.positions.close(Isolated("BTCUSDT"), transfer_to="spot", journal=journal)
            print(json.dumps({"closed": report.closed}))
        else:
            outcomes = client.positions.resume(journal=journal)
            print(json.dumps([{"status": o.status, "kind": o.kind, "error": o.error} for o in outcomes]))


if __name__ == "__main__":
    main()
