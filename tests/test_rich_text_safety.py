"""Text from the site config or the guide database is never rendered as markup that loads a
file (issue 35): `<img src=FIFO>` in the campus name hung a kiosk's start, `src=/dev/zero`
aborted it, and the same tag in a career's title hung the self-test.

Every human-readable text column of a copy of the database and the campus name get an
<img> tag (pointing at a file that is not there, so nothing can hang); every page, every
career profile, a school's page and the handout are built; then no label, tooltip, text
document or item view holds an <img> tag that Qt would read as rich text."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from conftest import GUIDE_DB
from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QTextEdit,
    QToolTip,
)

from hrguide.ui.shell.registry import PAGE_IDS

pytestmark = pytest.mark.gui

PROBE = '<img src="/nonexistent/hrguide-probe.png">'
MD_PROBE = "![x](/nonexistent/hrguide-probe.png)"
# (table, columns): the texts people read, as the database supplies them
TEXTS = {
    "careers": ["title", "summary", "grouping_note"],
    "career_facts": ["value"],
    "credentials": ["name", "requirements", "summary"],
    "organizations": ["name"],
    "institutions": ["name", "alias", "city"],
    "pages": ["title", "body_md"],
    "translations": ["text"],
    "onet_occupations": ["title", "description"],
    "onet_tasks": ["task"],
    "interest_profiles": ["title"],
    "related_occupations": ["related_title"],
    "pathway_steps": ["title", "title_es"],
    "pathway_links": ["note", "note_es"],
    "cip_programs": ["title"],
    "technology_skills": ["example"],
    "sources": ["publisher", "title", "short_label", "attribution"],
    "wages": ["area_title", "industry_title"],
    "national_pay": ["title"],
    "occupations": ["title"],
    "program_outcomes": ["family_title"],
}


@pytest.fixture(scope="module")
def tainted_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("tainted") / "guide.db"
    shutil.copy(GUIDE_DB, path)
    conn = sqlite3.connect(path)
    for table, columns in TEXTS.items():
        for column in columns:
            probe = MD_PROBE + " " + PROBE if column == "body_md" else PROBE
            conn.execute(
                f"UPDATE {table} SET {column} = {column} || ? WHERE {column} != ''", (probe,)
            )
    conn.commit()
    conn.close()
    return path


def _rich(text: str, fmt: Qt.TextFormat) -> bool:
    if fmt == Qt.TextFormat.PlainText:
        return False
    if fmt in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText):
        return True
    return GuiQt.mightBeRichText(text)


def loads_a_resource(text: str, fmt: Qt.TextFormat) -> bool:
    """Whether Qt, showing `text` in this format, would load something: the text is laid
    out as Qt would and searched for images (and background pictures)."""
    if not _rich(text, fmt):
        return False
    doc = QTextDocument()
    if fmt == Qt.TextFormat.MarkdownText:
        doc.setMarkdown(text)
    else:
        doc.setHtml(text)
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                return True
            it += 1
        block = block.next()
    return "background=" in text.lower() or "url(" in text.lower()


def _view_tooltips(view: QAbstractItemView) -> list[str]:
    """The tool tips a pointer resting on the view's first rows would show: a tool-tip
    event sent to the viewport as Qt sends it, and the tip's text read back."""
    model = view.model()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    tips = []
    for r in range(min(model.rowCount(QModelIndex()), 5)):
        for c in range(columns):
            rect = view.visualRect(model.index(r, c))
            if not rect.isValid() or not view.viewport().rect().contains(rect.center()):
                continue
            pos = rect.center()
            event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
            QApplication.sendEvent(view.viewport(), event)
            tips.append(QToolTip.text())
            QToolTip.hideText()
    return tips


def _findings(widgets=None) -> list[str]:
    found = []
    for w in QApplication.allWidgets() if widgets is None else widgets:
        where = f"{type(w).__name__} {w.objectName()!r}"
        # a label not yet polished is made plain before it is first shown (PlainLabels)
        polished = w.testAttribute(Qt.WidgetAttribute.WA_WState_Polished)
        if (
            isinstance(w, QLabel)
            and (polished or w.textFormat() != Qt.TextFormat.AutoText)
            and loads_a_resource(w.text(), w.textFormat())
        ):
            found.append(f"label {where}: {w.text()[:80]!r}")
        if loads_a_resource(w.toolTip(), Qt.TextFormat.AutoText):
            found.append(f"tooltip {where}")
        if isinstance(w, QTextEdit) and loads_a_resource(
            w.document().toHtml(), Qt.TextFormat.RichText
        ):
            found.append(f"document {where}")
        if (
            isinstance(w, QAbstractItemView)
            and not isinstance(w, QHeaderView)
            and w.model() is not None
            and w.isVisible()
            and any(loads_a_resource(t, Qt.TextFormat.AutoText) for t in _view_tooltips(w))
        ):
            found.append(f"item tooltips {where}")
    return found


