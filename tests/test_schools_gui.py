"""The Schools tab: filters, count, disclaimer, detail panel, sorting, model checks."""

from __future__ import annotations

import pytest
from conftest import open_listed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
)

from hrguide.domain.schools import SchoolFilter, filter_rows
from hrguide.ui.models.schools import COLUMN_OF
from hrguide.ui.shell.search import link_for_hit

pytestmark = pytest.mark.gui


def _count(page) -> str:
    return page.findChild(QLabel, "schoolCount").text()


def _ids(page) -> set[str]:
    m = page.model
    return {m.program_at(r).program_id for r in range(m.rowCount())}


def test_disclaimer_is_visible_with_the_whole_message(schools):
    label = schools.findChild(QLabel, "tuitionDisclaimer")
    assert label.isVisible()
    text = label.text()
    for words in (
        "charge tuition and fees",
        "2023-24",
        "will have changed",
        "vary by program and by location",
        "ask each school",
        "No school pays",
    ):
        assert words in text


def test_starts_with_every_program_and_says_so(schools):
    assert schools.model.rowCount() == 5086
    assert _count(schools) == "5,086 of 5,086 programs"


def test_each_filter_narrows_to_what_the_rule_selects(schools, qtbot):
    index = schools.index
    qtbot.keyClicks(schools.findChild(QLineEdit, "schoolSearch"), "community")
    assert _ids(schools) == {
        index.programs[i].program_id for i in filter_rows(index, SchoolFilter(text="community"))
    }
    state = schools.findChild(QComboBox, "stateFilter")
    state.setCurrentIndex(state.findData("TX"))
    level = schools.findChild(QComboBox, "levelFilter")
    level.setCurrentIndex(level.findData("associate"))
    schools.findChild(QCheckBox, "hadGraduates").setChecked(True)
    f = SchoolFilter(text="community", state="TX", level_group="associate", had_graduates=True)
    want = {index.programs[i].program_id for i in filter_rows(index, f)}
    assert _ids(schools) == want and want
    assert _count(schools) == f"{len(want)} of 5,086 programs"


def test_career_filter_shows_programs_that_lead_to_it(schools, store):
    combo = schools.findChild(QComboBox, "programFilter")
    combo.setCurrentIndex(combo.findData("career:health-information-technician"))
    cips = set(store.program_links("health-information-technician"))
    assert {schools.model.program_at(r).cip_code for r in range(schools.model.rowCount())} <= cips
    assert "51.0707" in {
        schools.model.program_at(r).cip_code for r in range(schools.model.rowCount())
    }


def test_online_only_and_its_caveat(schools):
    box = schools.findChild(QCheckBox, "onlineOnly")
    box.setChecked(True)
    assert 0 < schools.model.rowCount() < 5086
    assert "not for each program" in box.toolTip()


def test_max_tuition_keeps_unreported_schools_unless_hidden(schools):
    spin = schools.findChild(QSpinBox, "maxTuition")
    spin.setValue(4000)
    shown = schools.model.rowCount()
    rows = [schools.model.rows()[r] for r in range(shown)]
    values = [schools.index.tuition["in_state"][i] for i in rows]
    assert any(v is None for v in values) and all(v is None or v <= 4000 for v in values)
    schools.findChild(QCheckBox, "hideNoTuition").setChecked(True)
    assert schools.model.rowCount() == sum(1 for v in values if v is not None)


def test_empty_result_says_why_and_offers_to_clear_the_worst_filter(schools, qtbot):
    schools.findChild(QLineEdit, "schoolSearch").setText("no such school anywhere")
    state = schools.findChild(QComboBox, "stateFilter")
    state.setCurrentIndex(state.findData("AR"))
    assert schools.model.rowCount() == 0
    empty = schools.findChild(QLabel, "schoolEmpty")
    assert empty.isVisible() and "Search text" in empty.text()
    schools.clear_one.click()
    assert schools.findChild(QLineEdit, "schoolSearch").text() == ""
    assert schools.model.rowCount() > 0 and not empty.isVisible()


