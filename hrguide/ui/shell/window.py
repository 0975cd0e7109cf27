"""The main window: the header over the tab bar of pages, and the shortcuts. Moving around
is the router's job, the look the view settings', kiosk policy the kiosk controller's."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6 import QtCore
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from ...config import SiteConfig
from ...store.guide import GuideStore
from ..context import HOME, Comparison, Context
from ..look.settings import LANGUAGE, ViewSettings
from ..look.theme import apply_icon
from ..shortlister import Shortlister
from .header import Header
from .page_strip import PageStrip
from .placement import place, remember
from .registry import PAGES, build_page
from .router import Router
from .search import SearchBox
from .startup import StartUp

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from ..kiosk import KioskController


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: GuideStore,
        settings: ViewSettings,
        *,
        kiosk: bool = False,
        config: SiteConfig | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self.settings = settings
        self.kiosk = kiosk
        self.config = config or SiteConfig()
        self._closable = not kiosk  # a kiosk closes only through the admin PIN
        # the look this window started with (site config or OS): a reset brings it back,
        # so the next kiosk student finds the site's choice
        self.start_look = settings.look()
        self.startup = StartUp(self, self._build_first_page, self._after_first_page)
        self.resize(1280, 800)
        # everything is made inside the window: with the app's style sheet, each move of a
        # widget under a new parent walks its whole tree to re-style it
        central = QWidget(self)
        central.setObjectName("central")
        self.setCentralWidget(central)
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)  # large text: every tab stays reachable
        self.router = Router(self.tabs, self)
        self.shortlister = Shortlister(kiosk=kiosk, parent=self)
        self.ctx = Context(
            store, self.router, settings, self.shortlister, self.config, Comparison(), kiosk
        )
        for spec in PAGES:
            self.router.add(spec, partial(build_page, spec, self.ctx))
        self.router.pageBuilt.connect(self._page_built)
        self.search = SearchBox(store, lambda: settings.language)  # the header takes it in
        self.header = Header(self.router, self.search, self.ctx, central)
        self.header.helpRequested.connect(self.show_keyboard_help)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # when the tabs do not fit
        self.strip = PageStrip(self.tabs, self.router.page_ids, central)
        self.strip.currentClicked.connect(self.router.restart_if_current)
        outer.addWidget(self.header)
        outer.addWidget(self.strip)
        outer.addWidget(self.tabs, 1)
        self.search.attach(central)
        self._retranslate()
        settings.changed.connect(self._settings_changed)
        settings.carry_text_scale(self)  # the text size's font sizes live on the window
        self.kiosk_controller = self._become_kiosk() if kiosk else None

    def _become_kiosk(self) -> KioskController:
        from ..kiosk import (  # deferred (bench/deferred_imports.py)
            KioskController,
            career_highlights,
            lock_window,
        )

        lock_window(self)
        highlights = career_highlights(self.store, self.settings.language)
        return KioskController(self, self.config.kiosk, highlights)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Health Records Career Guide"))  # APP_TITLE
        self.tabs.setAccessibleName(self.tr("Guide pages"))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.startup.painted()  # the first page follows the frame's first paint

    def _build_first_page(self) -> None:
        self.router.page(HOME)

    def _after_first_page(self) -> None:
        from ..widgets.access import label_controls  # deferred (bench/deferred_imports.py)
        from ..widgets.fields import limit_fields  # deferred (bench/deferred_imports.py)
        from .guards import install_guards  # deferred (bench/deferred_imports.py)

        install_guards()  # data shown as text; the wheel scrolls pages, not filters
        apply_icon()  # after the page: see the function
        self._shortcuts()  # PySide's QKeySequence and its enums: the page need not wait
        label_controls(self.header)
        label_controls(cast(QWidget, self.router.page(HOME)))
        limit_fields(self.header)
        limit_fields(cast(QWidget, self.router.page(HOME)))
        if self.focusWidget() is None or self.focusWidget() in self.header.nav_buttons():
            if self.strip.active():
                self.strip.focus_current()
            else:
                self.tabs.tabBar().setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        self.shortlister.open()

    def ready(self) -> bool:
        """The first page is painted, named for screen readers and has the focus."""
        return self.startup.done()

    def first_page_built(self) -> bool:
        return self.router.is_built(HOME)

    def _page_built(self, _page_id: str, page: QWidget) -> None:
        if self.kiosk:
            from ..kiosk import kinetic_scrolling  # deferred (bench/deferred_imports.py)

            kinetic_scrolling(page)
        if not self.startup.building:  # the first page: named and limited after its paint
            from ..widgets.access import label_controls  # deferred (bench/deferred_imports.py)
            from ..widgets.fields import limit_fields  # deferred (bench/deferred_imports.py)

            label_controls(page)
            limit_fields(page)  # bounded length and undo history in every field

    def _settings_changed(self, what: str) -> None:
        _hold_size(self)  # a new text size or language never grows the window off its screen
        QTimer.singleShot(0, self.strip, self.strip.fit)  # tab widths follow text and language
        if what == LANGUAGE:  # the pages put their data and numbers into the new language
            from ..widgets.access import label_controls  # deferred (bench/deferred_imports.py)

            self._retranslate()
            self.router.switch_language()
            for part in [self.header, *self.router.built_pages()]:
                label_controls(part)  # names made from visible words: in the new words

    def _shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut  # deferred (bench/deferred_imports.py)

        r, s = self.router, self.settings
        configured = self.config.kiosk.font_scale if self.kiosk else self.config.font_scale
        keys: list[tuple[str | QKeySequence.StandardKey, object]] = [
            (QKeySequence.StandardKey.Find, self.focus_search),
            ("Alt+Left", r.back),
            ("Alt+Right", r.forward),
            ("Ctrl+Tab", partial(r.step_tab, 1)),
            ("Ctrl+Shift+Tab", partial(r.step_tab, -1)),
            ("F1", self.show_keyboard_help),
            ("Ctrl+=", partial(s.step_text_size, 1, configured)),
            ("Ctrl++", partial(s.step_text_size, 1, configured)),
            ("Ctrl+-", partial(s.step_text_size, -1, configured)),
            ("Ctrl+0", partial(s.step_text_size, 0, configured)),
        ]
        keys += [(f"Ctrl+{i + 1}", partial(r.show_tab, i)) for i in range(min(9, len(PAGES)))]
        for key, slot in keys:
            QShortcut(QKeySequence(key), self).activated.connect(slot)

    def show_keyboard_help(self) -> None:
        from .help import open_help  # deferred (bench/deferred_imports.py)

        open_help(self, kiosk=self.kiosk)

    def focus_search(self) -> None:
        self.search.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- KioskHost ----------------------------------------------------------------------
    def reset_to_start(self) -> None:
        """Everything back as a new user finds it: the starting language, text size and
        contrast, pages reset, first tab, no search, no history, and (kiosk) no shortlist."""
        # what pages share goes first, so that pages reset (or shown again in the site's
        # language) show it empty, as pages built afresh would
        self.ctx.comparison.clear()
        if self.kiosk:  # the session's shortlist and notes go with the student
            self.shortlister.forget_everything()
        self.settings.restore(self.start_look)
        self.router.reset()
        self.search.reset()

    def unlock_close(self) -> None:
        """The admin left kiosk mode: the window may close."""
        self._closable = True

    def show_for_mode(self) -> None:
        if self.kiosk:
            self.showFullScreen()
        else:
            place(self)  # the last size and place, or the first start's

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closable:
            event.ignore()  # kiosk: Alt+F4, the window manager's close, anything else
            return
        self.search.hide_results()
        if not self.kiosk:
            remember(self)
        super().closeEvent(event)


def _hold_size(window: MainWindow) -> None:
    """Keep the window's size through a change of text size or language. While the pages
    re-lay themselves out, the tab bar may ask for more width than the window has for a
    moment, before the page strip takes over; Qt grows the window to it (1388 px of a
    1280-px screen at 200 % Spanish) and never gives it back. Once the layouts have run,
    the window goes back to its size (or to what it now needs at the least), and the
    header's buttons are measured again in their new font."""
    size = window.size()

    def restore() -> None:
        for button in window.header.nav_buttons():
            button.updateGeometry()
        if window.width() > size.width() or window.height() > size.height():
            window.resize(size.expandedTo(window.minimumSizeHint()))

    QTimer.singleShot(0, window, lambda: QTimer.singleShot(0, window, restore))
