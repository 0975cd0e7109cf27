"""A table header whose titles wrap: a column needs the room of its longest word, not of
its whole title, and the header grows to the lines its titles take. The comparison grid's
career titles ("Health information technologist or medical registrar") made four
columns too wide for a 1920-px window on one line each, so the grid showed as cards."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from .basics import bold_metrics

WRAP = int(Qt.TextFlag.TextWordWrap)


class WrapHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        # a new width re-wraps the titles: the header's height is measured again
        self.sectionResized.connect(self._measure_again)

    def _measure_again(self, *_args: object) -> None:
        if self.count():
            self.headerDataChanged(Qt.Orientation.Horizontal, 0, self.count() - 1)

    def _title(self, logical: int) -> str:
        model = self.model()
        value = model.headerData(logical, self.orientation()) if model is not None else None
        return str(value or "")

    def sectionSizeFromContents(self, logical: int) -> QSize:
        one_line = super().sectionSizeFromContents(logical)
        text = self._title(logical)
        if not text.strip():
            return one_line
        fm = bold_metrics(self)  # the style sheet's bold headers
        pad = max(0, one_line.width() - fm.horizontalAdvance(text))  # margins, sort mark
        longest = max(fm.horizontalAdvance(word) for word in text.split())
        room = max(self.sectionSize(logical) - pad, longest)
        lines = fm.boundingRect(QRect(0, 0, room, 100_000), WRAP, text).height()
        return QSize(longest + pad, one_line.height() - fm.height() + lines)
