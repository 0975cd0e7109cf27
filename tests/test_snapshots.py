"""Occupation snapshots (issue 33): the data of any O*NET occupation, checked against the
raw files in data/sources (O*NET 30.3 and 29.3, BLS EP 2024-34, OEWS May 2025)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from hrguide.domain.snapshot import AGGREGATE, DETAILED, NO_BLS, SHARED, bls_code

SOURCES = Path(__file__).resolve().parents[1] / "data" / "sources"


def _csv(*parts: str) -> list[dict]:
    with SOURCES.joinpath(*parts).open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _tsv(*parts: str) -> list[dict]:
    with SOURCES.joinpath(*parts).open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_bls_code_rule():
    titles = {"15-1211": "Computer Systems Analysts", "29-2099": "Health Technologists and Technicians, All Other", "15-2011": "Actuaries"}  # fmt: skip
    assert bls_code("15-2011.00", titles).kind == DETAILED
    assert bls_code("15-1211.01", titles).kind == SHARED  # counted with the analysts
    assert bls_code("29-2099.01", titles).kind == AGGREGATE
    assert bls_code("11-9199.02", titles) == bls_code("11-9199.02", {})  # nothing borrowed
    assert bls_code("11-9199.02", titles).kind == NO_BLS and bls_code("x", titles).code is None


def test_actuaries_from_the_raw_files(store):
    code = "15-2011.00"
    snap = store.snapshot(code)
    raw = next(r for r in _csv("onet-30.3", "occupation_data.csv") if r["O*NET-SOC Code"] == code)
    assert (snap.title, snap.description) == (raw["Title"], raw["Description"])
    zone = next(r for r in _csv("onet-30.3", "job_zones.csv") if r["O*NET-SOC Code"] == code)
    assert snap.job_zone == int(zone["Job Zone"])
    tasks = [r for r in _tsv("onet-29.3-all-occupations", "Task Statements.tsv") if r["O*NET-SOC Code"] == code]  # fmt: skip
    want = sorted(tasks, key=lambda r: (r["Task Type"] != "Core", int(r["Task ID"])))
    assert [t.text for t in snap.tasks] == [r["Task"] for r in want]  # core tasks first
    assert snap.tasks[0].core and not snap.tasks[-1].core
    ep = next(r for r in _csv("bls-ep-2024-34-all-occupations", "table_1_2_occupational_projections_2024_34.csv") if r["2024 National Employment Matrix code"] == "15-2011")  # fmt: skip
    assert snap.outlook.period == "2024-34"
    assert snap.outlook.change_percent == float(ep["Employment change, percent, 2024-34"])
    assert snap.outlook.openings_per_year == round(float(ep["Occupational openings, 2024-34 annual average"]) * 1000)  # fmt: skip
    assert snap.requirements.entry_education == ep["Typical education needed for entry"]
    pay = next(r for r in _csv("bls-oews-may2025", "oews_may2025_national_all_occupations.csv") if r["OCC_CODE"] == "15-2011")  # fmt: skip
    assert snap.national.median_annual == int(pay["A_MEDIAN"])
    assert (snap.national.pct10_annual, snap.national.pct90_annual) == (
        int(pay["A_PCT10"]),
        int(pay["A_PCT90"]),
    )


def test_a_state_figure_is_the_states_own_row(store):
    row = next(r for r in _csv("bls-oews-may2025", "oews_may2025_state_all_occupations.csv") if r["OCC_CODE"] == "15-2011" and r["AREA_TITLE"] == "Alabama")  # fmt: skip
    snap = store.snapshot("15-2011.00", state_area=row["AREA"])
    assert snap.state.median_annual == int(row["A_MEDIAN"])


def test_a_code_without_a_bls_wage_has_none(store):
    published = {r["OCC_CODE"] for r in _csv("bls-oews-may2025", "oews_may2025_national_all_occupations.csv")}  # fmt: skip
    code = next(
        c for c, _t in store.snapshot_titles() if c[:7] not in published and c.endswith(".00")
    )
    snap = store.snapshot(code)
    assert snap.national is None and snap.state is None


@pytest.mark.slow
def test_every_ranked_occupation_has_a_snapshot(store):
    ranked = {r["O*NET-SOC Code"] for r in _csv("onet-30.3", "career_interest_types.csv")}
    assert len(ranked) == 923
    for code in sorted(ranked):
        snap = store.snapshot(code, state_area="0100000")
        assert snap is not None and snap.title and snap.description, code


def test_db_check_reports_the_codes_left_without_figures(guide_db):
    import os
    import subprocess
    import sys

    onet = [r["O*NET-SOC Code"] for r in _csv("onet-30.3", "occupation_data.csv")]
    ep = {r["2024 National Employment Matrix code"] for r in _csv("bls-ep-2024-34-all-occupations", "table_1_2_occupational_projections_2024_34.csv") if r["Occupation type"] == "Line item"}  # fmt: skip
    paid = {r["OCC_CODE"] for r in _csv("bls-oews-may2025", "oews_may2025_national_all_occupations.csv")}  # fmt: skip
    no_code = [c for c in onet if c[:7] not in ep | paid]
    out = subprocess.run(
        [sys.executable, "-m", "hrguide", "db", "check", str(guide_db)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    lines = {" ".join(ln.split()[:-1]): ln.split()[-1] for ln in out.stdout.splitlines() if ln.startswith("  ")}  # fmt: skip
    assert lines["O*NET occupations"] == f"{len(onet):,}"
    assert lines["without a BLS code"] == f"{len(no_code):,}"
    by_state = {r["OCC_CODE"] for r in _csv("bls-oews-may2025", "oews_may2025_state_all_occupations.csv")}  # fmt: skip
    left = sorted(set(no_code) | {c for c in onet if c[:7] not in paid | by_state})
    assert "codes left without pay or outlook: " + ", ".join(left[:12]) in out.stdout
