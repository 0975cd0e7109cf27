"""Wage ranges per career, drawn with QPainter: one row per career with its 10th-90th
percentile line, 25th-75th box, median mark and median value.

Everything the chart writes is measured in the font it is drawn in, at the width the
chart has: the title, units and legend wrap; a career's name wraps in its column and its
row grows to hold it; the value column is as wide as the widest value; the axis labels are
spaced so that they never touch. The chart is as tall as that layout (height for width),
and `clipped_labels()` tells the layout audit of any text that would not fit its place.
At 200 % text in Spanish the fixed-pixel layout before this cut the values to "$123.8"
and ran the names into one another."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..look import fmt
from .charts import ACCENT, GRID, RANGE, theme_ink

if TYPE_CHECKING:
    from typing import Any

    from PySide6.QtGui import QColor, QPaintEvent

WRAP = int(Qt.TextFlag.TextWordWrap)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
GAP = 6


class WageSeries(NamedTuple):
    label: str
    p10: int | None
    p25: int | None
    median: int | None
    p75: int | None
    p90: int | None


class Text(NamedTuple):
    rect: QRect
    text: str
    flags: int
    bold: bool = False
    muted: bool = False


class Layout(NamedTuple):
    texts: list[Text]
    rows: list[tuple[float, WageSeries]]  # each row's centre line
    left: float
    right: float
    hi: float
    ticks: list[int]
    plot: tuple[float, float]  # top and bottom of the plot area
    height: int

    def x(self, value: float) -> float:
        return self.left + (self.right - self.left) * value / self.hi


class WageRangeChart(QWidget):
    def __init__(self, title: str, units: str, source: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wageChart")
        self.title, self.units, self.source = title, units, source
        self.series: list[WageSeries] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(title)

    def set_series(self, series: list[WageSeries]) -> None:
        self.series = list(series)
        self.setAccessibleDescription(
            "; ".join(f"{s.label}: {self.tr('median')} {fmt.money(s.median)}" for s in series)
        )
        self.updateGeometry()
        self.update()

    # -- size ---------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout_at(width).height

    def sizeHint(self) -> QSize:
        return QSize(900, self.heightForWidth(900))

    def minimumSizeHint(self) -> QSize:
        width = 24 * self.fontMetrics().averageCharWidth()
        return QSize(width, self.heightForWidth(width))

    def _fonts(self) -> tuple[QFont, QFont]:
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        bold.setPointSizeF(base.pointSizeF() * 1.1)
        return base, bold

    # -- layout ---------------------------------------------------------------------------
    def _legend(self) -> str:
        legend = self.tr("Line: 10th to 90th percentile · Box: middle half · Mark: median")
        return f"{legend} · {self.source}"

    def layout_at(self, width: int) -> Layout:
        base, bold = self._fonts()
        fm, fmb = QFontMetrics(base), QFontMetrics(bold)
        texts: list[Text] = []
        y = 0

        def wrapped(metrics: QFontMetrics, text: str, x: int, w: int, **kind: Any) -> int:
            h = metrics.boundingRect(QRect(0, 0, max(1, w), 100_000), WRAP, text).height()
            texts.append(Text(QRect(x, y, w, h), text, WRAP | LEFT, **kind))
            return h

        line_h = fm.boundingRect(QRect(0, 0, 1000, 1000), LEFT, "$0").height()
        y += wrapped(fmb, self.title, 0, width, bold=True)
        y += wrapped(fm, self.units, 0, width, muted=True) + GAP
        values = [v for s in self.series for v in (s.p10, s.p90) if v is not None]
        hi = max(values, default=1) * 1.05
        money = [fmt.money(s.median) for s in self.series if s.median is not None]
        value_w = max((fm.horizontalAdvance(m) for m in money), default=0) + 2
        label_w = int(
            min(max(width * 0.34, 10 * fm.averageCharWidth()), 22 * fm.averageCharWidth())
        )
        # half a median's label of room on the right: each sits centred over its mark
        left, right = label_w + 2 * GAP, width - value_w // 2 - 2 * GAP
        rows = []
        top = y
        bar = 2 * fm.height()  # room for the box and the median mark
        for s in self.series:
            h = fm.boundingRect(QRect(0, 0, label_w, 100_000), WRAP, s.label).height()
            row_h = max(bar + line_h, h + GAP)
            texts.append(Text(QRect(0, y, label_w, row_h), s.label, WRAP | LEFT))
            # the median's value above the bar, the bar below it
            rows.append((y + (row_h - bar - line_h) / 2 + line_h + bar / 2, s))
            y += row_h
        layout = Layout(texts, rows, left, max(right, left + 1), hi, [], (top, y), 0)
        for cy, s in rows:  # each median's value just above its mark: where it stands
            if s.median is not None:
                text = fmt.money(s.median)
                w = fm.horizontalAdvance(text) + 2
                x = min(max(layout.x(s.median) - w / 2, left), width - w)
                rect = QRect(int(x), int(cy - bar / 2 - line_h + 4), w, line_h)
                texts.append(Text(rect, text, int(Qt.AlignmentFlag.AlignCenter)))
        ticks = self._ticks(layout, fm)
        for tick in ticks:
            w = fm.horizontalAdvance(fmt.money(tick)) + 2
            rect = QRect(int(layout.x(tick) - w / 2), y + 2, w, line_h)
            texts.append(Text(rect, fmt.money(tick), int(Qt.AlignmentFlag.AlignCenter), muted=True))
        y += line_h + GAP
        y += wrapped(fm, self._legend(), 0, width, muted=True) + 2
        return Layout(texts, rows, left, layout.right, hi, ticks, (top, layout.plot[1]), y)

    @staticmethod
    def _ticks(layout: Layout, fm: QFontMetrics) -> list[int]:
        """Grid lines at a round step whose labels do not touch: $25,000, $50,000, ..."""
        widest = fm.horizontalAdvance(fmt.money(int(layout.hi))) + 2 * fm.averageCharWidth()
        for step in (25_000, 50_000, 100_000, 200_000, 500_000):
            if layout.x(step) - layout.x(0) >= widest:
                break
        ticks = list(range(0, int(layout.hi) + 1, step))
        # the last label stays inside the chart
        edge = layout.right + 2 * GAP
        return [t for t in ticks if layout.x(t) + fm.horizontalAdvance(fmt.money(t)) / 2 <= edge]

    def clipped_labels(self) -> list[tuple[str, int, int]]:
        """(text, pixels it needs, pixels it has) for any text that would not fit its place
        at the current size: the layout audit's question."""
        out = []
        base, bold = self._fonts()
        for t in self.layout_at(self.width()).texts:
            fm = QFontMetrics(bold if t.bold else base)
            need = fm.boundingRect(QRect(t.rect.x(), 0, t.rect.width(), 100_000), t.flags, t.text)
            if need.width() > t.rect.width() + 1:
                out.append((t.text, need.width(), t.rect.width()))
            elif need.height() > t.rect.height() + 1:
                out.append((t.text, need.height(), t.rect.height()))
            elif t.rect.right() > self.width() or t.rect.bottom() > self.height():
                out.append((t.text, t.rect.right(), self.width()))
        return out

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        ink, muted = theme_ink(self)
        layout = self.layout_at(self.width())
        base, bold = self._fonts()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        top, bottom = layout.plot
        p.setPen(QPen(GRID, 1))
        for tick in layout.ticks:
            p.drawLine(QPointF(layout.x(tick), top), QPointF(layout.x(tick), bottom))
        for cy, s in layout.rows:
            self._paint_row(p, layout, cy, s, muted)
        for t in layout.texts:
            p.setFont(bold if t.bold else base)
            p.setPen(muted if t.muted else ink)
            p.drawText(t.rect, t.flags, t.text)
        p.end()

    @staticmethod
    def _paint_row(p: QPainter, layout: Layout, cy: float, s: WageSeries, muted: QColor) -> None:
        if s.p10 is not None and s.p90 is not None:
            p.setPen(QPen(muted, 2))
            p.drawLine(QPointF(layout.x(s.p10), cy), QPointF(layout.x(s.p90), cy))
        if s.p25 is not None and s.p75 is not None:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(RANGE)
            width = layout.x(s.p75) - layout.x(s.p25)
            p.drawRoundedRect(QRectF(layout.x(s.p25), cy - 10, width, 20), 3, 3)
        if s.median is not None:
            p.setPen(QPen(ACCENT, 4))
            p.drawLine(QPointF(layout.x(s.median), cy - 13), QPointF(layout.x(s.median), cy + 13))
