"""An occupation snapshot (issue 33): what the guide can say of any O*NET occupation, and
the rules that pick it: which BLS code its pay and outlook come from, which tasks come
first. No Qt, no SQL."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from .models import Source

DETAILED, SHARED, AGGREGATE, NO_BLS = "detailed", "shared", "aggregate", "none"
TASKS_SHOWN = 8  # at most, before "show all"
ALL_OTHER = "All Other"  # BLS's residual codes ("Health Technologists and Technicians, All Other")


class BlsCode(NamedTuple):
    """The BLS SOC code an O*NET-SOC code's figures come from, and what kind it is."""

    code: str | None
    title: str | None
    # DETAILED (the same occupation), SHARED (BLS counts it within a broader code, with
    # other O*NET occupations), AGGREGATE (a BLS "All Other" code), NO_BLS
    kind: str


def bls_code(onet_code: str, bls_titles: Mapping[str, str]) -> BlsCode:
    """O*NET's rule: a detailed O*NET-SOC code (15-1211.01) takes the figures of its 6-digit
    SOC code (15-1211). Where BLS publishes that code as "..., All Other", the figures are
    of a group and the snapshot says so; where BLS has no such code, there is no figure and
    none is borrowed from another code."""
    soc = onet_code[:7]
    title = bls_titles.get(soc)
    if title is None:
        return BlsCode(None, None, NO_BLS)
    if title.rstrip().endswith(ALL_OTHER):
        return BlsCode(soc, title, AGGREGATE)
    return BlsCode(soc, title, DETAILED if onet_code.endswith(".00") else SHARED)


class Task(NamedTuple):
    task_id: int
    text: str
    core: bool


def ordered_tasks(tasks: Iterable[Task]) -> list[Task]:
    """Core tasks first (O*NET rates them most relevant to the occupation), then the
    supplemental ones, each in O*NET's task order."""
    return sorted(tasks, key=lambda t: (not t.core, t.task_id))


class Pay(NamedTuple):
    area_code: str
    pct10_annual: int | None
    median_annual: int | None
    pct90_annual: int | None
    top_coded: frozenset[str]  # the fields BLS top-codes (footnote 5)
    not_released: frozenset[str]
    source: Source


class Outlook(NamedTuple):
    """Employment change and openings over a projection period."""

    period: str
    employment_base: int | None
    employment_target: int | None
    change_percent: float | None
    openings_per_year: int | None
    source: Source


class Requirements(NamedTuple):
    """BLS's typical entry education, related work experience and on-the-job training."""

    entry_education: str | None
    work_experience: str | None
    job_training: str | None
    period: str
    source: Source


class Snapshot(NamedTuple):
    onet_code: str
    title: str
    description: str
    job_zone: int | None
    job_zone_name: str | None
    tasks: tuple[Task, ...]  # in the order to show them
    bls: BlsCode
    national: Pay | None
    state: Pay | None  # the chosen state's, when one is chosen and BLS publishes it
    outlook: Outlook | None  # the guide's current projections where it has them, else 2024-34
    requirements: Requirements | None
    career_id: str | None  # the guide's own career with this code, if any
    related_careers: tuple[str, ...]  # the guide's careers that O*NET relates to it
    source: Source  # of the title, description and job zone
    tasks_source: Source | None
