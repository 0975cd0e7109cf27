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
from hrguide.store.install import CURRENT, PREVIOUS, choose_database, install, release_key, rollback


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
    assert sorted(p.name for p in folder.iterdir()) == [CURRENT, PREVIOUS]


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
    "missing table": (lambda t: _with_release(t, "nt.db", "2027.1", drop="programs"),
                      "lacks the tables programs"),
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
        return subprocess.run([sys.executable, "-m", "hrguide", "--config", str(cfg), *args],
                              capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)

    out = run("db", "install", str(_with_release(tmp_path, "x.db", "2027.3")))
    assert out.returncode == 0, out.stderr
    assert "installed data release 2027.3" in out.stdout
    check = run("db", "check")
    assert str(folder / CURRENT) in check.stdout and "2027.3" in check.stdout
    bad = run("db", "install", str(_not_sqlite(tmp_path)))
    assert bad.returncode == 1 and "not an SQLite database" in bad.stderr
    assert "Traceback" not in bad.stderr
    assert run("db", "rollback").returncode == 1  # nothing to go back to yet
