"""The comparison grid as plain data: rows of cells, each value with its source."""

from __future__ import annotations

from typing import NamedTuple

from .models import Career, Fact, Projection, Source, Wage

DEFAULT_CAREERS = ("health-information-technician", "health-information-manager")
MIN_CAREERS, MAX_CAREERS = 2, 4


class Cell(NamedTuple):
    """One value of the grid. `number` is set for figures; `text` for written values."""

    kind: str  # text, money, percent, count
    source: Source | None
    text: str | None = None
    number: float | None = None
    period: str = ""  # "2024-34", "May 2025": shown with the figure
    at_least: bool = False  # a top-coded wage: the true figure is at least `number`

    @property
    def missing(self) -> bool:
        return self.text is None and self.number is None


class Row(NamedTuple):
    key: str
    label: str
    cells: tuple[Cell, ...]
    numeric: bool = False
    historical: bool = False

    def extremes(self) -> tuple[frozenset[int], frozenset[int]]:
        """Column indexes of the lowest and of the highest figure, when they differ: every
        column that ties for lowest or highest is one of them. Figures of different periods
        (a 2025-35 projection beside a 2024-34 one) are not ranked against each other."""
        known = [c for c in self.cells if c.number is not None]
        values = [c.number for c in known if c.number is not None]
        if len(values) < 2 or min(values) == max(values) or len({c.period for c in known}) > 1:
            return frozenset(), frozenset()
        low, high = min(values), max(values)
        return (
            frozenset(i for i, c in enumerate(self.cells) if c.number == low),
            frozenset(i for i, c in enumerate(self.cells) if c.number == high),
        )


class CareerFigures(NamedTuple):
    """What the grid needs of one career, gathered by the store."""

    career: Career
    facts: dict[str, Fact]
    wage: Wage | None
    outlook: Projection | None
    wage_then: Wage | None = None  # the article's year (OES May 2015)
    outlook_then: Projection | None = None  # 2014-24


# (key, label) of the rows; labels are translated by the UI (they are context "Compare").
ROW_LABELS: tuple[tuple[str, str], ...] = (
    ("degree", "Degree required"),
    ("field", "Field of study"),
    ("certification", "Certification"),
    ("skills", "Key skills"),
    ("growth", "Job growth"),
    ("median", "Median salary"),
    ("entry", "Typical entry education (BLS)"),
    ("openings", "Openings per year"),
    ("growth_then", "Job growth, earlier projection"),
    ("median_then", "Median salary, earlier survey"),
)
HISTORICAL_KEYS = frozenset({"growth_then", "median_then"})


def validate_selection(career_ids: list[str]) -> list[str]:
    """Keep the first MAX_CAREERS distinct ids; fewer than MIN_CAREERS is refused."""
    seen: list[str] = []
    for cid in career_ids:
        if cid not in seen:
            seen.append(cid)
    if len(seen) < MIN_CAREERS:
        raise ValueError(f"pick at least {MIN_CAREERS} careers to compare")
    return seen[:MAX_CAREERS]


def _fact(f: CareerFigures, key: str) -> Cell:
    fact = f.facts.get(key)
    if fact is None:
        return Cell("text", None)
    return Cell("text", fact.source, text=fact.value)


def _growth(p: Projection | None) -> Cell:
    if p is None or p.change_percent is None:
        return Cell("percent", p.source if p else None)
    return Cell("percent", p.source, number=p.change_percent, period=p.period)


def _median(w: Wage | None) -> Cell:
    if w is None or w.median_annual is None:
        return Cell("money", w.source if w else None)
    return Cell(
        "money",
        w.source,
        number=w.median_annual,
        period=w.source.release,
        at_least="median_annual" in w.top_coded,
    )


def build_rows(figures: list[CareerFigures], *, historical: bool = False) -> list[Row]:
    """The grid's rows for the careers in `figures`, in column order."""
    makers = {
        "degree": lambda f: _fact(f, "degree"),
        "field": lambda f: _fact(f, "field"),
        "certification": lambda f: _fact(f, "certification"),
        "skills": lambda f: _fact(f, "skills"),
        "growth": lambda f: _growth(f.outlook),
        "median": lambda f: _median(f.wage),
        "entry": lambda f: Cell(
            "text",
            f.outlook.source if f.outlook else None,
            text=f.outlook.entry_education if f.outlook else None,
        ),
        "openings": lambda f: (
            Cell(
                "count",
                f.outlook.source,
                number=f.outlook.openings_per_year,
                period=f.outlook.period,
            )
            if f.outlook and f.outlook.openings_per_year is not None
            else Cell("count", None)
        ),
        "growth_then": lambda f: _growth(f.outlook_then),
        "median_then": lambda f: _median(f.wage_then),
    }
    rows = []
    for key, label in ROW_LABELS:
        if key in HISTORICAL_KEYS and not historical:
            continue
        cells = tuple(makers[key](f) for f in figures)
        numeric = any(c.number is not None for c in cells)
        rows.append(Row(key, label, cells, numeric=numeric, historical=key in HISTORICAL_KEYS))
    return rows


def sources_used(rows: list[Row]) -> list[Source]:
    """Distinct sources of the grid, in order of first appearance."""
    seen: dict[str, Source] = {}
    for row in rows:
        for cell in row.cells:
            if cell.source is not None and not cell.missing:
                seen.setdefault(cell.source.source_id, cell.source)
    return list(seen.values())
