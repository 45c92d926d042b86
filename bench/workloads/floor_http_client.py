"""Floor: stdlib ``http.client`` on one keep-alive connection, a request signed once up front, ``json.loads``.

No SDK can do less per call: build nothing, sign nothing, send fixed bytes, read, decode JSON to dicts.
"""

from __future__ import annotations

import http.client
import json
import urllib.parse
from typing import Any

import _harness as h

HEADERS = {"X-MBX-APIKEY": h.API_KEY}


def _factory(method: str, target: str, check: Any) -> Any:
    def make(base: str) -> Any:
        u = urllib.parse.urlsplit(base)
        if u.scheme == "https":  # the default context: verification on, SSL_CERT_FILE honoured
            conn: http.client.HTTPConnection = http.client.HTTPSConnection(u.hostname, u.port)
        else:
            conn = http.client.HTTPConnection(u.hostname, u.port)
        loads = json.loads

        def call() -> Any:
            conn.request(method, target, headers=HEADERS)
            resp = conn.getresponse()
            body = resp.read()
            if resp.status != 200:
                raise RuntimeError(f"HTTP {resp.status}: {body[:200]!r}")
            return loads(body)

        return call, check

    return make


if __name__ == "__main__":
    h.main(
        "floor: http.client",
        [],
        {
            "account": _factory("GET", h.presign("/sapi/v1/margin/account", {}), h.check_account),
            "order": _factory("POST", h.presign("/sapi/v1/margin/order", h.ORDER_PARAMS), h.check_order),
            "all_orders": _factory("GET", h.presign("/sapi/v1/margin/allOrders", {"symbol": h.SYMBOL}), h.check_orders),
        },
    )
