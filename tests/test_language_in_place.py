"""A change of language puts every page into the new language where it is (issue 31,
item 1): nothing is rebuilt, every page then reads as one built in that language, and what
a user was doing survives the switch, both ways."""

from __future__ import annotations

import contextlib

import pytest
from conftest import GUIDE_DB, visible_texts
from pytestqt.exceptions import TimeoutError as NotYet

from hrguide.config import SiteConfig
from hrguide.domain.shortlist import CAREER, PROGRAM
from hrguide.ui.context import Link
from hrguide.ui.shell.registry import PAGE_IDS

pytestmark = pytest.mark.gui


def _window(qtbot, lang: str):
    from hrguide.app import create_main_window

    win = create_main_window(GUIDE_DB, config=SiteConfig(language=lang))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(win.ready)
    return win


def _mid_task(win) -> None:
    """A user half way through everything: the interest check half answered, schools
    filtered and one open, a pathway step chosen, careers compared, a shortlist."""
    programs = [p for p in win.store.programs() if p.state == "AL"][:3]
    win.ctx.comparison.set_programs([p.program_id for p in programs])
    for c in win.store.careers()[:2]:
        win.shortlister.add(CAREER, c.career_id, c.title)
    win.shortlister.add(PROGRAM, programs[0].program_id, programs[0].school, programs[0].program)
    check = win.router.open("interest-check")
    for _ in range(12):
        check.buttons[
            {"Conventional": 5, "Social": 4}.get(check.items[check.current].area, 1)
        ].click()
    pathway = win.router.open("advancement")
    pathway.map.select(next(s.step_id for s in pathway.steps if s.career_id == "medical-coder"))
    win.router.go(Link("compare", careers=("medical-coder",)))
    schools = win.router.open("schools")
    schools.filters.search.setText("Health")
    schools.filters.choose_state("AL")
    win.router.go(Link("schools", school=programs[1].unitid))
    win.router.go(Link("careers", career="medical-coder"))
    win.router.page("careers").profile_view.verticalScrollBar().setValue(120)


def _state(win) -> dict:
    """What the user did, read from the pages."""
    check = win.router.page("interest-check")
    schools = win.router.page("schools")
    return {
        "here": win.router.current(),
        "back": win.router.can_go_back(),
        "answers": dict(check.answers),
        "question": check.current,
        "filters": (schools.filters.search.text(), schools.filters.state.currentData()),
        "listed": schools.model.rowCount(),
        "school": schools.location(),
        "step": win.router.page("advancement").map.current(),
        "compared": win.router.page("compare").selected(),
        "programs": win.ctx.comparison.program_ids,
        "shortlist": len(win.shortlister.store.items(win.shortlister.current().list_id)),
        "scrolled": win.router.page("careers").profile_view.verticalScrollBar().value(),
    }


def _every_page(win) -> dict[str, set[str]]:
    from PySide6.QtWidgets import QApplication

    texts = {}
    for page_id in PAGE_IDS:
        win.tabs.setCurrentIndex(win.router.page_ids.index(page_id))  # as it was left
        QApplication.processEvents()  # what a page adds to a shown layout shows after this
        texts[page_id] = visible_texts(win, win.router.page(page_id))
    win.tabs.setCurrentIndex(0)
    texts["header"] = visible_texts(win, win.header)
    return texts


@pytest.mark.parametrize(("start", "to"), [("en", "es"), ("es", "en")])
def test_pages_switched_mid_task_read_as_built_in_that_language_and_keep_it_all(qtbot, start, to):
    fresh = _window(qtbot, to)
    _mid_task(fresh)
    built_in_language = _every_page(fresh)
    fresh.close()
    switched = _window(qtbot, start)
    for page_id in PAGE_IDS:
        switched.router.page(page_id)  # every page built (a switch reaches them all)
    _mid_task(switched)
    pages = {page_id: id(switched.router.page(page_id)) for page_id in PAGE_IDS}
    before = _state(switched)
    switched.settings.set_language(to)
    assert _state(switched) == before  # nothing the user did is lost
    assert {p: id(switched.router.page(p)) for p in PAGE_IDS} == pages  # nothing rebuilt
    after = _every_page(switched)
    differ = {
        page_id: (sorted(after[page_id] - texts)[:6], sorted(texts - after[page_id])[:6])
        for page_id, texts in built_in_language.items()
        if after[page_id] != texts
    }
    assert not differ, differ
    switched.settings.set_language(start)  # and back
    assert _state(switched) == before
    switched.settings.set_language("en")


def test_the_progress_of_a_half_answered_check_reads_in_the_new_language(qtbot):
    win = _window(qtbot, "en")
    _mid_task(win)
    check = win.router.open("interest-check")
    assert check.progress.text() == "13 of 30"
    win.settings.set_language("es")
    assert check.progress.text() == "13 de 30" and len(check.answers) == 12
    win.settings.set_language("en")


@pytest.mark.parametrize(("start", "to"), [("en", "es"), ("es", "en")])
def test_every_page_reads_whole_after_a_switch_made_on_it(qtbot, start, to):
    """What is laid out again in place (the list of careers to compare, refilled drop-
    downs, longer Spanish words) is measured again, on the page shown as the language
    changes and on those shown later: nothing is cut."""
    from hrguide.ui.audit import audit

    win = _window(qtbot, start)
    _mid_task(win)
    found = []
    for page_id in PAGE_IDS:
        win.router.open(page_id)
        with contextlib.suppress(NotYet):
            qtbot.waitUntil(lambda: audit(win) == [], timeout=3000)  # laid out in `start`
        win.settings.set_language(to)  # on this page
        with contextlib.suppress(NotYet):  # (what is left is reported below)
            qtbot.waitUntil(lambda: audit(win) == [], timeout=3000)  # once laid out again
        found += [f"{page_id}: {f}" for f in audit(win)]
        win.settings.set_language(start)
    win.settings.set_language("en")
    assert not found, found
