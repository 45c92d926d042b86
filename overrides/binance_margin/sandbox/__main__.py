"""``python -m binance_margin.sandbox [--host 127.0.0.1] [--port 8900] [--config FILE] [--next-version]``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Sequence

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="binance-margin-sandbox",
        description="A local Binance margin exchange (cross and isolated) for demos and tests.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8900, help="port to bind (default 8900; 0 picks a free one)")
    p.add_argument("--config", metavar="FILE", help="YAML or JSON configuration merged over the default")
    p.add_argument("--access-log", action="store_true", help="log every request")
    p.add_argument(
        "--next-version",
        action="store_true",
        help="answer as a next Binance version the spec does not know yet: new response keys, an enum value, "
        "a stream event type and an error code (to test binance-margin spec-drift; docs/regenerating.md)",
    )
    p.add_argument(
        "--validate-responses",
        nargs="?",
        const="auto",
        metavar="SPEC",
        help="check every answer against spec/margin.yaml (or SPEC) and log violations",
    )
    return p


async def _serve(args: argparse.Namespace) -> int:
    from aiohttp import web

    from ._config import DEMO_API_KEY, DEMO_API_SECRET, default_config, load_config
    from ._server import SandboxCore

    config = load_config(args.config) if args.config else default_config()
    if args.next_version:
        config.next_version = True
    validate: bool | str = False
    if args.validate_responses:
        validate = True if args.validate_responses == "auto" else args.validate_responses
    core = SandboxCore(config, validate_responses=validate)
    runner = web.AppRunner(
        core.make_app(), access_log=logging.getLogger("binance_margin.sandbox.access") if args.access_log else None
    )
    await runner.setup()
    site = web.TCPSite(runner, args.host, args.port, reuse_address=True)
    await site.start()
    port = runner.addresses[0][1]
    demo = (
        f" (demo user: API key {DEMO_API_KEY}, HMAC secret {DEMO_API_SECRET})"
        if any(k.api_key == DEMO_API_KEY for u in config.users for k in u.api_keys)
        else ""
    )
    print(f"binance-margin sandbox listening on http://{args.host}:{port}{demo}", flush=True)
    if config.next_version:
        print("next-version mode: answers carry what spec/margin.yaml does not know yet", flush=True)
    print(
        f"streams: WebSocket API ws://{args.host}:{port}/ws-api/v3, risk data stream ws://{args.host}:{port}/ws/<listenKey>",
        flush=True,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
        for problem in core.errors:
            print(problem, file=sys.stderr)
    print("binance-margin sandbox stopped", flush=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the sandbox until interrupted (Ctrl-C or SIGTERM)."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    try:
        return asyncio.run(_serve(args))
    except KeyboardInterrupt:
        return 0
    except OSError as exc:
        print(f"binance-margin-sandbox: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
