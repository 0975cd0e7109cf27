"""Program outcomes (issue 16, first part): figures traced to their raw rows, the monthly
payment against a worked example, and suppressed figures never shown as zero or blank."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from hrguide.domain.models import Institution, Source
from hrguide.domain.outcomes import (
    LoanTerms,
    ProgramOutcome,
    debt_share,
    monthly_payment,
    out_earns_high_school,
)


def test_monthly_payment_matches_a_worked_amortization_example():
    """$10,000 at 6 % a year over 10 years: r = 0.005, n = 120,
    10000 x 0.005 / (1 - 1.005^-120) = $111.02 a month (the textbook example)."""
    assert round(monthly_payment(10000, 6.0, 10), 2) == 111.02
    assert round(monthly_payment(25125, 6.39, 10), 0) == 284
    assert monthly_payment(12000, 0.0, 10) == 100.0
    assert monthly_payment(None, 6.39) is None
    with pytest.raises(ValueError):
        monthly_payment(1000, 5.0, 0)


def test_shares_and_the_high_school_test_say_nothing_without_both_figures():
    assert debt_share(25125, 53021) == pytest.approx(47.39, abs=0.01)
    assert debt_share(None, 53021) is None and debt_share(1000, None) is None
    assert debt_share(1000, 0) is None


@pytest.mark.parametrize(
    ("unitid", "family", "level", "earnings", "years", "debt"),
    [
        # data/sources/college-scorecard-fos-2026/value_check_cip4_5107_5122_5127_1108.csv
        (100663, "51.07", 3, 53021, 4, 25125),  # UAB, 5107, bachelor's
        (100663, "51.07", 5, 136395, 4, 41000),  # UAB, 5107, master's
        (100858, "51.07", 3, 74392, 4, 24000),  # Auburn, 5107, bachelor's
        (101116, "51.07", 2, 36905, 4, 27848),  # South University-Montgomery, associate
    ],
)
def test_program_earnings_and_debt_equal_the_scorecard_rows(
    store, unitid, family, level, earnings, years, debt
):
    rows = {(o.cip_family, o.credential_level): o for o in store.program_outcomes(unitid)}
    o = rows[(family, level)]
    assert (o.earnings, o.earnings_years, o.debt_median) == (earnings, years, debt)
    assert o.hs_earnings_state == 32204  # Alabama's threshold in the same rows
    assert o.source.source_id == "scorecard-fos-2026"
    assert "Truewise" in o.source.attribution  # the derived copy asks for credit


def test_graduation_rates_outcome_measures_and_net_prices_equal_their_rows(store):
    # drvgr2024_subset.csv: 100663 GRRTTOT 64, 101143 GRRTTOT 42 (PROVENANCE's checks)
    assert store.school_outcome(100663).graduation_rate == 64
    assert store.school_outcome(101143).graduation_rate == 42
    # drvom2024_subset.csv, 101143: OM1TOTLAWDP8 27, OM2TOTLAWDP8 22
    om = store.school_outcome(101143)
    assert (om.award_8yr_ft_first, om.award_8yr_pt_first) == (27, 22)
    # scorecard_net_price_subset.csv: 100663 avg 18749, $0-30k 16172; 100724 $110k+ 19031
    uab = store.net_price(100663)
    assert uab.average == 18749 and dict(uab.by_income)["0_30k"] == 16172
    assert dict(store.net_price(100724).by_income)["110k_plus"] == 19031
    loan = store.loan_terms()
    assert (loan.rate_percent, loan.term_years, loan.academic_year) == (6.39, 10, "2025-26")
    assert loan.source.url.startswith("https://studentaid.gov/")


def test_suppressed_figures_stay_missing_in_the_database(db):
    """No zero where the Scorecard suppressed a value (empty in the source)."""
    assert db.execute("SELECT COUNT(*) FROM program_outcomes WHERE earnings = 0").fetchone()[0] == 0
    assert (
        db.execute("SELECT COUNT(*) FROM program_outcomes WHERE debt_median = 0").fetchone()[0] == 0
    )


@pytest.fixture(scope="module")
def db(guide_db):
    import sqlite3

    conn = sqlite3.connect(f"file:{guide_db}?mode=ro", uri=True)
    yield conn
    conn.close()


SOURCE = Source("s", "ED", "Scorecard", "College Scorecard", "2026", 2026, "", "credit", "", "")
LOAN = LoanTerms(6.39, 10, "2025-26", SOURCE)
SCHOOL = Institution(
    unitid=1,
    name="A",
    alias="",
    address="",
    city="",
    state="AL",
    zip="",
    web_address="",
    control_label="Public",
    closed_date=None,
    online_courses=None,
    latitude=None,
    longitude=None,
    tuition_year=None,
    ug_in_district=None,
    ug_in_state=None,
    ug_out_of_state=None,
    grad_in_state=None,
    grad_out_of_state=None,
)
maybe_money = st.one_of(st.none(), st.integers(min_value=0, max_value=400_000))


@given(
    earnings=maybe_money,
    debt=maybe_money,
    threshold=maybe_money,
    level=st.sampled_from([1, 2, 3, 5, 8]),
    years=st.sampled_from([1, 4]),
)
def test_a_missing_figure_is_never_shown_as_zero_or_blank(
    qapp, earnings, debt, threshold, level, years
):
    from hrguide.ui.html.outcomes import Outcomes, outcomes_html

    o = ProgramOutcome(
        1, "51.07", "Health", level, "Cred", None, earnings, years, threshold, debt, SOURCE
    )
    html = outcomes_html(SCHOOL, Outcomes([o], None, None, LOAN))
    table = html.split("</table>")[0]  # the program's own table: label | value rows
    values = [r.split("<td>")[2].split("</td>")[0] for r in table.split("<tr>")[1:]]
    cells = ["", "", *values]  # (positions as in the grid: earnings at 2 ... verdict at 6)
    assert len(values) == 5 and all(v.strip() for v in values)
    if earnings is None:
        assert cells[2] == "too few graduates to report"
    if debt is None:
        assert cells[3] == cells[4] == "too few graduates to report"
    # a figure that exists is shown as itself, one that does not says why: "$0" appears only
    # where the figure really is zero
    if earnings is not None:
        assert cells[2].startswith(f"${earnings:,} a year")
    if debt is not None:
        assert cells[3] == f"${debt:,}"
    if "$0" in "".join(cells[2:4]):
        assert 0 in (earnings, debt)
    if earnings is not None and threshold is not None:
        assert cells[6] == ("yes" if out_earns_high_school(o) else "no")


def test_the_completions_trend_equals_the_five_survey_files(store):
    """UAB (100663) 51.0701 bachelor's (award level 5): CTOTALT 142, 120, 137, 93, 109 in
    c2020_a ... c2024_a_completions_wider_cip.csv."""
    import csv

    from tests.conftest import SOURCES

    years, series = store.program_trends(100663)
    assert years == ["2019-20", "2020-21", "2021-22", "2022-23", "2023-24"]
    want = []
    for year in (2020, 2021, 2022, 2023, 2024):
        path = SOURCES / "ipeds-2024-wider-cip" / f"c{year}_a_completions_wider_cip.csv"
        with path.open(encoding="utf-8-sig", newline="") as fh:
            want.append(
                next(
                    int(r["CTOTALT"])
                    for r in csv.DictReader(fh)
                    if (r["UNITID"], r["CIPCODE"], r["AWLEVEL"]) == ("100663", "51.0701", "5")
                )
            )
    assert series["100663:51.0701:5"] == want == [142, 120, 137, 93, 109]


@pytest.mark.parametrize(
    ("counts", "direction", "stopped"),
    [
        ([142, 120, 137, 93, 109], "shrinking", False),
        ([5, 10, 11, 19, 14], "growing", False),
        ([56, 60, 64, 63, 54], "steady", False),
        ([4, 3, 2, 0, None], "shrinking", True),
        ([None, None, None, None, None], "unknown", True),
        ([None, None, None, None, 1], "unknown", False),  # one figure shows no direction
        ([None, 2, 3, 3, 9], "growing", False),
    ],
)
def test_trend_rules(counts, direction, stopped):
    from hrguide.domain.outcomes import no_recent_graduates, trend_direction

    assert trend_direction(counts) == direction
    assert no_recent_graduates(counts) is stopped


def test_the_detail_marks_a_program_without_recent_graduates(qapp):
    from hrguide.ui.html.trend import trend_html

    html = trend_html(["2019-20", "2020-21"], [("Coding, Certificate", [3, 0]), ("HIT", [None, 4])])
    assert "2019-20 3 · 2020-21 0" in html and "2019-20 not reported · 2020-21 4" in html
    html = trend_html(["a", "b", "c"], [("Coding, Certificate", [3, 0, None])])
    assert "no graduates in the last two years" in html


def test_regional_price_parities_equal_the_bea_rows(store):
    """rpp_all_items_2023_2024.csv, 2024: Alabama 88.823, California 110.720; Abilene, TX
    (CBSA 10180) 90.364; Alabama's nonmetropolitan portion 83.231 for its nonmetro areas."""
    rpp = store.price_parities()
    assert rpp["0100000"] == 88.823 and rpp["0600000"] == 110.72
    assert rpp["0010180"] == 90.364
    assert rpp["0100001"] == 83.231  # Northwest Alabama nonmetropolitan area
    assert store.role("prices.regional").source_id == "bea-rpp-2024"


