"""Repaint time of every tab with Qt's pixmap cache at two sizes: the app's cap and Qt's
default. Justifies hrguide.ui.look.theme.PIXMAP_CACHE_KB (issue 8: the monkey bench showed the
cache filling to Qt's 10 MB default over minutes of use).

    python bench/pixmap_cache.py [--rounds 5]

Each size runs in its own process (the cache is per process); a page is grabbed after every
tab has been shown once, so both sizes are measured warm.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def measure(limit_kb: int, rounds: int) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtGui import QPixmapCache

    from hrguide.app import create_main_window, ensure_app

    app = ensure_app()
    QPixmapCache.setCacheLimit(limit_kb)
    w = create_main_window()
    w.resize(1280, 800)
    w.show()
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        app.processEvents()
    times = []
    for _ in range(rounds):
        for i in range(w.tabs.count()):
            w.tabs.setCurrentIndex(i)
            app.processEvents()
            t = time.perf_counter()
            w.grab()
            times.append(time.perf_counter() - t)
    return sorted(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        t = measure(args.child, args.rounds)
        print(
            f"{args.child:>6} KB: median {1000 * t[len(t) // 2]:.1f} ms, "
            f"p90 {1000 * t[int(len(t) * 0.9)]:.1f} ms per full-window repaint"
        )
        return 0
    from hrguide.ui.look.theme import PIXMAP_CACHE_KB

    for kb in (PIXMAP_CACHE_KB, 10240, PIXMAP_CACHE_KB, 10240):
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(kb), "--rounds", str(args.rounds)],
            capture_output=True,
            text=True,
            check=True,
        )
        print(out.stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
