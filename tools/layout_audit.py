"""Run the layout audit (hrguide/ui/audit.py) over every page, the school's page, a career
profile and the interest results, in every configuration of issue 30, and print the
findings (or write them to a file).

    python tools/layout_audit.py [--only CONFIG ...] [--out findings.txt] [--show]

It exits 1 when there is any finding (tests/test_layout_audit.py runs every configuration).

Configurations: 1280x800 and 1920x1080 in English and Spanish at 100 % and 200 % text,
and a kiosk at 1920x1080 and 1080x1920 in both languages.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CONFIGS = [
    (f"{w}x{h}-{lang}-{int(scale * 100)}", w, h, lang, scale, False)
    for (w, h) in ((1280, 800), (1920, 1080))
    for lang in ("en", "es")
    for scale in (1.0, 2.0)
] + [
    (f"kiosk-{w}x{h}-{lang}", w, h, lang, 1.25, True)
    for (w, h) in ((1920, 1080), (1080, 1920))
    for lang in ("en", "es")
]


# three Alabama programs (one with outcomes) and a fourth from Colorado: Compare Programs
# with every column it can hold
PROGRAMS = ["100663:51.0701:5", "101143:51.0707:21", "100724:51.0706:5", "126207:51.0713:2"]


def fill(win):
    """What a counselor has after a while: four careers compared, four programs side by
    side, a shortlist of careers and programs with a note saved on one (the Name column
    once collapsed after "Save note")."""
    from hrguide.domain.shortlist import CAREER, PROGRAM

    careers = win.ctx.store.careers(lang=win.ctx.lang)
    compare = win.router.page("compare")
    compare.set_careers([c.career_id for c in careers[:4]])
    win.ctx.comparison.set_programs(PROGRAMS)
    for c in careers[:2]:
        win.shortlister.add(CAREER, c.career_id, c.title)
    for pid in PROGRAMS[:3]:
        p = win.ctx.store.program(pid)
        win.shortlister.add(PROGRAM, pid, p.school, f"{p.program}, {p.city}, {p.state}")
    shortlist = win.router.page("shortlist")
    shortlist.table.selectRow(0)
    shortlist.note.setText("Ask about evening classes and the practicum hours")
    shortlist.save_note()


def sample_results(win):
    """The interest check answered as a Conventional, Social student, results shown (the
    screenshots' and the layout audit's example); returns the page."""
    win.router.open("interest-check")
    page = win.router.page("interest-check")
    page.start()
    weights = {"Conventional": 5, "Social": 4, "Enterprising": 3}
    for _ in range(len(page.items)):
        page.buttons[weights.get(page.items[page.current].area, 1)].click()
    page.show_results()
    return page


def views(win):
    """(name, open it) for every place the audit looks at."""
    from hrguide.ui.context import Link
    from hrguide.ui.shell.registry import PAGE_IDS

    def page(pid):
        return lambda: win.router.open(pid)

    out = [(pid, page(pid)) for pid in PAGE_IDS]
    out.append(("career-profile", lambda: win.router.go(Link("careers", career="medical-coder"))))
    out.append(("school", lambda: win.router.go(Link("schools", school=100663))))
    out.append(("interest-results", lambda: sample_results(win)))
    # a snapshot with a long title, an "All Other" group and more than eight tasks
    snapshot = Link("occupation", occupation="29-2099.01")
    out.append(("occupation-snapshot", lambda: win.router.go(snapshot)))
    return out


def run_config(name, w, h, lang, scale, kiosk) -> list[str]:
    from PySide6.QtWidgets import QApplication

    from hrguide.app import create_main_window, ensure_app
    from hrguide.config import KioskConfig, SiteConfig
    from hrguide.ui.audit import audit

    app = ensure_app()
    cfg = SiteConfig(kiosk=KioskConfig(enabled=kiosk, font_scale=scale))
    win = create_main_window(config=cfg)
    if kiosk:
        # the kiosk's watch would make the window full screen on the offscreen platform's
        # own 800x600 screen; the audit lays the kiosk out at the size of the screen named
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
    lines = []
    for view, open_it in views(win):
        open_it()
        for _ in range(3):
            app.processEvents()
        lines += [f"{name} {view}: {f}" for f in audit(win)]
        if win.width() > w or win.height() > h:  # the window grew past its screen
            lines.append(f"{name} {view}: window {win.width()}x{win.height()} on a {w}x{h} screen")
    if kiosk:
        win.kiosk_controller.release()
    win.close()
    win.deleteLater()
    QApplication.processEvents()
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="*", help="configuration names")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--show", action="store_true", help="print every finding")
    args = ap.parse_args()
    lines: list[str] = []
    for config in CONFIGS:
        if args.only and config[0] not in args.only:
            continue
        found = run_config(*config)
        print(f"{config[0]}: {len(found)} findings", flush=True)
        lines += found
    kinds = Counter(line.split(": ", 1)[1].split(" ", 1)[0] for line in lines)
    print(f"total {len(lines)}: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for line in lines if args.show else ():
        print(line)
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
