"""Programs side by side (issue 16): the rules, the figures against the database, the
picking from the finder, the shortlist and the detail, the handout, and the kiosk reset."""

from __future__ import annotations

import datetime
import sqlite3

import pytest
from conftest import GUIDE_DB, open_listed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QScrollArea, QTableView

from hrguide.domain.program_compare import (
    BEST,
    MAX_PROGRAMS,
    ROW_KEYS,
    WORST,
    best_and_worst,
    build_rows,
    picked,
)
from hrguide.ui.models.program_compare import COUNTS

UAB_BACHELOR = "100663:51.0701:5"  # University of Alabama at Birmingham, 51.0701, bachelor's
ENTERPRISE_CERT = "101143:51.0707:21"  # Enterprise State Community College, certificate
ALABAMA_STATE = "100724:51.0706:5"


@pytest.mark.parametrize(
    ("values", "better", "want"),
    [
        ([1, 2, 3], "higher", (WORST, None, BEST)),
        ([1, 2, 3], "lower", (BEST, None, WORST)),
        ([5, None, 2], "lower", (WORST, None, BEST)),  # a missing figure is never marked
        ([4, 4, 1], "higher", (BEST, BEST, WORST)),  # ties share the mark
        ([3, 3], "higher", (None, None)),  # all equal: nothing to mark
        ([3, None], "higher", (None, None)),  # one known figure: nothing to compare
        ([1, 2], None, (None, None)),  # rows of words have no best
    ],
)
def test_best_and_worst(values, better, want):
    assert best_and_worst(values, better) == want


def test_picking_keeps_at_most_four_and_no_repeats():
    ids: tuple[str, ...] = ()
    for n in range(MAX_PROGRAMS):
        ids, fits = picked(ids, f"p{n}")
        assert fits
    assert picked(ids, "p0") == (ids, True)
    assert picked(ids, "p9") == (ids, False)


def _db_outcome(program_id: str) -> sqlite3.Row:
    unitid, cip, level = program_id.split(":")
    db = sqlite3.connect(GUIDE_DB)
    db.row_factory = sqlite3.Row
    return db.execute(
        "SELECT o.earnings, o.debt_median, t.ug_in_state, n.average"
        " FROM program_details o JOIN tuition t USING (unitid) JOIN net_prices n USING (unitid)"
        " WHERE o.program_id = ?",
        (program_id,),
    ).fetchone()


def test_the_rows_carry_the_databases_figures(store):
    facts = [store.program_facts(UAB_BACHELOR), store.program_facts(ALABAMA_STATE)]
    rows = {r.key: r for r in build_rows(facts, None, store.loan_terms(), store.grid_sources())}
    assert tuple(rows) == ROW_KEYS
    for col, pid in enumerate((UAB_BACHELOR, ALABAMA_STATE)):
        want = _db_outcome(pid)
        assert rows["earnings"].cells[col].number == want["earnings"]
        assert rows["debt"].cells[col].number == want["debt_median"]
        assert rows["tuition"].cells[col].number == want["ug_in_state"]
        assert rows["net_price"].cells[col].number == want["average"]
    # tuition: the lower is best
    assert rows["tuition"].marks() == (BEST, WORST)  # $8,832 against $11,248
    band = build_rows(facts, "0_30k", store.loan_terms(), store.grid_sources())
    # scorecard_net_price_subset.csv: 100663, family income $0-30,000: 16172
    assert band[ROW_KEYS.index("net_price")].cells[0].number == 16172


