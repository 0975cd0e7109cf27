"""US English everywhere the reader looks (issue 31, item 11): the UI's strings, the
guide's own content in the database, and the handout. School names and places are IPEDS's
records ("Centre County") and stay as published."""

from __future__ import annotations

import datetime
import sqlite3
import xml.etree.ElementTree as ET

import pytest
from conftest import GUIDE_DB, ROOT

from hrguide.domain.spelling import british_words

# names, copies, Spanish; O*NET's and BLS's own words for every occupation, as published
AS_PUBLISHED = {
    "institutions",
    "search_index",
    "translations",
    "snapshot_occupations",
    "snapshot_tasks",
    "occupation_outlook",
}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We organise, enrol and analyse; the licence is at the centre.", 5),
        ("Organization, enrollment, analysis, analyses, license, center, specialist.", 0),
        ("especialistas y organismos", 0),
    ],
)
def test_the_word_list_finds_british_spellings_only(text, found):
    assert len(british_words(text)) == found


def test_no_ui_string_is_spelled_the_british_way():
    ts = ET.parse(ROOT / "resources" / "translations" / "hrguide_es.ts").getroot()
    sources = [m.findtext("source") or "" for m in ts.iter("message")]
    assert len(sources) > 500  # every string lupdate found in the code
    found = {s[:60]: british_words(s) for s in sources if british_words(s)}
    assert not found


def test_no_content_in_the_database_is_spelled_the_british_way():
    db = sqlite3.connect(GUIDE_DB)
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    found = []
    for table in tables:
        if table in AS_PUBLISHED or table.startswith("search_index"):
            continue
        for column in [r[1] for r in db.execute(f"PRAGMA table_info({table})")]:
            for (value,) in db.execute(f"SELECT DISTINCT {column} FROM {table}"):
                if isinstance(value, str) and british_words(value):
                    found.append((table, column, british_words(value)))
    assert not found


def test_the_handout_is_spelled_the_american_way(qapp, store):
    from hrguide.store.userdata import MEMORY, UserStore
    from hrguide.ui.html.handout import Handout, handout_html

    user = UserStore(MEMORY)
    lst = user.create("Visit")
    for c in store.careers():
        user.add(lst.list_id, "career", c.career_id, c.title)
    for p in store.programs()[:6]:
        user.add(lst.list_id, "program", p.program_id, p.school, p.program)
    html = handout_html(
        store, Handout(lst.name, user.items(lst.list_id), date=datetime.date(2026, 12, 7))
    )
    assert "Careers compared" in html and not british_words(html)
