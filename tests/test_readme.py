"""The README says what is true: its data list is the database's `sources` table, its
first two commands are the ones CI and the workflow run."""

from __future__ import annotations

import importlib.util
import sqlite3

from conftest import GUIDE_DB, ROOT


def _tool():
    spec = importlib.util.spec_from_file_location(
        "readme_sources", ROOT / "tools" / "readme_sources.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_lists_the_sources_the_database_names():
    tool = _tool()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert tool.render(readme, GUIDE_DB) == readme, "run python tools/readme_sources.py"


def test_every_data_folder_release_in_the_database_is_in_the_readme():
    """Read from the table directly, not through the tool: each folder's label and period
    (e.g. O*NET 30.3, projections 2025-35) stands in the README."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    conn = sqlite3.connect(GUIDE_DB)
    rows = conn.execute("SELECT short_label, period, folder FROM sources WHERE folder != ''")
    for label, period, folder in rows:
        assert f"- {label}, {period} (" in readme and f"`data/sources/{folder}/`" in readme
    conn.close()


def test_a_changed_release_makes_the_list_stale(tmp_path):
    """The comparison can fail: a database whose O*NET release moved on no longer matches."""
    tool = _tool()
    db = tmp_path / "guide.db"
    db.write_bytes(GUIDE_DB.read_bytes())
    conn = sqlite3.connect(db)
    conn.execute("UPDATE sources SET short_label = 'O*NET 31.0' WHERE source_id = 'onet-30.3'")
    conn.commit()
    conn.close()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert tool.render(readme, db) != readme


def test_the_readme_starts_with_the_two_commands():
    lines = [line.strip() for line in (ROOT / "README.md").read_text().splitlines()[:12]]
    assert "python3 -m pip install . && hrguide" in lines
    assert 'python3 -m pip install -e ".[test]" && python3 -m pytest' in lines
    ci = (ROOT / ".ci" / "run").read_text()
    assert ci.rstrip().endswith('python3 -m pip install -e ".[test]" && python3 -m pytest')
