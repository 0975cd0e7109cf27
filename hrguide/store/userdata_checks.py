"""Whether the file at the user database's path is the guide's: an ordinary file (not a
pipe, folder or device), not another program's database, with every table and column the
guide uses. Each check reads, never writes: a file that fails one is kept as it is."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from . import reasons
from .userdata_errors import UserDataUnavailable

# the tables and columns the guide reads and writes (schema version 1)
SCHEMA = {
    "shortlists": {"list_id", "name", "position"},
    "items": {"item_id", "list_id", "kind", "ref", "title", "subtitle", "note", "position"},
}
OURS = {*SCHEMA, "_sqlite_migrations"}
NOT_OURS = reasons.NOT_OURS
NOT_A_FILE = reasons.NOT_A_FILE


def schema_complete(conn: sqlite3.Connection) -> bool:
    """Whether every table and column the guide uses is there."""
    for table, columns in SCHEMA.items():
        found = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if not columns <= found:
            return False
    return True


def refuse_foreign(conn: sqlite3.Connection) -> None:
    """A file of schema version 0 that holds tables the guide never makes is another
    program's database: UserDataUnavailable, before anything is written to it."""
    if conn.execute("PRAGMA user_version").fetchone()[0] != 0:
        return
    tables = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    if tables - OURS:
        raise UserDataUnavailable(NOT_OURS)


def not_an_ordinary_file(path: Path) -> str | None:
    """What the path is when it is there but not a regular file (links are followed)."""

    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None  # made on first use
    except OSError:
        return None  # SQLite's own open says why (a read-only folder, say)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    return "a device or other special file"
