"""BLS rows: occupations, OEWS/OES wages, employment projections."""

from __future__ import annotations

import re
from pathlib import Path

from .readers import Row, integer, num, read_csv, thousands

OEWS_FILES = (
    "oews_may2025_national.csv",
    "oews_may2025_national_by_industry.csv",
    "oews_may2025_state.csv",
    "oews_may2025_metro_nonmetro.csv",
)

# SOC 2010 codes of the older releases, titled as BLS titled them then.
SOC_2010 = {
    "29-2071": "Medical Records and Health Information Technicians",
    "11-9111": "Medical and Health Services Managers",
    "15-1141": "Database Administrators",
    "15-1121": "Computer Systems Analysts",
    "43-6013": "Medical Secretaries",
}


def occupations(src: Path) -> list[Row]:
    rows: dict[str, Row] = {}
    for r in read_csv(src / "bls-oews-may2025" / "oews_may2025_national.csv"):
        if r["OCC_CODE"] != "00-0000":
            rows[r["OCC_CODE"]] = {
                "soc_code": r["OCC_CODE"],
                "title": r["OCC_TITLE"],
                "soc_version": "2018",
            }
    for code, title in SOC_2010.items():
        rows.setdefault(code, {"soc_code": code, "title": title, "soc_version": "2010"})
    return [rows[k] for k in sorted(rows)]


# the yearly wage fields and their OEWS columns
ANNUAL = {
    "mean_annual": "A_MEAN",
    "pct10_annual": "A_PCT10",
    "pct25_annual": "A_PCT25",
    "median_annual": "A_MEDIAN",
    "pct75_annual": "A_PCT75",
    "pct90_annual": "A_PCT90",
}
TOP_CODED = "5"  # OEWS footnote: "This wage is equal to or greater than ... per year."
NOT_RELEASED = "8"  # OEWS footnote: "Estimate not released."


def top_wage(footnotes: Path) -> int | None:
    """The release's top-coding threshold per year, read from its footnote 5 ("... $115.00
    per hour or $239,200 per year"); None when the release has no such footnote file."""
    if not footnotes.exists():
        return None
    for r in read_csv(footnotes):
        if r["KIND"] == "footnote" and r["CODE"] == TOP_CODED:
            found = re.search(r"\$([\d,]+) per year", r["TEXT"])
            return int(found.group(1).replace(",", "")) if found else None
    return None


def _wage_row(r: Row, source_id: str, top: int | None = None) -> Row:
    """A wage row, each cell as its BLS footnote says. A top-coded wage (footnote 5, or "#"
    in place of the value) is stored as the release's threshold and named in `top_coded`:
    the guide shows "at least $239,200". A value above the threshold with no footnote is
    kept as published (May 2025 publishes them). A cell BLS did not release (footnote 8) is
    empty and named in `not_released`."""
    annual: dict[str, int | None] = {}
    top_coded = []
    for field, column in ANNUAL.items():
        raw = (r.get(column) or "").strip()
        if r.get(f"FN_{column}") == TOP_CODED or raw == "#":
            annual[field] = top
            top_coded.append(field)
        else:
            annual[field] = integer(raw)
    withheld = [
        field
        for field, column in (("employment", "TOT_EMP"), *ANNUAL.items())
        if r.get(f"FN_{column}") == NOT_RELEASED
    ]
    return {
        "employment": integer(r["TOT_EMP"]),
        **annual,
        "top_coded": ",".join(top_coded),
        "not_released": ",".join(withheld),
        "median_hourly": num(r["H_MEDIAN"]),
        "jobs_per_1000": num(r.get("JOBS_1000")),
        "location_quotient": num(r.get("LOC_QUOTIENT")),
        "source_id": source_id,
    }


def wages(src: Path, soc_codes: set[str]) -> list[Row]:
    rows = []
    top = top_wage(src / "bls-oews-may2025" / "oews_datatype_and_footnote_codes.csv")
    for name in OEWS_FILES:
        for r in read_csv(src / "bls-oews-may2025" / name):
            if r["OCC_CODE"] not in soc_codes:
                continue
            row = {
                "soc_code": r["OCC_CODE"],
                "area_type": r["AREA_TYPE"],
                "area_code": r["AREA"],
                "area_title": r["AREA_TITLE"],
                "state_fips": r["PRIM_STATE_FIPS"],
                "industry_code": r["NAICS"],
                "industry_title": r["NAICS_TITLE"],
                "industry_level": int(r["INDUSTRY_DISPLAY_LEVEL"]),
            }
            row.update(_wage_row(r, "bls-oews-2025", top))
            rows.append(row)
    for r in read_csv(src / "bls-oes-may2015" / "national_M2015_dl_subset.csv"):
        if r["OCC_CODE"] not in SOC_2010:
            continue
        row = {
            "soc_code": r["OCC_CODE"],
            "area_type": "N",
            "area_code": "0000000",
            "area_title": "National",
            "state_fips": "00",
            "industry_code": "000000",
            "industry_title": "Cross-industry",
            "industry_level": 0,
        }
        row.update(_wage_row(r, "bls-oes-2015", top_wage(src / "bls-oes-may2015" / "none")))
        rows.append(row)
    return rows


