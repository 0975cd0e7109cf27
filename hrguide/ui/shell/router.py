"""The router: the only way to move around the guide. It owns the tab bar's pages (built
on first use), the back/forward history, and the reset to the start state."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple, cast

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

from ..context import Context
from ..link import HOME, Link, Page
from .lazy import LazyTab

HISTORY = 100  # back steps kept: enough for a session, bounded for a kiosk running weeks


class PageSpec(NamedTuple):
    """A page of the guide, as registered (shell/registry.py): its id, its tab's label
    (translated in the "MainWindow" context), and `load`, which imports its module and
    gives its class (a page is made with the context and its parent)."""

    page_id: str
    label: str
    load: Callable[[], Callable[[Context, QWidget | None], QWidget]]
    # False: no tab of its own (links, Back and search reach it): the occupation snapshots,
    # which a fourteenth tab would push into rows of buttons at 1280 pixels
    listed: bool = True

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", self.label)


class Router(QObject):
    moved = Signal()  # another page or place is shown
    historyChanged = Signal()
    pageBuilt = Signal(str, QWidget)  # page id, the new page

    def __init__(self, tabs: QTabWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self._specs: list[PageSpec] = []
        self._tabs: dict[str, LazyTab] = {}
        self._back: list[Link] = []
        self._forward: list[Link] = []
        self._last = Link(HOME)
        self._moving = False
        tabs.currentChanged.connect(self._tab_changed)
        tabs.tabBar().tabBarClicked.connect(self.restart_if_current)  # before the change

    # -- pages --------------------------------------------------------------------------
    def add(self, spec: PageSpec, factory: Callable[[QWidget], QWidget]) -> None:
        """Add the tab of `spec`; `factory(parent)` makes its page the first time it is
        shown."""
        tab = LazyTab(spec.page_id, factory, self._built_now)
        self._specs.append(spec)
        self._tabs[spec.page_id] = tab
        self.tabs.blockSignals(True)  # the first tab added becomes current: not a move
        index = self.tabs.addTab(tab, spec.title())
        self.tabs.setTabVisible(index, spec.listed)
        self.tabs.blockSignals(False)

    def _built_now(self, page_id: str, page: QWidget) -> None:
        self._name(page_id, page)
        self.pageBuilt.emit(page_id, page)  # (once per page: a kiosk grabs its gestures)

    def _name(self, page_id: str, page: QWidget) -> None:
        # a screen reader names the page's scroll area (a focus stop) after its tab
        area = page if isinstance(page, QScrollArea) else page.findChild(QScrollArea)
        spec = next(s for s in self._specs if s.page_id == page_id)
        (area or page).setAccessibleName(spec.title().replace("&&", "&"))

    @property
    def page_ids(self) -> tuple[str, ...]:
        return tuple(s.page_id for s in self._specs)

    @property
    def listed_ids(self) -> tuple[str, ...]:
        """The pages with a tab (or a page button) of their own."""
        return tuple(s.page_id for s in self._specs if s.listed)

    def page(self, page_id: str) -> Page:
        """The page `page_id`, built now if it was not yet."""
        return cast(Page, self._tabs[page_id].page())

    def is_built(self, page_id: str) -> bool:
        return self._tabs[page_id].built

    def built_pages(self) -> list[QWidget]:
        return [page for tab in self._tabs.values() for page in tab.pages()]

    def _built(self) -> list[Page]:
        return [cast(Page, t.page()) for t in self._tabs.values() if t.built]

    def current_id(self) -> str:
        return self._specs[self.tabs.currentIndex()].page_id

    def current(self) -> Link:
        page_id = self.current_id()
        return self.page(page_id).location() if self.is_built(page_id) else Link(page_id)

    # -- moving -------------------------------------------------------------------------
    def go(self, link: Link) -> Page:
        """Show what `link` names, as one step of the history."""
        page = self._show(link)
        self._record(self.current())
        return page

    def open(self, page_id: str) -> Page:
        return self.go(Link(page_id))

    def home(self) -> None:
        self.go(Link(HOME))

    def restart_if_current(self, index: int) -> None:
        """A click on the tab already shown takes its page back to its start (the Careers
        list from a career's profile, the list from a school), as one step of history."""
        if index == self.tabs.currentIndex() and 0 <= index < len(self._specs):
            start = Link(self._specs[index].page_id)
            if self.current() != start:
                self.go(start)

    def step_tab(self, step: int) -> None:
        """The next (or previous) listed tab, round the end."""
        listed = [i for i, s in enumerate(self._specs) if s.listed]
        here = self.tabs.currentIndex()
        if here not in listed:  # on an unlisted page: from the end of the listed tabs
            here = listed[-1] if step > 0 else listed[0]
        at = listed.index(here)
        self.tabs.setCurrentIndex(listed[(at + step) % len(listed)])

    def show_tab(self, index: int) -> None:
        """The index-th listed tab (Ctrl+1 to Ctrl+9)."""
        listed = [i for i, s in enumerate(self._specs) if s.listed]
        if 0 <= index < len(listed):
            self.tabs.setCurrentIndex(listed[index])

    def _show(self, link: Link) -> Page:
        self._moving = True
        try:
            page = self.page(link.page)
            self.tabs.setCurrentIndex(self.page_ids.index(link.page))
            page.open(link)  # once shown, so that the page can move the focus
        finally:
            self._moving = False
        self.moved.emit()
        return page

    def _tab_changed(self, _index: int) -> None:
        self._tabs[self.current_id()].page()
        if not self._moving:
            self.moved.emit()
            self._record(self.current())

    # -- history ------------------------------------------------------------------------
    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> None:
        self._step(self._back, self._forward)

    def forward(self) -> None:
        self._step(self._forward, self._back)

    def _step(self, source: list[Link], other: list[Link]) -> None:
        """One step back (or forward): where the guide is now goes on the other stack."""
        if source:
            other.append(self.current())
            self._show(source.pop())
            self._last = self.current()
            self.historyChanged.emit()

    def _record(self, new: Link) -> None:
        if new != self._last:
            self._back.append(self._last)
            del self._back[:-HISTORY]
            self._forward.clear()
            self._last = new
        self.historyChanged.emit()

    def clear_history(self) -> None:
        """Start navigation afresh from where the guide is now."""
        self._back.clear()
        self._forward.clear()
        self._last = self.current()
        self.historyChanged.emit()

    # -- start state and languages ------------------------------------------------------
    def reset(self) -> None:
        """Every page as a new user finds it, the first tab, no history."""
        self._moving = True
        try:
            for tab in self._tabs.values():
                for page in tab.pages():
                    cast(Page, page).reset()
            self.tabs.setCurrentIndex(0)
        finally:
            self._moving = False
        self.clear_history()

    def switch_language(self) -> None:
        """The pages are put into the language now in use (ViewSettings holds the one copy
        of it) where they are: the UI's strings already (look/retranslate.py), then each
        built page's own data and numbers. Nothing is rebuilt and nothing a user set moves;
        the history stays."""
        for page in self._built():
            page.retranslate()
        for i, spec in enumerate(self._specs):
            self.tabs.setTabText(i, spec.title())
        for page_id, tab in self._tabs.items():  # a screen reader's name for each page
            if tab.built:
                self._name(page_id, tab.page())
