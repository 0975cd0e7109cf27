"""No data release in code: the guide shows whatever releases its database holds.

The build records which source plays which role (current wages, tuition, ...); the store
looks sources up by role and the UI formats every year or period from the source row. A
database whose sources have other ids and other years, installed with `hrguide db install`,
shows its own years on every page and none of the bundled ones.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import sqlite3
import subprocess
import sys

import pytest
from conftest import GUIDE_DB, ROOT
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel

from hrguide.ui.context import Link

SHIFT = 20  # far enough that no new label equals an old one ("2018-19" + 6 = "2024-25")
YEAR = re.compile(r"\b(19|20)\d{2}\b")
SOURCE_ID = re.compile(r"\b(bls|ipeds|onet|nces)-[a-z0-9.]+")


def _string_constants(path):
    """Every string literal of a module except docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            yield node.lineno, node.value


@pytest.mark.parametrize("folder", ["ui", "store"])
def test_no_ui_or_store_module_holds_a_year_or_a_source_id(folder):
    found = []
    for path in sorted((ROOT / "hrguide" / folder).rglob("*.py")):
        for line, text in _string_constants(path):
            if YEAR.search(text) or SOURCE_ID.search(text):
                found.append(f"{path.relative_to(ROOT)}:{line}: {text[:70]!r}")
    assert not found, "\n".join(found)


def _shift(text: str, by: int = SHIFT) -> str:
    """Every year in `text` moved on by `by` years ("2024-34" -> "2044-54"), in one pass."""

    def moved(m):
        first = str(int(m.group(1)) + by)
        return first if m.group(2) is None else f"{first}-{(int(m.group(2)) + by) % 100:02d}"

    return re.sub(r"\b((?:19|20)\d{2})(?:-(\d{2})\b)?", moved, text)


def _next_release(path) -> dict[str, str]:
    """Turn a copy of the bundled database into "the next release": every source gets a new
    id and every year moves on by SHIFT. Returns old label -> new label for the periods the
    guide shows."""
    conn = sqlite3.connect(path)
    sources = conn.execute(
        "SELECT source_id, release, period, title, attribution, year FROM sources"
    ).fetchall()
    labels = {}
    for sid, release, period, title, attribution, year in sources:
        new = sid + "-next"
        conn.execute(
            "UPDATE sources SET source_id = ?, release = ?, period = ?, title = ?, "
            "attribution = ?, year = ? WHERE source_id = ?",
            (
                new,
                _shift(release),
                _shift(period),
                _shift(title),
                _shift(attribution),
                None if year is None else year + SHIFT,
                sid,
            ),
        )
        for (table,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        ).fetchall():
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            for col in ("source_id", "distance_source_id"):
                if col in cols and table != "sources":
                    conn.execute(f'UPDATE "{table}" SET {col} = ? WHERE {col} = ?', (new, sid))
        if period and YEAR.search(period):
            labels[period] = _shift(period)
    for (period,) in conn.execute("SELECT DISTINCT period FROM projections").fetchall():
        conn.execute(
            "UPDATE projections SET period = ?, base_year = base_year + ?, "
            "target_year = target_year + ? WHERE period = ?",
            (_shift(period), SHIFT, SHIFT, period),
        )
    for (year,) in conn.execute(
        "SELECT DISTINCT academic_year FROM tuition WHERE academic_year IS NOT NULL"
    ).fetchall():
        conn.execute(
            "UPDATE tuition SET academic_year = ? WHERE academic_year = ?", (_shift(year), year)
        )
    for (period,) in conn.execute("SELECT DISTINCT period FROM occupation_outlook").fetchall():
        conn.execute(
            "UPDATE occupation_outlook SET period = ? WHERE period = ?", (_shift(period), period)
        )
    for (year,) in conn.execute("SELECT DISTINCT academic_year FROM loan_terms").fetchall():
        conn.execute(
            "UPDATE loan_terms SET academic_year = ? WHERE academic_year = ?", (_shift(year), year)
        )
    for key, value in conn.execute("SELECT key, value FROM meta").fetchall():
        new_key = (
            key.replace(key.split(".", 1)[-1], key.split(".", 1)[-1] + "-next")
            if key.startswith("release.")
            else key
        )
        conn.execute(
            "UPDATE meta SET key = ?, value = ? WHERE key = ?",
            (new_key, "2046.1" if key == "data_release" else _shift(value), key),
        )
    conn.commit()
    conn.close()
    return labels


