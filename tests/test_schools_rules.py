"""The school finder's pure rules, checked against SQL on the guide database. No Qt."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrguide.domain.school_sort import most_limiting, sort_rows
from hrguide.domain.schools import (
    FILTER_NAMES,
    IN_STATE,
    OUT_OF_STATE,
    SchoolFilter,
    SchoolIndex,
    filter_rows,
)

GRAD = "('postbacc', 'master', 'doctorate')"


@pytest.fixture(scope="module")
def index(store):
    return SchoolIndex(store.programs())


@pytest.fixture(scope="module")
def db(guide_db):
    conn = sqlite3.connect(f"file:{guide_db}?mode=ro", uri=True)
    yield conn
    conn.close()


def ids(index, rows):
    return {index.programs[i].program_id for i in rows}


def sql_ids(db, where: str, params=()):
    return {
        r[0] for r in db.execute(f"SELECT program_id FROM program_details WHERE {where}", params)
    }


def test_no_filter_selects_every_program(index):
    assert len(filter_rows(index, SchoolFilter())) == len(index) == 5086


@pytest.mark.parametrize("state", ["AL", "CA", "TX", "PR", "DC"])
def test_state(index, db, state):
    got = ids(index, filter_rows(index, SchoolFilter(state=state)))
    assert got == sql_ids(db, "state = ?", (state,)) and got


@pytest.mark.parametrize(
    "group", ["certificate", "associate", "bachelor", "master", "doctorate", "postbacc"]
)
def test_level(index, db, group):
    got = ids(index, filter_rows(index, SchoolFilter(level_group=group)))
    assert got == sql_ids(db, "level_group = ?", (group,)) and got


@pytest.mark.parametrize(
    ("career_id", "expected", "not_expected"),
    [
        ("medical-coder", {"51.0713"}, {"51.0706", "51.0707"}),  # no HIM bachelor's programs
        ("health-information-technician", {"51.0707"}, {"51.0706", "51.0713"}),
        ("health-information-technologist", {"51.0721", "51.0707", "51.2706"}, set()),
        ("health-services-administrator", {"51.0701", "51.0702", "51.2211", "51.0718"}, set()),
        ("medical-practice-manager", {"51.0705", "51.0701"}, set()),
    ],
)
def test_each_career_lists_the_programs_a_counselor_expects(
    index, db, store, career_id, expected, not_expected
):
    links = store.program_links(career_id)
    assert expected <= set(links) and not (not_expected & set(links))
    cips = frozenset(links)
    got = ids(index, filter_rows(index, SchoolFilter(cip_codes=cips)))
    assert got == sql_ids(
        db,
        "cip_code IN (SELECT cip_code FROM career_programs WHERE career_id = ?)",
        (career_id,),
    )
    assert got  # every listed program family has schools


def test_links_the_crosswalk_lacks_are_marked_editorial(store):
    assert store.program_links("medical-practice-manager")["51.0705"] == "editorial"
    assert store.program_links("medical-coder")["51.0713"] == "crosswalk"


def test_the_wider_programs_are_in_and_too_broad_ones_are_out(db):
    """Issue 15: the natural programs for administrators, practice managers and registrars
    are findable; computer science, nursing, pharmacy and general public health are not."""
    cips = {r[0] for r in db.execute("SELECT DISTINCT cip_code FROM programs")}
    assert {"51.0702", "51.2211", "51.0718", "51.0705", "51.0721", "51.0723"} <= cips
    assert not cips & {"11.0101", "51.3801", "51.3818", "51.2001", "51.2201"}
    # the count the finder shows follows the data: every C2024_A row of the listed codes
    rows = _rows_of("ipeds-2024-wider-cip/c2024_a_completions_wider_cip.csv")
    assert db.execute("SELECT COUNT(*) FROM programs").fetchone()[0] == sum(
        1 for r in rows if r["CIPCODE"] in cips
    )


def test_online_only_uses_the_level_appropriate_institution_flag(index, db):
    got = ids(index, filter_rows(index, SchoolFilter(online_only=True)))
    want = sql_ids(
        db,
        f"(level_group IN {GRAD} AND online_grad_programs = 1) OR "
        f"(level_group NOT IN {GRAD} AND online_ug_programs = 1)",
    )
    assert got == want and 0 < len(got) < len(index)


@pytest.mark.parametrize("control", [1, 2, 3])
def test_control(index, db, control):
    got = ids(index, filter_rows(index, SchoolFilter(control=control)))
    assert got == sql_ids(db, "control = ?", (control,))


@pytest.mark.parametrize(
    ("basis", "ug", "grad"),
    [
        (IN_STATE, "ug_in_state", "grad_in_state"),
        (OUT_OF_STATE, "ug_out_of_state", "grad_out_of_state"),
    ],
)
@pytest.mark.parametrize("hide", [False, True])
def test_max_tuition_keeps_unreported_unless_hidden(index, db, basis, ug, grad, hide):
    f = SchoolFilter(max_tuition=5000, tuition_basis=basis, hide_no_tuition=hide)
    got = ids(index, filter_rows(index, f))
    value = f"CASE WHEN level_group IN {GRAD} THEN {grad} ELSE {ug} END"
    missing = "" if hide else f" OR {value} IS NULL"
    assert got == sql_ids(db, f"{value} <= 5000{missing}")


def test_had_graduates(index, db):
    got = ids(index, filter_rows(index, SchoolFilter(had_graduates=True)))
    assert got == sql_ids(db, "completions > 0")
    assert len(index) - len(got) == 1354  # C2024_A rows with no awards in 2023-24


@pytest.mark.parametrize("word", ["community", "Phoenix", "SPRINGS", "uab"])
def test_text_matches_name_alias_or_city(index, db, word):
    got = ids(index, filter_rows(index, SchoolFilter(text=word)))
    like = f"%{word}%"
    assert got == sql_ids(db, "school LIKE ? OR alias LIKE ? OR city LIKE ?", (like,) * 3)
    assert got


def test_text_words_must_all_match(index):
    both = ids(index, filter_rows(index, SchoolFilter(text="state community")))
    assert both
    for pid in both:
        p = next(p for p in index.programs if p.program_id == pid)
        hay = f"{p.school} {p.alias} {p.city}".lower()
        assert "state" in hay and "community" in hay


def test_combined_filters_are_the_intersection(index, db):
    f = SchoolFilter(state="TX", level_group="associate", had_graduates=True, control=1)
    got = ids(index, filter_rows(index, f))
    assert got == sql_ids(
        db, "state = 'TX' AND level_group = 'associate' AND completions > 0 AND control = 1"
    )
    assert got


def test_distance_filter(index, store):
    home = store.institution(100663)  # University of Alabama at Birmingham
    index.set_home(home.latitude, home.longitude, home.unitid)
    try:
        rows = filter_rows(index, SchoolFilter(within_miles=50))
        assert rows and all(index.distance[i] <= 50 for i in rows)
        assert {index.programs[i].state for i in rows} == {"AL"}
        assert any(index.programs[i].unitid == 100663 for i in rows)
    finally:
        index.set_home(None, None)
    assert not index.has_home


def test_most_limiting_names_the_filter_to_clear(index):
    f = SchoolFilter(text="zzzz-no-such-school", state="AR")
    assert filter_rows(index, f) == []
    name, count = most_limiting(index, f)
    assert name == "text" and count == len(filter_rows(index, SchoolFilter(state="AR")))


def test_cleared_and_active(index):
    f = SchoolFilter(state="AL", online_only=True)
    assert f.active() == ["state", "online_only"]
    assert f.cleared("state") == SchoolFilter(online_only=True)
    assert SchoolFilter(text="   ").active() == []
    assert set(FILTER_NAMES) <= set(SchoolFilter._fields)


@pytest.mark.parametrize("key", ["school", "state", "tuition_in_state", "completions", "level"])
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_puts_missing_last(index, key, descending):
    rows = sort_rows(index, filter_rows(index, SchoolFilter(state="CA")), key, descending)
    getter = {
        "school": lambda i: index.programs[i].school.casefold(),
        "state": lambda i: index.programs[i].state,
        "tuition_in_state": lambda i: index.tuition[IN_STATE][i],
        "completions": lambda i: index.programs[i].completions,
        "level": lambda i: index.programs[i].level_sort,
    }[key]
    values = [getter(i) for i in rows]
    known = [v for v in values if v is not None]
    assert known == sorted(known, reverse=descending)
    assert values == known + [None] * (len(values) - len(known))


filters = st.builds(
    SchoolFilter,
    text=st.text(max_size=30)
    | st.sampled_from(["<b>x</b>", "'; DROP TABLE programs; --", "%", "_", "\\", "\x00"]),
    state=st.none() | st.sampled_from(["AL", "CA", "ZZ", ""]),
    level_group=st.none() | st.sampled_from(["certificate", "master", "nonsense"]),
    online_only=st.booleans(),
    control=st.none() | st.integers(min_value=-1, max_value=4),
    max_tuition=st.none() | st.integers(min_value=0, max_value=100000),
    tuition_basis=st.sampled_from([IN_STATE, OUT_OF_STATE, "bogus"]),
    hide_no_tuition=st.booleans(),
    had_graduates=st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(f=filters)
def test_any_filter_never_raises_and_never_adds_rows(index, f):
    rows = filter_rows(index, f)
    assert len(rows) <= len(index)
    assert rows == sorted(set(rows))
    # narrowing: each row also passes the same filter without its text
    assert set(rows) <= set(filter_rows(index, f.cleared("text")))


@settings(max_examples=200, deadline=None)
@given(
    before=st.sampled_from(["", "c", "co", "community", "college", "a b"]),
    text=st.sampled_from(["", "c", "co", "community", "community c", "college", "a b", "zzz"]),
    state=st.sampled_from([None, "TX", "CA", "AL", "WY"]),
    level=st.sampled_from([None, "associate", "bachelor", "certificate"]),
)
def test_text_with_other_filters_is_the_row_by_row_answer(index, before, text, state, level):
    """Whichever way the rule takes (the schools' text scanned once and flagged, or each
    candidate row's school tested; typing on from the last search or afresh), the rows
    are those a plain reading of each program gives."""
    filter_rows(index, SchoolFilter(text=before))  # the index remembers the last search
    got = filter_rows(index, SchoolFilter(text=text, state=state, level_group=level))
    words = text.casefold().split()
    want = [
        i
        for i, p in enumerate(index.programs)
        if all(w in f"{p.school} {p.alias} {p.city}".casefold() for w in words)
        and state in (None, p.state)
        and level in (None, p.level_group)
    ]
    assert got == want


@pytest.mark.parametrize("typed", ["community college", "st  mary", "a b c", "UNIVERSITY of"])
def test_typing_on_gives_the_same_rows_as_a_fresh_search(store, typed):
    """The index remembers the last text search; extending it must not change results."""
    programs = store.programs()
    typing = SchoolIndex(programs)
    for n in range(1, len(typed) + 1):
        f = SchoolFilter(text=typed[:n])
        assert filter_rows(typing, f) == filter_rows(SchoolIndex(programs), f), typed[:n]
    for n in range(len(typed), 0, -1):  # and deleting back
        f = SchoolFilter(text=typed[:n])
        assert filter_rows(typing, f) == filter_rows(SchoolIndex(programs), f), typed[:n]


def test_industry_rankings_and_shares_use_one_level(store):
    """Issue 15: ownership totals (611005, 622002 ...) overlapped the industries they
    contain, so shares added up to more than 100 % and the highest-paying industry of
    29-2072 was "Educational Services, Privately Owned"."""
    from hrguide.domain.rules import industry_extremes, is_ownership_total, one_level, top_employers

    for soc in ("29-2072", "29-9021", "11-9111", "43-6013"):
        wages = store.industry_wages(soc, 4)
        assert any(is_ownership_total(w.industry_code) for w in wages) or soc != "29-2072"
        level = one_level(wages)
        national = store.national_wage(soc).employment
        assert sum(w.employment or 0 for w in level) <= national
        high, low = industry_extremes(wages)
        for w in high + low + top_employers(wages):
            assert not is_ownership_total(w.industry_code), w.industry_title
    high, _low = industry_extremes(store.industry_wages("29-2072", 4))
    assert high[0].industry_code != "611005"


def _rows_of(rel: str) -> list[dict]:
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "data" / "sources" / rel
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize(
    ("f", "where"),
    [
        (SchoolFilter(has_earnings=True), "earnings IS NOT NULL"),
        (SchoolFilter(min_earnings=50000), "earnings >= 50000"),
        (SchoolFilter(max_debt=20000), "debt_median <= 20000"),
        (
            SchoolFilter(has_earnings=True, max_debt=25000, state="TX"),
            "earnings IS NOT NULL AND debt_median <= 25000 AND state = 'TX'",
        ),
    ],
)
def test_outcome_filters_keep_only_reported_figures_within_the_limit(index, db, f, where):
    """Issue 16: a missing figure never passes a limit on it (not 0, not 'unknown is fine')."""
    got = ids(index, filter_rows(index, f))
    assert got == sql_ids(db, where) and got


def test_a_programs_outcome_is_its_familys_at_its_level(store):
    """UAB's 51.0701 bachelor's (award level 5) carries 5107's bachelor's row (level 3):
    $53,021 and $25,125 (value_check_cip4_5107_5122_5127_1108.csv)."""
    p = next(p for p in store.programs() if p.program_id == "100663:51.0701:5")
    assert (p.earnings, p.debt_median) == (53021, 25125)


def _passes(index, i, f):
    """Every criterion read plainly off program `i`: the reference for the composed filters
    (a figure that is not reported never passes a limit on it)."""
    p = index.programs[i]
    basis = f.tuition_basis if f.tuition_basis in index.tuition else IN_STATE
    t, d = index.tuition[basis][i], index.distance[i]
    hay = f"{p.school} {p.alias} {p.city}".casefold()
    checks = (
        all(w in hay for w in f.text.casefold().split()),
        f.state in (None, p.state),
        f.level_group in (None, p.level_group),
        f.control in (None, p.control),
        f.cip_codes is None or p.cip_code in f.cip_codes,
        not f.online_only or index.online[i] is True,
        not f.had_graduates or p.completions > 0,
        t is not None or not f.hide_no_tuition,
        f.max_tuition is None or t is None or t <= f.max_tuition,
        f.within_miles is None or (d is not None and d <= f.within_miles),
        not f.has_earnings or p.earnings is not None,
        f.min_earnings is None or (p.earnings is not None and p.earnings >= f.min_earnings),
        f.max_debt is None or (p.debt_median is not None and p.debt_median <= f.max_debt),
        f.min_rate is None or (p.completion_rate is not None and p.completion_rate >= f.min_rate),
    )
    return all(checks)


every_filter = st.builds(
    SchoolFilter,
    text=st.sampled_from(["", "c", "community", "college of", "zzz", "st mary"]),
    state=st.none() | st.sampled_from(["AL", "CA", "TX", "ZZ"]),
    level_group=st.none() | st.sampled_from(["certificate", "associate", "bachelor"]),
    cip_codes=st.none() | st.sampled_from([frozenset(), frozenset({"51.0707"})]),
    online_only=st.booleans(),
    control=st.none() | st.integers(min_value=1, max_value=3),
    max_tuition=st.none() | st.integers(min_value=0, max_value=40000),
    tuition_basis=st.sampled_from([IN_STATE, OUT_OF_STATE]),
    hide_no_tuition=st.booleans(),
    had_graduates=st.booleans(),
    within_miles=st.none() | st.sampled_from([25.0, 400.0]),
    has_earnings=st.booleans(),
    min_earnings=st.none() | st.integers(min_value=20000, max_value=60000),
    max_debt=st.none() | st.integers(min_value=5000, max_value=30000),
    min_rate=st.none() | st.floats(min_value=0, max_value=100),
)


@settings(max_examples=300, deadline=None)
@given(f=every_filter, limit=st.none() | st.sampled_from([0, 50, 2000]))
def test_the_composed_filters_are_every_criterion_read_plainly(store, f, limit):
    """Whichever list the search starts from and whichever filters it then applies, the
    rows are those that pass every criterion read plainly off each program; given rows
    (typing on) limit the answer to them."""
    index = SchoolIndex(store.programs())
    index.set_home(33.5, -86.8)  # Birmingham, Alabama: some programs near, most far
    given_rows = None if limit is None else list(range(0, len(index), 3))[:limit]
    got = filter_rows(index, f, given_rows)
    pool = range(len(index)) if given_rows is None else given_rows
    assert got == sorted(i for i in pool if _passes(index, i, f))
