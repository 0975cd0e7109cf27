"""The guide database's connection, sources and translations: what every query needs."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain import models as m
from .connection import open_readonly
from .errors import GuideDataError

if TYPE_CHECKING:
    from ..domain.program import Program


R = TypeVar("R")


def record(kind: Callable[..., R], row: sqlite3.Row | Mapping[str, Any], **given: Any) -> R:
    """A record (a NamedTuple class) from a row, field by column name: the one way rows
    become records. `given` fields are made from the row (a Source, a translated text, a
    flag); a field with no column of its name keeps its default."""
    fields: tuple[str, ...] = kind._fields  # type: ignore[attr-defined]  # (every record's)
    columns = row.keys()
    found = {f: row[f] for f in fields if f not in given and f in columns}
    return kind(**found, **given)


class StoreBase:
    """Read-only access to one guide database. Parameters are always bound."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._conn = open_readonly(self.path)
        self._sources: dict[str, m.Source] | None = None
        self._roles: dict[str, str] | None = None
        self._programs: tuple[Program, ...] | None = None
        self._program_of: dict[str, Program] | None = None
        # the translated texts of each language asked for so far (English is the source)
        self._translated: dict[str, dict[tuple[str, str, str], str]] = {}
        # a newer loan rate than the data's, from the site configuration (loan_terms())
        self._site_loan: tuple[float, str, str] | None = None

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise GuideDataError(self.path, f"the database could not be read ({exc})") from exc

    def _rows(self, sql: str, params: dict[str, Any] | tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._guard():
            return self._conn.execute(sql, params).fetchall()

    def _texts(self, lang: str) -> dict[tuple[str, str, str], str]:
        """The translated texts of `lang`, read once; empty for English."""
        if lang not in self._translated:
            texts: dict[tuple[str, str, str], str] = {}
            if lang != "en":
                names = {r[0] for r in self._rows("SELECT name FROM sqlite_master")}
                if "translations" in names:
                    texts = {
                        (r["table_name"], r["row_key"], r["field"]): r["text"]
                        for r in self._rows("SELECT * FROM translations WHERE lang = ?", (lang,))
                    }
            self._translated[lang] = texts
        return self._translated[lang]

    def _t(self, lang: str, table: str, key: str, field: str, english: str) -> str:
        """`english`, or its translation into `lang` where the data has one."""
        texts = self._texts(lang) if lang != "en" else None
        return texts.get((table, key, field), english) if texts else english

    # -- sources and meta ---------------------------------------------------------------
    def sources(self) -> dict[str, m.Source]:
        if self._sources is None:
            self._sources = {
                r["source_id"]: m.Source(**dict(r))
                for r in self._rows("SELECT * FROM sources ORDER BY source_id")
            }
        return self._sources

    def source(self, source_id: str) -> m.Source:
        return self.sources()[source_id]

    def role(self, role: str) -> m.Source | None:
        """The source that plays `role` (domain.schema: WAGES_CURRENT, SCHOOLS_TUITION, ...)
        in this database, or None. The app names releases only through this."""
        if self._roles is None:
            self._roles = {
                r["role"]: r["source_id"]
                for r in self._rows("SELECT role, source_id FROM source_roles")
            }
        source_id = self._roles.get(role)
        return None if source_id is None else self.sources().get(source_id)

    def _role_id(self, role: str) -> str:
        source = self.role(role)
        return "" if source is None else source.source_id

    def meta(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._rows("SELECT key, value FROM meta")}
