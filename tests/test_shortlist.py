"""Shortlists: CRUD, persistence, kill safety, corrupt files, stable ids, handout, CSV."""

from __future__ import annotations

import csv
import datetime
import os
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest
from conftest import CONTENT, GUIDE_DB, ROOT, SOURCES, open_listed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
)

from hrguide.domain.shortlist import CAREER, PROGRAM, csv_cell, resolve
from hrguide.store.export import current_umask, write_csv
from hrguide.store.userdata import USER_SCHEMA_VERSION, UserStore, default_user_db


# -- the user store --------------------------------------------------------------------
def test_crud_and_persistence_across_reopen(tmp_path):
    path = tmp_path / "user.db"
    s = UserStore(path)
    a = s.create("10th grade - spring visit")
    b = s.create("Maria")
    with pytest.raises(ValueError):
        s.create("Maria")
    with pytest.raises(ValueError):
        s.create("   ")
    s.add(a.list_id, CAREER, "medical-coder", "Medical coder")
    s.add(a.list_id, PROGRAM, "100724:51.0706:5", "Alabama State University", "HIM bachelor's")
    s.add(a.list_id, CAREER, "medical-coder", "Medical coder")  # twice: kept once
    item = s.items(a.list_id)[0]
    s.set_note(item.item_id, "Ask about the CPC exam")
    s.rename(b.list_id, "Maria G.")
    s.close()

    again = UserStore(path)
    assert [lst.name for lst in again.lists()] == ["10th grade - spring visit", "Maria G."]
    items = again.items(a.list_id)
    assert [(i.kind, i.ref) for i in items] == [
        (CAREER, "medical-coder"),
        (PROGRAM, "100724:51.0706:5"),
    ]
    assert items[0].note == "Ask about the CPC exam"
    snapshot = again.delete(a.list_id)
    assert [lst.name for lst in again.lists()] == ["Maria G."]
    restored = again.restore(snapshot)
    assert restored.name == "10th grade - spring visit"
    assert [i.note for i in again.items(restored.list_id)] == ["Ask about the CPC exam", ""]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == USER_SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] >= 1
    conn.close()


def test_user_db_lives_in_the_user_data_folder(user_dirs):
    path = default_user_db()
    assert str(path).startswith(str(user_dirs))
    assert path != GUIDE_DB


WRITER = r"""
import sys
from hrguide.store.userdata import UserStore
s = UserStore(sys.argv[1])
lst = s.create("kill test")
print("ready", flush=True)
n = 0
while True:
    s.add(lst.list_id, "career", f"c{n}", f"Career {n}")
    s.set_note(s.items(lst.list_id)[-1].item_id, "x" * 200)
    n += 1
"""


@pytest.mark.slow
def test_killing_the_writer_mid_way_loses_nothing_committed(tmp_path):
    path = tmp_path / "user.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert proc.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # let it write for a while (no fixed sleep)
        conn = sqlite3.connect(path)
        n = conn.execute("SELECT COUNT(*) FROM items").fetchone()[0]
        conn.close()
        if n >= 50:
            break
    proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up either way
    proc.wait()
    proc.stdout.close()
    s = UserStore(path)
    assert s.moved_aside is None
    assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    items = s.items(s.lists()[0].list_id)
    assert len(items) >= 50
    refs = [i.ref for i in items]
    assert refs == [f"c{n}" for n in range(len(refs))]  # no gaps: whole transactions only
    assert all(i.note in ("", "x" * 200) for i in items)


# (a file from a newer guide is not damaged: it is kept, see test_userdata_safety.py)
@pytest.mark.parametrize("damage", ["random", "truncated"])
def test_corrupt_user_db_is_moved_aside_and_a_new_one_starts(tmp_path, damage):
    path = tmp_path / "user.db"
    s = UserStore(path)
    s.create("old")
    s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    if damage == "random":
        path.write_bytes(os.urandom(8192))
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:1500])
    else:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()
    fresh = UserStore(path)
    assert fresh.moved_aside is not None and fresh.moved_aside.exists()
    assert ".corrupt-" in fresh.moved_aside.name
    assert fresh.lists() == []
    fresh.create("new")
    assert [lst.name for lst in UserStore(path).lists()] == ["new"]