def _pick_in_finder(schools, qtbot, program_id: str) -> None:
    """Select the program's row in the school list, then press "Compare this program"."""
    for r in range(schools.model.rowCount()):
        if schools.model.program_at(r).program_id == program_id:
            open_listed(schools, r, qtbot)
            break
    else:
        raise AssertionError(program_id)
    button = schools.detail.findChild(QPushButton, "compareProgram")
    qtbot.waitUntil(lambda: button.isVisible() and button.width() > 0)  # laid out
    # the school's page scrolls: to the button, as a user would
    schools.findChild(QScrollArea, "schoolPageScroll").ensureWidgetVisible(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _grid_text(page) -> dict[str, list[str]]:
    model = page.model
    return {
        row.key: [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r, row in enumerate(model.grid_rows())
    }


def test_two_programs_picked_in_the_finder_show_the_databases_figures(window, schools, qtbot):
    _pick_in_finder(schools, qtbot, UAB_BACHELOR)
    _pick_in_finder(schools, qtbot, ALABAMA_STATE)
    assert window.ctx.comparison.program_ids == (UAB_BACHELOR, ALABAMA_STATE)
    assert "(2)" in schools.findChild(QPushButton, "openProgramCompare").text()
    qtbot.mouseClick(
        schools.findChild(QPushButton, "openProgramCompare"), Qt.MouseButton.LeftButton
    )
    page = window.router.page("program-compare")
    qtbot.waitUntil(page.isVisible)
    grid = page.findChild(QTableView, "programCompareGrid")
    assert grid.isVisible() and grid.model().columnCount() == 2
    text = _grid_text(page)
    uab, asu = _db_outcome(UAB_BACHELOR), _db_outcome(ALABAMA_STATE)
    assert text["earnings"][0].startswith(f"${uab['earnings']:,} a year")
    assert text["debt"][0] == f"${uab['debt_median']:,}"
    assert text["tuition"] == [
        f"${uab['ug_in_state']:,} (▲ best)",
        f"${asu['ug_in_state']:,} (▼ worst)",
    ]
    assert text["net_price"][1].startswith(f"${asu['average']:,}")
    # a suppressed figure says so, never 0 or blank
    assert text["earnings"][1] == "too few graduates to report"
    assert text["rate"][0].startswith("64.0%")
    # every cell's tooltip names its source and year
    model = grid.model()
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            assert model.index(r, c).data(Qt.ItemDataRole.ToolTipRole).startswith("Source: ")
    earnings_row = ROW_KEYS.index("earnings")
    assert "2026" in model.index(earnings_row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(ROW_KEYS.index("trend"), 0).data(COUNTS)  # the bars' figures
    footnote = page.findChild(QLabel, "programCompareSources").text()
    assert "whole program family" in footnote and "Truewise" in footnote
    # the chosen income band changes the net price row to that band's figure
    combo = page.findChild(QComboBox, "netPriceBand")
    combo.setCurrentIndex(combo.findData("0_30k"))
    assert _grid_text(page)["net_price"][0].startswith("$16,172")


def test_a_fifth_program_is_refused_with_a_reason(window, schools, qtbot):
    window.ctx.comparison.set_programs(["a", "b", "c", "d"])
    rows = [schools.model.program_at(r) for r in range(schools.model.rowCount())]
    _pick_in_finder(schools, qtbot, rows[0].program_id)
    assert window.ctx.comparison.program_ids == ("a", "b", "c", "d")
    assert "take one out" in schools.detail.findChild(QPushButton, "compareProgram").text()


def test_the_model_passes_the_model_tester(window, qtmodeltester):
    window.ctx.comparison.set_programs([UAB_BACHELOR, ENTERPRISE_CERT, ALABAMA_STATE])
    page = window.router.page("program-compare")
    qtmodeltester.check(page.model)


def test_remove_buttons_take_a_program_out(window, qtbot):
    window.ctx.comparison.set_programs([UAB_BACHELOR, ENTERPRISE_CERT])
    window.router.open("program-compare")
    page = window.router.page("program-compare")
    qtbot.waitUntil(page.isVisible)
    qtbot.mouseClick(page.findChild(QPushButton, "removeProgram-1"), Qt.MouseButton.LeftButton)
    assert window.ctx.comparison.program_ids == (ENTERPRISE_CERT,)
    assert page.model.columnCount() == 1
    assert "at least one more" in page.findChild(QLabel, "programCompareHint").text()


def test_the_shortlists_programs_go_side_by_side(window, qtbot):
    sl = window.ctx.shortlister
    for pid in (UAB_BACHELOR, ALABAMA_STATE):
        sl.add("program", pid, pid)
    window.router.open("shortlist")
    page = window.router.page("shortlist")
    qtbot.waitUntil(page.isVisible)
    qtbot.mouseClick(page.findChild(QPushButton, "compareShortlisted"), Qt.MouseButton.LeftButton)
    assert window.ctx.comparison.program_ids == (UAB_BACHELOR, ALABAMA_STATE)
    assert window.router.current_id() == "program-compare"
    html = page.outputs.handout_html(datetime.date(2026, 12, 1))
    assert "Programs compared" in html and "(▲ best)" in html


def test_a_kiosk_reset_clears_the_comparison(kiosk_window):
    win = kiosk_window
    win.ctx.comparison.set_programs([UAB_BACHELOR, ALABAMA_STATE])
    win.router.open("program-compare")
    page = win.router.page("program-compare")
    assert page.findChild(QPushButton, "exportProgramCompare") is None  # no files
    assert page.model.columnCount() == 2
    win.kiosk_controller.reset()
    assert win.ctx.comparison.program_ids == ()
    assert page.model.columnCount() == 0
    assert page.findChild(QComboBox, "netPriceBand").currentIndex() == 0
