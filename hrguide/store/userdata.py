"""The user's own database: shortlists and notes, never in the guide database.

Kept under the platform's user data folder (platformdirs), in WAL mode with every write
in a transaction, so a kill at any moment leaves either the old or the new state. Its
schema is versioned with sqlite-utils migrations. A corrupt file is moved aside with a
timestamp and a new one is started (only after a real format or integrity failure: a
locked, full or read-only disk keeps the file and opens it read-only); the guide itself
keeps working. Kiosk mode uses an
in-memory database: nothing of a student's session reaches the disk.
"""

from __future__ import annotations

import datetime
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

from . import reasons
from .shortlists import ShortlistQueries
from .userdata_checks import (
    NOT_A_FILE,
    NOT_OURS,
    not_an_ordinary_file,
    refuse_foreign,
    schema_complete,
)
from .userdata_errors import (
    OPEN_TIMEOUT_S,
    UserDataUnavailable,
    _Corrupt,
    is_busy,
    is_corruption,
    plain_reason,
)

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

log = logging.getLogger("hrguide.store")  # (the area names: hrguide/logs.py)

APP = "hrguide"
USER_SCHEMA_VERSION = 1
MEMORY = ":memory:"


def default_user_db() -> Path:
    return Path(user_data_dir(APP, appauthor=False)) / "user.db"


def _migrations() -> Migrations:
    from sqlite_utils.migrations import Migrations  # deferred (bench/deferred_imports.py)

    migrations = Migrations("hrguide-user")

    @migrations()
    def m001_shortlists(db: Database) -> None:
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


class UserStore(ShortlistQueries):
    """Shortlists in the user database (or in memory for a kiosk).

    A file is moved aside only after a real format or integrity failure. When it is locked,
    the disk is full or the folder is read-only, the file is kept untouched: the store opens
    it read-only (or, if even that fails, shows no lists) and says why in `problem`;
    every change then raises UserDataUnavailable with the same reason.
    """

    def __init__(self, path: Path | str = MEMORY, *, timeout: float | None = None) -> None:
        self.path = str(path)
        self.timeout = OPEN_TIMEOUT_S if timeout is None else timeout
        self.moved_aside: Path | None = None  # set when a corrupt file was replaced
        self.problem: str | None = None  # why the lists cannot be changed now
        self.read_only = False
        if self.path == MEMORY:
            self._open()
            return
        odd = not_an_ordinary_file(Path(self.path))
        if odd:  # a FIFO would hang SQLite's open, a device or folder is no database
            log.warning("user database %s is %s", self.path, odd)
            self._unavailable(UserDataUnavailable(NOT_A_FILE))
            return
        try:
            self._open()
        except (sqlite3.Error, OSError, _Corrupt, UserDataUnavailable) as exc:
            if is_corruption(exc):
                try:
                    self._move_aside(exc)
                    self._open()
                    return
                except (sqlite3.Error, OSError, _Corrupt) as again:
                    exc = again
            self._open_read_only(exc)

    # -- opening ------------------------------------------------------------------------
    def _open(self) -> None:
        if self.path != MEMORY:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=self.timeout
        )
        self.conn.row_factory = sqlite3.Row
        try:
            if self.path != MEMORY:
                # before anything changes the file: another program's database is never
                # switched to WAL (that rewrites its header)
                self._while_busy(lambda: refuse_foreign(self.conn))
                self._while_busy(lambda: self.conn.execute("PRAGMA journal_mode = WAL"))
                self.conn.execute("PRAGMA synchronous = FULL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            ok = self.conn.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise _Corrupt(f"quick_check: {ok}")
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if version > USER_SCHEMA_VERSION:
                raise UserDataUnavailable(reasons.NEWER)
            if version < USER_SCHEMA_VERSION:
                self._migrate()
            if not schema_complete(self.conn):
                raise UserDataUnavailable(NOT_OURS)
        except BaseException:
            self.conn.close()
            raise

    def _while_busy(self, step: Callable[[], object]) -> None:
        """Run `step`, trying again while another connection holds the file for a moment,
        up to the timeout: SQLite answers "locked" to a journal-mode change at once, without
        its busy handler (two copies of the guide opening a new file at the same time)."""
        deadline = time.monotonic() + self.timeout
        pause = 0.01
        while True:
            try:
                step()
                return
            except sqlite3.OperationalError as exc:
                if not is_busy(exc) or time.monotonic() > deadline:
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)

    def _migrate(self) -> None:
        """Bring a new or older file up to date in one write transaction, checking the
        version again inside it: two copies of the guide starting at once on a fresh
        profile wait for each other instead of both creating the tables."""
        # Only a new or older file needs sqlite-utils: an up-to-date one opens with sqlite3
        # alone (its time and memory: bench/deferred_imports.py)
        import sqlite_utils  # deferred (bench/deferred_imports.py)

        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if self.conn.execute("PRAGMA user_version").fetchone()[0] < USER_SCHEMA_VERSION:
                _migrations().apply(sqlite_utils.Database(self.conn))
                self.conn.execute(f"PRAGMA user_version = {USER_SCHEMA_VERSION}")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _open_read_only(self, exc: BaseException) -> None:
        """Keep the file; show what can be read of it; refuse changes with the reason."""
        reason = str(exc) if isinstance(exc, UserDataUnavailable) else plain_reason(exc)
        log.warning(
            "user database %s cannot be changed now (%s: %s); opened read-only",
            self.path,
            reason,
            exc,
        )
        self.read_only = True
        self.problem = reason
        uri = Path(self.path).resolve().as_uri()
        for options in ("?mode=ro", "?mode=ro&immutable=1"):
            try:
                conn = sqlite3.connect(
                    uri + options,
                    uri=True,
                    isolation_level=None,
                    check_same_thread=False,
                    timeout=min(1.0, self.timeout),
                )
                conn.row_factory = sqlite3.Row
                readable = schema_complete(conn)
            except sqlite3.Error:
                continue
            if not readable:  # another program's file, or ours without its tables
                conn.close()
                break
            self.conn = conn
            return
        self._empty_in_memory()

    def _unavailable(self, exc: UserDataUnavailable) -> None:
        """Nothing of the file is read: an empty list in memory, refusing changes."""
        log.warning("user database %s cannot be used (%s)", self.path, exc)
        self.read_only = True
        self.problem = str(exc)
        self._empty_in_memory()

    def _empty_in_memory(self) -> None:
        """Not even readable now: an empty list in memory, still refusing changes."""
        self.conn = sqlite3.connect(MEMORY, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        import sqlite_utils  # deferred (bench/deferred_imports.py)

        _migrations().apply(sqlite_utils.Database(self.conn))

    def _move_aside(self, exc: BaseException) -> None:
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        src = Path(self.path)
        target = src.with_name(f"{src.name}.corrupt-{stamp}")
        src.replace(target)
        for extra in ("-wal", "-shm"):
            side = src.with_name(src.name + extra)
            if side.exists():
                side.replace(target.with_name(target.name + extra))
        self.moved_aside = target
        log.warning("user database %s is damaged (%s); moved to %s", src, exc, target)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. A lock, a full disk or a read-only file raises
        UserDataUnavailable with the reason in plain words, and nothing is changed."""
        if self.read_only:
            raise UserDataUnavailable(self.problem or reasons.NOT_NOW)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise UserDataUnavailable(plain_reason(exc)) from exc
        try:
            yield self.conn
        except sqlite3.OperationalError as exc:
            self._rollback()
            raise UserDataUnavailable(plain_reason(exc)) from exc
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._rollback()
            raise UserDataUnavailable(plain_reason(exc)) from exc

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
