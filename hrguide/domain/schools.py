"""The school finder's rules: prepared rows, filters and sorting, as pure functions.

The Qt model only shows the rows these functions select; keystroke speed comes from doing
the expensive work (lower-casing, tuition basis, distances) once, in `SchoolIndex`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import NamedTuple

from .geo import miles_between
from .program import Program
from .school_filter import (  # (the filter's names, re-exported for the callers)
    FILTER_NAMES,
    GRADUATE_GROUPS,
    IN_STATE,
    LEVEL_GROUPS,
    OUT_OF_STATE,
    SchoolFilter,
)

__all__ = [
    "FILTER_NAMES",
    "IN_STATE",
    "LEVEL_GROUPS",
    "OUT_OF_STATE",
    "SchoolFilter",
    "SchoolIndex",
    "filter_rows",
    "online_for",
    "tuition_for",
]


def online_for(p: Program) -> bool | None:
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
    """Programs with what filtering and sorting need computed once.

    Text is matched per institution (a school has ~2.3 programs here), and each
    categorical criterion has its rows listed in advance, so a filter starts from the
    smallest list that applies instead of scanning every program.
    """

    programs: Sequence[Program]
    home_unitid: int | None = None
    has_home: bool = False
    online: list[bool | None] = field(init=False)
    tuition: dict[str, list[int | None]] = field(init=False)
    distance: list[float | None] = field(init=False)
    inst_of: list[int] = field(init=False)  # row -> institution number
    inst_hay: list[str] = field(init=False)  # institution number -> "name alias city"
    inst_rows: list[list[int]] = field(init=False)  # institution number -> its rows
    by_state: dict[str, list[int]] = field(init=False)
    by_level: dict[str, list[int]] = field(init=False)
    by_cip: dict[str, list[int]] = field(init=False)
    by_control: dict[int, list[int]] = field(init=False)

    def __post_init__(self) -> None:
        progs = self.programs
        self.online = [online_for(p) for p in progs]
        self.tuition = {b: [tuition_for(p, b) for p in progs] for b in (IN_STATE, OUT_OF_STATE)}
        self.distance = [None] * len(progs)
        number: dict[int, int] = {}
        self.inst_of, self.inst_hay, self.inst_rows = [], [], []
        self.by_state, self.by_level, self.by_cip, self.by_control = {}, {}, {}, {}
        for i, p in enumerate(progs):
            j = number.get(p.unitid)
            if j is None:
                j = number[p.unitid] = len(self.inst_hay)
                self.inst_hay.append(f"{p.school} {p.alias} {p.city}".casefold())
                self.inst_rows.append([])
            self.inst_of.append(j)
            self.inst_rows[j].append(i)
            self.by_state.setdefault(p.state, []).append(i)
            self.by_level.setdefault(p.level_group, []).append(i)
            self.by_cip.setdefault(p.cip_code, []).append(i)
            self.by_control.setdefault(p.control, []).append(i)
        # rows come out of institution lists in row order only if each school's rows are
        # contiguous and schools appear in order (true of the store's ordering)
        flat = [i for rows in self.inst_rows for i in rows]
        self._inst_order_is_row_order = flat == list(range(len(progs)))
        self._text_memo: tuple[str, list[int], Sequence[int], bytearray | None] | None = None

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
        self.has_home = any(d is not None for d in out)

    def text_rows(self, text: str) -> list[int]:
        """Rows of the institutions whose text holds every word of `text` (case-folded).
        Remembers the last answer: when the user types on, the new text extends the old
        one and only the schools that matched are re-tested."""
        words = text.split()
        memo = self._text_memo
        if memo is not None and memo[0] == text:
            return memo[1]
        hay = self.inst_hay
        to_test = set(words)
        matched: Sequence[int]
        if memo is not None and memo[0].split() and text.startswith(memo[0]):
            # Typing on: every school matching the longer text matched the shorter one, and
            # the words the shorter text had complete (all but its last) need no new test.
            matched, same_rows = memo[2], memo[1]
            old = memo[0]
            complete = old.split() if text[len(old) :].startswith(" ") else old.split()[:-1]
            to_test -= set(complete)
        else:
            matched, same_rows = range(len(hay)), None
        before = len(matched)
        # the longest word first: it usually rules out the most schools
        for w in sorted(to_test, key=len, reverse=True):
            matched = [j for j in matched if w in hay[j]]
        if same_rows is not None and len(matched) == before:
            rows = same_rows  # typing on kept every school: the same rows
        else:
            rows = list(chain.from_iterable(map(self.inst_rows.__getitem__, matched)))
            if not self._inst_order_is_row_order:
                rows.sort()
        self._text_memo = (text, rows, matched, None)
        return rows

    def text_flags(self, text: str) -> bytearray:
        """A flag per institution: 1 if its text holds every word of `text`. Made only when
        another filter needs it (typing alone does not), then kept with the last answer."""
        rows = self.text_rows(text)
        memo = self._text_memo
        assert memo is not None and memo[1] is rows
        flags = memo[3]
        if flags is None:
            flags = bytearray(len(self.inst_hay))
            for j in memo[2]:
                flags[j] = 1
            self._text_memo = (memo[0], rows, memo[2], flags)
        return flags


# A filter narrows a list of candidate rows to those that pass it, keeping their order.
# Each one is a list comprehension over the candidates: in CPython that is several times
# faster per row than calling a predicate per row (bench/schools.py).
Narrow = Callable[[Sequence[int]], Sequence[int]]


class _Plan(NamedTuple):
    """What `filter_rows` decided before filtering: the criterion whose row list it starts
    from (that criterion needs no test), the search text, and whether that text is matched
    by scanning every school (`scan_text`) or by testing each candidate's school."""

    start: str
    text: str
    scan_text: bool
    rows: frozenset[int] | None


