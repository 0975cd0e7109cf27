"""The school finder's outcome columns, the graduation/award-rate filter and the sorts by
earnings, debt-to-earnings and net price (issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QSpinBox, QTableView

from hrguide.domain.outcomes import completion_rate, debt_share
from hrguide.domain.school_sort import sort_rows
from hrguide.domain.schools import SchoolFilter, filter_rows
from hrguide.ui.models.schools import COLUMN_OF
from hrguide.ui.print.school_export import NOT_REPORTED, export_table


@pytest.mark.parametrize(
    ("iclevel", "grad", "award", "want"),
    [
        (1, 64.0, 66.0, ("graduation", 64.0)),  # a four-year school: its graduation rate
        (2, 42.0, 27.0, ("award", 27.0)),  # a two-year school: the award rate
        (3, None, 50.0, ("award", 50.0)),
        (1, None, 31.0, ("award", 31.0)),  # no graduation rate reported
        (2, 42.0, None, None),  # the figure that applies is missing: nothing, not the other
        (1, None, None, None),
    ],
)
def test_the_completion_rate_rule(iclevel, grad, award, want):
    assert completion_rate(iclevel, grad, award) == want


def test_programs_carry_their_schools_rate_and_net_price(store):
    by_school = {p.unitid: p for p in store.programs()}
    # drvgr2024_subset.csv: 100663 GRRTTOT 64; drvom2024_subset.csv: 101143 OM1TOTLAWDP8 27
    uab, enterprise = by_school[100663], by_school[101143]
    assert (uab.completion_kind, uab.completion_rate) == ("graduation", 64)
    assert (enterprise.completion_kind, enterprise.completion_rate) == ("award", 27)
    # scorecard_net_price_subset.csv: 100663 average net price 18749
    assert uab.net_price == 18749


def _shown(page) -> list[str]:
    return [page.model.program_at(r).program_id for r in range(page.model.rowCount())]


def test_typing_a_minimum_rate_narrows_the_list_as_the_rule_says(schools, qtbot):
    box = schools.findChild(QSpinBox, "minRate")
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "70")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    want = filter_rows(schools.index, SchoolFilter(min_rate=70))
    shown = _shown(schools)
    assert shown == [schools.index.programs[i].program_id for i in want] and shown
    # a rate that is not reported never passes; every shown rate is at least 70
    assert all(schools.index.programs[i].completion_rate >= 70 for i in want)
    assert len(want) < len([p for p in schools.index.programs if p.completion_rate is not None])
    schools.findChild(QPushButton, "clearFilters").click()
    assert box.value() == 0 and schools.model.rowCount() == len(schools.index)


@pytest.mark.parametrize("key", ["earnings", "debt_share", "net_price"])
def test_clicking_an_outcome_header_sorts_with_missing_figures_last(schools, qtbot, key):
    table = schools.findChild(QTableView, "schoolTable")
    header = table.horizontalHeader()
    col = COLUMN_OF[key]
    table.scrollTo(schools.model.index(0, col))
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first = _shown(schools)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    second = _shown(schools)
    ix = schools.index
    rows = list(range(len(ix)))
    ascending = [ix.programs[i].program_id for i in sort_rows(ix, rows, key)]
    descending = [ix.programs[i].program_id for i in sort_rows(ix, rows, key, True)]
    assert {tuple(first), tuple(second)} == {tuple(ascending), tuple(descending)}

    def value(p):
        return {
            "earnings": p.earnings,
            "debt_share": debt_share(p.debt_median, p.earnings),
            "net_price": p.net_price,
        }[key]

    by_id = {p.program_id: p for p in ix.programs}
    values = [value(by_id[pid]) for pid in first]
    known = [v for v in values if v is not None]
    assert known and values[: len(known)] == known  # every missing figure after the known
    assert known in (sorted(known), sorted(known, reverse=True))
    # the cell says why a figure is missing, never "0" or a blank
    missing_row = len(known)
    if missing_row < len(values):
        text = schools.model.index(missing_row, col).data()
        assert text in ("too few to report", "not reported")


def test_the_csv_export_carries_outcomes_and_never_an_empty_outcome_cell(schools):
    header, rows = export_table(schools.model, schools.periods)
    cols = [i for i, h in enumerate(header) if "earnings" in h or "debt" in h or "net price" in h]
    assert len(cols) == 3
    assert "College Scorecard" in header[cols[0]] and "2026" in header[cols[0]]
    by_id = {p.program_id: p for p in schools.index.programs}
    for row in rows:
        p = by_id[row[0]]
        for col, value in zip(cols, (p.earnings, p.debt_median, p.net_price), strict=True):
            assert row[col] == (NOT_REPORTED if value is None else value)
