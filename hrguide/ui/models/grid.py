"""What both comparison grids share (Compare careers, Compare programs): rows are a grid's
rows, each with its cells, and columns the things compared, named by their titles. A
subclass says what a cell gives for a role (`cell_data`) and what a row is called
(`label`); the rest of the Qt model is here, once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QObject, Qt

from .roles import DISPLAY, Index
from .tables import TableShape, Words


class GridRow(Protocol):
    """A grid row: its cells, one per column."""

    @property
    def cells(self) -> Sequence[object]: ...


class GridModel(Words, TableShape, QAbstractTableModel):
    """A comparison grid as a Qt table model; its rows are replaced as a whole."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titles: list[str] = []
        self._rows: list[Any] = []

    def _replace(self, titles: Sequence[str], rows: Sequence[GridRow]) -> None:
        self.beginResetModel()
        self._titles, self._rows = list(titles), list(rows)
        self._rows_replaced()
        self.endResetModel()

    def _rows_replaced(self) -> None:
        """Work out what the new rows need (between the model's reset signals)."""

    def grid_rows(self) -> list[Any]:
        return list(self._rows)

    def _width(self) -> int:
        return len(self._titles)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        row = self._record_at(index)
        if row is None or index.column() >= len(row.cells):
            return None
        return self.cell_data(index.row(), index.column(), int(role))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if int(role) != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._titles):
            return self._titles[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return self.label(section)
        return None

    def cell_data(self, r: int, c: int, role: int) -> Any:
        """What the cell in row `r`, column `c` gives for `role` (None: nothing)."""
        raise NotImplementedError

    def label(self, r: int) -> str:
        """The r-th row's name, in the UI's language."""
        raise NotImplementedError
