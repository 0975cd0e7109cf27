"""The career pathway map as plain data, and its rules: the median tuition of the programs
a move needs, and a rough payback estimate.

Payback (a rough estimate, labelled so on screen): the published in-state tuition and
fees for one year, times the usual full-time years of the award, divided by the yearly
difference in median pay between the two steps. It leaves out grants, living costs, pay
given up while studying, and raises. No tuition data: no estimate; no pay gain (zero or
less): "no pay gain", never a division by zero.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from .geo import FIPS_TO_STATE
from .program import Program
from .schools import IN_STATE, tuition_for

NO_TUITION, NO_GAIN, YEARS = "no_tuition", "no_gain", "years"


@dataclass(frozen=True)
class Step:
    step_id: str
    lane: int
    lane_group: str  # the award level group the lane starts from
    row: int
    career_id: str | None  # None: an occupation the guide does not profile
    title: str
    soc_code: str
    onet_code: str


@dataclass(frozen=True)
class Move:
    from_id: str
    to_id: str
    award_group: str
    years: int
    basis: str  # issuer, bls, onet, editors
    credential_id: str | None
    note: str | None  # the editors' words (basis editors), in the asked language
    source_id: str


@dataclass(frozen=True)
class Tuition:
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


def state_area(postal: str) -> str:
    """The OEWS area code of a state ("AL" -> "0100000")."""
    for fips, code in FIPS_TO_STATE.items():
        if code == postal:
            return f"{fips}00000"
    raise KeyError(postal)
