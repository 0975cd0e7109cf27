"""The occupations of the interest results, placed: each match with the title the guide
gives it, its pay and outlook, and why it matches (what the results' tables show)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from ...domain import interests as rules
from ...domain.models import Career, Projection
from ..html.interest_words import why_text


class Placed(NamedTuple):
    """One occupation in the results: its match, whether the guide profiles it, its pay."""

    match: rules.Match
    title: str  # the guide's career title, or O*NET's occupation title
    career_id: str | None
    pay: tuple[int | None, bool]
    why: str
    outlook: Projection | None = None  # where the guide has projections for it


def placements(
    scores: tuple[int, ...],
    ranked: list[rules.Match],
    careers: Iterable[Career],
    pay: dict[str, tuple[int | None, bool]],
    outlook: dict[str, Projection],
) -> tuple[list[Placed], list[Placed]]:
    """Every occupation in rank order, and each of the guide's careers (several share an
    O*NET occupation), closest first."""

    def place(m: rules.Match, title: str, career_id: str | None) -> Placed:
        return Placed(
            m,
            title,
            career_id,
            pay.get(m.profile.soc_code, (None, False)),
            why_text(scores, m.profile.ratings),
            outlook.get(m.profile.soc_code),
        )

    careers = list(careers)
    guide_ids = {c.onet_code: c.career_id for c in careers}
    placed = [place(m, m.profile.title, guide_ids.get(m.profile.onet_code)) for m in ranked]
    by_code = {m.profile.onet_code: m for m in ranked}
    guide = sorted(
        (
            place(by_code[c.onet_code], c.title, c.career_id)
            for c in careers
            if c.onet_code in by_code
        ),
        key=lambda p: p.match.rank,
    )
    return placed, guide
