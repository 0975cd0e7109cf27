"""The shortlist operations of the user database: lists, items and notes. Every write runs
in one transaction (`_tx`, from UserStore), so it is made whole or not at all."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import Any

from ..domain.shortlist import NOTE_MAX, Shortlist, ShortlistItem, clean_name


def _new_id(cur: sqlite3.Cursor) -> int:
    """The id SQLite gave the row just inserted (always set after an INSERT)."""
    if cur.lastrowid is None:
        raise sqlite3.DatabaseError("no row id after an insert")
    return cur.lastrowid


class ShortlistQueries:
    conn: sqlite3.Connection
    read_only: bool

    def _tx(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError  # UserStore's transaction

    # -- lists --------------------------------------------------------------------------
    def lists(self) -> list[Shortlist]:
        return [
            Shortlist(r["list_id"], r["name"])
            for r in self.conn.execute(
                "SELECT list_id, name FROM shortlists ORDER BY position, list_id"
            )
        ]

    def first_or_create(self, name: str) -> Shortlist:
        """The first list, made (under the write lock, so two copies of the guide make one)
        when there is none. Read-only and empty: an unsaved placeholder (list id 0)."""
        lists = self.lists()
        if lists:
            return lists[0]
        if self.read_only:
            return Shortlist(0, name)
        with self._tx() as c:
            row = c.execute(
                "SELECT list_id, name FROM shortlists ORDER BY position, list_id LIMIT 1"
            ).fetchone()
            if row is not None:
                return Shortlist(row["list_id"], row["name"])
            cur = c.execute("INSERT INTO shortlists (name, position) VALUES (?, 1)", (name,))
        return Shortlist(_new_id(cur), name)

    def create(self, name: str) -> Shortlist:
        name = clean_name(name)
        if not name:
            raise ValueError("a shortlist needs a name")
        with self._tx() as c:
            if c.execute("SELECT 1 FROM shortlists WHERE name = ?", (name,)).fetchone():
                raise ValueError(f"there is already a shortlist called {name!r}")
            pos = c.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM shortlists").fetchone()[0]
            cur = c.execute("INSERT INTO shortlists (name, position) VALUES (?, ?)", (name, pos))
        return Shortlist(_new_id(cur), name)

    def rename(self, list_id: int, name: str) -> None:
        name = clean_name(name)
        if not name:
            raise ValueError("a shortlist needs a name")
        with self._tx() as c:
            clash = c.execute(
                "SELECT 1 FROM shortlists WHERE name = ? AND list_id != ?", (name, list_id)
            ).fetchone()
            if clash:
                raise ValueError(f"there is already a shortlist called {name!r}")
            c.execute("UPDATE shortlists SET name = ? WHERE list_id = ?", (name, list_id))

    def delete(self, list_id: int) -> dict[str, Any]:
        """Delete a list; returns what `restore` needs to undo it."""
        with self._tx() as c:
            row = c.execute("SELECT * FROM shortlists WHERE list_id = ?", (list_id,)).fetchone()
            if row is None:
                raise KeyError(list_id)
            items = [
                dict(r) for r in c.execute("SELECT * FROM items WHERE list_id = ?", (list_id,))
            ]
            c.execute("DELETE FROM shortlists WHERE list_id = ?", (list_id,))
        return {"list": dict(row), "items": items}

    def restore(self, snapshot: dict[str, Any]) -> Shortlist:
        lst = snapshot["list"]
        with self._tx() as c:  # new ids: the old ones may have been reused since
            if c.execute("SELECT 1 FROM shortlists WHERE name = ?", (lst["name"],)).fetchone():
                raise ValueError(f"there is already a shortlist called {lst['name']!r}")
            cur = c.execute(
                "INSERT INTO shortlists (name, position) VALUES (?, ?)",
                (lst["name"], lst["position"]),
            )
            list_id = _new_id(cur)
            for it in snapshot["items"]:
                c.execute(
                    "INSERT INTO items (list_id, kind, ref, title, subtitle, note, "
                    "position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        list_id,
                        it["kind"],
                        it["ref"],
                        it["title"],
                        it["subtitle"],
                        it["note"],
                        it["position"],
                    ),
                )
        return Shortlist(list_id, lst["name"])

    def clear_all(self) -> None:
        """Forget everything (a kiosk's idle reset)."""
        with self._tx() as c:
            c.execute("DELETE FROM items")
            c.execute("DELETE FROM shortlists")

    # -- items --------------------------------------------------------------------------
    def items(self, list_id: int) -> list[ShortlistItem]:
        return [
            ShortlistItem(**dict(r))
            for r in self.conn.execute(
                "SELECT * FROM items WHERE list_id = ? ORDER BY position, item_id", (list_id,)
            )
        ]

    def has(self, list_id: int, kind: str, ref: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM items WHERE list_id = ? AND kind = ? AND ref = ?",
                (list_id, kind, ref),
            ).fetchone()
            is not None
        )

    def add(self, list_id: int, kind: str, ref: str, title: str, subtitle: str = "") -> None:
        with self._tx() as c:
            pos = c.execute(
                "SELECT COALESCE(MAX(position), 0) + 1 FROM items WHERE list_id = ?", (list_id,)
            ).fetchone()[0]
            c.execute(
                "INSERT OR IGNORE INTO items (list_id, kind, ref, title, subtitle, "
                "position) VALUES (?, ?, ?, ?, ?, ?)",
                (list_id, kind, ref, title, subtitle, pos),
            )

    def remove(self, list_id: int, kind: str, ref: str) -> None:
        with self._tx() as c:
            c.execute(
                "DELETE FROM items WHERE list_id = ? AND kind = ? AND ref = ?", (list_id, kind, ref)
            )

    def set_note(self, item_id: int, note: str) -> None:
        with self._tx() as c:
            c.execute("UPDATE items SET note = ? WHERE item_id = ?", (note[:NOTE_MAX], item_id))
