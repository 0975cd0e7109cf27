"""The main window: header with search and navigation, tabbed pages built on demand."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMainWindow,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_TITLE
from ..config import SiteConfig
from ..domain.models import SearchHit
from .lazy import LazyTab
from .search import SearchBox
from .shortlister import Shortlister
from .widgets import Context, Navigator

if TYPE_CHECKING:
    from .pages.careers import CareersPage
    from .pages.compare import ComparePage


def _t(text: object) -> str:  # (QT_TRANSLATE_NOOP labels are typed object)
    return QCoreApplication.translate("MainWindow", str(text))


# (page id, tab label, module, class): the tab order the guide promises. Modules are
# imported when their tab is first shown, so start-up pays only for the first page.
PAGES = (
    ("careers", QT_TRANSLATE_NOOP("MainWindow", "Careers"), "careers", "CareersPage"),
    ("compare", QT_TRANSLATE_NOOP("MainWindow", "Compare"), "compare", "ComparePage"),
    ("daily-work", QT_TRANSLATE_NOOP("MainWindow", "Daily Work"), "topics", "DailyWorkPage"),
    (
        "education",
        QT_TRANSLATE_NOOP("MainWindow", "Education && Credentials"),
        "topics",
        "EducationPage",
    ),
    ("employers", QT_TRANSLATE_NOOP("MainWindow", "Employers"), "topics", "EmployersPage"),
    ("earnings", QT_TRANSLATE_NOOP("MainWindow", "Earnings"), "earnings", "EarningsPage"),
    ("advancement", QT_TRANSLATE_NOOP("MainWindow", "Advancement"), "topics", "AdvancementPage"),
    ("related", QT_TRANSLATE_NOOP("MainWindow", "Related Careers"), "topics", "RelatedPage"),
    ("schools", QT_TRANSLATE_NOOP("MainWindow", "Schools"), "schools", "SchoolsPage"),
    ("sources", QT_TRANSLATE_NOOP("MainWindow", "Sources"), "sources", "SourcesPage"),
    ("shortlist", QT_TRANSLATE_NOOP("MainWindow", "Shortlist"), "shortlist", "ShortlistPage"),
)
PAGE_IDS = tuple(p[0] for p in PAGES)
_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Health Records Career Guide")  # for lupdate


def _page_factory(module: str, cls: str, ctx: Context):
    def make():
        mod = importlib.import_module(f"hrguide.ui.pages.{module}")
        return getattr(mod, cls)(ctx)

    return make


@dataclass(frozen=True)
class Location:
    """Where the user is: a tab, and on the Careers tab perhaps one career's profile."""

    page_id: str
    career_id: str | None = None


