"""Graduates per year drawn as small bars: a chart for the school detail (one row per
program) and a delegate for the program comparison's trend cells. The same figures are
always in text beside them (the chart's accessible description, the cell's text)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .charts import ACCENT, theme_ink

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

BAR_SLOTS = 5  # the trend's survey years


def paint_bars(
    painter: QPainter,
    rect: QRectF,
    counts: list[int | None],
    fill: QColor,
    ink: QColor,
) -> None:
    """One bar per year in `rect`, scaled to the largest count; a year not reported is a
    short dash, a year with no graduates a flat line on the base."""
    if not counts:
        return
    top = max((c for c in counts if c is not None), default=0) or 1
    slot = rect.width() / len(counts)
    base = rect.bottom()
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    for i, c in enumerate(counts):
        x = rect.left() + i * slot + slot * 0.15
        w = slot * 0.7
        if c is None:
            painter.setBrush(ink)
            painter.drawRect(QRectF(x + w / 3, base - rect.height() / 2, w / 3, 1.5))
            continue
        h = max(1.5, rect.height() * c / top)
        painter.setBrush(fill if c else ink)
        painter.drawRect(QRectF(x, base - h, w, h))
    painter.restore()


class TrendChart(QWidget):
    """Small bars of graduates per year for each of a school's programs, its label beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completionsTrend")
        self._rows: list[tuple[str, list[int | None]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, list[int | None]]], description: str) -> None:
        self._rows = rows
        self.setAccessibleName(self.tr("Graduates per year, chart"))
        self.setAccessibleDescription(description)  # the same figures, as text
        self.setVisible(bool(rows))
        self.updateGeometry()
        self.update()

    def _line(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(240, self._line() * len(self._rows) + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink, muted = theme_ink(self)
        line = self._line()
        bars = self.fontMetrics().averageCharWidth() * 12
        for i, (name, counts) in enumerate(self._rows):
            y = i * line + 2
            paint_bars(painter, QRectF(0, y + 2, bars, line - 6), counts, ACCENT, muted)
            painter.setPen(ink)
            text_rect = QRectF(bars + 8, y, self.width() - bars - 8, line)
            elided = self.fontMetrics().elidedText(
                name, Qt.TextElideMode.ElideRight, int(text_rect.width())
            )
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), elided)
        painter.end()


class TrendDelegate(QStyledItemDelegate):
    """A trend cell: its text, with the bars drawn at its right."""

    def __init__(self, counts_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role = counts_role

    def _bar_width(self, option: QStyleOptionViewItem) -> int:
        return option.fontMetrics.averageCharWidth() * 10

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        counts = index.data(self._role)
        if not counts:
            super().paint(painter, option, index)
            return
        bars = self._bar_width(option)
        rect = option.rect
        text_option = QStyleOptionViewItem(option)
        text_option.rect = rect.adjusted(bars + 8, 0, 0, 0)
        super().paint(painter, text_option, index)
        height = min(rect.height() - 8, option.fontMetrics.height() * 2)
        area = QRectF(rect.left() + 4, rect.center().y() - height / 2, bars, height)
        palette = option.palette
        paint_bars(painter, area, counts, ACCENT, palette.color(palette.ColorRole.Text))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(self._role):
            size.setWidth(size.width() + self._bar_width(option) + 8)
        return size
