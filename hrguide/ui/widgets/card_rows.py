"""A long list's first rows, for its cards, and more as the user scrolls down.

A list view shows nothing until it has measured every item it holds, and a card is
measured by wrapping its text: the school finder's 5,086 cards took about a second,
during which the list stood empty, at every start and every reset. `FirstRows` shows a
table model's rows a page at a time (the view asks for more near the bottom:
canFetchMore/fetchMore), row for row with the table, so a row number means the same
row in both. `follow_selection` keeps the cards' current row and the table's the same,
the page reading only its table's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

PAGE = 30  # cards measured at a time: a screenful or more, in about a frame's time

Index = QModelIndex | QPersistentModelIndex


class FirstRows(QAbstractTableModel):
    """The first `shown` rows of `source`, growing a page at a time."""

    def __init__(self, source: QAbstractItemModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.shown = PAGE
        self.growing = False
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._reset_done)
        # a sort or a change of rows in place: the same rows, measured again
        source.layoutAboutToBeChanged.connect(self.beginResetModel)
        source.layoutChanged.connect(self.endResetModel)
        source.dataChanged.connect(self._data_changed)
        source.headerDataChanged.connect(self.headerDataChanged)

    def _reset_done(self) -> None:
        self.shown = PAGE  # a new list starts at its top
        self.endResetModel()

    def _data_changed(
        self, top: QModelIndex, bottom: QModelIndex, roles: Sequence[int] = ()
    ) -> None:
        last = min(bottom.row(), self.rowCount() - 1)
        if top.row() <= last:
            self.dataChanged.emit(
                self.index(top.row(), top.column()), self.index(last, bottom.column()), roles
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        if parent.isValid():
            return 0
        return min(self.shown, self.source.rowCount())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else self.source.columnCount()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.source.index(index.row(), index.column()).data(role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        return self.source.headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self.source.flags(self.source.index(index.row(), index.column()))

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.shown < self.source.rowCount()

    def fetchMore(self, parent: Index) -> None:
        self.show_through(self.shown + PAGE - 1)

    def show_through(self, row: int) -> None:
        """Make sure rows up to `row` (and the page it is in) are shown."""
        have = self.rowCount()
        want = min(self.source.rowCount(), (row // PAGE + 1) * PAGE)
        if want > have and not self.growing:  # (a view may ask again while told)
            self.growing = True
            try:
                self.beginInsertRows(QModelIndex(), have, want - 1)
                self.shown = want
                self.endInsertRows()
            finally:
                self.growing = False


class _Follow(QObject):
    """The current row, kept the same in the table's selection and the cards'."""

    def __init__(self, rows: FirstRows, table: QItemSelectionModel, cards: QItemSelectionModel):
        super().__init__(cards)
        self.rows, self.table, self.cards = rows, table, cards
        self.moving = False
        cards.currentRowChanged.connect(lambda current, _previous: self._from_cards(current))
        table.currentRowChanged.connect(lambda _current, _previous: self._from_table())
        # (a row is made current before it is selected: its selection says it is chosen)
        table.selectionChanged.connect(lambda _on, _off: self._from_table())
        rows.modelReset.connect(lambda: self._from_table())

    def _select(self, model: QItemSelectionModel, index: QModelIndex) -> None:
        if self.moving:
            return
        self.moving = True
        try:
            if index.isValid():
                model.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            else:
                model.clearSelection()
        finally:
            self.moving = False

    def _from_cards(self, current: QModelIndex) -> None:
        source = self.rows.source
        self._select(self.table, source.index(current.row(), 0) if current.isValid() else current)

    def _from_table(self) -> None:
        current = self.table.currentIndex()
        if current.isValid() and self.table.isRowSelected(current.row(), QModelIndex()):
            self.rows.show_through(current.row())
            self._select(self.cards, self.rows.index(current.row(), 0))
        else:
            self._select(self.cards, QModelIndex())


def follow_selection(
    rows: FirstRows, table: QItemSelectionModel, cards: QItemSelectionModel
) -> None:
    _Follow(rows, table, cards)
