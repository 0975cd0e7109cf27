"""The snapshot of any occupation (issue 33): O*NET's words and tasks, BLS's outlook and
pay, read from the snapshot tables by the rules of domain/snapshot.py."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from .base import record
from .figures import FigureQueries

if TYPE_CHECKING:
    from ..domain import models as m
    from ..domain.snapshot import Outlook, Pay, Requirements, Snapshot

NATIONAL = "0000000"


def _split(text: str | None) -> frozenset[str]:
    return frozenset(filter(None, (text or "").split(",")))


class SnapshotQueries(FigureQueries):
    _bls_titles: dict[str, str] | None = None

    def snapshot_titles(self) -> list[tuple[str, str]]:
        """(O*NET-SOC code, title) of every occupation a snapshot can show, by code."""
        return [
            (r["onet_code"], r["title"])
            for r in self._rows("SELECT onet_code, title FROM snapshot_occupations ORDER BY 1")
        ]

    def every_outlook(self) -> dict[str, m.Projection]:
        """Every occupation's outlook by SOC code: BLS's table for all, with the guide's
        current projections in place of it where the guide has them."""
        found = {
            r["soc_code"]: self._table_1_2(r)
            for r in self._rows("SELECT * FROM occupation_outlook")
        }
        found.update(self.projections_by_soc())
        return found

    def _table_1_2(self, r: sqlite3.Row) -> m.Projection:
        """A row of BLS's every-occupation table as a projection (its years from its period)."""
        base = int(r["period"][:4])
        return self._projection({**dict(r), "base_year": base, "target_year": base + 10})

    def _bls_outlook(self, soc_code: str | None) -> m.Projection | None:
        if soc_code is None:
            return None
        rows = self._rows("SELECT * FROM occupation_outlook WHERE soc_code = ?", (soc_code,))
        return self._table_1_2(rows[0]) if rows else None

    def bls_titles(self) -> dict[str, str]:
        """BLS's title of every SOC code its pay or outlook tables publish."""
        if self._bls_titles is None:
            found = {
                r["soc_code"]: r["title"]
                for r in self._rows("SELECT soc_code, title FROM occupation_outlook")
            }
            found.update(
                (r["soc_code"], r["title"])
                for r in self._rows("SELECT soc_code, title FROM national_pay")
            )
            self._bls_titles = found
        return self._bls_titles

    def snapshot(self, onet_code: str, *, state_area: str | None = None) -> Snapshot | None:
        """What the guide can say of `onet_code`; None if O*NET has no such code.
        `state_area`: the OEWS area of a chosen state ("0100000"), for its pay."""
        from ..domain.snapshot import (  # deferred (bench/deferred_imports.py)
            Snapshot,
            Task,
            bls_code,
            ordered_tasks,
        )

        rows = self._rows(
            "SELECT s.*, z.name AS zone_name FROM snapshot_occupations s"
            " LEFT JOIN job_zones z ON z.job_zone = s.job_zone WHERE s.onet_code = ?",
            (onet_code,),
        )
        if not rows:
            return None
        r = rows[0]
        task_rows = self._rows(
            "SELECT task_id, task, core, source_id FROM snapshot_tasks WHERE onet_code = ?",
            (onet_code,),
        )
        tasks = ordered_tasks(Task(t["task_id"], t["task"], bool(t["core"])) for t in task_rows)
        bls = bls_code(onet_code, self.bls_titles())
        table = self._bls_outlook(bls.code)  # BLS's every-occupation row, read once
        return Snapshot(
            onet_code=onet_code,
            title=r["title"],
            description=r["description"],
            job_zone=r["job_zone"],
            job_zone_name=r["zone_name"],
            tasks=tuple(tasks),
            bls=bls,
            national=self._pay(bls.code, NATIONAL),
            state=self._pay(bls.code, state_area) if state_area else None,
            outlook=self._outlook(bls.code, table),
            requirements=self._requirements(table),
            career_id=self.career_with(onet_code),
            related_careers=self._careers_related_to(onet_code),
            source=self.source(r["source_id"]),
            tasks_source=self.source(task_rows[0]["source_id"]) if task_rows else None,
        )

    def _pay(self, soc_code: str | None, area_code: str) -> Pay | None:
        from ..domain.snapshot import Pay  # deferred (bench/deferred_imports.py)

        if soc_code is None:
            return None
        rows = self._rows(
            "SELECT * FROM occupation_pay WHERE soc_code = ? AND area_code = ?",
            (soc_code, area_code),
        )
        if not rows:
            return None
        r = rows[0]
        return record(
            Pay,
            r,
            top_coded=_split(r["top_coded"]),
            not_released=_split(r["not_released"]),
            source=self.source(r["source_id"]),
        )

    def _outlook(self, soc_code: str | None, table: m.Projection | None) -> Outlook | None:
        """The guide's current projections where it has them (its own occupations), else
        BLS's table for every occupation (`table`: its row); each labelled with its period."""
        from ..domain.snapshot import Outlook  # deferred (bench/deferred_imports.py)

        current = self.projection(soc_code) if soc_code else None
        if current is None or current.change_percent is None:
            current = table
        if current is None:
            return None
        return Outlook(
            current.period,
            current.employment_base,
            current.employment_target,
            current.change_percent,
            current.openings_per_year,
            current.source,
        )

    def _requirements(self, p: m.Projection | None) -> Requirements | None:
        """Entry education, experience and training, from BLS's every-occupation row."""
        from ..domain.snapshot import Requirements  # deferred (bench/deferred_imports.py)

        if p is None:
            return None
        return Requirements(
            p.entry_education, p.work_experience, p.job_training, p.period, p.source
        )

    def career_with(self, onet_code: str) -> str | None:
        """The guide's own career with this O*NET-SOC code (the first in its order), if any."""
        rows = self._rows(
            "SELECT career_id FROM careers WHERE onet_code = ? ORDER BY sort_order LIMIT 1",
            (onet_code,),
        )
        return rows[0]["career_id"] if rows else None

    def _careers_related_to(self, onet_code: str) -> tuple[str, ...]:
        """The guide's careers whose O*NET related occupations include `onet_code`."""
        return tuple(
            r["career_id"]
            for r in self._rows(
                "SELECT DISTINCT c.career_id, c.sort_order FROM careers c"
                " JOIN related_occupations r ON r.onet_code = c.onet_code"
                " WHERE r.related_code = ? ORDER BY c.sort_order",
                (onet_code,),
            )
        )
