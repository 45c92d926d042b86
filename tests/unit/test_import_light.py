"""``import binance_margin`` and constructing clients load no httpx (nor, with the ``cli`` extra installed, rich,
click or pygments, which ``import httpx`` pulls in for its command line), and no pydantic (``ClientConfig`` reads its
settings itself). Fresh interpreters, real imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.util import find_spec

import pytest

HEAVY = (
    "httpx",
    "httpcore",
    "h11",
    "rich",
    "click",
    "pygments",
    "typer",
    "pydantic",
    "pydantic_core",
    "pydantic_settings",
)

_PROBE = """
import json, sys
import binance_margin
after_import = sorted(m for m in sys.modules if m.split(".")[0] in {heavy})
sync = binance_margin.MarginClient(api_key="k", api_secret="s", base_url="{url}")
async_client = binance_margin.AsyncMarginClient(api_key="k", api_secret="s", base_url="{url}")
after_construction = sorted(m for m in sys.modules if m.split(".")[0] in {heavy})
sync.close()
{extra}
print(json.dumps({{"import": after_import, "construction": after_construction,
                  "end": sorted(m for m in sys.modules if m.split(".")[0] in {heavy})}}))
"""


def probe(url: str = "https://api.binance.com", extra: str = "") -> dict[str, list[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BINANCE_") and "proxy" not in k.lower()}
    code = _PROBE.format(heavy=set(HEAVY), url=url, extra=extra)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    result: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_cli_extra_is_installed_here() -> None:
    """What the next test proves needs rich and click installed (``import httpx`` would load them)."""
    assert find_spec("rich") is not None and find_spec("click") is not None and find_spec("httpx") is not None


@pytest.mark.parametrize("url", ["https://api.binance.com", "http://127.0.0.1:9"])
def test_import_and_construction_load_no_httpx_nor_its_cli(url: str) -> None:
    found = probe(url)
    assert found["import"] == [], "import binance_margin"
    assert found["construction"] == [], "MarginClient() and AsyncMarginClient()"
    assert found["end"] == []


def test_binance_auth_and_the_httpx_paths_still_load_httpx() -> None:
    found = probe(
        extra=(
            "from binance_margin.signing import BinanceAuth\n"
            "import httpx\n"
            "assert issubclass(BinanceAuth, httpx.Auth) and binance_margin.BinanceAuth is BinanceAuth\n"
            "c = binance_margin.MarginClient(api_key='k', api_secret='s', transport=httpx.MockTransport(None))\n"
            "assert c._runtime._fast is None and isinstance(c._runtime.core.auth, BinanceAuth)\n"
        )
    )
    assert "httpx" in found["end"] and found["construction"] == []


def test_a_proxy_keeps_httpx() -> None:
    found = probe(extra="p = binance_margin.MarginClient(api_key='k', api_secret='s', proxy='http://proxy:3128')\n")
    assert "httpx" in found["end"]


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"HTTP_PROXY": "http://a:1"},
        {"http_proxy": "http://b:1", "HTTP_PROXY": "http://a:1"},
        {"https_proxy": ""},
        {"HTTPS_PROXY": "http://x:1", "https_proxy": ""},
        {"ALL_PROXY": "socks5://z:1"},
        {"HTTP_PROXY": "http://a:1", "REQUEST_METHOD": "GET"},
        {"no_proxy": "localhost"},
    ],
)
def test_environment_proxies_read_as_urllib_reads_them(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> None:
    """The proxy check reads the environment itself (urllib.request costs ~10 ms to import): same answer."""
    from urllib.request import getproxies_environment

    from binance_margin._http_common import _environment_proxies, proxy_configured

    for name in list(os.environ):
        if name.lower().endswith("_proxy") or name == "REQUEST_METHOD":
            monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert _environment_proxies() == getproxies_environment()
    expected = any(getproxies_environment().get(s) for s in ("http", "https", "all"))
    assert proxy_configured(None, True) is expected
    assert proxy_configured(None, False) is False


_CALLS = """
import asyncio, json, sys
from binance_margin import AsyncMarginClient, MarginClient, UnknownOrderError, InsufficientBalanceError
heavy = {heavy}
errors = []
with MarginClient("demo-api-key", "demo-api-secret", base_url="{url}", max_retries=0) as c:
    c.transfer.universal_transfer(type="MAIN_MARGIN", asset="USDT", amount="5000")
    order = c.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="0.001")
    c.trade.get_order(symbol="BTCUSDT", order_id=order.order_id)
    c.account.get_cross_account()
    c.general.get_server_time()
    import time
    list(c.trade.iter_all_orders(symbol="BTCUSDT", start=int(time.time() * 1000) - 3_600_000))
    try:  # error answers: a lookup and an order Binance refuses
        c.trade.get_order(symbol="BTCUSDT", order_id=987654321)
    except UnknownOrderError as exc:
        errors.append(exc.code)
    try:
        c.trade.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="90")
    except InsufficientBalanceError as exc:
        errors.append(exc.code)
sync_calls = sorted(m for m in sys.modules if m.split(".")[0] in heavy)

async def main() -> None:
    async with AsyncMarginClient("demo-api-key", "demo-api-secret", base_url="{url}", max_retries=0) as a:
        await a.account.get_cross_account()
        await a.trade.get_open_orders(symbol="BTCUSDT")
        try:
            await a.trade.get_order(symbol="BTCUSDT", order_id=987654321)
        except UnknownOrderError as exc:
            errors.append(exc.code)

asyncio.run(main())
async_calls = sorted(m for m in sys.modules if m.split(".")[0] in heavy)
print(json.dumps({{"sync": sync_calls, "async": async_calls, "errors": errors}}))
"""


@pytest.mark.integration
def test_calls_through_the_pools_load_no_httpx() -> None:
    """Calls (a transfer, an order, reads, a paged history; sync and async) and error answers (an unknown order,
    an order without the balance) import neither httpx nor pydantic: the generated endpoint modules import httpx
    for annotations only, and an error's ``headers`` become ``httpx.Headers`` when a user reads them."""
    from binance_margin.sandbox import Sandbox

    env = {k: v for k, v in os.environ.items() if not k.startswith("BINANCE_") and "proxy" not in k.lower()}
    with Sandbox.running() as sb:
        code = _CALLS.format(heavy=set(HEAVY), url=sb.base_url)
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"sync": [], "async": [], "errors": [-2013, -2010, -2013]}
