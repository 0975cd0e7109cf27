"""Text fields with bounds: a length limit and an undo history of a few steps, and a way to
make a field forget what was typed in it (a kiosk's reset for the next student).

QLineEdit keeps every edit for undo, without a limit: one student pasting into a search box
again and again held hundreds of megabytes in its history, kept after the reset. Qt offers
no depth setting; setting the text (even to what it is) clears the history, so the history
is cleared every UNDO_STEPS edits: undo still reaches back that far."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ...domain.search import MAX_CHARS

FIELD_MAX_CHARS = MAX_CHARS  # the search box's limit, for every field that has none
UNDO_STEPS = 50  # edits kept for undo, at most
_LIMITED = "hrguideFieldLimited"


class _UndoCap(QObject):
    """Counts a field's edits and clears its undo history every UNDO_STEPS of them."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.steps = 0
        edit.textEdited.connect(self._edited)

    def _edited(self, _text: str) -> None:
        self.steps += 1
        if self.steps >= UNDO_STEPS:
            self.steps = 0
            forget_history(self.edit)


def _own_field(edit: QLineEdit) -> bool:
    """A field of the guide's, not the inner editor of a spin box (whose text the spin box
    owns)."""
    return not isinstance(edit.parentWidget(), QAbstractSpinBox)


def limit_field(edit: QLineEdit) -> None:
    """At most FIELD_MAX_CHARS characters (unless the field has a smaller limit of its own)
    and UNDO_STEPS edits of undo history. Once per field."""
    if edit.property(_LIMITED) or not _own_field(edit):
        return
    edit.setProperty(_LIMITED, True)
    if edit.maxLength() > FIELD_MAX_CHARS:
        edit.setMaxLength(FIELD_MAX_CHARS)
    _UndoCap(edit)


def limit_fields(root: QWidget) -> None:
    for edit in root.findChildren(QLineEdit):
        limit_field(edit)


def forget_history(edit: QLineEdit) -> None:
    """The same text, cursor and all, without its undo/redo history (QLineEdit.setText
    clears it; clear() would be undoable)."""
    cursor = edit.cursorPosition()
    edit.setText(edit.text())
    edit.setCursorPosition(cursor)


def forget_typing() -> None:
    """Every field of the application keeps what it shows now and loses what it could
    bring back: undo and redo history, a selection. (The pages have already put their
    fields back to their start values.)"""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.allWidgets():
        if isinstance(widget, QLineEdit):
            forget_history(widget)
            widget.deselect()
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            widget.document().clearUndoRedoStacks()


def forget_clipboard() -> None:
    """Empty the clipboard, and the selection and find buffers where the platform has
    them (X11's primary selection: a middle click pastes it)."""

    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer():
        clipboard.clear(QClipboard.Mode.FindBuffer)
