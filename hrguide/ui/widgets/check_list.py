"""A short list of check boxes shown whole: as wide as its longest row and as tall as all
of its rows, with no scroll bar, measured again whenever its font or style changes (a
text-size step, the kiosk's style). The comparison's list of careers was a fixed box
measured once, at the desktop's size: on a kiosk it showed four rows of eight and cut
the long titles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QEvent, Qt
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QShowEvent
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ..models.roles import Index


class _Rows(QStyledItemDelegate):
    """Rows at least the list's `rowHeight` tall (a finger's 48 px on a kiosk)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        owner = self.parent()
        row = owner.property("rowHeight") if owner is not None else None
        size.setHeight(max(size.height(), row or 0))
        return size


class CheckList(QListWidget):
    REFIT = (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row_height = 0
        self.setItemDelegate(_Rows(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # rows added, taken out or renamed (another language): the list fits them again
        model = self.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self._rows_changed)

    def add_check(self, text: str, data: object) -> None:
        """A row that can be checked, unchecked, carrying `data` (the user role)."""
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.addItem(item)

    def _rows_changed(self, *_args: object) -> None:
        self.fit()

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() in self.REFIT:
            self.fit()
        return done

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def _get_row_height(self) -> int:
        return self._row_height

    def _set_row_height(self, height: int) -> None:
        self._row_height = height
        self.fit()

    # the style sheet sets it (kiosk.qss: qproperty-rowHeight)
    rowHeight = Property(int, _get_row_height, _set_row_height)

    def fit(self) -> None:
        rows = range(self.count())
        frame = 2 * self.frameWidth()
        # the style's own measure leaves out a style sheet's larger check box (a kiosk's
        # 32 px): measured here as the text, the check box and their margins
        style, fm = self.style(), self.fontMetrics()
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        texts = (fm.horizontalAdvance(self.item(r).text()) for r in rows)
        widest = max((t + box + 6 * margin for t in texts), default=0)
        width = max(self.sizeHintForColumn(0), widest) + frame + 4
        height = sum(self.sizeHintForRow(r) for r in rows) + frame + 2
        if (width, height) != (self.width(), self.height()):
            self.setFixedSize(width, height)
