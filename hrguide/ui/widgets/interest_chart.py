"""The interest check's six scores drawn as bars, with the same figures as text for
screen readers (its accessible description)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ...domain import interests as rules
from ..html.interest_words import area
from .charts import ACCENT, theme_ink


class ScoresChart(QWidget):
    """Six horizontal bars, one per area, with the score written at the end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interestChart")
        self.scores: tuple[int, ...] = (0,) * 6
        self.maximum = 20

    def set_scores(self, scores: tuple[int, ...], maximum: int) -> None:
        self.scores, self.maximum = scores, maximum
        words = "; ".join(f"{area(a)} {s}" for a, s in zip(rules.AREAS, scores, strict=True))
        self.setAccessibleName(self.tr("Your six interest scores, chart"))
        self.setAccessibleDescription(words)
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        """No scores: nothing of the last student's answers in the bars or their words."""
        self.scores, self.maximum = (0,) * 6, 20
        self.setAccessibleDescription("")
        self.update()

    def _line(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        return QSize(480, self._line() * 6 + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self._line() * 6 + 4)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        ink, _muted = theme_ink(self)
        fm = self.fontMetrics()
        label_w = max(fm.horizontalAdvance(area(a)) for a in rules.AREAS) + 12
        value_w = fm.horizontalAdvance(" 40 / 40") + 8
        bar_w = max(10, self.width() - label_w - value_w)
        for i, (name, s) in enumerate(zip(rules.AREAS, self.scores, strict=True)):
            y = i * self._line()
            painter.setPen(ink)
            painter.drawText(
                QRectF(0, y, label_w, self._line()), int(Qt.AlignmentFlag.AlignVCenter), area(name)
            )
            w = bar_w * s / self.maximum if self.maximum else 0
            painter.fillRect(QRectF(label_w, y + 4, max(w, 1), self._line() - 8), ACCENT)
            painter.drawText(
                QRectF(label_w + w + 6, y, value_w, self._line()),
                int(Qt.AlignmentFlag.AlignVCenter),
                f"{s} / {self.maximum}",
            )
        painter.end()