def test_no_data_or_config_text_is_rendered_as_markup_that_loads_a_file(tainted_db, qtbot):
    from hrguide.app import create_main_window
    from hrguide.config import SiteConfig
    from hrguide.ui.context import Link

    cfg = SiteConfig(campus_name="Campus " + PROBE)
    win = create_main_window(tainted_db, config=cfg)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(win.ready)
    win.shortlister.keep_in_memory()
    findings: list[str] = []
    for page_id in PAGE_IDS:
        win.router.open(page_id)
        findings += _findings()
    for career_id in [c.career_id for c in win.store.careers()]:
        win.router.go(Link("careers", career=career_id))
        findings += _findings()
    win.router.open("schools")
    win.router.page("schools").show_school(100663)  # outcomes, a net price page, notes
    findings += _findings()
    findings = sorted(set(findings))
    assert findings == [], "\n".join(findings)


def test_the_check_finds_a_label_that_would_load_it(qtbot):
    """The scan can fail: rich and Markdown labels and a rich tool tip holding the probe
    are found; the same text as plain text is not."""
    label = QLabel("Campus " + PROBE)
    qtbot.addWidget(label)
    label.setTextFormat(Qt.TextFormat.RichText)
    assert _findings([label]) != []
    label.setTextFormat(Qt.TextFormat.PlainText)
    assert _findings([label]) == []
    md = QLabel(MD_PROBE)
    md.setTextFormat(Qt.TextFormat.MarkdownText)
    qtbot.addWidget(md)
    assert _findings([md]) != []
    label.setToolTip(PROBE)
    assert _findings([label]) != []


def test_a_label_left_to_guess_is_plain_once_shown(qtbot):
    """Qt's AutoText would read a campus name such as `<img src=...>` as rich text; the
    guide's application makes such a label plain before it is first shown."""
    from hrguide.ui.look import safe_text

    safe_text.install()
    label = QLabel("Campus " + PROBE)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.AutoText
    label.show()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert _findings([label]) == []


def test_markdown_prose_obeys_no_image_and_no_html():
    from hrguide.ui.look.safe_text import clean_markdown

    assert not loads_a_resource(
        clean_markdown("a " + MD_PROBE + " " + PROBE), Qt.TextFormat.MarkdownText
    )
    assert "**b**" in clean_markdown("**b** [link](https://example.org)")


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs POSIX (FIFOs)")
@pytest.mark.parametrize("target", ["fifo", "/dev/zero"])
def test_a_fifo_or_dev_zero_named_by_the_data_and_the_config_neither_hangs_nor_aborts(
    tmp_path, target
):
    """As the report did it: `<img src=FIFO>` (a hang) and `src=/dev/zero` (std::bad_alloc)
    in the campus name and in every text of the database; the kiosk's self-test, which
    builds and paints every page, finishes and passes."""
    import os
    import subprocess
    import sys

    path = str(tmp_path / "pipe") if target == "fifo" else target
    if target == "fifo":
        os.mkfifo(path)
    db = tmp_path / "guide.db"
    shutil.copy(GUIDE_DB, db)
    conn = sqlite3.connect(db)
    tag = f'<img src="{path}">'
    for table, columns in TEXTS.items():
        for column in columns:
            probe = f"![x]({path}) {tag}" if column == "body_md" else tag
            conn.execute(
                f"UPDATE {table} SET {column} = {column} || ? WHERE {column} != ''", (probe,)
            )
    conn.commit()
    conn.close()
    site = tmp_path / "site.toml"
    site.write_text(f"[site]\ncampus_name = '{tag}'\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-m", "hrguide", "--self-test", "--kiosk", "--db", str(db)]
        + ["--config", str(site)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "self-test passed" in out.stdout
