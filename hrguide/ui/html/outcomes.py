"""The school detail's outcomes section: graduates' earnings and debt for each program
family, the monthly payment, the graduation or award rate, net price by family income, and
plain words on what the figures are and are not. Every text from the data is escaped; a
missing figure says why, never "0" or a blank."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from html import escape
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from ...domain.models import Institution, Source
from ...domain.outcomes import (
    TWO_YEAR_LEVELS,
    LoanTerms,
    NetPrice,
    ProgramOutcome,
    SchoolOutcome,
    debt_share,
    out_earns_high_school,
    payment_applies,
    payment_for,
)
from ...store.guide import GuideStore
from ..look import fmt, vocab
from .trend import trend_html


def _t(text: str) -> str:
    return QCoreApplication.translate("Outcomes", text)


def _too_few(value: str | None) -> str:
    return (
        value
        if value is not None
        else QCoreApplication.translate("Outcomes", "too few graduates to report")
    )


def _rate(value: float | None) -> str:
    return (
        QCoreApplication.translate("Outcomes", "not reported")
        if value is None
        else fmt.percent(value, signed=False)
    )


def _labels() -> list[str]:
    return [
        QCoreApplication.translate("Outcomes", "Graduates' median earnings"),
        QCoreApplication.translate("Outcomes", "Median debt"),
        QCoreApplication.translate("Outcomes", "Estimated payment"),
        QCoreApplication.translate("Outcomes", "Debt as a share of earnings"),
        QCoreApplication.translate(
            "Outcomes", "Out-earn a typical high-school graduate in the state?"
        ),
    ]


def _program_rows(outcomes: list[ProgramOutcome], loan: LoanTerms | None) -> list[str]:
    rows = []
    for o in outcomes:
        earnings = None
        if o.earnings is not None:
            earnings = QCoreApplication.translate(
                "Outcomes", "{amount} a year, {years} years after finishing"
            ).format(amount=fmt.money(o.earnings), years=o.earnings_years)
            if o.earnings_years == 1:
                earnings = QCoreApplication.translate(
                    "Outcomes", "{amount} a year, 1 year after finishing"
                ).format(amount=fmt.money(o.earnings))
        debt = fmt.money(o.debt_median) if o.debt_median is not None else None
        payment = None
        if loan is not None and o.debt_median is not None and not payment_applies(o):
            payment = QCoreApplication.translate(
                "Outcomes", "not estimated: graduate loans carry a higher rate"
            )
        elif (amount := payment_for(o, loan)) is not None:
            payment = QCoreApplication.translate("Outcomes", "{amount} a month").format(
                amount=fmt.money(amount)
            )
        share = debt_share(o.debt_median, o.earnings)
        beats = out_earns_high_school(o)
        verdict = {
            True: QCoreApplication.translate("Outcomes", "yes"),
            False: QCoreApplication.translate("Outcomes", "no"),
            None: QCoreApplication.translate("Outcomes", "too few graduates to report"),
        }[beats]
        values = [
            _too_few(earnings),
            _too_few(debt),
            _too_few(payment),
            _too_few(None if share is None else fmt.percent(share, signed=False)),
            verdict,
        ]
        # one short table per program: two columns wrap in a narrow panel; seven did not
        rows.append(
            "<p><b>{}</b></p><table cellspacing='0' cellpadding='2'>".format(
                escape(f"{o.family_title} ({o.cip_family}), {o.credential}")
            )
        )
        rows += [
            f"<tr><td>{escape(label)}</td><td>{escape(value)}</td></tr>"
            for label, value in zip(_labels(), values, strict=True)
        ]
        rows.append("</table>")
    return rows


class Outcomes(NamedTuple):
    """What the data holds on a school's graduates: each program family's earnings and
    debt, the school's graduation or award rates, its net price, and the loan terms the
    monthly payment assumes."""

    programs: list[ProgramOutcome]
    school: SchoolOutcome | None
    price: NetPrice | None
    loan: LoanTerms | None


def outcomes_html(
    institution: Institution, found: Outcomes, trend: str = "", today: datetime.date | None = None
) -> str:
    outcomes, school, price, loan = found
    parts = [
        "<h3>{}</h3>".format(
            escape(QCoreApplication.translate("Outcomes", "What happens to graduates"))
        )
    ]
    if outcomes:
        parts += _program_rows(outcomes, loan)
        source = outcomes[0].source
        words = [
            QCoreApplication.translate(
                "Outcomes",
                "Earnings and debt are for the school's whole program family (the 4-digit "
                "field of study, for example 51.07, which holds coding, health information and "
                "medical office programs), not for one program. They count only graduates who "
                "had federal student aid; groups are often small. Medians, in dollars of their "
                "own year, not adjusted for the cost of living.",
            )
        ]
        if loan is not None:
            words.append(loan_words(loan, today or datetime.date.today()))
        words.append(source.attribution)  # the credit the derived copy asks for
        parts += [f"<p><i>{escape(w)}</i></p>" for w in words]
    else:
        parts.append(
            "<p>{}</p>".format(
                escape(
                    QCoreApplication.translate(
                        "Outcomes",
                        "The College Scorecard has no earnings or debt for this school's programs.",
                    )
                )
            )
        )
    parts.append(trend)
    parts.append(_completion(institution, school))
    parts.append(_price(institution, price))
    return "".join(parts)


def loan_words(loan: LoanTerms, today: datetime.date) -> str:
    """The rate the payment assumes, with the academic year it holds for; once that year is
    over, said to be that year's rate."""
    rate = fmt.locale().toString(loan.rate_percent, "f", 2) + fmt.locale().percent()
    text = QCoreApplication.translate(
        "Outcomes",
        "The payment (undergraduate credentials only) assumes the median debt is repaid over "
        "{years} years at {rate} a year, the federal rate for undergraduate Direct Loans first "
        "disbursed in {year} (July 1 to June 30; {source}).",
    ).format(
        years=loan.term_years, rate=rate, year=loan.academic_year, source=fmt.cite(loan.source)
    )
    if loan.has_ended(today):
        text += " " + QCoreApplication.translate(
            "Outcomes",
            "That year is over: {rate} is the {year} rate, and a loan first disbursed now "
            "carries the rate set for its own year.",
        ).format(rate=rate, year=loan.academic_year)
    return text