def _table_1_2(path: Path, base: int, soc_codes: set[str], source_id: str) -> list[Row]:
    """Rows of BLS's own Table 1.2 (occupational projections) for a base year: its column
    names carry the years ("Employment, 2024", "... percent, 2024–34")."""
    target = base + 10
    span = f"{base}–{target % 100:02d}"  # BLS writes an en dash
    rows = []
    for r in read_csv(path):
        code = r[f"{base} National Employment Matrix code"]
        if code not in soc_codes:
            continue
        rows.append(
            {
                "soc_code": code,
                "period": f"{base}-{target % 100:02d}",
                "base_year": base,
                "target_year": target,
                "employment_base": thousands(r[f"Employment, {base}"]),
                "employment_target": thousands(r[f"Employment, {target}"]),
                "change_percent": num(r[f"Employment change, percent, {span}"]),
                "openings_per_year": thousands(r[f"Occupational openings, {span} annual average"]),
                "entry_education": r["Typical education needed for entry"],
                "work_experience": r["Work experience in a related occupation"],
                "job_training": r[
                    "Typical on-the-job training needed to attain competency in the occupation"
                ],
                "source_id": source_id,
            }
        )
    return rows


EP_2025_FOLDER = "bls-ep-2025-35"
EP_2025_BLS_FILE = "ep_2025_35_table_1_2_occupational_projections.csv"  # BLS's own, if added
EP_2025_EXTRACT = "ep_2025_35_subset_thirdparty.csv"


def projections_2025(src: Path, soc_codes: set[str]) -> list[Row]:
    """EP 2025-35: BLS's own Table 1.2 when its CSV is in the folder (drop it in and rebuild),
    else the third-party extract, which lacks work experience and on-the-job training
    (those stay with the 2024-34 rows, role projections.details)."""
    folder = src / EP_2025_FOLDER
    if (folder / EP_2025_BLS_FILE).exists():
        return _table_1_2(folder / EP_2025_BLS_FILE, 2025, soc_codes, "bls-ep-2025")
    rows = []
    for r in read_csv(folder / EP_2025_EXTRACT):
        if r["occ_code"] not in soc_codes:
            continue
        rows.append(
            {
                "soc_code": r["occ_code"],
                "period": "2025-35",
                "base_year": 2025,
                "target_year": 2035,
                # the extract's counts are BLS's thousands x 1000 (1026.1 -> 1026099.99...)
                "employment_base": thousands(r["EMPLOYMENT_2025_THOUSANDS_COMPUTED"]),
                "employment_target": thousands(r["EMPLOYMENT_2035_THOUSANDS_COMPUTED"]),
                "change_percent": num(r["growth_pct"]),
                "openings_per_year": thousands(r["ANNUAL_OPENINGS_THOUSANDS_COMPUTED"]),
                "entry_education": r["education"] or None,
                "work_experience": None,
                "job_training": None,
                "source_id": "bls-ep-2025",
            }
        )
    return rows


def projections(src: Path, soc_codes: set[str]) -> list[Row]:
    folder = src / "bls-employment-projections"
    rows = projections_2025(src, soc_codes)
    rows += _table_1_2(
        folder / "ep_2024_34_table_1_2_occupational_projections.csv", 2024, soc_codes, "bls-ep-2024"
    )
    for r in read_csv(folder / "ep_2014_24_employment_subset.csv"):
        rows.append(
            {
                "soc_code": r["SOC_CODE_2010"],
                "period": "2014-24",
                "base_year": 2014,
                "target_year": 2024,
                "employment_base": integer(r["EMPLOYMENT_2014"]),
                "employment_target": integer(r["EMPLOYMENT_2024"]),
                "change_percent": num(r["PCT_CHANGE_2014_24_COMPUTED"]),
                "openings_per_year": None,
                "entry_education": None,
                "work_experience": None,
                "job_training": None,
                "source_id": "bls-ep-2014",
            }
        )
    return rows


def projection_factors(src: Path, soc_codes: set[str]) -> list[Row]:
    path = src / "bls-employment-projections" / "ep_2024_34_table_1_12_utilization_factors.csv"
    return [
        {
            "soc_code": r["2024 National Employment Matrix occupation code"],
            "industry_code": r["2024 National Employment Matrix industry code"],
            "industry_title": r["2024 National Employment Matrix industry title"],
            "factor": r["Factors affecting occupational utilization"],
            "source_id": "bls-ep-2024",
        }
        for r in read_csv(path)
        if r["2024 National Employment Matrix occupation code"] in soc_codes
    ]
