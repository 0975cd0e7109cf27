"""Career pathways (issue 18): the payback rule, each step's figures against the database,
the tuition median computed here with SQL, the school finder opened on a move's programs,
the state picker, the kiosk reset, and related careers in their tiers."""

from __future__ import annotations

import sqlite3
import statistics
from html import unescape

import pytest
from conftest import GUIDE_DB
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QTableView

from hrguide.domain import pathways as rules
from hrguide.domain.schools import SchoolFilter, filter_rows


@pytest.mark.parametrize(
    ("tuition", "years", "gain", "want"),
    [
        (10_000, 2, 20_000, (rules.YEARS, 1.0)),
        (5_040, 1, 24_210, (rules.YEARS, 5_040 / 24_210)),
        (None, 2, 20_000, (rules.NO_TUITION, None)),  # no tuition data: no estimate
        (10_000, 2, 0, (rules.NO_GAIN, None)),  # no pay gain: never a division by zero
        (10_000, 2, -5_000, (rules.NO_GAIN, None)),
        (10_000, 2, None, (rules.NO_GAIN, None)),  # a median not published
    ],
)
def test_the_payback_rule(tuition, years, gain, want):
    assert rules.payback(tuition, years, gain) == want


def test_pay_gain_and_state_areas():
    assert rules.pay_gain(40_000, 55_000) == 15_000
    assert rules.pay_gain(None, 55_000) is None
    assert rules.state_area("AL") == "0100000"


def _db():
    db = sqlite3.connect(GUIDE_DB)
    db.row_factory = sqlite3.Row
    return db


@pytest.fixture
def page(window, qtbot):
    window.router.open("advancement")
    p = window.router.page("advancement")
    qtbot.waitUntil(p.isVisible)
    return p


