"""Before a guide database is installed: run what the app runs against it, in time.

`probe_database` compares its tables, views and columns with the database this version of
hrguide ships (every one the app may query), then runs every store query for every career,
school list, page and search, each under a deadline (a view that never ends is stopped).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from .errors import GuideDataError
from .guide import GuideStore

DEADLINE_S = 60.0  # the whole probe; a healthy guide database takes about a second


def _shape(conn: sqlite3.Connection) -> dict[str, tuple[str, set[str] | None]]:
    """Every table and view: its kind and its column names (None: it cannot be read)."""
    shape: dict[str, tuple[str, set[str] | None]] = {}
    for row in conn.execute(
        "SELECT name, type FROM sqlite_master WHERE type IN "
        "('table', 'view') AND name NOT LIKE 'sqlite_%'"
    ):
        name, kind = row[0], row[1]
        if "_fts_" in name:  # FTS5's own shadow tables
            continue
        try:
            cols = {r[1] for r in conn.execute("SELECT * FROM pragma_table_info(?)", (name,))}
        except sqlite3.Error:  # a view over a table that is gone
            cols = None
        shape[name] = (kind, cols)
    return shape


def missing_schema(candidate: sqlite3.Connection, reference: sqlite3.Connection) -> list[str]:
    """What the reference (shipped) database has that the candidate lacks."""
    have, need = _shape(candidate), _shape(reference)
    problems = []
    for name, (kind, cols) in sorted(need.items()):
        if name not in have:
            problems.append(f"the {kind} {name}")
            continue
        their = have[name][1]
        if their is None:
            problems.append(f"a readable {kind} {name}")
            continue
        lacking = sorted((cols or set()) - their)
        if lacking:
            problems.append(f"the columns {', '.join(lacking)} of {name}")
    return problems


def probe_database(
    path: Path | str, reference: Path | str | None, deadline_s: float | None = None
) -> None:
    """Raise GuideDataError (saying what is wrong) unless every query the app makes
    answers on `path` within the deadline."""
    deadline_s = DEADLINE_S if deadline_s is None else deadline_s
    store = GuideStore(path)
    deadline = time.monotonic() + deadline_s
    store._conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 20_000)
    try:
        if reference is not None and Path(reference).resolve() != Path(path).resolve():
            ref = GuideStore(reference)
            try:
                missing = missing_schema(store._conn, ref._conn)
            finally:
                ref.close()
            if missing:
                raise GuideDataError(
                    path,
                    "the database lacks what this version of the "
                    "guide reads: " + "; ".join(missing[:8]),
                )
        _run_every_query(store)
    except GuideDataError as exc:
        if time.monotonic() > deadline:
            raise GuideDataError(
                path,
                f"its queries did not finish within {deadline_s:.0f} s "
                "(a table or view too slow to use)",
            ) from exc
        raise
    finally:
        store.close()


def _run_every_query(store: GuideStore) -> None:
    careers = store.careers()
    if not careers:
        raise GuideDataError(store.path, "the database has no careers")
    store.sources()
    store.meta()
    store.counts()
    store.states()
    store.cip_programs()
    for lang in ("en", "es"):
        for (page_id,) in store._conn.execute("SELECT DISTINCT page_id FROM pages"):
            store.page(page_id, lang=lang)
        for career in careers:
            store.career(career.career_id, lang=lang)
            store.profile(career.career_id, lang=lang)
            store.career_figures(career.career_id, lang=lang)
            store.credentials_for(career.career_id, lang=lang)
            store.state_wages(career.soc_code)
            store.metro_wages(career.soc_code)
            store.industry_wages(career.soc_code)
            store.cip_codes_for_soc(career.soc_code)
            store.program_links(career.career_id)
        store.credentials(lang=lang)
        store.search("health information")
    programs = store.programs()
    if not programs:
        raise GuideDataError(store.path, "the database has no programs")
    for unitid in sorted({p.unitid for p in programs})[:: max(1, len(programs) // 200)]:
        store.institution(unitid)
