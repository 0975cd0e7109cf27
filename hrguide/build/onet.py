"""O*NET rows: occupations, tasks, ratings, education, titles, related occupations.

O*NET 30.3 (May 2026, CSV edition: comma-separated, CRLF) is the current release. Its
staged copy lacks the files of 4 MiB and more, so three kinds of rows still come from 29.3
(text edition, tab-separated), labelled with that release: knowledge, work styles and
alternate titles. 29-2072.00 and 29-9021.00 have no skill or education ratings in either
release: their careers show the former 29-2071.00's ratings (O*NET 23.x skills, 20.3
education and text), labelled with those releases, as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .readers import Row, num, read_csv, read_tsv

CURRENT = "onet-30.3"
PREVIOUS = "onet-29.3"  # knowledge, work styles, alternate titles (not in the 30.3 copy)
LEGACY_TEXT = "onet-20.3"  # description, tasks, titles, education, job zone of 29-2071.00
LEGACY_SKILLS = "onet-23"  # skills of 29-2071.00
NOW, BEFORE = "onet-30.3", "onet-29.3"  # folders


def _zone_names(rows: Iterable[dict[str, str]]) -> dict[int, str]:
    return {int(r["Job Zone"]): r["Name"] for r in rows}


def occupations(src: Path, codes: set[str], legacy: set[str]) -> list[Row]:
    cur, old = src / NOW, src / "onet-20.3-legacy"
    # 30.3 has four job zones (1 and 2 merged into "Job Zone 1-2", coded 2); the former
    # occupation keeps its release's five, named as in 29.3
    zone_names = _zone_names(read_csv(cur / "job_zone_reference.csv"))
    old_names = _zone_names(read_tsv(src / BEFORE / "Job Zone Reference.txt"))
    zones = {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in read_csv(cur / "job_zones.csv")}
    old_zones = {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in read_tsv(old / "Job Zones.txt")}
    rows = []
    for r in read_csv(cur / "occupation_data.csv"):
        code = r["O*NET-SOC Code"]
        if code in codes:
            rows.append(_occ(code, r, zones.get(code), zone_names, CURRENT))
    for r in read_tsv(old / "Occupation Data.txt"):
        code = r["O*NET-SOC Code"]
        if code in legacy:
            rows.append(_occ(code, r, old_zones.get(code), old_names, LEGACY_TEXT))
    return rows


def _occ(code: str, r: Row, zone: int | None, zone_names: dict[int, str], source_id: str) -> Row:
    return {
        "onet_code": code,
        "title": r["Title"],
        "description": r["Description"],
        "job_zone": zone,
        "job_zone_name": zone_names.get(zone) if zone else None,
        "is_legacy": int(source_id == LEGACY_TEXT),
        "source_id": source_id,
    }


def _task_rows(src: Path, codes: set[str], legacy: set[str]) -> Iterator[tuple[Row, str]]:
    for r in read_csv(src / NOW / "task_statements.csv"):
        if r["O*NET-SOC Code"] in codes:
            yield r, CURRENT
    for r in read_tsv(src / "onet-20.3-legacy" / "Task Statements.txt"):
        if r["O*NET-SOC Code"] in legacy:
            yield r, LEGACY_TEXT


def tasks(src: Path, codes: set[str], legacy: set[str]) -> list[Row]:
    return [
        {
            "onet_code": r["O*NET-SOC Code"],
            "task_id": int(r["Task ID"]),
            "task": r["Task"],
            "task_type": r["Task Type"] or None,  # 30.3 leaves it empty for some
            "source_id": source_id,
        }
        for r, source_id in _task_rows(src, codes, legacy)
    ]


def _ratings(
    lines: Iterable[dict[str, str]], wanted: set[str], domain: str, source_id: str
) -> Iterable[Row]:
    merged: dict[tuple[str, str], Row] = {}
    for r in lines:
        code = r["O*NET-SOC Code"]
        if code not in wanted:
            continue
        key = (code, r["Element ID"])
        row = merged.setdefault(
            key,
            {
                "onet_code": code,
                "domain": domain,
                "element_id": r["Element ID"],
                "element_name": r["Element Name"],
                "importance": None,
                "level": None,
                "source_id": source_id,
            },
        )
        scale = r["Scale ID"]
        if scale in ("IM", "OI", "WI"):
            row["importance"] = num(r["Data Value"])
        elif scale == "LV":
            row["level"] = num(r["Data Value"])
    return merged.values()


def ratings(src: Path, codes: set[str], legacy: set[str]) -> list[Row]:
    cur, prev, old = src / NOW, src / BEFORE, src / "onet-23.x-legacy"
    rows: list[Row] = []
    # 30.3 split the 35 skills into essential (2.A) and transferable (2.B); same element ids
    rows += _ratings(read_csv(cur / "essential_skills.csv"), codes, "skill", CURRENT)
    rows += _ratings(read_csv(cur / "transferable_skills.csv"), codes, "skill", CURRENT)
    rows += _ratings(read_tsv(prev / "Knowledge.txt"), codes, "knowledge", PREVIOUS)
    rows += _ratings(read_tsv(prev / "Work Styles.txt"), codes, "work_style", PREVIOUS)
    # "Interests" are "career interest types" in 30.3 (same elements and OI scale)
    rows += _ratings(read_csv(cur / "career_interest_types.csv"), codes, "interest", CURRENT)
    rows += _ratings(read_tsv(old / "Skills.txt"), legacy, "skill", LEGACY_SKILLS)
    rows += _ratings(read_tsv(old / "Work Styles.txt"), legacy, "work_style", LEGACY_SKILLS)
    rows += _ratings(read_tsv(old / "Interests.txt"), legacy, "interest", LEGACY_SKILLS)
    return rows


def education(src: Path, codes: set[str], legacy: set[str]) -> list[Row]:
    labels = {
        int(r["Category"]): r["Category Description"]
        for r in read_csv(src / NOW / "education_categories.csv")
        if r["Scale ID"] == "RL"
    }
    lines: list[tuple[dict[str, str], str]] = [
        (r, CURRENT) for r in read_csv(src / NOW / "education.csv") if r["O*NET-SOC Code"] in codes
    ]
    lines += [
        (r, LEGACY_TEXT)
        for r in read_tsv(src / "onet-20.3-legacy" / "Education, Training, and Experience.txt")
        if r["O*NET-SOC Code"] in legacy
    ]
    return [
        {
            "onet_code": r["O*NET-SOC Code"],
            "category": int(r["Category"]),
            "category_label": labels[int(r["Category"])],
            "percent": num(r["Data Value"]) or 0.0,
            "source_id": source_id,
        }
        for r, source_id in lines
        if r["Scale ID"] == "RL"
    ]


def titles(src: Path, codes: set[str], legacy: set[str]) -> list[Row]:
    rows: dict[tuple[str, ...], Row] = {}

    def add(code: str, title: str, short: str | None, kind: str, source_id: str) -> None:
        short = "" if short in (None, "n/a") else short
        rows.setdefault(
            (code, title, kind),
            {
                "onet_code": code,
                "title": title,
                "short_title": short,
                "kind": kind,
                "source_id": source_id,
            },
        )

    # 30.3's job titles file (the former alternate titles) is not in the staged copy
    for folder, wanted, source_id in (
        (BEFORE, codes, PREVIOUS),
        ("onet-20.3-legacy", legacy, LEGACY_TEXT),
    ):
        for r in read_tsv(src / folder / "Alternate Titles.txt"):
            if r["O*NET-SOC Code"] in wanted:
                add(
                    r["O*NET-SOC Code"],
                    r["Alternate Title"],
                    r["Short Title"],
                    "alternate",
                    source_id,
                )
    for r in read_csv(src / NOW / "sample_of_reported_titles.csv"):
        if r["O*NET-SOC Code"] in codes:
            add(r["O*NET-SOC Code"], r["Reported Job Title"], "", "reported", CURRENT)
    for r in read_tsv(src / "onet-20.3-legacy" / "Sample of Reported Titles.txt"):
        if r["O*NET-SOC Code"] in legacy:
            add(r["O*NET-SOC Code"], r["Reported Job Title"], "", "reported", LEGACY_TEXT)
    return list(rows.values())


def related(src: Path, codes: set[str]) -> list[Row]:
    return [
        {
            "onet_code": r["O*NET-SOC Code"],
            "related_code": r["Related O*NET-SOC Code"],
            "related_title": r["Related Title"],
            "tier": r["Relatedness Tier"],
            "rank": int(r["Index"]),
            "source_id": CURRENT,
        }
        for r in read_csv(src / NOW / "related_occupations.csv")
        if r["O*NET-SOC Code"] in codes
    ]


def technology(src: Path, codes: set[str]) -> list[Row]:
    """30.3's software skills (the former technology skills): the example and the software
    class it belongs to (Element Name, as the Commodity Title was)."""
    rows: dict[tuple[str, ...], Row] = {}
    for r in read_csv(src / NOW / "software_skills.csv"):
        if r["O*NET-SOC Code"] in codes:
            key = (r["O*NET-SOC Code"], r["Workplace Example"], r["Element Name"])
            rows.setdefault(
                key,
                {
                    "onet_code": key[0],
                    "example": key[1],
                    "category": key[2],
                    "hot_technology": int(r["Hot Technology"] == "Y"),
                    "in_demand": int(r["In Demand"] == "Y"),
                    "source_id": CURRENT,
                },
            )
    return list(rows.values())
