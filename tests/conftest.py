"""Shared fixtures. Qt runs offscreen: tests never need a display."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A test run must never touch the real user's folders.
os.environ.setdefault(
    "XDG_DATA_HOME", str(Path(os.environ.get("TMPDIR", "/tmp")) / "hrguide-test-data")
)

import pytest

ROOT = Path(__file__).resolve().parents[1]

# FIFOs, signals by name and user ids are POSIX things: those tests skip on Windows
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX (FIFOs)")
SOURCES = ROOT / "data" / "sources"
CONTENT = ROOT / "data" / "content"
GUIDE_DB = ROOT / "data" / "guide.db"


@pytest.fixture(autouse=True)
def user_dirs(tmp_path, monkeypatch):
    """Every test gets its own empty user folders (shortlists live there)."""
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(tmp_path / "user" / sub))
    return tmp_path / "user"


@pytest.fixture(scope="session")
def guide_db() -> Path:
    return GUIDE_DB


@pytest.fixture(scope="session")
def store(guide_db):
    from hrguide.store import GuideStore

    s = GuideStore(guide_db)
    yield s
    s.close()


@pytest.fixture
def window(qtbot, guide_db):
    from hrguide.app import create_main_window

    win = create_main_window(guide_db)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.ready)  # the first page painted, its names and shortcuts given
    return win


@pytest.fixture
def kiosk_window(qtbot):
    """The guide in kiosk mode, full screen (the controller let go after the test)."""
    from hrguide.app import create_main_window
    from hrguide.config import KioskConfig, SiteConfig

    win = create_main_window(GUIDE_DB, config=SiteConfig(kiosk=KioskConfig(enabled=True)))
    qtbot.addWidget(win)
    win.show_for_mode()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.ready)
    yield win
    win.kiosk_controller.release()


@pytest.fixture
def schools(window, qtbot):
    """The Schools tab, shown."""
    window.router.open("schools")
    page = window.router.page("schools")
    qtbot.waitUntil(page.isVisible)
    return page


@pytest.fixture(autouse=True)
def fresh_look():
    """Every test starts in English at text scale 1 without high contrast: the view settings
    live as long as the QApplication, and a test that switches language (the monkey ends in
    whichever language its last random step chose) must not change the next test's words."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        from hrguide.ui.look.settings import Look, ViewSettings

        ViewSettings.of(app).restore(Look())


def open_listed(page, row: int, qtbot) -> None:
    """Click row `row` of the school list as a person would: on the table where it is
    shown, on its card where the list is cards. The school's own page opens."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListView

    cards = page.findChild(QListView, "schoolTableCards")
    view = cards if cards.isVisible() else page.table
    if view is cards:  # the cards hold a page of rows at a time: scrolled down to it
        cards.model().show_through(row)
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.waitUntil(lambda: view.indexAt(view.visualRect(index).center()) == index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.waitUntil(page.detail.isVisible)


def visible_texts(window, page) -> set[str]:
    """What a reader sees on `page`: labels, buttons, the choices of drop-downs, table
    headers and the first rows' cells (cards show the same model)."""
    import re

    from PySide6.QtCore import QAbstractListModel, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLabel,
        QLineEdit,
        QWidget,
    )

    texts = [
        w.text()
        for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)
        if w.isVisibleTo(window)
    ]
    for combo in page.findChildren(QComboBox):
        if combo.isVisibleTo(window):
            texts += [combo.itemText(i) for i in range(combo.count())]
    for w in [page, *page.findChildren(QWidget)]:  # what a screen reader or a tip says
        if w.isVisibleTo(window):
            texts += [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
            if isinstance(w, QLineEdit):
                texts.append(w.placeholderText())
    for view in page.findChildren(QAbstractItemView):
        m = view.model()
        if not view.isVisibleTo(window) or m is None:
            continue
        columns = 1 if isinstance(m, QAbstractListModel) else m.columnCount()
        texts += [str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
        for r in range(min(6, m.rowCount())):
            texts += [str(m.index(r, c).data() or "") for c in range(columns)]
    out = set()
    for text in texts:
        for line in re.split(r"\n+|<br>|</p>|</tr>", text):
            line = re.sub(r"<[^>]+>|\*\*|^[-•]\s*|^#+\s*", "", line).strip()
            if line:
                out.add(line)
    return out
