"""School finder latency: keystroke (or filter change) to repaint, p50 and p95.

    python bench/schools.py [--scale 100] [--repeat 3]

Measures hrguide's path (domain filter over prepared rows + thin model + QTableView
repaint) on the real data and on a synthetic copy `--scale` times larger, next to Qt's C++
path (QSortFilterProxyModel chain over a QStandardItemModel) on the same rows in the same
run. Budgets (issue 19): on the real data, p95 at most the C++ proxy's p95 in the same run;
at 100x the data, at most half the proxy's p95; in the app at 1280x800, p95 within one
frame at 60 Hz (16.7 ms). (Issue 4 asked for at most 50 ms at 100x; that is printed too.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from hrguide import paths  # noqa: E402
from hrguide.domain.schools import SchoolFilter, SchoolIndex, filter_rows  # noqa: E402
from hrguide.store import GuideStore  # noqa: E402
from hrguide.ui.models.schools import COLUMNS, SchoolTableModel  # noqa: E402

QUERY = "community college"
STATES = ["TX", "CA", None, "NY", "FL", None]
LEVELS = ["associate", "bachelor", None, "certificate", None]


def steps() -> list[tuple[str, SchoolFilter]]:
    """The interactions measured: typing a query letter by letter, state and level changes,
    clearing."""
    out: list[tuple[str, SchoolFilter]] = []
    for n in range(1, len(QUERY) + 1):
        out.append(("type", SchoolFilter(text=QUERY[:n])))
    for st in STATES:
        out.append(("state", SchoolFilter(text=QUERY, state=st)))
    for lv in LEVELS:
        out.append(("level", SchoolFilter(text=QUERY, level_group=lv)))
    out.append(("clear", SchoolFilter()))
    return out


def measure_ours(app, index: SchoolIndex, repeat: int) -> list[float]:
    model = SchoolTableModel(index)
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 700)
    view.show()
    app.processEvents()
    times = []
    for _ in range(repeat):
        for _kind, f in steps():
            t = time.perf_counter()
            model.set_rows(filter_rows(index, f))
            view.viewport().repaint()
            times.append((time.perf_counter() - t) * 1000)
    view.close()
    return times


def measure_app(app, repeat: int) -> list[float]:
    """The real Schools tab in the real window (theme, 1280x800): from setting a filter
    widget to the first row on screen and painted in what shows the list (the table, or
    its cards where the table's columns do not fit, as at 1280 px)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QListView

    from hrguide.app import create_main_window

    win = create_main_window()
    win.resize(1280, 800)
    win.show()
    win.router.open("schools")
    page = win.router.page("schools")
    app.processEvents()
    times = []
    for _ in range(repeat):
        for _kind, f in steps():
            t = time.perf_counter()
            page.filters.search.setText(f.text)
            page.filters.state.setCurrentIndex(max(0, page.filters.state.findData(f.state)))
            page.filters.level.setCurrentIndex(max(0, page.filters.level.findData(f.level_group)))
            cards = page.findChild(QListView, "schoolTableCards")
            shown = cards if cards is not None and cards.isVisible() else page.table
            shown.executeDelayedItemsLayout()
            # until the first row is on screen (a list laid out in batches shows nothing
            # before its last batch)
            while shown.model().rowCount() and not shown.indexAt(QPoint(8, 8)).isValid():
                app.processEvents()
            shown.viewport().repaint()
            times.append((time.perf_counter() - t) * 1000)
    win.close()
    return times


def measure_proxy(app, index: SchoolIndex, repeat: int, columns: int) -> tuple[list[float], float]:
    """Qt's C++ path: text proxy -> state proxy -> level proxy over a QStandardItemModel
    with `columns` columns (the first three hold what the filters test)."""
    t0 = time.perf_counter()
    source = QStandardItemModel(len(index), columns)
    for r, p in enumerate(index.programs):
        source.setItem(r, 0, QStandardItem(f"{p.school} {p.alias} {p.city}"))
        source.setItem(r, 1, QStandardItem(p.state))
        source.setItem(r, 2, QStandardItem(p.level_group))
        for c in range(3, columns):
            source.setItem(r, c, QStandardItem(p.program if c == 3 else p.city))
    build = time.perf_counter() - t0
    text = QSortFilterProxyModel()
    text.setSourceModel(source)
    text.setFilterKeyColumn(0)
    text.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    state = QSortFilterProxyModel()
    state.setSourceModel(text)
    state.setFilterKeyColumn(1)
    level = QSortFilterProxyModel()
    level.setSourceModel(state)
    level.setFilterKeyColumn(2)
    view = QTableView()
    view.setModel(level)
    view.resize(1200, 700)
    view.show()
    app.processEvents()
    times = []
    for _ in range(repeat):
        for _kind, f in steps():
            t = time.perf_counter()
            text.setFilterFixedString(f.text)
            state.setFilterFixedString(f.state or "")
            level.setFilterFixedString(f.level_group or "")
            view.viewport().repaint()
            times.append((time.perf_counter() - t) * 1000)
    view.close()
    return times, build


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def report(name: str, ours: list[float], proxy: list[float]) -> tuple[float, float]:
    o50, o95, p50, p95 = pct(ours, 50), pct(ours, 95), pct(proxy, 50), pct(proxy, 95)
    print(
        f"{name:<22} hrguide p50 {o50:7.2f} ms  p95 {o95:7.2f} ms   |   "
        f"C++ proxy p50 {p50:7.2f} ms  p95 {p95:7.2f} ms   (ratio p95 {o95 / p95:.2f})"
    )
    return o95, p95


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    app = QApplication([])
    programs = GuideStore(paths.bundled_db()).programs()
    real = SchoolIndex(programs)
    # Each copy gets its own unit ids, so the synthetic data has as many distinct schools
    # per program as the real data (no help from repeated institutions).
    big = SchoolIndex(
        [
            p._replace(unitid=p.unitid + k * 10_000_000, program_id=f"{k}:{p.program_id}")
            for k in range(args.scale)
            for p in programs
        ]
    )
    print(
        f"{len(steps())} interactions x {args.repeat}; rows: real {len(real):,}, "
        f"synthetic {len(big):,}"
    )
    # real data: the proxy view gets as many columns as ours, so both paint as much
    r95, proxy_r95 = report(
        f"real ({len(real):,})",
        measure_ours(app, real, args.repeat),
        measure_proxy(app, real, args.repeat, len(COLUMNS))[0],
    )
    in_app = measure_app(app, args.repeat)
    print(
        f"{'real, in the app':<22} hrguide p50 {pct(in_app, 50):7.2f} ms  "
        f"p95 {pct(in_app, 95):7.2f} ms   (Schools tab at 1280x800 with the theme)"
    )
    # scaled: 4 proxy columns (11 x 433k QStandardItems would take GBs and minutes to build)
    proxy_big, build = measure_proxy(app, big, max(1, args.repeat - 1), 4)
    b95, p95 = report(
        f"x{args.scale} ({len(big):,})", measure_ours(app, big, args.repeat), proxy_big
    )
    print(f"(building the QStandardItemModel of {len(big):,} rows took {build:.1f} s)")
    checks = {
        "real p95 <= the proxy's": r95 <= proxy_r95,
        "in the app p95 <= 16.7 ms": pct(in_app, 95) <= 16.7,
        f"x{args.scale} p95 <= half the proxy's": b95 <= p95 / 2,
    }
    for name, met in checks.items():
        print(f"budget: {name}: {'met' if met else 'NOT met'}")
    print(f"(issue 4: x{args.scale} p95 <= 50 ms: {'met' if b95 <= 50 else 'not met'})")
    ok = all(checks.values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
