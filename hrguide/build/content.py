"""Editorial content: careers, credentials, comparison facts, extra sources and page prose."""

from __future__ import annotations

import datetime
import re
import tomllib
from pathlib import Path

from .readers import Row

FACT_KEYS = ("degree", "field", "certification", "skills")
_PAGE_NAME = re.compile(r"^(\d+)-([a-z-]+?)(?:\.([a-z]{2}))?\.md$")


def _toml(path: Path) -> Row:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _clean(text: str) -> str:
    """Join the wrapped lines of a TOML multi-line string into one paragraph."""
    return " ".join(text.split())


def careers(content: Path) -> list[Row]:
    rows = []
    for order, c in enumerate(_toml(content / "careers.toml")["career"], start=1):
        rows.append(
            {
                "career_id": c["career_id"],
                "title": c["title"],
                "soc_code": c["soc_code"],
                "onet_code": c["onet_code"],
                "ratings_onet_code": c.get("ratings_onet_code", c["onet_code"]),
                "historical_soc_code": c.get("historical_soc_code"),
                "is_core": int(c.get("core", False)),
                "sort_order": order,
                "summary": _clean(c["summary"]),
                "grouping_note": _clean(c.get("grouping_note", "")),
                "keywords": c.get("keywords", ""),
            }
        )
    return rows


def extra_sources(content: Path) -> list[Row]:
    rows = []
    for s in _toml(content / "sources.toml")["source"]:
        row = {
            "source_id": s["source_id"],
            "publisher": s["publisher"],
            "title": s["title"],
            "short_label": s["short_label"],
            "release": s["release"],
            "year": s.get("year"),
            "licence": s["licence"],
            "attribution": s.get("attribution", ""),
            "url": s.get("url", ""),
            "folder": "",
            "period": s.get("period", ""),
            "roles": s.get("roles", []),
        }
        rows.append(row)
    return rows


def _review_date(credential_id: str, text: str) -> str | None:
    """A credential's `reviewed_on`: a real date, or None (never reviewed)."""
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise ValueError(f"credential {credential_id}: reviewed_on {text!r} is not a date") from exc


def review_due(credentials: list[Row], today: datetime.date) -> list[str]:
    """The credentials whose requirements no person has compared with the issuer's page, or
    not in the year before `today`: one line each, for `hrguide db build` to print."""
    due = []
    for c in credentials:
        name = c["abbreviation"] or c["name"]
        if c["reviewed_on"] is None:
            due.append(f"{name}: never reviewed against {c['url'] or 'its issuer'}")
        elif datetime.date.fromisoformat(c["reviewed_on"]) < today - datetime.timedelta(days=365):
            due.append(f"{name}: last reviewed {c['reviewed_on']}, over a year ago")
    return due


def credentials(content: Path) -> tuple[list[Row], list[Row], list[Row]]:
    data = _toml(content / "credentials.toml")
    orgs = [
        {k: o[k] for k in ("org_id", "abbreviation", "name", "kind", "url")}
        for o in data["organization"]
    ]
    issuer_source = {
        "ahima": "ahima",
        "cahiim": "ahima",
        "aapc": "aapc",
        "ncra": "ncra",
        "state-boards": "state-boards",
        "bmsc": "editors",  # named in the article; its current name and scope per the editors
    }
    creds = [
        {
            "credential_id": c["credential_id"],
            "abbreviation": c["abbreviation"],
            "name": c["name"],
            "org_id": c["org_id"],
            "kind": c["kind"],
            "requirements": _clean(c["requirements"]),
            "summary": _clean(c["summary"]),
            "url": c["url"],
            "reviewed_on": _review_date(c["credential_id"], c["reviewed_on"]),
            "sort_order": order,
            "source_id": issuer_source[c["org_id"]],
        }
        for order, c in enumerate(data["credential"], start=1)
    ]
    links = [
        {"career_id": link["career_id"], "credential_id": cred, "rank": rank}
        for link in data["career_credential"]
        for rank, cred in enumerate(link["credentials"], start=1)
    ]
    return orgs, creds, links


