"""Wage cells follow BLS's footnotes (issue 32, item 6): footnote 5 reads "at least
$239,200", a value above that threshold with no footnote is shown as published, footnote 8
reads "not released by BLS". Each kind of cell is found in BLS's own rows first."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from hrguide.build import bls
from hrguide.domain.models import Source, Wage

OEWS = Path(__file__).resolve().parents[1] / "data" / "sources" / "bls-oews-may2025"
ANNUAL = ("A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90")


def _rows(name: str):
    with (OEWS / name).open(newline="", encoding="utf-8") as fh:
        yield from csv.DictReader(fh)


def _as_wage(row: dict) -> Wage:
    """A raw row through the build's own reading, as the guide would hold it."""
    top = bls.top_wage(OEWS / "oews_datatype_and_footnote_codes.csv")
    cells = bls._wage_row(row, "bls-oews-2025", top)
    src = Source("bls-oews-2025", "BLS", "OEWS", "BLS OEWS", "May 2025", 2025, "public domain")
    split = lambda k: frozenset(filter(None, cells[k].split(",")))  # noqa: E731
    return Wage(row["OCC_CODE"], "S", row["AREA"], row["AREA_TITLE"], "000000", "", 0,
                cells["employment"], cells["mean_annual"], cells["pct10_annual"],
                cells["pct25_annual"], cells["median_annual"], cells["pct75_annual"],
                cells["pct90_annual"], cells["median_hourly"], src, split("top_coded"),
                split("not_released"))  # fmt: skip


def test_the_footnote_file_names_the_threshold():
    text = (OEWS / "oe_footnote_may2025.txt").read_text(encoding="utf-8")
    assert "$239,200 per year" in text and "Estimate not released" in text
    assert bls.top_wage(OEWS / "oews_datatype_and_footnote_codes.csv") == 239_200


def test_a_footnote_5_cell_reads_at_least_239200(qapp):
    from hrguide.ui.look import fmt

    row = next(
        r
        for r in _rows("oews_may2025_state_all_occupations.csv")
        if r["FN_A_MEDIAN"] == "5" and r["A_MEDIAN"] in ("", "-", "#")
    )
    assert fmt.wage(_as_wage(row), "median_annual") == "at least $239,200"


def test_a_value_above_the_threshold_is_shown_as_published(qapp):
    from hrguide.ui.look import fmt

    row = next(
        r
        for r in _rows("oews_may2025_state_all_occupations.csv")
        if not r["FN_A_MEDIAN"] and r["A_MEDIAN"].isdigit() and int(r["A_MEDIAN"]) > 239_200
    )
    assert fmt.wage(_as_wage(row), "median_annual") == f"${int(row['A_MEDIAN']):,}"


def test_a_value_above_the_threshold_reaches_the_guide_as_published(store):
    row = next(
        r
        for r in _rows("oews_may2025_national_all_occupations.csv")
        if not r["FN_A_MEDIAN"] and r["A_MEDIAN"].isdigit() and int(r["A_MEDIAN"]) > 239_200
    )
    assert store.national_pay()[row["OCC_CODE"]] == (int(row["A_MEDIAN"]), False)


def _earnings(window, qtbot, soc: str):
    window.router.open("earnings")
    page = window.router.page("earnings")
    qtbot.waitUntil(page.isVisible)
    career = next(c for c in window.ctx.store.careers() if c.soc_code == soc)
    combo = page.findChild(QComboBox, "earningsCareer")
    combo.setCurrentIndex(combo.findData(career.career_id))
    return page


def test_a_footnote_8_cell_reads_not_released_on_the_earnings_page(window, qtbot):
    state = next(
        r
        for r in _rows("oews_may2025_state.csv")
        if r["OCC_CODE"] == "29-2072" and r["FN_TOT_EMP"] == "8"
    )
    metro = next(
        r
        for r in _rows("oews_may2025_metro_nonmetro.csv")
        if r["OCC_CODE"] == "29-2072" and r["FN_A_MEDIAN"] == "8"
    )
    page = _earnings(window, qtbot, "29-2072")
    model = page.state_model
    r = next(i for i in range(model.rowCount()) if model.index(i, 0).data() == state["AREA_TITLE"])
    assert model.index(r, 4).data() == "not released by BLS"
    box = page.findChild(QLineEdit, "metroSearch")
    box.setFocus()
    qtbot.keyClicks(box, metro["AREA_TITLE"].split(",")[0])
    qtbot.keyClick(box, Qt.Key.Key_Return)
    metros = page.metro_model
    qtbot.waitUntil(lambda: metros.rowCount() > 0)
    m = next(
        i for i in range(metros.rowCount()) if metros.index(i, 0).data() == metro["AREA_TITLE"]
    )
    assert metros.index(m, 1).data() == "not released by BLS"
