"""What the first page waits for stays small (issue 19; bench/startup.py measures it).

PySide builds a class, with all its enums, the first time its name is looked up, and the
first lookup of anything in Qt's namespace builds ~90 enums; a frozen dataclass compiles
its methods when it is made. These tests fail when such costs come back onto the way to
the career cards, which is easier to see here than in a benchmark's ratio."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[1]

SPY = r"""
import os, sys
os.environ["HRGUIDE_EXIT_AFTER_PAINT"] = "1"
import PySide6.QtCore as QtCore, PySide6.QtGui as QtGui, PySide6.QtWidgets as QtWidgets
from hrguide import app
from hrguide.ui.shell.window import MainWindow

after = MainWindow._after_first_page

def spy(self):  # runs once the first page is painted
    made = [n for m in (QtCore, QtGui, QtWidgets) for n in vars(m)]
    print("made:", " ".join(sorted(made)))
    print("modules:", " ".join(sorted(sys.modules)))
    after(self)
    print("icon:", "none" if QtGui.QGuiApplication.windowIcon().isNull() else "set")

MainWindow._after_first_page = spy
sys.exit(app.main())
"""


def usual_screen(tmp: Path) -> dict[str, str]:
    """The environment of a later start on a 1920x1080 desktop, at the 1280x800 the window
    was left at (shell/placement.py): the offscreen screen is otherwise 800x600, where the
    window fills it and the tabs turn into page buttons."""
    (tmp / "screen.json").write_text(
        '{"screens": [{"name": "s", "x": 0, "y": 0, "width": 1920, "height": 1080}]}'
    )
    state = tmp / "state" / "hrguide" / "hrguide"  # Qt's state folder: organization, app
    state.mkdir(parents=True)
    (state / "window.txt").write_text("100 100 1280 800 0\n")
    return {
        "QT_QPA_PLATFORM": f"offscreen:configfile={tmp / 'screen.json'}",
        "XDG_STATE_HOME": str(tmp / "state"),
    }


def _made_before_the_first_page() -> tuple[set[str], set[str], str]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return _spy(dict(os.environ, **usual_screen(Path(tmp))))


def _python(code: str, env: dict[str, str] | None = None) -> str:
    """What `python -c code` prints, run in the checkout; it must succeed."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def _printed(code: str, env: dict[str, str] | None = None) -> dict[str, str]:
    """The "name: value" lines that `python -c code` prints."""
    return dict(line.split(": ", 1) for line in _python(code, env).splitlines() if ": " in line)


def _spy(env: dict[str, str]) -> tuple[set[str], set[str], str]:
    lines = _printed(SPY, env)
    return set(lines["made"].split()), set(lines["modules"].split()), lines["icon"]


def test_the_first_page_waits_for_no_dataclass_item_view_or_qt_namespace():
    classes, modules, icon = _made_before_the_first_page()
    assert "QLabel" in classes and "hrguide.ui.pages.careers" in modules  # the spy saw the page
    assert "dataclasses" not in modules  # records are named tuples (domain/models.py)
    assert "hrguide.ui.models.tables" not in modules  # the search's model comes at the first search
    late = {"Qt", "QAbstractItemView", "QListView", "QTableView", "QHeaderView", "QFont", "QPixmap"}
    late |= {"QIcon"}  # the app's icon comes once the page is painted (look/theme.py)
    late |= {"QKeySequence", "QShortcut"}  # and so do the shortcuts (shell/window.py)
    assert not classes & late, classes & late
    assert icon == "set"  # and it does come


def test_a_page_is_made_under_its_tab(qtbot):
    """Made apart and then added, a page is re-styled with everything under it."""
    from hrguide.ui.shell.lazy import LazyTab

    parents = []

    def factory(parent: QWidget) -> QWidget:
        parents.append(parent)
        return QWidget(parent)

    tab = LazyTab("x", factory, lambda *_: None)
    qtbot.addWidget(tab)
    page = tab.page()
    assert parents == [tab] and page.parentWidget() is tab


def test_the_career_cards_scroll_area_is_made_in_place(window, qtbot, monkeypatch):
    """The overview is never moved under the page after it was filled (that re-styled and
    re-measured every card: a fifth of the first page's cost)."""
    import hrguide.ui.pages.careers as careers

    moved = []

    class Watched(careers.ScrollPage):
        def event(self, event: QEvent) -> bool:
            if event.type() == QEvent.Type.ParentChange:
                moved.append(self.parentWidget())
            return super().event(event)

    monkeypatch.setattr(careers, "ScrollPage", Watched)
    page = careers.CareersPage(window.ctx)
    qtbot.addWidget(page)
    assert isinstance(page.overview, Watched) and page.overview.parentWidget() is page
    assert moved == []


