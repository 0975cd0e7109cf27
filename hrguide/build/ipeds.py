"""IPEDS and NCES rows: programs, institutions, tuition, CIP titles, the CIP-SOC crosswalk."""

from __future__ import annotations

from pathlib import Path

from .readers import Row, flag, integer, num, read_csv

PRICE_DISTANCE = "ipeds-2023-25-price-distance"
WIDER = "ipeds-2024-wider-cip"
DISTANCE_FILE = "ic2024_distance_education_subset.csv"

CONTROL_LABELS = {1: "Public", 2: "Private nonprofit", 3: "Private for-profit"}

# IPEDS award levels, grouped into the levels a student thinks in.
AWARD_GROUPS = {
    20: ("certificate", 1),
    21: ("certificate", 2),
    2: ("certificate", 3),
    3: ("associate", 4),
    4: ("certificate", 5),
    5: ("bachelor", 6),
    6: ("postbacc", 7),
    7: ("master", 8),
    8: ("postbacc", 9),
    17: ("doctorate", 10),
    18: ("doctorate", 11),
    19: ("doctorate", 12),
}


def _labels(src: Path) -> list[Row]:
    return list(read_csv(src / WIDER / "c2024_a_code_labels.csv"))


def crosswalk_socs(src: Path) -> dict[str, set[str]]:
    """Every SOC code the NCES crosswalk links to each CIP code of the wider extract."""
    return {
        r["CIPCODE"]: set(filter(None, r["ALL_CROSSWALK_SOCS"].split(";")))
        for r in read_csv(src / WIDER / "cip_list.csv")
    }


def cip_programs(src: Path) -> list[Row]:
    return [
        {"cip_code": r["CODE"], "title": r["LABEL"].strip(), "source_id": "ipeds-c2024"}
        for r in _labels(src)
        if r["VARNAME"] == "CIPCODE"
    ]


def award_levels(src: Path) -> list[Row]:
    rows = []
    for r in _labels(src):
        if r["VARNAME"] == "AWLEVEL":
            code = int(r["CODE"])
            group, order = AWARD_GROUPS[code]
            rows.append(
                {
                    "award_level": code,
                    "label": r["LABEL"].strip(),
                    "level_group": group,
                    "sort_order": order,
                }
            )
    return rows


def cip_soc(src: Path) -> list[Row]:
    return [
        {
            "cip_code": r["CIP2020Code"],
            "cip_title": r["CIP2020Title"].rstrip(". "),
            "soc_code": r["SOC2018Code"],
            "soc_title": r["SOC2018Title"],
            "source_id": "nces-cip-soc",
        }
        for r in read_csv(src / "nces-cip-soc-crosswalk" / "cip2020_soc2018_subset.csv")
    ]


def institutions(src: Path, units: set[int]) -> list[Row]:
    """Directory rows (HD2024) of the schools in `units`: the original extract's and those
    the wider program list adds."""
    distance = {r["UNITID"]: r for r in read_csv(src / PRICE_DISTANCE / DISTANCE_FILE)}
    rows = []
    lines = list(read_csv(src / "ipeds" / "hd2024_directory_subset.csv"))
    lines += read_csv(src / WIDER / "hd2024_directory_added.csv")
    seen: set[int] = set()
    for r in lines:
        if int(r["UNITID"]) not in units or int(r["UNITID"]) in seen:
            continue
        seen.add(int(r["UNITID"]))
        d = distance.get(r["UNITID"])
        control = int(r["CONTROL"])
        closed = r["CLOSEDAT"].strip()
        rows.append(
            {
                "unitid": int(r["UNITID"]),
                "name": r["INSTNM"].strip(),
                "alias": r["IALIAS"].strip(),
                "address": r["ADDR"].strip(),
                "city": r["CITY"].strip(),
                "state": r["STABBR"],
                "zip": r["ZIP"],
                "web_address": r["WEBADDR"].strip(),
                "net_price_url": r["NPRICURL"].strip(),
                "control": control,
                "control_label": CONTROL_LABELS[control],
                "iclevel": integer(r["ICLEVEL"]),
                "latitude": num(r["LATITUDE"]),
                "longitude": num(r["LONGITUD"]),
                "county": r["COUNTYNM"].strip(),
                "closed_date": None if closed in ("", "-2") else closed,
                "online_ug_programs": flag(d["DSTNUGP"]) if d else None,
                "online_grad_programs": flag(d["DSTNGP"]) if d else None,
                "online_courses": flag(d["DISTCRS"]) if d else None,
                "source_id": "ipeds-hd2024",
                "distance_source_id": "ipeds-ic2024" if d else None,
            }
        )
    return rows


