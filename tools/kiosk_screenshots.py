"""Screenshots of kiosk mode: the start, the interest check (an item and the results),
the pathway map, the idle overlay and the attract screen, at the screen's size.

Run under Xvfb: DISPLAY=:99 QT_QPA_PLATFORM=xcb python tools/kiosk_screenshots.py
(a portrait kiosk: Xvfb :98 -screen 0 1080x1920x24, then DISPLAY=:98 ... --size 1080x1920)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from hrguide.app import create_main_window
from hrguide.config import KioskConfig, SiteConfig

OUT = Path("docs/screenshots")


def _answer_all(win) -> None:
    page = win.router.page("interest-check")
    weights = {"Conventional": 5, "Social": 4, "Investigative": 3}
    for _ in range(len(page.items)):
        page.buttons[weights.get(page.items[page.current].area, 1)].click()
    page.show_results()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="1920x1080")
    size = ap.parse_args().size
    w, h = (int(v) for v in size.split("x"))
    cfg = SiteConfig(kiosk=KioskConfig(enabled=True, idle_seconds=3600, countdown_seconds=15))
    win = create_main_window(config=cfg)
    win.resize(w, h)
    win.show_for_mode()
    app = QApplication.instance()
    ctl = win.kiosk_controller

    def shot(name: str):
        def take() -> None:
            # layouts asked for by the last step first: grab() paints the widgets where they
            # are now, and a table that grew a moment ago has not moved what lies below it
            for _ in range(3):
                app.processEvents()
            win.grab().save(str(OUT / f"kiosk-{name}-{size}.png"))

        return take

    steps = [
        lambda: win.router.page("careers"),
        shot("start"),
        lambda: win.router.open("interest-check"),
        shot("interest-item"),
        lambda: _answer_all(win),
        shot("interest-results"),
        lambda: win.router.open("advancement"),
        shot("pathways"),
        ctl.start_countdown,
        shot("idle-overlay"),
        lambda: (ctl.tick.stop(), ctl.overlay.hide(), ctl.reset()),
        shot("attract"),
        lambda: (ctl.release(), app.quit()),
    ]
    for n, step in enumerate(steps):
        QTimer.singleShot(400 * (n + 1), step)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