class MainWindow(QMainWindow):
    def __init__(self, store, *, kiosk: bool = False, config: SiteConfig | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self.kiosk = kiosk
        self.config = config or SiteConfig()
        self.allow_close = not kiosk  # a kiosk closes only through the admin PIN
        self.nav = Navigator(self)
        self.shortlister = Shortlister(kiosk=kiosk, parent=self)
        self.ctx = Context(
            store, self.nav, kiosk=kiosk, shortlister=self.shortlister, config=self.config
        )
        self.setWindowTitle(_t(APP_TITLE))
        self.resize(1280, 800)
        self._back: list[Location] = []
        self._forward: list[Location] = []
        self._moving = False
        self._first_page_scheduled = False
        from .i18n import current
        from .theme import is_high_contrast, text_scale

        app = QApplication.instance()
        # the language, text size and contrast this window started with (site config or
        # OS): a reset brings them back, so the next kiosk student finds the site's choice
        self.start_look = (current(app), text_scale(app), is_high_contrast(app))

        central = QWidget()
        central.setObjectName("central")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = self._header()
        outer.addWidget(self.header)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)  # large text: every tab stays reachable
        self.tabs.setAccessibleName(QCoreApplication.translate("MainWindow", "Guide pages"))
        self.lazy: dict[str, LazyTab] = {}
        for page_id, label, module, cls in PAGES:
            tab = LazyTab(page_id, _page_factory(module, cls, self.ctx))
            tab.built_signal_target = self._page_built
            self.lazy[page_id] = tab
            self.tabs.addTab(tab, _t(label))
        outer.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.search.attach(central)
        self._last = Location("careers")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.nav.careerRequested.connect(self.open_career)
        self.nav.pageRequested.connect(self.open_page)
        self._shortcuts()
        self._update_nav_buttons()
        from .theme import is_high_contrast

        self.contrast_button.setChecked(is_high_contrast(QApplication.instance()))
        from .theme import carry_text_scale

        carry_text_scale(self)  # the text size's font sizes live on the window
        self.kiosk_controller = None
        if kiosk:
            from .kiosk import KioskController, career_highlights

            self.setWindowFlag(QtCore.Qt.WindowType.FramelessWindowHint, True)
            self.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.NoContextMenu)
            self.setAcceptDrops(False)
            # The kiosk window is the screen's size, whatever its pages ask for: a page
            # wider than the screen must never grow the window past it (Qt would resize the
            # window to the layout's minimum and drop full screen).
            layout = self.layout()
            assert layout is not None  # a QMainWindow always has its layout
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
            self.kiosk_controller = KioskController(
                self, self.config.kiosk, career_highlights(store)
            )

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._first_page_scheduled:
            # The first page is built right after the window's first paint: the frame,
            # header and tabs appear at once and the cards follow one event-loop turn later.
            # The timer is tied to the window, so it never fires after the window is gone.
            self._first_page_scheduled = True
            QTimer.singleShot(0, self, self._build_first_page)

    def _build_first_page(self) -> None:
        self.page("careers")
        from .access import label_controls

        label_controls(self.header)
        if self.focusWidget() in (None, self.back_button, self.forward_button, self.home_button):
            self.tabs.tabBar().setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        # the user database (and sqlite-utils) are opened after the first page shows
        QTimer.singleShot(0, self, self.shortlister.open)

    def _page_built(self, page_id: str, page) -> None:
        if page_id == "careers":
            page.compareRequested.connect(self.compare_with)
        if page_id == "schools":
            self._school_defaults(page)
        if self.kiosk:
            from .kiosk import kinetic_scrolling

            kinetic_scrolling(page)
        from .access import label_controls

        label_controls(page)

    # -- building -----------------------------------------------------------------------
    @staticmethod
    def _tool_button(name: str, text: str, accessible: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(accessible)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _header(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("header")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(8)
        if self.kiosk:  # the admin corner (five taps) is kept clear of the Back button
            from .kiosk import CORNER_PX

            row.addSpacing(CORNER_PX)
        self.back_button = self._tool_button(
            "backButton",
            "←",
            QCoreApplication.translate("MainWindow", "Back"),
            QCoreApplication.translate("MainWindow", "Back (Alt+Left)"),
            self.go_back,
        )
        self.forward_button = self._tool_button(
            "forwardButton",
            "→",
            QCoreApplication.translate("MainWindow", "Forward"),
            QCoreApplication.translate("MainWindow", "Forward (Alt+Right)"),
            self.go_forward,
        )
        self.home_button = self._tool_button(
            "homeButton",
            QCoreApplication.translate("MainWindow", "Home"),
            QCoreApplication.translate("MainWindow", "Home: back to the start page"),
            "",
            self.go_home,
        )
        title = QLabel(_t(APP_TITLE))
        title.setObjectName("appTitle")
        campus = QLabel()
        campus.setObjectName("campusName")
        campus.setProperty("role", "source")
        if self.config.campus_name:
            campus.setText(self.config.campus_name)
            campus.setAccessibleName(self.config.campus_name)
        campus.setVisible(bool(self.config.campus_name))
        logo = QLabel()
        logo.setObjectName("campusLogo")
        logo.setVisible(False)
        from ..config import is_image_file

        if self.config.logo and is_image_file(self.config.logo):  # never a FIFO or a device
            from PySide6.QtGui import QPixmap

            pixmap = QPixmap(self.config.logo)
            if not pixmap.isNull():  # a missing or unreadable logo is simply not shown
                logo.setPixmap(
                    pixmap.scaledToHeight(36, QtCore.Qt.TransformationMode.SmoothTransformation)
                )
                logo.setAccessibleName(self.config.campus_name or "Campus logo")
                logo.setVisible(True)
        self.search = SearchBox(self.store)
        self.search.hitChosen.connect(self.open_hit)
        self.contrast_button = QToolButton()
        self.contrast_button.setObjectName("contrastToggle")
        self.contrast_button.setText(QCoreApplication.translate("MainWindow", "High contrast"))
        self.contrast_button.setCheckable(True)
        self.contrast_button.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "High-contrast colours (black, white and yellow)"
            )
        )
        from .theme import is_high_contrast

        self.contrast_button.setChecked(is_high_contrast(QApplication.instance()))
        self.contrast_button.toggled.connect(self.set_high_contrast)
        from .i18n import LANGUAGES, current

        self.language = QComboBox()
        self.language.setObjectName("languagePicker")
        self.language.setAccessibleName("Language / Idioma")
        self.language.setToolTip("Language / Idioma")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(current(QApplication.instance())))
        )
        self.language.currentIndexChanged.connect(
            lambda _i: self.set_language(self.language.currentData())
        )
        self.help_button = QToolButton()
        self.help_button.setObjectName("helpButton")
        self.help_button.setText(QCoreApplication.translate("MainWindow", "Keys"))
        self.help_button.setToolTip(
            QCoreApplication.translate("MainWindow", "Keyboard shortcuts (F1)")
        )
        self.help_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Keyboard shortcuts")
        )
        self.help_button.clicked.connect(self.show_keyboard_help)
        from PySide6.QtWidgets import QSizePolicy

        for w in (
            self.back_button,
            self.forward_button,
            self.home_button,
            self.contrast_button,
            self.help_button,
        ):
            w.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # never elided
        for w in (self.back_button, self.forward_button, self.home_button):
            row.addWidget(w)
        row.addSpacing(12)
        row.addWidget(logo)
        row.addWidget(title)
        row.addWidget(campus)
        row.addStretch(1)
        row.addWidget(self.search)
        row.addWidget(self.language)
        row.addWidget(self.contrast_button)
        row.addWidget(self.help_button)
        return bar

    def _shortcuts(self) -> None:
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)
        QShortcut(QKeySequence("Alt+Left"), self).activated.connect(self.go_back)
        QShortcut(QKeySequence("Alt+Right"), self).activated.connect(self.go_forward)
        QShortcut(QKeySequence("Ctrl+Tab"), self).activated.connect(lambda: self._step_tab(1))
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self).activated.connect(
            lambda: self._step_tab(-1)
        )
        QShortcut(QKeySequence("F1"), self).activated.connect(self.show_keyboard_help)
        for keys, step in (("Ctrl+=", 1), ("Ctrl++", 1), ("Ctrl+-", -1), ("Ctrl+0", 0)):
            QShortcut(QKeySequence(keys), self).activated.connect(
                lambda step=step: self.step_text_size(step)
            )
        for i in range(min(9, len(PAGES))):
            QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self).activated.connect(
                lambda i=i: self.tabs.setCurrentIndex(i)
            )

    # -- pages --------------------------------------------------------------------------
    def page(self, page_id: str):
        """The page widget for `page_id`, built if needed."""
        return self.lazy[page_id].page()

    def open_page(self, page_id: str) -> None:
        self.tabs.setCurrentIndex(PAGE_IDS.index(page_id))

    def current_location(self) -> Location:
        page_id = PAGE_IDS[self.tabs.currentIndex()]
        career = None
        if page_id == "careers" and self.lazy["careers"].built:
            career = self.page("careers").current_career
        return Location(page_id, career)

    def _go(self, loc: Location) -> None:
        self._moving = True
        try:
            careers: CareersPage = self.page("careers")
            if loc.page_id == "careers":
                if loc.career_id:
                    careers.show_career(loc.career_id)
                else:
                    careers.show_overview()
            self.open_page(loc.page_id)
            self.lazy[loc.page_id].page()
        finally:
            self._moving = False
        self._last = self.current_location()
        self._update_nav_buttons()

    HISTORY = 100  # back steps kept: enough for a session, bounded for a kiosk running weeks

    def _record(self, new: Location) -> None:
        if new != self._last:
            self._back.append(self._last)
            del self._back[: -self.HISTORY]
            self._forward.clear()
            self._last = new
        self._update_nav_buttons()

    def _tab_changed(self, index: int) -> None:
        page_id = PAGE_IDS[index]
        self.lazy[page_id].page()
        self.search.hide_results()
        if not self._moving:
            self._record(self.current_location())

    def _school_defaults(self, page) -> None:
        """The site's campus (for distances) and default state: the Schools tab's start."""
        if self.config.home_school:
            try:
                page.set_home_school(self.config.home_school)
            except KeyError:  # a unit id that is not in this data release
                pass
        if self.config.default_state:
            page.state.setCurrentIndex(max(0, page.state.findData(self.config.default_state)))

    def open_career(self, career_id: str) -> None:
        careers: CareersPage = self.page("careers")
        self._moving = True
        try:
            careers.show_career(career_id)
            self.open_page("careers")
        finally:
            self._moving = False
        self._record(self.current_location())
        if careers.profile_view is not None:
            careers.profile_view.setFocus()

    def compare_with(self, career_id: str) -> None:
        compare: ComparePage = self.page("compare")
        compare.include(career_id)
        self.open_page("compare")

    def open_hit(self, hit: SearchHit) -> None:
        if hit.kind == "career":
            self.open_career(hit.ref)
        elif hit.kind == "credential":
            self.open_page("education")
        elif hit.kind == "page":
            self.open_page(hit.ref if hit.ref in PAGE_IDS else "careers")
        elif hit.kind == "school":
            self.open_page("schools")
            page = self.page("schools")
            if hasattr(page, "show_school"):
                page.show_school(int(hit.ref))

    # -- history ------------------------------------------------------------------------
    def go_back(self) -> None:
        if self._back:
            self._forward.append(self.current_location())
            self._go(self._back.pop())

    def go_forward(self) -> None:
        if self._forward:
            self._back.append(self.current_location())
            self._go(self._forward.pop())

    def go_home(self) -> None:
        self.open_page("careers")
        self.page("careers").show_overview()
        self._record(self.current_location())

    def _clear_history(self) -> None:
        """Start navigation afresh from where the window is now."""
        self._back.clear()
        self._forward.clear()
        self._last = self.current_location()
        self._update_nav_buttons()

    def _update_nav_buttons(self) -> None:
        self.back_button.setEnabled(bool(self._back))
        self.forward_button.setEnabled(bool(self._forward))

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def step_text_size(self, step: int) -> None:
        """Ctrl+= larger, Ctrl+- smaller, Ctrl+0 back to the configured size."""
        from PySide6.QtWidgets import QApplication

        from .theme import SCALE_STEPS, set_text_scale, text_scale

        app = QApplication.instance()
        configured = self.config.kiosk.font_scale if self.kiosk else self.config.font_scale
        if step == 0:
            set_text_scale(app, configured)
            return
        now = text_scale(app)
        steps = [s for s in SCALE_STEPS if (s > now + 0.01 if step > 0 else s < now - 0.01)]
        if steps:
            set_text_scale(app, steps[0] if step > 0 else steps[-1])

    def set_high_contrast(self, on: bool) -> None:
        from PySide6.QtWidgets import QApplication

        from .theme import set_style

        set_style(QApplication.instance(), high_contrast=on)
        if self.contrast_button.isChecked() != on:
            self.contrast_button.setChecked(on)

    def set_language(self, lang: str) -> None:
        """Switch the UI language: every page is built again in the new language."""
        from .i18n import install

        app = QApplication.instance()
        lang = install(app, lang)
        self.store.lang = lang
        current = self.tabs.currentIndex()
        self._moving = True
        try:
            for tab in self.lazy.values():
                tab.discard()
            for i, (_pid, label, _m, _c) in enumerate(PAGES):
                self.tabs.setTabText(i, _t(label))
            self._retranslate_header()
            self.tabs.setCurrentIndex(current)
            self.lazy[PAGE_IDS[current]].page()
        finally:
            self._moving = False
        self._clear_history()

    def _retranslate_header(self) -> None:
        old = self.header
        search_text = self.search.text()
        self.search.discard()
        popup = self.search.popup
        new = self.header = self._header()
        central = self.centralWidget()
        layout = central.layout() if central is not None else None
        assert central is not None and layout is not None  # made in __init__
        layout.replaceWidget(old, new)
        old.hide()
        old.setParent(None)  # out of the window now, so nothing finds its widgets
        old.deleteLater()
        if popup is not None:
            popup.deleteLater()
        self.search.attach(central)
        self.search.setText(search_text)
        self.setWindowTitle(_t("Health Records Career Guide"))
        from .access import label_controls

        label_controls(new)

    def show_keyboard_help(self) -> None:
        from .help import KeyboardHelp

        dialog = KeyboardHelp(self)
        if self.kiosk:
            from .kiosk import frameless

            frameless(dialog)
        dialog.open()

    def focus_search(self) -> None:
        self.search.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- start state --------------------------------------------------------------------
    def reset_to_start(self) -> None:
        """Everything back as a new user finds it: first tab, no search, pages reset, and
        the starting language, text size and contrast."""
        self._restore_look()
        self._moving = True
        try:
            for tab in self.lazy.values():
                tab.reset()
            if self.lazy["schools"].built:
                self._school_defaults(self.page("schools"))
            if self.kiosk:  # the session's shortlist and notes go with the student
                self.shortlister.forget_everything()
            self.tabs.setCurrentIndex(0)
            self.search.reset()
        finally:
            self._moving = False
        self._clear_history()

    def _restore_look(self) -> None:
        from .i18n import current
        from .theme import set_text_scale, text_scale

        app = QApplication.instance()
        lang, scale, contrast = self.start_look
        if current(app) != lang:  # rebuilds every page, so only when it changed
            self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        if abs(text_scale(app) - scale) > 0.001:
            set_text_scale(app, scale)
        if self.contrast_button.isChecked() != contrast:
            self.contrast_button.setChecked(contrast)

    def show_for_mode(self) -> None:
        if self.kiosk:
            self.showFullScreen()
        else:
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.allow_close:
            event.ignore()  # kiosk: Alt+F4, the window manager's close, anything else
            return
        self.search.hide_results()
        super().closeEvent(event)
