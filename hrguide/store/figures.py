"""Wages and projections: national, state, metro and industry figures, each with its source."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from ..domain import models as m
from ..domain.schema import PROJECTIONS_CURRENT, WAGES_CURRENT
from .base import StoreBase, record


class FigureQueries(StoreBase):
    # -- figures ------------------------------------------------------------------------
    def _wage(self, r: sqlite3.Row) -> m.Wage:
        return record(
            m.Wage,
            r,
            top_coded=frozenset(filter(None, (r["top_coded"] or "").split(","))),
            not_released=frozenset(filter(None, (r["not_released"] or "").split(","))),
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
        return self._area_wages(soc_code, "S")

    def metro_wages(self, soc_code: str) -> list[m.Wage]:
        return self._area_wages(soc_code, "M")

    def _area_wages(self, soc_code: str, area_type: str) -> list[m.Wage]:
        rows = self._rows(
            "SELECT * FROM wages WHERE soc_code = ? AND source_id = ? AND area_type = ?"
            " ORDER BY area_title",
            (soc_code, self._role_id(WAGES_CURRENT), area_type),
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
        return self._projection(rows[0]) if rows else None

    def projections_by_soc(self, role: str = PROJECTIONS_CURRENT) -> dict[str, m.Projection]:
        """Every occupation the projections of `role` cover (the guide's own SOC codes)."""
        rows = self._rows("SELECT * FROM projections WHERE source_id = ?", (self._role_id(role),))
        return {r["soc_code"]: self._projection(r) for r in rows}

    def _projection(self, r: sqlite3.Row | Mapping[str, Any]) -> m.Projection:
        return record(m.Projection, r, source=self.source(r["source_id"]))