def states(src: Path, codes: set[str]) -> list[Row]:
    """The names of the states (and DC, Puerto Rico, ...) whose postal codes are in
    `codes`: each school's directory row gives its state's FIPS code, and NCES's label for
    that code is the name."""
    names = {
        int(r["CODE"]): r["LABEL"].strip()
        for r in read_csv(src / WIDER / "hd2024_code_labels.csv")
        if r["VARNAME"] == "FIPS"
    }
    fips: dict[str, int] = {}
    for name in ("ipeds/hd2024_directory_subset.csv", f"{WIDER}/hd2024_directory_added.csv"):
        for r in read_csv(src / name):
            if r["STABBR"] in codes:
                fips.setdefault(r["STABBR"], int(r["FIPS"]))
    return [
        {
            "state": code,
            "fips": f"{fips[code]:02d}",
            "name": names[fips[code]],
            "source_id": "ipeds-hd2024",
        }
        for code in sorted(codes)
    ]


def _plus(tuition: str, fee: str) -> int | None:
    """Graduate charges: tuition plus required fees; missing tuition stays missing."""
    t = integer(tuition)
    if t is None:
        return None
    return t + (integer(fee) or 0)


def tuition(src: Path) -> list[Row]:
    """Published tuition and required fees, 2023-24 (IC2023_AY): the undergraduate charges
    (CHG*AY3, the last year of the four-year window) and graduate tuition plus fees."""
    return [
        {
            "unitid": int(r["UNITID"]),
            "academic_year": "2023-24",
            "ug_in_district": integer(r["CHG1AY3"]),
            "ug_in_state": integer(r["CHG2AY3"]),
            "ug_out_of_state": integer(r["CHG3AY3"]),
            "grad_in_state": _plus(r["TUITION6"], r["FEE6"]),
            "grad_out_of_state": _plus(r["TUITION7"], r["FEE7"]),
            "source_id": "ipeds-ic2023",
        }
        for r in read_csv(src / PRICE_DISTANCE / "ic2023_ay_tuition_subset.csv")
    ]


def prices(src: Path) -> list[Row]:
    """The newest published undergraduate in-district tuition and fees, 2024-25, from the
    Cost component's derived file (DRVCOST2024, TUFEYR3): shown beside the 2023-24
    charges with its own year. Missing stays missing."""
    rows = []
    for r in read_csv(src / PRICE_DISTANCE / "drvcost2024_price_subset.csv"):
        value = integer(r["TUFEYR3"])
        if value is not None:
            rows.append(
                {
                    "unitid": int(r["UNITID"]),
                    "academic_year": "2024-25",
                    "ug_in_district": value,
                    "source_id": "ipeds-drvcost2024",
                }
            )
    return rows


TREND = {  # completions files of the five years, with their source ids
    "c2020_a_completions_wider_cip.csv": "ipeds-c2020",
    "c2021_a_completions_wider_cip.csv": "ipeds-c2021",
    "c2022_a_completions_wider_cip.csv": "ipeds-c2022",
    "c2023_a_completions_wider_cip.csv": "ipeds-c2023",
    "c2024_a_completions_wider_cip.csv": "ipeds-c2024",
}


def trend(src: Path, program_ids: set[str]) -> list[Row]:
    """Graduates per year, 2019-20 to 2023-24, of each listed program. A year in which the
    school did not report the program has no row (not a zero)."""
    rows = []
    for name, source_id in TREND.items():
        for r in read_csv(src / WIDER / name):
            program_id = f"{int(r['UNITID'])}:{r['CIPCODE']}:{int(r['AWLEVEL'])}"
            if program_id in program_ids:
                rows.append(
                    {
                        "program_id": program_id,
                        "source_id": source_id,
                        "completions": integer(r["CTOTALT"]) or 0,
                    }
                )
    return rows


def programs(src: Path, cips: set[str]) -> list[Row]:
    """Completions 2023-24 (C2024_A) for the programs in `cips`. Rows with no awards that
    year are kept (the school reported the program; the list marks them with 0)."""
    rows = []
    for r in read_csv(src / WIDER / "c2024_a_completions_wider_cip.csv"):
        unitid, cip, level = int(r["UNITID"]), r["CIPCODE"], int(r["AWLEVEL"])
        if cip not in cips:
            continue
        rows.append(
            {
                "program_id": f"{unitid}:{cip}:{level}",
                "unitid": unitid,
                "cip_code": cip,
                "award_level": level,
                "completions": integer(r["CTOTALT"]) or 0,
                "completions_men": integer(r["CTOTALM"]),
                "completions_women": integer(r["CTOTALW"]),
                "accreditation": None,
                "accreditation_source": None,
                "source_id": "ipeds-c2024",
            }
        )
    return rows
