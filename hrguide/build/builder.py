"""Build data/guide.db from data/sources and data/content, deterministically and atomically."""

from __future__ import annotations

import json
import os
import sqlite3
import tomllib
from importlib import resources
from pathlib import Path

import sqlite_utils

from ..domain.schema import ROLES, SCHEMA_VERSION
from . import bls, content, interests, ipeds, onet, outcomes, pathways, snapshots
from .catalog import DATA_SOURCES
from .metadata import build_metadata
from .readers import Row


def _schema_sql() -> str:
    return resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")


def _sorted(rows: list[Row], *keys: str) -> list[Row]:
    return sorted(rows, key=lambda r: tuple("" if r[k] is None else str(r[k]) for k in keys))


def collect(src: Path, content_dir: Path) -> dict[str, list[Row]]:
    """Every table's rows, in a fixed order."""
    careers = content.careers(content_dir)
    codes = {c["onet_code"] for c in careers} | {
        "15-1243.00",
        "15-1211.01",  # O*NET neighbours the related-careers page names
    }
    legacy = {c["ratings_onet_code"] for c in careers} - codes
    soc_codes = (
        {c["soc_code"] for c in careers}
        | {c["historical_soc_code"] for c in careers if c["historical_soc_code"]}
        | {"15-1243", "15-1211"}
    )
    orgs, creds, links = content.credentials(content_dir)
    all_sources = DATA_SOURCES + content.extra_sources(content_dir)
    roles = [
        {"role": role, "source_id": s["source_id"]} for s in all_sources for role in s["roles"]
    ]
    played = [r["role"] for r in roles]
    if sorted(played) != sorted(ROLES):
        raise ValueError(
            f"every role needs exactly one source: roles {sorted(ROLES)}, "
            f"catalogue gives {sorted(played)}"
        )
    leads_to = content.career_programs(content_dir, careers, ipeds.crosswalk_socs(src))
    programs = ipeds.programs(src, {r["cip_code"] for r in leads_to})
    institutions = ipeds.institutions(src, {p["unitid"] for p in programs})
    wages = bls.wages(src, soc_codes)
    units = {i["unitid"] for i in institutions}
    missing = {p["unitid"] for p in programs} - units
    if missing:
        raise ValueError(f"programs at schools with no directory row: {sorted(missing)[:5]}")
    tables = {
        "sources": _sorted(
            [{k: v for k, v in s.items() if k != "roles"} for s in all_sources], "source_id"
        ),
        "source_roles": _sorted(roles, "role"),
        "occupations": bls.occupations(src),
        "onet_occupations": _sorted(onet.occupations(src, codes, legacy), "onet_code"),
        "careers": careers,
        "onet_tasks": _sorted(onet.tasks(src, codes, legacy), "onet_code", "task_id"),
        "onet_ratings": _sorted(
            onet.ratings(src, codes, legacy), "onet_code", "domain", "element_id"
        ),
        "onet_education": _sorted(onet.education(src, codes, legacy), "onet_code", "category"),
        "alternate_titles": _sorted(onet.titles(src, codes, legacy), "onet_code", "kind", "title"),
        "related_occupations": _sorted(onet.related(src, codes), "onet_code", "rank"),
        "technology_skills": _sorted(
            onet.technology(src, codes), "onet_code", "category", "example"
        ),
        "wages": _sorted(wages, "source_id", "soc_code", "area_code", "industry_code"),
        "projections": _sorted(bls.projections(src, soc_codes), "soc_code", "period"),
        "projection_factors": _sorted(
            bls.projection_factors(src, soc_codes), "soc_code", "industry_code"
        ),
        "organizations": _sorted(orgs, "org_id"),
        "credentials": _sorted(creds, "credential_id"),
        "career_credentials": _sorted(links, "career_id", "credential_id"),
        "career_facts": _sorted(content.facts(content_dir), "career_id", "fact_key"),
        "cip_programs": _sorted(ipeds.cip_programs(src), "cip_code"),
        "cip_soc": _sorted(ipeds.cip_soc(src), "cip_code", "soc_code"),
        "award_levels": _sorted(ipeds.award_levels(src), "award_level"),
        "institutions": _sorted(institutions, "unitid"),
        "states": ipeds.states(src, {i["state"] for i in institutions}),
        # the price files cover a wider set of schools: keep the guide's
        "tuition": _sorted([r for r in ipeds.tuition(src) if r["unitid"] in units], "unitid"),
        "prices": _sorted([r for r in ipeds.prices(src) if r["unitid"] in units], "unitid"),
        "programs": _sorted(programs, "program_id"),
        "career_programs": _sorted(leads_to, "career_id", "cip_code"),
        "program_trend": _sorted(
            ipeds.trend(src, {p["program_id"] for p in programs}), "program_id", "source_id"
        ),
        "program_outcomes": _sorted(
            outcomes.program_outcomes(src, units), "unitid", "cip_family", "credential_level"
        ),
        "school_outcomes": _sorted(outcomes.school_outcomes(src, units), "unitid"),
        "net_prices": _sorted(outcomes.net_prices(src, units), "unitid"),
        "loan_terms": _sorted(content.loan_terms(content_dir), "loan"),
        "price_parities": _sorted(
            outcomes.price_parities(
                src, [(w["area_type"], w["area_code"]) for w in wages if w["area_type"] in "SM"]
            ),
            "area_code",
        ),
        "ip_items": _sorted(interests.items(src), "form", "number"),
        "ip_answers": _sorted(interests.answers(src), "value"),
        "interest_profiles": _sorted(interests.profiles(src), "onet_code"),
        "interest_activities": _sorted(interests.activities(src), "area", "activity"),
        "job_zones": _sorted(interests.job_zones(src), "job_zone"),
        "national_pay": _sorted(interests.national_pay(src), "soc_code"),
        "snapshot_occupations": _sorted(snapshots.occupations(src), "onet_code"),
        "snapshot_tasks": _sorted(snapshots.tasks(src), "onet_code", "task_id"),
        "occupation_outlook": _sorted(snapshots.outlook(src), "soc_code"),
        "occupation_pay": _sorted(snapshots.pay(src), "soc_code", "area_code"),
        "pages": _sorted(content.pages(content_dir), "page_id", "lang"),
        "translations": _sorted(
            content.translations(content_dir), "table_name", "row_key", "field", "lang"
        ),
    }
    tables["pathway_steps"] = _sorted(pathways.steps(content_dir, careers), "step_id")
    tables["pathway_links"] = pathways.links(content_dir, tables)
    return tables


