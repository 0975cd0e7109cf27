"""The school finder's rules: prepared rows, filters and sorting, as pure functions.

The Qt model only shows the rows these functions select; keystroke speed comes from doing
the expensive work (lower-casing, tuition basis, distances) once, in `SchoolIndex`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain

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


def filter_rows(
    index: SchoolIndex, f: SchoolFilter, rows: Iterable[int] | None = None
) -> list[int]:
    """Indexes of the programs that pass every criterion of `f`, in index order.

    `rows`, when given, limits the search to those rows (e.g. the previous result while
    the user types on)."""
    progs = index.programs
    text = " ".join(f.text.casefold().split())
    words = text.split()
    # Start from the smallest row list that a criterion gives outright.
    lists: list[tuple[str, list[int]]] = []
    if f.state is not None:
        lists.append(("state", index.by_state.get(f.state, [])))
    if f.level_group is not None:
        lists.append(("level", index.by_level.get(f.level_group, [])))
    if f.control is not None:
        lists.append(("control", index.by_control.get(f.control, [])))
    if f.cip_codes is not None:
        cip_rows = [i for c in f.cip_codes for i in index.by_cip.get(c, [])]
        cip_rows.sort()
        lists.append(("cip", cip_rows))
    if rows is not None:
        lists.append(("rows", list(rows)))
    use_text = False
    smallest = min((len(rows_) for _, rows_ in lists), default=len(progs))
    if words and smallest > len(index.inst_hay) // 4:
        # scanning the schools' text is cheaper than testing each candidate row
        lists.append(("text", index.text_rows(text)))
        use_text = True
    cand: Sequence[int] | None
    base_name, cand = min(lists, key=lambda t: len(t[1])) if lists else ("all", None)

    need_state = f.state is not None and base_name != "state"
    need_level = f.level_group is not None and base_name != "level"
    need_control = f.control is not None and base_name != "control"
    need_cip = f.cip_codes is not None and base_name != "cip"
    need_text = use_text and base_name != "text"
    # few candidates: test their schools' text directly instead of scanning every school
    row_words = words if words and not use_text else None
    hay = index.inst_hay
    need_rows = rows is not None and base_name != "rows"
    row_set: set[int] = set(rows) if need_rows and rows is not None else set()
    tuition = index.tuition[f.tuition_basis if f.tuition_basis in index.tuition else IN_STATE]
    need_tuition = f.hide_no_tuition or f.max_tuition is not None
    has_earnings, min_e, max_d, min_r = f.has_earnings, f.min_earnings, f.max_debt, f.min_rate
    need_outcome = has_earnings or min_e is not None or max_d is not None or min_r is not None
    checks = (
        need_state
        or need_level
        or need_control
        or need_cip
        or need_text
        or need_rows
        or row_words is not None
        or need_tuition
        or f.online_only
        or f.had_graduates
        or f.within_miles is not None
        or need_outcome
    )
    if cand is None:
        if not checks:
            return list(range(len(progs)))
        cand = range(len(progs))
    elif not checks:
        return list(cand)

    online, dist, inst_of = index.online, index.distance, index.inst_of
    # local names for the loop: attribute look-ups cost as much as the tests themselves
    state, level, control, cips = f.state, f.level_group, f.control, f.cip_codes or frozenset()
    # The tests on a school's text, state, level, control and program code run first, one
    # list comprehension each: in CPython that is several times faster per row than the
    # loop below, which keeps only the tests that need more than one look-up.
    if need_text:
        flags = index.text_flags(text)
        cand = [i for i in cand if flags[inst_of[i]]]
    if need_state:
        cand = [i for i in cand if progs[i].state == state]
    if need_level:
        cand = [i for i in cand if progs[i].level_group == level]
    if need_control:
        cand = [i for i in cand if progs[i].control == control]
    if need_cip:
        cand = [i for i in cand if progs[i].cip_code in cips]
    if need_rows:
        cand = [i for i in cand if i in row_set]
    for w in sorted(row_words or (), key=len, reverse=True):  # the longest rules out most
        cand = [i for i in cand if w in hay[inst_of[i]]]
    online_only, had_graduates = f.online_only, f.had_graduates
    hide_missing, max_t, within = f.hide_no_tuition, f.max_tuition, f.within_miles
    if not (need_tuition or online_only or had_graduates or within is not None or need_outcome):
        return list(cand)
    out: list[int] = []
    append = out.append
    for i in cand:
        p = progs[i]
        if online_only and online[i] is not True:
            continue
        if had_graduates and p.completions <= 0:
            continue
        if need_tuition:
            t = tuition[i]
            if t is None:
                if hide_missing:
                    continue
            elif max_t is not None and t > max_t:
                continue
        if within is not None:
            d = dist[i]
            if d is None or d > within:
                continue
        if need_outcome:  # a figure that is not reported never passes a limit on it
            e = p.earnings
            if e is None and (has_earnings or min_e is not None):
                continue
            if min_e is not None and e is not None and e < min_e:
                continue
            if max_d is not None and (p.debt_median is None or p.debt_median > max_d):
                continue
            if min_r is not None and (p.completion_rate is None or p.completion_rate < min_r):
                continue
        append(i)
    return out