def filter_rows(
    index: SchoolIndex, f: SchoolFilter, rows: Iterable[int] | None = None
) -> list[int]:
    """Indexes of the programs that pass every criterion of `f`, in index order.

    `rows`, when given, limits the search to those rows (e.g. the previous result while
    the user types on). The search starts from the smallest row list a criterion gives
    outright, then every other criterion's filter narrows it in turn."""
    given = list(rows) if rows is not None else None
    plan, cand = _start(index, f, given)
    narrows = [n for make in FILTERS if (n := make(index, f, plan)) is not None]
    result: Sequence[int] = cand if cand is not None else range(len(index.programs))
    for narrow in narrows:
        result = narrow(result)
    return list(result)


def _start(
    index: SchoolIndex, f: SchoolFilter, rows: list[int] | None
) -> tuple[_Plan, Sequence[int] | None]:
    """The smallest row list that a criterion gives outright (None: every row)."""
    text = " ".join(f.text.casefold().split())
    lists = [(name, found) for name, found in _listed(index, f) if found is not None]
    if rows is not None:
        lists.append(("rows", rows))
    smallest = min((len(found) for _, found in lists), default=len(index.programs))
    # many candidates: scanning the schools' text is cheaper than testing each row's school
    scan_text = bool(text) and smallest > len(index.inst_hay) // 4
    if scan_text:
        lists.append(("text", index.text_rows(text)))
    start, cand = min(lists, key=lambda t: len(t[1])) if lists else ("all", None)
    kept = frozenset(rows) if rows is not None and start != "rows" else None
    return _Plan(start, text, scan_text, kept), cand


def _listed(index: SchoolIndex, f: SchoolFilter) -> list[tuple[str, list[int] | None]]:
    """Each categorical criterion's rows, listed in advance by the index (None: not set)."""
    cips = None
    if f.cip_codes is not None:
        cips = sorted(i for c in f.cip_codes for i in index.by_cip.get(c, []))
    return [
        ("state", None if f.state is None else index.by_state.get(f.state, [])),
        ("level", None if f.level_group is None else index.by_level.get(f.level_group, [])),
        ("control", None if f.control is None else index.by_control.get(f.control, [])),
        ("cip", cips),
    ]


def _field_is(
    field: str, listed_as: str
) -> Callable[[SchoolIndex, SchoolFilter, _Plan], Narrow | None]:
    """The filter for a categorical criterion: the program's `field` equals the filter's
    (none when it is not set, or when the search started from its list, `listed_as` in
    `_listed`)."""

    def make(index: SchoolIndex, f: SchoolFilter, plan: _Plan) -> Narrow | None:
        want = getattr(f, field)
        if want is None or plan.start == listed_as:
            return None
        progs = index.programs
        return lambda cand: [i for i in cand if getattr(progs[i], field) == want]

    return make