@pytest.mark.slow
def test_items_keep_their_ids_across_a_rebuilt_guide_db(tmp_path, store):
    from hrguide.build.builder import build
    from hrguide.store import GuideStore

    rebuilt = tmp_path / "guide.db"
    build(rebuilt, SOURCES, CONTENT)
    new = GuideStore(rebuilt)
    programs = store.programs()
    user = UserStore()
    lst = user.create("ids")
    user.add(lst.list_id, CAREER, "health-information-technician", "HIT")
    user.add(lst.list_id, PROGRAM, programs[10].program_id, programs[10].school)
    user.add(lst.list_id, PROGRAM, "123456:51.0707:3", "A closed school")
    items = user.items(lst.list_id)
    careers = {c.career_id: c.title for c in new.careers()}
    progs = {p.program_id: (p.school, p.program) for p in new.programs()}
    resolved = resolve(items, careers, progs)
    assert [r.listed for r in resolved] == [True, True, False]
    assert resolved[2].title == "A closed school"  # named from its snapshot, not dropped


# -- CSV ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("plain", "plain"),
        (-0.7, -0.7),
        (12, 12),
        (None, ""),
        ("O'Brien", "O'Brien"),
        # issue 35: a leading space, fullwidth signs, an invisible character first
        (" =1+1", "' =1+1"),
        ("  +SUM(A1)", "'  +SUM(A1)"),
        ("＝1+1", "'＝1+1"),
        ("＠SUM(A1)", "'＠SUM(A1)"),
        ("－2", "'－2"),
        ("\u200b=1+1", "'\u200b=1+1"),
        ("\ufeff+1", "'\ufeff+1"),
        ("\u00a0@x", "'\u00a0@x"),
        ("a = b", "a = b"),
        (" plain", " plain"),
    ],
)
def test_csv_cells_are_neutralised(value, safe):
    assert csv_cell(value) == safe


def test_csv_round_trip(tmp_path):
    path = tmp_path / "x.csv"
    rows = [["Café Élite", "Ciudad, ST", 51140, -0.7, "=1+1"], ["Line\nbreak", "", 0, 3.5, "ok"]]
    assert write_csv(path, ["School", "Place", "Median", "Growth", "Formula"], rows) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read it as UTF-8
    with path.open(encoding="utf-8-sig", newline="") as fh:
        back = list(csv.reader(fh))
    assert back[0] == ["School", "Place", "Median", "Growth", "Formula"]
    assert back[1] == ["Café Élite", "Ciudad, ST", "51140", "-0.7", "'=1+1"]
    assert back[2] == ["Line\nbreak", "", "0", "3.5", "ok"]
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="POSIX links")
def test_a_planted_temporary_file_or_link_is_never_written_through(tmp_path):
    """A shared folder where someone left `report.csv.tmp` as a link to another file, and
    `notes.csv.tmp` as a leftover: saving either CSV changes neither."""
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (tmp_path / "report.csv.tmp").symlink_to(victim)
    leftover = tmp_path / "notes.csv.tmp"
    leftover.write_text("someone's leftover")
    write_csv(tmp_path / "report.csv", ["a"], [["1"]])
    write_csv(tmp_path / "notes.csv", ["a"], [["2"]])
    assert victim.read_text() == "keep me"
    assert (tmp_path / "report.csv.tmp").is_symlink()
    assert leftover.read_text() == "someone's leftover"
    assert (tmp_path / "report.csv").read_bytes().endswith(b"1\r\n")
    assert (tmp_path / "notes.csv").read_bytes().endswith(b"2\r\n")
    mode = (tmp_path / "report.csv").stat().st_mode & 0o777
    assert mode == 0o666 & ~current_umask()  # not owner-only, as mkstemp makes it
    names = {p.name for p in tmp_path.iterdir()}
    assert names == {"victim.txt", "report.csv.tmp", "notes.csv.tmp", "report.csv", "notes.csv"}


