"""GuideStore: the read-only queries the app makes, returning domain records."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import models as m
from ..domain.schema import PROJECTIONS_CURRENT, PROJECTIONS_EARLIER, WAGES_CURRENT, WAGES_EARLIER
from ..domain.search import fts_query, search_terms
from .connection import open_readonly
from .errors import GuideDataError

if TYPE_CHECKING:
    from ..domain.compare import CareerFigures


class GuideStore:
    """Read-only access to one guide database. Parameters are always bound."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._conn = open_readonly(self.path)
        self._sources: dict[str, m.Source] | None = None
        self._roles: dict[str, str] | None = None
        self._programs: tuple[m.Program, ...] | None = None
        # the translated texts of each language asked for so far (English is the source)
        self._translated: dict[str, dict[tuple[str, str, str], str]] = {}

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise GuideDataError(self.path, f"the database could not be read ({exc})") from exc

    def _rows(self, sql: str, params: dict | tuple = ()) -> list[sqlite3.Row]:
        with self._guard():
            return self._conn.execute(sql, params).fetchall()

    def _texts(self, lang: str) -> dict[tuple[str, str, str], str]:
        """The translated texts of `lang`, read once; empty for English."""
        if lang not in self._translated:
            texts: dict[tuple[str, str, str], str] = {}
            if lang != "en":
                names = {r[0] for r in self._rows("SELECT name FROM sqlite_master")}
                if "translations" in names:
                    texts = {
                        (r["table_name"], r["row_key"], r["field"]): r["text"]
                        for r in self._rows("SELECT * FROM translations WHERE lang = ?", (lang,))
                    }
            self._translated[lang] = texts
        return self._translated[lang]

    def _t(self, lang: str, table: str, key: str, field: str, english: str) -> str:
        """`english`, or its translation into `lang` where the data has one."""
        texts = self._texts(lang) if lang != "en" else None
        return texts.get((table, key, field), english) if texts else english

    # -- sources and meta ---------------------------------------------------------------
    def sources(self) -> dict[str, m.Source]:
        if self._sources is None:
            self._sources = {
                r["source_id"]: m.Source(**dict(r))
                for r in self._rows("SELECT * FROM sources ORDER BY source_id")
            }
        return self._sources

    def source(self, source_id: str) -> m.Source:
        return self.sources()[source_id]

    def role(self, role: str) -> m.Source | None:
        """The source that plays `role` (domain.schema: WAGES_CURRENT, SCHOOLS_TUITION, ...)
        in this database, or None. The app names releases only through this."""
        if self._roles is None:
            self._roles = {
                r["role"]: r["source_id"]
                for r in self._rows("SELECT role, source_id FROM source_roles")
            }
        source_id = self._roles.get(role)
        return None if source_id is None else self.sources().get(source_id)

    def _role_id(self, role: str) -> str:
        source = self.role(role)
        return "" if source is None else source.source_id

    def meta(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._rows("SELECT key, value FROM meta")}

    # -- careers ------------------------------------------------------------------------
    _CAREER_SQL = """
        SELECT c.*, o.title AS soc_title FROM careers c
        JOIN occupations o ON o.soc_code = c.soc_code
    """

    def _career(self, r: sqlite3.Row, lang: str) -> m.Career:
        cid = r["career_id"]
        return m.Career(
            career_id=cid,
            title=self._t(lang, "careers", cid, "title", r["title"]),
            soc_code=r["soc_code"],
            soc_title=r["soc_title"],
            onet_code=r["onet_code"],
            ratings_onet_code=r["ratings_onet_code"],
            historical_soc_code=r["historical_soc_code"],
            is_core=bool(r["is_core"]),
            sort_order=r["sort_order"],
            summary=self._t(lang, "careers", cid, "summary", r["summary"]),
            grouping_note=self._t(lang, "careers", cid, "grouping_note", r["grouping_note"]),
            keywords=r["keywords"],
        )

    def careers(self, *, lang: str = "en") -> list[m.Career]:
        rows = self._rows(self._CAREER_SQL + " ORDER BY c.sort_order")
        return [self._career(r, lang) for r in rows]

    def career(self, career_id: str, *, lang: str = "en") -> m.Career:
        rows = self._rows(self._CAREER_SQL + " WHERE c.career_id = ?", (career_id,))
        if not rows:
            raise KeyError(career_id)
        return self._career(rows[0], lang)

    def facts(self, career_id: str, *, lang: str = "en") -> dict[str, m.Fact]:
        rows = self._rows(
            "SELECT fact_key, value, source_id FROM career_facts WHERE career_id = ?",
            (career_id,),
        )
        return {
            r["fact_key"]: m.Fact(
                career_id,
                r["fact_key"],
                self._t(lang, "career_facts", f"{career_id}:{r['fact_key']}", "value", r["value"]),
                self.source(r["source_id"]),
            )
            for r in rows
        }

    # -- figures ------------------------------------------------------------------------
    def _wage(self, r: sqlite3.Row) -> m.Wage:
        return m.Wage(
            soc_code=r["soc_code"],
            area_type=r["area_type"],
            area_code=r["area_code"],
            area_title=r["area_title"],
            industry_code=r["industry_code"],
            industry_title=r["industry_title"],
            industry_level=r["industry_level"],
            employment=r["employment"],
            mean_annual=r["mean_annual"],
            pct10_annual=r["pct10_annual"],
            pct25_annual=r["pct25_annual"],
            median_annual=r["median_annual"],
            pct75_annual=r["pct75_annual"],
            pct90_annual=r["pct90_annual"],
            median_hourly=r["median_hourly"],
            source=self.source(r["source_id"]),
        )

    def national_wage(self, soc_code: str, role: str = WAGES_CURRENT) -> m.Wage | None:
        rows = self._rows(
            "SELECT * FROM wages WHERE soc_code = ? AND source_id = ? AND area_type = 'N'"
            " AND industry_code = '000000'",
            (soc_code, self._role_id(role)),
        )
        return self._wage(rows[0]) if rows else None

    def state_wages(self, soc_code: str) -> list[m.Wage]:
        rows = self._rows(
            "SELECT * FROM wages WHERE soc_code = ? AND source_id = ? AND area_type = 'S'"
            " ORDER BY area_title",
            (soc_code, self._role_id(WAGES_CURRENT)),
        )
        return [self._wage(r) for r in rows]

    def metro_wages(self, soc_code: str) -> list[m.Wage]:
        rows = self._rows(
            "SELECT * FROM wages WHERE soc_code = ? AND source_id = ? AND area_type = 'M'"
            " ORDER BY area_title",
            (soc_code, self._role_id(WAGES_CURRENT)),
        )
        return [self._wage(r) for r in rows]

    def industry_wages(self, soc_code: str, level: int = 4) -> list[m.Wage]:
        """National wages by industry at one BLS display level (4 = 4-digit NAICS)."""
        rows = self._rows(
            "SELECT * FROM wages WHERE soc_code = ? AND source_id = ? AND area_type = 'N'"
            " AND industry_code != '000000' AND industry_level = ? ORDER BY industry_code",
            (soc_code, self._role_id(WAGES_CURRENT), level),
        )
        return [self._wage(r) for r in rows]

    def projection(self, soc_code: str, role: str = PROJECTIONS_CURRENT) -> m.Projection | None:
        rows = self._rows(
            "SELECT * FROM projections WHERE soc_code = ? AND source_id = ?",
            (soc_code, self._role_id(role)),
        )
        if not rows:
            return None
        r = rows[0]
        return m.Projection(
            soc_code=r["soc_code"],
            period=r["period"],
            base_year=r["base_year"],
            target_year=r["target_year"],
            employment_base=r["employment_base"],
            employment_target=r["employment_target"],
            change_percent=r["change_percent"],
            openings_per_year=r["openings_per_year"],
            entry_education=r["entry_education"],
            source=self.source(r["source_id"]),
        )

    # -- profile ------------------------------------------------------------------------
    def credentials_for(self, career_id: str, *, lang: str = "en") -> list[m.Credential]:
        rows = self._rows(
            """SELECT cr.*, o.name AS issuer, o.abbreviation AS issuer_abbreviation
               FROM career_credentials cc
               JOIN credentials cr ON cr.credential_id = cc.credential_id
               JOIN organizations o ON o.org_id = cr.org_id
               WHERE cc.career_id = ? ORDER BY cc.rank""",
            (career_id,),
        )
        return [self._credential(r, lang) for r in rows]

    def credentials(self, *, lang: str = "en") -> list[m.Credential]:
        rows = self._rows(
            """SELECT cr.*, o.name AS issuer, o.abbreviation AS issuer_abbreviation
               FROM credentials cr JOIN organizations o ON o.org_id = cr.org_id
               ORDER BY cr.sort_order"""
        )
        return [self._credential(r, lang) for r in rows]

    def _credential(self, r: sqlite3.Row, lang: str) -> m.Credential:
        cid = r["credential_id"]
        return m.Credential(
            credential_id=cid,
            abbreviation=self._t(lang, "credentials", cid, "abbreviation", r["abbreviation"]),
            name=self._t(lang, "credentials", cid, "name", r["name"]),
            issuer=r["issuer"],
            issuer_abbreviation=r["issuer_abbreviation"],
            kind=r["kind"],
            requirements=self._t(lang, "credentials", cid, "requirements", r["requirements"]),
            summary=self._t(lang, "credentials", cid, "summary", r["summary"]),
            source=self.source(r["source_id"]),
        )

    def _ratings(self, onet_code: str, domain: str, limit: int) -> tuple[m.Rating, ...]:
        rows = self._rows(
            """SELECT element_name, importance, level, source_id FROM onet_ratings
               WHERE onet_code = ? AND domain = ?
               ORDER BY importance DESC, element_name LIMIT ?""",
            (onet_code, domain, limit),
        )
        return tuple(
            m.Rating(r["element_name"], r["importance"], r["level"], self.source(r["source_id"]))
            for r in rows
        )

    def profile(self, career_id: str, *, lang: str = "en") -> m.CareerProfile:
        career = self.career(career_id, lang=lang)
        occ = self._rows("SELECT * FROM onet_occupations WHERE onet_code = ?", (career.onet_code,))
        if not occ:
            raise GuideDataError(self.path, f"O*NET occupation {career.onet_code} is missing")
        o = occ[0]
        tasks = tuple(
            m.Task(r["task"], r["task_type"], self.source(r["source_id"]))
            for r in self._rows(
                "SELECT * FROM onet_tasks WHERE onet_code = ? ORDER BY task_id",
                (career.onet_code,),
            )
        )
        education = tuple(
            m.EducationShare(
                r["category"], r["category_label"], r["percent"], self.source(r["source_id"])
            )
            for r in self._rows(
                "SELECT * FROM onet_education WHERE onet_code = ? AND percent > 0"
                " ORDER BY category",
                (career.ratings_onet_code,),
            )
        )
        titles = tuple(
            r["title"]
            for r in self._rows(
                "SELECT title FROM alternate_titles WHERE onet_code = ? AND kind = 'reported'"
                " ORDER BY title",
                (career.onet_code,),
            )
        )
        career_by_onet: dict[str, str] = {}
        for c in self.careers():
            career_by_onet.setdefault(c.onet_code, c.career_id)
        related = tuple(
            m.Related(
                r["related_code"],
                r["related_title"],
                r["tier"],
                career_by_onet.get(r["related_code"]),
            )
            for r in self._rows(
                "SELECT * FROM related_occupations WHERE onet_code = ? ORDER BY rank",
                (career.onet_code,),
            )
        )
        return m.CareerProfile(
            career=career,
            description=o["description"],
            description_source=self.source(o["source_id"]),
            job_zone=o["job_zone"],
            job_zone_name=o["job_zone_name"],
            tasks=tasks,
            skills=self._ratings(career.ratings_onet_code, "skill", 8),
            knowledge=self._ratings(career.ratings_onet_code, "knowledge", 6),
            education=education,
            credentials=tuple(self.credentials_for(career_id, lang=lang)),
            alternate_titles=titles,
            related=related,
            national_wage=self.national_wage(career.soc_code),
            outlook=self.projection(career.soc_code),
        )

    # -- pages and search ---------------------------------------------------------------
    def page(self, page_id: str, *, lang: str = "en") -> m.Page | None:
        rows = self._rows(
            "SELECT * FROM pages WHERE page_id = ? AND lang IN (?, 'en')"
            " ORDER BY lang = ? DESC LIMIT 1",
            (page_id, lang, lang),
        )
        return m.Page(**dict(rows[0])) if rows else None

    def search(self, text: str, limit: int = 20) -> list[m.SearchHit]:
        """Full-text search; any user text is safe (it is reduced to quoted words)."""
        words = search_terms(text)  # bounded: at most a few words, whatever was pasted
        if not words:
            return []
        query = fts_query(words)
        rows = self._rows(
            """SELECT s.kind, s.ref, s.title,
                      snippet(search_index_fts, 2, '', '', '…', 12) AS snippet
               FROM search_index_fts JOIN search_index s ON s.rowid = search_index_fts.rowid
               WHERE search_index_fts MATCH ?
               ORDER BY CASE s.kind WHEN 'career' THEN 0 WHEN 'credential' THEN 1
                                    WHEN 'page' THEN 2 ELSE 3 END,
                        bm25(search_index_fts, 10.0, 8.0, 1.0), s.title
               LIMIT ?""",
            (query, limit),
        )
        return [m.SearchHit(r["kind"], r["ref"], r["title"], r["snippet"] or "") for r in rows]

    # -- schools ------------------------------------------------------------------------
    def programs(self) -> tuple[m.Program, ...]:
        """Every program, read once per store: the school finder, the shortlist and the
        handout share one tuple (the data is read-only; rebuilding pages, as a language
        switch does, used to read thousands of rows again each time)."""
        if self._programs is None:
            self._programs = self._read_programs()
        return self._programs

    def _read_programs(self) -> tuple[m.Program, ...]:
        rows = self._rows(
            "SELECT * FROM program_details ORDER BY school, unitid, program, level_sort"
        )
        one: dict[str, str] = {}  # one string object per distinct school, city, program…

        def same(v: Any) -> Any:  # the row's text, one shared object per distinct value
            return v if v is None else one.setdefault(v, v)

        return tuple(
            m.Program(
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
            )
            for r in rows
        )

    def cip_codes_for_soc(self, soc_code: str) -> list[str]:
        rows = self._rows(
            "SELECT cip_code FROM cip_soc WHERE soc_code = ? ORDER BY cip_code", (soc_code,)
        )
        return [r["cip_code"] for r in rows]

    def counts(self) -> dict[str, int]:
        return {
            "careers": self._rows("SELECT COUNT(*) AS n FROM careers")[0]["n"],
            "institutions": self._rows("SELECT COUNT(*) AS n FROM institutions")[0]["n"],
            "programs": self._rows("SELECT COUNT(*) AS n FROM programs")[0]["n"],
        }

    # -- comparison ---------------------------------------------------------------------
    def career_figures(self, career_id: str, *, lang: str = "en") -> CareerFigures:
        """What the comparison grid shows of one career, today's figures and the article's."""
        from ..domain.compare import CareerFigures

        career = self.career(career_id, lang=lang)
        then = career.historical_soc_code
        return CareerFigures(
            career=career,
            facts=self.facts(career_id, lang=lang),
            wage=self.national_wage(career.soc_code),
            outlook=self.projection(career.soc_code),
            wage_then=self.national_wage(then, WAGES_EARLIER) if then else None,
            outlook_then=self.projection(then, PROJECTIONS_EARLIER) if then else None,
        )

    def institution(self, unitid: int) -> m.Institution:
        rows = self._rows(
            """SELECT i.*, t.academic_year, t.ug_in_district, t.ug_in_state, t.ug_out_of_state,
                      t.grad_in_state, t.grad_out_of_state
               FROM institutions i LEFT JOIN tuition t ON t.unitid = i.unitid
               WHERE i.unitid = ?""",
            (unitid,),
        )
        if not rows:
            raise KeyError(unitid)
        r = rows[0]
        return m.Institution(
            unitid=r["unitid"],
            name=r["name"],
            alias=r["alias"],
            address=r["address"],
            city=r["city"],
            state=r["state"],
            zip=r["zip"],
            web_address=r["web_address"],
            control_label=r["control_label"],
            closed_date=r["closed_date"],
            online_courses=None if r["online_courses"] is None else bool(r["online_courses"]),
            latitude=r["latitude"],
            longitude=r["longitude"],
            tuition_year=r["academic_year"],
            ug_in_district=r["ug_in_district"],
            ug_in_state=r["ug_in_state"],
            ug_out_of_state=r["ug_out_of_state"],
            grad_in_state=r["grad_in_state"],
            grad_out_of_state=r["grad_out_of_state"],
        )

    def states(self) -> list[str]:
        return [
            r["state"] for r in self._rows("SELECT DISTINCT state FROM institutions ORDER BY state")
        ]

    def cip_programs(self) -> list[tuple[str, str]]:
        return [
            (r["cip_code"], r["title"])
            for r in self._rows("SELECT cip_code, title FROM cip_programs ORDER BY title")
        ]
