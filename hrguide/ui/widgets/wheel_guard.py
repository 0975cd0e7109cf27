"""A scrolling wheel scrolls the page, not the control under the pointer (issue 31).

Qt gives a spin box, drop-down or slider the wheel whenever the pointer is over it:
scrolling down the Schools page over "Graduates earning at least" set $15,000 in three
notches and cut 5,086 programs to 1,950 without a word. `WheelGuard` (one filter on the
application) lets such a control take the wheel only while it has the keyboard focus
(clicked or tabbed to: Qt.StrongFocus, so the wheel itself never gives it focus); over an
unfocused control the wheel goes to the page around it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def _control(obj: QObject) -> QWidget | None:
    """The guarded control `obj` is, or is part of (a spin box's own line edit)."""
    node = obj if isinstance(obj, QWidget) else None
    for _ in range(2):
        if node is None:
            return None
        if isinstance(node, QScrollBar):  # a scroll bar always takes the wheel
            return None
        if isinstance(node, GUARDED):
            return node
        node = node.parentWidget()
    return None


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    node = widget.parentWidget()
    while node is not None and not isinstance(node, QAbstractScrollArea):
        node = node.parentWidget()
    return node


class WheelGuard(QObject):
    passing = False  # a wheel being handed to a page: not guarded again on its way

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype == QEvent.Type.Polish and isinstance(obj, GUARDED):
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif etype == QEvent.Type.Wheel:
            control = None if self.passing else _control(obj)
            if control is not None and not control.hasFocus():
                area = _scroll_area(control)
                if area is not None:  # the page around it scrolls instead
                    self.passing = True
                    try:
                        QApplication.sendEvent(area.viewport(), event)
                    finally:
                        self.passing = False
                return True
        return False


def install() -> None:
    """Once per application, and on every guarded control made so far."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.findChild(WheelGuard) is not None:
        return
    app.installEventFilter(WheelGuard(app))
    for widget in app.allWidgets():
        if isinstance(widget, GUARDED) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
