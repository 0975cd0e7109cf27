"""O*NET rows: occupations, tasks, ratings, education, titles, related occupations."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .readers import num, read_tsv

CURRENT = "onet-29.3"
LEGACY_TEXT = "onet-20.3"  # description, tasks, titles, education, job zone of 29-2071.00
LEGACY_SKILLS = "onet-23"  # skills of 29-2071.00


def _job_zone_names(folder: Path) -> dict[int, str]:
    return {int(r["Job Zone"]): r["Name"] for r in read_tsv(folder / "Job Zone Reference.txt")}


def occupations(src: Path, codes: set[str], legacy: set[str]) -> list[dict]:
    cur, old = src / "onet-29.3", src / "onet-20.3-legacy"
    zone_names = _job_zone_names(cur)
    zones = {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in read_tsv(cur / "Job Zones.txt")}
    old_zones = {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in read_tsv(old / "Job Zones.txt")}
    rows = []
    for r in read_tsv(cur / "Occupation Data.txt"):
        code = r["O*NET-SOC Code"]
        if code in codes:
            zone = zones.get(code)
            rows.append(_occ(code, r, zone, zone_names, 0, CURRENT))
    for r in read_tsv(old / "Occupation Data.txt"):
        code = r["O*NET-SOC Code"]
        if code in legacy:
            zone = old_zones.get(code)
            rows.append(_occ(code, r, zone, zone_names, 1, LEGACY_TEXT))
    return rows


def _occ(code, r, zone, zone_names, legacy, source_id) -> dict:
    return {
        "onet_code": code,
        "title": r["Title"],
        "description": r["Description"],
        "job_zone": zone,
        "job_zone_name": zone_names.get(zone) if zone else None,
        "is_legacy": legacy,
        "source_id": source_id,
    }


def tasks(src: Path, codes: set[str], legacy: set[str]) -> list[dict]:
    rows = []
    for folder, wanted, source_id in (
        ("onet-29.3", codes, CURRENT),
        ("onet-20.3-legacy", legacy, LEGACY_TEXT),
    ):
        for r in read_tsv(src / folder / "Task Statements.txt"):
            if r["O*NET-SOC Code"] in wanted:
                rows.append(
                    {
                        "onet_code": r["O*NET-SOC Code"],
                        "task_id": int(r["Task ID"]),
                        "task": r["Task"],
                        "task_type": r["Task Type"] or None,
                        "source_id": source_id,
                    }
                )
    return rows


def _ratings(path: Path, wanted: set[str], domain: str, source_id: str) -> Iterable[dict]:
    merged: dict[tuple[str, str], dict] = {}
    for r in read_tsv(path):
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


def ratings(src: Path, codes: set[str], legacy: set[str]) -> list[dict]:
    cur, old = src / "onet-29.3", src / "onet-23.x-legacy"
    rows: list[dict] = []
    rows += _ratings(cur / "Skills.txt", codes, "skill", CURRENT)
    rows += _ratings(cur / "Knowledge.txt", codes, "knowledge", CURRENT)
    rows += _ratings(cur / "Work Styles.txt", codes, "work_style", CURRENT)
    rows += _ratings(cur / "Interests.txt", codes, "interest", CURRENT)
    rows += _ratings(old / "Skills.txt", legacy, "skill", LEGACY_SKILLS)
    rows += _ratings(old / "Work Styles.txt", legacy, "work_style", LEGACY_SKILLS)
    rows += _ratings(old / "Interests.txt", legacy, "interest", LEGACY_SKILLS)
    return rows


def education(src: Path, codes: set[str], legacy: set[str]) -> list[dict]:
    cur = src / "onet-29.3"
    labels = {
        int(r["Category"]): r["Category Description"]
        for r in read_tsv(cur / "Education, Training, and Experience Categories.txt")
        if r["Scale ID"] == "RL"
    }
    rows = []
    for folder, wanted, source_id in (
        ("onet-29.3", codes, CURRENT),
        ("onet-20.3-legacy", legacy, LEGACY_TEXT),
    ):
        for r in read_tsv(src / folder / "Education, Training, and Experience.txt"):
            if r["O*NET-SOC Code"] in wanted and r["Scale ID"] == "RL":
                category = int(r["Category"])
                rows.append(
                    {
                        "onet_code": r["O*NET-SOC Code"],
                        "category": category,
                        "category_label": labels[category],
                        "percent": num(r["Data Value"]) or 0.0,
                        "source_id": source_id,
                    }
                )
    return rows


def titles(src: Path, codes: set[str], legacy: set[str]) -> list[dict]:
    rows: dict[tuple, dict] = {}

    def add(code, title, short, kind, source_id):
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

    for folder, wanted, source_id in (
        ("onet-29.3", codes, CURRENT),
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
        for r in read_tsv(src / folder / "Sample of Reported Titles.txt"):
            if r["O*NET-SOC Code"] in wanted:
                add(r["O*NET-SOC Code"], r["Reported Job Title"], "", "reported", source_id)
    return list(rows.values())


def related(src: Path, codes: set[str]) -> list[dict]:
    return [
        {
            "onet_code": r["O*NET-SOC Code"],
            "related_code": r["Related O*NET-SOC Code"],
            "related_title": r["Related Title"],
            "tier": r["Relatedness Tier"],
            "rank": int(r["Index"]),
            "source_id": CURRENT,
        }
        for r in read_tsv(src / "onet-29.3" / "Related Occupations.txt")
        if r["O*NET-SOC Code"] in codes
    ]


def technology(src: Path, codes: set[str]) -> list[dict]:
    rows: dict[tuple, dict] = {}
    for r in read_tsv(src / "onet-29.3" / "Technology Skills.txt"):
        if r["O*NET-SOC Code"] in codes:
            key = (r["O*NET-SOC Code"], r["Example"], r["Commodity Title"])
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
