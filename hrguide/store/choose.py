"""Which guide database the app opens: the data folder's, when it is valid and not older
than the bundled one, else the bundled one. Apart from install.py (which imports shutil and
subprocess), because the app asks this on every start."""

from __future__ import annotations

import re
from pathlib import Path

from platformdirs import user_data_dir

from .connection import open_readonly
from .errors import GuideDataError

CURRENT, PREVIOUS = "guide.db", "guide.previous.db"


def release_key(release: str) -> tuple[int, ...]:
    """'2026.1' -> (2026, 1); anything unparsable sorts first."""
    parts = re.findall(r"\d+", release or "")
    return tuple(int(p) for p in parts) if parts else (0,)


def default_data_folder() -> Path:

    return Path(user_data_dir("hrguide", appauthor=False)) / "data"


def release_of(path: Path) -> str | None:
    try:
        conn = open_readonly(path)
    except GuideDataError:
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'data_release'").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def choose_database(folder: Path | str | None, bundled: Path) -> Path:
    """The database the app opens: the data folder's guide.db when it opens cleanly and is
    not older than the bundled one, else the bundled one."""
    if folder is None:
        return bundled
    current = Path(folder) / CURRENT
    if not current.exists():
        return bundled
    installed = release_of(current)
    if installed is None:
        return bundled  # unreadable or wrong schema: fall back, never fail to start
    bundled_release = release_of(bundled) or ""
    if release_key(installed) >= release_key(bundled_release):
        return current
    return bundled
