"""A loopback Binance margin REST server for the benchmarks: canned, realistic answers, real signature checks.

Standard library only (it runs in the project's .venv, outside the timed processes). HTTP/1.1 with
keep-alive and pipelining, one asyncio event loop, precomputed response bytes so the server's own cost
per request stays small and identical for every SDK.

Signed endpoints verify what Binance verifies: the ``X-MBX-APIKEY`` header, the presence of
``timestamp`` (and that it lies within ``recvWindow``), and the HMAC-SHA256 ``signature`` over
"query string concatenated with the form body" minus the signature parameter itself. A wrong signature
answers HTTP 400 ``{"code": -1022, ...}``, so an SDK that signs incorrectly fails loudly in the bench.

Endpoints: ``/api/v3/ping``, ``/api/v3/time``, ``/sapi/v1/margin/account``, ``/sapi/v1/margin/order``
(POST, FULL response with fills), ``/sapi/v1/margin/allOrders`` (500 orders). ``GET /__stats`` answers
the request counters (not counted itself); ``/__reset`` zeroes them.

HTTPS: with ``--tls-cert``/``--tls-key`` (PEM files, e.g. from ``bench/tls.py``) it also listens on a second port
with TLS (the standard library's ``ssl``; same state, same answers) and counts completed TLS handshakes
(``tls_handshakes`` in ``/__stats``: one per connection a client opens, so a pooled client makes one per pooled
connection). ``connections`` counts every accepted connection (plain or TLS).

Run: ``python bench/server.py [--port 0] [--tls-cert C --tls-key K] [--api-key K] [--api-secret S]``; prints
``READY <port>`` or ``READY <port> <tls port>``.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import hmac
import json
import random
import ssl
import sys
import time
from collections.abc import Sequence
from typing import Any

API_KEY = "bench-api-key-0123456789abcdef0123456789abcdef0123456789abcdef01234567"
API_SECRET = "bench-api-secret-fedcba9876543210fedcba9876543210fedcba9876543210fedc"

SYMBOL = "BTCUSDT"
N_ORDERS = 500


# --------------------------------------------------------------------------- canned payloads


def _d8(x: float) -> str:
    return f"{x:.8f}"


def cross_margin_account() -> dict[str, Any]:
    """GET /sapi/v1/margin/account: 20 assets, shaped like Binance's documented answer."""
    rnd = random.Random(20)
    assets = [
        "BTC", "ETH", "BNB", "USDT", "USDC", "FDUSD", "XRP", "SOL", "ADA", "DOGE",
        "TRX", "DOT", "LINK", "MATIC", "LTC", "AVAX", "ATOM", "UNI", "ETC", "FIL",
    ]  # fmt: skip
    user_assets = []
    for name in assets:
        free = rnd.uniform(0, 50)
        borrowed = rnd.choice([0.0, 0.0, rnd.uniform(0, 5)])
        interest = borrowed * 0.0001
        locked = rnd.choice([0.0, rnd.uniform(0, 1)])
        user_assets.append(
            {
                "asset": name,
                "borrowed": _d8(borrowed),
                "free": _d8(free),
                "interest": _d8(interest),
                "locked": _d8(locked),
                "netAsset": _d8(free + locked - borrowed - interest),
            }
        )
    return {
        "created": True,
        "borrowEnabled": True,
        "marginLevel": "11.64405625",
        "collateralMarginLevel": "3.20000000",
        "totalAssetOfBtc": "6.82728457",
        "totalLiabilityOfBtc": "0.58633215",
        "totalNetAssetOfBtc": "6.24095242",
        "TotalCollateralValueInUSDT": "438729.33218211",
        "totalOpenOrderLossInUSDT": "582.72845700",
        "tradeEnabled": True,
        "transferInEnabled": True,
        "transferOutEnabled": True,
        "accountType": "MARGIN_1",
        "userAssets": user_assets,
    }


