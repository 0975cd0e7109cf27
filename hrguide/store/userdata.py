"""The user's own database: shortlists and notes, never in the guide database.

Kept under the platform's user data folder (platformdirs), in WAL mode with every write
in a transaction, so a kill at any moment leaves either the old or the new state. Its
schema is versioned with sqlite-utils migrations. A corrupt file is moved aside with a
timestamp and a new one is started; the guide itself keeps working. Kiosk mode uses an
in-memory database: nothing of a student's session reaches the disk.
"""

from __future__ import annotations

import datetime
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..domain.shortlist import Shortlist, ShortlistItem

log = logging.getLogger(__name__)

APP = "hrguide"
USER_SCHEMA_VERSION = 1
MEMORY = ":memory:"


def default_user_db() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP, appauthor=False)) / "user.db"


def _migrations():
    from sqlite_utils.migrations import Migrations

    migrations = Migrations("hrguide-user")

    @migrations()
    def m001_shortlists(db) -> None:
        db.execute("""CREATE TABLE shortlists (
            list_id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            position INTEGER NOT NULL)""")
        db.execute("""CREATE TABLE items (
            item_id INTEGER PRIMARY KEY,
            list_id INTEGER NOT NULL REFERENCES shortlists(list_id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('career', 'program')),
            ref TEXT NOT NULL,
            title TEXT NOT NULL,
            subtitle TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            UNIQUE (list_id, kind, ref))""")

    return migrations


class UserDataError(Exception):
    """The user database could not be used even after starting a new one."""


class UserStore:
    """Shortlists in the user database (or in memory for a kiosk)."""

    def __init__(self, path: Path | str = MEMORY) -> None:
        self.path = str(path)
        self.moved_aside: Path | None = None  # set when a corrupt file was replaced
        try:
            self._open()
        except sqlite3.DatabaseError as exc:
            if self.path == MEMORY:
                raise
            self._move_aside(exc)
            self._open()

    # -- opening ------------------------------------------------------------------------
    def _open(self) -> None:
        if self.path != MEMORY:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        try:
            if self.path != MEMORY:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = FULL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            ok = self.conn.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {ok}")
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if version > USER_SCHEMA_VERSION:
                raise sqlite3.DatabaseError(
                    f"made by a newer hrguide (user schema {version})")
            if version < USER_SCHEMA_VERSION:
                # Only a new or older file needs sqlite-utils (~100 ms and ~20 MB to import):
                # an up-to-date one opens with sqlite3 alone.
                import sqlite_utils

                _migrations().apply(sqlite_utils.Database(self.conn))
                self.conn.execute(f"PRAGMA user_version = {USER_SCHEMA_VERSION}")
        except sqlite3.DatabaseError:
            self.conn.close()
            raise

    def _move_aside(self, exc: Exception) -> None:
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        src = Path(self.path)
        target = src.with_name(f"{src.name}.corrupt-{stamp}")
        src.replace(target)
        for extra in ("-wal", "-shm"):
            side = src.with_name(src.name + extra)
            if side.exists():
                side.replace(target.with_name(target.name + extra))
        self.moved_aside = target
        log.warning("user database %s could not be used (%s); moved to %s", src, exc, target)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- lists --------------------------------------------------------------------------
    def lists(self) -> list[Shortlist]:
        return [Shortlist(r["list_id"], r["name"]) for r in self.conn.execute(
            "SELECT list_id, name FROM shortlists ORDER BY position, list_id")]

    def create(self, name: str) -> Shortlist:
        name = name.strip()
        if not name:
            raise ValueError("a shortlist needs a name")
        with self._tx() as c:
            if c.execute("SELECT 1 FROM shortlists WHERE name = ?", (name,)).fetchone():
                raise ValueError(f"there is already a shortlist called {name!r}")
            pos = c.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM shortlists").fetchone()[0]
            cur = c.execute("INSERT INTO shortlists (name, position) VALUES (?, ?)", (name, pos))
        return Shortlist(cur.lastrowid, name)

    def rename(self, list_id: int, name: str) -> None:
        name = name.strip()
        if not name:
            raise ValueError("a shortlist needs a name")
        with self._tx() as c:
            clash = c.execute("SELECT 1 FROM shortlists WHERE name = ? AND list_id != ?",
                              (name, list_id)).fetchone()
            if clash:
                raise ValueError(f"there is already a shortlist called {name!r}")
            c.execute("UPDATE shortlists SET name = ? WHERE list_id = ?", (name, list_id))

    def delete(self, list_id: int) -> dict:
        """Delete a list; returns what `restore` needs to undo it."""
        with self._tx() as c:
            row = c.execute("SELECT * FROM shortlists WHERE list_id = ?", (list_id,)).fetchone()
            if row is None:
                raise KeyError(list_id)
            items = [dict(r) for r in c.execute("SELECT * FROM items WHERE list_id = ?",
                                                (list_id,))]
            c.execute("DELETE FROM shortlists WHERE list_id = ?", (list_id,))
        return {"list": dict(row), "items": items}

    def restore(self, snapshot: dict) -> Shortlist:
        lst = snapshot["list"]
        with self._tx() as c:  # new ids: the old ones may have been reused since
            if c.execute("SELECT 1 FROM shortlists WHERE name = ?", (lst["name"],)).fetchone():
                raise ValueError(f"there is already a shortlist called {lst['name']!r}")
            cur = c.execute("INSERT INTO shortlists (name, position) VALUES (?, ?)",
                            (lst["name"], lst["position"]))
            list_id = cur.lastrowid
            for it in snapshot["items"]:
                c.execute("INSERT INTO items (list_id, kind, ref, title, subtitle, note, "
                          "position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          (list_id, it["kind"], it["ref"], it["title"], it["subtitle"],
                           it["note"], it["position"]))
        return Shortlist(list_id, lst["name"])

    def clear_all(self) -> None:
        """Forget everything (a kiosk's idle reset)."""
        with self._tx() as c:
            c.execute("DELETE FROM items")
            c.execute("DELETE FROM shortlists")

    # -- items --------------------------------------------------------------------------
    def items(self, list_id: int) -> list[ShortlistItem]:
        return [ShortlistItem(**dict(r)) for r in self.conn.execute(
            "SELECT * FROM items WHERE list_id = ? ORDER BY position, item_id", (list_id,))]

    def has(self, list_id: int, kind: str, ref: str) -> bool:
        return self.conn.execute("SELECT 1 FROM items WHERE list_id = ? AND kind = ? AND "
                                 "ref = ?", (list_id, kind, ref)).fetchone() is not None

    def add(self, list_id: int, kind: str, ref: str, title: str, subtitle: str = "") -> None:
        with self._tx() as c:
            pos = c.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM items WHERE list_id = ?",
                            (list_id,)).fetchone()[0]
            c.execute("INSERT OR IGNORE INTO items (list_id, kind, ref, title, subtitle, "
                      "position) VALUES (?, ?, ?, ?, ?, ?)",
                      (list_id, kind, ref, title, subtitle, pos))

    def remove(self, list_id: int, kind: str, ref: str) -> None:
        with self._tx() as c:
            c.execute("DELETE FROM items WHERE list_id = ? AND kind = ? AND ref = ?",
                      (list_id, kind, ref))

    def set_note(self, item_id: int, note: str) -> None:
        with self._tx() as c:
            c.execute("UPDATE items SET note = ? WHERE item_id = ?", (note, item_id))
