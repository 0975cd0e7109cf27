"""Column widths in characters: they grow with the text size and never cut a header."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class _CharacterWidths(QObject):
    """Sizes a table's columns in characters whenever its header's font or style changes
    (the header's bold style is only known once it is polished, and a text-size step
    changes both)."""

    EVENTS = (QtCore.QEvent.Type.Polish, QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.Show)

    def __init__(self, view: QTableView, chars: dict[int, int]) -> None:
        super().__init__(view)
        self.view, self.chars = view, chars
        view.horizontalHeader().installEventFilter(self)
        view.model().headerDataChanged.connect(self._renamed)  # another language
        self.apply()

    def _renamed(self, *_args: object) -> None:
        self.apply()

    def eventFilter(self, _obj: QObject, event: QtCore.QEvent) -> bool:
        if event.type() in self.EVENTS:
            self.apply()
        return False

    def apply(self) -> None:
        header = self.view.horizontalHeader()
        char = self.view.fontMetrics().averageCharWidth()
        for col, n in self.chars.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, max(n * char, header.sectionSizeFromContents(col).width()))


def widths_in_characters(view: QTableView, chars: dict[int, int]) -> None:
    """Columns the user may drag, each `chars` average characters wide (so they grow with
    the text size) and never narrower than its header as the header draws it (its style,
    margins and sort mark)."""
    _CharacterWidths(view, chars)
