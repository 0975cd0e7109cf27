"""Small pure rules the pages share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from .models import Wage

DATED_AFTER_YEARS = 5
T = TypeVar("T")


def sort_missing_last(
    items: Sequence[T], key: Callable[[T], Any], descending: bool = False
) -> list[T]:
    """`items` ordered by `key`; items whose key is None come last in either order (a
    missing figure is never the highest or the lowest). The sort is stable."""
    known = [item for item in items if key(item) is not None]
    missing = [item for item in items if key(item) is None]
    known.sort(key=key, reverse=descending)
    return known + missing


def is_dated(year: int | None, current_year: int) -> bool:
    """A figure is labelled as dated when it describes a year more than five years ago."""
    return year is not None and current_year - year > DATED_AFTER_YEARS


def is_ownership_total(industry_code: str) -> bool:
    """OEWS's ownership rows ("Hospitals, State Government Owned" 622002, "Educational
    Services, Privately Owned" 611005) end in 1-5: they are totals across industries that
    also appear on their own (622100 General Medical and Surgical Hospitals), so they
    overlap the industry rows. Industries (and OEWS's own government designations, 999100
    and so on) end in 0."""
    return not industry_code.endswith("0")


def one_level(wages: Iterable[Wage]) -> list[Wage]:
    """Industry rows of one level of the hierarchy, without the ownership totals that
    overlap them: their employment shares add up to at most 100 %, and a ranking names
    industries, never an ownership total."""
    return [w for w in wages if not is_ownership_total(w.industry_code)]


def industry_extremes(
    wages: Iterable[Wage], count: int = 5, min_employment: int = 100
) -> tuple[list[Wage], list[Wage]]:
    """Highest- and lowest-paying industries by median, among those with a published
    median and employment; ties broken by title so the order is stable."""
    usable = [
        w
        for w in one_level(wages)
        if w.median_annual is not None and (w.employment or 0) >= min_employment
    ]
    by_pay = sorted(usable, key=lambda w: (-(w.median_annual or 0), w.industry_title))
    highest = by_pay[:count]
    lowest = sorted(usable, key=lambda w: (w.median_annual, w.industry_title))[:count]
    return highest, lowest


def top_employers(wages: Iterable[Wage], count: int = 8) -> list[Wage]:
    """Industries employing the most people in an occupation (one level: see one_level)."""
    usable = [w for w in one_level(wages) if w.employment]
    return sorted(usable, key=lambda w: (-(w.employment or 0), w.industry_title))[:count]


def share_of(part: int | None, whole: int | None) -> float | None:
    if not part or not whole:
        return None
    return 100.0 * part / whole


def match_area(wages: Iterable[Wage], text: str) -> list[Wage]:
    """Areas whose title contains every word of `text` (case-insensitive)."""
    words = text.casefold().split()
    return [w for w in wages if all(word in w.area_title.casefold() for word in words)]
