"""The comparison grid's model: rows are the grid's rows (domain.compare), columns the
careers compared; every cell says its source and year."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.compare import Cell, Row
from ...domain.rules import is_dated
from ..look import fmt
from .roles import ACCESSIBLE, ALIGN, BACKGROUND, DISPLAY, FONT, FOREGROUND, TOOLTIP, Index
from .tables import Words

TINT_TEXT = QColor("#1d2a33")
HIGH_TINT = QColor("#d5ecf3")
LOW_TINT = QColor("#f6ead6")


# The grid's row labels are defined in the domain (no Qt there); listed here for lupdate.
_ROW_LABELS = (
    QT_TRANSLATE_NOOP("Compare", "Degree required"),
    QT_TRANSLATE_NOOP("Compare", "Field of study"),
    QT_TRANSLATE_NOOP("Compare", "Certification"),
    QT_TRANSLATE_NOOP("Compare", "Key skills"),
    QT_TRANSLATE_NOOP("Compare", "Job growth"),
    QT_TRANSLATE_NOOP("Compare", "Median salary"),
    QT_TRANSLATE_NOOP("Compare", "Typical entry education (BLS)"),
    QT_TRANSLATE_NOOP("Compare", "Openings per year"),
    QT_TRANSLATE_NOOP("Compare", "Job growth, earlier projection"),
    QT_TRANSLATE_NOOP("Compare", "Median salary, earlier survey"),
)


def row_label(row: Row) -> str:
    return QCoreApplication.translate("Compare", row.label)


def _period(cell: Cell) -> str:
    """'May 2025', or 'May 2015, older figure' for figures over five years old."""
    if cell.source is not None and is_dated(cell.source.year, fmt.current_year()):
        return QCoreApplication.translate("Compare", "{period}, older figure").format(
            period=cell.period
        )
    return cell.period


def cell_text(cell: Cell) -> str:
    if cell.missing:
        return QCoreApplication.translate("Compare", "not published")
    if cell.kind == "money":
        amount = fmt.money(cell.number)
        if cell.at_least:
            amount = QCoreApplication.translate("Format", "at least {amount}").format(amount=amount)
        return f"{amount} ({_period(cell)})"
    if cell.kind == "percent":
        return f"{fmt.percent(cell.number)} ({_period(cell)})"
    if cell.kind == "count":  # openings: a yearly average over the projection period
        if not cell.period:
            return fmt.count(cell.number)
        return QCoreApplication.translate("Compare", "{count} a year ({period} average)").format(
            count=fmt.count(cell.number), period=cell.period
        )
    return cell.text or ""


class CompareModel(Words, QAbstractTableModel):
    """Rows are the grid's rows, columns the careers compared."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titles: list[str] = []
        self._rows: list[Row] = []

    def set_grid(self, titles: list[str], rows: list[Row]) -> None:
        self.beginResetModel()
        self._titles, self._rows = list(titles), list(rows)
        self.endResetModel()

    def grid_rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() >= len(row.cells):
            return None
        cell = row.cells[index.column()]
        low, high = row.extremes()
        mark = ""
        if index.column() in high:
            mark = " ▲"
        elif index.column() in low:
            mark = " ▼"
        if role == DISPLAY:
            return cell_text(cell) + mark
        if role == ACCESSIBLE:
            extra = ""
            if mark:
                extra = ", " + QCoreApplication.translate(
                    "Compare", "highest" if mark == " ▲" else "lowest"
                )
            return f"{row_label(row)}: {cell_text(cell)}{extra}"
        if role == TOOLTIP:
            return QCoreApplication.translate("Compare", "Source: {source}").format(
                source=fmt.cite(cell.source)
                if cell.source
                else QCoreApplication.translate("Compare", "none")
            )
        if role == FONT and mark == " ▲":
            font = QFont()
            font.setBold(True)
            return font
        if role == BACKGROUND and mark:
            return QBrush(HIGH_TINT if mark == " ▲" else LOW_TINT)
        if role == FOREGROUND and mark:
            return QBrush(TINT_TEXT)  # dark on the light tint, in every theme
        if role == ALIGN:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._titles):
            return self._titles[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return row_label(self._rows[section])
        return None
