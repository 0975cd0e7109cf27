"""A field at least as wide as what it asks for: its placeholder ("School, city or other
name…") shown whole at any text size and in either language, as well as `chars`
average characters. In a FlowLayout row the field moves to a line of its own instead of
cutting its placeholder."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame


def text_room(field: QLineEdit) -> int:
    """The pixels a field has for its text: its width less frame, padding, text margins,
    clear button and QLineEdit's own 2 + 2 px (the layout audit measures the same way)."""
    opt = QStyleOptionFrame()
    field.initStyleOption(opt)
    room = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, opt, field)
    margins = field.textMargins()
    return room.width() - margins.left() - margins.right() - 4


class _Fit(QObject):
    EVENTS = (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.Show)

    def __init__(self, field: QLineEdit, chars: int) -> None:
        super().__init__(field)
        self.field, self.chars = field, chars
        field.installEventFilter(self)
        self.apply()

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() in self.EVENTS:
            self.apply()
        return False

    def apply(self) -> None:
        field = self.field
        fm = field.fontMetrics()
        chrome = field.width() - text_room(field)  # what is not text, at any width
        need = fm.horizontalAdvance(field.placeholderText()) + chrome + 2
        field.setMinimumWidth(max(self.chars * fm.averageCharWidth(), need))


def room_for_placeholder(field: QLineEdit, chars: int = 12) -> None:
    """Keep `field` wide enough for its placeholder (and `chars` characters), again
    whenever its font or style changes; call once its placeholder is set."""
    _Fit(field, chars)
