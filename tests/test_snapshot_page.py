"""The Occupations page (issue 33): a snapshot of any O*NET occupation, its figures read
from the raw files; opened from the interest results, Related and the pathway map (at a
kiosk too), with Back returning to where the student was."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView, QToolButton

from hrguide.ui.context import Link

SOURCES = Path(__file__).resolve().parents[1] / "data" / "sources"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))


def _csv(*parts: str) -> list[dict]:
    with SOURCES.joinpath(*parts).open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _text(page) -> str:
    return "\n".join(
        lab.text() for lab in page.findChildren(QLabel) if lab.isVisibleTo(page.window())
    )


def _open(window, code: str):
    window.router.go(Link("occupation", occupation=code))
    return window.router.page("occupation")


def test_actuaries_show_o_nets_and_bls_figures(window):
    page = _open(window, "15-2011.00")
    assert page.objectName() == "occupationSnapshot"
    text = _text(page).replace("&#x27;", "'")
    raw = next(r for r in _csv("onet-30.3", "occupation_data.csv") if r["O*NET-SOC Code"] == "15-2011.00")  # fmt: skip
    assert raw["Description"] in text.replace("&amp;", "&")
    assert page.snap.tasks[0].core and page.snap.tasks[0].text in text
    assert "Job Zone Four" in text
    ep = next(r for r in _csv("bls-ep-2024-34-all-occupations", "table_1_2_occupational_projections_2024_34.csv") if r["2024 National Employment Matrix code"] == "15-2011")  # fmt: skip
    assert f"Job growth (2024-34)</b></td><td>+{ep['Employment change, percent, 2024-34']}%" in text
    openings = round(float(ep["Occupational openings, 2024-34 annual average"]) * 1000)
    assert f"Openings a year (2024-34 average)</b></td><td>{openings:,}" in text
    pay = next(r for r in _csv("bls-oews-may2025", "oews_may2025_national_all_occupations.csv") if r["OCC_CODE"] == "15-2011")  # fmt: skip
    assert f"US (May 2025)</b></td><td>${int(pay['A_MEDIAN']):,}" in text
    assert "mynextmove.org" in text.replace("\u200b", "")
    assert "O*NET 30.3 Database" in text and "O*NET 29.3 Database" in text  # the credit


def test_a_code_without_a_bls_wage_says_so(window):
    published = {r["OCC_CODE"] for r in _csv("bls-oews-may2025", "oews_may2025_national_all_occupations.csv")}  # fmt: skip
    code = next(c for c, _t in window.ctx.store.snapshot_titles() if c[:7] not in published)
    text = _text(_open(window, code))
    assert (
        "no BLS figure" in text and "$" not in text.split("Pay and outlook")[1].split("Sources")[0]
    )
    ep = {r["2024 National Employment Matrix code"] for r in _csv("bls-ep-2024-34-all-occupations", "table_1_2_occupational_projections_2024_34.csv")}  # fmt: skip
    none = next(c for c, _t in window.ctx.store.snapshot_titles() if c[:7] not in published | ep)
    pay = _text(_open(window, none)).split("Pay and outlook")[1].replace("&#x27;", "'")
    assert "BLS publishes no pay or outlook under this occupation's code" in pay
    assert "$" not in pay and "()" not in pay and "Sources: ." not in pay


def test_show_all_lists_every_task(window, qtbot):
    page = _open(window, "29-2099.01")
    more = page.findChild(QPushButton, "occupationAllTasks")
    n = len(page.snap.tasks)
    assert n > 8 and page.findChild(QLabel, "occupationTasks").text().count("<li>") == 8
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert page.findChild(QLabel, "occupationTasks").text().count("<li>") == n


def _back(window, qtbot) -> None:
    qtbot.mouseClick(window.findChild(QToolButton, "backButton"), Qt.MouseButton.LeftButton)


def _activate(view: QTableView, row: int, qtbot) -> None:
    """Select a row and press Enter, as a keyboard user opens it."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)


