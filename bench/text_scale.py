"""Text-size step cost (issue 13: Ctrl+= / Ctrl+- froze the UI ~5 s a step on two cores).

    python bench/text_scale.py [--rounds 3]

Builds every page and two career profiles (the most widgets a session has), then times
each step of the text-size ladder, to the end of the relayout it causes:
- guide: `ViewSettings.set_text_scale` as Ctrl+= and Ctrl+- run it (scaled font sizes on the window);
- baseline: the same sizes put into the application's style sheet, as the guide did before
  (every widget of the app re-styled), in the same run.
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    from look import built_window  # (bench/ is this script's own directory)
    from PySide6.QtWidgets import QApplication

    from hrguide.ui.look.theme import SCALE_STEPS, composed_sheet, scale_sheet

    win, app = built_window()
    ladder = [s for s in SCALE_STEPS if s >= 1.0] + [1.0]
    guide, base = [], []
    plain = app.styleSheet()
    for _ in range(args.rounds):
        for scale in ladder:
            t = time.perf_counter()
            win.settings.set_text_scale(scale)
            app.processEvents()
            guide.append(time.perf_counter() - t)
        for scale in ladder:
            t = time.perf_counter()
            app.setStyleSheet(
                plain + "\n" + scale_sheet(composed_sheet(kiosk=False, high_contrast=False), scale)
            )
            app.processEvents()
            base.append(time.perf_counter() - t)
        app.setStyleSheet(plain)
    print(f"widgets: {len(QApplication.allWidgets())}, steps: {len(guide)} each")
    for name, xs in (("guide (window layer)", guide), ("baseline (app sheet)", base)):
        print(
            f"{name:22} median {statistics.median(xs) * 1000:6.0f} ms   "
            f"max {max(xs) * 1000:6.0f} ms"
        )
    print(f"ratio (median): {statistics.median(guide) / statistics.median(base):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
