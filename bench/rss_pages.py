"""Resident memory along a fixed path: a kiosk at 1920x1080 opens every page and a school,
in English, then Spanish, then English again, printing RSS after each pass.

    python bench/rss_pages.py [CHECKOUT]

CHECKOUT (a git worktree of an older commit, say) is measured instead of this one, so
two commits can be compared in the same minutes. No budget of its own: issue 30 asks that
memory be no worse than before the change, in the same run.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024


def main() -> int:
    from hrguide.app import create_main_window, ensure_app
    from hrguide.config import KioskConfig, SiteConfig
    from hrguide.ui.context import Link
    from hrguide.ui.shell.registry import PAGE_IDS

    app = ensure_app()
    win = create_main_window(config=SiteConfig(kiosk=KioskConfig(enabled=True)))
    win.kiosk_controller.watch.stop()  # laid out at the named screen's size, not 800x600
    win.setFixedSize(1920, 1080)
    win.show()
    while not win.ready():
        app.processEvents()
    print(f"{ROOT}: start {rss_mb():.1f} MB")
    for lang in ("en", "es", "en"):
        win.settings.set_language(lang)
        for page_id in PAGE_IDS:
            win.router.open(page_id)
            for _ in range(3):
                app.processEvents()
        win.router.go(Link("schools", school=100663))
        for _ in range(3):
            app.processEvents()
        print(f"after {lang}: {rss_mb():.1f} MB")
    win.kiosk_controller.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
