"""Draw bench/results/latest.json as a PNG: one horizontal bar panel per scenario, ours highlighted.

Runs in the bench tools env (matplotlib): ``bench/.envs/tools/bin/python bench/plot.py IN.json OUT.png``.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

COLORS = {"ours": "#d62728", "peer": "#1f77b4", "floor": "#7f7f7f"}
PANELS = [
    ("account", "sync signed GET account (µs/call)"),
    ("order", "sync signed POST order FULL (µs/call)"),
    ("all_orders", "sync GET 500 orders (µs/call)"),
    ("async_account", "async signed GET account (µs/call)"),
    ("async_order", "async signed POST order (µs/call)"),
    ("async_all_orders", "async GET 500 orders (µs/call)"),
    ("gather200", "200 concurrent GETs (µs per request)"),
]


def main(src: str, dst: str) -> None:
    with open(src) as f:
        data: dict[str, Any] = json.load(f)
    summary = data["summary"]
    panels = [(s, t) for s, t in PANELS if s in summary["scenarios"]]
    imports = {k: v for k, v in summary["imports"].items() if "ms" in v}
    n = len(panels) + (1 if imports else 0)
    cols = 2
    rows = (n + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(13, 2.6 * rows), squeeze=False)
    flat = [ax for row in axes for ax in row]
    for ax, (scenario, title) in zip(flat, panels, strict=False):
        items = [r for r in summary["scenarios"][scenario].values() if "us" in r]
        items.sort(key=lambda r: r["us"])
        vals = [r["us"] / (200 if scenario == "gather200" else 1) for r in items]
        ax.barh([r["label"] for r in items], vals, color=[COLORS[r["kind"]] for r in items])
        for y, v in enumerate(vals):
            ax.text(v, y, f" {v:,.0f}", va="center", fontsize=7)
        missing = [r["label"] for r in summary["scenarios"][scenario].values() if "us" not in r]
        if missing:
            title += "\nno result: " + ", ".join(missing)
        ax.set_title(title, fontsize=9)
        ax.tick_params(labelsize=7)
        ax.invert_yaxis()
        ax.margins(x=0.18)
    if imports:
        ax = flat[len(panels)]
        items = sorted(imports.items(), key=lambda kv: kv[1]["ms"])
        labels = [v["label"] for _, v in items]
        ax.barh(
            labels,
            [v["ms"] for _, v in items],
            color=[COLORS["ours" if k.startswith("ours") else "peer"] for k, _ in items],
        )
        for y, (_, v) in enumerate(items):
            ax.text(v["ms"], y, f" {v['ms']:.0f} ms, +{v['rss_mb']:.0f} MB", va="center", fontsize=7)
        ax.set_title("cold import (ms) and RSS added", fontsize=9)
        ax.tick_params(labelsize=7)
        ax.invert_yaxis()
        ax.margins(x=0.3)
    for ax in flat[n:]:
        ax.axis("off")
    meta = data["meta"]
    fig.suptitle(
        f"binance-margin vs peers, {meta['when']}, {meta['machine']}, Python {meta['python']} "
        f"(median of {meta['rounds']} rounds; red = ours, grey = floors)",
        fontsize=9,
    )
    fig.tight_layout()
    fig.savefig(dst, dpi=110)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
