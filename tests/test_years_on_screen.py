"""Every figure has its year, derived figures are rounded like their source and marked
"about", and the chart labels each median where it stands (issue 32, item 7)."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hrguide.domain.outcomes import at_national_prices
from hrguide.ui.widgets.wage_chart import WageRangeChart

OEWS = Path(__file__).resolve().parents[1] / "data" / "sources" / "bls-oews-may2025"


def test_the_chart_labels_each_median_over_its_mark(window, qtbot):
    page = window.router.open("earnings")
    chart = page.findChild(WageRangeChart)
    qtbot.waitUntil(lambda: chart.width() > 0)
    with (OEWS / "oews_may2025_national.csv").open() as fh:
        medians = {int(r["A_MEDIAN"]) for r in csv.DictReader(fh)}
    layout = chart.layout_at(chart.width())
    for cy, series in layout.rows:
        assert series.median in medians  # BLS's own figure
        label = next(
            t for t in layout.texts if t.text == f"${series.median:,}" and t.rect.bottom() < cy
        )
        centre = label.rect.center().x()
        assert abs(centre - layout.x(series.median)) <= 2 or label.rect.left() == layout.left
        assert layout.x(series.p10) <= centre <= layout.x(series.p90)  # never past a whisker


def test_cost_of_living_figures_are_rounded_like_bls_and_marked_about(qapp):
    from hrguide.ui.look import fmt

    assert at_national_prices(47_550, 88.823) == 53_530  # 53,533.4: to the $10, as BLS
    assert fmt.about_money(53_530) == "about $53,530"


def test_the_interest_matches_name_the_year_of_their_pay(window, qtbot):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    from layout_audit import sample_results

    page = sample_results(window)
    note = page.findChild(QLabel, "interestMatchesNote").text()
    assert "Pay is the national median (BLS OEWS, May 2025)" in note
    model = page.results.top_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Median pay, US (May 2025)" in headers
