"""GuideStore: the read-only queries the app makes, returning domain records."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from ..domain import models as m
from ..domain.schema import (
    PROGRAMS_COMPLETIONS,
    PROJECTIONS_EARLIER,
    SCHOOLS_DIRECTORY,
    SCHOOLS_DISTANCE,
    SCHOOLS_TUITION,
    WAGES_EARLIER,
)
from ..domain.search import fts_query, search_terms
from .base import record
from .errors import GuideDataError
from .figures import FigureQueries
from .interests import InterestQueries
from .outcomes import OutcomeQueries
from .pathways import PathwayQueries
from .schools import SchoolQueries
from .snapshots import SnapshotQueries

if TYPE_CHECKING:
    from ..domain.compare import CareerFigures
    from ..domain.program_compare import GridSources, ProgramFacts


class GuideStore(
    SnapshotQueries,  # (a FigureQueries itself: it reads the current projections)
    FigureQueries,
    SchoolQueries,
    OutcomeQueries,
    InterestQueries,
    PathwayQueries,
):
    """Every query of one guide database: careers, profiles, pages and search here; figures
    (figures.py) and schools (schools.py) in their mixins; the connection in base.py."""

    # -- careers ------------------------------------------------------------------------
    _CAREER_SQL = """
        SELECT c.*, o.title AS soc_title FROM careers c
        JOIN occupations o ON o.soc_code = c.soc_code
    """

    def _career(self, r: sqlite3.Row, lang: str) -> m.Career:
        cid = r["career_id"]
        return record(
            m.Career,
            r,
            title=self._t(lang, "careers", cid, "title", r["title"]),
            is_core=bool(r["is_core"]),
            summary=self._t(lang, "careers", cid, "summary", r["summary"]),
            grouping_note=self._t(lang, "careers", cid, "grouping_note", r["grouping_note"]),
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
        return record(
            m.Credential,
            r,
            abbreviation=self._t(lang, "credentials", cid, "abbreviation", r["abbreviation"]),
            name=self._t(lang, "credentials", cid, "name", r["name"]),
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

    def search(self, text: str, limit: int = 20, *, lang: str = "en") -> list[m.SearchHit]:
        """Full-text search; any user text is safe (it is reduced to quoted words). Pages
        are found in `lang` alone (each is indexed once per language); careers by their
        titles and summaries in every language, and named in `lang`."""
        words = search_terms(text)  # bounded: at most a few words, whatever was pasted
        if not words:
            return []
        query = fts_query(words)
        rows = self._rows(
            """SELECT s.kind, s.ref, s.title,
                      snippet(search_index_fts, 2, '', '', '…', 12) AS snippet
               FROM search_index_fts JOIN search_index s ON s.rowid = search_index_fts.rowid
               WHERE search_index_fts MATCH ? AND (s.kind != 'page' OR s.lang = ?)
               ORDER BY CASE s.kind WHEN 'career' THEN 0 WHEN 'credential' THEN 1
                                    WHEN 'page' THEN 2 WHEN 'occupation' THEN 3 ELSE 4 END,
                        bm25(search_index_fts, 10.0, 8.0, 1.0), s.title
               LIMIT ?""",
            (query, lang, limit),
        )
        return [
            m.SearchHit(r["kind"], r["ref"], self._hit_title(r, lang), r["snippet"] or "")
            for r in rows
        ]

    def _hit_title(self, row: sqlite3.Row, lang: str) -> str:
        if row["kind"] == "career":
            return self._t(lang, "careers", row["ref"], "title", row["title"])
        return str(row["title"])

    def counts(self) -> dict[str, int]:
        return {
            "careers": self._rows("SELECT COUNT(*) AS n FROM careers")[0]["n"],
            "institutions": self._rows("SELECT COUNT(*) AS n FROM institutions")[0]["n"],
            "programs": self._rows("SELECT COUNT(*) AS n FROM programs")[0]["n"],
        }

    # -- comparison ---------------------------------------------------------------------
    def career_figures(self, career_id: str, *, lang: str = "en") -> CareerFigures:
        """What the comparison grid shows of one career, today's figures and the article's."""
        from ..domain.compare import CareerFigures  # deferred (bench/deferred_imports.py)

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

    def program_facts(self, program_id: str) -> ProgramFacts | None:
        """What the program comparison shows of one program (None: not in this data)."""
        from ..domain.program_compare import ProgramFacts  # deferred (bench/deferred_imports.py)
        from ..domain.schools import online_for  # deferred (bench/deferred_imports.py)

        program = self.program(program_id)
        if program is None:
            return None
        _years, series = self.program_trends(program.unitid)
        return ProgramFacts(
            program=program,
            outcome=self.outcome_of_program(program.unitid, program.cip_code, program.award_level),
            school=self.school_outcome(program.unitid),
            price=self.net_price(program.unitid),
            trend=tuple(series.get(program_id, ())),
            online=online_for(program),
        )

    def grid_sources(self) -> GridSources:
        """The sources of the program comparison's shared rows."""
        from ..domain.program_compare import GridSources  # deferred (bench/deferred_imports.py)

        return GridSources(
            directory=self.role(SCHOOLS_DIRECTORY),
            completions=self.role(PROGRAMS_COMPLETIONS),
            tuition=self.role(SCHOOLS_TUITION),
            distance=self.role(SCHOOLS_DISTANCE),
        )
