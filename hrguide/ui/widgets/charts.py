"""Charts drawn with QPainter: a US tile map by median wage, and the colours and theme ink
the charts share (the wage ranges per career are wage_chart.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.geo import TILES

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

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
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # as tall as its tiles and wrapped text need
        self.setSizePolicy(policy)
        self.setAccessibleName(title)

    def set_values(self, values: dict[str, int | None], title: str | None = None) -> None:
        self.values = dict(values)
        if title:
            self.title = title
            self.setAccessibleName(title)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, self.heightForWidth(900))

    def minimumSizeHint(self) -> QSize:
        width = self.COLS * self._smallest_cell()
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._texts(width)[-1][0].bottom()) + 4

    def _fonts(self) -> tuple[QFont, QFont]:
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.8))
        return bold, small

    def _smallest_cell(self) -> int:
        """A tile with room for a state's code over "$239k", each whole."""
        bold, small = (QFontMetrics(f) for f in self._fonts())
        wide = max(bold.horizontalAdvance("WW"), small.horizontalAdvance("$239k"))
        return max(wide + 8, bold.height() + small.height() + 8)

    def _legend(self) -> str:
        return self.tr("Darker = higher median; — = not published · {source}").format(
            source=self.source
        )

    def _texts(self, width: int) -> list[tuple[QRectF, str, str]]:
        """(place, text, font: "bold", "small" or "base") of what the map writes, in
        order from the top: the title, each tile's code and value, the legend last."""
        bold, small = self._fonts()
        wrap = int(Qt.TextFlag.TextWordWrap)
        fb, fm = QFontMetrics(bold), QFontMetrics(self.font())
        title_h = fb.boundingRect(QRect(0, 0, max(1, width), 100_000), wrap, self.title).height()
        out = [(QRectF(0, 0, width, title_h), self.title, "bold")]
        top = title_h + 6.0
        cell = max((width - 4) / self.COLS, 1.0)
        for state, (r, c) in TILES.items():
            rect = QRectF(c * cell + 2, top + r * cell + 2, cell - 4, cell - 4)
            value = self.values.get(state)
            text = "—" if value is None else f"${value / 1000:.0f}k"
            out.append((rect.adjusted(0, 2, 0, -rect.height() / 2), state, "bold"))
            out.append((rect.adjusted(0, rect.height() / 2 - 2, 0, -2), text, "small"))
        legend_top = top + self.ROWS * cell + 6
        legend = self._legend()
        legend_h = fm.boundingRect(QRect(0, 0, max(1, width), 100_000), wrap, legend).height()
        out.append((QRectF(0, legend_top, width, legend_h), legend, "base"))
        return out

    def clipped_labels(self) -> list[tuple[str, int, int]]:
        """(text, pixels it needs, pixels it has) for any text cut at the current size:
        the layout audit's question."""
        bold, small = self._fonts()
        fonts = {"bold": bold, "small": small, "base": self.font()}
        wrap = int(Qt.TextFlag.TextWordWrap)
        out = []
        for rect, text, font in self._texts(self.width()):
            need = QFontMetrics(fonts[font]).boundingRect(rect.toRect(), wrap, text)
            if need.width() > rect.width() + 1 or need.height() > rect.height() + 1:
                out.append((text, need.width(), int(rect.width())))
        return out

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

    def paintEvent(self, _event: QPaintEvent) -> None:
        ink, muted = theme_ink(self)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold, small = self._fonts()
        fonts = {"bold": bold, "small": small, "base": self.font()}
        known = [v for v in self.values.values() if v is not None]
        lo, hi = (min(known), max(known)) if known else (0, 1)
        texts = self._texts(self.width())
        wrap = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        centre = int(Qt.AlignmentFlag.AlignCenter)
        for i, (state, _rc) in enumerate(TILES.items()):
            code, value = texts[1 + 2 * i], texts[2 + 2 * i]
            tile = QRectF(code[0].left(), code[0].top() - 2, code[0].width(), 0)
            tile.setBottom(value[0].bottom() + 2)
            colour = self._shade(self.values.get(state), lo, hi)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(tile, 4, 4)
            p.setPen(QColor("#ffffff") if colour.lightnessF() < 0.55 else QColor("#1d2a33"))
            for rect, text, font in (code, value):
                p.setFont(fonts[font])
                p.drawText(rect, centre, text)
        for rect, text, font in (texts[0], texts[-1]):  # the title and the legend
            p.setFont(fonts[font])
            p.setPen(ink if font == "bold" else muted)
            p.drawText(rect, wrap, text)
        p.end()