def test_the_interest_results_open_a_snapshot_and_back_returns(window, qtbot):
    from layout_audit import sample_results

    page = sample_results(window)
    view = page.results.top_table
    model = page.results.top_model
    row = next(r for r in range(model.rowCount()) if not model.record(r).career_id)
    code = model.record(row).match.profile.onet_code
    _activate(view, row, qtbot)
    assert window.router.current_id() == "occupation"
    snapshot = window.router.page("occupation")
    assert snapshot.code == code
    rank = model.record(row).match.rank
    assert f"Your interest check: number {rank} of 923 occupations" in _text(snapshot)
    _back(window, qtbot)
    assert window.router.current_id() == "interest-check" and page.results.isVisible()


def test_related_opens_a_snapshot(window, qtbot):
    window.router.open("related")
    page = window.router.page("related")
    view = page.findChild(QTableView, "relatedPrimaryShort")
    model = view.model()
    row = next(r for r in range(model.rowCount()) if not model.record(r)["career_id"])
    code = model.record(row)["related_code"]
    _activate(view, row, qtbot)
    assert window.router.page("occupation").location() == Link("occupation", occupation=code)
    assert window.router.current_id() == "occupation"
    _back(window, qtbot)
    assert window.router.current_id() == "related"


def test_a_pathway_step_the_guide_does_not_profile_opens_its_snapshot(window, qtbot):
    window.router.open("advancement")
    page = window.router.page("advancement")
    qtbot.mouseClick(page.findChild(QPushButton, "pathwayStep-health-informatics-specialist"), Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.mouseClick(page.findChild(QPushButton, "pathwaySnapshot"), Qt.MouseButton.LeftButton)
    assert window.router.current_id() == "occupation"
    assert window.router.page("occupation").code == "15-1211.01"
    _back(window, qtbot)
    assert window.router.current_id() == "advancement"


def test_a_kiosk_shows_the_address_as_a_code_and_forgets_it(kiosk_window):
    page = _open(kiosk_window, "15-2011.00")
    qr = page.findChild(QLabel, "occupationQr")
    assert qr.isVisibleTo(kiosk_window) and "mynextmove.org" in qr.accessibleName()
    kiosk_window.kiosk_controller.reset()
    assert page.code is None and not page.findChild(QLabel, "occupationAbout").isVisibleTo(kiosk_window)  # fmt: skip


@pytest.mark.slow
def test_every_ranked_occupation_opens(window):
    page = window.router.open("occupation")
    for code in sorted({r["O*NET-SOC Code"] for r in _csv("onet-30.3", "career_interest_types.csv")}):  # fmt: skip
        page.show_code(code)
        assert page.snap is not None and page.snap.onet_code == code


def _ep_2024() -> dict[str, str]:
    rows = _csv("bls-ep-2024-34-all-occupations", "table_1_2_occupational_projections_2024_34.csv")
    return {
        r["2024 National Employment Matrix code"]: r["Employment change, percent, 2024-34"]
        for r in rows
        if r["Occupation type"] == "Line item"
    }


def test_every_interest_match_shows_growth_with_its_years(window):
    from layout_audit import sample_results

    page = sample_results(window)
    model = page.results.top_model
    growth = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Job growth"
    )
    ep = _ep_2024()
    guide = {c.soc_code for c in window.ctx.store.careers()}
    for r in range(model.rowCount()):
        soc = model.record(r).match.profile.soc_code
        text = model.index(r, growth).data()
        if soc in guide:
            assert text.endswith("(2025-35)")  # the guide's current projections
        elif soc in ep:
            change = float(ep[soc])
            assert text == f"{change:+.1f}% (2024-34)".replace("+0.0%", "0.0%")
        else:
            assert text == "not published by BLS"
        assert "not in the guide's data" not in text


def test_related_shows_growth_for_every_row(window):
    window.router.open("related")
    page = window.router.page("related")
    ep = _ep_2024()
    model = page.findChild(QTableView, "relatedPrimaryShort").model()
    assert model.rowCount() > 0
    for r in range(model.rowCount()):
        soc = model.record(r)["related_code"][:7]
        text = model.index(r, 3).data()
        assert text.endswith(("(2024-34)", "(2025-35)")) or (
            soc not in ep and text == "not published by BLS"
        )