def test_sorting_by_every_column(schools):
    table = schools.findChild(QTableView, "schoolTable")
    for col in range(schools.model.columnCount()):
        if table.isColumnHidden(col):
            continue
        table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
        table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    table.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # in-state tuition
    values = [schools.index.tuition["in_state"][i] for i in schools.model.rows()]
    known = [v for v in values if v is not None]
    assert known == sorted(known) and values[len(known) :] == [None] * (len(values) - len(known))


def test_sort_survives_filtering(schools):
    table = schools.findChild(QTableView, "schoolTable")
    table.sortByColumn(9, Qt.SortOrder.DescendingOrder)  # graduates
    schools.findChild(QComboBox, "stateFilter").setCurrentIndex(5)
    grads = [schools.index.programs[i].completions for i in schools.model.rows()]
    assert grads == sorted(grads, reverse=True)


def test_detail_panel_shows_the_school(schools, store, qtbot):
    schools.findChild(QLineEdit, "schoolSearch").setText("Enterprise State")
    open_listed(schools, 0, qtbot)
    detail = schools.detail
    text = detail.body.text()
    inst = store.institution(detail.unitid)
    assert inst.name == detail.title.text()
    assert inst.web_address in text and inst.city in text
    assert "Health Information/Medical Records Technology/Technician" in text
    assert "$5,040" in text and "2023-24" in text  # IC2023_AY
    assert "$5,100" in text and "2024-25" in text  # the newer price, with its year
    assert "CAHIIM" in text and "not in this data" in text
    assert "whole" in text  # distance education is per school
    qtbot.mouseClick(detail.close_button, Qt.MouseButton.LeftButton)  # Back to the list
    assert not detail.isVisible() and schools.filters.isVisible()
    assert schools.findChild(QLineEdit, "schoolSearch").text() == "Enterprise State"
    assert schools.table.selectionModel().currentIndex().row() == 0  # where the user was


def test_detail_escapes_data_as_text(schools, store):
    from hrguide.ui.widgets.school_detail import SchoolDetail

    inst = store.institution(100663)
    evil = inst._replace(name="<b>x</b>", web_address="<script>alert(1)</script>")
    panel = SchoolDetail()
    panel.show_school(schools.index, evil)
    assert "<script>" not in panel.body.text()
    assert "&lt;script&gt;" in panel.body.text()


def test_home_school_adds_distance_column_and_filter(schools):
    table = schools.findChild(QTableView, "schoolTable")
    assert table.isColumnHidden(COLUMN_OF["distance"])
    schools.set_home_school(100663)
    assert not table.isColumnHidden(COLUMN_OF["distance"])
    within = schools.findChild(QSpinBox, "withinMiles")
    within.setValue(50)
    assert all(schools.index.distance[i] <= 50 for i in schools.model.rows())
    assert schools.model.rowCount() > 0


def test_search_hit_opens_the_school(window, qtbot):
    window.search.setText("Enterprise State")
    window.search.run_search()
    hit = next(
        h
        for h in (window.search.model.record(r) for r in range(window.search.model.rowCount()))
        if h.kind == "school"
    )
    window.router.go(link_for_hit(hit))
    page = window.router.page("schools")
    assert window.router.current().page == "schools"
    assert page.detail.isVisible() and page.detail.unitid == int(hit.ref)


def test_reset_restores_the_start_state(schools, qtbot):
    schools.findChild(QLineEdit, "schoolSearch").setText("college")
    schools.findChild(QCheckBox, "onlineOnly").setChecked(True)
    schools.set_home_school(100663)
    open_listed(schools, 0, qtbot)
    schools.reset()
    assert schools.model.rowCount() == 5086
    assert schools.findChild(QLineEdit, "schoolSearch").text() == ""
    assert not schools.findChild(QCheckBox, "onlineOnly").isChecked()
    assert not schools.detail.isVisible()
    assert schools.table.isColumnHidden(COLUMN_OF["distance"])


def test_school_model_passes_the_model_tester(schools, qtmodeltester):
    schools.findChild(QComboBox, "stateFilter").setCurrentIndex(3)
    qtmodeltester.check(schools.model)


