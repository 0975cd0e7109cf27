"""The pages as rows of buttons, shown instead of the tab bar when the tabs do not fit the
window's width: an upright kiosk (1080 pixels wide) or large text. A tab bar that does not
fit hides pages behind two small scroll arrows, which a student at a kiosk never finds.

The tab widget stays the one owner of the current page: a button shows its tab, and the
buttons follow the tab widget, so the router, its history and the shortcuts are unchanged."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..widgets.basics import bold_metrics

MARGIN = 16  # pixels left free at the row's end, so the last button never touches the edge


def rows_for(widths: list[int], room: int) -> list[list[int]]:
    """The buttons (by index, in order) on each row: as many rows as needed so that no row
    is wider than `room`, and the rows as even as that allows (fewest rows first)."""
    if not widths:
        return []
    for count in range(1, len(widths) + 1):
        per_row = -(-len(widths) // count)  # ceiling division
        rows = [
            list(range(i, min(i + per_row, len(widths)))) for i in range(0, len(widths), per_row)
        ]
        if all(sum(widths[i] for i in row) <= room for row in rows):
            return rows
    return [[i] for i in range(len(widths))]


class PageStrip(QWidget):
    """Rows of page buttons (`pageButton-<page id>`) over the tab widget `tabs`."""

    currentClicked = Signal(int)  # the button of the page shown was clicked

    def __init__(
        self, tabs: QTabWidget, page_ids: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pageStrip")
        self.tabs = tabs
        self.page_ids = page_ids
        self.buttons: list[QToolButton] = []  # made the first time the strip is needed
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self._clicked)
        tabs.currentChanged.connect(self._follow)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(8, 4, 8, 0)
        self._rows.setSpacing(0)
        self._shape: list[list[int]] = []
        self.hide()
        tabs.installEventFilter(self)  # the tab widget is always shown: its width is the room

    def _clicked(self, index: int) -> None:
        if index == self.tabs.currentIndex():
            self.currentClicked.emit(index)  # as a click on the current tab: its start
        else:
            self.tabs.setCurrentIndex(index)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.tabs and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self.fit)
        return False

    def active(self) -> bool:
        """The buttons stand in for the tab bar now."""
        return not self.isHidden()

    def fit(self) -> None:
        """Tab bar when every tab fits the width; else the buttons, in as few rows as fit.
        Called when the width, the language or the text size changes."""
        bar = self.tabs.tabBar()
        listed = [i for i in range(bar.count()) if bar.isTabVisible(i)]
        needed = sum(bar.tabSizeHint(i).width() for i in listed)
        if needed <= self.tabs.width():
            self.hide()
            bar.show()
            return
        self._make_buttons()
        for i, button in enumerate(self.buttons):
            button.setText(self.tabs.tabText(i))
            # the current page's label is bold (style sheet): room for it on every button,
            # so that choosing one never cuts its label
            text = button.text().replace("&&", "&")
            extra = bold_metrics(button).horizontalAdvance(text)
            extra -= button.fontMetrics().horizontalAdvance(text)
            button.setMinimumWidth(0)
            button.setMinimumWidth(button.sizeHint().width() + max(0, extra))
        widths = [self.buttons[i].minimumWidth() for i in listed]
        room = self.tabs.width() - MARGIN - self._rows.contentsMargins().left() * 2
        shape = [[listed[k] for k in row] for row in rows_for(widths, room)]
        if shape != self._shape:
            self._lay_out(shape)
        bar.hide()
        self.show()

    def _make_buttons(self) -> None:
        if self.buttons:
            return
        for i, page_id in enumerate(self.page_ids):
            button = QToolButton()
            button.setObjectName(f"pageButton-{page_id}")
            button.setProperty("role", "pageTab")
            button.setCheckable(True)
            self.group.addButton(button, i)
            self.buttons.append(button)
        self._follow(self.tabs.currentIndex())

    def _lay_out(self, shape: list[list[int]]) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            old = item.layout() if item is not None else None
            while old is not None and old.count():
                old.takeAt(0)
            if old is not None:
                old.setParent(None)  # nobody holds it now: freed
        for indexes in shape:
            row = QHBoxLayout()
            row.setSpacing(4)
            for i in indexes:
                row.addWidget(self.buttons[i])
            row.addStretch(1)
            self._rows.addLayout(row)
        self._shape = shape

    def _follow(self, index: int) -> None:
        if 0 <= index < len(self.buttons):
            self.buttons[index].setChecked(True)

    def focus_current(self) -> None:
        if self.buttons:
            self.buttons[max(0, self.tabs.currentIndex())].setFocus()
