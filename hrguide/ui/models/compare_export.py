"""The career comparison as a spreadsheet: one line per career, one column per row of the
grid and its source after it. Figures are numbers (their unit in the column's header),
written rows are text; a top-coded wage says so in its source column."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain import compare as rules
from ..look import fmt
from .compare import cell_text, row_label

# the unit of each kind of figure, for the CSV's header (its cells hold bare numbers)
UNITS = {
    "money": QT_TRANSLATE_NOOP("Compare", "US dollars a year"),
    "percent": QT_TRANSLATE_NOOP("Compare", "percent change over the projection period"),
    "count": QT_TRANSLATE_NOOP("Compare", "openings a year, average over the projection"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Compare", text)


def grid_table(
    grid: list[rules.Row], careers: list[tuple[str, str]]
) -> tuple[list[str], list[list[object]]]:
    """`grid`'s rows as columns, one line per (career id, title) in `careers`."""
    header = [QCoreApplication.translate("ComparePage", "Career")]
    for row in grid:
        label = row_label(row)
        kind = next((c.kind for c in row.cells if c.number is not None), "text")
        unit = UNITS.get(kind)
        if row.numeric and unit:
            label = f"{label} ({_t(str(unit))})"
        header.append(label)
        header.append(
            QCoreApplication.translate("ComparePage", "{row}: source").format(row=row_label(row))
        )
    lines: list[list[object]] = []
    for column, (_cid, title) in enumerate(careers):
        line: list[object] = [title]
        for row in grid:
            cell = row.cells[column]
            line += [_csv_value(row, cell), _csv_source(cell)]
        lines.append(line)
    return header, lines


def _csv_value(row: rules.Row, cell: rules.Cell) -> object:
    """A figure as a bare number (whole numbers without a decimal point), a written row as
    its text, a missing figure as the grid words it."""
    if row.numeric and cell.number is not None:
        return int(cell.number) if float(cell.number).is_integer() else cell.number
    return cell_text(cell)


def _csv_source(cell: rules.Cell) -> str:
    if cell.source is None:
        return ""
    cite = fmt.cite(cell.source)
    if cell.at_least:
        note = QCoreApplication.translate("Compare", "the published figure is a lower bound")
        return f"{cite}; {note}"
    return cite
