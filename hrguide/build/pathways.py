"""The career pathway map (data/content/pathways.toml), checked against the rest of the
data: every step is a career of the guide or an occupation the data covers, every link
rests on a statement the database holds (a credential's rule, BLS's education and
experience, an O*NET related-occupation tier) or is marked as the editors' reading."""

from __future__ import annotations

import tomllib
from pathlib import Path

from ..domain.schema import PROJECTIONS_DETAILS
from .readers import Row

BASES = {"issuer", "bls", "onet", "editors"}
LEVELS = {"certificate", "associate", "bachelor", "postbacc", "master", "doctorate"}


def _toml(path: Path) -> Row:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def steps(content: Path, careers: list[Row]) -> list[Row]:
    data = _toml(content / "pathways.toml")
    lanes = data["lanes"]
    by_id = {c["career_id"]: c for c in careers}
    rows = []
    for s in data["step"]:
        career = by_id.get(s["id"])
        if career is None and not all(
            k in s for k in ("title", "title_es", "soc_code", "onet_code")
        ):
            raise ValueError(
                f"pathway step {s['id']}: not a career, so it needs its titles and codes"
            )
        rows.append(
            {
                "step_id": s["id"],
                "lane": int(s["lane"]),
                "lane_group": lanes[int(s["lane"])],
                "row": int(s["row"]),
                "career_id": career["career_id"] if career else None,
                "title": s.get("title"),
                "title_es": s.get("title_es"),
                "soc_code": career["soc_code"] if career else s["soc_code"],
                "onet_code": career["onet_code"] if career else s["onet_code"],
            }
        )
    return rows


def links(content: Path, tables: dict[str, list[Row]]) -> list[Row]:
    """The links, each checked: its ends are steps, its basis holds in the data."""
    data = _toml(content / "pathways.toml")
    step_of = {s["step_id"]: s for s in tables["pathway_steps"]}
    credentials = {c["credential_id"]: c for c in tables["credentials"]}
    related = {(r["onet_code"], r["related_code"]): r for r in tables["related_occupations"]}
    rows = []
    for n, link in enumerate(data["link"], start=1):
        start, end = step_of.get(link["from"]), step_of.get(link["to"])
        if start is None or end is None:
            raise ValueError(f"pathway link {n}: {link['from']} -> {link['to']}: no such step")
        basis = link["basis"]
        if basis not in BASES or link["award"] not in LEVELS:
            raise ValueError(f"pathway link {n}: basis {basis!r} or award {link['award']!r}")
        credential = link.get("credential")
        if basis == "issuer":
            if credential not in credentials:
                raise ValueError(f"pathway link {n}: an issuer's rule needs a known credential")
            source = credentials[credential]["source_id"]
        elif basis == "onet":
            if (start["onet_code"], end["onet_code"]) not in related:
                raise ValueError(f"pathway link {n}: O*NET does not relate these occupations")
            source = related[(start["onet_code"], end["onet_code"])]["source_id"]
        elif basis == "bls":
            # BLS table 1.2's education and experience: the source playing that role
            roles = {r["role"]: r["source_id"] for r in tables["source_roles"]}
            source = roles[PROJECTIONS_DETAILS]
        else:
            if not link.get("note") or not link.get("note_es"):
                raise ValueError(f"pathway link {n}: the editors' reading needs its words")
            source = "editors"
        rows.append(
            {
                "link_no": n,
                "from_id": link["from"],
                "to_id": link["to"],
                "award_group": link["award"],
                "years": int(link["years"]),
                "basis": basis,
                "credential_id": credential,
                "note": link.get("note"),
                "note_es": link.get("note_es"),
                "source_id": source,
            }
        )
    return rows
