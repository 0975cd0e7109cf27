"""What the school finder can filter on: one frozen record of every criterion."""

from __future__ import annotations

from typing import NamedTuple

LEVEL_GROUPS = ("certificate", "associate", "bachelor", "postbacc", "master", "doctorate")
GRADUATE_GROUPS = frozenset({"postbacc", "master", "doctorate"})
IN_STATE, OUT_OF_STATE = "in_state", "out_of_state"


class SchoolFilter(NamedTuple):
    """Every filter of the Schools tab; the default selects every program."""

    text: str = ""
    state: str | None = None
    level_group: str | None = None
    cip_codes: frozenset[str] | None = None
    online_only: bool = False
    control: int | None = None
    max_tuition: int | None = None
    tuition_basis: str = IN_STATE
    hide_no_tuition: bool = False
    had_graduates: bool = False
    within_miles: float | None = None
    has_earnings: bool = False  # only programs whose graduates' earnings are reported
    min_earnings: int | None = None  # graduates' median earnings at least this (reported)
    max_debt: int | None = None  # graduates' median debt at most this (reported)
    min_rate: float | None = None  # graduation or award rate at least this percent (reported)

    def cleared(self, name: str) -> SchoolFilter:
        """This filter with one criterion back at its default."""
        return self._replace(**{name: getattr(SchoolFilter(), name)})

    def active(self) -> list[str]:
        """Names of the criteria that narrow the list (tuition basis alone does not)."""
        default = SchoolFilter()
        names = [n for n in FILTER_NAMES if getattr(self, n) != getattr(default, n)]
        if self.text.strip() == "" and "text" in names:
            names.remove("text")
        return names


FILTER_NAMES = (
    "text",
    "state",
    "level_group",
    "cip_codes",
    "online_only",
    "control",
    "max_tuition",
    "hide_no_tuition",
    "had_graduates",
    "within_miles",
    "has_earnings",
    "min_earnings",
    "max_debt",
    "min_rate",
)
