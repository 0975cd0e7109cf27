"""What the handout and the shortlist's CSV say of a program's graduates: the College
Scorecard's earnings and debt for the program's family and credential at its school, with
the same caveats as the school detail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.models import Program
from ...domain.outcomes import ProgramOutcome
from ...store.guide import GuideStore
from ..look import fmt


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
