"""Outcomes: graduates' earnings and debt by program family, graduation rates, Outcome
Measures, net price by family income, and the loan terms for the monthly payment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import StoreBase, record

if TYPE_CHECKING:  # imported when first asked, off the start-up path
    from ..domain.models import Source
    from ..domain.outcomes import LoanTerms, NetPrice, ProgramOutcome, SchoolOutcome


class OutcomeQueries(StoreBase):
    def program_outcomes(self, unitid: int) -> list[ProgramOutcome]:
        from ..domain.outcomes import ProgramOutcome  # deferred (bench/deferred_imports.py)

        rows = self._rows(
            "SELECT * FROM program_outcomes WHERE unitid = ? ORDER BY cip_family, credential_level",
            (unitid,),
        )
        return [record(ProgramOutcome, r, source=self.source(r["source_id"])) for r in rows]

    def outcome_of_program(
        self, unitid: int, cip_code: str, award_level: int
    ) -> ProgramOutcome | None:
        """The Scorecard row of the program's family and credential at its school, if any."""
        from ..domain.outcomes import (  # deferred (bench/deferred_imports.py)
            CREDENTIAL_OF_AWARD,
            family_of,
        )

        level = CREDENTIAL_OF_AWARD.get(award_level)
        family = family_of(cip_code)
        for o in self.program_outcomes(unitid):
            if o.cip_family == family and o.credential_level == level:
                return o
        return None

    def school_outcome(self, unitid: int) -> SchoolOutcome | None:
        from ..domain.outcomes import SchoolOutcome  # deferred (bench/deferred_imports.py)

        rows = self._rows("SELECT * FROM school_outcomes WHERE unitid = ?", (unitid,))
        if not rows:
            return None
        r = rows[0]
        return record(
            SchoolOutcome,
            r,
            unitid=unitid,
            graduation_source=self._maybe_source(r["graduation_source_id"]),
            measures_source=self._maybe_source(r["measures_source_id"]),
        )

    def net_price(self, unitid: int) -> NetPrice | None:
        from ..domain.outcomes import INCOME_BANDS, NetPrice  # deferred (bench/deferred_imports.py)

        rows = self._rows("SELECT * FROM net_prices WHERE unitid = ?", (unitid,))
        if not rows:
            return None
        r = rows[0]
        return NetPrice(
            unitid=unitid,
            average=r["average"],
            by_income=tuple((band, r[f"income_{band}"]) for band in INCOME_BANDS),
            source=self.source(r["source_id"]),
        )

    def program_trends(self, unitid: int) -> tuple[list[str], dict[str, list[int | None]]]:
        """The survey years (periods from their source rows, oldest first) and each of the
        school's programs' graduates in them (None: not reported that year)."""
        years = self._rows(
            "SELECT DISTINCT t.source_id, s.period, s.year FROM program_trend t"
            " JOIN sources s ON s.source_id = t.source_id ORDER BY s.year"
        )
        order = {r["source_id"]: i for i, r in enumerate(years)}
        series: dict[str, list[int | None]] = {}
        for r in self._rows(
            "SELECT t.program_id, t.source_id, t.completions FROM program_trend t"
            " JOIN programs p ON p.program_id = t.program_id WHERE p.unitid = ?",
            (unitid,),
        ):
            counts = series.setdefault(r["program_id"], [None] * len(order))
            counts[order[r["source_id"]]] = r["completions"]
        return [r["period"] for r in years], series

    def price_parities(self) -> dict[str, float]:
        """BEA's all-items price level (US = 100) by OEWS area code."""
        return {
            r["area_code"]: r["rpp"]
            for r in self._rows("SELECT area_code, rpp FROM price_parities")
        }

    def use_site_loan(self, rate_percent: float, academic_year: str, source: str) -> None:
        """A loan rate from the site configuration: loan_terms() uses it when its academic
        year is later than the data's."""
        self._site_loan = (rate_percent, academic_year, source)

    def loan_terms(self) -> LoanTerms | None:
        """The federal loan the monthly payment assumes: the data's, or the site's newer
        rate (on the data's term)."""
        from ..domain.outcomes import (  # deferred (bench/deferred_imports.py)
            LoanTerms,
            newest_loan,
            site_loan,
        )

        rows = self._rows("SELECT * FROM loan_terms ORDER BY loan LIMIT 1")
        if not rows:
            return None
        r = rows[0]
        data = LoanTerms(
            rate_percent=r["rate_percent"],
            term_years=r["term_years"],
            academic_year=r["academic_year"],
            source=self.source(r["source_id"]),
        )
        if self._site_loan is None:
            return data
        return newest_loan(data, site_loan(*self._site_loan, term_years=data.term_years))

    def _maybe_source(self, source_id: str | None) -> Source | None:
        return None if source_id is None else self.source(source_id)
