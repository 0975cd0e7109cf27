"""The facts the guide promises, checked against the source files themselves."""

from __future__ import annotations

import csv
import sqlite3

import pytest
from conftest import GUIDE_DB, SOURCES


@pytest.fixture(scope="module")
def db():
    conn = sqlite3.connect(f"file:{GUIDE_DB}?mode=ro", uri=True)
    yield conn
    conn.close()


def _csv(rel: str) -> list[dict]:
    with (SOURCES / rel).open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _one(db, sql, *params):
    return db.execute(sql, params).fetchone()


def test_may_2025_national_figures_equal_the_oews_file(db):
    rows = _csv("bls-oews-may2025/oews_may2025_national.csv")
    checked = 0
    for r in rows:
        if r["OCC_CODE"] == "00-0000":
            continue
        got = _one(
            db,
            "SELECT median_annual, employment, pct10_annual, pct90_annual, mean_annual"
            " FROM wages WHERE soc_code = ? AND source_id = 'bls-oews-2025'"
            " AND area_type = 'N' AND industry_code = '000000'",
            r["OCC_CODE"],
        )
        assert got == (
            int(r["A_MEDIAN"]),
            int(r["TOT_EMP"]),
            int(r["A_PCT10"]),
            int(r["A_PCT90"]),
            int(r["A_MEAN"]),
        ), r["OCC_CODE"]
        checked += 1
    assert checked == 7


def test_medical_records_specialists_median_matches_bls_workbook(db):
    xlsx_row = next(
        r
        for r in _csv("bls-oews-may2025/national_M2025_dl_subset.csv")
        if r["OCC_CODE"] == "29-2072"
    )
    got = _one(
        db,
        "SELECT median_annual FROM career_latest_wage"
        " WHERE career_id = 'health-information-technician'",
    )[0]
    assert got == int(xlsx_row["A_MEDIAN"]) == 51140


def test_the_articles_2015_median(db):
    assert (
        _one(
            db,
            "SELECT median_annual FROM wages WHERE soc_code = '29-2071'"
            " AND source_id = 'bls-oes-2015'",
        )[0]
        == 37110
    )


def test_the_articles_2014_24_growth(db):
    growth = dict(
        db.execute("SELECT soc_code, change_percent FROM projections WHERE period = '2014-24'")
    )
    assert growth["29-2071"] == 15.4
    assert growth["11-9111"] == 16.9


def test_2024_34_projections_equal_table_1_2(db):
    for r in _csv("bls-employment-projections/ep_2024_34_table_1_2_occupational_projections.csv"):
        code = r["2024 National Employment Matrix code"]
        if code == "00-0000":
            continue
        pct, openings, edu = _one(
            db,
            "SELECT change_percent, openings_per_year, entry_education"
            " FROM projections WHERE soc_code = ? AND period = '2024-34'",
            code,
        )
        assert pct == float(r["Employment change, percent, 2024–34"])
        assert openings == round(float(r["Occupational openings, 2024–34 annual average"]) * 1000)
        assert edu == r["Typical education needed for entry"]


