"""`hrguide --self-test`: build every page offscreen, check the counts, exit 0 or 1."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLibraryInfo
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QWidget

from ..html.handout import Handout, handout_html
from ..print.handout import make_document
from .guards import install_guards
from .registry import PAGE_IDS
from .window import MainWindow


def run_self_test(window: MainWindow, uncaught: list[BaseException]) -> int:
    """`uncaught`: the exceptions the app's excepthook records (raised in slots)."""
    window.shortlister.keep_in_memory()  # a smoke test writes nothing anywhere

    install_guards()  # as after the first page of a real start
    problems: list[str] = []
    counts = window.store.counts()
    for name, minimum in (("careers", 8), ("institutions", 1000), ("programs", 1000)):
        if counts.get(name, 0) < minimum:
            problems.append(f"{name}: {counts.get(name, 0)} rows, expected at least {minimum}")
    for page_id in PAGE_IDS:
        seen = len(uncaught)
        try:
            page = window.router.open(page_id)
            assert isinstance(page, QWidget)
            page.grab()
        except Exception as exc:  # report any page that fails to build, then fail the test
            problems.append(f"page {page_id}: {type(exc).__name__}: {exc}")
        for error in uncaught[seen:]:  # raised in a slot, reported through the excepthook
            problems.append(f"page {page_id}: {type(error).__name__}: {error}")
    problems += _spanish_and_printing(window, uncaught)
    if window.store.search("coder") == []:
        problems.append("search found nothing for 'coder'")
    try:  # the handout renders to PDF (in memory: a self-test writes no file)
        window.shortlister.add("career", "medical-coder", "Medical coder")
        lst = window.shortlister.current()
        items = window.shortlister.store.items(lst.list_id)
        html = handout_html(window.store, Handout(lst.name, items, date=datetime.date.today()))
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        make_document(html).print_(writer)
        del writer
        if not bytes(buffer.data().data()).startswith(b"%PDF"):
            problems.append("the handout did not render to PDF")
    except Exception as exc:  # report, then fail the self-test
        problems.append(f"handout: {type(exc).__name__}: {exc}")
    window.close()
    if problems:
        for p in problems:
            print(f"self-test: {p}", file=sys.stderr)
        return 1
    print(
        f"self-test passed: {len(PAGE_IDS)} pages, {counts['careers']} careers, "
        f"{counts['institutions']} schools, {counts['programs']} programs"
    )
    return 0


def _spanish_and_printing(window: MainWindow, uncaught: list[BaseException]) -> list[str]:
    """Every page again in Spanish (the catalogue and the ICU data of the bundle), and the
    print support is there."""
    problems: list[str] = []
    start = window.settings.language
    seen = len(uncaught)
    try:
        window.settings.set_language("es")
        for page_id in PAGE_IDS:
            page = window.router.open(page_id)
            assert isinstance(page, QWidget)
            page.grab()
        if window.tabs.tabText(0) == "Careers":
            problems.append("Spanish: the tabs are not translated")
        problems += _print_support()
    except Exception as exc:
        problems.append(f"Spanish or printing: {type(exc).__name__}: {exc}")
    finally:
        window.settings.set_language(start)
    problems += [f"Spanish: {type(e).__name__}: {e}" for e in uncaught[seen:]]
    return problems


def _print_support() -> list[str]:
    """Qt's print support loads and its platform plugin is on disk. (No printer is asked
    for: asking CUPS opens a connection to the print server, and a self-test opens none.)"""
    import PySide6.QtPrintSupport  # noqa: F401 - deferred: a bundle may lack print support

    if not sys.platform.startswith("linux"):
        return []  # Windows and macOS print support is built into their platform plugins
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "printsupport"
    if not any(folder.glob("*")):
        return [f"printing: no print support plugin in {folder}"]
    return []
