"""The interest check's rows: Interest Profiler items, the answer scale, every
occupation's interest profile and job zone, illustrative activities, national pay."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain import models as m
from .base import StoreBase

if TYPE_CHECKING:  # the domain modules are imported when first asked: start-up stays short
    from ..domain.interests import InterestProfile, Item


class InterestQueries(StoreBase):
    def ip_items(self, form: str) -> list[Item]:
        """The form's items in order, word for word."""
        from ..domain.interests import Item  # deferred (bench/deferred_imports.py)

        rows = self._rows(
            "SELECT form, number, area, text FROM ip_items WHERE form = ? ORDER BY number",
            (form,),
        )
        return [Item(r["form"], r["number"], r["area"], r["text"]) for r in rows]

    def ip_answers(self) -> list[tuple[int, str]]:
        return [
            (r["value"], r["label"]) for r in self._rows("SELECT * FROM ip_answers ORDER BY value")
        ]

    def interest_profiles(self) -> list[InterestProfile]:
        from ..domain.interests import (  # deferred (bench/deferred_imports.py)
            AREAS,
            InterestProfile,
        )

        columns = ", ".join(a.lower() for a in AREAS)
        rows = self._rows(  # (the column names are the six areas' own, never user text)
            f"SELECT onet_code, soc_code, title, job_zone, {columns} FROM interest_profiles"
            " ORDER BY onet_code"
        )
        return [
            InterestProfile(
                r["onet_code"],
                r["soc_code"],
                r["title"],
                r["job_zone"],
                tuple(float(r[a.lower()]) for a in AREAS),
            )
            for r in rows
        ]

    def interest_activities(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for r in self._rows(
            "SELECT area, activity FROM interest_activities ORDER BY area, activity"
        ):
            out.setdefault(r["area"], []).append(r["activity"])
        return out

    def job_zone_names(self) -> dict[int, str]:
        return {
            r["job_zone"]: r["name"]
            for r in self._rows("SELECT * FROM job_zones ORDER BY job_zone")
        }

    def national_pay(self) -> dict[str, tuple[int | None, bool]]:
        """Every detailed occupation's national median (SOC code -> (median, top-coded))."""
        return {
            r["soc_code"]: (r["median_annual"], bool(r["at_least"]))
            for r in self._rows("SELECT soc_code, median_annual, at_least FROM national_pay")
        }

    def source_of(self, table: str) -> m.Source | None:
        """The source of the interest check's tables (all rows share one)."""
        allowed = {"ip_items", "interest_profiles", "national_pay"}
        if table not in allowed:
            raise ValueError(table)
        rows = self._rows(f"SELECT source_id FROM {table} LIMIT 1")  # (an allowed name only)
        return self.source(rows[0]["source_id"]) if rows else None
