"""Data updates without reinstalling: install a newer guide database, roll it back, and
choose which database the app opens (the newest valid one, else the bundled one)."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from .check import check_database
from .connection import open_readonly
from .errors import GuideDataError

CURRENT, PREVIOUS = "guide.db", "guide.previous.db"


def release_key(release: str) -> tuple[int, ...]:
    """'2026.1' -> (2026, 1); anything unparsable sorts first."""
    parts = re.findall(r"\d+", release or "")
    return tuple(int(p) for p in parts) if parts else (0,)


def default_data_folder() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("hrguide", appauthor=False)) / "data"


@dataclass(frozen=True)
class InstallResult:
    installed: Path
    release: str
    previous_release: str | None


def _release_of(path: Path) -> str | None:
    try:
        conn = open_readonly(path)
    except GuideDataError:
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'data_release'").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def _copy_durably(src: Path, dest: Path) -> None:
    shutil.copyfile(src, dest)
    with dest.open("rb+") as fh:
        os.fsync(fh.fileno())


def install(candidate: Path | str, folder: Path | str, *, bundled: Path | None = None,
            force: bool = False) -> InstallResult:
    """Check `candidate` and swap it in as the folder's guide.db, keeping the old one as
    guide.previous.db. A bad file changes nothing and raises GuideDataError saying why."""
    candidate, folder = Path(candidate), Path(folder)
    report = check_database(candidate)  # version, integrity, tables, counts
    new_release = report.data_release
    current = folder / CURRENT
    installed_release = _release_of(current) if current.exists() else None
    floor = installed_release
    if floor is None and bundled is not None:
        floor = _release_of(bundled)
    if floor is not None and release_key(new_release) < release_key(floor) and not force:
        raise GuideDataError(
            candidate, f"its data release {new_release} is older than the installed {floor}",
            "Use --force to install an older release on purpose.")
    folder.mkdir(parents=True, exist_ok=True)
    staging = folder / (CURRENT + ".new")
    _copy_durably(candidate, staging)
    check_database(staging)  # the copy, too, before it replaces anything
    if current.exists():
        keep = folder / (PREVIOUS + ".new")
        _copy_durably(current, keep)
        os.replace(keep, folder / PREVIOUS)
    os.replace(staging, current)  # the swap itself is one atomic rename
    return InstallResult(current, new_release, installed_release)


def rollback(folder: Path | str) -> InstallResult:
    """Swap guide.db and guide.previous.db back (a second rollback undoes the first)."""
    folder = Path(folder)
    current, previous = folder / CURRENT, folder / PREVIOUS
    if not previous.exists():
        raise GuideDataError(previous, "there is no previous guide database to go back to",
                             "Nothing was changed.")
    report = check_database(previous)
    back = folder / (CURRENT + ".new")
    _copy_durably(previous, back)
    old_release = None
    if current.exists():
        old_release = _release_of(current)
        keep = folder / (PREVIOUS + ".new")
        _copy_durably(current, keep)
        os.replace(keep, previous)
    os.replace(back, current)
    return InstallResult(current, report.data_release, old_release)


def choose_database(folder: Path | str | None, bundled: Path) -> Path:
    """The database the app opens: the data folder's guide.db when it opens cleanly and is
    not older than the bundled one, else the bundled one."""
    if folder is None:
        return bundled
    current = Path(folder) / CURRENT
    if not current.exists():
        return bundled
    installed = _release_of(current)
    if installed is None:
        return bundled  # unreadable or wrong schema: fall back, never fail to start
    bundled_release = _release_of(bundled) or ""
    if release_key(installed) >= release_key(bundled_release):
        return current
    return bundled
