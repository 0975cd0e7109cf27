"""A layout that places its items left to right and wraps them onto the next line when the
width runs out (Qt has none built in; this follows Qt's own Flow Layout example). Rows of
filters use it, so that at 200 % text or on an upright kiosk nothing is cut off at the
right edge: a control a user cannot see is a control they cannot use."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 10, line: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._h, self._v = spacing, line
        self.setContentsMargins(0, 0, 0, 0)

    def add(self, *widgets: QWidget) -> FlowLayout:
        for w in widgets:
            self.addWidget(w)
        return self

    # -- QLayout ------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line, if the room is there."""
        shown = [i for i in self._items if _shown(i)]
        width = sum(i.sizeHint().width() for i in shown) + self._h * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """As wide as the widest item: everything else can wrap."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the shown items out in `rect` (or only measure); returns the height used.
        Items are centred on their line; what a line leaves free goes to its items that
        ask to expand (a search field), so a line that fits looks like a full row."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = 0
        for item in self._items:
            if not _shown(item):
                continue
            width = min(item.sizeHint().width(), area.width())
            if lines[-1] and x + width > area.width():
                lines.append([])
                x = 0
            lines[-1].append((item, width))
            x += width + self._h
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for item, _ in line)
            if move:
                free = area.width() - sum(w for _, w in line) - self._h * (len(line) - 1)
                growing = [item for item, _ in line if _expands(item)]
                x = area.x()
                for item, width in line:
                    if item in growing and free > 0:
                        width += free // len(growing)
                    h = min(item.sizeHint().height(), height)
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(width, h)))
                    x += width + self._h
            y += height + self._v
        return max(0, y - self._v - rect.y()) + m.bottom()


def _shown(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is None or not widget.isHidden()


def _expands(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return False
    policy = widget.sizePolicy().horizontalPolicy()
    return policy in (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)


def group(*widgets: QWidget) -> QWidget:
    """Widgets kept together on one line of a flow (a label and its control)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    for w in widgets:
        row.addWidget(w)
    return holder
