"""Every occupation the guide names, in brief (issue 33): O*NET's title, description, job
zone and tasks for all its occupations; BLS's 2024-34 outlook and entry requirements for
every detailed occupation; OEWS May 2025 pay nationally and by state for every occupation,
each cell as its BLS footnote says. The guide's own careers keep their fuller tables."""

from __future__ import annotations

from pathlib import Path

from .bls import _wage_row, top_wage
from .readers import Row, num, read_csv, read_tsv, thousands

ONET_FOLDER, ONET_SOURCE = "onet-30.3", "onet-30.3"
TASKS_FOLDER, TASKS_SOURCE = "onet-29.3-all-occupations", "onet-29.3"
OUTLOOK_FOLDER, OUTLOOK_SOURCE = "bls-ep-2024-34-all-occupations", "bls-ep-2024"
OUTLOOK_FILE = "table_1_2_occupational_projections_2024_34.csv"
PAY_FOLDER, PAY_SOURCE = "bls-oews-may2025", "bls-oews-2025"
PAY_FILES = ("oews_may2025_national_all_occupations.csv", "oews_may2025_state_all_occupations.csv")
NOT_APPLICABLE = "—"  # BLS's "not applicable" in Table 1.2's words columns


def occupations(src: Path) -> list[Row]:
    """Every O*NET-SOC code of O*NET 30.3 with its title, description and job zone."""
    folder = src / ONET_FOLDER
    zones = {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in read_csv(folder / "job_zones.csv")}
    return [
        {
            "onet_code": r["O*NET-SOC Code"],
            "title": r["Title"],
            "description": r["Description"],
            "job_zone": zones.get(r["O*NET-SOC Code"]),
            "source_id": ONET_SOURCE,
        }
        for r in read_csv(folder / "occupation_data.csv")
    ]


def tasks(src: Path) -> list[Row]:
    """Every task statement (O*NET 29.3), with whether O*NET rates it a core task."""
    return [
        {
            "onet_code": r["O*NET-SOC Code"],
            "task_id": int(r["Task ID"]),
            "task": r["Task"],
            "core": int(r["Task Type"] == "Core"),
            "source_id": TASKS_SOURCE,
        }
        for r in read_tsv(src / TASKS_FOLDER / "Task Statements.tsv")
    ]


def _words(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", NOT_APPLICABLE) else value


CHANGE = "Employment change, percent, "  # BLS's column; its years follow ("2024-34")


def outlook(src: Path) -> list[Row]:
    """BLS Table 1.2 for every detailed occupation ("Line item"). The projection period is
    read from the table's own column names, as BLS writes them."""
    rows = []
    for r in read_csv(src / OUTLOOK_FOLDER / OUTLOOK_FILE):
        if r["Occupation type"] != "Line item":
            continue
        span = next(k[len(CHANGE) :] for k in r if k.startswith(CHANGE))
        base = int(span[:4])
        rows.append(
            {
                "soc_code": r[f"{base} National Employment Matrix code"],
                "title": r[f"{base} National Employment Matrix title"],
                "period": span.replace("–", "-"),
                "employment_base": thousands(r[f"Employment, {base}"]),
                "employment_target": thousands(r[f"Employment, {base + 10}"]),
                "change_percent": num(r[f"Employment change, percent, {span}"]),
                "openings_per_year": thousands(r[f"Occupational openings, {span} annual average"]),
                "entry_education": _words(r["Typical education needed for entry"]),
                "work_experience": _words(r["Work experience in a related occupation"]),
                "job_training": _words(
                    r["Typical on-the-job training needed to attain competency in the occupation"]
                ),
                "source_id": OUTLOOK_SOURCE,
            }
        )
    return rows


def pay(src: Path) -> list[Row]:
    """Each detailed occupation's pay, nationally and in each state: median and the 10th and
    90th percentiles, with the cells BLS top-codes (footnote 5) or did not release
    (footnote 8) named."""
    folder = src / PAY_FOLDER
    top = top_wage(folder / "oews_datatype_and_footnote_codes.csv")
    rows = []
    for name in PAY_FILES:
        for r in read_csv(folder / name):
            if r["OCC_CODE"] == "00-0000" or r.get("DISPLAY_LEVEL", "3") != "3":
                continue  # the total and (by state) the major groups
            w = _wage_row(r, PAY_SOURCE, top)
            rows.append(
                {
                    "soc_code": r["OCC_CODE"],
                    "area_code": r["AREA"],
                    "pct10_annual": w["pct10_annual"],
                    "median_annual": w["median_annual"],
                    "pct90_annual": w["pct90_annual"],
                    "top_coded": w["top_coded"],
                    "not_released": w["not_released"],
                    "source_id": PAY_SOURCE,
                }
            )
    return rows