def new_order_full() -> dict[str, Any]:
    """POST /sapi/v1/margin/order with newOrderRespType=FULL: a LIMIT BUY filled in 4 trades."""
    fills = []
    prices = ["64250.12000000", "64250.11000000", "64249.98000000", "64249.50000000"]
    qtys = ["0.00040000", "0.00050000", "0.00030000", "0.00030000"]
    for i, (p, q) in enumerate(zip(prices, qtys, strict=True)):
        fills.append(
            {
                "price": p,
                "qty": q,
                "commission": _d8(float(q) * 0.001),
                "commissionAsset": "BTC",
                "tradeId": 3914267321 + i,
            }
        )
    return {
        "symbol": SYMBOL,
        "orderId": 28457119305,
        "clientOrderId": "web_7c5b2d0b3c8f4a63a0f1b2c3d4e5f607",
        "transactTime": 1718000000123,
        "price": "64250.12000000",
        "origQty": "0.00150000",
        "executedQty": "0.00150000",
        "cummulativeQuoteQty": "96.37474500",
        "status": "FILLED",
        "timeInForce": "GTC",
        "type": "LIMIT",
        "side": "BUY",
        "marginBuyBorrowAmount": 5,
        "marginBuyBorrowAsset": "USDT",
        "isIsolated": False,
        "selfTradePreventionMode": "EXPIRE_MAKER",
        "fills": fills,
    }


def all_orders() -> list[dict[str, Any]]:
    """GET /sapi/v1/margin/allOrders: 500 orders, mixed types and statuses, 8-decimal strings."""
    rnd = random.Random(500)
    statuses = ["FILLED", "FILLED", "CANCELED", "NEW", "PARTIALLY_FILLED", "EXPIRED"]
    types = ["LIMIT", "LIMIT", "MARKET", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"]
    orders = []
    t0 = 1717900000000
    for i in range(N_ORDERS):
        price = rnd.uniform(60000, 70000)
        qty = rnd.choice([0.0001, 0.0005, 0.001, 0.0025, 0.01, 0.05]) * rnd.randint(1, 9)
        status = rnd.choice(statuses)
        otype = rnd.choice(types)
        executed = qty if status == "FILLED" else (qty / 2 if status == "PARTIALLY_FILLED" else 0.0)
        stop = price * 0.98 if otype in ("STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT") else 0.0
        t = t0 + i * 17123
        orders.append(
            {
                "clientOrderId": f"x-HNA2TXFJ{rnd.getrandbits(64):016x}",
                "cummulativeQuoteQty": _d8(executed * price),
                "executedQty": _d8(executed),
                "icebergQty": "0.00000000",
                "isWorking": status in ("NEW", "PARTIALLY_FILLED"),
                "orderId": 28457000000 + i * 7,
                "origQty": _d8(qty),
                "price": _d8(price if otype != "MARKET" else 0.0),
                "side": rnd.choice(["BUY", "SELL"]),
                "status": status,
                "stopPrice": _d8(stop),
                "symbol": SYMBOL,
                "isIsolated": False,
                "time": t,
                "timeInForce": "GTC",
                "type": otype,
                "selfTradePreventionMode": "EXPIRE_MAKER",
                "updateTime": t + rnd.randint(0, 90000),
            }
        )
    return orders


# --------------------------------------------------------------------------- HTTP plumbing

_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed"}


def _response(status: int, body: bytes, extra: Sequence[tuple[str, str]] = ()) -> bytes:
    head = [
        f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}",
        "Content-Type: application/json;charset=UTF-8",
        f"Content-Length: {len(body)}",
        "Connection: keep-alive",
        "Server: bench-binance",
        "x-mbx-uuid: 5c3f8a4e-0f1d-4b8a-9d6e-2b7a1c9e0f11",
    ]
    head.extend(f"{k}: {v}" for k, v in extra)
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode()


def _error(status: int, code: int, msg: str) -> bytes:
    return _response(status, _dumps({"code": code, "msg": msg}))


def _weight(n: int) -> list[tuple[str, str]]:
    return [("x-mbx-used-weight", str(n)), ("x-mbx-used-weight-1m", str(n))]