def test_the_cost_of_living_toggle_restates_medians_and_says_so(window, qtbot):
    from PySide6.QtWidgets import QCheckBox, QLabel, QTableView

    from hrguide.domain.outcomes import at_national_prices

    page = window.router.open("earnings")
    toggle = page.findChild(QCheckBox, "costOfLiving")
    note = page.findChild(QLabel, "costOfLivingNote")
    table = page.findChild(QTableView, "stateTable")
    last = table.model().columnCount() - 1
    assert not toggle.isChecked() and table.isColumnHidden(last) and note.isHidden()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)  # as a keyboard user turns it on
    assert toggle.isChecked() and not table.isColumnHidden(last) and not note.isHidden()
    assert "BEA Regional Price Parities, 2024" in note.text()
    rpp = window.store.price_parities()
    model = table.model()
    for row in range(model.rowCount()):
        w = model.record(row)
        want = at_national_prices(w.median_annual, rpp.get(w.area_code))
        shown = model.index(row, last).data()
        assert shown == ("not published" if want is None else f"about ${want:,}")
    alabama = next(r for r in range(model.rowCount()) if model.record(r).area_title == "Alabama")
    median = model.record(alabama).median_annual
    # rounded to $10 like BLS's yearly wages, and marked as the estimate it is
    assert model.index(alabama, last).data() == f"about ${round(median * 100 / 88.823, -1):,.0f}"
    page.reset()
    assert not toggle.isChecked() and table.isColumnHidden(last)


def test_a_programs_note_is_a_full_width_row_of_plain_text_under_it(store, qapp):
    import datetime
    from html import unescape

    from hrguide.domain.shortlist import PROGRAM, ShortlistItem
    from hrguide.ui.html.handout import Handout, handout_html

    program = store.programs()[0]
    noted = ShortlistItem(1, 1, PROGRAM, program.program_id, program.school, "", "<b>ask</b>", 0)
    plain = ShortlistItem(2, 1, PROGRAM, program.program_id, program.school, "", "", 1)
    html = handout_html(store, Handout("T", [noted, plain], date=datetime.date(2026, 12, 1)))
    assert "<th>Note</th>" not in html
    assert "<td colspan='5' class='small'><i>Note:</i> &lt;b&gt;ask&lt;/b&gt;</td>" in html
    assert unescape(html).count("Note:") == 1  # the program without a note has no row for one
