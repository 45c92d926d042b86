"""Decode the frames in a file, the way one SDK does, and print one JSON line of timings (run in that SDK's env).

    python bench/streams/decode_worker.py --sdk ours|ours_engine|pb|pb_orjson|official --frames FILE [--rounds N]

- ``ours``: ``orjson.loads`` + ``binance_margin.streams.decode_event`` (typed ``ExecutionReport``, account tag);
- ``ours_engine``: the whole per-frame path of the stream engine (envelope, subscription -> account, dedupe,
  decode, hand-over to the iterator's queue);
- ``pb``: python-binance's ``ReconnectingWebsocket._handle_message`` (its own ``json_loads``: orjson when
  installed, else ``json.loads``; pinned python-binance does not install orjson) -> a plain dict;
- ``pb_orjson``: the same with orjson present (what python-binance does when the user installed orjson);
- ``official``: binance-sdk-margin-trading's path: ``json.loads`` then
  ``binance_common.utils.parse_user_event(event, TradeDataStreamEventsResponse)`` (pydantic models).
Every variant checks its result (order id and cumulative quantity) on every frame, outside nothing.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any


def _ours(engine: bool) -> Callable[[bytes], Any]:
    import orjson
    from binance_margin import CROSS
    from binance_margin.streams import decode_event

    if not engine:

        def decode(frame: bytes) -> Any:
            return decode_event(orjson.loads(frame)["event"], CROSS)

        return decode
    from binance_margin._config import ClientConfig
    from binance_margin.streams._engine import RestPort, StreamEngine, StreamSettings

    out: list[Any] = []
    eng = StreamEngine(
        kind="user",
        accounts=(CROSS,),
        rest=RestPort(None, None),  # type: ignore[arg-type]
        settings=StreamSettings(ClientConfig()),
        validity_ms=86_400_000,
        sink=out.append,
    )
    eng._sub_account[0] = CROSS
    on_frame = eng._on_frame

    def decode_engine(frame: bytes) -> Any:
        on_frame(frame)
        return out.pop()

    decode_engine.reset = eng._seen.clear  # type: ignore[attr-defined]  # each round: the frames are new again
    return decode_engine


def _pb(force_orjson: bool) -> Callable[[bytes], Any]:
    import binance.ws.reconnecting_websocket as rw

    if force_orjson:
        import orjson

        rw.orjson = orjson
    sock = rw.ReconnectingWebsocket(url="wss://stream.binance.com:9443/")
    handle = sock._handle_message
    return lambda frame: handle(frame)["event"]


def _official() -> Callable[[bytes], Any]:
    from binance_common.utils import parse_user_event
    from binance_sdk_margin_trading.websocket_streams.models import TradeDataStreamEventsResponse

    def decode(frame: bytes) -> Any:
        data = json.loads(frame)
        return parse_user_event(data["event"], TradeDataStreamEventsResponse).actual_instance

    return decode


def _check(sdk: str, result: Any, frame: dict[str, Any]) -> None:
    ev = frame["event"]
    if sdk.startswith("ours"):
        ok = result.order_id == ev["i"] and result.cumulative_filled_quantity == Decimal(ev["z"])
    elif sdk.startswith("pb"):
        ok = result["i"] == ev["i"] and result["z"] == ev["z"]
    else:
        ok = result.i == ev["i"] and Decimal(str(result.z)) == Decimal(ev["z"])
    if not ok:
        raise SystemExit(f"{sdk}: wrong decode of {ev}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sdk", required=True)
    ap.add_argument("--frames", required=True)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    with open(args.frames, "rb") as fh:
        frames = fh.read().splitlines()
    decode = {
        "ours": lambda: _ours(False),
        "ours_engine": lambda: _ours(True),
        "pb": lambda: _pb(False),
        "pb_orjson": lambda: _pb(True),
        "official": _official,
    }[args.sdk]()
    for frame in frames[:1000]:  # correctness on a sample (the timed loop below does no extra work)
        _check(args.sdk, decode(frame), json.loads(frame))
    getattr(decode, "reset", lambda: None)()
    times = []
    reset = getattr(decode, "reset", lambda: None)
    for _ in range(args.rounds):
        reset()
        gc.collect()
        start = time.perf_counter()
        for frame in frames:
            decode(frame)
        times.append(time.perf_counter() - start)
    n = len(frames)
    best, median = min(times), statistics.median(times)
    print(
        json.dumps(
            {
                "sdk": args.sdk,
                "frames": n,
                "best_s": best,
                "median_s": median,
                "events_per_s": n / median,
                "python": sys.version.split()[0],
            }
        )
    )


if __name__ == "__main__":
    main()
