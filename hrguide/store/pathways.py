"""The career pathway map's rows, and the figures a step shows that no other page asks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import StoreBase, record

if TYPE_CHECKING:
    from ..domain.pathways import Move, Step


class PathwayQueries(StoreBase):
    def pathway(self, *, lang: str = "en") -> tuple[list[Step], list[Move]]:
        """The map's steps (lane, then row) and moves, titled in `lang`: a career's title
        from the guide, another step's own."""
        from ..domain.pathways import Move, Step  # deferred (bench/deferred_imports.py)

        titles = {
            r["career_id"]: r["title"] for r in self._rows("SELECT career_id, title FROM careers")
        }
        if lang != "en":
            for r in self._rows(
                "SELECT row_key, text FROM translations WHERE table_name = 'careers'"
                " AND field = 'title' AND lang = ?",
                (lang,),
            ):
                titles[r["row_key"]] = r["text"]
        steps = [
            record(
                Step,
                r,
                title=titles[r["career_id"]]
                if r["career_id"]
                else (r["title_es"] if lang == "es" else r["title"]),
            )
            for r in self._rows("SELECT * FROM pathway_steps ORDER BY lane, row")
        ]
        moves = [
            record(Move, r, note=r["note_es"] if lang == "es" else r["note"])
            for r in self._rows("SELECT * FROM pathway_links ORDER BY link_no")
        ]
        return steps, moves

    def job_zone(self, onet_code: str) -> tuple[int, str] | None:
        """O*NET 30.3's job zone of an occupation, and its name."""
        rows = self._rows(
            "SELECT p.job_zone, z.name FROM interest_profiles p"
            " JOIN job_zones z ON z.job_zone = p.job_zone WHERE p.onet_code = ?",
            (onet_code,),
        )
        return (rows[0]["job_zone"], rows[0]["name"]) if rows else None

    def related_with_tiers(self, onet_code: str) -> list[dict[str, Any]]:
        """O*NET's related occupations of `onet_code` in O*NET's order (tier, then rank),
        each with its job zone and national median pay where the data has them."""
        return [
            dict(r)
            for r in self._rows(
                "SELECT r.related_code, r.related_title, r.tier, r.rank, r.source_id,"
                " p.job_zone, n.median_annual, n.at_least, MIN(c.career_id) AS career_id"
                " FROM related_occupations r"
                " LEFT JOIN interest_profiles p ON p.onet_code = r.related_code"
                " LEFT JOIN national_pay n ON n.soc_code = substr(r.related_code, 1, 7)"
                " LEFT JOIN careers c ON c.onet_code = r.related_code"
                " WHERE r.onet_code = ?"
                " GROUP BY r.related_code ORDER BY r.rank",
                (onet_code,),
            )
        ]
