"""Data updates: install a newer guide database, refuse bad ones untouched, roll back."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from conftest import GUIDE_DB, ROOT

from hrguide.store import GuideDataError
from hrguide.store.choose import CURRENT, PREVIOUS, choose_database, release_key
from hrguide.store.install import LOCK_NAME, install, rollback


def _with_release(tmp_path, name: str, release: str, *, schema=None, drop=None):
    p = tmp_path / name
    shutil.copy(GUIDE_DB, p)
    conn = sqlite3.connect(p)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'data_release'", (release,))
    if schema is not None:
        conn.execute(f"PRAGMA user_version = {schema}")
    if drop:
        conn.execute("DROP VIEW IF EXISTS career_latest_wage")
        conn.execute("DROP VIEW IF EXISTS career_outlook")
        conn.execute(f"DROP TABLE {drop}")
    conn.commit()
    conn.close()
    return p


def _release(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT value FROM meta WHERE key = 'data_release'").fetchone()[0]
    finally:
        conn.close()


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def test_release_order():
    assert release_key("2027.1") > release_key("2026.2") > release_key("2026.1")
    assert release_key("") < release_key("2026.1")


def test_install_newer_then_rollback_and_back(tmp_path):
    folder = tmp_path / "data"
    first = install(_with_release(tmp_path, "a.db", "2026.2"), folder, bundled=GUIDE_DB)
    assert first.release == "2026.2" and _release(folder / CURRENT) == "2026.2"
    assert not (folder / PREVIOUS).exists()
    second = install(_with_release(tmp_path, "b.db", "2027.1"), folder, bundled=GUIDE_DB)
    assert second.previous_release == "2026.2"
    assert _release(folder / CURRENT) == "2027.1" and _release(folder / PREVIOUS) == "2026.2"
    rollback(folder)
    assert _release(folder / CURRENT) == "2026.2" and _release(folder / PREVIOUS) == "2027.1"
    rollback(folder)
    assert _release(folder / CURRENT) == "2027.1"
    assert sorted(p.name for p in folder.iterdir()) == [LOCK_NAME, CURRENT, PREVIOUS]


def _not_sqlite(tmp_path):
    p = tmp_path / "bad.db"
    p.write_text("this is a spreadsheet, honest")
    return p


def _corrupt(tmp_path):
    p = _with_release(tmp_path, "corrupt.db", "2027.1")
    data = bytearray(p.read_bytes())
    for off in range(4096 * 20, 4096 * 40, 5):
        data[off] = 0x5A
    p.write_bytes(bytes(data))
    return p


BAD = {
    "not sqlite": (_not_sqlite, "not an SQLite database"),
    "corrupt": (_corrupt, "integrity|damaged"),
    "old schema": (lambda t: _with_release(t, "old.db", "2027.1", schema=0), "schema version"),
    "missing table": (
        lambda t: _with_release(t, "nt.db", "2027.1", drop="programs"),
        "lacks the tables programs",
    ),
    "older release": (lambda t: _with_release(t, "older.db", "2026.0"), "older than"),
    "missing file": (lambda t: t / "nowhere.db", "not found"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_file_changes_nothing_and_says_why(tmp_path, case):
    folder = tmp_path / "data"
    install(_with_release(tmp_path, "good.db", "2026.5"), folder, bundled=GUIDE_DB)
    before = _snapshot(folder)
    make, words = BAD[case]
    with pytest.raises(GuideDataError, match=words):
        install(make(tmp_path), folder, bundled=GUIDE_DB)
    assert _snapshot(folder) == before


def test_force_installs_an_older_release(tmp_path):
    folder = tmp_path / "data"
    install(_with_release(tmp_path, "new.db", "2027.1"), folder)
    install(_with_release(tmp_path, "old.db", "2026.0"), folder, force=True)
    assert _release(folder / CURRENT) == "2026.0"


def test_rollback_without_previous_says_so(tmp_path):
    with pytest.raises(GuideDataError, match="no previous"):
        rollback(tmp_path)


def test_app_uses_the_newest_valid_database(tmp_path):
    folder = tmp_path / "data"
    assert choose_database(folder, GUIDE_DB) == GUIDE_DB  # nothing installed
    install(_with_release(tmp_path, "n.db", "2027.1"), folder, bundled=GUIDE_DB)
    assert choose_database(folder, GUIDE_DB) == folder / CURRENT
    (folder / CURRENT).write_bytes(b"garbage")  # damaged after install: fall back
    assert choose_database(folder, GUIDE_DB) == GUIDE_DB
    older = _with_release(tmp_path, "o.db", "2000.1")
    shutil.copy(older, folder / CURRENT)
    assert choose_database(folder, GUIDE_DB) == GUIDE_DB


@pytest.mark.slow
def test_cli_install_rollback_and_check(tmp_path):
    folder = tmp_path / "data"
    cfg = tmp_path / "site.toml"
    cfg.write_text(f'[site]\ndata_folder = "{folder}"\n')
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "hrguide", "--config", str(cfg), *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=120,
        )

    out = run("db", "install", str(_with_release(tmp_path, "x.db", "2027.3")))
    assert out.returncode == 0, out.stderr
    assert "installed data release 2027.3" in out.stdout
    check = run("db", "check")
    assert str(folder / CURRENT) in check.stdout and "2027.3" in check.stdout
    bad = run("db", "install", str(_not_sqlite(tmp_path)))
    assert bad.returncode == 1 and "not an SQLite database" in bad.stderr
    assert "Traceback" not in bad.stderr
    assert run("db", "rollback").returncode == 1  # nothing to go back to yet


def _objects() -> list[tuple[str, str]]:
    conn = sqlite3.connect(GUIDE_DB)
    try:
        return [
            (r[0], r[1])
            for r in conn.execute(
                "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%' ORDER BY name"
            )
        ]
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "name"), _objects())
def test_a_database_without_any_one_table_or_view_is_refused(tmp_path, kind, name):
    """Of 27 databases with one table dropped, 14 used to be installed (and one without
    onet_tasks made the kiosk exit every time Daily Work was opened)."""
    folder = tmp_path / "data"
    install(_with_release(tmp_path, "good.db", "2026.5"), folder, bundled=GUIDE_DB, self_test=False)
    before = _snapshot(folder)
    broken = _with_release(tmp_path, "broken.db", "2027.1")
    conn = sqlite3.connect(broken)
    conn.execute(f'DROP {kind.upper()} "{name}"')
    conn.commit()
    conn.close()
    with pytest.raises(GuideDataError):
        install(broken, folder, bundled=GUIDE_DB)
    assert _snapshot(folder) == before


def test_a_view_that_never_ends_is_stopped_in_time(tmp_path, monkeypatch):
    """A view that never finishes made the school finder spin at 90 % CPU after install."""
    import hrguide.store.probe as probe

    monkeypatch.setattr(probe, "DEADLINE_S", 2.0)
    slow = _with_release(tmp_path, "slow.db", "2027.1")
    conn = sqlite3.connect(slow)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'program_details'").fetchone()[0]
    conn.execute(sql.replace("program_details", "program_details_orig", 1))
    conn.execute("DROP VIEW program_details")
    conn.execute(
        "CREATE VIEW program_details AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL "
        "SELECT n + 1 FROM r) SELECT v.* FROM program_details_orig v JOIN r "
        "ON r.n < 0"
    )
    conn.commit()
    conn.close()
    folder = tmp_path / "data"
    with pytest.raises(GuideDataError, match="did not finish within 2 s"):
        install(slow, folder, bundled=GUIDE_DB, self_test=False)
    assert not (folder / CURRENT).exists()


def test_three_installs_at_once_one_wins_and_the_others_say_so(tmp_path):
    import threading

    folder = tmp_path / "data"
    install(_with_release(tmp_path, "base.db", "2027.0"), folder, bundled=GUIDE_DB, self_test=False)
    files = [_with_release(tmp_path, f"r{n}.db", f"2028.{n}") for n in range(3)]
    results: list[object] = [None] * 3
    gate = threading.Barrier(3)

    def run(n: int) -> None:
        gate.wait()
        try:
            results[n] = install(files[n], folder, bundled=GUIDE_DB).release
        except GuideDataError as exc:
            results[n] = exc

    threads = [threading.Thread(target=run, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    won = [r for r in results if isinstance(r, str)]
    lost = [r for r in results if isinstance(r, GuideDataError)]
    assert len(won) + len(lost) == 3 and len(won) >= 1, [str(r) for r in results]
    for exc in lost:
        assert "another install" in str(exc) and "Nothing was changed" in str(exc)
    # what the winners said is what the folder holds, and rollback still has the release
    # that was current before the last one
    assert _release(folder / CURRENT) == won[-1] or _release(folder / CURRENT) in won
    assert _release(folder / PREVIOUS) != _release(folder / CURRENT)
    assert not list(folder.glob("*.new"))


STEPS = ["stage the new file", "copy the current one aside", "swap", "keep the previous"]


@pytest.mark.parametrize("failing", range(len(STEPS)), ids=STEPS)
def test_a_failure_at_any_step_leaves_everything_as_it_was(tmp_path, monkeypatch, failing):
    """As Windows does when the running app holds guide.db open: the final swap fails.
    guide.previous.db used to be overwritten already and guide.db.new left behind."""
    import hrguide.store.install as inst

    folder = tmp_path / "data"
    install(_with_release(tmp_path, "one.db", "2027.1"), folder, bundled=GUIDE_DB, self_test=False)
    install(_with_release(tmp_path, "two.db", "2027.2"), folder, bundled=GUIDE_DB, self_test=False)
    before = _snapshot(folder)
    calls = [0]
    real_copy, real_replace = inst._copy_durably, os.replace

    def step(real):
        def wrapped(*args):
            n = calls[0]
            calls[0] += 1
            if n == failing:
                raise PermissionError(13, "The process cannot access the file")
            return real(*args)

        return wrapped

    monkeypatch.setattr(inst, "_copy_durably", step(real_copy))
    monkeypatch.setattr(inst.os, "replace", step(real_replace))
    with pytest.raises(OSError):
        install(
            _with_release(tmp_path, "three.db", "2027.3"), folder, bundled=GUIDE_DB, self_test=False
        )
    monkeypatch.undo()
    assert _snapshot(folder) == before
    assert _release(folder / CURRENT) == "2027.2" and _release(folder / PREVIOUS) == "2027.1"


def test_the_self_test_runs_on_the_staged_copy_and_a_failure_changes_nothing(tmp_path, monkeypatch):
    import hrguide.store.install as inst

    folder = tmp_path / "data"
    install(_with_release(tmp_path, "good.db", "2027.1"), folder, bundled=GUIDE_DB)
    before = _snapshot(folder)
    tested = []

    def failing_self_test(db, timeout=inst.SELF_TEST_TIMEOUT_S):
        tested.append(db)
        raise GuideDataError(
            db, "the guide's self-test failed on it (page x)", "Nothing was changed."
        )

    monkeypatch.setattr(inst, "run_self_test", failing_self_test)
    with pytest.raises(GuideDataError, match="self-test failed"):
        install(_with_release(tmp_path, "next.db", "2027.2"), folder, bundled=GUIDE_DB)
    assert tested == [folder / (CURRENT + ".new")]
    assert _snapshot(folder) == before


@pytest.mark.slow
def test_the_real_self_test_passes_a_good_file_and_stops_a_hanging_one(tmp_path):
    from hrguide.store.install import run_self_test

    good = _with_release(tmp_path, "good.db", "2027.1")
    run_self_test(good)  # the app builds every page over it
    with pytest.raises(GuideDataError, match="did not finish its self-test on it within"):
        run_self_test(good, timeout=0.05)


def test_a_staging_copy_left_by_a_killed_install_is_removed_by_the_next(tmp_path):
    """A kill during `db install` left guide.db.new until the next install (issue 35); the
    next install removes it, while the old database's copy (guide.previous.db.new, maybe
    the only one left) is kept: with no current database it becomes the previous one."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / (CURRENT + ".new")).write_bytes(b"half a copy from a killed install")
    (folder / (PREVIOUS + ".new")).write_bytes(b"maybe the only copy of the old one")
    install(_with_release(tmp_path, "a.db", "2026.2"), folder, bundled=GUIDE_DB, self_test=False)
    assert sorted(p.name for p in folder.iterdir()) == sorted([CURRENT, PREVIOUS, LOCK_NAME])
    assert _release(folder / CURRENT) == "2026.2"
    assert (folder / PREVIOUS).read_bytes() == b"maybe the only copy of the old one"


def test_a_stale_staging_copy_goes_even_when_the_next_install_is_refused(tmp_path):
    folder = tmp_path / "data"
    install(_with_release(tmp_path, "a.db", "2027.1"), folder, bundled=GUIDE_DB, self_test=False)
    stale = folder / (CURRENT + ".new")
    stale.write_bytes(b"half a copy from a killed install")
    with pytest.raises(GuideDataError, match="older than the installed"):
        install(_with_release(tmp_path, "b.db", "2026.1"), folder, bundled=GUIDE_DB)
    assert not stale.exists()
