"""Start-up benchmark: process start to first paint of the main window, and peak RSS,
for hrguide and for a bare QApplication + QMainWindow in the same run.

    python bench/startup.py [--runs 7] [--platform offscreen|xcb]

Budgets (issue 3): median ratio app / bare <= 1.5; peak RSS at most +40 MB over bare.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
win = QMainWindow()
win.resize(1280, 800)
class FirstPaint(QObject):
    seen = False
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = FirstPaint()
win.installEventFilter(f)
win.show()
app.exec()
"""


def run_once(cmd: list[str], env: dict) -> tuple[float, float, float]:
    """Seconds from spawning to first paint and to the first page's paint, and the child's
    peak RSS in MB."""
    start = time.time()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True
    )
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    line = next((ln for ln in out.splitlines() if ln.startswith("first-paint ")), None)
    if proc.returncode != 0 or line is None:
        raise SystemExit(f"{cmd} failed (exit {proc.returncode}): {out[-500:]}")
    painted = float(line.split()[1])
    ready_line = next((ln for ln in out.splitlines() if ln.startswith("page-ready ")), line)
    ready = float(ready_line.split()[1])
    return painted - start, ready - start, usage.ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    ap.add_argument(
        "--frozen",
        type=Path,
        help="also measure this frozen executable "
        "(dist/hrguide/hrguide); budget: within 10%% of the source run",
    )
    args = ap.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, HRGUIDE_EXIT_AFTER_PAINT="1")
    # An installed app has its bytecode compiled by pip; a source tree run with
    # PYTHONDONTWRITEBYTECODE=1 (as on this machine) would recompile every module each start.
    compileall.compile_dir(ROOT / "hrguide", quiet=1)
    commands = {
        "bare": [sys.executable, "-c", BARE],
        "hrguide": [sys.executable, "-m", "hrguide"],
    }
    if args.frozen:
        commands["frozen"] = [str(args.frozen)]
    for cmd in commands.values():  # warm the file cache once
        run_once(cmd, env)
    results: dict[str, list[tuple[float, float, float]]] = {k: [] for k in commands}
    for _ in range(args.runs):  # interleave so both see the same machine state
        for name, cmd in commands.items():
            results[name].append(run_once(cmd, env))
    med = {k: statistics.median(t for t, _, _ in v) for k, v in results.items()}
    ready = {k: statistics.median(t for _, t, _ in v) for k, v in results.items()}
    rss = {k: max(r for _, _, r in v) for k, v in results.items()}
    print(f"platform {args.platform}, {args.runs} runs each, medians from process start:")
    for k in commands:
        print(
            f"  {k:8} first paint {med[k] * 1000:7.1f} ms   first page painted "
            f"{ready[k] * 1000:7.1f} ms   peak RSS {rss[k]:6.1f} MB"
        )
    print(f"ratio, first page painted / bare first paint: {ready['hrguide'] / med['bare']:.2f}")
    if args.frozen:
        print(
            f"frozen vs source, first paint: {med['frozen'] / med['hrguide']:.2f} "
            f"(budget <= 1.10); first page: {ready['frozen'] / ready['hrguide']:.2f}"
        )
    ratio = med["hrguide"] / med["bare"]
    extra = rss["hrguide"] - rss["bare"]
    print(
        f"ratio hrguide/bare: {ratio:.2f} (budget <= 1.5)  "
        f"RSS over bare: {extra:+.1f} MB (budget <= +40 MB)"
    )
    return 0 if ratio <= 1.5 and extra <= 40 else 1


if __name__ == "__main__":
    sys.exit(main())
