"""The pathway map: steps as large buttons in lanes (the education each starts from),
with the moves between them drawn as arrows. Buttons keep it touch friendly, readable at
any text size and reachable by keyboard and screen reader; the arrows are drawn behind."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ...domain.pathways import Move, Step
from .charts import ACCENT, theme_ink

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent, QShowEvent

LANE_NAMES = {
    "certificate": QT_TRANSLATE_NOOP("Pathways", "No degree: a certificate or on-the-job"),
    "associate": QT_TRANSLATE_NOOP("Pathways", "Associate degree"),
    "bachelor": QT_TRANSLATE_NOOP("Pathways", "Bachelor's degree"),
    "master": QT_TRANSLATE_NOOP("Pathways", "Master's degree"),
}


def wrap(text: str, fm: QFontMetrics, width: int) -> list[str]:
    """Greedy word wrap of `text` to `width` pixels."""
    lines: list[str] = []
    for word in text.split():
        if lines and fm.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


class PathwayMap(QWidget):
    selected = Signal(str)  # a step id

    def __init__(self, steps: list[Step], moves: list[Move], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pathwayMap")
        self.moves = moves
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        # room for the arrows between lanes, and for a long word ("administradora") in a lane
        grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 4)
        grid.setVerticalSpacing(self.fontMetrics().height())
        lanes: dict[int, str] = {}
        for s in steps:
            lanes[s.lane] = s.lane_group
            b = QPushButton()
            b.setObjectName(f"pathwayStep-{s.step_id}")
            b.setCheckable(True)
            b.setProperty("role", "step")  # (style: less padding, the chosen step marked)
            # the lane's width, whatever the title: titles wrap (resizeEvent) instead of
            # widening the page
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            b.clicked.connect(lambda _c=False, sid=s.step_id: self.select(sid))
            self.buttons[s.step_id] = b
            grid.addWidget(b, s.row + 1, s.lane)
        for lane, group in lanes.items():
            head = QLabel(QCoreApplication.translate("Pathways", str(LANE_NAMES[group])))
            head.setWordWrap(True)
            head.setProperty("role", "note")
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, lane)
        for lane in lanes:
            grid.setColumnStretch(lane, 1)
        self.retitle(steps)

    def retitle(self, steps: list[Step]) -> None:
        """The steps' titles (another language): the map and the selection stay."""
        for s in steps:
            b = self.buttons[s.step_id]
            b.setProperty("title", s.title if s.career_id else f"{s.title} *")
            b.setAccessibleName(
                QCoreApplication.translate("Pathways", "Step: {title}").format(title=s.title)
            )
        self.wrap_titles()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.wrap_titles()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.wrap_titles()

    def wrap_titles(self) -> None:
        """Each step's title broken into lines that fit its button (in the button's own
        font, less its padding); the button as tall as its lines (at least three lines of
        text: a big touch target)."""
        for b in self.buttons.values():
            fm = b.fontMetrics()
            title = str(b.property("title"))
            if b.isChecked():  # the selected step says so in text, not by colour alone
                title = "▶ " + title
            pad = fm.averageCharWidth() * 6
            for _ in range(3):  # the padding is measured on the text once it is set
                lines = wrap(title, fm, max(40, b.width() - pad))
                text = "\n".join(lines)
                if b.text() != text:
                    b.setText(text)
                widest = max(fm.horizontalAdvance(line) for line in lines)
                pad = max(pad, b.sizeHint().width() - widest)
                if b.sizeHint().width() <= b.width() + 1:
                    break
            b.setFixedHeight(fm.height() * max(3, len(lines) + 1) + 8)  # + a border's room

    def select(self, step_id: str) -> None:
        for sid, b in self.buttons.items():
            b.setChecked(sid == step_id)
        self.wrap_titles()
        self.selected.emit(step_id)

    def current(self) -> str | None:
        return next((sid for sid, b in self.buttons.items() if b.isChecked()), None)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink, _muted = theme_ink(self)
        colour = ink if ink.lightnessF() > 0.5 else ACCENT  # light arrows on a dark theme
        painter.setPen(QPen(colour, 2))
        painter.setBrush(colour)
        for m in self.moves:
            a, b = self.buttons[m.from_id].geometry(), self.buttons[m.to_id].geometry()
            if b.left() > a.right():  # to the next lane: right edge to left edge
                start = QPointF(a.right(), a.center().y())
                end = QPointF(b.left(), b.center().y())
            else:  # within a lane: bottom to top
                start = QPointF(a.center().x(), a.bottom())
                end = QPointF(b.center().x(), b.top())
            path = QPainterPath(start)
            mid = (start.x() + end.x()) / 2
            if b.left() > a.right():
                path.cubicTo(QPointF(mid, start.y()), QPointF(mid, end.y()), end)
            else:
                path.lineTo(end)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(colour)
            self._arrow_head(painter, end, horizontal=b.left() > a.right())
        painter.end()

    @staticmethod
    def _arrow_head(painter: QPainter, tip: QPointF, horizontal: bool) -> None:
        s = 7.0
        if horizontal:
            pts = [
                tip,
                QPointF(tip.x() - s, tip.y() - s / 1.6),
                QPointF(tip.x() - s, tip.y() + s / 1.6),
            ]
        else:
            pts = [
                tip,
                QPointF(tip.x() - s / 1.6, tip.y() - s),
                QPointF(tip.x() + s / 1.6, tip.y() - s),
            ]
        painter.drawPolygon(QPolygonF(pts))
