"""The comparison grid's model: rows are the grid's rows (domain.compare), columns the
careers compared; every cell says its source and year."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.compare import Cell, Row
from ...domain.rules import is_dated
from ..look import fmt
from .grid import GridModel
from .roles import ACCESSIBLE, ALIGN, BACKGROUND, DISPLAY, FONT, FOREGROUND, TOOLTIP

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


class CompareModel(GridModel):
    """Rows are the grid's rows, columns the careers compared."""

    def set_grid(self, titles: list[str], rows: list[Row]) -> None:
        self._replace(titles, rows)

    def label(self, r: int) -> str:
        return row_label(self._rows[r])

    def cell_data(self, r: int, c: int, role: int) -> Any:
        row: Row = self._rows[r]
        cell = row.cells[c]
        low, high = row.extremes()
        mark = HIGH if c in high else LOW if c in low else None
        if role == DISPLAY:
            return cell_text(cell) + (" " + mark if mark else "")
        if role == ACCESSIBLE:
            return f"{row_label(row)}: {cell_text(cell)}{_mark_words(mark)}"
        if role == TOOLTIP:
            source = fmt.cite(cell.source) if cell.source else None
            return QCoreApplication.translate("Compare", "Source: {source}").format(
                source=source or QCoreApplication.translate("Compare", "none")
            )
        return _look(mark, role)


HIGH, LOW = "▲", "▼"


def _mark_words(mark: str | None) -> str:
    """A marked cell's mark in words, for a screen reader (", highest")."""
    words = {
        HIGH: QCoreApplication.translate("Compare", "highest"),
        LOW: QCoreApplication.translate("Compare", "lowest"),
    }
    return f", {words[mark]}" if mark in words else ""


def _look(mark: str | None, role: int) -> Any:
    """A marked cell's type and tint: bold and tinted at the top, tinted at the bottom."""
    if role == FONT and mark == HIGH:
        font = QFont()
        font.setBold(True)
        return font
    if role == BACKGROUND and mark:
        return QBrush(HIGH_TINT if mark == HIGH else LOW_TINT)
    if role == FOREGROUND and mark:
        return QBrush(TINT_TEXT)  # dark on the light tint, in every theme
    if role == ALIGN:
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return None
