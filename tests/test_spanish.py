"""Spanish: the catalogue is complete and current, and switching language translates the UI."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import ROOT, visible_texts
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

TS = ROOT / "resources" / "translations" / "hrguide_es.ts"
QM = ROOT / "resources" / "translations" / "hrguide_es.qm"
sys.path.insert(0, str(ROOT / "tools"))
from es_translations import ES  # noqa: E402


def test_every_message_is_translated():
    unfinished = [
        m.find("source").text
        for m in ET.parse(TS).getroot().iter("message")
        if not (m.find("translation").text or "").strip()
        or m.find("translation").get("type") in ("unfinished", "obsolete")
    ]
    assert not unfinished, unfinished[:10]


def test_the_catalogue_a_switch_reads_is_the_ts_and_traces_each_text_to_one_source():
    """A change of language in place reads the .json (the .ts is not shipped) and traces
    a Spanish text back to its English: two sources with one Spanish text would be a
    guess."""
    import json

    shipped = json.loads(TS.with_suffix(".json").read_text(encoding="utf-8"))
    messages = {
        m.find("source").text: m.find("translation").text
        for m in ET.parse(TS).getroot().iter("message")
    }
    assert shipped == messages
    spanish = list(shipped.values())
    assert len(set(spanish)) == len(spanish), [t for t in set(spanish) if spanish.count(t) > 1]


def pyside_tool(name: str) -> str:
    """PySide's command-line tool, beside this Python first (a virtual environment's
    scripts need not be on PATH), then on PATH; the test skips where neither has it."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


