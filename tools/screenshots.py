"""Screenshots of the guide in every configuration of the layout audit (issue 30): at
1280x800 and 1920x1080 in English and Spanish at 100 % and 200 % text, and as a kiosk at
1920x1080 and 1080x1920 in both languages, with the same state the audit fills in (four
careers and four programs compared, a shortlist with a note).

    python tools/screenshots.py [--only CONFIG ...] [--views VIEW ...] [--out DIR]

Writes DIR/CONFIG/VIEW.png (DIR is docs/screenshots unless given), reduced to 256 colours
when ImageMagick's `convert` is there. Uses the offscreen platform unless QT_QPA_PLATFORM
says otherwise. tools/kiosk_screenshots.py shoots a kiosk's own screens (the attract
screen, the idle overlay) on a real X display.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from layout_audit import CONFIGS, fill, sample_results

# the views a person reaches most, and the ones issue 30 found cut
VIEWS = (
    "careers",
    "compare",
    "earnings",
    "advancement",
    "schools",
    "school",
    "program-compare",
    "shortlist",
    "interest-results",
    "occupation",
)


def open_view(win, view: str) -> None:
    from hrguide.ui.context import Link

    if view == "school":  # the University of Alabama at Birmingham: outcomes to read
        win.router.go(Link("schools", school=100663))
    elif view == "occupation":  # an "All Other" group, more than eight tasks
        win.router.go(Link("occupation", occupation="29-2099.01"))
    elif view == "interest-results":
        page = sample_results(win)
        page.ensureWidgetVisible(page.results, 0, 0)
    else:
        win.router.open(view)


def shoot(name, w, h, lang, scale, kiosk, views, out: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from hrguide.app import create_main_window, ensure_app
    from hrguide.config import KioskConfig, SiteConfig

    app = ensure_app()
    win = create_main_window(config=SiteConfig(kiosk=KioskConfig(enabled=kiosk, font_scale=scale)))
    if kiosk:  # as the audit does: the kiosk laid out at the size of the screen named
        win.kiosk_controller.watch.stop()
        win.setFixedSize(w, h)
    win.resize(w, h)
    win.show()
    while not win.ready():
        app.processEvents()
    win.shortlister.keep_in_memory()
    fill(win)
    win.settings.set_language(lang)
    if not kiosk:
        win.settings.set_text_scale(scale)
    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for view in views:
        open_view(win, view)
        for _ in range(5):
            app.processEvents()
        path = folder / f"{view}.png"
        win.grab().save(str(path))
        written.append(path)
    if kiosk:
        win.kiosk_controller.release()
    win.close()
    win.deleteLater()
    QApplication.processEvents()
    return written


def fewer_colours(paths: list[Path]) -> None:
    """256 colours: a third of the size, and the same to the eye for a UI."""
    convert = shutil.which("convert")
    if convert is None:
        return
    for p in paths:
        subprocess.run([convert, str(p), "-colors", "256", f"PNG8:{p}"], check=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="*", help="configuration names")
    ap.add_argument("--views", nargs="*", default=list(VIEWS))
    ap.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = ap.parse_args()
    for config in CONFIGS:
        if args.only and config[0] not in args.only:
            continue
        written = shoot(*config, args.views, args.out)
        fewer_colours(written)
        print(f"{config[0]}: {len(written)} screenshots", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