def test_a_kiosk_reset_forgets_the_scores_a_snapshot_showed(kiosk_window):
    from layout_audit import sample_results

    sample_results(kiosk_window)
    assert kiosk_window.ctx.comparison.scores is not None
    kiosk_window.kiosk_controller.reset()
    assert kiosk_window.ctx.comparison.scores is None
    assert "Your interest check" not in _text(_open(kiosk_window, "15-2011.00"))


@pytest.mark.parametrize("typed", ["Actuar", "15-2011"])
def test_search_finds_any_occupation_by_title_or_code(window, qtbot, typed):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = window.search
    with qtbot.waitSignal(box.searched):
        qtbot.keyClicks(box, typed)
    shown = [box.model.data(box.model.index(r, 0)) for r in range(box.model.rowCount())]
    assert shown[0] == "Actuaries  ·  Occupation"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.router.current() == Link("occupation", occupation="15-2011.00")


def test_search_ranks_the_guides_careers_first(window, qtbot):
    box = window.search
    with qtbot.waitSignal(box.searched):
        qtbot.keyClicks(box, "health information")
    kinds = [box.model.record(r).kind for r in range(box.model.rowCount())]
    assert kinds[0] == "career" and "occupation" in kinds
    assert kinds == sorted(kinds, key=lambda k: k != "career")  # careers, then the rest


def test_choosing_a_guide_careers_code_opens_its_profile(window, qtbot):
    page = window.router.open("occupation")
    chooser = page.findChild(QComboBox, "occupationChooser")
    chooser.setFocus()
    coder = window.ctx.store.career("medical-coder")
    title = dict(window.ctx.store.snapshot_titles())[coder.onet_code]
    chooser.lineEdit().selectAll()
    qtbot.keyClicks(chooser.lineEdit(), f"{title} ({coder.onet_code})")
    qtbot.keyClick(chooser, Qt.Key.Key_Return)
    assert window.router.current_id() == "careers"
    assert window.router.page("careers").location().career in {
        c.career_id for c in window.ctx.store.careers() if c.onet_code == coder.onet_code
    }


def test_choosing_another_code_by_typing_opens_its_snapshot(window, qtbot):
    page = window.router.open("occupation")
    chooser = page.findChild(QComboBox, "occupationChooser")
    chooser.setFocus()
    qtbot.keyClicks(chooser.lineEdit(), "Actuaries (15-2011.00)")
    qtbot.keyClick(chooser, Qt.Key.Key_Return)
    assert window.router.current() == Link("occupation", occupation="15-2011.00")


def _visible_view(page, name: str):
    from PySide6.QtWidgets import QAbstractItemView

    views = [page.findChild(QAbstractItemView, n) for n in (name, f"{name}Cards")]
    return next(v for v in views if v is not None and v.isVisibleTo(page.window()))


def test_at_a_kiosk_one_tap_on_related_opens_a_snapshot(kiosk_window, qtbot):
    kiosk_window.router.open("related")
    page = kiosk_window.router.page("related")
    view = _visible_view(page, "relatedPrimaryShort")
    model = page.findChild(QTableView, "relatedPrimaryShort").model()
    row = next(r for r in range(model.rowCount()) if not model.record(r)["career_id"])
    page.ensureWidgetVisible(view)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert kiosk_window.router.current_id() == "occupation"
    assert kiosk_window.router.page("occupation").code == model.record(row)["related_code"]
    _back(kiosk_window, qtbot)
    assert kiosk_window.router.current_id() == "related"


def test_at_a_kiosk_one_tap_on_an_interest_match_opens_it(kiosk_window, qtbot):
    from layout_audit import sample_results

    page = sample_results(kiosk_window)
    view = _visible_view(page, "interestTopMatches")
    model = page.results.top_model
    row = next(r for r in range(model.rowCount()) if not model.record(r).career_id)
    page.ensureWidgetVisible(view)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert kiosk_window.router.current_id() == "occupation"


def test_related_leads_to_any_occupation(window, qtbot):
    window.router.open("related")
    button = window.router.page("related").findChild(QPushButton, "relatedAnyOccupation")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.router.current_id() == "occupation"
    chooser = window.router.page("occupation").findChild(QComboBox, "occupationChooser")
    assert chooser.count() == len(window.ctx.store.snapshot_titles()) == 1016