def facts(content: Path) -> list[Row]:
    rows = []
    for f in _toml(content / "compare.toml")["fact"]:
        for key in FACT_KEYS:
            rows.append(
                {
                    "career_id": f["career_id"],
                    "fact_key": key,
                    "value": f[key]["value"],
                    "source_id": f[key]["source"],
                }
            )
    return rows


def career_programs(content: Path, careers: list[Row], crosswalk: dict[str, set[str]]) -> list[Row]:
    """programs.toml: which programs (CIP codes) lead to which careers. A "crosswalk" link
    must be in the NCES crosswalk (`crosswalk`: CIP code -> SOC codes); an "editorial" one
    must not be (it would then be a crosswalk link)."""
    soc_of = {c["career_id"]: c["soc_code"] for c in careers}
    rows = []
    for program in _toml(content / "programs.toml")["program"]:
        cip = program["cip"]
        for career_id, link in program["careers"].items():
            if career_id not in soc_of:
                raise ValueError(f"programs.toml: {cip} names an unknown career {career_id}")
            in_crosswalk = soc_of[career_id] in crosswalk.get(cip, set())
            if link not in ("crosswalk", "editorial") or (link == "crosswalk") != in_crosswalk:
                raise ValueError(
                    f"programs.toml: {cip} -> {career_id} is marked {link!r}, but the "
                    f"crosswalk {'links' if in_crosswalk else 'does not link'} them"
                )
            rows.append(
                {
                    "career_id": career_id,
                    "cip_code": cip,
                    "link": link,
                    "source_id": "nces-cip-soc" if link == "crosswalk" else "editors",
                }
            )
    return rows


def loan_terms(content: Path) -> list[Row]:
    return [
        {
            "loan": loan["loan"],
            "rate_percent": float(loan["rate_percent"]),
            "term_years": int(loan["term_years"]),
            "academic_year": loan["academic_year"],
            "source_id": loan["source"],
        }
        for loan in _toml(content / "loans.toml")["loan"]
    ]


def pages(content: Path) -> list[Row]:
    rows = []
    for path in sorted((content / "pages").glob("*.md")):
        match = _PAGE_NAME.match(path.name)
        if not match:
            raise ValueError(f"{path}: page files are named NN-page-id[.lang].md")
        order, page_id, lang = match.groups()
        text = path.read_text(encoding="utf-8").strip()
        first, _, body = text.partition("\n")
        if not first.startswith("# "):
            raise ValueError(f"{path}: the first line must be '# Title'")
        rows.append(
            {
                "page_id": page_id,
                "lang": lang or "en",
                "title": first[2:].strip(),
                "body_md": body.strip() + "\n",
                "sort_order": int(order),
            }
        )
    return rows


def translations(content: Path) -> list[Row]:
    """Rows of the translations table from translations.<lang>.toml files."""
    rows = []
    for path in sorted(content.glob("translations.*.toml")):
        lang = path.name.split(".")[1]
        data = _toml(path)
        by = data["translated_by"]
        for career_id, fields in sorted(data.get("career", {}).items()):
            for field, text in sorted(fields.items()):
                rows.append(
                    {
                        "table_name": "careers",
                        "row_key": career_id,
                        "field": field,
                        "lang": lang,
                        "text": _clean(text),
                        "translated_by": by,
                    }
                )
        for cred_id, fields in sorted(data.get("credential", {}).items()):
            for field, text in sorted(fields.items()):
                rows.append(
                    {
                        "table_name": "credentials",
                        "row_key": cred_id,
                        "field": field,
                        "lang": lang,
                        "text": _clean(text),
                        "translated_by": by,
                    }
                )
        for career_id, facts in sorted(data.get("fact", {}).items()):
            for key, text in sorted(facts.items()):
                rows.append(
                    {
                        "table_name": "career_facts",
                        "row_key": f"{career_id}:{key}",
                        "field": "value",
                        "lang": lang,
                        "text": _clean(text),
                        "translated_by": by,
                    }
                )
    return rows