# -- the UI --------------------------------------------------------------------------------
def _shortlist(window, qtbot):
    window.router.open("shortlist")
    page = window.router.page("shortlist")
    qtbot.waitUntil(page.isVisible)
    return page


@pytest.mark.gui
def test_star_from_card_compare_and_school_then_note_and_handout(
    window, qtbot, tmp_path, monkeypatch
):
    careers = window.router.page("careers")
    qtbot.mouseClick(
        careers.findChild(QPushButton, "star_medical-coder"), Qt.MouseButton.LeftButton
    )
    assert careers.findChild(QPushButton, "star_medical-coder").text().startswith("★")
    window.router.open("compare")
    window.router.page("compare").findChild(QPushButton, "starComparedCareers").click()
    schools = window.router.page("schools")
    window.router.open("schools")
    schools.filters.search.setText("Enterprise State")
    open_listed(schools, 0, qtbot)  # the school's page, with its star
    star = schools.findChild(QPushButton, "starProgram")
    schools.findChild(QScrollArea, "schoolPageScroll").ensureWidgetVisible(star)
    qtbot.mouseClick(star, Qt.MouseButton.LeftButton)
    assert star.text().startswith("★")
    page = _shortlist(window, qtbot)
    kinds = [page.model.record(r).item.kind for r in range(page.model.rowCount())]
    assert kinds.count("career") == 3 and kinds.count("program") == 1
    page.table.selectRow(0)
    page.findChild(QLineEdit, "itemNote").setText("Visit in March")
    page.save_note()
    assert page.model.record(0).item.note == "Visit in March"

    pdf = tmp_path / "handout.pdf"
    monkeypatch.setattr("hrguide.ui.print.files.ask_save_path", lambda *a: str(pdf))
    page.findChild(QPushButton, "savePdf").click()
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    assert 1 <= len(reader.pages) <= 2
    text = " ".join(p.extract_text() for p in reader.pages)
    flat = " ".join(text.split())
    assert "Schools charge tuition and fees" in flat
    assert "Enterprise State Community College" in flat
    assert "Visit in March" in flat
    assert "BLS" in flat and "O*NET 30.3" in flat and "CC BY 4.0" in flat
    assert reader.metadata.title == "Shortlist: My shortlist"