def test_2025_35_projections_equal_the_third_party_extract(db):
    """The current projections, traced to data/sources/bls-ep-2025-35/
    ep_2025_35_subset_thirdparty.csv. Row 2 (11-9111): 640.4 -> 795.5 thousand, +24.2 %,
    62.3 thousand openings a year, Bachelor's degree; the 29-2072 row: +7.8 %, 14.0
    thousand openings, Postsecondary nondegree award."""
    assert _one(
        db,
        "SELECT employment_base, employment_target, change_percent, openings_per_year,"
        " entry_education, source_id FROM projections"
        " WHERE soc_code = '11-9111' AND period = '2025-35'",
    ) == (640400, 795500, 24.2, 62300, "Bachelor's degree", "bls-ep-2025")
    assert _one(
        db,
        "SELECT change_percent, openings_per_year, entry_education FROM projections"
        " WHERE soc_code = '29-2072' AND period = '2025-35'",
    ) == (7.8, 14000, "Postsecondary nondegree award")
    rows = _csv("bls-ep-2025-35/ep_2025_35_subset_thirdparty.csv")
    ours = {"29-2072", "29-9021", "11-9111", "15-1242", "15-1243", "43-6013", "15-1211"}
    for r in rows:
        if r["occ_code"] not in ours:
            continue
        pct, openings, edu, work = _one(
            db,
            "SELECT change_percent, openings_per_year, entry_education, work_experience"
            " FROM projections WHERE soc_code = ? AND period = '2025-35'",
            r["occ_code"],
        )
        assert pct == float(r["growth_pct"]) and edu == r["education"]
        assert openings == round(float(r["ANNUAL_OPENINGS_THOUSANDS_COMPUTED"]) * 1000)
        assert work is None  # not in the extract: the 2024-34 row keeps it
    roles = dict(db.execute("SELECT role, source_id FROM source_roles").fetchall())
    assert roles["projections.current"] == "bls-ep-2025"
    assert roles["projections.details"] == "bls-ep-2024"


def test_state_metro_and_industry_rows_are_all_there(db):
    wanted = {"29-2072", "29-9021", "11-9111", "15-1242", "15-1243", "43-6013", "15-1211"}
    for name, area_type in (
        ("oews_may2025_state.csv", "S"),
        ("oews_may2025_metro_nonmetro.csv", "M"),
    ):
        expected = sum(1 for r in _csv(f"bls-oews-may2025/{name}") if r["OCC_CODE"] in wanted)
        got = _one(db, "SELECT COUNT(*) FROM wages WHERE area_type = ?", area_type)[0]
        assert got == expected
    industry = sum(
        1
        for r in _csv("bls-oews-may2025/oews_may2025_national_by_industry.csv")
        if r["OCC_CODE"] in wanted
    )
    assert (
        _one(db, "SELECT COUNT(*) FROM wages WHERE area_type = 'N' AND industry_code != '000000'")[
            0
        ]
        == industry
    )


def test_unpublished_wages_stay_missing(db):
    dashes = sum(
        1
        for r in _csv("bls-oews-may2025/oews_may2025_state.csv")
        if r["A_MEDIAN"] == "-" and r["OCC_CODE"] != "00-0000"
    )
    assert (
        _one(db, "SELECT COUNT(*) FROM wages WHERE area_type = 'S' AND median_annual IS NULL")[0]
        == dashes
    )
    assert _one(db, "SELECT COUNT(*) FROM wages WHERE median_annual = 0")[0] == 0


def test_careers_map_to_soc_codes_and_say_where_bls_groups_them(db):
    careers = dict(db.execute("SELECT career_id, soc_code FROM careers"))
    assert careers == {
        "health-information-technician": "29-2072",
        "medical-coder": "29-2072",
        "health-information-technologist": "29-9021",
        "health-information-manager": "11-9111",
        "medical-practice-manager": "11-9111",
        "health-services-administrator": "11-9111",
        "database-administrator": "15-1242",
        "medical-secretary": "43-6013",
    }
    notes = dict(db.execute("SELECT career_id, grouping_note FROM careers"))
    assert "29-2072" in notes["medical-coder"]
    assert "11-9111" in notes["health-information-manager"]


def test_legacy_ratings_are_used_and_labelled_where_onet_29_3_has_none(db):
    code, legacy, source = _one(
        db,
        "SELECT c.ratings_onet_code, o.is_legacy, r.source_id FROM careers c"
        " JOIN onet_occupations o ON o.onet_code = c.ratings_onet_code"
        " JOIN onet_ratings r ON r.onet_code = c.ratings_onet_code AND r.domain = 'skill'"
        " WHERE c.career_id = 'health-information-technician' LIMIT 1",
    )
    assert (code, legacy, source) == ("29-2071.00", 1, "onet-23")
    assert (
        _one(
            db,
            "SELECT COUNT(*) FROM onet_ratings WHERE onet_code = '29-2072.00' AND domain = 'skill'",
        )[0]
        == 0
    )


