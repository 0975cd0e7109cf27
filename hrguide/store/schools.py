"""Schools and programs: the IPEDS rows of the school finder."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..domain import models as m
from .base import StoreBase, record

if TYPE_CHECKING:
    from ..domain.program import Program


class SchoolQueries(StoreBase):
    # -- schools ------------------------------------------------------------------------
    def programs(self) -> tuple[Program, ...]:
        """Every program, read once per store: the school finder, the shortlist and the
        handout share one tuple (the data is read-only; the pages of a second language
        would otherwise read thousands of rows again)."""
        if self._programs is None:
            self._programs = self._read_programs()
        return self._programs

    def program(self, program_id: str) -> Program | None:
        """One program by its id (None: not in this data release)."""
        if self._program_of is None:
            self._program_of = {p.program_id: p for p in self.programs()}
        return self._program_of.get(program_id)

    def _read_programs(self) -> tuple[Program, ...]:
        rows = self._rows(
            "SELECT * FROM program_details ORDER BY school, unitid, program, level_sort"
        )
        one: dict[str, str] = {}  # one string object per distinct school, city, program…

        def same(v: Any) -> Any:  # the row's text, one shared object per distinct value
            return v if v is None else one.setdefault(v, v)

        from ..domain.outcomes import completion_rate  # deferred (bench/deferred_imports.py)
        from ..domain.program import Program  # deferred (bench/deferred_imports.py)

        def completion(r: Any) -> tuple[str, float] | tuple[None, None]:
            rate = completion_rate(r["iclevel"], r["graduation_rate"], r["award_8yr_ft_first"])
            return rate if rate is not None else (None, None)

        # (not through `record`: the finder reads thousands of rows at once, shares one
        # string object per distinct text, and renames several columns)
        return tuple(
            Program(
                program_id=r["program_id"],
                unitid=r["unitid"],
                school=same(r["school"]),
                alias=same(r["alias"]),
                city=same(r["city"]),
                state=same(r["state"]),
                cip_code=same(r["cip_code"]),
                program=same(r["program"]),
                award_level=r["award_level"],
                award_label=same(r["award_label"]),
                level_group=same(r["level_group"]),
                level_sort=r["level_sort"],
                control=r["control"],
                control_label=same(r["control_label"]),
                online_ug=None
                if r["online_ug_programs"] is None
                else bool(r["online_ug_programs"]),
                online_grad=(
                    None if r["online_grad_programs"] is None else bool(r["online_grad_programs"])
                ),
                tuition_in_state=r["ug_in_state"],
                tuition_out_of_state=r["ug_out_of_state"],
                grad_in_state=r["grad_in_state"],
                grad_out_of_state=r["grad_out_of_state"],
                tuition_year=same(r["tuition_year"]),
                completions=r["completions"],
                latitude=r["latitude"],
                longitude=r["longitude"],
                accreditation=same(r["accreditation"]),
                earnings=r["earnings"],
                debt_median=r["debt_median"],
                completion_kind=(kind_rate := completion(r))[0],
                completion_rate=kind_rate[1],
                net_price=r["net_price"],
            )
            for r in rows
        )

    def cip_codes_for_soc(self, soc_code: str) -> list[str]:
        rows = self._rows(
            "SELECT cip_code FROM cip_soc WHERE soc_code = ? ORDER BY cip_code", (soc_code,)
        )
        return [r["cip_code"] for r in rows]

    def program_links(self, career_id: str) -> dict[str, str]:
        """The programs (CIP code -> "crosswalk" or "editorial") the school finder lists for a
        career: the crosswalk's links and the editors' own, from programs.toml."""
        rows = self._rows(
            "SELECT cip_code, link FROM career_programs WHERE career_id = ? ORDER BY cip_code",
            (career_id,),
        )
        return {r["cip_code"]: r["link"] for r in rows}

    def school_zips(self) -> list[tuple[str, float | None, float | None]]:
        """Every school's ZIP code and position (IPEDS directory), for ZIP-code distances."""
        return [
            (r["zip"], r["latitude"], r["longitude"])
            for r in self._rows("SELECT zip, latitude, longitude FROM institutions ORDER BY unitid")
        ]

    def institution(self, unitid: int) -> m.Institution:
        rows = self._rows(
            """SELECT i.*, t.academic_year, t.ug_in_district, t.ug_in_state, t.ug_out_of_state,
                      t.grad_in_state, t.grad_out_of_state,
                      ps.period AS newer_year, p.ug_in_district AS newer_ug_in_district
               FROM institutions i LEFT JOIN tuition t ON t.unitid = i.unitid
               LEFT JOIN prices p ON p.unitid = i.unitid
               LEFT JOIN sources ps ON ps.source_id = p.source_id
               WHERE i.unitid = ?""",
            (unitid,),
        )
        if not rows:
            raise KeyError(unitid)
        r = rows[0]
        return record(
            m.Institution,
            r,
            online_courses=None if r["online_courses"] is None else bool(r["online_courses"]),
            tuition_year=r["academic_year"],
            newer_price_year=r["newer_year"],
        )

    def school_exists(self, unitid: int) -> bool:
        return bool(self._rows("SELECT 1 FROM institutions WHERE unitid = ?", (unitid,)))

    def states(self) -> list[str]:
        return [
            r["state"] for r in self._rows("SELECT DISTINCT state FROM institutions ORDER BY state")
        ]

    def state_names(self) -> dict[str, str]:
        """Postal code to name ("AL": "Alabama") for the states that have schools; empty
        for a database built before the names were kept."""
        names = {r[0] for r in self._rows("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "states" not in names:
            return {}
        return {r["state"]: r["name"] for r in self._rows("SELECT state, name FROM states")}

    def cip_programs(self) -> list[tuple[str, str]]:
        return [
            (r["cip_code"], r["title"])
            for r in self._rows(
                "SELECT cip_code, title FROM cip_programs"
                " WHERE cip_code IN (SELECT cip_code FROM programs) ORDER BY title"
            )
        ]
