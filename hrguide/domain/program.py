"""A program of the school finder: one institution x program x award level."""

from __future__ import annotations

from typing import NamedTuple


class Program(NamedTuple):
    """One row of the school finder: institution x program x award level. (The finder holds
    thousands of these and its filters read their fields in tight loops: bench/schools.py
    measures them.)"""

    program_id: str
    unitid: int
    school: str
    alias: str
    city: str
    state: str
    cip_code: str
    program: str
    award_level: int
    award_label: str
    level_group: str
    level_sort: int
    control: int
    control_label: str
    online_ug: bool | None
    online_grad: bool | None
    tuition_in_state: int | None
    tuition_out_of_state: int | None
    grad_in_state: int | None
    grad_out_of_state: int | None
    tuition_year: str | None
    completions: int
    latitude: float | None
    longitude: float | None
    accreditation: str | None = None  # empty in IPEDS data; an imported list may fill it
    # graduates' median earnings and debt for the program's family and credential at its
    # school (College Scorecard); None = too few graduates to report, or not covered
    earnings: int | None = None
    debt_median: int | None = None
    # the school's graduation rate, or for two-year schools its Outcome Measures award rate
    # (domain.outcomes.completion_rate), percent; and its average net price a year
    completion_rate: float | None = None
    completion_kind: str | None = None  # "graduation" or "award"
    net_price: int | None = None
