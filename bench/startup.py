"""Start-up benchmark: process start to first paint of the main window, and peak RSS,
for hrguide and for a bare QApplication + QMainWindow in the same run.

    python bench/startup.py [--runs 7] [--platform offscreen|xcb] [--compare DIR]
                            [--installed PYTHON] [--frozen EXE] [--shuffle]

Budgets: the first page painted at most 1.6x the bare window's first paint (issue 34, once
the start-up code cache was removed; it had been 1.5x with the cache, issue 19); peak RSS
at most +40 MB over bare (issue 3).

On a shared machine the speed drifts within seconds, so the runs are interleaved and each
ratio is also given as the median of the runs' own ratios (each run's app against the bare
window of its round). `--compare DIR` adds another checkout (an older commit in a
git worktree, say) to the same interleaved runs: a change is judged against its baseline
in the same minute, not against a number from another hour. `--installed PYTHON` measures
the guide as a user starts it: the Python of an environment the wheel was installed into
(pip compiled its bytecode) runs the bare window and `python -m hrguide` from outside the
source tree, so that the installed package is the one started.
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bare_window(on_first_paint: str) -> str:
    """A bare QApplication and QMainWindow at 1280x800 that runs `on_first_paint` (Python,
    with `app` and `time` at hand) at its first paint event: the baseline of every start-up
    measure (bench/instructions.py counts it too)."""
    return f"""
import os, sys, time
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
            {on_first_paint}
        return False
f = FirstPaint()
win.installEventFilter(f)
win.show()
app.exec()
"""


def later_start(tmp: Path, platform: str) -> dict[str, str]:
    """A start that brings back a 1280x800 window (shell/placement.py), as the bare window
    is; offscreen, on a 1920x1080 screen (its own is 800x600, which the window would fill)."""
    state = tmp / "hrguide" / "hrguide"  # Qt's state folder: organization, app
    state.mkdir(parents=True)
    (state / "window.txt").write_text("100 100 1280 800 0\n")
    env = {"XDG_STATE_HOME": str(tmp)}
    if platform == "offscreen":
        (tmp / "screen.json").write_text(
            '{"screens": [{"name": "s", "x": 0, "y": 0, "width": 1920, "height": 1080}]}'
        )
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={tmp / 'screen.json'}"
    return env


BARE = bare_window(
    'print(f"first-paint {time.time():.6f}", flush=True); QTimer.singleShot(0, app.quit)'
)


def run_once(cmd: list[str], env: dict, cwd: Path = ROOT) -> tuple[float, float, float]:
    """Seconds from spawning to first paint and to the first page's paint, and the child's
    peak RSS in MB."""
    start = time.time()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=cwd, text=True
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


def own_ratios(runs: list, bases: list) -> tuple[float, float]:
    """The medians of each run's first paint and first page over the baseline's first
    paint in the same round of the interleaved runs."""
    firsts = [b for b, _, _ in bases]
    paint = statistics.median(t / b for (t, _, _), b in zip(runs, firsts, strict=True))
    page = statistics.median(t / b for (_, t, _), b in zip(runs, firsts, strict=True))
    return paint, page


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
    ap.add_argument(
        "--shuffle",
        action="store_true",
        help="run each round's commands in a random order (a run reads slower just after "
        "the guide's than just after the bare window's: bench/RESULTS.md)",
    )
    ap.add_argument(
        "--installed",
        type=Path,
        metavar="PYTHON",
        help="the Python of an environment with the wheel installed: measure that install "
        "(and the bare window with that Python)",
    )
    ap.add_argument(
        "--compare",
        type=Path,
        metavar="DIR",
        help="also measure the checkout in DIR (`python -m hrguide` run there)",
    )
    args = ap.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, HRGUIDE_EXIT_AFTER_PAINT="1")
    env.update(later_start(Path(tempfile.mkdtemp()), args.platform))
    python = str(args.installed) if args.installed else sys.executable
    commands = {
        "bare": [python, "-c", BARE],
        "hrguide": [python, "-m", "hrguide"],
    }
    where = {name: ROOT for name in commands}
    if args.installed:  # started from elsewhere, `-m hrguide` finds the installed package
        where["hrguide"] = Path(tempfile.mkdtemp())
    else:
        # An installed app has its bytecode compiled by pip; a source tree run with
        # PYTHONDONTWRITEBYTECODE=1 (as on this machine) would recompile every module
        # each start.
        compileall.compile_dir(ROOT / "hrguide", quiet=1)
    if args.frozen:
        commands["frozen"] = [str(args.frozen)]
        where["frozen"] = ROOT
    if args.compare:
        compileall.compile_dir(args.compare / "hrguide", quiet=1)
        commands["compare"] = [python, "-m", "hrguide"]  # -m: DIR's own package
        where["compare"] = args.compare.resolve()
    for name, cmd in commands.items():  # warm the file cache once
        run_once(cmd, env, where[name])
    results: dict[str, list[tuple[float, float, float]]] = {k: [] for k in commands}
    order, shuffler = list(commands), random.Random(0)
    for _ in range(args.runs):  # interleave so both see the same machine state
        if args.shuffle:
            shuffler.shuffle(order)
        for name in order:
            results[name].append(run_once(commands[name], env, where[name]))
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
    for k in (n for n in commands if n != "bare"):
        paint, page = own_ratios(results[k], results["bare"])
        print(
            f"  {k:8} median of the runs' own ratios: first paint {paint:.2f}, "
            f"first page painted {page:.2f} (budget 1.6)"
        )
    if args.frozen:
        print(
            f"frozen vs source, first paint: {med['frozen'] / med['hrguide']:.2f} "
            f"(budget <= 1.10); first page: {ready['frozen'] / ready['hrguide']:.2f}"
        )
    ratio = med["hrguide"] / med["bare"]
    page_ratio = ready["hrguide"] / med["bare"]
    extra = rss["hrguide"] - rss["bare"]
    print(
        f"ratio hrguide/bare: first paint {ratio:.2f}, first page painted "
        f"{page_ratio:.2f} (budget <= 1.6); RSS over bare: {extra:+.1f} MB (budget <= +40 MB)"
    )
    return 0 if page_ratio <= 1.6 and extra <= 40 else 1


if __name__ == "__main__":
    sys.exit(main())
