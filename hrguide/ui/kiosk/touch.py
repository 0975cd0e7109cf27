"""Touch: which taps are for controls, flick scrolling, and closing open pop-ups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScroller,
    QTabBar,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractItemView,
    QTabBar,
    QAbstractSlider,
    QAbstractSpinBox,
)


def on_a_control(widget: QWidget | None, window: QWidget) -> bool:
    """A tap on a button, list, field or tab is for that control, never an admin tap."""
    while widget is not None and widget is not window:
        if isinstance(widget, CONTROLS):
            return True
        widget = widget.parentWidget()
    return False


def close_popups() -> None:
    """Close every open drop-down list and menu (a student's open list must not stay over
    the attract screen)."""
    for _ in range(20):  # popups can stack; each close hands over to the one below
        popup = QApplication.activePopupWidget()
        if popup is None:
            return
        popup.close()


def scrolls_by_itself(area: QAbstractScrollArea, window: QWidget) -> bool:
    """An area a finger scrolls on its own: inside the window (a combo box's drop-down is a
    popup of its own) and not a table that always shows all its rows (marked "fitted";
    those move with their page, and a touch on them scrolls the page, as Qt hands gestures
    up to the parent that grabbed them)."""
    return area.window() is window and not area.property("fitted")


def kinetic_scrolling(widget: QWidget) -> None:
    """Touch flicking on every area under `widget` that scrolls by itself. Each grab
    registers a new gesture type with Qt, and PySide keeps a Python object (an enum class)
    for every gesture type it has seen: pages are built once per language and kept
    (Router.switch_language), and grab no more than they need."""
    areas = widget.findChildren(QAbstractScrollArea)
    if isinstance(widget, QAbstractScrollArea):
        areas.append(widget)
    for area in areas:
        if scrolls_by_itself(area, widget.window()):
            QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
