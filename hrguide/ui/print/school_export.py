"""The school list as a table for a CSV file: the rows and order the finder shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...domain.schools import IN_STATE, OUT_OF_STATE
from ..look import vocab
from ..models.schools import SchoolTableModel
from .files import save_csv, tell_not_saved

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

NOT_REPORTED = "not reported"  # a missing figure in the CSV: never 0, never an empty cell


def export_table(
    model: SchoolTableModel, periods: dict[str, str]
) -> tuple[list[str], list[list[object]]]:
    """The filtered list as shown (same order), for export (labels in the "SchoolsPage"
    context)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("SchoolsPage", text)

    header = [
        tr("Program id"),
        tr("School"),
        tr("City"),
        tr("State"),
        tr("CIP code"),
        tr("Program"),
        tr("Award level"),
        tr("Online (school-wide)"),
        tr("Type"),
        tr("In-state tuition and fees"),
        tr("Out-of-state tuition and fees"),
        tr("Tuition year"),
        tr("Graduates {period}").format(period=periods["completions"]),
        tr("Graduates' median earnings, program family ({source})").format(
            source=periods.get("outcomes", "")
        ),
        tr("Graduates' median debt, program family ({source})").format(
            source=periods.get("outcomes", "")
        ),
        tr("Average net price ({source})").format(source=periods.get("net_price", "")),
    ]
    if model.index_data.has_home:
        header.append(tr("Miles from home school"))
    ix = model.index_data
    rows: list[list[object]] = []
    for i in model.rows():
        p = ix.programs[i]
        row: list[object] = [
            p.program_id,
            p.school,
            p.city,
            p.state,
            p.cip_code,
            p.program,
            vocab.award(p.award_label),
            {True: "yes", False: "no", None: "not reported"}[ix.online[i]],
            p.control_label,
            ix.tuition[IN_STATE][i],
            ix.tuition[OUT_OF_STATE][i],
            p.tuition_year or "",
            p.completions,
            *(NOT_REPORTED if v is None else v for v in (p.earnings, p.debt_median, p.net_price)),
        ]
        if ix.has_home:
            d = ix.distance[i]
            row.append(round(d) if d is not None else "")
        rows.append(row)
    return header, rows


def export_schools(parent: QWidget, model: SchoolTableModel, periods: dict[str, str]) -> None:
    """The list as shown, to a CSV file the user names (told when it could not be saved)."""
    title = QCoreApplication.translate("SchoolsPage", "Export the school list")
    saved, message = save_csv(parent, title, "schools.csv", lambda: export_table(model, periods))
    if message and not saved:
        tell_not_saved(parent, title, message)
