"""Pathway moves compare like with like (issue 32, items 1-3): figures of one area, named;
a newcomer's pay where the next job needs experience; no difference between two jobs BLS
counts under one code; a lower-paid move shown as a different path. The expected figures are
read from BLS's rows in data/sources, not from the guide's database."""

from __future__ import annotations

import csv
import re
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from hrguide.domain import pathways as rules
from hrguide.domain.models import Source, Wage

OEWS = Path(__file__).resolve().parents[1] / "data" / "sources" / "bls-oews-may2025"


def _raw(name: str, area: str, soc: str) -> dict | None:
    with (OEWS / name).open(newline="", encoding="utf-8") as fh:
        return next(
            (r for r in csv.DictReader(fh) if r["AREA_TITLE"] == area and r["OCC_CODE"] == soc),
            None,
        )


def _national(soc: str, column: str = "A_MEDIAN") -> int:
    row = _raw("oews_may2025_national.csv", "National", soc)
    assert row is not None
    return int(row[column])


def _money(value: int) -> str:
    return ("\u2212" if value < 0 else "+") + f"${abs(value):,}"


def _wage(median: int | None, pct25: int | None = None) -> Wage:
    src = Source("s", "BLS", "OEWS", "BLS OEWS", "May 2025", 2025, "public domain")
    return Wage("x", "N", "0", "US", "000000", "", 0, None, None, None, pct25, median, None, None,
                None, src)  # fmt: skip


# -- the rule ---------------------------------------------------------------------------
def test_two_jobs_under_one_code_have_no_difference_to_show():
    diff = rules.pay_difference(
        ("29-2072", "29-2072"), (_wage(1), None), (_wage(2), None), state=False, experience=None
    )
    assert diff.kind == rules.SAME_CODE and diff.median_gain is None


def test_a_state_without_an_estimate_makes_both_sides_national():
    start = (_wage(50_000), _wage(40_000))
    end = (_wage(70_000), None)
    diff = rules.pay_difference(("a", "b"), start, end, state=True, experience="None")
    assert diff.national and diff.missing_state == ("end",) and diff.median_gain == 20_000


def test_a_job_that_needs_experience_is_reached_at_a_newcomers_pay():
    start = (_wage(50_000), None)
    end = (_wage(120_000, pct25=90_000), None)
    diff = rules.pay_difference(("a", "b"), start, end, state=False, experience="Less than 5 years")
    assert (diff.median_gain, diff.entry_gain, diff.conservative) == (70_000, 40_000, 40_000)
    none_needed = rules.pay_difference(("a", "b"), start, end, state=False, experience="None")
    assert none_needed.entry_gain is None and none_needed.conservative == 70_000


def test_money_below_zero_has_a_real_minus_sign(qapp):
    from hrguide.ui.look import fmt

    assert fmt.money(-19_240) == "\u2212$19,240"
    assert fmt.money_change(16_880) == "+$16,880" and fmt.money_change(0) == "$0"


# -- on the page --------------------------------------------------------------------------
@pytest.fixture
def page(window, qtbot):
    window.router.open("advancement")
    p = window.router.page("advancement")
    qtbot.waitUntil(p.isVisible)
    return p


def _move(page, qtbot, state: str | None, step: str, to: str) -> str:
    box = page.findChild(QComboBox, "pathwayState")
    box.setCurrentIndex(box.findData(state) if state else 0)
    button = page.findChild(QPushButton, f"pathwayStep-{step}")
    qtbot.waitUntil(lambda: button.width() > 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return unescape(page.findChild(QLabel, f"pathwayMove-{to}").text())


def test_alabama_technician_to_technologist_mixes_no_areas(page, qtbot):
    assert _raw("oews_may2025_state.csv", "Alabama", "29-9021") is None  # BLS has none
    alabama_technician = _raw("oews_may2025_state.csv", "Alabama", "29-2072")
    assert alabama_technician is not None
    national = _national("29-9021") - _national("29-2072")
    mixed = _national("29-9021") - int(alabama_technician["A_MEDIAN"])
    text = _move(
        page, qtbot, "AL", "health-information-technician", "health-information-technologist"
    )
    assert _money(national) in text and f"${mixed:,}" not in text
    assert "national figures, May 2025; BLS has no Alabama estimate for" in text


def test_technician_to_manager_pays_back_at_a_newcomers_pay_and_says_so(page, qtbot):
    text = _move(page, qtbot, None, "health-information-technician", "health-information-manager")
    entry = _national("11-9111", "A_PCT25") - _national("29-2072")
    medians = _national("11-9111") - _national("29-2072")
    assert _money(entry) in text and _money(medians) in text
    assert "25th percentile of Health information manager" in text and "Less than 5 years" in text
    tuition = int(re.search(r"\$([\d,]+) a year \(the US", text).group(1).replace(",", ""))
    years = f"{tuition * 2 / entry:.1f}"
    assert f"about {years} years of a newcomer's pay difference (the lower figure)" in text


@pytest.mark.parametrize(
    ("step", "to", "code"),
    [
        ("medical-coder", "health-information-technician", "29-2072"),
        ("health-information-manager", "health-services-administrator", "11-9111"),
        ("health-information-manager", "health-information-director", "11-9111"),
    ],
)
def test_a_move_within_one_code_says_what_the_data_cannot_show(page, qtbot, step, to, code):
    text = _move(page, qtbot, None, step, to)
    assert f"BLS counts both jobs under one code ({code})" in text
    assert "$0" not in text and "no pay gain" not in text


def test_a_move_to_lower_pay_is_a_different_path_with_a_real_minus(page, qtbot):
    text = _move(page, qtbot, None, "health-information-manager", "database-administrator")
    gap = _national("15-1242") - _national("11-9111")
    assert gap < 0 and _money(gap) in text and "$-" not in text
    assert text.startswith("<h3>A different path, at lower median pay") and "Next:" not in text
