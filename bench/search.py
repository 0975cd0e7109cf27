"""Global search, one keystroke at a time: the time from the debounced query to the results
list filled (SearchBox.run_search), for each prefix of words a student types, on the guide
database against a baseline copy of it whose index lacks the occupation rows (issue 33: the
per-keystroke cost with 1,000 more documents, measured in the same run).

    python bench/search.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS = ["actuary", "nurse", "medical coder", "health information", "15-2011", "technician"]


def baseline(db: Path, out: Path) -> Path:
    """A copy of `db` whose search index holds no occupation snapshots."""
    shutil.copy(db, out)
    conn = sqlite3.connect(out)
    conn.execute("DELETE FROM search_index WHERE kind = 'occupation'")
    conn.execute("INSERT INTO search_index_fts(search_index_fts) VALUES ('rebuild')")
    conn.commit()
    conn.close()
    return out


def keystrokes(box, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        for word in WORDS:
            for n in range(1, len(word) + 1):
                box.setText(word[:n])
                started = time.perf_counter()
                box.run_search()
                times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    from PySide6.QtWidgets import QWidget

    from hrguide.app import ensure_app
    from hrguide.paths import bundled_db
    from hrguide.store.guide import GuideStore
    from hrguide.ui.shell.search import SearchBox

    ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        dbs = {"guide": bundled_db(), "baseline": baseline(bundled_db(), Path(tmp) / "b.db")}
        results = {}
        for name in ("baseline", "guide", "baseline", "guide"):  # interleaved
            host = QWidget()
            box = SearchBox(GuideStore(dbs[name]), parent=host)
            box.attach(host)
            host.resize(800, 600)
            host.show()
            results.setdefault(name, []).extend(keystrokes(box, args.rounds))
            host.close()
    for name, times in results.items():
        q = statistics.quantiles(times, n=20)
        print(
            f"{name:9} p50 {statistics.median(times):6.2f} ms  p95 {q[18]:6.2f} ms  n={len(times)}"
        )
    ratio = (
        statistics.quantiles(results["guide"], n=20)[18]
        / statistics.quantiles(results["baseline"], n=20)[18]
    )
    print(f"p95 guide / baseline: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
