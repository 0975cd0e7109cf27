"""`hrguide db check`: schema version, integrity, row counts and data releases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..domain.models import CheckReport
from ..domain.schema import REQUIRED_TABLES
from ..domain.snapshot import NO_BLS, bls_code
from .connection import open_readonly
from .errors import GuideDataError


def check_database(path: Path | str) -> CheckReport:
    """Check a guide database thoroughly; raise GuideDataError on any problem."""
    conn = open_readonly(path)
    try:
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            integrity = "; ".join(r[0] for r in rows)
            counts = {
                name: conn.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]
                for name in REQUIRED_TABLES  # names from our own constant, not user input
            }
            releases = dict(conn.execute("SELECT key, value FROM meta ORDER BY key").fetchall())
            coverage, uncovered = snapshot_coverage(conn)
        except sqlite3.DatabaseError as exc:
            raise GuideDataError(path, f"the database is damaged ({exc})") from exc
    finally:
        conn.close()
    if integrity != "ok":
        raise GuideDataError(path, f"the integrity check failed ({integrity[:200]})")
    short = {name: n for name, n in counts.items() if n < REQUIRED_TABLES[name]}
    if short:
        detail = ", ".join(f"{k} has {v} rows" for k, v in short.items())
        raise GuideDataError(path, f"the database is incomplete ({detail})")
    return CheckReport(
        path=str(path),
        schema_version=int(releases.get("schema_version", 0)),
        integrity=integrity,
        counts=counts,
        releases=releases,
        coverage=coverage,
        uncovered=uncovered,
    )


def snapshot_coverage(
    conn: sqlite3.Connection,
) -> tuple[tuple[tuple[str, int], ...], tuple[str, ...]]:
    """How many of O*NET's occupations the snapshots can give a BLS code, pay and outlook
    (by domain.snapshot's rule), and the codes left without pay or outlook."""

    titles = dict(conn.execute("SELECT soc_code, title FROM occupation_outlook").fetchall())
    titles.update(conn.execute("SELECT soc_code, title FROM national_pay").fetchall())
    paid = {r[0] for r in conn.execute("SELECT soc_code FROM occupation_pay")}
    codes = [r[0] for r in conn.execute("SELECT onet_code FROM snapshot_occupations")]
    found = {code: bls_code(code, titles) for code in codes}
    no_code = [c for c, b in found.items() if b.kind == NO_BLS]
    no_pay = [c for c, b in found.items() if b.code not in paid]
    no_outlook = [c for c, b in found.items() if b.code not in titles or b.code is None]
    coverage = (
        ("O*NET occupations", len(codes)),
        ("without a BLS code", len(no_code)),
        ("without BLS pay", len(no_pay)),
        ("without a BLS outlook", len(no_outlook)),
    )
    return coverage, tuple(sorted(set(no_pay) | set(no_outlook)))