def _texts(window) -> str:
    """Everything a person can read in the window: labels, buttons, tabs, table headers,
    cells and their tooltips."""
    out = []
    for w in window.findChildren(QLabel):
        out.append(w.text())
        out.append(w.toolTip())
    for w in window.findChildren(QAbstractButton):
        out.append(w.text())
        out.append(w.toolTip())
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        rows = model.rowCount(QModelIndex())
        try:
            cols = model.columnCount(QModelIndex())
        except TypeError:  # a list model (its columnCount is private in Qt)
            cols = 1
        for orient in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            count = cols if orient == Qt.Orientation.Horizontal else min(rows, 60)
            for i in range(count):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    out.append(str(model.headerData(i, orient, role) or ""))
        for r in range(min(rows, 60)):
            for c in range(cols):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    out.append(str(model.index(r, c).data(role) or ""))
    return "\n".join(t for t in out if t)


@pytest.mark.slow
@pytest.mark.gui
def test_a_release_with_other_ids_and_years_shows_only_its_own(qtbot, tmp_path):
    candidate = tmp_path / "next.db"
    shutil.copy(GUIDE_DB, candidate)
    with sqlite3.connect(candidate) as conn:  # the citations the old release shows
        citations = [
            f"{short}, {release}"
            for short, release in conn.execute("SELECT short_label, release FROM sources")
            if YEAR.search(release or "")
        ]
    labels = _next_release(candidate)
    assert {"May 2025", "2025-35", "2023-24", "2024-25"} <= set(labels)
    folder = tmp_path / "data"
    cfg = tmp_path / "site.toml"
    cfg.write_text(f'[site]\ndata_folder = "{folder}"\n')
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-m", "hrguide", "--config", str(cfg), "db", "install", str(candidate)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert "installed data release 2046.1" in out.stdout

    from hrguide.app import create_main_window
    from hrguide.cli import database_in_use
    from hrguide.config import load
    from hrguide.ui.shell.registry import PAGE_IDS

    db = database_in_use(load(cfg))
    assert db == folder / "guide.db"
    win = create_main_window(db)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    seen = []
    for page_id in PAGE_IDS:
        win.router.open(page_id)
        QApplication.processEvents()
        seen.append(_texts(win))
    for career in win.store.careers():
        win.router.go(Link("careers", career=career.career_id))
        QApplication.processEvents()
        seen.append(_texts(win))
    schools = win.router.page("schools")
    program = win.store.programs()[0]
    schools.show_school(program.unitid)
    seen.append(_texts(win))
    win.router.page("compare").findChild(QAbstractButton, "compareHistory").setChecked(True)
    seen.append(_texts(win))
    win.shortlister.add("program", program.program_id, program.program)
    seen.append(win.router.page("shortlist").outputs.handout_html())
    text = "\n".join(seen)
    for old in [*labels, *citations]:
        if re.fullmatch(r"\d{4}", old):
            # a bare year ("2024") is also a fact's year in prose ("renamed in 2024"): its
            # source is checked through its citation ("BEA Regional Price Parities, 2024 ...")
            continue
        assert old not in text, (
            f"{old!r} still on screen",
            [ln[:200] for ln in text.splitlines() if old in ln][:5],
        )
    for new in ("May 2045", "2045-55", "2043-44", "2044-45"):
        assert new in text, (
            f"{new!r} not on screen",
            [ln for ln in text.splitlines() if "Graduates" in ln][:5],
        )
