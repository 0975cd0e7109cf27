"""The school finder's table view: fixed row heights and column widths in characters (no
per-row measuring while the user types), headers never cut, sortable by any column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..models.schools import COLUMN_CHARS, COLUMN_OF, SchoolTableModel
from .columns import widths_in_characters


def school_table(model: SchoolTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName("schoolTable")
    table.setAccessibleName(name)
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setSortIndicatorShown(True)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    # fixed row heights and interactive column widths: no per-row measuring on filter
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    widths_in_characters(table, {COLUMN_OF[key]: n for key, n in COLUMN_CHARS.items()})
    return table
