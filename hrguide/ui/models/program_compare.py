"""The program comparison's model: rows are the grid's rows (domain.program_compare),
columns the programs compared. Every cell's tooltip names its source and year; the best
and worst cell of a row say so in words and type (bold, italic), never by colour alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
)
from PySide6.QtGui import QFont

from ...domain.outcomes import no_recent_graduates, trend_direction
from ...domain.program_compare import BEST, WORST, PCell, PRow
from ..look import fmt, vocab
from .grid import GridModel
from .roles import ACCESSIBLE, ALIGN, DISPLAY, FONT, LEFT, TOOLTIP, USER

COUNTS = USER + 2  # the trend cell's graduates per year, for the drawn bars

ROW_LABELS = {
    "school": QT_TRANSLATE_NOOP("ProgramCompare", "School"),
    "city": QT_TRANSLATE_NOOP("ProgramCompare", "City"),
    "program": QT_TRANSLATE_NOOP("ProgramCompare", "Program"),
    "level": QT_TRANSLATE_NOOP("ProgramCompare", "Level and length"),
    "tuition": QT_TRANSLATE_NOOP("ProgramCompare", "Published tuition and fees, in-state"),
    "net_price": QT_TRANSLATE_NOOP("ProgramCompare", "Net price after grants"),
    "rate": QT_TRANSLATE_NOOP("ProgramCompare", "Graduation or award rate"),
    "earnings": QT_TRANSLATE_NOOP("ProgramCompare", "Graduates' median earnings"),
    "debt": QT_TRANSLATE_NOOP("ProgramCompare", "Graduates' median debt"),
    "payment": QT_TRANSLATE_NOOP("ProgramCompare", "Estimated monthly payment"),
    "debt_share": QT_TRANSLATE_NOOP("ProgramCompare", "Debt as a share of earnings"),
    "premium": QT_TRANSLATE_NOOP("ProgramCompare", "Earnings above a high-school graduate"),
    "trend": QT_TRANSLATE_NOOP("ProgramCompare", "Graduates per year"),
    "online": QT_TRANSLATE_NOOP("ProgramCompare", "Distance education at this level"),
}
SCORECARD_ROWS = frozenset({"earnings", "debt", "debt_share", "premium"})


def _t(text: str) -> str:
    return QCoreApplication.translate("ProgramCompare", text)


def row_label(row: PRow) -> str:
    return _t(str(ROW_LABELS[row.key]))


def _missing(row: PRow, cell: PCell) -> str:
    """Why a figure is missing, in words: never "0" or a blank."""
    if row.key == "payment" and cell.detail == "graduate":
        return QCoreApplication.translate(
            "ProgramCompare", "not estimated: graduate loans carry a higher rate"
        )
    if row.key in SCORECARD_ROWS or row.key == "payment":
        if cell.source is None:
            return QCoreApplication.translate(
                "ProgramCompare", "no College Scorecard data for this program family"
            )
        return QCoreApplication.translate("ProgramCompare", "too few graduates to report")
    return QCoreApplication.translate("ProgramCompare", "not reported")


def cell_text(row: PRow, cell: PCell) -> str:
    if cell.kind == "text":
        if row.key == "level" and cell.text:
            return vocab.award(cell.text)  # IPEDS's words, in the UI's language
        return cell.text or QCoreApplication.translate("ProgramCompare", "not reported")
    if cell.kind == "trend":
        return trend_text(cell.counts)
    if cell.kind == "yesno":
        return {
            "yes": QCoreApplication.translate("ProgramCompare", "Yes"),
            "no": QCoreApplication.translate("ProgramCompare", "No"),
        }.get(cell.text, QCoreApplication.translate("ProgramCompare", "not reported"))
    if cell.number is None:
        return _missing(row, cell)
    if cell.kind == "percent":
        return fmt.percent(cell.number, signed=False)
    if cell.kind == "rate":
        words = (
            QCoreApplication.translate(
                "ProgramCompare", "{rate} graduate within 150% of normal time"
            )
            if cell.detail == "graduation"
            else QCoreApplication.translate("ProgramCompare", "{rate} earn an award within 8 years")
        )
        return words.format(rate=fmt.percent(cell.number, signed=False))
    if cell.kind == "premium":
        words = (
            QCoreApplication.translate("ProgramCompare", "{amount} more")
            if cell.number >= 0
            else QCoreApplication.translate("ProgramCompare", "{amount} less")
        )
        return words.format(amount=fmt.money(abs(cell.number)))
    amount = fmt.money(cell.number)
    if row.key == "earnings" and cell.detail:
        return QCoreApplication.translate(
            "ProgramCompare", "{amount} a year, {years} yr after finishing"
        ).format(amount=amount, years=cell.detail)
    if row.key == "payment":
        return QCoreApplication.translate("ProgramCompare", "{amount} a month").format(
            amount=amount
        )
    return amount


def trend_text(counts: tuple[int | None, ...]) -> str:
    if not counts:
        return QCoreApplication.translate("ProgramCompare", "not reported")
    shown = " · ".join("–" if c is None else fmt.count(c) for c in counts)
    if no_recent_graduates(list(counts)):
        note = QCoreApplication.translate("ProgramCompare", "no graduates in the last two years")
    else:
        note = _t(str(DIRECTIONS[trend_direction(list(counts))]))
    return f"{shown}\n({note})"


DIRECTIONS = {  # domain.outcomes.trend_direction's answers, as the grid says them
    "growing": QT_TRANSLATE_NOOP("ProgramCompare", "growing"),
    "shrinking": QT_TRANSLATE_NOOP("ProgramCompare", "shrinking"),
    "steady": QT_TRANSLATE_NOOP("ProgramCompare", "steady"),
    "unknown": QT_TRANSLATE_NOOP("ProgramCompare", "too few years to tell"),
}


def mark_text(mark: str | None) -> str:
    """The mark in a sign and words, as on Compare careers ("▲ best", "▼ worst")."""
    if mark == BEST:
        return "▲ " + QCoreApplication.translate("ProgramCompare", "best")
    if mark == WORST:
        return "▼ " + QCoreApplication.translate("ProgramCompare", "worst")
    return ""


class ProgramCompareModel(GridModel):
    """Rows are the grid's rows, columns the programs compared."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._marks: list[tuple[str | None, ...]] = []
        self.trend_years = ""  # "2019-20 to 2023-24", from the sources of the trend

    def set_grid(self, titles: list[str], rows: list[PRow], trend_years: str = "") -> None:
        self.trend_years = trend_years
        self._replace(titles, rows)

    def _rows_replaced(self) -> None:
        self._marks = [r.marks() for r in self._rows]

    def text(self, r: int, c: int) -> str:
        """The cell as shown, with its best/worst mark in words."""
        row = self._rows[r]
        mark = mark_text(self._marks[r][c])
        text = cell_text(row, row.cells[c])
        return f"{text} ({mark})" if mark else text

    def cell_data(self, r: int, c: int, role: int) -> Any:
        row: PRow = self._rows[r]
        cell, mark = row.cells[c], self._marks[r][c]
        if role == DISPLAY:
            return self.text(r, c)
        if role == ACCESSIBLE:
            return f"{self.label(r)}, {self._titles[c]}: {self.text(r, c)}"
        if role == TOOLTIP:
            return self.tooltip(row, cell)
        if role == FONT and mark is not None:
            font = QFont()
            font.setBold(mark == BEST)
            font.setItalic(mark == WORST)
            return font
        if role == COUNTS and cell.kind == "trend":
            return list(cell.counts)
        if role == ALIGN:
            return LEFT
        return None

    def tooltip(self, row: PRow, cell: PCell) -> str:
        source = (
            fmt.cite(cell.source)
            if cell.source is not None
            else QCoreApplication.translate("ProgramCompare", "no source: not reported")
        )
        text = QCoreApplication.translate("ProgramCompare", "Source: {source}").format(
            source=source
        )
        if row.key == "trend" and self.trend_years:
            text += " " + QCoreApplication.translate(
                "ProgramCompare", "(graduates per year, {years})"
            ).format(years=self.trend_years)
        if row.key in SCORECARD_ROWS:
            text += " " + QCoreApplication.translate(
                "ProgramCompare", "(the school's whole program family at this level)"
            )
        return text

    def label(self, r: int) -> str:
        """The r-th row's name; the graduates' row with the years its counts cover."""
        row = self._rows[r]
        if row.key == "trend" and self.trend_years:
            return QCoreApplication.translate("ProgramCompare", "{row}, {years}").format(
                row=row_label(row), years=self.trend_years
            )
        return row_label(row)
