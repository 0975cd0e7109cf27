"""What the handout and the shortlist's CSV say of a program's graduates: the College
Scorecard's earnings and debt for the program's family and credential at its school, with
the same caveats as the school detail."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from ...domain.models import Source
from ...domain.outcomes import ProgramOutcome
from ...domain.program import Program
from ...domain.program_compare import MIN_PROGRAMS, build_rows, sources_used
from ...store.guide import GuideStore
from ..look import fmt, vocab
from ..models.program_compare import ProgramCompareModel
from .outcomes import loan_words


def outcome_line(outcome: ProgramOutcome | None) -> str:
    """One sentence on a program's graduates; says so when the figures are missing."""
    if outcome is None:
        return QCoreApplication.translate(
            "Handout", "The College Scorecard has no earnings or debt for this program family."
        )
    too_few = QCoreApplication.translate("Handout", "too few graduates to report")
    earnings = too_few
    if outcome.earnings is not None:
        earnings = QCoreApplication.translate(
            "Handout", "{amount} a year, {years} year(s) after finishing"
        ).format(amount=fmt.money(outcome.earnings), years=outcome.earnings_years)
    debt = fmt.money(outcome.debt_median) if outcome.debt_median is not None else too_few
    return QCoreApplication.translate(
        "Handout",
        "Graduates of this program family ({family}, {credential}) at this school: median "
        "earnings {earnings}; median federal loan debt {debt} ({source}).",
    ).format(
        family=outcome.cip_family,
        credential=outcome.credential,
        earnings=earnings,
        debt=debt,
        source=fmt.cite(outcome.source),
    )


def program_outcome(store: GuideStore, program: Program) -> ProgramOutcome | None:
    return store.outcome_of_program(program.unitid, program.cip_code, program.award_level)


def caveat() -> str:
    return QCoreApplication.translate(
        "Handout",
        "Earnings and debt are for the school's whole program family (4-digit field of study), "
        "not the exact program, and count only graduates with federal student aid; groups "
        "are often small. Not adjusted for the cost of living.",
    )


HANDOUT_ROWS = ("tuition", "net_price", "rate", "earnings", "debt", "payment", "premium", "trend")


def comparison_html(
    store: GuideStore, program_ids: Sequence[str], today: datetime.date
) -> tuple[str, list[Source]]:
    """The program comparison for the handout (its figure rows, one column per program) and
    the sources it cites; nothing when fewer than two of the programs are in the data."""

    facts = [f for f in map(store.program_facts, program_ids) if f is not None]
    if len(facts) < MIN_PROGRAMS:
        return "", []
    loan = store.loan_terms()
    rows = build_rows(facts, None, loan, store.grid_sources())
    model = ProgramCompareModel()
    years, _series = store.program_trends(facts[0].program.unitid)
    span = (
        QCoreApplication.translate("Handout", "{first} to {last}").format(
            first=years[0], last=years[-1]
        )
        if years
        else ""
    )
    model.set_grid([f.program.school for f in facts], rows, span)
    h = [
        "<h2>{}</h2><table width='100%'><tr><th></th>".format(
            escape(QCoreApplication.translate("Handout", "Programs compared"))
        )
    ]
    h += [
        f"<th>{escape(f.program.school)}<br>{escape(vocab.award(f.program.award_label))}</th>"
        for f in facts
    ]
    h.append("</tr>")
    for r, row in enumerate(rows):
        if row.key in HANDOUT_ROWS:
            h.append(f"<tr><td><b>{escape(model.label(r))}</b></td>")
            h += [f"<td>{escape(model.text(r, c))}</td>" for c in range(len(facts))]
            h.append("</tr>")
    h.append("</table>")
    note = QCoreApplication.translate(
        "Handout",
        "Net price is the school's average after grants for all incomes; tuition, net price "
        "and rates are the school's, earnings and debt its program family's. ▲ best and "
        "▼ worst mark each row's best and worst figure among figures of the same measure.",
    )
    if loan is not None:
        note += " " + loan_words(loan, today)
    h.append(f"<p class='small'>{escape(note)}</p>")
    return "".join(h), sources_used(rows)


def interest_html(interest: str | None) -> str:
    """The interest check's six scores on the handout (nothing when none were added)."""

    if not interest:
        return ""
    return "<p class='small'><b>{}</b> {}</p>".format(
        escape(QCoreApplication.translate("Handout", "Interest check:")), escape(interest)
    )


def note_row(note: str) -> str:
    """A shortlisted program's note on a full-width row under it (nothing when it has none):
    a column of its own stood empty for most programs and squeezed the others."""

    if not note.strip():
        return ""
    return "<tr><td></td><td colspan='5' class='small'><i>{}</i> {}</td></tr>".format(
        escape(QCoreApplication.translate("Handout", "Note:")), escape(note)
    )
