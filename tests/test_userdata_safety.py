"""Shortlists never vanish: a locked, full or read-only disk is not a corrupt file, two
copies of the guide share one user database, and the user is told what happened."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import threading

import pytest
from conftest import ROOT
from PySide6.QtCore import Qt

from hrguide.store.userdata import (
    UserDataUnavailable,
    UserStore,
    is_corruption,
    plain_reason,
)


def _filled(path, n=3) -> None:
    s = UserStore(path)
    lst = s.first_or_create("Ana")
    for i in range(n):
        s.add(lst.list_id, "career", f"career-{i}", f"Career {i}")
    s.close()


def _aside(path) -> list:
    return sorted(p.name for p in path.parent.glob(path.name + ".corrupt-*"))


def _items(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    finally:
        conn.close()


@contextlib.contextmanager
def _held_exclusively(path):
    """Another program (a backup or sync tool) holding the file with an exclusive lock: not
    even a reader gets in while it lasts."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE items SET note = note")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_lock_held_longer_than_the_timeout_keeps_the_file(tmp_path):
    """A backup or sync tool holding an exclusive lock: the file used to be moved aside."""
    path = tmp_path / "user.db"
    _filled(path)
    with _held_exclusively(path):
        s = UserStore(path, timeout=0.2)
        assert s.moved_aside is None and _aside(path) == []
        assert s.read_only and "another program" in s.problem
        with pytest.raises(UserDataUnavailable, match="another program"):
            s.create("Ben")
        s.close()
    again = UserStore(path)
    assert not again.read_only and again.problem is None
    assert len(again.items(again.lists()[0].list_id)) == 3


def test_a_write_lock_makes_changes_fail_plainly_and_keeps_everything(tmp_path):
    path = tmp_path / "user.db"
    _filled(path)
    s = UserStore(path, timeout=0.1)
    lst = s.lists()[0]
    other = sqlite3.connect(path, isolation_level=None, timeout=0.1)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(UserDataUnavailable) as info:
            s.add(lst.list_id, "career", "medical-coder", "Medical coder")
        assert "another program" in str(info.value)
        assert "locked" not in str(info.value)  # no SQLite words for the user
    finally:
        other.execute("ROLLBACK")
        other.close()
    s.add(lst.list_id, "career", "medical-coder", "Medical coder")  # works again
    assert len(s.items(lst.list_id)) == 4 and _aside(path) == []


