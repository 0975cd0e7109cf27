"""Programs side by side, as plain data: rows of cells, each with its source, and which
cell of a row is best and which worst (a rule per row: lower tuition is better, higher
earnings are better; rows of words have no best), among cells of the same measure only."""

from __future__ import annotations

from typing import NamedTuple

from .models import Source
from .outcomes import (
    LoanTerms,
    NetPrice,
    ProgramOutcome,
    SchoolOutcome,
    debt_share,
    payment_applies,
    payment_for,
    premium,
)
from .program import Program
from .schools import IN_STATE, tuition_for

MIN_PROGRAMS, MAX_PROGRAMS = 2, 4
BEST, WORST = "best", "worst"


class ProgramFacts(NamedTuple):
    """What the grid needs of one program, gathered by the store."""

    program: Program
    outcome: ProgramOutcome | None  # its family and credential at its school (Scorecard)
    school: SchoolOutcome | None
    price: NetPrice | None
    trend: tuple[int | None, ...]  # graduates per year, oldest first (None: not reported)
    online: bool | None  # distance education at its level (per school, not per program)


class PCell(NamedTuple):
    """One cell. `number` is the figure a best/worst rule compares; `text` a written value;
    `kind` says how to show it (text, money, percent, count, rate, premium, trend, yesno)."""

    kind: str
    source: Source | None
    number: float | None = None
    text: str = ""
    detail: str = ""  # "graduation" or "award" for rates; the years after finishing; …
    counts: tuple[int | None, ...] = ()  # the trend's graduates per year

    @property
    def missing(self) -> bool:
        return self.number is None and not self.text and not self.counts


class PRow(NamedTuple):
    key: str
    better: str | None  # "higher", "lower" or None (no best or worst)
    cells: tuple[PCell, ...]

    def marks(self) -> tuple[str | None, ...]:
        """BEST or WORST per cell, ranked only among cells of one measure (the same
        `detail`): a graduation rate within 150 % of normal time is never ranked against
        an award rate within 8 years, nor earnings 4 years out against earnings 5 years out."""
        out: list[str | None] = [None] * len(self.cells)
        for measure in {c.detail for c in self.cells}:
            columns = [i for i, c in enumerate(self.cells) if c.detail == measure]
            ranked = best_and_worst([self.cells[i].number for i in columns], self.better)
            for i, mark in zip(columns, ranked, strict=True):
                out[i] = mark
        return tuple(out)


def best_and_worst(values: list[float | None], better: str | None) -> tuple[str | None, ...]:
    """BEST or WORST per value (ties share the mark); nothing when the row has no rule,
    fewer than two known values, or all known values are equal. A missing value is never
    best or worst."""
    known = [v for v in values if v is not None]
    if better is None or len(known) < 2 or min(known) == max(known):
        return tuple(None for _ in values)
    top, bottom = (max(known), min(known)) if better == "higher" else (min(known), max(known))
    return tuple(
        None if v is None else BEST if v == top else WORST if v == bottom else None for v in values
    )


ROW_KEYS = (
    "school",
    "city",
    "program",
    "level",
    "tuition",
    "net_price",
    "rate",
    "earnings",
    "debt",
    "payment",
    "debt_share",
    "premium",
    "trend",
    "online",
)


class GridSources(NamedTuple):
    """The sources of the rows that every program shares (from the data's roles)."""

    directory: Source | None
    completions: Source | None
    tuition: Source | None
    distance: Source | None


def build_rows(
    facts: list[ProgramFacts], band: str | None, loan: LoanTerms | None, src: GridSources
) -> list[PRow]:
    """The grid's rows for `facts` (one column each). `band` is a family income band of
    the net price (None: the average)."""

    def row(key: str, better: str | None, cells: list[PCell]) -> PRow:
        return PRow(key, better, tuple(cells))

    def price(f: ProgramFacts) -> PCell:
        if f.price is None:
            return PCell("money", None)
        value = f.price.average if band is None else dict(f.price.by_income).get(band)
        return PCell("money", f.price.source, value)

    def rate(f: ProgramFacts) -> PCell:
        p = f.program
        if p.completion_kind is None or f.school is None:
            return PCell("rate", None)
        source = (
            f.school.graduation_source
            if p.completion_kind == "graduation"
            else f.school.measures_source
        )
        return PCell("rate", source, p.completion_rate, detail=p.completion_kind)

    def scorecard(f: ProgramFacts, kind: str, value: float | None, detail: str = "") -> PCell:
        return PCell(kind, f.outcome.source if f.outcome else None, value, detail=detail)

    return [
        row("school", None, [PCell("text", src.directory, text=f.program.school) for f in facts]),
        row(
            "city",
            None,
            [
                PCell("text", src.directory, text=f"{f.program.city}, {f.program.state}")
                for f in facts
            ],
        ),
        row(
            "program",
            None,
            [
                PCell("text", src.completions, text=f"{f.program.program} ({f.program.cip_code})")
                for f in facts
            ],
        ),
        row(
            "level",
            None,
            [PCell("text", src.completions, text=f.program.award_label) for f in facts],
        ),
        row(
            "tuition",
            "lower",
            [
                PCell("money", src.tuition, tuition_for(f.program, IN_STATE), detail="in_state")
                for f in facts
            ],
        ),
        row("net_price", "lower", [price(f) for f in facts]),
        row("rate", "higher", [rate(f) for f in facts]),
        row(
            "earnings",
            "higher",
            [
                scorecard(
                    f,
                    "money",
                    f.outcome.earnings if f.outcome else None,
                    str(f.outcome.earnings_years or "") if f.outcome else "",
                )
                for f in facts
            ],
        ),
        row(
            "debt",
            "lower",
            [scorecard(f, "money", f.outcome.debt_median if f.outcome else None) for f in facts],
        ),
        row(
            "payment",
            "lower",
            [
                PCell(
                    "money",
                    loan.source if loan else None,
                    payment_for(f.outcome, loan),
                    detail="graduate"
                    if f.outcome is not None and not payment_applies(f.outcome)
                    else "",
                )
                for f in facts
            ],
        ),
        row(
            "debt_share",
            "lower",
            [
                scorecard(
                    f,
                    "percent",
                    debt_share(f.outcome.debt_median, f.outcome.earnings) if f.outcome else None,
                )
                for f in facts
            ],
        ),
        row("premium", "higher", [scorecard(f, "premium", premium(f.outcome)) for f in facts]),
        row("trend", None, [PCell("trend", src.completions, counts=f.trend) for f in facts]),
        row(
            "online",
            None,
            [
                PCell(
                    "yesno",
                    src.distance,
                    None if f.online is None else float(f.online),
                    text="" if f.online is None else ("yes" if f.online else "no"),
                )
                for f in facts
            ],
        ),
    ]


def sources_used(rows: list[PRow]) -> list[Source]:
    """Each source of the grid once, in the order the rows name them."""
    seen: dict[str, Source] = {}
    for r in rows:
        for c in r.cells:
            if c.source is not None:
                seen.setdefault(c.source.source_id, c.source)
    return list(seen.values())


def picked(current: tuple[str, ...], program_id: str) -> tuple[tuple[str, ...], bool]:
    """`current` with `program_id` added at the end (a no-op if there), and whether it fit
    (at most MAX_PROGRAMS)."""
    if program_id in current:
        return current, True
    if len(current) >= MAX_PROGRAMS:
        return current, False
    return (*current, program_id), True
