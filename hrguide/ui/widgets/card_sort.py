"""Sorting where a table shows as cards: its header (where a click sorts) is not on screen,
so a "Sort by" choice of its columns and an order button stand above the cards, as the
College Scorecard's results have. Both drive the table's own sort, and follow it: a sort
made in the table shows here and the other way round."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView, QWidget

from .basics import fit_choice, sized_to_choice
from .flow import FlowLayout

ASCENDING, DESCENDING = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


class SortBar(QWidget):
    def __init__(self, table: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setObjectName(f"{table.objectName() or 'table'}SortBar")
        self.column: QComboBox | None = None  # made when the cards first show: most
        # tables never do at a desktop's width, and a page holds several

    def _build(self) -> QComboBox:
        row = FlowLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(QCoreApplication.translate("Cards", "Sort by")))
        column = self.column = QComboBox()
        column.setObjectName(f"{self.objectName()}Column")
        column.setAccessibleName(QCoreApplication.translate("Cards", "Sort the list by"))
        sized_to_choice(column)
        row.addWidget(column)
        self.order = QPushButton()
        self.order.setObjectName(f"{self.objectName()}Order")
        row.addWidget(self.order)
        column.activated.connect(lambda _i: self._sort(column.currentData()))
        self.order.clicked.connect(self._flip)
        self.table.horizontalHeader().sortIndicatorChanged.connect(lambda *_a: self.follow())
        self.table.model().headerDataChanged.connect(self._renamed)  # another language
        return column

    def _renamed(self, *_args: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """The table's shown columns, as named now (a column can come and go)."""
        model = self.table.model()
        column = self.column or self._build()
        column.blockSignals(True)
        column.clear()
        column.setPlaceholderText(
            QCoreApplication.translate("Cards", "as listed")
        )  # until a sort is chosen
        for col in range(model.columnCount()):
            if not self.table.isColumnHidden(col):
                name = model.headerData(col, Qt.Orientation.Horizontal)
                column.addItem(str(name), col)
        column.blockSignals(False)
        self.follow()
        fit_choice(column)

    def follow(self) -> None:
        if self.column is None:
            return
        header = self.table.horizontalHeader()
        self.column.setCurrentIndex(self.column.findData(header.sortIndicatorSection()))
        ascending = header.sortIndicatorOrder() == ASCENDING
        self.order.setText(
            QCoreApplication.translate("Cards", "▲ Ascending")
            if ascending
            else QCoreApplication.translate("Cards", "▼ Descending")
        )
        self.order.setAccessibleName(
            QCoreApplication.translate("Cards", "Order: ascending")
            if ascending
            else QCoreApplication.translate("Cards", "Order: descending")
        )
        self.order.setEnabled(self.column.currentIndex() >= 0)

    def _sort(self, col: int) -> None:
        self.table.sortByColumn(col, self.table.horizontalHeader().sortIndicatorOrder())
        self.follow()

    def _flip(self) -> None:  # (the order button exists once the bar is built)
        header = self.table.horizontalHeader()
        now, col = header.sortIndicatorOrder(), header.sortIndicatorSection()
        self.table.sortByColumn(col, DESCENDING if now == ASCENDING else ASCENDING)
        self.follow()
