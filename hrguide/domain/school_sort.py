"""The school finder's sorting, and which filter to clear when nothing matches."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .outcomes import debt_share
from .rules import sort_missing_last
from .school_filter import IN_STATE, OUT_OF_STATE, SchoolFilter
from .schools import SchoolIndex, filter_rows


def most_limiting(index: SchoolIndex, f: SchoolFilter) -> tuple[str, int] | None:
    """The one active criterion whose removal brings back the most rows, and how many."""
    best: tuple[str, int] | None = None
    for name in f.active():
        n = len(filter_rows(index, f.cleared(name)))
        if best is None or n > best[1]:
            best = (name, n)
    return best


def sort_rows(index: SchoolIndex, rows: list[int], key: str, descending: bool = False) -> list[int]:
    """Rows ordered by one column; rows with no value for it always come last."""
    progs = index.programs
    getters = {
        "school": lambda i: progs[i].school.casefold(),
        "city": lambda i: progs[i].city.casefold(),
        "state": lambda i: progs[i].state,
        "program": lambda i: progs[i].program.casefold(),
        "level": lambda i: progs[i].level_sort,
        "online": lambda i: index.online[i],
        "control": lambda i: progs[i].control,
        "tuition_in_state": lambda i: index.tuition[IN_STATE][i],
        "tuition_out_of_state": lambda i: index.tuition[OUT_OF_STATE][i],
        "completions": lambda i: progs[i].completions,
        "distance": lambda i: index.distance[i],
        "earnings": lambda i: progs[i].earnings,
        "debt_share": lambda i: debt_share(progs[i].debt_median, progs[i].earnings),
        "net_price": lambda i: progs[i].net_price,
    }
    get: Callable[[int], Any] = getters[key]
    return sort_missing_last(
        rows,
        lambda i: None if get(i) is None else (get(i), progs[i].school.casefold(), i),
        descending,
    )