def _click_step(page, qtbot, step_id):
    button = page.findChild(QPushButton, f"pathwayStep-{step_id}")
    qtbot.waitUntil(lambda: button.width() > 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_page_is_a_drawn_map_of_every_step(page):
    assert page.objectName() == "pathwaysPage"
    db = _db()
    ids = [r[0] for r in db.execute("SELECT step_id FROM pathway_steps")]
    for sid in ids:
        assert page.findChild(QPushButton, f"pathwayStep-{sid}") is not None
    assert len(page.map.moves) == db.execute("SELECT count(*) FROM pathway_links").fetchone()[0]


def test_a_steps_figures_equal_the_database(page, qtbot):
    state = page.findChild(QComboBox, "pathwayState")
    state.setCurrentIndex(state.findData("AL"))
    _click_step(page, qtbot, "health-information-technician")
    text = unescape(page.findChild(QLabel, "pathwayDetail").text())
    db = _db()
    national = db.execute(
        "SELECT median_annual, pct10_annual, pct90_annual FROM wages WHERE soc_code = '29-2072'"
        " AND area_type = 'N' AND industry_code = '000000' AND source_id = 'bls-oews-2025'"
    ).fetchone()
    assert (
        f"${national['median_annual']:,} (10th to 90th percentile: ${national['pct10_annual']:,}"
        in text
    )
    alabama = db.execute(
        "SELECT median_annual FROM wages WHERE soc_code = '29-2072' AND area_code = '0100000'"
        " AND source_id = 'bls-oews-2025'"
    ).fetchone()
    assert f"${alabama['median_annual']:,}" in text and "Median pay in Alabama" in text
    outlook = db.execute(
        "SELECT openings_per_year, entry_education FROM projections WHERE soc_code = '29-2072'"
        " AND source_id = 'bls-ep-2025'"
    ).fetchone()
    assert f"{outlook['openings_per_year']:,} (2025-35)" in text
    assert outlook["entry_education"] in text
    zone = db.execute(
        "SELECT z.name FROM interest_profiles p JOIN job_zones z USING (job_zone)"
        " WHERE p.onet_code = '29-2072.00'"
    ).fetchone()[0]
    assert zone in text and "29-2072" in text and "RHIT" in text


def test_a_moves_tuition_is_the_median_of_its_programs(page, qtbot):
    state = page.findChild(QComboBox, "pathwayState")
    state.setCurrentIndex(state.findData("AL"))
    _click_step(page, qtbot, "health-information-technician")
    # the bachelor's programs that lead to health information manager, in Alabama
    values = [
        r[0]
        for r in _db().execute(
            "SELECT t.ug_in_state FROM programs p JOIN institutions i USING (unitid)"
            " JOIN tuition t USING (unitid) JOIN award_levels a USING (award_level)"
            " JOIN career_programs c ON c.cip_code = p.cip_code"
            " WHERE c.career_id = 'health-information-manager' AND a.level_group = 'bachelor'"
            " AND i.state = 'AL' AND t.ug_in_state IS NOT NULL"
        )
    ]
    assert values
    want = int(round(statistics.median(values)))
    move = unescape(page.findChild(QLabel, "pathwayMove-health-information-manager").text())
    assert f"${want:,} a year (Alabama (AL), median of {len(values)} programs, 2023-24)" in move
    assert "RHIA" in move and "the issuer's rule" in move and "Rough payback" in move


def test_the_find_button_opens_the_finder_on_the_moves_programs(window, page, qtbot):
    state = page.findChild(QComboBox, "pathwayState")
    state.setCurrentIndex(state.findData("AL"))
    _click_step(page, qtbot, "health-information-technician")
    qtbot.mouseClick(
        page.findChild(QPushButton, "findPrograms-health-information-manager"),
        Qt.MouseButton.LeftButton,
    )
    assert window.router.current_id() == "schools"
    schools = window.router.page("schools")
    cips = frozenset(window.ctx.store.program_links("health-information-manager"))
    want = filter_rows(
        schools.index, SchoolFilter(state="AL", level_group="bachelor", cip_codes=cips)
    )
    shown = [schools.model.program_at(r).program_id for r in range(schools.model.rowCount())]
    assert shown == [schools.index.programs[i].program_id for i in want] and shown


def test_an_occupation_the_guide_does_not_profile_says_so(page, qtbot):
    _click_step(page, qtbot, "health-informatics-specialist")
    text = unescape(page.findChild(QLabel, "pathwayDetail").text())
    assert "does not profile this occupation" in text and "15-1211" in text
    median = (
        _db()
        .execute(
            "SELECT median_annual FROM wages WHERE soc_code = '15-1211' AND area_type = 'N'"
            " AND industry_code = '000000' AND source_id = 'bls-oews-2025'"
        )
        .fetchone()[0]
    )
    assert f"${median:,}" in text


def test_no_tuition_and_no_gain_are_said_in_words(page, qtbot):
    state = page.findChild(QComboBox, "pathwayState")
    state.setCurrentIndex(state.findData("AL"))
    _click_step(page, qtbot, "health-information-technician")
    move = unescape(page.findChild(QLabel, "pathwayMove-health-informatics-specialist").text())
    assert "no published tuition" in move and "no estimate" in move


def test_the_state_picker_starts_at_the_sites_state_and_a_reset_returns_there(qtbot):
    from hrguide.app import create_main_window
    from hrguide.config import SiteConfig

    win = create_main_window(GUIDE_DB, config=SiteConfig(default_state="CO"))
    qtbot.addWidget(win)
    win.show()
    win.router.open("advancement")
    page = win.router.page("advancement")
    state = page.findChild(QComboBox, "pathwayState")
    assert state.currentData() == "CO"
    _click_step(page, qtbot, "health-services-administrator")
    state.setCurrentIndex(state.findData("AL"))
    page.reset()
    assert state.currentData() == "CO" and page.map.current() == page.steps[0].step_id


def test_related_careers_come_in_their_tiers_with_pay_and_job_zone(window, qtbot):
    window.router.open("related")
    page = window.router.page("related")
    qtbot.waitUntil(page.isVisible)
    more = page.findChild(QCheckBox, "relatedShowMore")
    supplemental = page.findChild(QTableView, "relatedSupplemental")
    assert not supplemental.isVisible()
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert supplemental.isVisible()
    career = window.ctx.store.career(page.chosen())
    db = _db()
    for tier, name in (
        ("Primary-Short", "relatedPrimaryShort"),
        ("Primary-Long", "relatedPrimaryLong"),
        ("Supplemental", "relatedSupplemental"),
    ):
        model = page.findChild(QTableView, name).model()
        want = [
            r[0]
            for r in db.execute(
                "SELECT related_code FROM related_occupations WHERE onet_code = ? AND tier = ?"
                " ORDER BY rank",
                (career.onet_code, tier),
            )
        ]
        assert [model.record(i)["related_code"] for i in range(model.rowCount())] == want
        for i in range(model.rowCount()):
            row = model.record(i)
            pay = db.execute(
                "SELECT median_annual FROM national_pay WHERE soc_code = ?",
                (row["related_code"][:7],),
            ).fetchone()
            if pay and pay[0]:
                assert model.index(i, 2).data() in (f"${pay[0]:,}", f"at least ${pay[0]:,}")


def test_a_kiosk_reset_returns_the_map_to_its_start(kiosk_window, qtbot):
    kiosk_window.router.open("advancement")
    page = kiosk_window.router.page("advancement")
    _click_step(page, qtbot, "database-administrator")
    kiosk_window.kiosk_controller.reset()
    assert page.map.current() == page.steps[0].step_id


def test_the_handout_carries_the_pathway_of_a_shortlisted_career(store):
    import datetime

    from hrguide.domain.shortlist import CAREER, ShortlistItem
    from hrguide.ui.html.handout import Handout, handout_html

    item = ShortlistItem(1, 1, CAREER, "health-information-technician", "x", "", "", 0)
    html = unescape(handout_html(store, Handout("Test", [item], date=datetime.date(2026, 12, 1))))
    assert "Where these careers lead" in html
    assert "Health information manager (Bachelor's)" in html