@pytest.mark.gui
def test_handout_renders_the_same_every_time(window, qtbot, tmp_path):
    from hrguide.ui.print.handout import write_pdf

    page = _shortlist(window, qtbot)
    window.shortlister.add(CAREER, "medical-coder", "Medical coder")
    html = page.outputs.handout_html(date=datetime.date(2026, 11, 28))
    assert html == page.outputs.handout_html(date=datetime.date(2026, 11, 28))
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed")
    images = []
    for n in (1, 2):
        pdf = tmp_path / f"h{n}.pdf"
        write_pdf(pdf, html, title="t", page="a4")
        subprocess.run(
            ["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / f"p{n}")], check=True
        )
        images.append(sorted(tmp_path.glob(f"p{n}*.png")))
    assert [p.read_bytes() for p in images[0]] == [p.read_bytes() for p in images[1]]


@pytest.mark.gui
def test_named_lists_create_rename_delete_undo_switch(window, qtbot):
    page = _shortlist(window, qtbot)
    name = page.findChild(QLineEdit, "shortlistName")
    name.setText("Ana - 11th grade")
    page.findChild(QPushButton, "newShortlist").click()
    picker = page.findChild(QComboBox, "shortlistPicker")
    assert picker.currentText() == "Ana - 11th grade"
    window.shortlister.add(CAREER, "medical-coder", "Medical coder")
    name.setText("Ana G. - 11th grade")
    page.findChild(QPushButton, "renameShortlist").click()
    assert picker.currentText() == "Ana G. - 11th grade"
    page.findChild(QPushButton, "deleteShortlist").click()
    assert picker.findText("Ana G. - 11th grade") == -1
    page.findChild(QPushButton, "undoDelete").click()
    assert picker.currentText() == "Ana G. - 11th grade"
    assert page.model.rowCount() == 1
    picker.setCurrentIndex(picker.findText("My shortlist"))
    picker.activated.emit(picker.currentIndex())
    assert page.model.rowCount() == 0


@pytest.mark.gui
def test_shortlist_persists_across_app_restarts(qtbot, guide_db):
    from hrguide.app import create_main_window

    first = create_main_window(guide_db)
    qtbot.addWidget(first)
    first.shortlister.add(CAREER, "database-administrator", "Database administrator")
    first.close()
    second = create_main_window(guide_db)
    qtbot.addWidget(second)
    page = second.router.page("shortlist")
    assert [page.model.record(r).item.ref for r in range(page.model.rowCount())] == [
        "database-administrator"
    ]


@pytest.mark.gui
def test_exports_from_the_ui(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "out.csv"
    monkeypatch.setattr("hrguide.ui.print.files.ask_save_path", lambda *a: str(target))
    window.router.open("schools")
    schools = window.router.page("schools")
    schools.filters.state.setCurrentIndex(schools.filters.state.findData("RI"))
    schools.export_csv()
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "Program id" and len(rows) - 1 == schools.model.rowCount()
    assert {r[3] for r in rows[1:]} == {"RI"}
    window.router.open("compare")
    window.router.page("compare").export_csv()
    with target.open(encoding="utf-8-sig", newline="") as fh:
        grid = list(csv.reader(fh))
    # one line per career, figures as bare numbers with their units in the header (issue
    # 35: the figures were text such as "'+7.8% (2025-35)")
    assert grid[0][0] == "Career" and grid[1][0] == "Health information technician"
    median = grid[0].index("Median salary (US dollars a year)")
    assert grid[1][median] == "51140"
    assert grid[1][median + 1].startswith("BLS OEWS, May 2025")
    growth = next(i for i, h in enumerate(grid[0]) if h.startswith("Job growth (percent"))
    assert float(grid[1][growth]) > 0 and not grid[1][growth].startswith("'")
    for line in grid[1:]:
        for value in line:
            assert not value.startswith("'"), value


@pytest.mark.gui
def test_kiosk_keeps_the_shortlist_in_memory_and_forgets_it(qtbot, guide_db, user_dirs):

    from hrguide.app import create_main_window
    from hrguide.config import KioskConfig, SiteConfig

    win = create_main_window(guide_db, config=SiteConfig(kiosk=KioskConfig(enabled=True)))
    qtbot.addWidget(win)
    win.shortlister.add(CAREER, "medical-coder", "Medical coder")
    page = win.router.page("shortlist")
    assert page.findChild(QPushButton, "savePdf") is None
    assert page.findChild(QPushButton, "exportShortlist") is None
    assert page.findChild(QPushButton, "printHandout") is None  # printing off by default
    assert win.router.page("schools").findChild(QPushButton, "exportSchools") is None
    assert page.model.rowCount() == 1
    win.reset_to_start()
    assert page.model.rowCount() == 0
    assert not (user_dirs / "data").exists()
    win.kiosk_controller.release()


@pytest.mark.gui
def test_shortlist_table_passes_the_model_tester(window, qtbot, qtmodeltester):
    page = _shortlist(window, qtbot)
    window.shortlister.add(CAREER, "medical-coder", "Medical coder")
    qtmodeltester.check(page.findChild(QTableView, "shortlistItems").model())


@pytest.mark.parametrize("where", ["missing folder", "a folder in the way", "full disk"])
def test_saving_to_a_bad_place_says_why_and_leaves_nothing(
    window, qtbot, tmp_path, monkeypatch, where
):
    """ "Save as PDF" said "Saved" while the file was missing or empty; CSV export showed
    "Something went wrong" and left *.csv.tmp behind."""
    import errno

    import hrguide.store.export as export

    if where == "missing folder":
        pdf, csv_path = tmp_path / "gone" / "h.pdf", tmp_path / "gone" / "h.csv"
        reason = "the folder does not exist"
    elif where == "a folder in the way":
        pdf, csv_path = tmp_path / "h.pdf", tmp_path / "h.csv"
        pdf.mkdir()
        csv_path.mkdir()
        reason = "a folder of that name is already there"
    else:
        pdf, csv_path = tmp_path / "h.pdf", tmp_path / "h.csv"

        def full(_fd):  # a full disk shows when the data is forced out to it
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(export.os, "fsync", full)
        reason = "the disk is full"
    window.router.open("shortlist")
    page = window.router.page("shortlist")
    window.shortlister.add("career", "medical-coder", "Medical coder")
    assert page.outputs.save_pdf(str(pdf)) == ""
    message = page.findChild(QLabel, "shortlistMessage").text()
    assert message.startswith("Not saved") and reason in message and "Saved" not in message
    monkeypatch.setattr("hrguide.ui.print.files.ask_save_path", lambda *a: str(csv_path))
    page.outputs.export_csv()
    message = page.findChild(QLabel, "shortlistMessage").text()
    assert message.startswith("Not saved") and reason in message
    assert not pdf.is_file() and not csv_path.is_file()
    assert list(tmp_path.rglob("*.tmp")) == []
    # the school finder and the comparison say it in a message box (it does not block)
    from PySide6.QtWidgets import QMessageBox

    for page_id in ("schools", "compare"):
        window.router.open(page_id)
        window.router.page(page_id).export_csv()
        box = window.findChild(QMessageBox, "fileNotSaved")
        assert box is not None and reason in box.text()
        box.close()
        QApplication.processEvents()
    assert list(tmp_path.rglob("*.tmp")) == []


def test_a_saved_pdf_is_a_whole_pdf(window, tmp_path):
    window.router.open("shortlist")
    page = window.router.page("shortlist")
    target = tmp_path / "handout.pdf"
    assert page.outputs.save_pdf(str(target)) == str(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert page.findChild(QLabel, "shortlistMessage").text() == f"Saved {target}"


def test_the_handout_and_the_csv_carry_each_programs_outcomes(window):
    """Issue 16: a shortlisted program's Scorecard figures (its family and credential at its
    school) go into the handout and the CSV with the caveat and the source; a program
    without figures says so."""
    store = window.store
    uab = next(p for p in store.programs() if p.program_id == "100663:51.0701:5")
    small = next(p for p in store.programs() if p.program_id.startswith("101143:51.0707:"))
    window.shortlister.add("program", uab.program_id, uab.program)
    window.shortlister.add("program", small.program_id, small.program)
    page = window.router.page("shortlist")
    html = page.outputs.handout_html(date=datetime.date(2026, 12, 1))
    assert "median earnings $53,021 a year, 4 year(s) after finishing" in html
    assert "median federal loan debt $25,125" in html
    assert "whole program family" in html and "College Scorecard" in html
    assert "too few graduates to report" in html or "has no earnings or debt" in html
    header, rows = page.outputs.csv_table()
    assert "Graduates' median earnings (program family)" in header
    by_ref = {r[1]: dict(zip(header, r, strict=True)) for r in rows}
    assert by_ref[uab.program_id]["Median federal loan debt"] == 25125
    assert by_ref[uab.program_id]["Graduates' median earnings (program family)"] == 53021
    assert by_ref[small.program_id]["Median federal loan debt"] != ""


def test_the_first_list_is_named_in_the_language_shown_until_renamed(window, qtbot):
    from hrguide.ui.shortlister import DEFAULT_NAME

    page = window.router.open("shortlist")
    assert page.picker.currentText() == "My shortlist"
    window.settings.set_language("es")
    spanish = window.router.open("shortlist")
    assert spanish.picker.currentText() == "Mi primera lista"  # the file says DEFAULT_NAME
    assert [lst.name for lst in window.shortlister.store.lists()] == [DEFAULT_NAME]
    assert "Mi primera lista" in spanish.outputs.handout_html()
    window.settings.set_language("en")
    assert window.router.open("shortlist").picker.currentText() == "My shortlist"
    page.name.setText("Spring visit")
    page.rename_list()
    window.settings.set_language("es")
    assert window.router.open("shortlist").picker.currentText() == "Spring visit"
    window.settings.set_language("en")