def test_onet_is_cc_by_with_its_attribution(db):
    licence, attribution = _one(
        db, "SELECT licence, attribution FROM sources WHERE source_id = 'onet-29.3'"
    )
    assert licence == "CC BY 4.0"
    assert "O*NET 29.3 Database" in attribution and "CC BY 4.0" in attribution


def test_every_figure_row_points_at_a_known_source(db):
    for table in (
        "wages",
        "projections",
        "onet_tasks",
        "onet_ratings",
        "programs",
        "tuition",
        "institutions",
        "career_facts",
        "credentials",
        "cip_soc",
    ):
        orphans = _one(
            db,
            f"SELECT COUNT(*) FROM {table} t LEFT JOIN sources s"
            " ON s.source_id = t.source_id WHERE s.source_id IS NULL",
        )[0]
        assert orphans == 0, table


def test_ipeds_counts(db):
    """5,086 programs (C2024_A rows of the 16 listed CIP codes) at 2,011 schools; the ones
    with no awards in 2023-24 are kept (the school reported the program) and show 0."""
    cips = {r[0] for r in db.execute("SELECT DISTINCT cip_code FROM career_programs")}
    rows = [
        r
        for r in _csv("ipeds-2024-wider-cip/c2024_a_completions_wider_cip.csv")
        if r["CIPCODE"] in cips
    ]
    assert _one(db, "SELECT COUNT(*) FROM programs")[0] == len(rows) == 5086
    assert (
        _one(db, "SELECT COUNT(*) FROM institutions")[0] == len({r["UNITID"] for r in rows}) == 2011
    )
    zero = sum(1 for r in rows if r["CTOTALT"] == "0")
    assert _one(db, "SELECT COUNT(*) FROM programs WHERE completions = 0")[0] == zero


def test_official_cip_titles(db):
    titles = dict(db.execute("SELECT cip_code, title FROM cip_programs"))
    assert titles["51.0706"] == "Health Information/Medical Records Administration/Administrator"
    assert titles["51.0707"] == "Health Information/Medical Records Technology/Technician"


def test_missing_tuition_stays_missing(db):
    units = {r[0] for r in db.execute("SELECT unitid FROM institutions")}
    rows = [
        r
        for r in _csv("ipeds-2023-25-price-distance/ic2023_ay_tuition_subset.csv")
        if int(r["UNITID"]) in units
    ]
    missing = sum(1 for r in rows if r["CHG2AY3"] in ("", "."))
    assert _one(db, "SELECT COUNT(*) FROM tuition")[0] == len(rows)
    assert _one(db, "SELECT COUNT(*) FROM tuition WHERE ug_in_state IS NULL")[0] == missing
    assert _one(db, "SELECT COUNT(*) FROM tuition WHERE ug_in_state = 0")[0] == 0
    # Enterprise State Community College, 51.0707: the provenance's checked example
    # (ipeds-2023-25-price-distance/PROVENANCE.md: in-state 2022-23 $4,920, 2023-24 $5,040)
    row = _one(
        db,
        "SELECT school, ug_in_state, online_ug_programs, tuition_year"
        " FROM program_details WHERE school LIKE 'Enterprise State%'"
        " AND cip_code = '51.0707' LIMIT 1",
    )
    assert row == ("Enterprise State Community College", 5040, 1, "2023-24")


