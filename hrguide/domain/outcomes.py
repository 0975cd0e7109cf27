"""What happens to a program's graduates and what school costs: records and rules.

Earnings and debt are for a school's 4-digit program family (51.07 holds coding, HIT, HIM
and medical office programs), not the exact program. A missing figure (too few graduates
to report, or not reported) is None and is never shown as zero.
"""

from __future__ import annotations

import datetime
import re
from typing import NamedTuple

from .models import Source


class ProgramOutcome(NamedTuple):
    unitid: int
    cip_family: str  # "51.07"
    family_title: str
    credential_level: int
    credential: str
    completers: int | None
    earnings: int | None  # median, dollars a year
    earnings_years: int | None  # measured this many years after completion (4 or 1)
    hs_earnings_state: int | None  # a typical high-school graduate's earnings in the state
    debt_median: int | None
    source: Source


class SchoolOutcome(NamedTuple):
    unitid: int
    graduation_rate: float | None  # percent, first-time full-time, 150 % of normal time
    award_8yr_ft_first: float | None  # Outcome Measures: award within eight years, percent
    award_8yr_pt_first: float | None
    award_8yr_ft_transfer: float | None
    award_8yr_pt_transfer: float | None
    graduation_source: Source | None
    measures_source: Source | None


class NetPrice(NamedTuple):
    unitid: int
    average: int | None
    by_income: tuple[tuple[str, int | None], ...]  # (band, dollars a year), lowest first
    source: Source


class LoanTerms(NamedTuple):
    """A federal loan rate and term. The rate holds for loans first disbursed in its
    academic year ("2025-26": 1 July 2025 to 30 June 2026)."""

    rate_percent: float
    term_years: int
    academic_year: str
    source: Source

    @property
    def period_end(self) -> datetime.date:
        """The last day a loan first disbursed at this rate can be (30 June)."""
        return datetime.date(int(self.academic_year[:4]) + 1, 6, 30)

    def has_ended(self, today: datetime.date) -> bool:
        """The rate's year is over: a new loan today carries another year's rate."""
        return today > self.period_end


ACADEMIC_YEAR = r"^(\d{4})-(\d{2})$"


def is_academic_year(text: str) -> bool:
    """ "2026-27": two years in a row."""
    found = re.match(ACADEMIC_YEAR, text)
    if found is None:
        return False
    return (int(found.group(1)) + 1) % 100 == int(found.group(2))


def site_loan(rate_percent: float, academic_year: str, named: str, term_years: int) -> LoanTerms:
    """A rate the site configuration supplies, with the source its file names."""
    source = Source(
        "site-config-loan",
        named,
        "Federal Direct Loan rate for undergraduates, set in the site configuration",
        named,
        academic_year,
        int(academic_year[:4]),
        "",
        period=academic_year,
    )
    return LoanTerms(rate_percent, term_years, academic_year, source)


def newest_loan(*terms: LoanTerms | None) -> LoanTerms | None:
    """The terms of the latest academic year (the first given, on a tie)."""
    known = [t for t in terms if t is not None]
    return max(known, key=lambda t: t.academic_year) if known else None


# IPEDS award level -> the College Scorecard's credential level
CREDENTIAL_OF_AWARD = {20: 1, 21: 1, 2: 1, 4: 1, 3: 2, 5: 3, 6: 4, 7: 5, 8: 8, 17: 6, 18: 7, 19: 6}


def family_of(cip_code: str) -> str:
    """The 4-digit family ("51.07") of a 6-digit CIP code ("51.0707"), as the Scorecard
    reports earnings and debt."""
    return cip_code[:5]


INCOME_BANDS = ("0_30k", "30_48k", "48_75k", "75_110k", "110k_plus")


def no_recent_graduates(counts: list[int | None]) -> bool:
    """True when a program had no graduates in the last two years of its trend (a year the
    school did not report counts as none)."""
    return len(counts) >= 2 and all(not c for c in counts[-2:])


def trend_direction(counts: list[int | None]) -> str:
    """ "growing", "shrinking" or "steady": the last year against the first reported one
    (a change of more than a fifth, and of more than two graduates); "unknown" when fewer
    than two years were reported (one figure shows no direction)."""
    known = [c for c in counts if c is not None]
    if len(known) < 2:
        return "unknown"
    first, last = known[0], known[-1]
    if abs(last - first) <= max(2, first / 5):
        return "steady"
    return "growing" if last > first else "shrinking"


def at_national_prices(value: int | None, rpp: float | None) -> int | None:
    """A wage in an area whose price level is `rpp` (US = 100), restated in US-average
    prices: what it buys, not what it is. Rounded to $10, as BLS rounds the yearly wages it
    derives from; an estimate of an estimate, shown "about". None when either is missing."""
    if value is None or not rpp:
        return None
    return int(round(value * 100 / rpp / 10)) * 10


def monthly_payment(principal: float | None, rate_percent: float, years: int = 10) -> float | None:
    """The fixed monthly payment that repays `principal` over `years` at `rate_percent` a
    year, compounded monthly (the standard repayment plan): P r / (1 - (1 + r)^-n)."""
    if principal is None:
        return None
    months = years * 12
    if months <= 0:
        raise ValueError("the term must be at least a month")
    r = rate_percent / 100 / 12
    if r == 0:
        return principal / months
    return principal * r / (1 - (1 + r) ** -months)


def debt_share(debt: int | None, earnings: int | None) -> float | None:
    """Median debt as a percentage of median yearly earnings; None when either is missing."""
    if debt is None or not earnings:
        return None
    return 100.0 * debt / earnings


TWO_YEAR_LEVELS = (2, 3)  # IPEDS ICLEVEL: at least 2 but less than 4 years; under 2 years


def completion_rate(
    iclevel: int | None, graduation_rate: float | None, award_rate: float | None
) -> tuple[str, float] | None:
    """The one completion figure a school is judged by here: its graduation rate (first-time
    full-time students, 150 % of normal time), or, at two-year schools and where no
    graduation rate is reported, the Outcome Measures award rate after eight years of
    full-time first-time students (many there start part time or transfer). None when the
    figure that applies is not reported."""
    if iclevel in TWO_YEAR_LEVELS or graduation_rate is None:
        return None if award_rate is None else ("award", award_rate)
    return ("graduation", graduation_rate)


def out_earns_high_school(outcome: ProgramOutcome) -> bool | None:
    """Whether graduates' median earnings exceed a typical high-school graduate's in the
    school's state (the test the 2026 rule applies); None when either figure is missing."""
    if outcome.earnings is None or outcome.hs_earnings_state is None:
        return None
    return outcome.earnings > outcome.hs_earnings_state


def payment_for(outcome: ProgramOutcome | None, loan: LoanTerms | None) -> float | None:
    """The estimated monthly payment on the median debt: undergraduate credentials only
    (graduate loans carry another rate), on the standard plan of `loan`."""
    if outcome is None or loan is None or outcome.debt_median is None:
        return None
    if not payment_applies(outcome):
        return None
    return monthly_payment(outcome.debt_median, loan.rate_percent, loan.term_years)


def payment_applies(outcome: ProgramOutcome) -> bool:
    """Scorecard credential levels 1-3 (certificates, associate, bachelor's) borrow at the
    undergraduate rate the payment assumes."""
    return outcome.credential_level <= 3


def premium(outcome: ProgramOutcome | None) -> int | None:
    """Graduates' median earnings minus a typical high-school graduate's in the state."""
    if outcome is None or outcome.earnings is None or outcome.hs_earnings_state is None:
        return None
    return outcome.earnings - outcome.hs_earnings_state
