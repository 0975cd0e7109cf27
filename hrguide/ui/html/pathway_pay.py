"""What the pathway map says of a move's pay: the difference, from figures of one area that
it names, a newcomer's difference where the next job needs experience, and the rough
payback that rests on the lower of the two (the rules: domain/pathways.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain import pathways as rules
from ...domain.pathways import PayDifference, Step, Tuition
from ..look import fmt


def area_text(diff: PayDifference, state: str | None, period: str, titles: list[str]) -> str:
    """The area (and period) the figures of a move come from, always named."""
    if state and diff.missing_state:
        return QCoreApplication.translate(
            "Pathways", "national figures, {period}; BLS has no {state} estimate for {jobs}"
        ).format(period=period, state=state, jobs=" / ".join(titles))
    if state:
        return QCoreApplication.translate("Pathways", "{state} figures, {period}").format(
            state=state, period=period
        )
    return QCoreApplication.translate("Pathways", "national figures, {period}").format(
        period=period
    )


def difference_rows(
    diff: PayDifference, start: Step, end: Step, area: str
) -> list[tuple[str, str]]:
    """The move's pay rows: the median-to-median difference, and a newcomer's."""
    label = QCoreApplication.translate("Pathways", "Pay difference")
    if diff.kind == rules.SAME_CODE:
        return [
            (
                label,
                QCoreApplication.translate(
                    "Pathways",
                    "BLS counts both jobs under one code ({code}), so its figures cannot show "
                    "a pay difference.",
                ).format(code=end.soc_code),
            )
        ]
    if diff.kind == rules.NO_FIGURES or diff.median_gain is None:
        return [
            (
                label,
                QCoreApplication.translate(
                    "Pathways", "not computed: BLS publishes no median for one of the two ({area})"
                ).format(area=area),
            )
        ]
    rows = [
        (
            label,
            QCoreApplication.translate("Pathways", "{amount} a year, median against median").format(
                amount=fmt.money_change(diff.median_gain)
            ),
        ),
    ]
    if diff.entry_gain is not None:
        rows.append(
            (
                QCoreApplication.translate("Pathways", "Pay difference for a newcomer"),
                _entry_text(diff, start, end),
            )
        )
    rows.append((QCoreApplication.translate("Pathways", "Pay figures compared"), area))
    return rows


def _entry_text(diff: PayDifference, start: Step, end: Step) -> str:
    return QCoreApplication.translate(
        "Pathways",
        "{amount} a year: the 25th percentile of {end} against the median of {start}. BLS "
        "lists related work experience for {end} ({experience}), so a newcomer usually "
        "starts below its median.",
    ).format(
        amount=fmt.money_change(diff.entry_gain or 0),
        end=end.title,
        start=start.title,
        experience=diff.experience,
    )


def payback_text(diff: PayDifference, tuition: Tuition, years: int) -> str:
    """The rough payback, and on which difference it rests."""
    if diff.kind == rules.SAME_CODE:
        return QCoreApplication.translate(
            "Pathways", "no estimate: the data cannot show a pay difference for this move"
        )
    if diff.kind == rules.NO_FIGURES:
        return QCoreApplication.translate("Pathways", "no estimate: a median is not published")
    if diff.lower:
        return QCoreApplication.translate("Pathways", "none: this job's median pay is lower")
    if tuition.median is None:
        return QCoreApplication.translate("Pathways", "no estimate: no published tuition here")
    kind, value = rules.payback(tuition.median, years, diff.conservative)
    if kind == rules.NO_GAIN:
        return QCoreApplication.translate(
            "Pathways", "none at first: a newcomer's pay there is not above this job's median"
        )
    amount = fmt.locale().toString(float(value or 0), "f", 1)
    if diff.entry_gain is not None:
        return QCoreApplication.translate(
            "Pathways", "about {years} years of a newcomer's pay difference (the lower figure)"
        ).format(years=amount)
    return QCoreApplication.translate(
        "Pathways", "about {years} years of the pay difference"
    ).format(years=amount)


def payback_method() -> str:
    return QCoreApplication.translate(
        "Pathways",
        "Rough payback: a year's published in-state tuition and fees times the usual years of "
        "full-time study, divided by the yearly pay difference. Both jobs' figures come from "
        "one area. Where BLS lists related work experience for the next job, the difference "
        "uses that job's 25th percentile, nearer what a newcomer earns, rather than its "
        "median. It leaves out grants, living costs, pay given up while studying, and raises.",
    )
