"""The career pathway map as plain data, and its rules: the median tuition of the programs
a move needs, and a rough payback estimate.

Payback (a rough estimate, labelled so on screen): the published in-state tuition and
fees for one year, times the usual full-time years of the award, divided by the yearly
pay difference between the two steps, like with like (`pay_difference`): figures of one
area, and a newcomer's pay (the 25th percentile) where the next job needs experience. It leaves out grants, living costs, pay
given up while studying, and raises. No tuition data: no estimate; no pay gain (zero or
less): "no pay gain", never a division by zero.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from typing import NamedTuple

from .geo import FIPS_TO_STATE
from .models import Wage
from .program import Program
from .schools import IN_STATE, tuition_for

NO_TUITION, NO_GAIN, YEARS = "no_tuition", "no_gain", "years"


class Step(NamedTuple):
    step_id: str
    lane: int
    lane_group: str  # the award level group the lane starts from
    row: int
    career_id: str | None  # None: an occupation the guide does not profile
    title: str
    soc_code: str
    onet_code: str


class Move(NamedTuple):
    from_id: str
    to_id: str
    award_group: str
    years: int
    basis: str  # issuer, bls, onet, editors
    credential_id: str | None
    note: str | None  # the editors' words (basis editors), in the asked language
    source_id: str


class Tuition(NamedTuple):
    median: int | None
    programs: int  # how many programs with a published tuition the median is of
    year: str | None  # the school year of those figures


def median_tuition(
    programs: Iterable[Program], cip_codes: Iterable[str], level_group: str, state: str | None
) -> Tuition:
    """The median published in-state tuition and fees of the programs with one of
    `cip_codes` at `level_group` in `state` (None: the whole country)."""
    codes = set(cip_codes)
    found = [
        p
        for p in programs
        if p.cip_code in codes
        and p.level_group == level_group
        and (state is None or p.state == state)
    ]
    priced = [(tuition_for(p, IN_STATE), p.tuition_year) for p in found]
    values = sorted(v for v, _y in priced if v is not None)
    years = sorted({y for v, y in priced if v is not None and y})
    if not values:
        return Tuition(None, 0, None)
    return Tuition(int(round(statistics.median(values))), len(values), years[-1])


def payback(
    tuition_per_year: int | None, years: int, pay_gain: int | None
) -> tuple[str, float | None]:
    """(YEARS, years to earn back the tuition), (NO_TUITION, None) or (NO_GAIN, None)."""
    if tuition_per_year is None:
        return NO_TUITION, None
    if pay_gain is None or pay_gain <= 0:
        return NO_GAIN, None
    return YEARS, tuition_per_year * years / pay_gain


def pay_gain(start: int | None, end: int | None) -> int | None:
    """The yearly difference in median pay (None when either is not published)."""
    if start is None or end is None:
        return None
    return end - start


# how a move's pay difference was found
SAME_CODE, NO_FIGURES, COMPARED = "same_code", "no_figures", "compared"
NO_EXPERIENCE = ("", "None")  # BLS's words for "no related work experience needed"


class PayDifference(NamedTuple):
    """A move's pay difference, from figures of one area only.

    `median_gain` is the next step's median minus this step's median. Where BLS lists
    related work experience for the next occupation, most of its workers have it: a newcomer
    starts lower, so `entry_gain` is the next step's 25th percentile minus this step's
    median, and the payback rests on it (`conservative`)."""

    kind: str
    national: bool  # the figures are national ones (no state chosen, or no state estimate)
    missing_state: tuple[str, ...]  # the steps without an estimate in the chosen state
    median_gain: int | None = None
    entry_gain: int | None = None
    experience: str | None = None  # BLS's related work experience of the next step

    @property
    def conservative(self) -> int | None:
        return self.entry_gain if self.entry_gain is not None else self.median_gain

    @property
    def lower(self) -> bool:
        """The next step's median pay is lower: a different path, not a step up."""
        return self.median_gain is not None and self.median_gain < 0


def needs_experience(experience: str | None) -> bool:
    return (experience or "").strip() not in NO_EXPERIENCE


def _one_area(
    start: tuple[Wage | None, Wage | None], end: tuple[Wage | None, Wage | None], state: bool
) -> tuple[Wage | None, Wage | None, tuple[str, ...]]:
    """The two steps' wages from one area: the state's where both have a state median,
    else both national; and which of the two ("start", "end") lacked a state estimate."""
    if not state:
        return start[0], end[0], ()
    missing = tuple(
        side
        for side, (_national, local) in (("start", start), ("end", end))
        if local is None or local.median_annual is None
    )
    if missing:
        return start[0], end[0], missing
    return start[1], end[1], ()


def pay_difference(
    codes: tuple[str, str],
    start: tuple[Wage | None, Wage | None],
    end: tuple[Wage | None, Wage | None],
    *,
    state: bool,
    experience: str | None,
) -> PayDifference:
    """A move's pay difference from the (national, state) wages of its two steps, whose
    SOC codes are `codes`; `state`: a state is chosen; `experience`: BLS's related work
    experience for the next step. Two jobs under one code have no difference to show."""
    if codes[0] == codes[1]:
        return PayDifference(SAME_CODE, not state, ())
    before, after, missing = _one_area(start, end, state)
    national = not state or bool(missing)
    if before is None or after is None or None in (before.median_annual, after.median_annual):
        return PayDifference(NO_FIGURES, national, missing)
    entry = None
    if needs_experience(experience):
        entry = pay_gain(before.median_annual, after.pct25_annual)
    return PayDifference(
        COMPARED,
        national,
        missing,
        pay_gain(before.median_annual, after.median_annual),
        entry,
        experience,
    )


def state_area(postal: str) -> str:
    """The OEWS area code of a state ("AL" -> "0100000")."""
    for fips, code in FIPS_TO_STATE.items():
        if code == postal:
            return f"{fips}00000"
    raise KeyError(postal)