@pytest.mark.parametrize(
    ("code", "message", "reason"),
    [
        (13, "database or disk is full", "the disk is full"),
        (8, "attempt to write a readonly database", "read-only"),
        (14, "unable to open database file", "could not be opened"),
        (5, "database is locked", "another program"),
    ],
)
def test_full_or_read_only_disks_open_the_file_read_only(
    tmp_path, monkeypatch, code, message, reason
):
    """The first (read-write) open fails as SQLite fails on a full disk or a read-only
    folder: the file is kept, its lists are shown, and changes are refused with the reason."""
    path = tmp_path / "user.db"
    _filled(path)
    real = sqlite3.connect

    def failing(database, *args, **kwargs):
        if not kwargs.get("uri"):
            exc = sqlite3.OperationalError(message)
            exc.sqlite_errorcode = code
            raise exc
        return real(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", failing)
    s = UserStore(path)
    assert s.moved_aside is None and _aside(path) == [] and path.exists()
    assert s.read_only and reason in s.problem
    assert len(s.items(s.lists()[0].list_id)) == 3  # what was saved is still shown
    with pytest.raises(UserDataUnavailable):
        s.add(s.lists()[0].list_id, "career", "x", "X")
    monkeypatch.setattr(sqlite3, "connect", real)
    assert _items(path) == 3


def test_a_folder_that_cannot_be_made_is_not_corruption(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    s = UserStore(blocker / "user.db")
    assert s.read_only and s.moved_aside is None
    assert s.lists() == [] and s.first_or_create("Mine").list_id == 0
    assert blocker.read_text().startswith("a file")


def test_only_real_damage_counts_as_corruption():
    def err(code, text):
        exc = sqlite3.DatabaseError(text)
        exc.sqlite_errorcode = code
        return exc

    assert is_corruption(err(26, "file is not a database"))
    assert is_corruption(err(11, "database disk image is malformed"))
    for code in (5, 6, 8, 10, 13, 14, 3 | (2 << 8)):
        assert not is_corruption(err(code, "whatever")), code
    assert not is_corruption(PermissionError(13, "Permission denied"))
    assert plain_reason(OSError(28, "No space left on device")) == "the disk is full"


def test_a_damaged_file_is_still_moved_aside_and_the_user_is_told(tmp_path):
    path = tmp_path / "user.db"
    path.write_bytes(b"this is not a database" * 100)
    s = UserStore(path)
    assert s.moved_aside is not None and s.moved_aside.exists()
    assert not s.read_only and s.problem is None


def test_a_file_from_a_newer_guide_is_kept(tmp_path):
    path = tmp_path / "user.db"
    _filled(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    s = UserStore(path)
    assert s.moved_aside is None and s.read_only and "newer version" in s.problem
    assert len(s.items(s.lists()[0].list_id)) == 3


@pytest.mark.parametrize("attempt", range(5))
def test_two_stores_starting_on_a_fresh_profile_share_one_database(tmp_path, attempt):
    """A double launch: both open the new file at once and star items alternately."""
    path = tmp_path / "user.db"
    stores: list[UserStore] = []
    errors: list[BaseException] = []
    gate = threading.Barrier(2)

    def start() -> None:
        try:
            gate.wait()
            stores.append(UserStore(path))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(stores) == 2
    lists = {s.first_or_create("My shortlist").list_id for s in stores}
    assert len(lists) == 1
    list_id = lists.pop()
    for i in range(50):
        for n, s in enumerate(stores):
            s.add(list_id, "career", f"c{n}-{i}", "x")
    assert _aside(path) == [] and _items(path) == 100


INSTANCE = r"""
import sys
from hrguide.store.userdata import UserStore
s = UserStore(sys.argv[1])
lst = s.first_or_create("My shortlist")
for i in range(50):
    s.add(lst.list_id, "career", sys.argv[2] + str(i), "x")
print(lst.list_id)
"""


@pytest.mark.slow
def test_two_processes_on_a_fresh_profile_lose_nothing(tmp_path):
    """Two copies of the guide started at the same moment on a profile with no user
    database, each starring 50 items: one list, 100 items, nothing moved aside."""
    for attempt in range(3):
        path = tmp_path / f"run{attempt}" / "user.db"
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", INSTANCE, str(path), tag],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for tag in ("a", "b")
        ]
        outs = [p.communicate(timeout=120) for p in procs]
        for p, (_out, err) in zip(procs, outs, strict=True):
            assert p.returncode == 0, err
        assert len({out.strip() for out, _ in outs}) == 1
        assert _aside(path) == [] and _items(path) == 100


@pytest.mark.gui
def test_a_locked_user_database_is_explained_on_the_shortlist_tab(qtbot, guide_db, user_dirs):
    """The store opens right after the first page, before the Shortlist tab exists: the
    explanation still reaches the tab, and a star that cannot change says why."""
    from PySide6.QtWidgets import QLabel, QPushButton

    from hrguide.app import create_main_window
    from hrguide.store.userdata import default_user_db

    path = default_user_db()
    path.parent.mkdir(parents=True, exist_ok=True)
    _filled(path)
    with _held_exclusively(path):
        import hrguide.store.userdata as ud

        ud.OPEN_TIMEOUT_S, before = 0.2, ud.OPEN_TIMEOUT_S
        try:
            win = create_main_window(guide_db)
            qtbot.addWidget(win)
            win.show()
            win.shortlister.open()
        finally:
            ud.OPEN_TIMEOUT_S = before
        win.router.open("careers")
        star = next(
            b
            for b in win.router.page("careers").findChildren(QPushButton)
            if b.property("role") == "star"
        )
        qtbot.mouseClick(star, Qt.MouseButton.LeftButton)
        assert "another program" in star.toolTip()
        win.router.open("shortlist")
        notice = win.router.page("shortlist").findChild(QLabel, "shortlistNotice")
        assert notice.isVisible() and "another program" in notice.text()
        assert "Nothing was lost" in notice.text()
    assert _aside(path) == [] and _items(path) == 3


# -- issue 35: what is at the user database's path ------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX (FIFOs)")
def test_a_fifo_at_the_path_is_refused_before_sqlite_opens_it(tmp_path):
    """A FIFO froze the desktop app after its first paint (SQLite's open blocks on it)."""
    from hrguide.store.userdata_checks import NOT_A_FILE

    fifo = tmp_path / "user.db"
    os.mkfifo(fifo)
    s = UserStore(fifo)
    assert s.read_only and s.problem == NOT_A_FILE and s.moved_aside is None
    assert s.lists() == [] and fifo.is_fifo()
    assert s.first_or_create("Ana").list_id == 0  # an unsaved placeholder
    with pytest.raises(UserDataUnavailable):
        s.create("Ben")


def test_a_folder_at_the_path_is_refused(tmp_path):
    from hrguide.store.userdata_checks import NOT_A_FILE

    (tmp_path / "user.db").mkdir()
    s = UserStore(tmp_path / "user.db")
    assert s.read_only and s.problem == NOT_A_FILE and (tmp_path / "user.db").is_dir()


@pytest.mark.parametrize(
    "damage",
    ["DROP TABLE items", "ALTER TABLE items DROP COLUMN note"],
    ids=["no items table", "no note column"],
)
def test_a_file_missing_a_table_or_column_is_a_plain_notice_and_kept(tmp_path, damage):
    """At the current schema version without `items` or its `note` column, the store
    raised OperationalError or TypeError; now: a notice, the file kept as it was."""
    from hrguide.store.userdata_checks import NOT_OURS

    path = tmp_path / "user.db"
    _filled(path)
    conn = sqlite3.connect(path)
    conn.execute(damage)
    conn.commit()
    conn.close()
    before = path.read_bytes()
    s = UserStore(path)
    assert s.read_only and s.problem == NOT_OURS and s.moved_aside is None
    assert s.lists() == []  # nothing half-read
    s.close()
    assert path.read_bytes() == before and _aside(path) == []


def test_another_programs_database_is_kept_byte_for_byte_and_never_switched_to_wal(tmp_path):
    from hrguide.store.userdata_checks import NOT_OURS

    path = tmp_path / "user.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT)")
    conn.execute("INSERT INTO photos (caption) VALUES ('beach')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    s = UserStore(path)
    assert s.read_only and s.problem == NOT_OURS and s.moved_aside is None
    s.close()
    assert path.read_bytes() == before
    assert not (tmp_path / "user.db-wal").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_an_exclusive_lock_gives_a_notice_after_the_short_ui_wait(tmp_path):
    """A rollback-journal exclusive lock froze the UI for 6 s: the UI's store waits only
    its short busy timeout, then opens nothing and says another program has the file."""
    from hrguide.ui.shortlister import UI_BUSY_TIMEOUT_S

    assert UI_BUSY_TIMEOUT_S <= 0.5
    path = tmp_path / "user.db"
    _filled(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("BEGIN EXCLUSIVE")
    try:
        s = UserStore(path, timeout=UI_BUSY_TIMEOUT_S)
        assert s.read_only and "another program" in s.problem
        s.close()
    finally:
        conn.execute("ROLLBACK")
        conn.close()
