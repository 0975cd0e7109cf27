"""Open a guide database read-only and make sure it is one this version can read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..domain.schema import REQUIRED_TABLES, SCHEMA_VERSION
from .errors import GuideDataError

_SQLITE_HEADER = b"SQLite format 3\x00"


def open_readonly(path: Path | str) -> sqlite3.Connection:
    """A read-only connection to a checked guide database, or GuideDataError."""
    path = Path(path)
    if not path.exists():
        raise GuideDataError(path, "the guide database was not found")
    if not path.is_file():
        raise GuideDataError(path, "this is a folder, not a guide database file")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise GuideDataError(path, f"the file cannot be read ({exc.strerror})") from exc
    if len(header) == 0:
        raise GuideDataError(path, "the file is empty")
    if header != _SQLITE_HEADER:
        raise GuideDataError(path, "the file is not an SQLite database")
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        page_count = conn.execute("PRAGMA page_count").fetchone()[0]
        if path.stat().st_size < page_size * page_count:
            # A cheap test for a file cut short in copying (integrity_check is for db check).
            raise sqlite3.DatabaseError("the file is shorter than the database it holds")
        names = {
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")
        }
    except sqlite3.DatabaseError as exc:
        raise GuideDataError(path, f"the database is damaged ({exc})") from exc
    if version != SCHEMA_VERSION:
        conn.close()
        raise GuideDataError(
            path,
            f"the database has schema version {version}, this hrguide reads version "
            f"{SCHEMA_VERSION}",
            "Install a guide database made for this version of hrguide, or update hrguide.",
        )
    missing = sorted(set(REQUIRED_TABLES) - names)
    if missing:
        conn.close()
        raise GuideDataError(path, f"the database lacks the tables {', '.join(missing)}")
    return conn
