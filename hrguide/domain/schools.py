"""The school finder's rules: prepared rows, filters and sorting, as pure functions.

The Qt model only shows the rows these functions select; keystroke speed comes from doing
the expensive work (lower-casing, tuition basis, distances) once, in `SchoolIndex`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .geo import miles_between
from .models import Program

LEVEL_GROUPS = ("certificate", "associate", "bachelor", "postbacc", "master", "doctorate")
GRADUATE_GROUPS = frozenset({"postbacc", "master", "doctorate"})
IN_STATE, OUT_OF_STATE = "in_state", "out_of_state"


@dataclass(frozen=True)
class SchoolFilter:
    """Every filter of the Schools tab; the default selects every program."""

    text: str = ""
    state: str | None = None
    level_group: str | None = None
    cip_codes: frozenset[str] | None = None
    online_only: bool = False
    control: int | None = None
    max_tuition: int | None = None
    tuition_basis: str = IN_STATE
    hide_no_tuition: bool = False
    had_graduates: bool = False
    within_miles: float | None = None

    def cleared(self, name: str) -> SchoolFilter:
        """This filter with one criterion back at its default."""
        return replace(self, **{name: getattr(SchoolFilter(), name)})

    def active(self) -> list[str]:
        """Names of the criteria that narrow the list (tuition basis alone does not)."""
        default = SchoolFilter()
        names = [n for n in FILTER_NAMES if getattr(self, n) != getattr(default, n)]
        if self.text.strip() == "" and "text" in names:
            names.remove("text")
        return names


FILTER_NAMES = ("text", "state", "level_group", "cip_codes", "online_only", "control",
                "max_tuition", "hide_no_tuition", "had_graduates", "within_miles")


def _online(p: Program) -> bool | None:
    """IPEDS reports distance education per institution and level, not per program."""
    return p.online_grad if p.level_group in GRADUATE_GROUPS else p.online_ug


def tuition_for(p: Program, basis: str) -> int | None:
    """Published tuition and fees for the program's level: graduate charges for graduate
    awards, undergraduate charges otherwise."""
    if p.level_group in GRADUATE_GROUPS:
        return p.grad_in_state if basis == IN_STATE else p.grad_out_of_state
    return p.tuition_in_state if basis == IN_STATE else p.tuition_out_of_state


@dataclass
class SchoolIndex:
    """Programs with what filtering and sorting need computed once."""

    programs: Sequence[Program]
    haystack: list[str] = field(init=False)
    online: list[bool | None] = field(init=False)
    tuition: dict[str, list[int | None]] = field(init=False)
    distance: list[float | None] = field(init=False)
    home_unitid: int | None = None

    def __post_init__(self) -> None:
        self.haystack = [f"{p.school} {p.alias} {p.city}".casefold() for p in self.programs]
        self.online = [_online(p) for p in self.programs]
        self.tuition = {b: [tuition_for(p, b) for p in self.programs]
                        for b in (IN_STATE, OUT_OF_STATE)}
        self.distance = [None] * len(self.programs)

    def __len__(self) -> int:
        return len(self.programs)

    def set_home(self, lat: float | None, lon: float | None, unitid: int | None = None) -> None:
        """Distances in miles from a home point (None clears them)."""
        self.home_unitid = unitid if lat is not None else None
        cache: dict[int, float | None] = {}
        out: list[float | None] = []
        for p in self.programs:
            if lat is None or lon is None or p.latitude is None or p.longitude is None:
                out.append(None)
                continue
            if p.unitid not in cache:
                cache[p.unitid] = miles_between(lat, lon, p.latitude, p.longitude)
            out.append(cache[p.unitid])
        self.distance = out

    @property
    def has_home(self) -> bool:
        return any(d is not None for d in self.distance)


def filter_rows(index: SchoolIndex, f: SchoolFilter, rows: Iterable[int] | None = None) -> list[int]:
    """Indexes of the programs that pass every criterion of `f`, in index order."""
    words = f.text.casefold().split()
    progs, hay, online = index.programs, index.haystack, index.online
    tuition = index.tuition[f.tuition_basis if f.tuition_basis in index.tuition else IN_STATE]
    dist = index.distance
    out = []
    for i in range(len(progs)) if rows is None else rows:
        p = progs[i]
        if f.state is not None and p.state != f.state:
            continue
        if f.level_group is not None and p.level_group != f.level_group:
            continue
        if f.cip_codes is not None and p.cip_code not in f.cip_codes:
            continue
        if f.control is not None and p.control != f.control:
            continue
        if f.online_only and online[i] is not True:
            continue
        if f.had_graduates and p.completions <= 0:
            continue
        t = tuition[i]
        if t is None:
            if f.hide_no_tuition:
                continue
        elif f.max_tuition is not None and t > f.max_tuition:
            continue
        if f.within_miles is not None:
            d = dist[i]
            if d is None or d > f.within_miles:
                continue
        if words:
            h = hay[i]
            if not all(w in h for w in words):
                continue
        out.append(i)
    return out


def most_limiting(index: SchoolIndex, f: SchoolFilter) -> tuple[str, int] | None:
    """The one active criterion whose removal brings back the most rows, and how many."""
    best: tuple[str, int] | None = None
    for name in f.active():
        n = len(filter_rows(index, f.cleared(name)))
        if best is None or n > best[1]:
            best = (name, n)
    return best


SORT_KEYS = ("school", "city", "state", "program", "level", "online", "control",
             "tuition_in_state", "tuition_out_of_state", "completions", "distance")


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
    }
    get = getters[key]
    known = [i for i in rows if get(i) is not None]
    missing = [i for i in rows if get(i) is None]
    known.sort(key=lambda i: (get(i), progs[i].school.casefold(), i), reverse=descending)
    return known + missing