def test_the_cards_are_made_under_their_grid_in_the_columns_the_width_takes(
    window, qtbot, monkeypatch
):
    """The cards are never moved under the grid (each move re-styled a card), and the first
    layout already has the columns the page keeps once it is shown."""
    import hrguide.ui.pages.careers as careers

    moved = []

    class Card(careers.CareerCard):
        def event(self, event: QEvent) -> bool:
            if event.type() == QEvent.Type.ParentChange:
                moved.append(self)
            return super().event(event)

    monkeypatch.setattr(careers, "CareerCard", Card)
    tab = QWidget()
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    page = careers.CareersPage(window.ctx, tab)
    first = page._columns
    page.resize(tab.size())
    tab.show()
    qtbot.waitExposed(tab)
    page._fit_columns()  # what its show event asks for next
    assert moved == [] and len(page.cards) == 8
    assert first == page._columns >= 2  # the columns it keeps, from the start


def test_the_frame_is_made_inside_the_window(qtbot, guide_db, monkeypatch):
    """The header, the tabs and the page strip are made where they stay: moved into the
    window afterwards, each was re-styled with everything under it (~4 M instructions
    before the first paint). (The search box, made first, moves once: into the header.)"""
    from hrguide.app import create_main_window
    from hrguide.ui.shell import window as shell

    moved: list[str] = []

    def watched(cls):
        class Watched(cls):
            def event(self, event: QEvent) -> bool:
                if event.type() == QEvent.Type.ParentChange:
                    moved.append(cls.__name__)
                return super().event(event)

        return Watched

    for name in ("Header", "QTabWidget", "PageStrip"):
        monkeypatch.setattr(shell, name, watched(getattr(shell, name)))
    win = create_main_window(guide_db)
    qtbot.addWidget(win)
    assert type(win.header).__name__ == "Watched"  # the window used the watched classes
    assert moved == []


def test_the_careers_page_and_its_cards_answer_their_preferred_size_without_text(
    window, qtbot, monkeypatch
):
    """A card's and the overview's preferred sizes are never what they are shown at (the
    grid sizes rows by height for width; the tab sizes the page): they are answered
    without laying any card text out, and a card's width is Qt's own."""
    from PySide6.QtWidgets import QFrame, QLabel, QScrollArea

    page = window.router.page("careers")
    card = page.cards[0]
    qt_width = QFrame.sizeHint(card).width()
    laid_out: list[int] = []
    original = QLabel.heightForWidth
    monkeypatch.setattr(
        QLabel, "heightForWidth", lambda self, w: laid_out.append(w) or original(self, w)
    )
    from hrguide.ui.widgets.wrap_label import WrapLabel

    for label in page.findChildren(WrapLabel):
        label._forget()  # measured while the page was shown: forget it
    card.layout().invalidate()  # and what the layouts knew
    page.overview.widget().layout().invalidate()
    hint = card.sizeHint()
    area_hint = page.overview.sizeHint()
    assert laid_out == []
    assert hint.width() == qt_width
    lines = page.overview.fontMetrics().height()
    assert area_hint.boundedTo(QScrollArea.sizeHint(page.overview)) == area_hint
    assert (area_hint.width(), area_hint.height()) == (36 * lines, 24 * lines)


def test_the_start_imports_pyside_only_when_it_makes_the_window():
    """PySide watches every module imported after it (its import hook looks at each one),
    so the non-Qt part of the start (the command line, the log, the site config, the store)
    runs before PySide is imported: importing hrguide.app loads none of PySide."""
    code = (
        "import sys, hrguide.app, hrguide.cli, hrguide.logs, hrguide.config\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    assert _python(code).strip() == "[]"


COLLECTOR_SPY = r"""
import gc, os, sys
os.environ["HRGUIDE_EXIT_AFTER_PAINT"] = "1"
from hrguide.ui.shell.startup import StartUp

build, finish = StartUp._build_page, StartUp._finish

def building(self):
    print("while the first page is built:", gc.isenabled())
    build(self)

def finishing(self):
    finish(self)
    print("once it is painted:", gc.isenabled())

StartUp._build_page, StartUp._finish = building, finishing
sys.argv = ["hrguide"]
from hrguide.__main__ import main
code = main()
print("after the guide:", gc.isenabled())
sys.exit(code)
"""


def test_the_command_pauses_the_cycle_collector_until_the_first_page_is_painted(tmp_path):
    """Python's cycle collector would walk the start's long-lived objects again and again
    (bench/RESULTS.md): the `hrguide` command pauses it until its first page is painted,
    then it runs as usual for the rest of the session."""
    lines = _printed(COLLECTOR_SPY, dict(os.environ, **usual_screen(tmp_path)))
    assert lines["while the first page is built"] == "False"
    assert lines["once it is painted"] == "True"
    assert lines["after the guide"] == "True"


def test_a_command_line_action_runs_with_the_cycle_collector_on():
    """The pause is for a window's first page alone: `hrguide config show`, `db build` and
    the other actions run with the collector on from the start."""
    code = (
        "import gc, sys\n"
        "import hrguide.cli as cli\n"
        "cli._config = lambda args: print('collector on:', gc.isenabled()) or 0\n"
        "sys.argv = ['hrguide', 'config', 'show']\n"
        "from hrguide.__main__ import main\n"
        "sys.exit(main())"
    )
    assert _printed(code) == {"collector on": "True"}
