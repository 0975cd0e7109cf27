"""Thin Qt models over lists of records: the records are prepared outside, the model only shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6 import QtCore
from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QObject

from ...domain.rules import sort_missing_last
from .roles import ACCESSIBLE, ALIGN, DISPLAY, SORT_ROLE, TOOLTIP, Index
from .roles import LEFT as _LEFT
from .roles import RIGHT as _RIGHT


class Words:
    """A model whose headers and cells are words in the UI's language. Mixed into a Qt
    model: after a change of language the views are told to read them again (rows,
    selection and scroll position stay; look/retranslate.py calls this)."""

    def words_changed(self, move: Callable[[str], str]) -> None:
        model: Any = self
        list_model = isinstance(model, QAbstractListModel)  # (its columnCount is private)
        rows, columns = model.rowCount(), 1 if list_model else model.columnCount()
        if columns:
            model.headerDataChanged.emit(QtCore.Qt.Orientation.Horizontal, 0, columns - 1)
        if rows and columns:
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))


class _Rows:
    """What both thin models share: a list of records replaced as a whole. Mixed into a
    Qt model (it calls the model's reset notifications)."""

    _rows: list[Any]
    beginResetModel: Callable[[], None]
    endResetModel: Callable[[], None]

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._rows[row]

    def refresh(self) -> None:
        """The same records shown again (their texts changed with the language)."""
        self.set_rows(self._rows)


class TableShape:
    """What every table model here says of its shape: a row per record in `_rows`, as many
    columns as `_width()`. Mixed into a Qt table model."""

    _rows: list[Any]

    def _width(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width()

    def _record_at(self, index: Index) -> Any | None:
        """The record of a valid index's row (None: no such row)."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]


class Column(NamedTuple):
    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    numeric: bool = False


class RecordTableModel(Words, _Rows, TableShape, QAbstractTableModel):
    """Rows are records; columns say how to show each. Sorting reorders the record list."""

    def __init__(
        self, columns: Sequence[Column], rows: Sequence[Any] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows = list(rows)

    def set_columns(self, columns: Sequence[Column]) -> None:
        """The same columns named anew (headers made with numbers in them)."""
        self._columns = list(columns)
        self.headerDataChanged.emit(QtCore.Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def words_changed(self, move: Callable[[str], str]) -> None:
        """The headers (kept as words) moved into the new language, then every word."""
        self._columns = [c._replace(header=move(c.header)) for c in self._columns]
        super().words_changed(move)

    def _width(self) -> int:
        return len(self._columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        record = self._record_at(index)
        if record is None:
            return None
        column = self._columns[index.column()]
        if role in (DISPLAY, ACCESSIBLE):
            return column.text(record)
        if role == TOOLTIP and column.tooltip is not None:
            return column.tooltip(record)
        if role == ALIGN:
            return _RIGHT if column.numeric else _LEFT
        if role == SORT_ROLE:
            return (column.sort_key or column.text)(record)
        return None

    def headerData(
        self, section: int, orientation: QtCore.Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if role != DISPLAY:
            return None
        horizontal = orientation == QtCore.Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if not horizontal and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def sort(self, column: int, order: QtCore.Qt.SortOrder | None = None) -> None:
        descending = order == QtCore.Qt.SortOrder.DescendingOrder
        if not 0 <= column < len(self._columns):
            return
        col = self._columns[column]
        key = col.sort_key or col.text
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        tagged = [(id(r), r) for r in self._rows]
        old_rows = [tagged[i.row()][0] for i in before]
        tagged = sort_missing_last(tagged, lambda t: key(t[1]), descending)
        self._rows = [r for _, r in tagged]
        new_row = {tag: row for row, (tag, _) in enumerate(tagged)}
        after = [
            self.index(new_row[tag], i.column()) for tag, i in zip(old_rows, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()


class RecordListModel(Words, _Rows, QAbstractListModel):
    """A list of records shown with one text function; the record itself is in UserRole."""

    def __init__(
        self,
        text: Callable[[Any], str],
        tooltip: Callable[[Any], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._text = text
        self._tooltip = tooltip
        self._rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        if role in (DISPLAY, ACCESSIBLE):
            return self._text(record)
        if role == TOOLTIP and self._tooltip is not None:
            return self._tooltip(record)
        return None
