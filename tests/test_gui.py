"""The guide window: tabs, career pages, the compare grid, search, navigation."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QTabWidget,
)

from hrguide.domain.compare import DEFAULT_CAREERS
from hrguide.ui.context import Link
from hrguide.ui.shell.registry import PAGE_IDS

pytestmark = pytest.mark.gui

TAB_LABELS = [
    "Careers",
    "Interest Check",
    "Compare",
    "Daily Work",
    "Education",
    "Employers",
    "Earnings",
    "Advancement",
    "Related",
    "Schools",
    "Compare Programs",
    "Sources",
    "Shortlist",
]


def test_window_and_tabs_in_order(window):
    assert window.objectName() == "mainWindow"
    tabs = window.findChild(QTabWidget, "pages")
    labels = [
        tabs.tabText(i).replace("&&", "&") for i in range(tabs.count()) if tabs.isTabVisible(i)
    ]
    assert labels == TAB_LABELS
    # the occupation snapshots have no tab of their own (links and search open them)
    hidden = [tabs.tabText(i) for i in range(tabs.count()) if not tabs.isTabVisible(i)]
    assert hidden == ["Occupations"]


def test_pages_are_built_lazily(window, qtbot):
    # the first page is built right after the window's first paint
    qtbot.waitUntil(lambda: window.router.is_built("careers"))
    assert not any(window.router.is_built(p) for p in PAGE_IDS if p != "careers")


def test_every_tab_opens(window, qtbot):
    tabs = window.findChild(QTabWidget, "pages")
    for i, page_id in enumerate(PAGE_IDS):
        tabs.setCurrentIndex(i)
        qtbot.waitUntil(lambda page_id=page_id: window.router.is_built(page_id))
        page = window.router.page(page_id)
        assert page.isVisible()
        assert page.findChildren(QLabel), page_id


def test_ctrl_number_and_ctrl_tab_switch_tabs(window, qtbot):
    tabs = window.findChild(QTabWidget, "pages")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 3


def _grid(window):
    window.router.open("compare")
    page = window.router.page("compare")
    return page, page.findChild(QTableView, "compareGrid")


def test_compare_grid_shows_the_articles_rows_with_database_figures(window, store):
    page, grid = _grid(window)
    model = grid.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Health information technician",
        "Health information manager",
    ]
    rows = {model.headerData(r, Qt.Orientation.Vertical): r for r in range(model.rowCount())}
    for label in (
        "Degree required",
        "Field of study",
        "Certification",
        "Key skills",
        "Job growth",
        "Median salary",
        "Typical entry education (BLS)",
        "Openings per year",
    ):
        assert label in rows
    for col, career_id in enumerate(DEFAULT_CAREERS):
        facts = store.facts(career_id)
        for key, label in (
            ("degree", "Degree required"),
            ("field", "Field of study"),
            ("certification", "Certification"),
            ("skills", "Key skills"),
        ):
            assert model.index(rows[label], col).data() == facts[key].value
        wage = store.national_wage(store.career(career_id).soc_code)
        outlook = store.projection(store.career(career_id).soc_code)
        median_text = model.index(rows["Median salary"], col).data()
        assert f"{wage.median_annual:,}" in median_text and "May 2025" in median_text
        growth_text = model.index(rows["Job growth"], col).data()
        assert f"{outlook.change_percent}" in growth_text and "2025-35" in growth_text
        tip = model.index(rows["Median salary"], col).data(Qt.ItemDataRole.ToolTipRole)
        assert "BLS OEWS, May 2025" in tip
    footnote = page.findChild(QLabel, "compareSources").text()
    assert "BLS OEWS, May 2025" in footnote and "2025-35" in footnote


def test_compare_marks_the_highest_and_lowest_not_by_colour_alone(window):
    _, grid = _grid(window)
    model = grid.model()
    rows = {model.headerData(r, Qt.Orientation.Vertical): r for r in range(model.rowCount())}
    r = rows["Median salary"]
    assert model.index(r, 1).data().endswith("▲")  # the manager earns more
    assert model.index(r, 0).data().endswith("▼")
    assert "highest" in model.index(r, 1).data(Qt.ItemDataRole.AccessibleTextRole)


def _check(picker: QListWidget, career_id: str, on: bool) -> None:
    for i in range(picker.count()):
        item = picker.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == career_id:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            return
    raise AssertionError(career_id)


def test_changing_the_careers_updates_the_grid(window):
    page, grid = _grid(window)
    picker = page.findChild(QListWidget, "compareCareers")
    _check(picker, "medical-coder", True)
    _check(picker, "database-administrator", True)
    model = grid.model()
    assert model.columnCount() == 4
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Database administrator"
    _check(picker, "medical-secretary", True)  # a fifth is refused
    assert model.columnCount() == 4
    assert "at most four" in page.findChild(QLabel, "compareHint").text()
    for cid in ("health-information-technician", "medical-coder", "database-administrator"):
        _check(picker, cid, False)
    assert model.columnCount() == 2  # the last unchecking was refused: two stay
    assert "at least two" in page.findChild(QLabel, "compareHint").text()


def test_history_toggle_adds_the_articles_figures(window):
    page, grid = _grid(window)
    page.findChild(QCheckBox, "compareHistory").setChecked(True)
    model = grid.model()
    rows = {model.headerData(r, Qt.Orientation.Vertical): r for r in range(model.rowCount())}
    then = model.index(rows["Median salary, earlier survey"], 0).data()
    assert "$37,110" in then and "May 2015" in then
    growth = model.index(rows["Job growth, earlier projection"], 0).data()
    assert "15.4" in growth and "2014-24" in growth
    assert "(older figure)" in page.findChild(QLabel, "compareSources").text()


def test_compare_model_passes_the_model_tester(window, qtmodeltester):
    _, grid = _grid(window)
    qtmodeltester.check(grid.model())


def test_card_opens_profile_and_back_forward_work(window, qtbot):
    careers = window.router.page("careers")
    button = careers.findChild(QPushButton, "openCareer_medical-coder")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert careers.current_career == "medical-coder"
    profile = careers.profile_view
    assert profile.findChild(QLabel, "careerTitle").text() == "Medical coder"
    assert "Coder" in profile.findChild(QLabel, "alsoCalled").text()
    window.router.open("earnings")
    window.router.back()
    assert window.router.current().career == "medical-coder"
    window.router.back()
    assert window.router.current().career is None
    window.router.forward()
    assert window.router.current().career == "medical-coder"


def test_profile_figures_come_from_the_database(window, store):
    window.router.go(Link("careers", career="health-information-manager"))
    profile = window.router.page("careers").profile_view
    texts = " ".join(lbl.text() for lbl in profile.findChildren(QLabel))
    wage = store.national_wage("11-9111")
    assert f"${wage.median_annual:,}" in texts
    assert "BLS OEWS, May 2025" in texts
    assert "11-9111" in texts  # says BLS groups managers together


@pytest.mark.parametrize(
    ("text", "career_id"),
    [
        ("coder", "medical-coder"),
        ("RHIT", "health-information-technician"),
        ("cancer registrar", "health-information-technologist"),
        ("DBA", "database-administrator"),
    ],
)
def test_search_as_you_type_and_enter_opens_the_career(window, qtbot, text, career_id):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = window.search
    assert box.hasFocus()
    with qtbot.waitSignal(box.searched):  # the search runs once typing pauses
        qtbot.keyClicks(box, text)
    assert box.model.rowCount() > 0
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.router.current() == Link("careers", career=career_id)


def test_search_lists_pages_in_the_language_shown(window, qtbot):
    box = window.search
    for lang, title in (("es", "Cómo progresar"), ("en", "Moving up")):
        window.settings.set_language(lang)
        box.clear()
        with qtbot.waitSignal(box.searched):
            qtbot.keyClicks(box, "RHIA")
        shown = [box.model.data(box.model.index(r, 0)) for r in range(box.model.rowCount())]
        pages = [t for t in shown if t.startswith(("Moving up", "Cómo progresar"))]
        assert [t.split("  ·  ")[0] for t in pages] == [title]


def test_search_results_model_passes_the_model_tester(window, qtmodeltester):
    window.search.setText("health")
    window.search.run_search()
    assert window.search.model.rowCount() > 0
    qtmodeltester.check(window.search.model)


def test_table_models_pass_the_model_tester(window, qtmodeltester):
    for page_id in ("earnings", "education", "employers", "advancement", "sources"):
        window.router.open(page_id)
        for view in window.router.page(page_id).findChildren(QTableView):
            qtmodeltester.check(view.model())


def test_earnings_tables_follow_the_career(window, store):
    window.router.open("earnings")
    page = window.router.page("earnings")
    page.career.setCurrentIndex(page.career.findData("database-administrator"))
    states = page.findChild(QTableView, "stateTable").model()
    assert states.rowCount() == len(store.state_wages("15-1242"))
    high = page.findChild(QTableView, "industryHigh").model()
    medians = [high.record(r).median_annual for r in range(high.rowCount())]
    assert medians == sorted(medians, reverse=True) and len(medians) == 5
    page.metro_search.setText("Denver")
    metros = page.findChild(QTableView, "metroTable").model()
    assert metros.rowCount() >= 1
    assert all("Denver" in metros.record(r).area_title for r in range(metros.rowCount()))


def test_sorting_a_table_sorts_its_records(window):
    window.router.open("earnings")
    view = window.router.page("earnings").findChild(QTableView, "stateTable")
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    model = view.model()
    medians = [model.record(r).median_annual for r in range(model.rowCount())]
    known = [m for m in medians if m is not None]
    assert known == sorted(known, reverse=True)
    assert medians == known + [None] * (len(medians) - len(known))  # missing go last
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    medians = [model.record(r).median_annual for r in range(model.rowCount())]
    known = [m for m in medians if m is not None]
    assert known == sorted(known)
    assert medians == known + [None] * (len(medians) - len(known))


def test_sources_tab_lists_licences_attribution_and_the_database_in_use(window, guide_db):
    window.router.open("sources")
    page = window.router.page("sources")
    model = page.findChild(QTableView, "sourcesTable").model()
    texts = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert any("CC BY 4.0" in row[3] for row in texts)
    assert any("older than five years" in row[2] for row in texts)  # May 2015
    assert "USDOL/ETA" in page.findChild(QLabel, "onetAttribution").text()
    used = page.findChild(QLabel, "databaseInUse").text()
    release = window.ctx.store.meta()["data_release"]
    assert used.startswith(f"Data release {release}, ") and str(guide_db) not in used  # no path


def test_reset_to_start_restores_every_page(window, qtbot):
    window.router.go(Link("careers", career="medical-coder"))
    page, grid = _grid(window)
    _check(page.findChild(QListWidget, "compareCareers"), "medical-coder", True)
    page.findChild(QCheckBox, "compareHistory").setChecked(True)
    window.search.setText("coder")
    window.router.open("earnings")
    window.router.page("earnings").metro_search.setText("Denver")
    window.reset_to_start()
    assert window.router.current().page == "careers"
    assert window.router.page("careers").current_career is None
    assert page.selected() == list(DEFAULT_CAREERS)
    assert not page.findChild(QCheckBox, "compareHistory").isChecked()
    assert window.search.text() == ""
    assert window.router.page("earnings").metro_search.text() == ""
    assert not window.header.back_button.isEnabled()


def test_no_network_connection_is_opened(qtbot, guide_db, monkeypatch):
    attempts = []

    def refuse(self, address):
        attempts.append(address)
        raise OSError("network is not allowed in hrguide")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    from hrguide.app import create_main_window

    win = create_main_window(guide_db)
    qtbot.addWidget(win)
    win.show()
    for page_id in PAGE_IDS:
        win.router.open(page_id)
    win.search.setText("coder")
    assert attempts == []


def test_compare_grid_opens_a_careers_profile(window, qtbot):
    _, grid = _grid(window)
    grid.horizontalHeader().sectionClicked.emit(1)
    assert window.router.current().career == "health-information-manager"


def test_dated_figures_are_labelled_in_the_cell(window, monkeypatch):
    """The "older figure" mark depends on today's date: pin the clock to 2026, the year
    these releases were current, so the test means the same in 2031."""
    from hrguide.ui.look import fmt

    monkeypatch.setattr(fmt, "current_year", lambda: 2026)
    page, grid = _grid(window)
    page.findChild(QCheckBox, "compareHistory").setChecked(True)
    model = grid.model()
    rows = {model.headerData(r, Qt.Orientation.Vertical): r for r in range(model.rowCount())}
    assert "older figure" in model.index(rows["Median salary, earlier survey"], 0).data()
    assert "older figure" not in model.index(rows["Median salary"], 0).data()


INTERACTIVE = (QPushButton, QCheckBox, QListWidget, QTableView)


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_tab_key_reaches_every_control_on_the_page(window, qtbot, page_id):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

    window.router.open(page_id)
    page = window.router.page(page_id)
    qtbot.waitUntil(lambda: page.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    kinds = (QAbstractButton, QComboBox, QLineEdit, QListWidget, QTableView)
    controls = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(window)
        and w.isEnabled()
        # Qt's own parts: a table's corner button, a line edit's clear button, the line
        # edit of an editable drop-down (the drop-down takes the focus)
        and not w.objectName().startswith("qt_")
        and not isinstance(w.parentWidget(), (QLineEdit, QComboBox))
    ]
    assert controls or page_id == "schools"
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in controls)
    window.search.setFocus()
    seen = set()
    for _ in range(200):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.add(window.focusWidget())
    missing = [
        w.objectName() or type(w).__name__
        for w in controls
        if w not in seen and not any(w.isAncestorOf(s) for s in seen if s)
    ]
    assert not missing, missing


def test_campus_name_and_logo_from_the_site_config(qtbot, guide_db):
    from hrguide.app import create_main_window
    from hrguide.config import SiteConfig
    from hrguide.paths import resources_dir

    cfg = SiteConfig(
        campus_name="Lincoln High School", logo=str(resources_dir() / "icons" / "hrguide-64.png")
    )
    win = create_main_window(guide_db, config=cfg)
    qtbot.addWidget(win)
    assert win.findChild(QLabel, "campusName").text() == "Lincoln High School"
    assert not win.findChild(QLabel, "campusLogo").pixmap().isNull()
    missing = create_main_window(guide_db, config=SiteConfig(logo="/no/such/logo.png"))
    qtbot.addWidget(missing)
    assert missing.findChild(QLabel, "campusLogo").isHidden()


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_every_control_has_an_accessible_name_and_description(window, qtbot, page_id):
    from PySide6.QtWidgets import QWidget

    from hrguide.ui.widgets.access import is_control

    qtbot.waitUntil(window.ready)  # the first page is named just after it is painted
    window.router.open(page_id)
    page = window.router.page(page_id)
    roots = [page, window.findChild(QWidget, "header")]
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for root in roots
        for w in [root, *root.findChildren(QWidget)]
        if is_control(w) and not (w.accessibleName() and w.accessibleDescription())
    ]
    assert not unnamed, unnamed


def test_back_history_is_bounded(window):
    from hrguide.ui.shell.router import HISTORY

    for i in range(HISTORY + 50):
        window.router.open(("compare", "earnings")[i % 2])
    for _ in range(HISTORY):
        assert window.router.can_go_back()
        window.router.back()
        assert window.router.current().page in ("compare", "earnings")
    assert not window.router.can_go_back()


def test_a_wrapping_table_deleted_before_its_refit_runs_raises_nothing(qtbot):
    """wrap_rows refits a table one event-loop turn after its columns change; a page that
    is thrown away in between (a kiosk reset, a language switch) must not leave that
    refit running on a deleted table (the monkey found 'QTableView already deleted')."""
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    from hrguide.ui.models.tables import Column, RecordTableModel
    from hrguide.ui.widgets.basics import wrap_rows

    view = QTableView()
    view.setModel(RecordTableModel([Column("Name", lambda r: r)], ["one", "two"], view))
    wrap_rows(view)
    view.horizontalHeader().resizeSection(0, 300)  # schedules the refit
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    done = []
    QTimer.singleShot(0, lambda: done.append(True))  # queued after the refit's timer
    qtbot.waitUntil(lambda: done == [True])


def test_a_careers_profile_is_built_once_and_starts_at_the_top_again(window, qtbot):
    careers = window.router.page("careers")
    window.router.go(Link("careers", career="medical-coder"))
    first = careers.profile_view
    qtbot.waitUntil(lambda: first.verticalScrollBar().maximum() > 0)  # laid out, scrollable
    first.verticalScrollBar().setValue(first.verticalScrollBar().maximum())
    window.router.go(Link("careers", career="database-administrator"))
    assert careers.profile_view is not first
    window.router.go(Link("careers", career="medical-coder"))
    assert careers.profile_view is first and first.verticalScrollBar().value() == 0
    first.verticalScrollBar().setValue(first.verticalScrollBar().maximum())
    window.reset_to_start()
    assert careers.current_career is None and first.verticalScrollBar().value() == 0


def test_search_runs_once_when_typing_pauses_and_enter_does_not_wait(window, qtbot):
    box = window.search
    calls = []
    real = window.store.search
    window.store.search = lambda text, limit=20, **kw: calls.append(text) or real(text, limit, **kw)
    try:
        box.setFocus()
        with qtbot.waitSignal(box.searched):
            qtbot.keyClicks(box, "medical")
        assert calls == ["medical"]  # one query for seven keys
        qtbot.keyClicks(box, " coder")
        qtbot.keyClick(box, Qt.Key.Key_Return)  # before the pause: searched, then opened
        assert calls[-1] == "medical coder"
        assert window.router.current().career == "medical-coder"
    finally:
        del window.store.search


def test_a_pasted_page_of_text_is_bounded(window, qtbot):
    """Ctrl+A, Ctrl+C, Ctrl+V doubling the text froze the kiosk for 70 s: the box keeps
    at most MAX_CHARS and a query at most MAX_WORDS words."""
    from PySide6.QtGui import QGuiApplication

    from hrguide.domain.search import MAX_CHARS, MAX_WORDS

    box = window.search
    calls = []
    real = window.store.search
    window.store.search = lambda text, limit=20, **kw: calls.append(text) or real(text, limit, **kw)
    try:
        QGuiApplication.clipboard().setText(" ".join(f"word{i}" for i in range(1000)))
        box.setFocus()
        with qtbot.waitSignal(box.searched):
            qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
            for _ in range(3):
                qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
                qtbot.keyClick(box, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
                qtbot.keyClick(box, Qt.Key.Key_End)
                qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert 0 < len(box.text()) <= MAX_CHARS
        assert len(calls) == 1
    finally:
        del window.store.search
    from hrguide.domain.search import search_terms

    assert len(search_terms(calls[0])) <= MAX_WORDS


def test_a_search_typed_just_before_a_language_switch_runs_on_the_new_box(window, qtbot):
    """The monkey found it when a language switch rebuilt the header: the old box's pending
    search ran out of the window ("QWidget::mapTo(): parent must be in parent hierarchy").
    The header now translates itself in place: the same box keeps its text and its pending
    search, which runs once and shows results in the new language."""
    box = window.search
    box.setFocus()
    qtbot.keyClicks(box, "coder")  # the debounced search is now pending
    assert box._pending.isActive()
    picker = window.header.language
    picker.setCurrentIndex(picker.findData("es"))
    assert window.search is box and box.text() == "coder"
    assert box.placeholderText().startswith("Buscar")
    with qtbot.waitSignal(box.searched):
        pass
    assert box.model.rowCount() > 0 and "Carrera" in box.model.index(0, 0).data()
    picker.setCurrentIndex(picker.findData("en"))


def test_clicking_the_current_tab_returns_its_page_to_the_start(window, qtbot):
    window.router.go(Link("careers", career="medical-coder"))
    bar = window.tabs.tabBar()
    index = window.router.page_ids.index("careers")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.router.current() == Link("careers")
    page = window.router.page("careers")
    assert page.currentWidget() is page.overview  # the list is shown
    window.router.back()  # the profile is one step back
    assert window.router.current() == Link("careers", career="medical-coder")
    window.router.forward()
    assert window.router.current() == Link("careers")
    other = window.router.page_ids.index("earnings")  # another tab just changes tabs
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(other).center())
    assert window.router.current_id() == "earnings"


def test_the_current_pages_button_returns_it_to_the_start(window, qtbot):
    from PySide6.QtWidgets import QToolButton

    window.resize(900, 800)
    qtbot.waitUntil(window.strip.active)  # the tabs are rows of buttons
    window.router.go(Link("careers", career="medical-coder"))
    button = window.findChild(QToolButton, "pageButton-careers")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.router.current() == Link("careers")
    qtbot.mouseClick(window.findChild(QToolButton, "pageButton-schools"), Qt.MouseButton.LeftButton)
    assert window.router.current_id() == "schools"
