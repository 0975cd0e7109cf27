"""Start-up by instruction count: what the guide runs before its first paint and before its
first page is painted, against a bare QMainWindow's first paint, under callgrind.

    python bench/instructions.py [--compare DIR]

Wall-clock ratios (bench/startup.py) move by ±0.05 between runs on a shared machine;
instruction counts repeat exactly, so a change of 1 % shows. They leave out what the kernel
does (files, page faults, threads waking): the wall clock stays the budget's measure, and
these say which way a change moves it. Needs valgrind; about ten seconds a count.

The guide starts as the `hrguide` command does (`hrguide.__main__.main`, which pauses the
cycle collector until the first page), offscreen. Callgrind counts every thread's work:
fontconfig's set-up is counted on its second thread as it would be on the first. The
signal wake-up, due a second after start, is left out: under valgrind a second passes
before the first paint."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from startup import (
    bare_window,  # (bench/ is this script's own directory)
    later_start,
)

ROOT = Path(__file__).resolve().parents[1]

BARE = bare_window("os._exit(0)")  # the count stops at the paint event, as the guide's does

GUIDE = r"""
import os, sys
os.environ["HRGUIDE_EXIT_AFTER_PAINT"] = "1"
FRAME = sys.argv[1] == "frame"
import hrguide.app as app

def exit_at_paint(qapp, window):
    from PySide6.QtCore import QEvent, QObject

    class Paint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and (FRAME or window.first_page_built()):
                os._exit(0)
            return False

    window.installEventFilter(Paint(window))

app._exit_after_first_paint = exit_at_paint
app._wake_on_signals = lambda qapp: None
sys.argv = ["hrguide"]
from hrguide.__main__ import main
sys.exit(main())
"""


def count(code: str, where: Path, *args: str) -> int:
    """Instructions (callgrind's `Ir`) for running `code` with `args` in `where`."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(where))
    with tempfile.TemporaryDirectory() as tmp:
        # a later start at 1280x800 on a 1920x1080 screen, as bench/startup.py measures
        # (offscreen's own screen is 800x600, which a first start would fill)
        env.update(later_start(Path(tmp), "offscreen"))
        out = Path(tmp) / "callgrind.out"
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"]
            + [os.path.realpath(sys.executable), "-c", code, *args],
            cwd=where,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    found = re.search(r"Collected : (\d+)", run.stderr)
    if not found:
        raise SystemExit(f"callgrind gave no count:\n{run.stderr[-800:]}")
    return int(found.group(1))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--compare", type=Path, help="also count the checkout in DIR")
    args = ap.parse_args()
    trees = {"hrguide": ROOT} | ({"compare": args.compare.resolve()} if args.compare else {})
    for tree in trees.values():
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "hrguide")])
    bare = count(BARE, ROOT)
    print(f"bare first paint        {bare / 1e6:8.1f} M")
    for name, tree in trees.items():
        frame, page = count(GUIDE, tree, "frame"), count(GUIDE, tree, "page")
        print(
            f"{name:8} first paint {frame / 1e6:8.1f} M ({frame / bare:.3f}x)"
            f"   first page painted {page / 1e6:8.1f} M ({page / bare:.3f}x, budget 1.6x)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
