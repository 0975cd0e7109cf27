"""Plain, frozen records of the guide: careers, figures, credentials, schools, pages.

Every record of the guide is a named tuple (docs/architecture.md, "Records"): as immutable
and as comparable as a frozen dataclass, and about a tenth of its cost to define, which
counts for the records made before the first page paints (bench/RESULTS.md). (No
`from __future__ import annotations` here: a named tuple checks each field's type when the
class is made, and a string annotation costs a compile; every type used is defined above
its use.)"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple


class Source(NamedTuple):
    source_id: str
    publisher: str
    title: str
    short_label: str
    release: str
    year: int | None
    licence: str
    attribution: str = ""
    url: str = ""
    folder: str = ""
    period: str = ""  # the period its figures describe, for labels: "May 2025", "2023-24"

    @property
    def label(self) -> str:
        """The period for a label on screen ("Graduates 2023-24"): the period, else the
        release."""
        return self.period or self.release

    @property
    def citation(self) -> str:
        """Short form for tooltips and footnotes, e.g. 'BLS OEWS, May 2025'."""
        if self.year is None:  # issuer statements and editorial sources carry no figure year
            return self.short_label
        return f"{self.short_label}, {self.release}"


class Career(NamedTuple):
    career_id: str
    title: str
    soc_code: str
    soc_title: str
    onet_code: str
    ratings_onet_code: str
    historical_soc_code: str | None
    is_core: bool
    sort_order: int
    summary: str
    grouping_note: str
    keywords: str

    @property
    def ratings_are_legacy(self) -> bool:
        return self.ratings_onet_code != self.onet_code


class Wage(NamedTuple):
    soc_code: str
    area_type: str
    area_code: str
    area_title: str
    industry_code: str
    industry_title: str
    industry_level: int
    employment: int | None
    mean_annual: int | None
    pct10_annual: int | None
    pct25_annual: int | None
    median_annual: int | None
    pct75_annual: int | None
    pct90_annual: int | None
    median_hourly: float | None
    source: Source
    # the yearly fields that are top-coded: the value is the release's threshold, and the
    # true wage is at least that ("at least $239,200")
    top_coded: frozenset[str] = frozenset()
    # the fields BLS did not release (its footnote 8): shown "not released", not a blank
    not_released: frozenset[str] = frozenset()

    @property
    def percentiles(self) -> tuple[int | None, ...]:
        return (
            self.pct10_annual,
            self.pct25_annual,
            self.median_annual,
            self.pct75_annual,
            self.pct90_annual,
        )


class Projection(NamedTuple):
    soc_code: str
    period: str
    base_year: int
    target_year: int
    employment_base: int | None
    employment_target: int | None
    change_percent: float | None
    openings_per_year: int | None
    entry_education: str | None
    source: Source
    work_experience: str | None = None  # BLS Table 1.2 (where the release gives it)
    job_training: str | None = None


class Fact(NamedTuple):
    """A written value (e.g. 'Associate degree') with the source it rests on."""

    career_id: str
    key: str
    value: str
    source: Source


class Task(NamedTuple):
    task: str
    task_type: str | None
    source: Source


class Rating(NamedTuple):
    element_name: str
    importance: float | None
    level: float | None
    source: Source


class EducationShare(NamedTuple):
    category: int
    label: str
    percent: float
    source: Source


class Related(NamedTuple):
    onet_code: str
    title: str
    tier: str
    career_id: str | None  # set when the related occupation is one of the guide's careers


class Credential(NamedTuple):
    credential_id: str
    abbreviation: str
    name: str
    issuer: str
    issuer_abbreviation: str
    kind: str
    requirements: str
    summary: str
    source: Source
    url: str = ""  # the issuer's own page for it
    reviewed_on: str | None = None  # when a person last compared it with that page


class CareerProfile(NamedTuple):
    """Everything the career detail page shows."""

    career: Career
    description: str
    description_source: Source
    job_zone: int | None
    job_zone_name: str | None
    tasks: tuple[Task, ...]
    skills: tuple[Rating, ...]
    knowledge: tuple[Rating, ...]
    education: tuple[EducationShare, ...]
    credentials: tuple[Credential, ...]
    alternate_titles: tuple[str, ...]
    related: tuple[Related, ...]
    national_wage: Wage | None
    outlook: Projection | None


class Page(NamedTuple):
    page_id: str
    lang: str
    title: str
    body_md: str
    sort_order: int


class SearchHit(NamedTuple):
    kind: str  # career, credential, page, school
    ref: str
    title: str
    snippet: str


class CheckReport(NamedTuple):
    """What `hrguide db check` reports about a guide database."""

    path: str
    schema_version: int
    integrity: str
    counts: Mapping[str, int] = MappingProxyType({})
    releases: Mapping[str, str] = MappingProxyType({})
    # the occupation snapshots' coverage: (what, how many) and codes left without figures
    coverage: tuple[tuple[str, int], ...] = ()
    uncovered: tuple[str, ...] = ()

    @property
    def data_release(self) -> str:
        return self.releases.get("data_release", "")


class Institution(NamedTuple):
    """A school from the IPEDS directory with its published charges (None = not reported)."""

    unitid: int
    name: str
    alias: str
    address: str
    city: str
    state: str
    zip: str
    web_address: str
    control_label: str
    closed_date: str | None
    online_courses: bool | None
    latitude: float | None
    longitude: float | None
    tuition_year: str | None
    ug_in_district: int | None
    ug_in_state: int | None
    ug_out_of_state: int | None
    grad_in_state: int | None
    grad_out_of_state: int | None
    # a newer published undergraduate in-district price, with its year (or None)
    newer_price_year: str | None = None
    newer_ug_in_district: int | None = None
    iclevel: int | None = None  # 1 four-year, 2 two-year, 3 less than two-year
    net_price_url: str = ""  # the school's net price calculator (shown, never opened)
