"""Data updates without reinstalling: install a newer guide database and roll it back
(which database the app opens is choose.py's, kept off the start-up's imports)."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from .check import check_database
from .choose import CURRENT, PREVIOUS, release_key, release_of
from .errors import GuideDataError
from .probe import probe_database

log = logging.getLogger("hrguide.install")  # (the area names: hrguide/logs.py)


class InstallResult(NamedTuple):
    installed: Path
    release: str
    previous_release: str | None


def _copy_durably(src: Path, dest: Path) -> None:
    shutil.copyfile(src, dest)
    with dest.open("rb+") as fh:
        os.fsync(fh.fileno())


LOCK_NAME = ".install.lock"
SELF_TEST_TIMEOUT_S = 180.0  # the full self-test on a healthy database takes a few seconds


@contextmanager
def install_lock(folder: Path) -> Iterator[None]:
    """One install or rollback at a time in a data folder (a lock file, released by the
    operating system if the process dies)."""
    folder.mkdir(parents=True, exist_ok=True)
    fh = (folder / LOCK_NAME).open("a+b")
    try:
        try:
            if sys.platform == "win32":
                import msvcrt  # deferred: one of the two exists on each platform

                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl  # deferred: one of the two exists on each platform

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise GuideDataError(
                folder,
                "another install or rollback of the guide database is running in this folder",
                "Nothing was changed; try again when it has finished.",
            ) from exc
        yield
    finally:
        fh.close()  # closing releases the lock


def self_test_command(db: Path) -> list[str]:
    """`hrguide --self-test --db FILE` as this installation runs it (frozen or not)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--self-test", "--db", str(db)]
    return [sys.executable, "-m", "hrguide", "--self-test", "--db", str(db)]


def run_self_test(db: Path, timeout: float = SELF_TEST_TIMEOUT_S) -> None:
    """Build every page of the guide over `db` in a separate process (offscreen), as the
    app would, within a time limit; GuideDataError if it fails or hangs."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        out = subprocess.run(
            self_test_command(db),
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
            cwd=db.parent,
        )
    except subprocess.TimeoutExpired as exc:
        raise GuideDataError(
            db,
            f"the guide did not finish its self-test on it within {timeout:.0f} s",
            "Nothing was changed.",
        ) from exc
    if out.returncode != 0:
        lines = [
            ln.removeprefix("self-test: ")
            for ln in out.stderr.splitlines()
            if ln.startswith(("self-test:", "hrguide:"))
        ] or out.stderr.splitlines()[-3:]
        raise GuideDataError(
            db,
            "the guide's self-test failed on it (" + "; ".join(lines)[:400] + ")",
            "Nothing was changed.",
        )


def install(
    candidate: Path | str,
    folder: Path | str,
    *,
    bundled: Path | None = None,
    force: bool = False,
    self_test: bool = True,
) -> InstallResult:
    """Check `candidate` and swap it in as the folder's guide.db, keeping the old one as
    guide.previous.db. A bad file changes nothing and raises GuideDataError saying why.

    Before anything is replaced the candidate must pass `db check`, answer every query the
    app makes in time (probe), and pass the app's self-test in a separate process. The
    steps are ordered so that a failure at any of them leaves guide.db and
    guide.previous.db as they were, with no staging files behind.
    """
    candidate, folder = Path(candidate), Path(folder)
    report = check_database(candidate)  # version, integrity, tables, counts
    probe_database(candidate, bundled)  # every table, view and query the app uses, in time
    new_release = report.data_release
    with install_lock(folder):
        current, previous = folder / CURRENT, folder / PREVIOUS
        staging = folder / (CURRENT + ".new")
        _remove_stale(staging)
        installed_release = release_of(current) if current.exists() else None
        floor = installed_release
        if floor is None and bundled is not None:
            floor = release_of(bundled)
        if floor is not None and release_key(new_release) < release_key(floor) and not force:
            raise GuideDataError(
                candidate,
                f"its data release {new_release} is older than the installed {floor}",
                "Use --force to install an older release on purpose.",
            )
        keep = folder / (PREVIOUS + ".new")
        _swap_in(
            staging, keep, current, previous, fill=lambda: _stage(candidate, staging, self_test)
        )
    return InstallResult(current, new_release, installed_release)


def _remove_stale(staging: Path) -> None:
    """A staging copy left by an install that was killed (the lock says none is running):
    a copy of some candidate, never the only copy of anything, so it goes. (The old
    database's copy, guide.previous.db.new, may be the only one left and is kept.)"""
    if staging.is_symlink() or staging.exists():
        staging.unlink()
        log.info("removed %s, left by an install that did not finish", staging)


def _stage(candidate: Path, staging: Path, self_test: bool) -> None:
    _copy_durably(candidate, staging)
    check_database(staging)  # the copy, too, before it replaces anything
    if self_test:
        run_self_test(staging)


def _swap_in(
    staging: Path, keep: Path, current: Path, previous: Path, fill: Callable[[], None]
) -> None:
    """Make `staging` (filled by `fill`) the current database and the current one the
    previous, or change nothing. Order: stage and check; copy the current aside; swap
    (one atomic rename; it fails on Windows while the app holds the file open); then move
    the copy over the previous. If that last step fails, the swap is undone."""
    keep_is_the_only_copy = False
    try:
        fill()
        if current.exists():
            _copy_durably(current, keep)
        os.replace(staging, current)
        if keep.exists():
            try:
                os.replace(keep, previous)
            except OSError:
                try:
                    os.replace(keep, current)  # put the old one back: nothing changed
                except OSError as undo:
                    keep_is_the_only_copy = True
                    raise GuideDataError(
                        current,
                        "the new database is installed, but the old one could not "
                        f"be kept as {previous.name} ({undo.strerror})",
                        f"It is still at {keep}; rollback will not find it.",
                    ) from undo
                raise
    finally:
        staging.unlink(missing_ok=True)
        if not keep_is_the_only_copy:
            keep.unlink(missing_ok=True)


def rollback(folder: Path | str) -> InstallResult:
    """Swap guide.db and guide.previous.db back (a second rollback undoes the first)."""
    folder = Path(folder)
    current, previous = folder / CURRENT, folder / PREVIOUS
    if not previous.exists():
        raise GuideDataError(
            previous, "there is no previous guide database to go back to", "Nothing was changed."
        )
    with install_lock(folder):
        report = check_database(previous)
        old_release = release_of(current) if current.exists() else None
        back = folder / (CURRENT + ".new")
        keep = folder / (PREVIOUS + ".new")
        _swap_in(back, keep, current, previous, fill=lambda: _copy_durably(previous, back))
    return InstallResult(current, report.data_release, old_release)
