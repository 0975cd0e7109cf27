"""The school finder's table view: fixed row heights and column widths in characters (no
per-row measuring while the user types), headers never cut, sortable by any column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..models.schools import COLUMN_CHARS, COLUMN_OF, SchoolTableModel
from .basics import bold_metrics


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
    # column widths in characters, so they grow with the text size
    char = table.fontMetrics().averageCharWidth()
    words = bold_metrics(header)  # (the headers' style) and room for the sort mark
    for key, chars in COLUMN_CHARS.items():  # never narrower than the header's words
        text = str(model.headerData(COLUMN_OF[key], Qt.Orientation.Horizontal))
        header.resizeSection(
            COLUMN_OF[key], max(chars * char, words.horizontalAdvance(text) + 4 * char)
        )
    return table
