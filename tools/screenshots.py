"""Save a screenshot of every tab (and a career profile) to docs/screenshots/.

Run: python tools/screenshots.py [--size 1280x800] [--out docs/screenshots]
Uses the offscreen platform unless DISPLAY and QT_QPA_PLATFORM=xcb are set.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from hrguide.ui.context import Link


def sample_results(win):
    """The interest check answered as a Conventional, Social student, results shown (the
    screenshots' and the layout audit's example); returns the page."""
    win.router.open("interest-check")
    page = win.router.page("interest-check")
    page.start()
    weights = {"Conventional": 5, "Social": 4, "Enterprising": 3}
    for _ in range(len(page.items)):
        page.buttons[weights.get(page.items[page.current].area, 1)].click()
    page.show_results()
    return page


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="1280x800")
    ap.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    ap.add_argument("--only", nargs="*", help="page ids to shoot")
    ap.add_argument("--text-scale", type=float, default=1.0, help="e.g. 2 for 200 %% text")
    ap.add_argument("--high-contrast", action="store_true")
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QScrollArea

    from hrguide.app import create_main_window
    from hrguide.ui.shell.registry import PAGE_IDS

    w, h = (int(v) for v in args.size.split("x"))
    win = create_main_window()
    win.resize(w, h)
    win.show()
    app = QApplication.instance()
    win.settings.set_language(args.lang)
    win.settings.set_text_scale(args.text_scale)
    win.settings.set_high_contrast(args.high_contrast)
    look = (
        (f"-{args.lang}" if args.lang != "en" else "")
        + (f"-text{round(args.text_scale * 100)}" if args.text_scale != 1 else "")
        + ("-contrast" if args.high_contrast else "")
    )
    args.out.mkdir(parents=True, exist_ok=True)
    for i, page_id in enumerate(PAGE_IDS):
        if args.only and page_id not in args.only:
            continue
        if page_id == "program-compare":  # three Alabama programs, one with outcomes
            win.ctx.comparison.set_programs(
                ["100663:51.0701:5", "101143:51.0707:21", "100724:51.0706:5"]
            )
        win.router.open(page_id)
        page = win.router.page(page_id)
        if page_id == "schools":  # one state's programs
            page.filters.state.setCurrentIndex(page.filters.state.findData("CO"))
        for _ in range(3):
            app.processEvents()
        win.grab().save(str(args.out / f"{i + 1:02d}-{page_id}-{w}x{h}{look}.png"))
    if not args.only or "outcomes" in args.only:  # a school's graduates' outcomes
        win.router.go(Link("schools", school=100663))
        page = win.router.page("schools")
        for _ in range(3):
            app.processEvents()
        page.findChild(QScrollArea, "schoolPageScroll").ensureWidgetVisible(
            page.detail.outcomes, 0, 0
        )
        app.processEvents()
        win.grab().save(str(args.out / f"00-school-outcomes-{w}x{h}{look}.png"))
    if not args.only or "interest-results" in args.only:  # a Conventional, Social student
        page = sample_results(win)
        for _ in range(3):
            app.processEvents()
        page.ensureWidgetVisible(page.results, 0, 0)
        app.processEvents()
        win.grab().save(str(args.out / f"00-interest-results-{w}x{h}{look}.png"))
        page.ensureWidgetVisible(page.results.matches, 0, 0)
        app.processEvents()
        win.grab().save(str(args.out / f"00-interest-matches-{w}x{h}{look}.png"))
    if not args.only or "profile" in args.only:
        win.router.go(Link("careers", career="health-information-technician"))
        app.processEvents()
        win.grab().save(str(args.out / f"00-career-profile-{w}x{h}{look}.png"))
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