def _completion(institution: Institution, school: SchoolOutcome | None) -> str:
    if school is None:
        return "<p>{}</p>".format(
            escape(QCoreApplication.translate("Outcomes", "No graduation or award rates reported."))
        )
    if institution.iclevel in TWO_YEAR_LEVELS or school.graduation_rate is None:
        # two-year schools: many students start part time or transfer in (the rule of
        # domain.outcomes.completion_rate, which the finder filters and sorts by)
        text = QCoreApplication.translate(
            "Outcomes",
            "Award within eight years of starting: {ft} of full-time and {pt} of part-time "
            "first-time students, {tf} of full-time transfer students ({source}).",
        ).format(
            ft=_rate(school.award_8yr_ft_first),
            pt=_rate(school.award_8yr_pt_first),
            tf=_rate(school.award_8yr_ft_transfer),
            source=fmt.cite(school.measures_source),
        )
    else:
        text = QCoreApplication.translate(
            "Outcomes",
            "Graduation rate: {rate} of first-time full-time students finish within one and "
            "a half times the normal length of their program ({source}).",
        ).format(rate=_rate(school.graduation_rate), source=fmt.cite(school.graduation_source))
    return "<h3>{}</h3><p>{}</p>".format(
        escape(QCoreApplication.translate("Outcomes", "Finishing")), escape(text)
    )


def _price(institution: Institution, price: NetPrice | None) -> str:
    parts = [
        "<h3>{}</h3>".format(
            escape(QCoreApplication.translate("Outcomes", "Net price after grants"))
        )
    ]
    if price is None or (price.average is None and not any(v for _b, v in price.by_income)):
        parts.append(
            "<p>{}</p>".format(
                escape(QCoreApplication.translate("Outcomes", "No net price reported."))
            )
        )
    else:
        parts.append("<table cellspacing='0' cellpadding='3'>")
        parts.append(
            "<tr><td>{}</td><td align='right'>{}</td></tr>".format(
                escape(QCoreApplication.translate("Outcomes", "Average")),
                escape(_price_text(price.average)),
            )
        )
        for band, value in price.by_income:
            label = QCoreApplication.translate("Outcomes", "Family income {band}").format(
                band=vocab.band_text(band)
            )
            parts.append(
                f"<tr><td>{escape(label)}</td>"
                f"<td align='right'>{escape(_price_text(value))}</td></tr>"
            )
        parts.append("</table>")
        parts.append(
            "<p><i>{}</i></p>".format(
                escape(
                    QCoreApplication.translate(
                        "Outcomes",
                        "What first-time full-time students with federal aid paid in a year "
                        "after grants ({source}).",
                    ).format(source=fmt.cite(price.source))
                )
            )
        )
    if institution.net_price_url:
        parts.append(
            "<p>{}</p>".format(
                escape(
                    QCoreApplication.translate(
                        "Outcomes", "The school's net price calculator: {url}"
                    ).format(url=institution.net_price_url)
                )
            )
        )
    return "".join(parts)


def outcomes_for(store: GuideStore) -> Callable[[Institution], str]:
    """The section's HTML for a school, read from `store`."""

    def html(institution: Institution) -> str:
        unitid = institution.unitid
        years, rows = trend_rows(store, unitid)
        found = Outcomes(
            store.program_outcomes(unitid),
            store.school_outcome(unitid),
            store.net_price(unitid),
            store.loan_terms(),
        )
        return outcomes_html(institution, found, trend_html(years, rows))

    return html


def trend_rows(
    store: GuideStore, unitid: int
) -> tuple[list[str], list[tuple[str, list[int | None]]]]:
    """The survey years and each of the school's programs' graduates in them, by name."""
    years, series = store.program_trends(unitid)
    names = {}
    for pid in series:
        p = store.program(pid)
        if p is not None:
            names[pid] = f"{p.program}, {vocab.award(p.award_label)}"
    return years, sorted((names[pid], counts) for pid, counts in series.items() if pid in names)


def _price_text(value: int | None) -> str:
    return (
        QCoreApplication.translate("Outcomes", "not reported")
        if value is None
        else fmt.money(value)
    )


def compare_footnote_html(sources: list[Source], loan: LoanTerms | None) -> str:
    """Compare Programs' footnote: the sources, what the figures are and are not, the loan
    terms the payment assumes, and the College Scorecard's credit."""
    cites = "; ".join(fmt.cite(s) for s in sources)
    words = [
        QCoreApplication.translate("ProgramComparePage", "Sources: {sources}.").format(
            sources=cites
        ),
        QCoreApplication.translate(
            "ProgramComparePage",
            "Earnings and debt are for the school's whole program family (4-digit field of "
            "study) at the program's level, not the exact program, and count only graduates "
            "with federal student aid; groups are often small. Tuition, net price and rates "
            "are the school's, not the program's. Nothing is adjusted for the cost of "
            "living. The payment is a rough estimate on the standard plan.",
        ),
    ]
    if loan is not None:
        words.append(loan_words(loan, datetime.date.today()))
    # the credit the derived copy asks for
    words += [s.attribution for s in sources if s.attribution and "Scorecard" in s.title]
    return "".join(f"<p>{escape(w)}</p>" for w in words)
