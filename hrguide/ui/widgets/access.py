"""Accessibility helpers: every control gets an accessible name and description."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QAbstractSpinBox)


def _label_for(widget: QWidget) -> str:
    """Visible text that names a control: its own text, placeholder, or a buddy label."""
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        return widget.text().replace("&", "").strip(" ☆★…")
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return widget.placeholderText().rstrip("…")
    parent = widget.parentWidget()
    if parent is not None:
        for label in parent.findChildren(QLabel):
            if label.buddy() is widget and label.text():
                return label.text().rstrip(":")
    return widget.toolTip()


def is_control(widget: QWidget) -> bool:
    """A widget a keyboard or screen-reader user operates (table headers and the like,
    which take no focus, are parts of their view)."""
    if not isinstance(widget, CONTROLS):
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if widget.objectName().startswith("qt_"):  # Qt's own parts (a table's corner button)
        return False
    parent = widget.parentWidget()
    while parent is not None:  # parts of a line edit, spin box or combo box's drop-down
        if isinstance(parent, (QLineEdit, QAbstractSpinBox, QComboBox)):
            return False
        parent = parent.parentWidget()
    return True


AUTO_NAME, AUTO_DESCRIPTION = "autoAccessibleName", "autoAccessibleDescription"


def label_controls(root: QWidget) -> None:
    """Fill in missing accessible names (from visible text) and descriptions (from tool
    tips or the name) for every control under `root`. Those made here are made again on
    the next call (after a change of language their words have changed)."""
    for w in [root, *root.findChildren(QWidget)]:
        if not is_control(w):
            continue
        if not w.accessibleName() or w.property(AUTO_NAME):
            w.setAccessibleName(_label_for(w) or w.objectName())
            w.setProperty(AUTO_NAME, True)
        if not w.accessibleDescription() or w.property(AUTO_DESCRIPTION):
            w.setAccessibleDescription(w.toolTip() or w.accessibleName())
            w.setProperty(AUTO_DESCRIPTION, True)