def _by_cip(index: SchoolIndex, f: SchoolFilter, plan: _Plan) -> Narrow | None:
    if f.cip_codes is None or plan.start == "cip":
        return None
    progs, cips = index.programs, f.cip_codes
    return lambda cand: [i for i in cand if progs[i].cip_code in cips]


def _by_rows(index: SchoolIndex, f: SchoolFilter, plan: _Plan) -> Narrow | None:
    kept = plan.rows
    if kept is None:
        return None
    return lambda cand: [i for i in cand if i in kept]


def _by_text(index: SchoolIndex, f: SchoolFilter, plan: _Plan) -> Narrow | None:
    """Every word of the search in the program's school: by the flags of a scan of every
    school, or (few candidates) by testing each candidate's school, longest word first."""
    if not plan.text or plan.start == "text":
        return None
    inst_of, hay = index.inst_of, index.inst_hay
    if plan.scan_text:
        flags = index.text_flags(plan.text)
        return lambda cand: [i for i in cand if flags[inst_of[i]]]
    words = sorted(set(plan.text.split()), key=len, reverse=True)
    return lambda cand: [i for i in cand if all(w in hay[inst_of[i]] for w in words)]


def _by_online(index: SchoolIndex, f: SchoolFilter, plan: _Plan) -> Narrow | None:
    if not f.online_only:
        return None
    online = index.online
    return lambda cand: [i for i in cand if online[i] is True]


def _by_graduates(index: SchoolIndex, f: SchoolFilter, plan: _Plan) -> Narrow | None:
    if not f.had_graduates:
        return None
    progs = index.programs
    return lambda cand: [i for i in cand if progs[i].completions > 0]


def _by_tuition(index: SchoolIndex, f: SchoolFilter, plan: _Plan) -> Narrow | None:
    """At most the highest tuition; a program without one passes unless hidden."""
    hide, most = f.hide_no_tuition, f.max_tuition
    if not hide and most is None:
        return None
    tuition = index.tuition[f.tuition_basis if f.tuition_basis in index.tuition else IN_STATE]
    limit = most if most is not None else float("inf")
    return lambda cand: [
        i
        for i in cand
        if ((t := tuition[i]) is None and not hide) or (t is not None and t <= limit)
    ]


def _by_distance(index: SchoolIndex, f: SchoolFilter, plan: _Plan) -> Narrow | None:
    within = f.within_miles
    if within is None:
        return None
    dist = index.distance
    return lambda cand: [i for i in cand if (d := dist[i]) is not None and d <= within]


# A figure that is not reported never passes a limit on it.
def _by_earnings(index: SchoolIndex, f: SchoolFilter, plan: _Plan) -> Narrow | None:
    least = f.min_earnings
    if not f.has_earnings and least is None:
        return None
    progs, floor = index.programs, least if least is not None else float("-inf")
    return lambda cand: [i for i in cand if (e := progs[i].earnings) is not None and e >= floor]


def _by_debt(index: SchoolIndex, f: SchoolFilter, plan: _Plan) -> Narrow | None:
    most = f.max_debt
    if most is None:
        return None
    progs = index.programs
    return lambda cand: [i for i in cand if (d := progs[i].debt_median) is not None and d <= most]


def _by_rate(index: SchoolIndex, f: SchoolFilter, plan: _Plan) -> Narrow | None:
    least = f.min_rate
    if least is None:
        return None
    progs = index.programs
    return lambda cand: [
        i for i in cand if (r := progs[i].completion_rate) is not None and r >= least
    ]


# Every filter, in the order it runs: the school's text and the categorical criteria (one
# look-up each) first, then the rest.
FILTERS: tuple[Callable[[SchoolIndex, SchoolFilter, _Plan], Narrow | None], ...] = (
    _by_text,
    _field_is("state", listed_as="state"),
    _field_is("level_group", listed_as="level"),
    _field_is("control", listed_as="control"),
    _by_cip,
    _by_rows,
    _by_online,
    _by_graduates,
    _by_tuition,
    _by_distance,
    _by_earnings,
    _by_debt,
    _by_rate,
)
