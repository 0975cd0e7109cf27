"""The wheel scrolls the page, not the control under the pointer (issue 31, item 4):
scrolling the Schools page over "Graduates earning at least" set $15,000 in three notches
and silently cut the list. A control takes the wheel only once it has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QScrollBar,
    QSpinBox,
)

from hrguide.ui.shell.registry import PAGE_IDS

pytestmark = pytest.mark.gui


def _wheel(widget, notches: int = -1) -> None:
    """A mouse wheel turned over the middle of `widget`, delivered as Qt delivers it."""
    local = QPointF(widget.rect().center())
    glob = QPointF(widget.mapToGlobal(widget.rect().center()))
    event = QWheelEvent(
        local,
        glob,
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _value(w):
    return w.currentIndex() if isinstance(w, QComboBox) else w.value()


def _controls(page):
    for w in page.findChildren(QAbstractSpinBox) + page.findChildren(QComboBox):
        if w.isVisible() and w.isEnabled():
            yield w
    for w in page.findChildren(QAbstractSlider):
        if w.isVisible() and not isinstance(w, QScrollBar):
            yield w


def test_no_control_on_any_page_changes_under_a_passing_wheel(window, qtbot):
    qtbot.waitUntil(window.ready)
    changed, seen = [], 0
    for page_id in PAGE_IDS:
        page = window.router.open(page_id)
        qtbot.waitUntil(page.isVisible)
        for control in list(_controls(page)):
            before = _value(control)
            for notches in (-1, 1, -3):
                _wheel(control, notches)
            seen += 1
            if _value(control) != before:
                changed.append(f"{page_id}: {control.objectName() or type(control).__name__}")
    assert seen > 10 and changed == []


def test_the_page_scrolls_instead_and_a_focused_box_still_takes_the_wheel(window, qtbot):
    qtbot.waitUntil(window.ready)
    window.resize(1280, 600)  # a page taller than the window
    page = window.router.open("schools")
    qtbot.waitUntil(page.isVisible)
    box = page.findChild(QSpinBox, "minEarnings")
    scroll = page.findChild(QScrollArea, "schoolsScroll")
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    scroll.verticalScrollBar().setValue(0)
    _wheel(box, -3)
    assert box.value() == 0 and scroll.verticalScrollBar().value() > 0
    assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel never gives focus
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    _wheel(box, 1)  # chosen on purpose: it steps
    assert box.value() == box.singleStep()