def test_the_newer_price_and_distance_education_come_from_the_2024_25_files(db):
    """DRVCOST2024 TUFEYR3 (2024-25) for UNITID 101143 is 5100 (drvcost2024_price_subset.csv);
    its IC2024 row says undergraduate programs entirely online (DSTNUGP = 1)."""
    drv = {
        r["UNITID"]: r for r in _csv("ipeds-2023-25-price-distance/drvcost2024_price_subset.csv")
    }
    assert drv["101143"]["TUFEYR3"] == "5100"
    assert _one(
        db, "SELECT academic_year, ug_in_district, source_id FROM prices WHERE unitid = 101143"
    ) == (
        "2024-25",
        5100,
        "ipeds-drvcost2024",
    )
    dist = {
        r["UNITID"]: r
        for r in _csv("ipeds-2023-25-price-distance/ic2024_distance_education_subset.csv")
    }
    for unitid, online, source in db.execute(
        "SELECT unitid, online_ug_programs, distance_source_id FROM institutions"
    ):
        d = dist.get(str(unitid))
        if d is None:
            assert online is None and source is None
        else:
            assert source == "ipeds-ic2024"
            assert online == (None if int(d["DSTNUGP"]) < 0 else int(d["DSTNUGP"]))
    roles = dict(db.execute("SELECT role, source_id FROM source_roles").fetchall())
    assert roles["schools.tuition"] == "ipeds-ic2023"
    assert roles["schools.distance"] == "ipeds-ic2024"
    assert roles["schools.price_newer"] == "ipeds-drvcost2024"


def test_crosswalk_links_programs_to_careers(db):
    socs = {r[0] for r in db.execute("SELECT soc_code FROM cip_soc WHERE cip_code = '51.0707'")}
    assert {"29-2072", "29-9021"} <= socs


def test_credentials_name_their_issuers(db):
    rows = {
        r[0]: r[1:]
        for r in db.execute(
            "SELECT c.abbreviation, o.abbreviation, c.requirements FROM credentials c"
            " JOIN organizations o ON o.org_id = c.org_id"
        )
    }
    assert rows["RHIT"][0] == "AHIMA" and "CAHIIM" in rows["RHIT"][1]
    assert rows["RHIA"][0] == "AHIMA" and "bachelor" in rows["RHIA"][1]
    assert rows["CPC"][0] == "AAPC"
    orgs = {r[0] for r in db.execute("SELECT abbreviation FROM organizations")}
    assert {"AHIMA", "AAPC", "BMSC", "CAHIIM", "NCRA"} <= orgs


def test_credential_words_are_current_in_both_languages(db):
    """Issue 15's corrections: ODS-C (NCRA's 2024 name for the CTR), no PAHCS (defunct as
    far as the editors can tell), the CCA's one hard requirement, CPC-A, the RHIA's
    post-baccalaureate route, COC and CIC as AAPC core credentials, BMSC's current name,
    assisted-living licences, and the 2015 medical secretary group."""
    orgs = {r[0]: r[1] for r in db.execute("SELECT abbreviation, name FROM organizations")}
    assert "PAHCS" not in orgs
    assert orgs["BMSC"] == "Board of Medical Specialty Coding & Compliance"
    creds = {
        r[0]: r[1:]
        for r in db.execute("SELECT credential_id, name, requirements, summary FROM credentials")
    }
    assert "ctr" not in creds and "pahcs-coding" not in creds
    assert "Oncology Data Specialist" in creds["ods-c"][0] and "2024" in creds["ods-c"][2]
    assert "high school diploma" in creds["cca"][1]
    assert "CPC-A" in creds["cpc"][1]
    assert "post-baccalaureate" in creds["rhia"][1]
    assert "core" in creds["aapc-specialty"][0] and "specialty" not in creds["aapc-specialty"][0]
    assert "assisted-living" in creds["nha-license"][2]
    assert "need no license" not in creds["nha-license"][2]
    es = {
        (r[0], r[1]): r[2]
        for r in db.execute(
            "SELECT row_key, field, text FROM translations"
            " WHERE lang = 'es' AND table_name = 'credentials'"
        )
    }
    assert "ODS-C" in es[("ods-c", "summary")] and "CPC-A" in es[("cpc", "requirements")]
    assert "residencias asistidas" in es[("nha-license", "summary")]
    assert not any("PAHCS" in text for text in es.values())
    pages = " ".join(r[0] for r in db.execute("SELECT body_md FROM pages"))
    assert "PAHCS" not in pages and "CPC-A" in pages
    facts = " ".join(r[0] for r in db.execute("SELECT value FROM career_facts"))
    assert "PAHCS" not in facts and "ODS-C" in facts
    note = _one(db, "SELECT grouping_note FROM careers WHERE career_id = 'medical-secretary'")[0]
    assert "SOC 2010" in note and "narrower" in note


