"""Sources in users' words (issue 32, item 9): each source named once, fully, on Sources;
pages name it shortly; no file path, build note or "the copy we could obtain" on any
screen; the source article named as what it is."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from conftest import visible_texts
from PySide6.QtWidgets import QTableView

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

DEVELOPER_WORDS = re.compile(
    r"PROVENANCE|\.csv\b|\.md\b|\.db\b|third-party copy|could obtain|Career guide article"
    r"|data/sources|gutierrezsof/"
)


def test_no_page_shows_paths_or_build_notes(window, guide_db):
    from layout_audit import fill

    from hrguide.ui.shell.registry import PAGE_IDS

    fill(window)
    for page_id in PAGE_IDS:
        window.router.open(page_id)
        for text in visible_texts(window, window.router.page(page_id)):
            assert not DEVELOPER_WORDS.search(text), (page_id, text)
            assert str(guide_db) not in text, (page_id, text)


def test_sources_names_each_source_once_and_fully(window):
    page = window.router.open("sources")
    model = page.findChild(QTableView, "sourcesTable").model()
    titles = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert len(titles) == len(set(titles)) == len(window.ctx.store.sources())
    projections = window.ctx.store.source("bls-ep-2025")
    assert projections.title.startswith("BLS Employment Projections 2025-35")
    assert "as transcribed by a third party from BLS's tables" in projections.title
    assert projections.citation == "BLS projections, 2025-35"  # what the pages say
    article = window.ctx.store.source("seed-article")
    assert article.title in article.short_label  # named as what it is


def test_a_page_names_the_projections_shortly(window):
    from PySide6.QtCore import Qt

    page = window.router.open("compare")
    model = page.findChild(QTableView, "compareGrid").model()
    r = next(i for i, row in enumerate(model.grid_rows()) if row.key == "growth")
    assert model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) == "Source: BLS projections, 2025-35"
