"""What each import kept inside a function saves: its time and memory when it runs.

    python bench/deferred_imports.py [--repeat 3]

Every import inside a function in hrguide/ carries the comment "# deferred" (a test
holds that). For each one, a fresh process imports the module that holds it (and makes the
QApplication, for the UI's modules), then runs that import statement alone and reports how
long it took and how much the resident memory grew: what the module's importer (the start,
or a `hrguide db` command) would pay if the import were at the top. Medians of `--repeat`
runs; PySide's classes count too, as PySide builds a class on its first lookup.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = r"""
import importlib, json, os, sys, time
sys.path.insert(0, {root!r})
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
module = importlib.import_module({module!r})
if {ui!r}:
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
before, start = rss(), time.perf_counter()
exec(compile({statement!r}, "<deferred>", "exec"), dict(vars(module)))
print(json.dumps([time.perf_counter() - start, rss() - before]))
"""


def deferred() -> list[tuple[str, int, str]]:
    """(module, line, statement) of every import inside a function in hrguide/."""
    found = []
    for path in sorted((ROOT / "hrguide").rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        text = path.read_text(encoding="utf-8")
        for fn in ast.walk(ast.parse(text)):
            if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                for node in ast.walk(fn):
                    if isinstance(node, ast.Import | ast.ImportFrom):
                        found.append((module, node.lineno, ast.unparse(node)))
    return sorted(set(found))


def measure(module: str, statement: str) -> tuple[float, int] | None:
    code = PROBE.format(
        root=str(ROOT), module=module, ui=module.startswith("hrguide.ui"), statement=statement
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if out.returncode != 0:
        return None  # (a platform's module: msvcrt on Linux)
    seconds, grown = json.loads(out.stdout.strip().splitlines()[-1])
    return seconds, grown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print("| module:line | import | ms (median) | RSS KiB |")
    print("|---|---|---|---|")
    for module, line, statement in deferred():
        runs = [m for _ in range(args.repeat) if (m := measure(module, statement))]
        if not runs:
            print(f"| {module}:{line} | `{statement}` | not on this platform | |")
            continue
        ms = statistics.median(r[0] for r in runs) * 1000
        kib = statistics.median(r[1] for r in runs) / 1024
        print(f"| {module}:{line} | `{statement}` | {ms:.2f} | {kib:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