def test_article_table_is_reproducible_with_sources_and_years(db):
    """Degree, field, certification, skills, growth, median for technician vs manager."""
    for career in ("health-information-technician", "health-information-manager"):
        facts = {
            r[0]: r[1:]
            for r in db.execute(
                "SELECT f.fact_key, f.value, s.short_label FROM career_facts f"
                " JOIN sources s ON s.source_id = f.source_id WHERE career_id = ?",
                (career,),
            )
        }
        assert set(facts) == {"degree", "field", "certification", "skills"}
        assert all(value and label for value, label in facts.values())
        growth = _one(
            db,
            "SELECT o.change_percent, s.year FROM career_outlook o"
            " JOIN sources s ON s.source_id = o.source_id"
            " WHERE o.career_id = ? AND o.period = '2014-24'"
            " UNION ALL SELECT p.change_percent, s.year FROM careers c"
            " JOIN projections p ON p.soc_code = c.historical_soc_code"
            " JOIN sources s ON s.source_id = p.source_id"
            " WHERE c.career_id = ? AND p.period = '2014-24'",
            career,
            career,
        )
        assert growth[0] is not None and growth[1] == 2014
        median = _one(
            db, "SELECT median_annual, year FROM career_latest_wage WHERE career_id = ?", career
        )
        assert median[0] > 0 and median[1] == 2025


def test_pages_exist_and_type_no_figures(db):
    """Prose carries no numbers: every figure on screen is read from a data table."""
    pages = dict(db.execute("SELECT page_id, body_md FROM pages WHERE lang = 'en'"))
    assert set(pages) == {
        "overview",
        "daily-work",
        "education",
        "employers",
        "earnings",
        "advancement",
        "related",
        "schools",
        "sources",
    }
    for page_id, body in pages.items():
        assert not any(ch.isdigit() for ch in body), page_id


