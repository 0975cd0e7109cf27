"""A word-wrapped label that measures its text once for each width it is given.

A layout asks a wrapped label's height for a width many times: the career cards' grid
asked each summary about a hundred times for three widths while the first page was shown,
and QLabel lays its text out afresh for every question (the Markdown prose twice, to put
its document back). The label keeps its answers until something that changes them
happens: new text, format, wrapping, font or style, a new frame or margins, a new parent.
(Text, format, wrapping, margin and indent are caught in this class's setters, so they
must be set through them: a change made through `setProperty` is not seen.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


KEPT_WIDTHS = 8  # a layout asks two or three widths at a time; a resize, a few more


class WrapLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}
        self.setWordWrap(True)

    def _forget(self) -> None:
        """Drop what was measured: what it was measured on has changed."""
        self._heights.clear()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt name
        self._forget()
        super().setText(text)

    def setTextFormat(self, text_format) -> None:  # noqa: N802 - Qt name
        self._forget()
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - Qt name
        self._forget()
        super().setWordWrap(on)

    def setMargin(self, margin: int) -> None:  # noqa: N802 - Qt name
        self._forget()
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:  # noqa: N802 - Qt name
        self._forget()
        super().setIndent(indent)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt name
        least = self.minimumWidth()  # QLabel measures at no less (and sends no event)
        if least > 0:
            width = max(width, least)
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= KEPT_WIDTHS:  # a window dragged wider and narrower
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt name
        # font, style sheet, language, direction, and the contents rect: QFrame works its
        # frame widths out again when polished or moved to a new parent, and Qt hands a
        # contents rect change to changeEvent as well
        self._forget()
        super().changeEvent(event)
