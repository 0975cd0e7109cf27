"""Screenshots of kiosk mode at 1920x1080: the start, the idle overlay, the attract screen.

Run under Xvfb: DISPLAY=:99 QT_QPA_PLATFORM=xcb python tools/kiosk_screenshots.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from hrguide.app import create_main_window
from hrguide.config import KioskConfig, SiteConfig

OUT = Path("docs/screenshots")


def main() -> int:
    cfg = SiteConfig(kiosk=KioskConfig(enabled=True, idle_seconds=3600, countdown_seconds=15))
    win = create_main_window(config=cfg)
    win.resize(1920, 1080)
    win.show_for_mode()
    app = QApplication.instance()
    ctl = win.kiosk_controller
    steps = [
        lambda: win.router.page("careers"),
        lambda: win.grab().save(str(OUT / "kiosk-start-1920x1080.png")),
        ctl.start_countdown,
        lambda: win.grab().save(str(OUT / "kiosk-idle-overlay-1920x1080.png")),
        lambda: (ctl.tick.stop(), ctl.overlay.hide(), ctl.reset()),
        lambda: win.grab().save(str(OUT / "kiosk-attract-1920x1080.png")),
        lambda: (ctl.release(), app.quit()),
    ]
    for n, step in enumerate(steps):
        QTimer.singleShot(400 * (n + 1), step)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
