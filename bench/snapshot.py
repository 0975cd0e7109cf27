"""Opening an occupation snapshot against opening a career profile, in the same run
(issue 33: a snapshot opens within one frame budget, 16.7 ms, of a career profile). Each
open is timed from `router.go` to the page painted (a synchronous repaint of the window),
at 1280x800 offscreen: the eight careers' profiles (the first open builds each) against
eight occupations' snapshots, then both again.

    python bench/snapshot.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

OCCUPATIONS = [
    "15-2011.00",
    "29-2099.01",
    "15-1211.01",
    "29-1141.00",
    "43-4171.00",
    "11-3021.00",
    "25-2021.00",
    "13-2011.00",
]


def timed(app, window, link) -> float:
    started = time.perf_counter()
    window.router.go(link)
    app.processEvents()
    window.repaint()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    from hrguide.app import create_main_window, ensure_app
    from hrguide.ui.context import Link

    app = ensure_app()
    window = create_main_window()
    window.resize(1280, 800)
    window.show()
    while not window.ready():
        app.processEvents()
    careers = [c.career_id for c in window.ctx.store.careers()]
    profile: dict[str, list[float]] = {"first": [], "again": []}
    snapshot: dict[str, list[float]] = {"first": [], "again": []}
    for n in range(args.rounds):
        when = "first" if n == 0 else "again"
        for cid, code in zip(careers, OCCUPATIONS, strict=True):
            profile[when].append(timed(app, window, Link("careers", career=cid)))
            snapshot[when].append(timed(app, window, Link("occupation", occupation=code)))
    for when in ("first", "again"):
        p, s = statistics.median(profile[when]), statistics.median(snapshot[when])
        print(
            f"{when:5}: career profile median {p:6.1f} ms, snapshot median {s:6.1f} ms, "
            f"difference {s - p:+6.1f} ms (budget +16.7 ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
