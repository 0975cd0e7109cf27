"""The read-only store: records out, bad databases refused with one clear error."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrguide.domain.schema import SCHEMA_VERSION
from hrguide.store import GuideDataError, GuideStore, check_database


def test_store_is_read_only(store):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store._conn.execute("DELETE FROM careers")


def test_careers_in_order_with_core_first(store):
    careers = store.careers()
    assert [c.career_id for c in careers[:2]] == [
        "health-information-technician",
        "health-information-manager",
    ]
    assert all(c.is_core for c in careers[:2]) and not careers[2].is_core


def test_profile_gathers_everything(store):
    p = store.profile("health-information-technician")
    assert p.tasks and p.skills and p.education and p.credentials and p.related
    assert p.national_wage.median_annual == 51140
    assert p.national_wage.source.citation == "BLS OEWS, May 2025"
    assert p.outlook.period == "2025-35"
    assert "RHIT" in {c.abbreviation for c in p.credentials}
    assert p.career.ratings_are_legacy


@pytest.mark.parametrize(
    ("text", "career_id"),
    [
        ("coder", "medical-coder"),
        ("RHIT", "health-information-technician"),
        ("cancer registrar", "health-information-technologist"),
        ("DBA", "database-administrator"),
        ("practice manager", "medical-practice-manager"),
    ],
)
def test_search_finds_the_right_career_first(store, text, career_id):
    hits = store.search(text)
    assert hits and (hits[0].kind, hits[0].ref) == ("career", career_id)


def test_search_finds_schools_and_credentials(store):
    assert any(h.kind == "school" for h in store.search("Enterprise State"))
    assert any(h.kind == "credential" and h.ref == "rhia" for h in store.search("RHIA"))


def test_search_lists_pages_in_the_language_asked_for_only(store):
    # "RHIA" and "O*NET" are in pages of both languages
    for word in ("RHIA", "O*NET"):
        english = {(h.ref, h.title) for h in store.search(word) if h.kind == "page"}
        pages = {(h.ref, h.title) for h in store.search(word, lang="es") if h.kind == "page"}
        assert len(english) >= 2 and {r for r, _ in english} == {r for r, _ in pages}
        assert all(store.page(ref, lang="es").title == title for ref, title in pages)
        assert all(store.page(ref).title == title for ref, title in english)


def test_search_names_careers_in_the_language_asked_for(store):
    hit = next(h for h in store.search("coder", lang="es") if h.kind == "career")
    assert hit.title == store.career(hit.ref, lang="es").title != store.career(hit.ref).title


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_search_never_raises_on_any_text(store, text):
    hits = store.search(text)
    assert len(hits) <= 20


@pytest.mark.parametrize(
    "text",
    [
        "'; DROP TABLE careers; --",
        '"',
        "*",
        "NEAR(",
        "a OR",
        "<b>RHIT</b>",
        "coder AND",
        "^",
        ":",
        "((",
    ],
)
def test_search_treats_query_syntax_as_text(store, text):
    store.search(text)  # no exception
    assert store.counts()["careers"] == 8


# -- bad databases ------------------------------------------------------------------------
def _copy(guide_db, tmp_path):
    target = tmp_path / "guide.db"
    shutil.copy(guide_db, target)
    return target


def _bad_missing(guide_db, tmp_path):
    return tmp_path / "nowhere.db"


def _bad_empty(guide_db, tmp_path):
    p = tmp_path / "empty.db"
    p.write_bytes(b"")
    return p


def _bad_random(guide_db, tmp_path):
    p = tmp_path / "random.db"
    p.write_bytes(bytes(range(256)) * 64)
    return p


def _bad_truncated(guide_db, tmp_path):
    p = _copy(guide_db, tmp_path)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 3])
    return p


def _bad_version(guide_db, tmp_path):
    p = _copy(guide_db, tmp_path)
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    return p


def _bad_missing_table(guide_db, tmp_path):
    p = _copy(guide_db, tmp_path)
    conn = sqlite3.connect(p)
    conn.execute("DROP VIEW career_latest_wage")
    conn.execute("DROP VIEW career_outlook")
    conn.execute("DROP TABLE career_credentials")
    conn.execute("DROP TABLE career_facts")
    conn.commit()
    conn.close()
    return p


def _bad_folder(guide_db, tmp_path):
    return tmp_path


def _bad_other_sqlite(guide_db, tmp_path):
    p = tmp_path / "other.db"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    return p


BAD = {
    "missing": (_bad_missing, "not found"),
    "empty": (_bad_empty, "empty"),
    "random bytes": (_bad_random, "not an SQLite database"),
    "truncated": (_bad_truncated, "damaged"),
    "wrong version": (_bad_version, "schema version"),
    "missing table": (_bad_missing_table, "lacks the tables career_facts"),
    "a folder": (_bad_folder, "folder"),
    "another sqlite file": (_bad_other_sqlite, "schema version 0"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_database_gives_the_clear_error(guide_db, tmp_path, case):
    make, words = BAD[case]
    path = make(guide_db, tmp_path)
    with pytest.raises(GuideDataError) as info:
        GuideStore(path)
    assert str(path) in str(info.value)
    assert words in str(info.value)
    assert info.value.advice
    with pytest.raises(GuideDataError):
        check_database(path)


def test_corruption_inside_the_file_is_caught_by_check(guide_db, tmp_path):
    p = _copy(guide_db, tmp_path)
    data = bytearray(p.read_bytes())
    page = 4096
    for offset in range(page * 20, page * 40, 7):  # scribble over some b-tree pages
        data[offset] = 0xFF
    p.write_bytes(bytes(data))
    with pytest.raises(GuideDataError, match="integrity|damaged"):
        check_database(p)


def test_check_reports_counts_and_releases(guide_db):
    report = check_database(guide_db)
    assert report.schema_version == SCHEMA_VERSION
    assert report.integrity == "ok"
    assert report.counts["careers"] == 8 and report.counts["programs"] == 5086
    assert report.releases["release.bls-oews-2025"] == "May 2025"
    assert report.data_release


def test_search_terms_are_bounded_whatever_is_typed():
    from hrguide.domain.search import (
        MAX_CHARS,
        MAX_WORD_CHARS,
        MAX_WORDS,
        fts_query,
        search_terms,
    )

    assert search_terms("medical  coder, medical!") == ["medical", "coder"]
    assert fts_query(["medical", "cod"]) == '"medical" "cod"*'
    many = " ".join(f"w{i}" for i in range(30))
    terms = search_terms(many)
    assert len(terms) == MAX_WORDS and terms[0] == "w0"
    assert search_terms("x" * 500) == ["x" * MAX_WORD_CHARS]
    assert len(search_terms("a b " * 10_000)) <= MAX_WORDS
    assert search_terms("word " * 1000 + "tail") == ["word"]  # cut at MAX_CHARS first
    assert len(("word " * 1000)[:MAX_CHARS]) == MAX_CHARS
    assert search_terms('"; DROP TABLE x; NEAR( *') == ["DROP", "TABLE", "x", "NEAR"]


def test_search_with_a_thousand_words_still_answers(store):
    text = " ".join(["coder"] * 500 + [f"word{i}" for i in range(500)])
    assert isinstance(store.search(text), list)


def test_a_careers_national_pay_is_an_index_seek(store):
    """The career cards read each career's national pay: with the index on the area type,
    a seek on every column asked, not a scan of an occupation's ~740 rows (issue 19)."""
    asked: list[str] = []
    store._conn.set_trace_callback(asked.append)
    try:
        assert store.national_wage("29-2072") is not None
    finally:
        store._conn.set_trace_callback(None)
    (sql,) = [q for q in asked if "FROM wages" in q]
    plan = " ".join(r[-1] for r in store._conn.execute("EXPLAIN QUERY PLAN " + sql))
    assert "wages_by_area_type" in plan and "industry_code=?" in plan, plan


def test_every_schools_state_has_its_name_from_the_ipeds_labels(store):
    import csv

    from conftest import SOURCES

    names = store.state_names()
    assert set(store.states()) == set(names)
    labels = SOURCES / "ipeds-2024-wider-cip" / "hd2024_code_labels.csv"
    with labels.open(encoding="utf-8") as fh:
        fips = {r["LABEL"].strip() for r in csv.DictReader(fh) if r["VARNAME"] == "FIPS"}
    assert set(names.values()) <= fips
    assert (names["DC"], names["PR"], names["IA"]) == (
        "District of Columbia",
        "Puerto Rico",
        "Iowa",
    )
