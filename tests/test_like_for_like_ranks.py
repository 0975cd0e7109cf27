"""Compare Programs and Compare careers rank only like with like (issue 32, item 4): a
graduation rate within 150 % of normal time is never ranked against an award rate within 8
years; careers that tie share the mark; figures of different periods are not ranked; the
graduates-per-year row names its years. Expected rates are read from IPEDS's rows."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from hrguide.domain.compare import Cell, Row
from hrguide.domain.program_compare import BEST, WORST, PCell, PRow

SOURCES = Path(__file__).resolve().parents[1] / "data" / "sources"
UAB_BACHELOR = "100663:51.0701:5"
ENTERPRISE_CERT = "101143:51.0707:21"  # a certificate: IPEDS Outcome Measures' award rate
ALABAMA_STATE = "100724:51.0706:5"


def _ipeds(name: str, unitid: str, column: str) -> int:
    with (SOURCES / "ipeds-outcomes-gr-om-netprice" / name).open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if (r.get("UNITID") or r.get("unitid")) == unitid:
                return int(r[column])
    raise AssertionError(unitid)


def test_a_row_ranks_each_measure_apart():
    row = PRow(
        "rate",
        "higher",
        (
            PCell("rate", None, 64.0, detail="graduation"),
            PCell("rate", None, 27.0, detail="award"),
            PCell("rate", None, 30.0, detail="graduation"),
            PCell("rate", None, 41.0, detail="award"),
        ),
    )
    assert row.marks() == (BEST, WORST, WORST, BEST)
    alone = PRow("rate", "higher", row.cells[:3])
    assert alone.marks() == (BEST, None, WORST)  # one award rate: nothing to rank it with


def test_careers_that_tie_share_the_mark_and_periods_are_not_mixed():
    tie = Row("median", "Median salary", (Cell("money", None, number=1), Cell("money", None, number=1), Cell("money", None, number=3)))  # fmt: skip
    assert tie.extremes() == (frozenset({0, 1}), frozenset({2}))
    mixed = Row("growth", "Job growth", (Cell("percent", None, number=1, period="2025-35"), Cell("percent", None, number=5, period="2024-34")))  # fmt: skip
    assert mixed.extremes() == (frozenset(), frozenset())


def test_the_grid_never_ranks_a_graduation_rate_against_an_award_rate(window, qtbot):
    window.ctx.comparison.set_programs([UAB_BACHELOR, ENTERPRISE_CERT, ALABAMA_STATE])
    window.router.open("program-compare")
    page = window.router.page("program-compare")
    qtbot.waitUntil(page.isVisible)
    model = page.model
    r = next(i for i, row in enumerate(model.grid_rows()) if row.key == "rate")
    uab, enterprise, asu = (str(model.index(r, c).data()) for c in range(3))
    award = _ipeds("drvom2024_subset.csv", "101143", "OM1TOTLAWDP8")
    assert enterprise == f"{award}.0% earn an award within 8 years"  # no mark: alone
    assert uab == f"{_ipeds('drvgr2024_subset.csv', '100663', 'GRRTTOT')}.0% graduate within 150% of normal time (▲ best)"  # fmt: skip
    assert asu == f"{_ipeds('drvgr2024_subset.csv', '100724', 'GRRTTOT')}.0% graduate within 150% of normal time (▼ worst)"  # fmt: skip
    t = next(i for i, row in enumerate(model.grid_rows()) if row.key == "trend")
    label = model.headerData(t, Qt.Orientation.Vertical)
    assert label.startswith("Graduates per year, ") and " to " in label


def test_compare_careers_marks_every_career_that_ties(window):
    with (SOURCES / "bls-oews-may2025" / "oews_may2025_national.csv").open() as fh:
        medians = {r["OCC_CODE"]: int(r["A_MEDIAN"]) for r in csv.DictReader(fh)}
    window.router.open("compare")
    page = window.router.page("compare")
    page.set_careers(["health-information-technician", "medical-coder", "health-information-manager"])  # fmt: skip
    model = page.model
    r = next(i for i, row in enumerate(model.grid_rows()) if row.key == "median")
    soc = {c.title: c.soc_code for c in window.ctx.store.careers()}
    cells = {}
    for c in range(model.columnCount()):
        code = soc[model.headerData(c, Qt.Orientation.Horizontal)]
        cells.setdefault(code, []).append(str(model.index(r, c).data()))
    assert cells["29-2072"] == [f"${medians['29-2072']:,} (May 2025) ▼"] * 2  # the tie
    assert cells["11-9111"] == [f"${medians['11-9111']:,} (May 2025) ▲"]
