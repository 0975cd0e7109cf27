"""Charts drawn with QPainter: wage ranges per career and a US tile map by median wage."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.geo import TILES
from ..look import fmt

INK = QColor("#1d2a33")
MUTED = QColor("#55636d")
ACCENT = QColor("#1f6f8b")
RANGE = QColor("#b9d9e4")
GRID = QColor("#dde3e7")


def theme_ink(widget: QWidget) -> tuple[QColor, QColor]:
    """Text and secondary-text colours of the current theme (style sheet `color`)."""
    ink = widget.palette().color(widget.foregroundRole())
    if ink.lightnessF() > 0.5:  # light text on a dark (high-contrast) background
        return ink, ink
    return ink, MUTED


@dataclass(frozen=True)
class WageSeries:
    label: str
    p10: int | None
    p25: int | None
    median: int | None
    p75: int | None
    p90: int | None


class WageRangeChart(QWidget):
    """One row per career: 10th-90th percentile line, 25th-75th box, median mark and value."""

    def __init__(self, title: str, units: str, source: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wageChart")
        self.title, self.units, self.source = title, units, source
        self.series: list[WageSeries] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)

    def set_series(self, series: list[WageSeries]) -> None:
        self.series = list(series)
        self.setAccessibleDescription(
            "; ".join(f"{s.label}: {self.tr('median')} {fmt.money(s.median)}" for s in series)
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, 96 + 46 * max(1, len(self.series)))

    def minimumSizeHint(self) -> QSize:
        return QSize(480, self.sizeHint().height())

    def paintEvent(self, _event) -> None:
        INK, MUTED = theme_ink(self)  # noqa: N806 - the theme's text colours
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = self.width()
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        bold.setPointSizeF(base.pointSizeF() * 1.1)
        p.setFont(bold)
        p.setPen(INK)
        p.drawText(QRectF(0, 0, w, 24), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(base)
        p.setPen(MUTED)
        p.drawText(QRectF(0, 22, w, 20), Qt.AlignmentFlag.AlignLeft, self.units)
        values = [v for s in self.series for v in (s.p10, s.p90) if v is not None]
        if not values:
            p.end()
            return
        label_w = min(300.0, w * 0.32)
        left, right = label_w + 12, w - 70
        top, row_h = 52.0, 46.0
        hi = max(values) * 1.05
        lo = 0.0

        def x(v: float) -> float:
            return left + (right - left) * (v - lo) / (hi - lo)

        # grid lines every $25,000 (or $50,000 for wide ranges)
        step = 25000 if hi <= 200000 else 50000
        p.setPen(QPen(GRID, 1))
        tick = 0
        bottom = top + row_h * len(self.series)
        while tick <= hi:
            p.drawLine(QPointF(x(tick), top - 4), QPointF(x(tick), bottom))
            p.setPen(MUTED)
            p.drawText(
                QRectF(x(tick) - 40, bottom + 2, 80, 18),
                Qt.AlignmentFlag.AlignHCenter,
                fmt.money(tick),
            )
            p.setPen(QPen(GRID, 1))
            tick += step
        for i, s in enumerate(self.series):
            cy = top + row_h * i + row_h / 2
            p.setPen(INK)
            p.drawText(
                QRectF(0, cy - row_h / 2, label_w, row_h),
                Qt.AlignmentFlag.AlignVCenter
                | Qt.AlignmentFlag.AlignLeft
                | Qt.TextFlag.TextWordWrap,
                s.label,
            )
            if s.p10 is not None and s.p90 is not None:
                p.setPen(QPen(MUTED, 2))
                p.drawLine(QPointF(x(s.p10), cy), QPointF(x(s.p90), cy))
            if s.p25 is not None and s.p75 is not None:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(RANGE)
                p.drawRoundedRect(QRectF(x(s.p25), cy - 10, x(s.p75) - x(s.p25), 20), 3, 3)
            if s.median is not None:
                p.setPen(QPen(ACCENT, 4))
                p.drawLine(QPointF(x(s.median), cy - 13), QPointF(x(s.median), cy + 13))
                p.setPen(INK)
                p.drawText(
                    QRectF(x(s.p90 or s.median) + 6, cy - 10, 90, 20),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    fmt.money(s.median),
                )
        p.setPen(MUTED)
        legend = self.tr("Line: 10th to 90th percentile · Box: middle half · Mark: median")
        p.drawText(
            QRectF(0, bottom + 20, w, 20), Qt.AlignmentFlag.AlignLeft, legend + " · " + self.source
        )
        p.end()


class StateTileMap(QWidget):
    """A tile grid map of the states, shaded by a value and labelled with it."""

    ROWS, COLS = 8, 12

    def __init__(self, title: str, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stateTileMap")
        self.title, self.source = title, source
        self.values: dict[str, int | None] = {}
        self.setMinimumSize(QSize(560, 380))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)

    def set_values(self, values: dict[str, int | None], title: str | None = None) -> None:
        self.values = dict(values)
        if title:
            self.title = title
            self.setAccessibleName(title)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, 480)

    def _shade(self, value: int | None, lo: float, hi: float) -> QColor:
        if value is None:
            return QColor("#eef1f3")
        t = 0.0 if hi == lo else (value - lo) / (hi - lo)
        light, dark = QColor("#e3f1f6"), QColor("#15566d")
        return QColor(
            int(light.red() + (dark.red() - light.red()) * t),
            int(light.green() + (dark.green() - light.green()) * t),
            int(light.blue() + (dark.blue() - light.blue()) * t),
        )

    def paintEvent(self, _event) -> None:
        INK, MUTED = theme_ink(self)  # noqa: N806 - the theme's text colours
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(INK)
        p.drawText(QRectF(0, 0, w, 22), Qt.AlignmentFlag.AlignLeft, self.title)
        known = [v for v in self.values.values() if v is not None]
        lo, hi = (min(known), max(known)) if known else (0, 1)
        top = 28.0
        cell = min((w - 4) / self.COLS, (h - top - 30) / self.ROWS)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.8))
        for state, (r, c) in TILES.items():
            value = self.values.get(state)
            rect = QRectF(c * cell + 2, top + r * cell + 2, cell - 4, cell - 4)
            colour = self._shade(value, lo, hi)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(rect, 4, 4)
            dark = colour.lightnessF() < 0.55
            p.setPen(QColor("#ffffff") if dark else QColor("#1d2a33"))
            p.setFont(bold)
            p.drawText(
                rect.adjusted(0, 2, 0, -rect.height() / 2), Qt.AlignmentFlag.AlignCenter, state
            )
            p.setFont(small)
            text = "—" if value is None else f"${value / 1000:.0f}k"
            p.drawText(
                rect.adjusted(0, rect.height() / 2 - 2, 0, -2), Qt.AlignmentFlag.AlignCenter, text
            )
        p.setFont(self.font())
        p.setPen(MUTED)
        legend = self.tr("Darker = higher median; — = not published · {source}").format(
            source=self.source
        )
        p.drawText(QRectF(0, top + self.ROWS * cell + 6, w, 20), Qt.AlignmentFlag.AlignLeft, legend)
        p.end()
