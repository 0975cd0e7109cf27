"""The database is a build output: a fresh build equals the committed file."""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import CONTENT, GUIDE_DB, ROOT, SOURCES

from hrguide.build.builder import build
from hrguide.domain.schema import SCHEMA_VERSION

pytestmark = pytest.mark.slow


def _content(path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    names = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        # FTS shadow tables hold index internals; the indexed content is compared instead.
        if not r[0].startswith("search_index_fts")
    ]
    tables = {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY 1, 2').fetchall() for n in names}
    tables["__schema__"] = conn.execute(
        "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    tables["__version__"] = [conn.execute("PRAGMA user_version").fetchone()]
    conn.close()
    return tables


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "guide.db"
    meta = out.parent / "metadata.json"
    build(out, SOURCES, CONTENT, metadata_out=meta)
    return out, meta


def test_fresh_build_equals_committed_database(fresh):
    new, committed = _content(fresh[0]), _content(GUIDE_DB)
    assert new.keys() == committed.keys()
    for name in new:
        assert new[name] == committed[name], f"table {name} differs: run `hrguide db build`"


def test_fresh_metadata_equals_committed(fresh):
    assert json.loads(fresh[1].read_text()) == json.loads(
        (ROOT / "data" / "metadata.json").read_text()
    )


def test_build_is_deterministic(fresh, tmp_path):
    again = tmp_path / "again.db"
    build(again, SOURCES, CONTENT)
    assert _content(again) == _content(fresh[0])


def test_schema_version_and_meta(fresh):
    conn = sqlite3.connect(fresh[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["release.bls-oews-2025"] == "May 2025"
    assert meta["release.onet-29.3"] == "May 2025"
    # no wall clock in the file: the meta table holds releases only
    assert not any("time" in k or "built" in k for k in meta)


def test_build_is_atomic_when_it_fails(tmp_path):
    out = tmp_path / "guide.db"
    out.write_bytes(b"previous")
    broken_content = tmp_path / "content"
    broken_content.mkdir()
    with pytest.raises(FileNotFoundError):
        build(out, SOURCES, broken_content)
    assert out.read_bytes() == b"previous"
    assert not list(tmp_path.glob("*.tmp"))


def test_foreign_keys_hold(fresh):
    conn = sqlite3.connect(fresh[0])
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_fts_is_enabled(fresh):
    conn = sqlite3.connect(fresh[0])
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index_fts'").fetchone()[
        0
    ]
    assert "fts5" in sql.lower()
    kinds = {r[0] for r in conn.execute("SELECT DISTINCT kind FROM search_index")}
    assert kinds == {"career", "credential", "page", "school", "occupation"}