class State:
    def __init__(self, api_key: str, api_secret: str) -> None:
        self.api_key = api_key
        self.secret = api_secret.encode()
        self.stats: dict[str, Any] = {}
        self.reset()
        # (method, path) -> (signed, precomputed response bytes)
        self.routes: dict[tuple[str, str], tuple[bool, bytes]] = {
            ("GET", "/api/v3/ping"): (False, _response(200, b"{}", _weight(1))),
            ("GET", "/sapi/v1/margin/account"): (True, _response(200, _dumps(cross_margin_account()), _weight(10))),
            (
                "POST",
                "/sapi/v1/margin/order",
            ): (
                True,
                _response(
                    200,
                    _dumps(new_order_full()),
                    [*_weight(1), ("x-mbx-order-count-10s", "1"), ("x-mbx-order-count-1d", "1")],
                ),
            ),
            ("GET", "/sapi/v1/margin/allOrders"): (True, _response(200, _dumps(all_orders()), _weight(200))),
        }

    def reset(self) -> None:
        self.stats = {
            "requests": 0,
            "ok": 0,
            "bad_signature": 0,
            "rejected": 0,
            "unknown": 0,
            "connections": 0,
            "tls_handshakes": 0,
            "by_path": {},
        }

    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> bytes:
        path, _, query = target.partition("?")
        if path == "/__stats":
            return _response(200, _dumps(self.stats))
        if path == "/__reset":
            self.reset()
            return _response(200, b"{}")
        st = self.stats
        st["requests"] += 1
        key = f"{method} {path}"
        st["by_path"][key] = st["by_path"].get(key, 0) + 1
        if path == "/api/v3/time":
            st["ok"] += 1
            return _response(200, b'{"serverTime":%d}' % int(time.time() * 1000), _weight(1))
        route = self.routes.get((method, path))
        if route is None:
            st["unknown"] += 1
            known = any(p == path for _, p in self.routes)
            if known:
                return _error(405, -1, f"method {method} not allowed on {path}")
            return _error(404, -1, f"no such endpoint in the bench server: {method} {path}")
        signed, canned = route
        if signed:
            err = self.verify(query, headers, body)
            if err is not None:
                return err
        st["ok"] += 1
        return canned

    def verify(self, query: str, headers: dict[str, str], body: bytes) -> bytes | None:
        if headers.get("x-mbx-apikey") != self.api_key:
            self.stats["rejected"] += 1
            return _error(401, -2015, "Invalid API-key, IP, or permissions for action.")
        form = body.decode("latin-1") if body else ""
        sig = None
        parts_q = []
        for p in query.split("&") if query else ():
            if p.startswith("signature="):
                sig = p[10:]
            else:
                parts_q.append(p)
        parts_b = []
        for p in form.split("&") if form else ():
            if p.startswith("signature="):
                sig = p[10:]
            else:
                parts_b.append(p)
        if sig is None:
            self.stats["rejected"] += 1
            return _error(400, -1102, "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.")
        payload = "&".join(parts_q) + "&".join(parts_b)
        ts = recv = None
        for p in (*parts_q, *parts_b):
            if p.startswith("timestamp="):
                ts = p[10:]
            elif p.startswith("recvWindow="):
                recv = p[11:]
        if ts is None or not ts.isdigit():
            self.stats["rejected"] += 1
            return _error(400, -1102, "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.")
        now = time.time() * 1000
        window = int(recv) if recv and recv.isdigit() else 5000
        if int(ts) > now + 1000 or now - int(ts) > window:
            self.stats["rejected"] += 1
            return _error(400, -1021, "Timestamp for this request is outside of the recvWindow.")
        want = hmac.new(self.secret, payload.encode("latin-1"), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(want, sig.lower()):
            self.stats["bad_signature"] += 1
            return _error(400, -1022, "Signature for this request is not valid.")
        return None


_GZIPPED: dict[bytes, bytes] = {}


def _gzipped(response: bytes) -> bytes:
    """``response`` with its body gzip-encoded (``--gzip``; cached, the answers are mostly canned)."""
    out = _GZIPPED.get(response)
    if out is None:
        head, _, body = response.partition(b"\r\n\r\n")
        packed = gzip.compress(body, compresslevel=6, mtime=0)
        lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"content-length:")]
        lines += [b"Content-Encoding: gzip", b"Content-Length: %d" % len(packed)]
        out = b"\r\n".join(lines) + b"\r\n\r\n" + packed
        if len(_GZIPPED) < 10_000:
            _GZIPPED[response] = out
    return out


