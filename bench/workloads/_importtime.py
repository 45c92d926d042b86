"""Cold import probe: ``python _importtime.py "from binance_margin import MarginClient" ["MarginClient('k', 's')"]``.

Runs in a fresh interpreter of the env under test. Only builtin modules are touched before the timed
import (``time`` and ``posix`` are builtins; nothing else is imported first), so the statement pays for
everything it pulls in. An optional second statement (constructing a client) is timed after it.
Prints ``<ms> <rss_before_bytes> <rss_after_bytes> <modules_added> [<second_ms> <httpx_loaded 0/1>]``.
"""

import os  # already loaded by site at startup: free
import sys
import time

_page = os.sysconf("SC_PAGE_SIZE")


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * _page


before_mods = len(sys.modules)
rss0 = _rss()
t0 = time.perf_counter()
exec(sys.argv[1])
t1 = time.perf_counter()
rss1 = _rss()
out = f"{(t1 - t0) * 1000:.3f} {rss0} {rss1} {len(sys.modules) - before_mods}"
if len(sys.argv) > 2:
    t2 = time.perf_counter()
    exec(sys.argv[2])
    t3 = time.perf_counter()
    out += f" {(t3 - t2) * 1000:.3f} {int('httpx' in sys.modules)}"
print(out)
