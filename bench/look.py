"""High contrast and text-size steps with every page built (issue 31, item 2: under 300 ms).

    python bench/look.py [--rounds 3]

Builds every page and two career profiles, then times, to the end of the relayout each
causes:
- guide: `ViewSettings.set_high_contrast` and `set_text_scale` as the header button and
  Ctrl+= / Ctrl+- run them (a layer on the parts shown, look/layers.py);
- the first show of another page afterwards (it takes the layer as it is shown), against
  a show of a page already dressed;
- a change of language and back, every page built (issue 31, item 1);
- baseline, in the same run: the same looks put the ways the guide used to, high contrast
  in the application's style sheet and the text sizes in a sheet on the window. Run with
  PYTHONPATH set to an older checkout to measure the code before in the same session.
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


def _timed(action, app) -> float:
    t = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - t) * 1000


def built_window():
    """The guide at 1280x800 with every page and two career profiles built (the most
    widgets a session has): what bench/text_scale.py measures too."""
    from PySide6.QtWidgets import QApplication

    from hrguide.app import create_main_window
    from hrguide.ui.context import Link
    from hrguide.ui.shell.registry import PAGE_IDS

    win = create_main_window(ROOT / "data" / "guide.db")
    win.resize(1280, 800)
    win.show()
    app = QApplication.instance()
    for page_id in PAGE_IDS:
        win.router.open(page_id)
        app.processEvents()
    for career in ("medical-coder", "health-information-technician"):
        win.router.go(Link("careers", career=career))
        app.processEvents()
    win.router.open("careers")
    app.processEvents()
    return win, app


def _baseline(win, app, rounds: int) -> tuple[list[float], list[float]]:
    from hrguide.ui.look.theme import SCALE_STEPS, composed_sheet, scale_sheet

    plain = app.styleSheet()
    contrast, text = [], []
    for _ in range(rounds):
        for on in (True, False):
            sheet = composed_sheet(kiosk=False, high_contrast=on)
            contrast.append(_timed(lambda s=sheet: app.setStyleSheet(s), app))
        for scale in [s for s in SCALE_STEPS if s > 1.0] + [1.0]:
            sheet = scale_sheet(composed_sheet(kiosk=False, high_contrast=False), scale)
            text.append(_timed(lambda s=sheet: win.setStyleSheet(s), app))
    app.setStyleSheet(plain)
    win.setStyleSheet("")
    app.processEvents()
    return contrast, text


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--only-guide", action="store_true", help="skip the baseline ways")
    args = ap.parse_args()
    from PySide6.QtWidgets import QApplication

    from hrguide.ui.look.theme import SCALE_STEPS

    win, app = built_window()
    s = win.settings
    contrast, text, first_show, dressed_show, language = [], [], [], [], []
    for _ in range(args.rounds):
        for on in (True, False):
            contrast.append(_timed(lambda on=on: s.set_high_contrast(on), app))
            first_show.append(_timed(lambda: win.router.open("earnings"), app))
            win.router.open("careers")
            app.processEvents()
            dressed_show.append(_timed(lambda: win.router.open("earnings"), app))
            win.router.open("careers")
            app.processEvents()
        for scale in [x for x in SCALE_STEPS if x > 1.0] + [1.0]:
            text.append(_timed(lambda sc=scale: s.set_text_scale(sc), app))
        for lang in ("es", "en"):
            language.append(_timed(lambda lang=lang: s.set_language(lang), app))
    if args.only_guide:
        base_contrast, base_text = [0.0], [0.0]
    else:
        base_contrast, base_text = _baseline(win, app, args.rounds)
    print(f"widgets: {len(QApplication.allWidgets())}, rounds: {args.rounds}")
    rows = (
        ("high contrast, guide", contrast),
        ("high contrast, app sheet (before)", base_contrast),
        ("text size step, guide", text),
        ("text size step, window sheet (before)", base_text),
        ("first show of a page after a switch", first_show),
        ("show of a page already dressed", dressed_show),
        ("language switch (Spanish, then English)", language),
    )
    for name, xs in rows:
        print(f"{name:40} median {statistics.median(xs):7.0f} ms   max {max(xs):7.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
