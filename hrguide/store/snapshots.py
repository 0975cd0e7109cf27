"""The snapshot of any occupation (issue 33): O*NET's words and tasks, BLS's outlook and
pay, read from the snapshot tables by the rules of domain/snapshot.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
        """Every occupation's outlook by SOC code: BLS's 2024-34 table for all, with the
        guide's current projections in place of it where the guide has them."""
        from ..domain import models

        found = {
            r["soc_code"]: models.Projection(
                soc_code=r["soc_code"],
                period=r["period"],
                base_year=int(r["period"][:4]),
                target_year=int(r["period"][:4]) + 10,
                employment_base=r["employment_base"],
                employment_target=r["employment_target"],
                change_percent=r["change_percent"],
                openings_per_year=r["openings_per_year"],
                entry_education=r["entry_education"],
                source=self.source(r["source_id"]),
                work_experience=r["work_experience"],
                job_training=r["job_training"],
            )
            for r in self._rows("SELECT * FROM occupation_outlook")
        }
        found.update(self.projections_by_soc())
        return found

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
        from ..domain.snapshot import Snapshot, Task, bls_code, ordered_tasks

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
            outlook=self._outlook(bls.code),
            requirements=self._requirements(bls.code),
            career_id=self._career_with(onet_code),
            related_careers=self._careers_related_to(onet_code),
            source=self.source(r["source_id"]),
            tasks_source=self.source(task_rows[0]["source_id"]) if task_rows else None,
        )

    def _pay(self, soc_code: str | None, area_code: str) -> Pay | None:
        from ..domain.snapshot import Pay

        if soc_code is None:
            return None
        rows = self._rows(
            "SELECT * FROM occupation_pay WHERE soc_code = ? AND area_code = ?",
            (soc_code, area_code),
        )
        if not rows:
            return None
        r = rows[0]
        return Pay(
            r["area_code"],
            r["pct10_annual"],
            r["median_annual"],
            r["pct90_annual"],
            _split(r["top_coded"]),
            _split(r["not_released"]),
            self.source(r["source_id"]),
        )

    def _outlook(self, soc_code: str | None) -> Outlook | None:
        """The guide's current projections where it has them (its own occupations), else
        BLS's 2024-34 table for every occupation; each labelled with its period."""
        from ..domain.snapshot import Outlook

        if soc_code is None:
            return None
        current = self.projection(soc_code)
        if current is not None and current.change_percent is not None:
            return Outlook(
                current.period,
                current.employment_base,
                current.employment_target,
                current.change_percent,
                current.openings_per_year,
                current.source,
            )
        rows = self._rows("SELECT * FROM occupation_outlook WHERE soc_code = ?", (soc_code,))
        if not rows:
            return None
        r = rows[0]
        return Outlook(
            r["period"],
            r["employment_base"],
            r["employment_target"],
            r["change_percent"],
            r["openings_per_year"],
            self.source(r["source_id"]),
        )

    def _requirements(self, soc_code: str | None) -> Requirements | None:
        from ..domain.snapshot import Requirements

        if soc_code is None:
            return None
        rows = self._rows("SELECT * FROM occupation_outlook WHERE soc_code = ?", (soc_code,))
        if not rows:
            return None
        r = rows[0]
        return Requirements(
            r["entry_education"],
            r["work_experience"],
            r["job_training"],
            r["period"],
            self.source(r["source_id"]),
        )

    def _career_with(self, onet_code: str) -> str | None:
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