def test_onet_30_3_is_the_current_release(db):
    """Traced to data/sources/onet-30.3 (CSV edition): 18 task statements for 11-9111.00,
    job zone 2 ("Job Zone 1-2") for 43-6013.00 (job_zones.csv, 02/2026), skills from
    essential_skills.csv (2.A) and transferable_skills.csv (2.B); knowledge, work styles
    and alternate titles from 29.3, labelled so; 29-2072.00 has no ratings in 30.3."""
    tasks = [
        r for r in _csv("onet-30.3/task_statements.csv") if r["O*NET-SOC Code"] == "11-9111.00"
    ]
    assert len(tasks) == 18
    assert _one(
        db, "SELECT COUNT(*), MIN(source_id) FROM onet_tasks WHERE onet_code = '11-9111.00'"
    ) == (18, "onet-30.3")
    assert _one(
        db,
        "SELECT job_zone, job_zone_name, source_id FROM onet_occupations"
        " WHERE onet_code = '43-6013.00'",
    ) == (2, "Job Zone 1-2: Very Little to Some Preparation Needed", "onet-30.3")
    essential = {
        r["Element ID"]
        for r in _csv("onet-30.3/essential_skills.csv")
        if r["O*NET-SOC Code"] == "11-9111.00"
    }
    transferable = {
        r["Element ID"]
        for r in _csv("onet-30.3/transferable_skills.csv")
        if r["O*NET-SOC Code"] == "11-9111.00"
    }
    skills = {
        r[0]
        for r in db.execute(
            "SELECT element_id FROM onet_ratings WHERE onet_code = '11-9111.00'"
            " AND domain = 'skill' AND source_id = 'onet-30.3'"
        )
    }
    assert skills == essential | transferable and len(skills) == 35
    by_domain = dict(
        db.execute(
            "SELECT domain, MIN(source_id) FROM onet_ratings WHERE onet_code = '11-9111.00'"
            " GROUP BY domain"
        ).fetchall()
    )
    assert by_domain == {
        "skill": "onet-30.3",
        "interest": "onet-30.3",
        "knowledge": "onet-29.3",
        "work_style": "onet-29.3",
    }
    assert _one(
        db, "SELECT COUNT(*) FROM onet_ratings WHERE onet_code = '29-2072.00' AND domain = 'skill'"
    ) == (0,)
    # the technician's ratings are the former 29-2071.00's, from O*NET 23.x
    assert _one(
        db,
        "SELECT MIN(source_id) FROM onet_ratings WHERE onet_code = '29-2071.00'"
        " AND domain = 'skill'",
    ) == ("onet-23",)
    software = {
        (r["Workplace Example"], r["Element Name"])
        for r in _csv("onet-30.3/software_skills.csv")
        if r["O*NET-SOC Code"] == "29-2072.00"
    }
    ours = set(
        db.execute(
            "SELECT example, category FROM technology_skills WHERE onet_code = '29-2072.00'"
        ).fetchall()
    )
    assert ours == software and ours
    roles = dict(db.execute("SELECT role, source_id FROM source_roles").fetchall())
    assert roles["onet.current"] == "onet-30.3"
    attribution = _one(db, "SELECT attribution FROM sources WHERE source_id = 'onet-30.3'")[0]
    assert "O*NET 30.3" in attribution and "has modified all or some" in attribution


def test_a_top_coded_wage_is_at_least_the_releases_top_value(db):
    """OEWS footnote 5 ("equal to or greater than $115.00 per hour or $239,200 per year"):
    such a wage is stored as the threshold, flagged, and shown as "at least $239,200". The
    May 2025 rows of the guide's occupations have no top-coded cell (their 90th percentiles
    above $239,200 are published as numbers), so the reader is checked on a row written the
    way BLS marks one."""
    from hrguide.build.bls import _wage_row, top_wage

    top = top_wage(SOURCES / "bls-oews-may2025" / "oews_datatype_and_footnote_codes.csv")
    assert top == 239200
    row = {
        "TOT_EMP": "1,000",
        "A_MEAN": "150000",
        "A_PCT10": "80000",
        "A_PCT25": "100000",
        "A_MEDIAN": "140000",
        "A_PCT75": "200000",
        "A_PCT90": "#",
        "FN_A_PCT90": "5",
        "H_MEDIAN": "67.31",
    }
    wage = _wage_row(row, "bls-oews-2025", top)
    assert wage["pct90_annual"] == 239200 and wage["top_coded"] == "pct90_annual"
    assert wage["median_annual"] == 140000
    assert _one(db, "SELECT COUNT(*) FROM wages WHERE top_coded != ''")[0] == 0
    assert _one(db, "SELECT MAX(pct90_annual) FROM wages")[0] > 239200


def test_a_top_coded_wage_reads_at_least(qapp):
    from hrguide.domain.models import Source, Wage
    from hrguide.ui.look import fmt

    source = Source("s", "BLS", "OEWS", "BLS OEWS", "May 2025", 2025, "", "", "", "")
    wage = Wage(
        "11-9111",
        "N",
        "0",
        "US",
        "000000",
        "all",
        0,
        1,
        None,
        None,
        None,
        150000,
        None,
        239200,
        None,
        source,
        top_coded=frozenset({"pct90_annual"}),
    )
    assert fmt.wage(wage, "pct90_annual") == "at least $239,200"
    assert fmt.wage(wage, "median_annual") == "$150,000"
    assert fmt.wage(None, "median_annual") == "not published"