def _search_rows(tables: dict[str, list[Row]]) -> list[Row]:
    """One searchable document per career, credential, page, occupation and school."""
    titles: dict[str, list[str]] = {}
    for t in tables["alternate_titles"]:
        titles.setdefault(t["onet_code"], []).append(t["title"])
    rows = []
    other_langs: dict[str, list[str]] = {}
    for t in tables["translations"]:
        if t["table_name"] == "careers" and t["field"] in ("title", "summary"):
            other_langs.setdefault(t["row_key"], []).append(t["text"])
    for c in tables["careers"]:
        also = titles.get(c["onet_code"], [])
        body = " ".join([c["summary"], *also, *other_langs.get(c["career_id"], [])])
        rows.append(
            {
                "kind": "career",
                "ref": c["career_id"],
                "lang": "en",
                "title": c["title"],
                "keywords": f"{c['keywords']} {c['onet_code']} {c['soc_code']}",
                "body": body,
            }
        )
    guide_codes = {c["onet_code"] for c in tables["careers"]}
    for o in tables["snapshot_occupations"]:
        if o["onet_code"] in guide_codes:  # found as the guide's own career, with its profile
            continue
        rows.append(
            {
                "kind": "occupation",
                "ref": o["onet_code"],
                "lang": "en",
                "title": o["title"],
                "keywords": " ".join(
                    [o["onet_code"], o["onet_code"][:7], *titles.get(o["onet_code"], [])]
                ),
                "body": o["description"],
            }
        )
    for c in tables["credentials"]:
        rows.append(
            {
                "kind": "credential",
                "ref": c["credential_id"],
                "lang": "en",
                "title": f"{c['abbreviation']} {c['name']}".strip(),
                "keywords": c["abbreviation"],
                "body": c["summary"] + " " + c["requirements"],
            }
        )
    for p in tables["pages"]:
        rows.append(
            {
                "kind": "page",
                "ref": p["page_id"],
                "lang": p["lang"],
                "title": p["title"],
                "keywords": "",
                "body": p["body_md"],
            }
        )
    for i in tables["institutions"]:
        rows.append(
            {
                "kind": "school",
                "ref": str(i["unitid"]),
                "lang": "en",
                "title": i["name"],
                "keywords": i["alias"],
                "body": f"{i['city']} {i['state']}",
            }
        )
    return rows


def write_database(path: Path, tables: dict[str, list[Row]], meta: dict[str, str]) -> None:

    if path.exists():
        path.unlink()
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    conn.executescript(_schema_sql())
    db.table("meta").insert_all([{"key": k, "value": v} for k, v in sorted(meta.items())])
    for name, rows in tables.items():
        db.table(name).insert_all(rows)
    db.table("search_index").insert_all(_search_rows(tables))
    db.table("search_index").enable_fts(
        ["title", "keywords", "body"], tokenize="porter", create_triggers=False
    )
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.commit()
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise RuntimeError(f"foreign key check failed: {problems[:5]}")
    conn.execute("VACUUM")
    conn.close()


def build(out: Path, src: Path, content_dir: Path, metadata_out: Path | None = None) -> Row:
    """Build the guide database at `out` (atomically); return row counts."""
    tables = collect(src, content_dir)
    with (content_dir / "release.toml").open("rb") as fh:
        data_release = tomllib.load(fh)["data_release"]
    meta = {"schema_version": str(SCHEMA_VERSION), "data_release": data_release}
    for s in tables["sources"]:
        if s["folder"]:
            meta[f"release.{s['source_id']}"] = s["release"]
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    try:
        write_database(tmp, tables, meta)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    if metadata_out is not None:
        sources = {s["source_id"]: s for s in tables["sources"]}
        text = json.dumps(build_metadata(sources), indent=2, sort_keys=True) + "\n"
        metadata_out.write_text(text, encoding="utf-8")
    return {name: len(rows) for name, rows in tables.items()}
