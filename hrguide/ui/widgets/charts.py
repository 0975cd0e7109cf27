"""Charts drawn with QPainter: a US tile map by median wage, and the colours and theme ink
the charts share (the wage ranges per career are wage_chart.py)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.geo import TILES

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
