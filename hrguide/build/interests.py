"""The interest check's rows: the O*NET Interest Profiler items (word for word), its answer
scale, every occupation's interest profile and job zone (O*NET 30.3), the illustrative
activities of each area, and every occupation's national median pay (OEWS May 2025)."""

from __future__ import annotations

from pathlib import Path

from .bls import _wage_row, top_wage
from .readers import Row, num, read_csv

IP_SOURCE, IP_FOLDER = "onet-ip", "onet-interest-profiler"
ONET_SOURCE, ONET_FOLDER = "onet-30.3", "onet-30.3"
PAY_SOURCE, PAY_FOLDER = "bls-oews-2025", "bls-oews-may2025"
AREAS = ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional")

# The newer O*NET wording of the two items that differ between the copies, as
# data/sources/onet-interest-profiler/PROVENANCE.md gives it (the choice is noted there).
NEWER_WORDING = {
    ("short", 23): "Install software across computers on a large network",
    ("short", 43): "Teach sign language to people who are deaf or hard of hearing",
}
FORMS = (("mini", "mini_ip_30_items.csv"), ("short", "ip_short_form_60_items.csv"))


def items(src: Path) -> list[Row]:
    rows = []
    for form, name in FORMS:
        for r in read_csv(src / IP_FOLDER / name):
            number = int(r["index"])
            if r["area"] not in AREAS:
                raise ValueError(f"{name} item {number}: unknown area {r['area']!r}")
            newer = NEWER_WORDING.get((form, number))
            rows.append(
                {
                    "form": form,
                    "number": number,
                    "area": r["area"],
                    "text": newer or r["text"],
                    "older_text": r["text"] if newer else None,
                    "source_id": IP_SOURCE,
                }
            )
    return rows


def answers(src: Path) -> list[Row]:
    return [
        {"value": int(r["value"]), "label": r["name"]}
        for r in read_csv(src / IP_FOLDER / "answer_options.csv")
    ]


def profiles(src: Path) -> list[Row]:
    """One row per occupation with interest data: its six OI ratings (1-7) and job zone."""
    folder = src / ONET_FOLDER
    zones = {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in read_csv(folder / "job_zones.csv")}
    found: dict[str, Row] = {}
    for r in read_csv(folder / "career_interest_types.csv"):
        if r["Scale ID"] != "OI":
            continue
        code = r["O*NET-SOC Code"]
        row = found.setdefault(
            code,
            {
                "onet_code": code,
                "soc_code": code[:7],
                "title": r["Title"],
                "job_zone": zones.get(code),
                "source_id": ONET_SOURCE,
            },
        )
        row[r["Element Name"].lower()] = num(r["Data Value"])
    for code, row in found.items():
        missing = [a for a in AREAS if row.get(a.lower()) is None]
        if missing:
            raise ValueError(f"{code}: no {missing} interest rating")
    return list(found.values())


def activities(src: Path) -> list[Row]:
    """The illustrative work activities of each of the six areas (career types)."""
    return [
        {"area": r["Element Name"], "activity": r["Activity"], "source_id": ONET_SOURCE}
        for r in read_csv(src / ONET_FOLDER / "interests_illustrative_activities.csv")
        if r["Interest Type"] == "Career Type"
    ]


def job_zones(src: Path) -> list[Row]:
    return [
        {"job_zone": int(r["Job Zone"]), "name": r["Name"], "education": r["Education"]}
        for r in read_csv(src / ONET_FOLDER / "job_zone_reference.csv")
    ]


def national_pay(src: Path) -> list[Row]:
    """Every detailed occupation's national median pay (top-coded medians as the
    threshold, marked)."""
    folder = src / PAY_FOLDER
    top = top_wage(folder / "oews_datatype_and_footnote_codes.csv")
    rows = []
    for r in read_csv(folder / "oews_may2025_national_all_occupations.csv"):
        if r["OCC_CODE"] == "00-0000":
            continue
        w = _wage_row(r, PAY_SOURCE, top)
        rows.append(
            {
                "soc_code": r["OCC_CODE"],
                "title": r["OCC_TITLE"],
                "median_annual": w["median_annual"],
                "at_least": int("median_annual" in w["top_coded"].split(",")),
                "source_id": PAY_SOURCE,
            }
        )
    return rows