def test_the_distance_hint_is_readable_on_one_line_at_1280(window, qtbot):
    """Looking at the Schools tab found the hint squeezed to 1 px, one letter a line."""
    window.resize(1280, 800)
    page = window.router.open("schools")
    label = page.filters.home_label
    qtbot.waitUntil(label.isVisible)
    assert label.width() > label.fontMetrics().horizontalAdvance("Distance: pick a school")
    assert label.height() < 3 * label.fontMetrics().height()


def test_the_editors_links_are_marked_in_the_career_filter(schools):
    combo = schools.findChild(QComboBox, "programFilter")
    i = combo.findData("career:medical-practice-manager")
    assert "51.0705" in str(combo.itemData(i, Qt.ItemDataRole.ToolTipRole))
    j = combo.findData("career:medical-coder")
    assert not combo.itemData(j, Qt.ItemDataRole.ToolTipRole)  # crosswalk links only


def test_the_detail_shows_program_outcomes_with_their_caveats(schools, store, qtbot):
    schools.show_school(100663)  # University of Alabama at Birmingham
    section = schools.detail.findChild(QLabel, "programOutcomes")
    assert section is not None and section.isVisible()
    text = section.text()
    o = {(x.cip_family, x.credential_level): x for x in store.program_outcomes(100663)}
    assert f"${o[('51.07', 3)].earnings:,} a year, 4 years after finishing" in text
    assert f"${o[('51.07', 3)].debt_median:,}" in text and "$284 a month" in text
    assert "too few graduates to report" in text  # the doctoral row is suppressed
    assert "whole program family" in text and "6.39%" in text and "2025-26" in text
    assert "Graduation rate: 64.0%" in text
    assert "$16,172" in text  # net price, family income $0-30,000
    assert "Truewise" in text
    assert not schools.detail.findChild(QLabel, "netPriceQr").isVisible()  # desktop: text only
    assert store.institution(100663).net_price_url in text


def test_typing_a_minimum_earnings_narrows_the_list_as_the_rule_says(schools, qtbot, store):
    from hrguide.domain.schools import SchoolFilter, filter_rows

    box = schools.findChild(QSpinBox, "minEarnings")
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "60000")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    want = filter_rows(schools.index, SchoolFilter(min_earnings=60000))
    shown = {schools.model.program_at(r).program_id for r in range(schools.model.rowCount())}
    assert shown == {schools.index.programs[i].program_id for i in want} and shown
    assert all(schools.model.program_at(r).earnings >= 60000 for r in range(len(want)))
    schools.findChild(QPushButton, "clearFilters").click()
    assert schools.model.rowCount() == 5086


def test_a_school_opens_as_a_page_of_its_own_and_back_finds_the_list_as_left(window, qtbot):
    """Issue 30: the detail was a pane under the list with a 140-px inner scroll box; now a
    school is a page of its own, full width, read by scrolling the page, and Back (the
    page's button or the window's) returns to the list where the user was."""
    from PySide6.QtWidgets import QListView, QScrollArea

    window.resize(1280, 800)
    page = window.router.open("schools")
    qtbot.waitUntil(page.isVisible)
    cards = page.findChild(QListView, "schoolTableCards")
    qtbot.waitUntil(lambda: cards.isVisible() or page.table.isVisible())
    shown = cards if cards.isVisible() else page.table

    def scrolled_down() -> bool:  # cards are laid out a hundred at a time, between events
        shown.scrollTo(shown.model().index(25, 0))
        return shown.verticalScrollBar().value() > 0

    qtbot.waitUntil(scrolled_down)
    scrolled = shown.verticalScrollBar().value()
    open_listed(page, 25, qtbot)
    detail = page.detail
    assert detail.findChildren(QScrollArea) == []  # no box of its own: the page scrolls
    assert detail.width() >= 0.9 * page.width()
    outcomes = detail.outcomes
    # whole, once the page's layout has run
    qtbot.waitUntil(lambda: outcomes.height() >= outcomes.heightForWidth(outcomes.width()))
    assert window.router.current().school == detail.unitid
    window.router.back()
    qtbot.waitUntil(lambda: not detail.isVisible())
    assert page.table.selectionModel().currentIndex().row() == 25
    assert shown.isVisible() and shown.verticalScrollBar().value() == scrolled
    window.router.forward()
    qtbot.waitUntil(detail.isVisible)
