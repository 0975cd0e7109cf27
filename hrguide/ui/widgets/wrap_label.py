"""A word-wrapped label that measures its text once for each width it is given.

A layout asks a wrapped label's height for a width many times: the career cards' grid
asked each summary about a hundred times for three widths while the first page was shown,
and QLabel lays its text out afresh for every question (the Markdown prose twice, to put
its document back). The label keeps its answers until something that changes them
happens: new text, format, wrapping, font or style, a new frame or margins, a new parent.
(Text, format, wrapping, margin and indent are caught in this class's setters, so they
must be set through them: a change made through `setProperty` is not seen.)

Its size hints are worked out from the font's measures instead of laid-out text. QLabel
lays a wrapped text out five times for them (the Markdown prose ten times, each with its
document put back): on one line, with every word on a line of its own, and at up to three
widths in search of a pleasing shape. Here:
- the minimum is the widest of the longest words (as QLabel's, or a pixel wider) by the
  text's own lines;
- the preferred width is the one QLabel's search would choose (80 average characters,
  half or a quarter of that for a short text), with the lines counted from the text's
  width instead of laid out, so the preferred height is an estimate. Layouts size a
  wrapped label's height with `heightForWidth`, which stays QLabel's own measure.
Text with markup (a `<`), no wrapping, a margin, an indent or a frame keep QLabel's hints."""

from __future__ import annotations

import re
from math import ceil
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel, QWidget

from ..look.safe_text import clean_markdown

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, Qt


KEPT_WIDTHS = 8  # a layout asks two or three widths at a time; a resize, a few more
PREFERRED_CHARS = 80  # QLabel's own widest try
LONG_WORDS = 3  # the widest word is looked for among this many of the longest
LIST_ITEM = re.compile(r"([-*+]|\d+[.)])\s")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


class WrapLabel(QLabel):
    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, markdown: bool = False
    ) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        self._hints: tuple[QSize, QSize] | None = None  # minimum, preferred
        self._markdown = markdown
        # by name: Qt's enums are not needed yet (basics.set_enum). Plain unless told:
        # data shown here is never read as markup (look/safe_text.py)
        self.setProperty("textFormat", "MarkdownText" if markdown else "PlainText")
        self.setWordWrap(True)
        if text:
            self.setText(text)

    def _forget(self) -> None:
        """Drop what was measured: what it was measured on has changed."""
        self._heights.clear()
        self._hints = None

    def setText(self, text: str) -> None:
        self._forget()
        if self._markdown:  # Markdown loads images and obeys HTML: neither, from anyone
            text = clean_markdown(text)
        super().setText(text)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self._forget()
        self._markdown = text_format == type(text_format).MarkdownText
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:
        self._forget()
        super().setWordWrap(on)

    def setMargin(self, margin: int) -> None:
        self._forget()
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:
        self._forget()
        super().setIndent(indent)

    def heightForWidth(self, width: int) -> int:
        least = self.minimumWidth()  # QLabel measures at no less (and sends no event)
        if least > 0:
            width = max(width, least)
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= KEPT_WIDTHS:  # a window dragged wider and narrower
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        # font, style sheet, language, direction, and the contents rect: QFrame works its
        # frame widths out again when polished or moved to a new parent, and Qt hands a
        # contents rect change to changeEvent as well
        self._forget()
        super().changeEvent(event)

    def minimumSizeHint(self) -> QSize:
        return self._size_hints()[0]

    def sizeHint(self) -> QSize:
        return self._size_hints()[1]

    def _size_hints(self) -> tuple[QSize, QSize]:
        if self._hints is None:
            self._hints = self._measure_hints()
        return self._hints

    def _measure_hints(self) -> tuple[QSize, QSize]:
        self.ensurePolished()  # the font, padding and frame the style gives (as QLabel does)
        text = self.text()
        if (
            not text
            or "<" in text
            or not self.wordWrap()
            or self.margin()
            or self.indent() > 0
            or self.frameWidth()
        ):
            return super().minimumSizeHint(), super().sizeHint()
        metrics = self.fontMetrics()
        fm = QFontMetricsF(metrics)
        m = self.contentsMargins()
        extra = QSize(m.left() + m.right(), m.top() + m.bottom())
        if self._markdown:
            text = _markdown_lines(text)
        # whole pixels and one more: a line laid out can be up to a pixel wider than its
        # glyphs' advances, and a text given its own width must not wrap its last word
        lines = [ceil(fm.horizontalAdvance(line)) + 1 for line in text.split("\n")]
        words = sorted(set(text.split()), key=len)[-LONG_WORDS:]
        widest = max(ceil(fm.horizontalAdvance(w)) + 1 for w in words)
        line_height = ceil(fm.height())

        def rows(width: int) -> int:  # an estimate: wrapping at words leaves gaps
            return sum(-(-line // max(1, width)) for line in lines)

        # QLabel's search for a pleasing shape: 80 characters; half that if the text then
        # takes fewer than four lines and more than half the width; a quarter if it then
        # takes one line and more than a quarter
        spacing = metrics.lineSpacing()
        tried = min(metrics.averageCharWidth() * PREFERRED_CHARS, self.maximumWidth())
        tried -= extra.width()
        longest = max(lines)
        width = tried
        if rows(width) * line_height < 4 * spacing and min(longest, width) > tried / 2:
            width = tried // 2
        if rows(width) * line_height < 2 * spacing and min(longest, width) > tried / 4:
            width = tried // 4
        shown = min(longest, width)  # the widest line, near enough
        minimum = QSize(widest, len(lines) * line_height)
        return minimum + extra, QSize(shown, rows(width) * line_height) + extra


def _markdown_lines(markdown: str) -> str:
    """Markdown's text as it is shown before wrapping: a paragraph or a list item is one
    line, a link shows its words, and emphasis marks are not shown."""
    lines: list[str] = []
    for paragraph in markdown.split("\n\n"):
        words: list[str] = []
        for line in paragraph.split("\n"):
            line = line.strip()
            if words and line and LIST_ITEM.match(line):
                lines.append(" ".join(words))
                words = []
            if line:
                words.append(line)
        if words:
            lines.append(" ".join(words))
    text = LINK.sub(r"\1", "\n".join(lines))
    return text.replace("**", "").replace("__", "")