class HttpProtocol(asyncio.Protocol):
    gzip = False
    """Answer gzip-encoded to requests that accept it (real Binance may: every SDK sends ``Accept-Encoding``)."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.buf = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        # With TLS, asyncio calls connection_made once the handshake has completed: one handshake per connection.
        self.state.stats["connections"] += 1
        if transport.get_extra_info("ssl_object") is not None:
            self.state.stats["tls_handshakes"] += 1

    def data_received(self, data: bytes) -> None:
        self.buf += data
        out = []
        while True:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                break
            head = self.buf[:end].decode("latin-1")
            lines = head.split("\r\n")
            try:
                method, target, _version = lines[0].split(" ", 2)
            except ValueError:
                out.append(_error(400, -1, "malformed request line"))
                self.buf = b""
                break
            headers = {}
            for line in lines[1:]:
                k, _, v = line.partition(":")
                headers[k.strip().lower()] = v.strip()
            pos = end + 4
            if headers.get("transfer-encoding", "").lower() == "chunked":
                body_parts = []
                complete = False
                while True:
                    nl = self.buf.find(b"\r\n", pos)
                    if nl < 0:
                        break
                    size = int(self.buf[pos:nl].split(b";")[0], 16)
                    if len(self.buf) < nl + 2 + size + 2:
                        break
                    body_parts.append(self.buf[nl + 2 : nl + 2 + size])
                    pos = nl + 2 + size + 2
                    if size == 0:
                        complete = True
                        break
                if not complete:
                    break
                body = b"".join(body_parts)
            else:
                length = int(headers.get("content-length", "0") or 0)
                if len(self.buf) < pos + length:
                    break
                body = self.buf[pos : pos + length]
                pos += length
            self.buf = self.buf[pos:]
            answer = self.state.handle(method, target, headers, body)
            if self.gzip and "gzip" in headers.get("accept-encoding", ""):
                answer = _gzipped(answer)
            out.append(answer)
            if headers.get("connection", "").lower() == "close":
                assert self.transport is not None
                self.transport.write(b"".join(out))
                self.transport.close()
                return
        if out:
            assert self.transport is not None
            self.transport.write(b"".join(out) if len(out) > 1 else out[0])


def tls_context(cert: str, key: str) -> ssl.SSLContext:
    """The server side's TLS context: TLS 1.2 and newer, the standard library's defaults otherwise."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert, key)
    return context


async def serve(host: str, port: int, state: State, tls: ssl.SSLContext | None = None) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: HttpProtocol(state), host, port, backlog=1024, reuse_address=True)
    bound = server.sockets[0].getsockname()[1]
    servers = [server]
    ready = f"READY {bound}"
    if tls is not None:
        secure = await loop.create_server(
            lambda: HttpProtocol(state), host, 0, backlog=1024, reuse_address=True, ssl=tls, ssl_handshake_timeout=10
        )
        servers.append(secure)
        ready += f" {secure.sockets[0].getsockname()[1]}"
    print(ready, flush=True)
    await asyncio.gather(*(s.serve_forever() for s in servers))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--api-key", default=API_KEY)
    ap.add_argument("--api-secret", default=API_SECRET)
    ap.add_argument("--gzip", action="store_true", help="gzip every answer to requests that accept gzip")
    ap.add_argument("--tls-cert", help="PEM certificate chain: also serve HTTPS on a second port")
    ap.add_argument("--tls-key", help="PEM private key of --tls-cert")
    args = ap.parse_args()
    HttpProtocol.gzip = args.gzip
    tls = tls_context(args.tls_cert, args.tls_key) if args.tls_cert else None
    try:
        asyncio.run(serve(args.host, args.port, State(args.api_key, args.api_secret), tls))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
