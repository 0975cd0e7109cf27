"""When the tabs do not fit the width (an upright kiosk, 200 % text), the pages become rows
of buttons, and no page's controls run off the right edge."""

from __future__ import annotations

import pytest
from conftest import open_listed
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QScrollArea, QToolButton, QWidget

from hrguide.ui.shell.page_strip import rows_for

pytestmark = pytest.mark.gui


def test_rows_are_the_fewest_and_most_even_that_fit():
    assert rows_for([100] * 6, 700) == [[0, 1, 2, 3, 4, 5]]
    assert rows_for([100] * 6, 350) == [[0, 1, 2], [3, 4, 5]]
    assert rows_for([100] * 5, 250) == [[0, 1], [2, 3], [4]]
    assert rows_for([500, 10], 300) == [[0], [1]]  # one too wide still gets its own row
    assert rows_for([], 100) == []


def _inside(widget: QWidget, window: QWidget) -> bool:
    left = widget.mapTo(window, QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= window.width()


def test_a_narrow_window_shows_every_page_as_a_button_in_view(window, qtbot):
    window.resize(900, 800)
    qtbot.waitUntil(window.strip.active)
    assert not window.tabs.tabBar().isVisible()
    buttons = [window.findChild(QToolButton, f"pageButton-{p}") for p in window.router.listed_ids]
    assert all(b.isVisible() and _inside(b, window) for b in buttons)
    qtbot.mouseClick(buttons[window.router.page_ids.index("schools")], Qt.MouseButton.LeftButton)
    assert window.router.current_id() == "schools"
    window.router.open("program-compare")
    current = window.findChild(QToolButton, "pageButton-program-compare")
    bold = QFont(current.font())
    bold.setBold(True)  # the current page's label is bold: it must not be cut
    assert current.width() >= QFontMetrics(bold).horizontalAdvance(current.text())
    window.router.open("sources")  # any move (Home, search, back) shows on the buttons
    assert window.findChild(QToolButton, "pageButton-sources").isChecked()
    window.router.back()
    assert window.findChild(QToolButton, "pageButton-program-compare").isChecked()
    window.resize(1280, 800)  # room again: the tab bar comes back
    qtbot.waitUntil(lambda: not window.strip.active())
    assert window.tabs.tabBar().isVisible()


def test_at_200_percent_text_nothing_on_the_schools_page_runs_off_the_edge(window, qtbot):
    window.settings.set_text_scale(2.0)
    try:
        qtbot.waitUntil(window.strip.active)  # 1280 pixels no longer hold the tabs
        page = window.router.open("schools")
        page.filters.state.setCurrentIndex(page.filters.state.findData("CO"))
        open_listed(page, 0, qtbot)  # the school's page, with its actions
        scroll = page.findChild(QScrollArea, "schoolPageScroll")
        qtbot.waitUntil(lambda: scroll.widget().width() <= scroll.viewport().width())
        body = scroll.widget()
        cut = [
            w.objectName() or type(w).__name__
            for w in body.findChildren(QWidget)
            if w.isVisible()
            and w.mapTo(body, QPoint(0, 0)).x() + w.width() > scroll.viewport().width()
            and w.parentWidget() is not None
            and not isinstance(w.parentWidget(), QScrollArea)
        ]
        assert not cut, cut
    finally:
        window.settings.set_text_scale(1.0)


def test_larger_text_on_the_careers_page_puts_fewer_cards_on_a_row(window, qtbot):
    """The window keeps its size when the text grows: the cards must re-flow anyway."""
    page = window.router.page("careers")
    qtbot.waitUntil(window.ready)
    scroll = page.overview
    before = page._columns
    assert before > 1
    window.settings.set_text_scale(2.0)
    try:
        qtbot.waitUntil(lambda: page._columns < before)
        qtbot.waitUntil(lambda: scroll.widget().width() <= scroll.viewport().width())
    finally:
        window.settings.set_text_scale(1.0)
    qtbot.waitUntil(lambda: page._columns == before)


def test_cards_built_behind_another_page_fit_when_it_is_shown(qtbot, guide_db):
    """At 200 % text the Careers page built while another tab was shown measured its cards
    unstyled, kept three a row and ran off the right edge."""
    from hrguide.app import create_main_window

    win = create_main_window(guide_db)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.settings.set_text_scale(2.0)
    try:
        win.show()
        win.router.open("sources")
        qtbot.waitUntil(win.ready)  # the first page (Careers) is built behind Sources
        page = win.router.open("careers")
        scroll = page.overview
        qtbot.waitUntil(lambda: scroll.widget().width() <= scroll.viewport().width())
    finally:
        win.settings.set_text_scale(1.0)