@pytest.mark.slow
def test_the_catalogue_covers_every_string_in_the_code(tmp_path):
    """lupdate over the code finds no string the committed .ts lacks."""
    lupdate = pyside_tool("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in (ROOT / "hrguide").rglob("*.py")]
    subprocess.run([lupdate, *files, "-ts", str(fresh)], check=True, capture_output=True)
    committed = {m.find("source").text for m in ET.parse(TS).getroot().iter("message")}
    found = {m.find("source").text for m in ET.parse(fresh).getroot().iter("message")}
    assert found - committed == set(), sorted(found - committed)[:10]


@pytest.mark.slow
def test_the_qm_is_the_compiled_ts(tmp_path):
    lrelease = pyside_tool("pyside6-lrelease")
    out = tmp_path / "hrguide_es.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run tools/update_translations.sh"


def _texts(window) -> dict[str, str]:
    """Visible UI texts keyed by where they are."""
    out = {}
    tabs = window.findChild(QTabWidget, "pages")
    for i in range(tabs.count()):
        out[f"tab{i}"] = tabs.tabText(i)
    page = window.tabs.currentWidget()
    for root in (window.findChild(QLabel, "appTitle").parentWidget(), page):
        for n, w in enumerate(root.findChildren(QLabel) + root.findChildren(QAbstractButton)):
            if w.isVisibleTo(window) and w.text():
                out[f"{root.objectName()}:{type(w).__name__}:{w.objectName()}:{n}"] = w.text()
    return out


@pytest.mark.gui
@pytest.mark.parametrize(
    "page_id", ["careers", "compare", "earnings", "schools", "sources", "shortlist", "education"]
)
def test_switching_to_spanish_translates_every_ui_string(window, qtbot, page_id):
    qtbot.waitUntil(lambda: window.router.is_built("careers"))
    window.router.open(page_id)
    window.router.page(page_id)
    english = _texts(window)
    window.settings.set_language("es")
    try:
        assert window.settings.language == "es"
        qtbot.waitUntil(lambda: window.router.is_built(page_id))
        spanish = _texts(window)
        untranslated = [
            text
            for key, text in english.items()
            if text in ES and ES[text] != text and spanish.get(key) == text
        ]
        assert not untranslated, untranslated
        assert window.tabs.tabText(0) == "Carreras"
        assert window.findChild(QLabel, "appTitle").text() == ES["Health Records Career Guide"]
    finally:
        window.settings.set_language("en")
    assert window.tabs.tabText(0) == "Careers"


@pytest.mark.gui
def test_spanish_formats_for_the_locale(window, qtbot):
    """Spanish as used in the United States (es_US): dollar amounts keep US grouping,
    dates are written in Spanish."""
    import datetime

    from hrguide.ui.look import fmt

    window.settings.set_language("es")
    try:
        assert fmt.locale().name() == "es_US"
        assert fmt.money(51140) == "$51,140"
        long_date = fmt.locale().toString(
            datetime.date(2026, 11, 28), fmt.locale().FormatType.LongFormat
        )
        assert "noviembre" in long_date
    finally:
        window.settings.set_language("en")
    assert fmt.locale().name() == "en_US"


@pytest.mark.gui
def test_spanish_prose_and_career_texts_come_from_the_database(window, qtbot):
    window.settings.set_language("es")
    try:
        page = window.router.page("careers")
        texts = " ".join(lbl.text() for lbl in page.findChildren(QLabel))
        assert "Carreras en registros de salud" in texts
        assert "Técnico o técnica de información de salud" in texts
        window.router.open("compare")
        grid = window.router.page("compare").grid.model()
        assert grid.index(0, 0).data().startswith("Título asociado")
    finally:
        window.settings.set_language("en")
    assert window.settings.language == "en"
    assert not hasattr(window.store, "lang")  # the store holds no language


def test_every_page_and_career_has_spanish_text(guide_db):
    import sqlite3

    conn = sqlite3.connect(guide_db)
    pages = {r[0] for r in conn.execute("SELECT page_id FROM pages WHERE lang = 'es'")}
    assert pages == {r[0] for r in conn.execute("SELECT page_id FROM pages WHERE lang = 'en'")}
    careers = {
        r[0]
        for r in conn.execute(
            "SELECT row_key FROM translations WHERE table_name = 'careers' AND field = 'title'"
        )
    }
    assert careers == {r[0] for r in conn.execute("SELECT career_id FROM careers")}
    facts = conn.execute(
        "SELECT COUNT(*) FROM translations WHERE table_name = 'career_facts'"
    ).fetchone()[0]
    assert facts == conn.execute("SELECT COUNT(*) FROM career_facts").fetchone()[0]
    by = {r[0] for r in conn.execute("SELECT DISTINCT translated_by FROM translations")}
    assert by == {"hrguide editors (own translation)"}


PROPER_NAMES = {
    "O*NET",
    "BLS",
    "IPEDS",
    "CAHIIM",
    "AHIMA",
    "AAPC",
    "PAHCS",
    "BMSC",
    "NCRA",
    "RHIT",
    "RHIA",
    "CCA",
    "CCS",
    "CPC",
    "CTR",
    "ODS-C",
    "CPC-A",
    "COC",
    "CIC",
    "OEWS",
    "NCES",
    "SOC",
    "CIP",
    "Email",
    "A4",
    "PDF",
    "CSV",
    "F1",
    "PIN",
    "No",
    "English",
    "Español",
    "State boards",
    "COC, CIC and others",
}


def _english_only_data(db_path) -> str:
    """Text the sources publish only in English (and names): allowed to stay English."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    parts = []
    for sql in (
        "SELECT task FROM onet_tasks",
        "SELECT title || ' ' || description FROM onet_occupations",
        "SELECT title FROM alternate_titles",
        "SELECT related_title FROM related_occupations",
        "SELECT name || ' ' || city || ' ' || alias FROM institutions",
        "SELECT DISTINCT area_title || ' ' || industry_title FROM wages",
        "SELECT publisher || ' ' || title || ' ' || short_label || ' ' || release || ' ' || licence || ' ' || attribution FROM sources",
        "SELECT title FROM occupations",
        "SELECT title FROM cip_programs",
        "SELECT entry_education FROM projections",
        "SELECT element_name FROM onet_ratings",
        "SELECT category_label FROM onet_education",
        "SELECT abbreviation || ' ' || name FROM credentials",
        "SELECT abbreviation || ' ' || name FROM organizations",
        "SELECT text FROM ip_items",  # O*NET's items: word for word, English only
        "SELECT title FROM interest_profiles",
        "SELECT title || ' ' || description FROM snapshot_occupations",  # O*NET, as published
        "SELECT name FROM job_zones",
    ):
        parts += [r[0] or "" for r in conn.execute(sql)]
    conn.close()
    return "\n".join(parts)


def _fill(window) -> None:
    """Programs compared and shortlisted, as a counselor would have them."""
    from hrguide.domain.shortlist import PROGRAM

    programs = [p for p in window.store.programs() if p.state == "AL"][:3]
    window.ctx.comparison.set_programs([p.program_id for p in programs])
    for p in programs:
        window.shortlister.add(PROGRAM, p.program_id, p.school, p.program)


@pytest.mark.gui
@pytest.mark.slow
def test_no_english_left_in_spanish_except_sources_data_and_names(window, qtbot, guide_db):
    from hrguide.ui.shell.registry import PAGE_IDS

    data = _english_only_data(guide_db)
    left: dict[str, list[str]] = {}
    _fill(window)
    for page_id in PAGE_IDS:
        window.settings.set_language("en")
        window.router.open(page_id)
        english = visible_texts(window, window.router.page(page_id))
        window.settings.set_language("es")
        spanish = visible_texts(window, window.router.page(page_id))
        for text in english & spanish:
            text = re.sub(r"^\d{2}-\d{4} ", "", text)  # a SOC code before BLS's title
            # a web address (an issuer's page, wrappable at its slashes) is not prose
            text = re.sub(r"https?:\S+", "", text.replace("\u200b", "")).strip()
            if not re.search(r"[A-Za-z]{3,}", text) or text in PROPER_NAMES or text in data:
                continue
            if all(
                part.strip() in data
                or part.strip() in PROPER_NAMES
                or not re.search(r"[A-Za-z]{3,}", part)
                for part in re.split(r"[,;:()·]| — ", text)
            ):
                continue
            left.setdefault(page_id, []).append(text)
    window.settings.set_language("en")
    assert not left, left


@pytest.mark.gui
def test_sources_tab_says_the_spanish_is_our_translation(window):
    window.settings.set_language("es")
    try:
        window.router.open("sources")
        note = window.router.page("sources").findChild(QLabel, "translationNote")
        assert note.isVisibleTo(window) and "traducción de los editores" in note.text()
    finally:
        window.settings.set_language("en")
    window.router.open("sources")
    assert not note.isVisibleTo(window)  # English is the editors' own
